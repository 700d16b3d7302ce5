// The report's per-record counts, computed from findings.jsonl. Every number the report shows
// is the count of records carrying a *filter token* ("country:CN", "tier:pre_2321") within a
// group ("grp:co"): the same tokens are written on each table row, so clicking a number filters
// the table to exactly the records behind it.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "report/finding.h"

namespace catchall::report {

// The groups shares are taken over. Every shown record is in kShown; the others nest:
// kFlagged within kSince2321 within kCoauthored within kTie (with the default rules).
enum Group : size_t { kShown, kTie, kCoauthored, kSince2321, kFlagged, kGroupCount };

// The token of each group, as written on table rows.
const char* GroupToken(Group group);

// Records shown in the report: a DPRK tie, or conflicting DPRK evidence to review. With `--all`
// findings.jsonl also holds every other record: those go to findings.csv only.
bool IsShown(const Finding& finding);

// "ns:value", the value percent-encoded outside [A-Za-z0-9_.-] so that tokens never hold a
// space, a quote or markup whatever the input says.
std::string Token(std::string_view ns, std::string_view value);
// The value back from a token made by Token (percent-decoded).
std::string TokenValue(std::string_view token);

// The tokens of one finding, sorted and distinct.
std::vector<std::string> FilterTokens(const Finding& finding);

struct KeyCounts {
  std::array<uint64_t, kGroupCount> in{};      // records with the token, per group
  std::map<std::string, uint64_t> by_tier;     // ... shown, per tier
  std::map<std::string, uint64_t> by_tier_co;  // ... DPRK-foreign co-authored, per tier
};

class Tally {
 public:
  void Add(const Finding& finding);

  uint64_t Total(Group group) const;
  // Counts of a token; zeros when no record has it.
  const KeyCounts& Of(const std::string& token) const;
  // Every token in namespace `ns` ("country"), in token order.
  std::vector<std::string> TokensIn(std::string_view ns) const;
  // Display name of a token's value where the findings give one (category labels, funder and
  // institution names); "" otherwise.
  std::string NameOf(const std::string& token) const;
  const std::vector<std::string>& tiers_seen() const { return tiers_seen_; }

 private:
  std::map<std::string, KeyCounts> keys_;
  std::map<std::string, std::string> names_;
  std::vector<std::string> tiers_seen_;
};

}  // namespace catchall::report
