// Rule files with mistakes are refused with the file, the line and what is wrong.
#include <gtest/gtest.h>

#include "rules_support.h"

namespace catchall::testing {
namespace {

struct Refusal {
  const char* name;
  const char* yaml;
  unsigned long long line;
  const char* says;
};

// Each file is valid except for one mistake, on the line given.
const Refusal kRefusals[] = {
    {"unknown rule field", R"(rules:
  - id: a
    severity: low
    when: {dprk_tie: true}
    message: "m"
    colour: red
)",
     6, "unknown field 'colour' in rule 'a'"},
    {"unknown fact", R"(rules:
  - id: a
    severity: low
    when:
      all:
        - dprk_tye: true
    message: "m"
)",
     6, "unknown fact 'dprk_tye'"},
    {"unknown operator", R"(rules:
  - id: a
    severity: low
    when:
      categories: {has: [nuclear]}
    message: "m"
)",
     5, "unknown operator 'has' for 'categories'"},
    {"unknown category", R"(rules:
  - id: a
    severity: low
    when:
      categories: {any_of: [nuclear, rocketry]}
    message: "m"
)",
     5, "unknown category 'rocketry'"},
    {"bad date", R"(rules:
  - id: a
    severity: low
    when:
      published: {before: 2016-13-01}
    message: "m"
)",
     5, "bad date '2016-13-01'"},
    {"impossible day", R"(rules:
  - id: a
    severity: low
    when:
      published: {on_or_after: 2017-02-29}
    message: "m"
)",
     5, "bad date '2017-02-29'"},
    {"unknown severity", R"(rules:
  - id: a
    severity: severe
    when: {dprk_tie: true}
    message: "m"
)",
     3, "unknown severity 'severe'"},
    {"unknown placeholder", R"(rules:
  - id: a
    severity: low
    when: {dprk_tie: true}
    message: "published {dat}"
)",
     5, "unknown placeholder {dat}"},
    {"duplicate id", R"(rules:
  - id: a
    severity: low
    when: {dprk_tie: true}
    message: "m"
  - id: a
    severity: low
    when: {dprk_tie: false}
    message: "m"
)",
     6, "duplicate rule id 'a' (first on line 2)"},
    {"missing when", R"(rules:
  - id: a
    severity: low
    message: "m"
)",
     2, "rule 'a' lacks 'when'"},
    {"flag not boolean", R"(rules:
  - id: a
    severity: low
    when: {dprk_tie: yes please}
    message: "m"
)",
     4, "'dprk_tie' must be true or false"},
    {"empty all", R"(rules:
  - id: a
    severity: low
    when: {all: []}
    message: "m"
)",
     4, "'all' must be a non-empty list"},
    {"unknown tag", R"(rules:
  - id: a
    severity: low
    when: {institution_tags: {any_of: [seven_son]}}
    message: "m"
)",
     4, "unknown institution tag 'seven_son'"},
    {"not a country", R"(rules:
  - id: a
    severity: low
    when: {coauthor_countries: {any_of: [China]}}
    message: "m"
)",
     4, "'China' in 'coauthor_countries' is not a country code"},
    {"two keys in a condition", R"(rules:
  - id: a
    severity: low
    when: {dprk_tie: true, dprk_coauthored: true}
    message: "m"
)",
     4, "a condition must be a mapping with exactly one key"},
    {"invalid yaml", "rules:\n  - id: a\n    severity: [low\n", 4, "invalid YAML"},
    {"unknown top-level field", "rule:\n  - id: a\n", 1, "unknown field 'rule'"},
};

TEST(RuleLoadErrors, EachMistakeIsNamedWithItsLine) {
  for (const Refusal& r : kRefusals) {
    Result<RuleSet> rules = RuleSet::Parse(r.yaml, "my-rules.yaml", TestVocabulary());
    ASSERT_FALSE(rules.ok()) << r.name;
    const Error& e = rules.error();
    EXPECT_EQ(e.where.file, "my-rules.yaml") << r.name;
    EXPECT_EQ(e.where.line, r.line) << r.name << ": " << e.ToString();
    EXPECT_NE(e.message.find(r.says), std::string::npos) << r.name << ": " << e.ToString();
  }
}

TEST(RuleLoadErrors, MissingFile) {
  Result<RuleSet> rules = RuleSet::Load("/nonexistent/rules.yaml", TestVocabulary());
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(rules.error().where.file, "/nonexistent/rules.yaml");
  EXPECT_NE(rules.error().message.find("cannot open"), std::string::npos);
}

TEST(RuleLoadErrors, ShippedFileLoadsAndCoversEveryTier) {
  const RuleSet& rules = ShippedRules();
  const std::vector<std::string> expected = {"clear",
                                             "dprk_only",
                                             "committee_exemption_required",
                                             "medical_exempt",
                                             "state_determination_required",
                                             "pre_2321"};
  EXPECT_EQ(rules.Tiers(), expected);
}

}  // namespace
}  // namespace catchall::testing
