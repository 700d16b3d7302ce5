#include "report/aggregate.h"

#include <algorithm>
#include <set>

#include "report/labels.h"

namespace catchall::report {
namespace {

constexpr const char* kDprkCode = "KP";

bool Plain(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.' || c == '-';
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

std::string YearValue(const Finding& f) { return f.year > 0 ? std::to_string(f.year) : "unknown"; }

void AddInstitutionTokens(const std::vector<AffiliationItem>& items, bool dprk,
                          std::set<std::string>& out) {
  for (const auto& item : items) {
    if (dprk) out.insert(Token("dprk", item.institution ? item.institution->id : "unknown"));
    if (!item.institution) continue;
    for (const auto& tag : item.institution->tags) out.insert(Token("tag", tag));
  }
}

void AddGroupTokens(const Finding& f, std::set<std::string>& out) {
  out.insert(GroupToken(kShown));
  if (f.dprk_tie) out.insert(GroupToken(kTie));
  if (f.dprk_coauthored) out.insert(GroupToken(kCoauthored));
  if (IsSince2321Tier(f.tier)) out.insert(GroupToken(kSince2321));
  if (IsFlaggedTier(f.tier)) out.insert(GroupToken(kFlagged));
  if (!f.tier_certain) out.insert("uncertain");
  if (f.dprk_conflict) out.insert("conflict");
}

// What the summary counts per record: partner countries, government funder countries,
// assigned categories, registry funders, rules that fired or may have, lists with open hits.
void AddEvidenceTokens(const Finding& f, std::set<std::string>& out) {
  for (const auto& country : f.countries) {
    if (country != kDprkCode) out.insert(Token("country", country));
  }
  for (const auto& country : f.government_funding) out.insert(Token("gov", country));
  for (const auto& funder : f.funders) {
    if (funder.government) out.insert("govany");
    if (!funder.registry_id.empty()) out.insert(Token("funder", funder.registry_id));
  }
  for (const auto& category : f.categories) out.insert(Token("cat", category.id));
  for (const auto& rule : f.rules) out.insert(Token("rule", rule.id));
  // As summary.json's by_list: records with an open (not cleared) hit on each list.
  for (const auto& hit : f.list_hits) {
    if (hit.cleared_by.empty()) out.insert(Token("list", hit.list));
  }
}

}  // namespace

const char* GroupToken(Group group) {
  static const char* const kTokens[kGroupCount] = {"grp:all", "grp:tie", "grp:co", "grp:since",
                                                   "grp:flag"};
  return kTokens[group];
}

bool IsShown(const Finding& finding) { return finding.dprk_tie || finding.dprk_conflict; }

std::string Token(std::string_view ns, std::string_view value) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out(ns);
  out.push_back(':');
  for (const char c : value) {
    if (Plain(c)) {
      out.push_back(c);
      continue;
    }
    const auto byte = static_cast<unsigned char>(c);
    out.push_back('%');
    out.push_back(kHex[byte >> 4]);
    out.push_back(kHex[byte & 15]);
  }
  return out;
}

std::string TokenValue(std::string_view token) {
  const size_t colon = token.find(':');
  const std::string_view value = colon == std::string_view::npos ? "" : token.substr(colon + 1);
  std::string out;
  for (size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '%' && i + 2 < value.size()) {
      const int hi = HexValue(value[i + 1]);
      const int lo = HexValue(value[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
        continue;
      }
    }
    out.push_back(value[i]);
  }
  return out;
}

std::vector<std::string> FilterTokens(const Finding& f) {
  std::set<std::string> tokens;
  AddGroupTokens(f, tokens);
  tokens.insert(Token("tier", f.tier));
  tokens.insert(Token("year", YearValue(f)));
  AddEvidenceTokens(f, tokens);
  AddInstitutionTokens(f.dprk_affiliations, true, tokens);
  AddInstitutionTokens(f.foreign_affiliations, false, tokens);
  AddInstitutionTokens(f.unresolved_affiliations, false, tokens);
  return {tokens.begin(), tokens.end()};
}

void Tally::Add(const Finding& f) {
  if (!IsShown(f)) return;
  if (std::find(tiers_seen_.begin(), tiers_seen_.end(), f.tier) == tiers_seen_.end()) {
    tiers_seen_.push_back(f.tier);
  }
  const std::vector<std::string> tokens = FilterTokens(f);
  std::array<bool, kGroupCount> member{};
  for (size_t g = 0; g < kGroupCount; ++g) {
    member[g] = std::binary_search(tokens.begin(), tokens.end(), GroupToken(Group(g)));
  }
  for (const auto& token : tokens) {
    KeyCounts& counts = keys_[token];
    for (size_t g = 0; g < kGroupCount; ++g) counts.in[g] += member[g] ? 1 : 0;
    ++counts.by_tier[f.tier];
    if (f.dprk_coauthored) ++counts.by_tier_co[f.tier];
  }
  for (const auto& c : f.categories) names_.emplace(Token("cat", c.id), c.label);
  for (const auto& funder : f.funders) {
    if (!funder.registry_id.empty())
      names_.emplace(Token("funder", funder.registry_id), funder.name);
  }
  for (const auto& item : f.dprk_affiliations) {
    if (item.institution)
      names_.emplace(Token("dprk", item.institution->id), item.institution->name);
  }
}

uint64_t Tally::Total(Group group) const { return Of(GroupToken(group)).in[kShown]; }

const KeyCounts& Tally::Of(const std::string& token) const {
  static const KeyCounts kNone;
  const auto it = keys_.find(token);
  return it == keys_.end() ? kNone : it->second;
}

std::vector<std::string> Tally::TokensIn(std::string_view ns) const {
  const std::string prefix = std::string(ns) + ":";
  std::vector<std::string> tokens;
  for (auto it = keys_.lower_bound(prefix); it != keys_.end(); ++it) {
    if (it->first.compare(0, prefix.size(), prefix) != 0) break;
    tokens.push_back(it->first);
  }
  return tokens;
}

std::string Tally::NameOf(const std::string& token) const {
  const auto it = names_.find(token);
  return it == names_.end() ? std::string() : it->second;
}

}  // namespace catchall::report
