#include "rules_support.h"

#include <gtest/gtest.h>

#include <cstdio>

#include "classify/taxonomy.h"

namespace catchall::testing {

RuleVocabulary TestVocabulary() {
  RuleVocabulary v;
  for (const auto& id : KnownCategoryIds()) v.categories.insert(id);
  v.institutions = {"kp-kim-il-sung-university", "cn-hit"};
  v.institution_tags = {"seven_sons", "pla",      "defence_industry", "dod_1286",
                        "un_1718",    "ofac_sdn", "dprk_military"};
  v.funders = {"cn-nsfc", "jp-jsps"};
  return v;
}

const RuleSet& ShippedRules() {
  static const RuleSet* rules = [] {
    Result<RuleSet> loaded = RuleSet::Load("data/rules.yaml", TestVocabulary());
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.error().ToString();
      return new RuleSet();
    }
    return new RuleSet(std::move(loaded).value());
  }();
  return *rules;
}

PartialDate DateOf(const std::string& iso) {
  PartialDate date;
  const int n = std::sscanf(iso.c_str(), "%d-%d-%d", &date.year, &date.month, &date.day);
  date.precision = n == 3   ? DatePrecision::kDay
                   : n == 2 ? DatePrecision::kMonth
                   : n == 1 ? DatePrecision::kYear
                            : DatePrecision::kNone;
  if (n < 1) date = PartialDate{};
  return date;
}

RecordFacts Coauthored(const std::string& date, const std::vector<std::string>& categories) {
  RecordFacts facts;
  facts.dprk_tie = true;
  facts.dprk_coauthored = true;
  facts.date = DateOf(date);
  facts.coauthor_countries = {"CN"};
  for (const auto& id : categories) facts.categories.push_back({id, id, 0.8, true});
  return facts;
}

std::vector<std::string> HitIds(const RuleOutcome& outcome) {
  std::vector<std::string> ids;
  for (const auto& hit : outcome.hits) ids.push_back(hit.rule->id);
  return ids;
}

}  // namespace catchall::testing
