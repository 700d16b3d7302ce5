// The list-hit facts (list_hits, list_hit_tags, list_hit_subjects) and the default rules that
// report them: a sanctions-list party is critical, a military institution list hit is high.
#include <gtest/gtest.h>

#include <algorithm>

#include "rules_support.h"

namespace catchall::testing {
namespace {

bool Has(const std::vector<std::string>& items, const std::string& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

ListHitFact Hit(const std::string& list, const std::string& subject,
                const std::vector<std::string>& tags = {}) {
  return {list, subject, "KPe.001", "KOREA MINING DEVELOPMENT TRADING CORPORATION", "KOMID", tags};
}

TEST(ListHitRules, SanctionsListHitIsReportedWithTheEntry) {
  RecordFacts facts = Coauthored("2019");
  facts.list_hits.push_back(Hit("un_sc", "institution", {"DPRK"}));
  const RuleOutcome outcome = ApplyRules(ShippedRules(), facts);
  ASSERT_TRUE(Has(HitIds(outcome), "sanctioned_party"));
  EXPECT_FALSE(Has(HitIds(outcome), "military_end_user_list"));
  for (const auto& hit : outcome.hits) {
    if (hit.rule->id != "sanctioned_party") continue;
    EXPECT_NE(hit.message.find("KPe.001 KOREA MINING DEVELOPMENT TRADING CORPORATION (un_sc)"),
              std::string::npos)
        << hit.message;
  }
}

TEST(ListHitRules, MilitaryListHitFiresWithoutADprkTie) {
  RecordFacts facts;
  facts.date = DateOf("2021");
  facts.list_hits.push_back(Hit("dod_1286", "institution", {"seven_sons"}));
  const RuleOutcome outcome = ApplyRules(ShippedRules(), facts);
  EXPECT_TRUE(Has(HitIds(outcome), "military_end_user_list"));
  EXPECT_FALSE(Has(HitIds(outcome), "sanctioned_party"));
  EXPECT_EQ(outcome.tier, "clear");  // list hits report; tiers stay the UNSCR 2321 ones
}

TEST(ListHitRules, NoListHitsNoListRules) {
  const RuleOutcome outcome = ApplyRules(ShippedRules(), Coauthored("2019"));
  EXPECT_FALSE(Has(HitIds(outcome), "sanctioned_party"));
  EXPECT_FALSE(Has(HitIds(outcome), "military_end_user_list"));
}

TEST(ListHitRules, UserRulesCanTestTagsAndSubjects) {
  const char* yaml = R"(rules:
  - id: listed_author
    severity: high
    when:
      all:
        - list_hit_subjects: {any_of: [author]}
        - list_hit_tags: {any_of: [DPRK3]}
    message: "Author on a list: {list_hits}"
)";
  Result<RuleSet> rules = RuleSet::Parse(yaml, "user.yaml", TestVocabulary());
  ASSERT_TRUE(rules.ok()) << rules.error().ToString();
  RecordFacts facts = Coauthored("2019");
  facts.list_hits.push_back(Hit("ofac_sdn", "author", {"DPRK3"}));
  EXPECT_TRUE(Has(HitIds(ApplyRules(*rules, facts)), "listed_author"));
  facts.list_hits[0].subject = "institution";
  EXPECT_FALSE(Has(HitIds(ApplyRules(*rules, facts)), "listed_author"));
}

TEST(ListHitRules, UnknownSubjectIsALoadError) {
  const char* yaml = R"(rules:
  - id: bad
    when: {list_hit_subjects: {any_of: [vessel]}}
    severity: info
    message: "never"
)";
  Result<RuleSet> rules = RuleSet::Parse(yaml, "user.yaml", TestVocabulary());
  ASSERT_FALSE(rules.ok());
  EXPECT_NE(rules.error().message.find("list hit subject"), std::string::npos)
      << rules.error().ToString();
}

}  // namespace
}  // namespace catchall::testing
