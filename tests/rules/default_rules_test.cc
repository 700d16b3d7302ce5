// The shipped data/rules.yaml: one tier per record, with the UNSCR 2321 date and field logic.
#include <gtest/gtest.h>

#include <algorithm>

#include "rules_support.h"

namespace catchall::testing {
namespace {

bool Has(const std::vector<std::string>& items, const std::string& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

RuleOutcome Apply(const RecordFacts& facts) { return ApplyRules(ShippedRules(), facts); }

TEST(DefaultRules, EachTierFromItsFacts) {
  struct Case {
    std::string date;
    std::vector<std::string> categories;
    std::string tier;
  };
  const Case cases[] = {
      {"2017-03-09", {"nuclear"}, "committee_exemption_required"},
      {"2016-11-30", {"aerospace"}, "committee_exemption_required"},  // adoption day counts
      {"2019", {"advanced_manufacturing", "medical"}, "committee_exemption_required"},
      {"2018-05", {"medical"}, "medical_exempt"},
      {"2018-05", {"advanced_materials"}, "state_determination_required"},
      {"2020", {}, "state_determination_required"},
      {"2016-11-29", {"nuclear"}, "pre_2321"},
      {"2016-10", {"aerospace"}, "pre_2321"},
      {"2012", {"medical"}, "pre_2321"},
  };
  for (const Case& c : cases) {
    const RuleOutcome outcome = Apply(Coauthored(c.date, c.categories));
    EXPECT_EQ(outcome.tier, c.tier) << c.date;
    EXPECT_TRUE(outcome.tier_certain) << c.date;
    ASSERT_NE(outcome.tier_rule, nullptr);
    EXPECT_FALSE(outcome.tier_message.empty());
  }
}

TEST(DefaultRules, NoDprkTieIsClearAndDprkOnlyHasItsOwnTier) {
  RecordFacts none;
  none.date = DateOf("2019");
  EXPECT_EQ(Apply(none).tier, "clear");
  RecordFacts only = Coauthored("2019", {"nuclear"});
  only.dprk_coauthored = false;
  only.coauthor_countries.clear();
  EXPECT_EQ(Apply(only).tier, "dprk_only");
}

TEST(DefaultRules, YearOnly2016IsNotSilentlyPlaced) {
  for (const std::string date : {"2016", "2016-11", ""}) {
    const RuleOutcome outcome = Apply(Coauthored(date, {"nuclear"}));
    EXPECT_EQ(outcome.tier, "committee_exemption_required") << date;
    EXPECT_FALSE(outcome.tier_certain) << date;
    EXPECT_TRUE(Has(outcome.tier_alternatives, "pre_2321")) << date;
    EXPECT_TRUE(Has(HitIds(outcome), "date_uncertain_2321")) << date;
  }
  // December 2016 is after the adoption whatever the day.
  const RuleOutcome december = Apply(Coauthored("2016-12", {"nuclear"}));
  EXPECT_TRUE(december.tier_certain);
  EXPECT_FALSE(Has(HitIds(december), "date_uncertain_2321"));
}

TEST(DefaultRules, TrainingBanFieldsAreReportedBeforeAndAfter2321) {
  for (const std::string date : {"2014-02-01", "2019-02-01"}) {
    const RuleOutcome outcome = Apply(Coauthored(date, {"advanced_materials"}));
    EXPECT_TRUE(Has(HitIds(outcome), "training_ban_field")) << date;
  }
  EXPECT_FALSE(Has(HitIds(Apply(Coauthored("2019", {"medical"}))), "training_ban_field"));
}

TEST(DefaultRules, FundingAndInstitutionRulesCarryTheirEvidence) {
  RecordFacts facts = Coauthored("2018-01-01", {"advanced_materials"});
  facts.funders.push_back({"cn-nsfc", "National Natural Science Foundation of China", "CN", true});
  facts.institutions.push_back(
      {"cn-hit", "Harbin Institute of Technology", "CN", {"seven_sons", "dod_1286"}, false});
  const RuleOutcome outcome = Apply(facts);
  const auto find = [&](const std::string& id) -> const RuleHit* {
    for (const auto& hit : outcome.hits) {
      if (hit.rule->id == id) return &hit;
    }
    return nullptr;
  };
  const RuleHit* funded = find("government_funded");
  ASSERT_NE(funded, nullptr);
  EXPECT_NE(funded->message.find("CN"), std::string::npos) << funded->message;
  EXPECT_NE(funded->message.find("National Natural Science Foundation"), std::string::npos);
  const RuleHit* military = find("military_linked_coauthor");
  ASSERT_NE(military, nullptr);
  bool tag_evidence = false;
  for (const auto& e : military->evidence) {
    tag_evidence |= e.fact == "institution_tags" &&
                    e.value.find("Harbin Institute of Technology") != std::string::npos;
  }
  EXPECT_TRUE(tag_evidence);
}

TEST(DefaultRules, TierEvidenceNamesTheDateAndTheCategory) {
  const RuleOutcome outcome = Apply(Coauthored("2017-03-09", {"nuclear"}));
  const RuleHit* tier_hit = nullptr;
  for (const auto& hit : outcome.hits) {
    if (hit.rule == outcome.tier_rule) tier_hit = &hit;
  }
  ASSERT_NE(tier_hit, nullptr);
  bool date = false;
  bool category = false;
  for (const auto& e : tier_hit->evidence) {
    date |= e.fact == "published" && e.value == "2017-03-09 (day)";
    category |= e.fact == "categories" && e.value.find("nuclear") != std::string::npos;
  }
  EXPECT_TRUE(date);
  EXPECT_TRUE(category);
  EXPECT_NE(outcome.tier_message.find("2017-03-09"), std::string::npos);
}

TEST(DefaultRules, UserFileReplacesAddsAndDisablesById) {
  RuleSet rules = ShippedRules();
  Result<RuleSet> user = RuleSet::Parse(R"(
rules:
  - id: medical_exempt
    enabled: false
    severity: low
    when: {dprk_tie: true}
    message: "off"
  - id: japan_funding
    severity: high
    when:
      all:
        - dprk_coauthored: true
        - funders: {any_of: [jp-jsps]}
    message: "JSPS-funded DPRK co-authorship: {funders}"
)",
                                        "user.yaml", TestVocabulary());
  ASSERT_TRUE(user.ok()) << user.error().ToString();
  rules.Merge(std::move(user).value());
  RecordFacts facts = Coauthored("2018-05", {"medical"});
  facts.funders.push_back({"jp-jsps", "Japan Society for the Promotion of Science", "JP", true});
  const RuleOutcome outcome = ApplyRules(rules, facts);
  EXPECT_EQ(outcome.tier, "state_determination_required");  // medical exemption switched off
  EXPECT_TRUE(Has(HitIds(outcome), "japan_funding"));
  EXPECT_EQ(rules.files().back(), "user.yaml");
}

TEST(DefaultRules, GapsInAUserRuleSetAreUnassignedNotGuessed) {
  Result<RuleSet> only = RuleSet::Parse(R"(
rules:
  - id: nuclear_only
    tier: nuclear
    severity: high
    when: {categories: {any_of: [nuclear]}}
    message: "nuclear"
)",
                                        "gaps.yaml", TestVocabulary());
  ASSERT_TRUE(only.ok()) << only.error().ToString();
  EXPECT_EQ(ApplyRules(*only, Coauthored("2019", {"medical"})).tier, kUnassignedTier);
}

}  // namespace
}  // namespace catchall::testing
