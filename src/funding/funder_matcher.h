// Normalises a record's funders (the reader's funder list and the free funding text) against
// the funder registry. Thread-safe after construction.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "funding/funder_registry.h"
#include "model/publication.h"

namespace catchall {

enum class FunderOrigin { kFundersList, kFundingText, kBoth };

// "funders", "funding_text", "both".
const char* FunderOriginName(FunderOrigin origin);

struct NormalizedFunder {
  std::string registry_id;  // empty: not in the registry (the name is kept as printed)
  std::string name;         // canonical name, or the name as printed; empty for bare grant numbers
  std::string country;      // empty when unknown
  bool government = false;
  std::string matched_text;  // the words that matched, as printed
  std::vector<std::string> award_ids;
  FunderOrigin origin = FunderOrigin::kFundingText;
};

class FunderMatcher {
 public:
  explicit FunderMatcher(FunderRegistry registry);

  // Both sources, merged: one entry per registry funder (award ids united, origin kBoth when
  // both name it), then the unmatched names, then grant numbers no funder could claim.
  std::vector<NormalizedFunder> Match(const Publication& publication) const;
  // Readers give one Funder per award ("NSFC", "11772103"), ("NSFC", "51575140"): merged here.
  std::vector<NormalizedFunder> MatchFunders(const std::vector<Funder>& funders) const;
  std::vector<NormalizedFunder> MatchText(std::string_view funding_text) const;

  const FunderRegistry& registry() const { return registry_; }

 private:
  struct Alias {
    uint32_t funder = 0;
    std::string acronym;  // non-empty: matches only this exact upper-case token
  };
  struct Mention {
    uint32_t begin = 0;
    uint32_t end = 0;
    uint32_t funder = 0;
  };

  std::vector<Mention> FindMentions(std::string_view text) const;
  NormalizedFunder FromRegistry(uint32_t funder, std::string_view matched,
                                FunderOrigin origin) const;

  FunderRegistry registry_;
  std::unordered_map<std::string, std::vector<Alias>> aliases_;  // normalised name -> owners
  std::unordered_set<std::string> prefixes_;  // every token prefix of an alias key
  size_t max_tokens_ = 0;
};

// How many records each government funded: for each country, the records with at least one
// government funder of that country, and that count over all records. Sorted by count, then
// country.
struct GovernmentFundingShare {
  std::string country;
  uint64_t records = 0;
  double share = 0;
};
std::vector<GovernmentFundingShare> GovernmentFundingShares(
    const std::vector<std::vector<NormalizedFunder>>& records);

}  // namespace catchall
