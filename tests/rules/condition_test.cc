// Three-valued evaluation of conditions: dates at every precision, all/any/not, set tests.
#include "rules/condition.h"

#include <gtest/gtest.h>

#include "rules_support.h"

namespace catchall::testing {
namespace {

Condition DateTest(Condition::DateTest test, CivilDate date) {
  Condition c;
  c.kind = Condition::Kind::kDate;
  c.fact = "published";
  c.date_test = test;
  c.date = date;
  return c;
}

Truth Eval(const Condition& c, const RecordFacts& facts) {
  std::vector<FactEvidence> evidence;
  return Evaluate(c, facts, evidence);
}

TEST(Condition, DatesAtEveryPrecisionAgainstTheAdoptionDay) {
  const Condition before = DateTest(Condition::DateTest::kBefore, {2016, 11, 30});
  const Condition after = DateTest(Condition::DateTest::kOnOrAfter, {2016, 11, 30});
  const Condition uncertain = DateTest(Condition::DateTest::kUncertainAround, {2016, 11, 30});
  struct Case {
    const char* date;
    Truth before;
  };
  const Case cases[] = {
      {"2016-11-29", Truth::kTrue}, {"2016-11-30", Truth::kFalse}, {"2016-12-01", Truth::kFalse},
      {"2016-10", Truth::kTrue},    {"2016-11", Truth::kUnknown},  {"2016-12", Truth::kFalse},
      {"2015", Truth::kTrue},       {"2016", Truth::kUnknown},     {"2017", Truth::kFalse},
      {"", Truth::kUnknown},
  };
  for (const Case& c : cases) {
    RecordFacts facts;
    facts.date = DateOf(c.date);
    EXPECT_EQ(Eval(before, facts), c.before) << c.date;
    const Truth expected_after = c.before == Truth::kUnknown ? Truth::kUnknown
                                 : c.before == Truth::kTrue  ? Truth::kFalse
                                                             : Truth::kTrue;
    EXPECT_EQ(Eval(after, facts), expected_after) << c.date;
    EXPECT_EQ(Eval(uncertain, facts), c.before == Truth::kUnknown ? Truth::kTrue : Truth::kFalse)
        << c.date;
  }
}

TEST(Condition, MonthEndsAndLeapYears) {
  RecordFacts facts;
  facts.date = DateOf("2016-02");
  EXPECT_EQ(Eval(DateTest(Condition::DateTest::kBefore, {2016, 3, 1}), facts), Truth::kTrue);
  EXPECT_EQ(Eval(DateTest(Condition::DateTest::kBefore, {2016, 2, 29}), facts), Truth::kUnknown);
}

Condition Flag(const char* fact, bool value) {
  Condition c;
  c.kind = Condition::Kind::kFlag;
  c.fact = fact;
  c.flag = value;
  return c;
}

Condition Group(Condition::Kind kind, std::vector<Condition> children) {
  Condition c;
  c.kind = kind;
  c.children = std::move(children);
  return c;
}

TEST(Condition, KleeneLogicOfAllAnyNot) {
  RecordFacts facts = Coauthored("2016");
  const Condition unknown = DateTest(Condition::DateTest::kBefore, {2016, 11, 30});
  const Condition yes = Flag("dprk_tie", true);
  const Condition no = Flag("dprk_tie", false);
  using K = Condition::Kind;
  EXPECT_EQ(Eval(Group(K::kAll, {yes, unknown}), facts), Truth::kUnknown);
  EXPECT_EQ(Eval(Group(K::kAll, {no, unknown}), facts), Truth::kFalse);
  EXPECT_EQ(Eval(Group(K::kAny, {yes, unknown}), facts), Truth::kTrue);
  EXPECT_EQ(Eval(Group(K::kAny, {no, unknown}), facts), Truth::kUnknown);
  EXPECT_EQ(Eval(Group(K::kNot, {unknown}), facts), Truth::kUnknown);
  EXPECT_EQ(Eval(Group(K::kNot, {no}), facts), Truth::kTrue);
}

Condition Set(const char* fact, Condition::SetTest test, std::vector<std::string> values) {
  Condition c;
  c.kind = Condition::Kind::kSet;
  c.fact = fact;
  c.set_test = test;
  c.values = std::move(values);
  return c;
}

TEST(Condition, SetTestsUseOnlyAssignedCategoriesAndShowWhatMatched) {
  RecordFacts facts = Coauthored("2019", {"nuclear"});
  facts.categories.push_back({"medical", "medical", 0.3, false});  // below its threshold
  using S = Condition::SetTest;
  std::vector<FactEvidence> evidence;
  EXPECT_EQ(Evaluate(Set("categories", S::kAnyOf, {"nuclear", "aerospace"}), facts, evidence),
            Truth::kTrue);
  ASSERT_EQ(evidence.size(), 1u);
  EXPECT_EQ(evidence[0].value, "nuclear (0.80)");
  EXPECT_EQ(Eval(Set("categories", S::kAnyOf, {"medical"}), facts), Truth::kFalse);
  EXPECT_EQ(Eval(Set("categories", S::kAllOf, {"nuclear", "aerospace"}), facts), Truth::kFalse);
  EXPECT_EQ(Eval(Set("categories", S::kNoneOf, {"medical"}), facts), Truth::kTrue);
  EXPECT_EQ(Eval(Set("coauthor_countries", S::kAnyOf, {"CN"}), facts), Truth::kTrue);
  EXPECT_EQ(Eval(Set("date_precision", S::kAnyOf, {"year"}), facts), Truth::kTrue);
  EXPECT_EQ(Eval(Set("government_funder_countries", S::kAnyOf, {"CN"}), facts), Truth::kFalse);
  facts.funders.push_back({"", "Some Foundation", "CN", false});
  EXPECT_EQ(Eval(Set("government_funder_countries", S::kAnyOf, {"CN"}), facts), Truth::kFalse);
  EXPECT_EQ(Eval(Set("funder_countries", S::kAnyOf, {"CN"}), facts), Truth::kTrue);
}

TEST(Condition, CategoryScoreBand) {
  RecordFacts facts = Coauthored("2019");
  facts.categories.push_back({"medical", "medical", 0.3, false});
  Condition c;
  c.kind = Condition::Kind::kCategoryScore;
  c.fact = "category_score";
  c.category = "medical";
  c.at_least = 0.2;
  c.below = 0.5;
  EXPECT_EQ(Eval(c, facts), Truth::kTrue);
  c.at_least = 0.4;
  EXPECT_EQ(Eval(c, facts), Truth::kFalse);
}

}  // namespace
}  // namespace catchall::testing
