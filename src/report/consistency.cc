#include "report/consistency.h"

#include <fmt/format.h>

#include <set>

#include "report/labels.h"

namespace catchall::report {
namespace {

class Checker {
 public:
  explicit Checker(const Tally& tally) : tally_(tally) {}

  void Number(const std::string& what, uint64_t summary, uint64_t findings) {
    if (summary != findings) {
      out_.push_back(
          fmt::format("{}: summary.json {}, findings.jsonl {}", what, summary, findings));
    }
  }

  // Every key of the summary's map, and every token of `ns` the findings have, compared within
  // `group` (and `tier` when given).
  void Map(const std::string& what, const CountMap& summary, const std::string& ns, Group group,
           const std::string& tier = "") {
    std::set<std::string> keys;
    for (const auto& [key, n] : summary) keys.insert(key);
    for (const auto& token : tally_.TokensIn(ns)) {
      if (Count(token, group, tier) > 0) keys.insert(TokenValue(token));
    }
    for (const auto& key : keys) {
      const auto it = summary.find(key);
      std::string name = what;
      name += ".";
      name += key;
      Number(name, it == summary.end() ? 0 : it->second, Count(Token(ns, key), group, tier));
    }
  }

  uint64_t Count(const std::string& token, Group group, const std::string& tier) const {
    const KeyCounts& counts = tally_.Of(token);
    if (tier.empty()) return counts.in[group];
    const auto it = counts.by_tier.find(tier);
    return it == counts.by_tier.end() ? 0 : it->second;
  }

  std::vector<std::string> Take() { return std::move(out_); }

 private:
  const Tally& tally_;
  std::vector<std::string> out_;
};

void CompareGroup(Checker& check, const Tally& tally, const std::string& what,
                  const SummaryGroup& g, Group group, const std::string& tier) {
  const std::string token = tier.empty() ? GroupToken(group) : Token("tier", tier);
  const uint64_t records = tier.empty() ? tally.Total(group) : tally.Of(token).in[kShown];
  check.Number(what + ".records", g.records, records);
  check.Number(what + ".government_funded", g.government_funded,
               check.Count("govany", group, tier));
  check.Map(what + ".by_foreign_country", g.by_foreign_country, "country", group, tier);
  check.Map(what + ".by_government_funder", g.by_government_funder, "gov", group, tier);
  check.Map(what + ".by_category", g.by_category, "cat", group, tier);
  check.Map(what + ".by_year", g.by_year, "year", group, tier);
  check.Map(what + ".by_funder", g.by_funder, "funder", group, tier);
  check.Map(what + ".by_rule", g.by_rule, "rule", group, tier);
}

void CompareDprkInstitutions(Checker& check, const Tally& tally, const RunSummary& summary) {
  CountMap by_name;
  for (const auto& token : tally.TokensIn("dprk")) {
    const std::string value = TokenValue(token);
    const std::string name = value == "unknown" ? "(unknown institution)" : tally.NameOf(token);
    by_name[name.empty() ? value : name] += tally.Of(token).in[kTie];
  }
  std::set<std::string> names;
  for (const auto& [name, n] : summary.by_dprk_institution) names.insert(name);
  for (const auto& [name, n] : by_name) names.insert(name);
  for (const auto& name : names) {
    const auto s = summary.by_dprk_institution.find(name);
    const auto f = by_name.find(name);
    check.Number("by_dprk_institution." + name,
                 s == summary.by_dprk_institution.end() ? 0 : s->second,
                 f == by_name.end() ? 0 : f->second);
  }
}

}  // namespace

std::vector<std::string> CompareWithSummary(const Tally& tally, const RunSummary& s) {
  Checker check(tally);
  check.Number("records_with_dprk_affiliation", s.records_with_dprk_affiliation, tally.Total(kTie));
  check.Number("dprk_coauthored", s.dprk_coauthored, tally.Total(kCoauthored));
  check.Number("tier_uncertain", s.tier_uncertain, tally.Of("uncertain").in[kShown]);
  for (const auto& [tier, n] : s.by_tier) {
    // `clear` also counts the records the prefilter cleared unread, which no file lists.
    if (tier != kClearTierId)
      check.Number("by_tier." + tier, n, tally.Of(Token("tier", tier)).in[kTie]);
  }
  check.Map("by_foreign_country", s.by_foreign_country, "country", kCoauthored);
  for (const auto& [year, counts] : s.by_year) {
    const std::string token = Token("year", year);
    check.Number("by_year." + year + ".records_with_dprk_affiliation",
                 counts.records_with_dprk_affiliation, tally.Of(token).in[kTie]);
    check.Number("by_year." + year + ".dprk_coauthored", counts.dprk_coauthored,
                 tally.Of(token).in[kCoauthored]);
  }
  CompareGroup(check, tally, "dprk_coauthored_detail", s.coauthored, kCoauthored, "");
  for (const auto& [tier, group] : s.by_tier_detail) {
    CompareGroup(check, tally, "by_tier_detail." + tier, group, kTie, tier);
  }
  CompareDprkInstitutions(check, tally, s);
  return check.Take();
}

}  // namespace catchall::report
