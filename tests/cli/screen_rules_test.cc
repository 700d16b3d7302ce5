// `catchall screen` with the rules, the classifier and the funders: every record gets a tier,
// the evidence is in the findings, user rule files add, replace and are refused when wrong.
#include <gtest/gtest.h>

#include <map>

#include "common/command_support.h"

namespace catchall::testing {
namespace {

const std::string kSource = CATCHALL_SOURCE_DIR;

std::vector<std::string> ScreenArgs(const std::string& out, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"screen",
                                   kSource + "/samples/scopus_dprk_sample.csv",
                                   kSource + "/samples/wos_dprk_sample.txt",
                                   kSource + "/samples/openalex_dprk_sample.jsonl",
                                   "--out",
                                   out,
                                   "-q"};
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

TEST(ScreenRules, EveryRecordGetsOneTierAndTheSummaryAddsUp) {
  TempDir dir("tiers");
  const auto result = RunCatchall(ScreenArgs(dir.File("out"), {"--all"}));
  ASSERT_EQ(result.exit_code, 0) << result.stderr_text;
  const auto findings = ReadJsonLines(dir.File("out/findings.jsonl"));
  const auto summary = ReadJson(dir.File("out/summary.json"));
  ASSERT_EQ(findings.size(), summary["records_read"].get<size_t>());
  std::map<std::string, uint64_t> tiers;
  for (const auto& f : findings) {
    ASSERT_TRUE(f["tier"].is_string()) << f["id"];
    ++tiers[f["tier"].get<std::string>()];
    const bool coauthored = f["dprk_coauthored"].get<bool>();
    const std::string tier = f["tier"];
    if (!f["dprk_tie"].get<bool>()) {
      EXPECT_EQ(tier, "clear") << f["id"];
    }
    if (coauthored) {
      EXPECT_NE(tier, "clear") << f["id"];
    }
    // Only assigned categories are listed as categories, each with its evidence.
    for (const auto& c : f["categories"]) {
      EXPECT_GE(c["score"].get<double>(), c["threshold"].get<double>()) << f["id"];
      EXPECT_FALSE(c["evidence"].empty()) << f["id"];
    }
    int deciding = 0;
    for (const auto& hit : f["rules"]) deciding += hit["decides_tier"].get<bool>() ? 1 : 0;
    EXPECT_EQ(deciding, 1) << f["id"];
  }
  for (const auto& [tier, n] : summary["by_tier"].items()) {
    EXPECT_EQ(tiers[tier], n.get<uint64_t>()) << tier;
  }
}

TEST(ScreenRules, TheCompositeCrackPaperIsMaterialsNotAerospaceAndNamesItsFunder) {
  TempDir dir("crack");
  ASSERT_EQ(RunCatchall(ScreenArgs(dir.File("out"))).exit_code, 0);
  bool seen = false;
  for (const auto& f : ReadJsonLines(dir.File("out/findings.jsonl"))) {
    if (f["id"] != "2-s2.0-85100041237") continue;
    seen = true;
    EXPECT_EQ(f["tier"], "state_determination_required");
    std::vector<std::string> ids;
    for (const auto& c : f["categories"]) ids.push_back(c["id"]);
    EXPECT_NE(std::find(ids.begin(), ids.end(), "advanced_materials"), ids.end());
    EXPECT_EQ(std::find(ids.begin(), ids.end(), "aerospace"), ids.end());
    bool nsfc = false;
    for (const auto& funder : f["funders"]) nsfc |= funder["registry_id"] == "cn-nsfc";
    EXPECT_TRUE(nsfc) << f["funders"].dump();
    EXPECT_EQ(f["government_funding"], nlohmann::json::array({"CN"}));
  }
  EXPECT_TRUE(seen);
}

TEST(ScreenRules, AUserRuleFileAddsAndReplacesRules) {
  TempDir dir("user-rules");
  const std::string rules = dir.Write("mine.yaml", R"(version: 1
rules:
  - id: seven_sons_partner
    severity: high
    when:
      institution_tags: {any_of: [seven_sons]}
    message: "Co-author at a Seven Sons university: {institution_tags}"
  - id: medical_exempt
    enabled: false
    severity: low
    when: {dprk_tie: true}
    message: "switched off"
)");
  const auto result = RunCatchall(ScreenArgs(dir.File("out"), {"--rules", rules}));
  ASSERT_EQ(result.exit_code, 0) << result.stderr_text;
  int seven_sons = 0;
  for (const auto& f : ReadJsonLines(dir.File("out/findings.jsonl"))) {
    EXPECT_NE(f["tier"], "medical_exempt") << f["id"];
    for (const auto& hit : f["rules"]) {
      if (hit["id"] != "seven_sons_partner") continue;
      ++seven_sons;
      EXPECT_NE(hit["message"].get<std::string>().find("seven_sons ("), std::string::npos)
          << hit["message"];
      EXPECT_EQ(hit["rule_file"], rules);
    }
  }
  EXPECT_GT(seven_sons, 0);
  const auto summary = ReadJson(dir.File("out/summary.json"));
  EXPECT_EQ(summary["options"]["rule_files"].back(), rules);
}

TEST(ScreenRules, AnInvalidRuleFileIsRefusedWithFileAndLine) {
  TempDir dir("bad-rules");
  const std::string rules = dir.Write("bad.yaml", R"(rules:
  - id: typo
    severity: high
    when:
      categories: {any_of: [nuclear, rocketry]}
    message: "m"
)");
  const auto result = RunCatchall(ScreenArgs(dir.File("out"), {"--rules", rules}));
  EXPECT_EQ(result.exit_code, 4);
  EXPECT_NE(result.stderr_text.find(rules + ":5: unknown category 'rocketry'"), std::string::npos)
      << result.stderr_text;
}

TEST(ScreenRules, AMissingRuleFileIsABadCommandLine) {
  TempDir dir("no-rules");
  const auto result = RunCatchall(ScreenArgs(dir.File("out"), {"--rules", dir.File("none.yaml")}));
  EXPECT_EQ(result.exit_code, 2) << result.stderr_text;
}

}  // namespace
}  // namespace catchall::testing

namespace catchall::testing {
namespace {

// The shipped taxonomy with one line replaced: the user's own copy.
std::string EditedTaxonomy(const std::string& from, const std::string& to) {
  std::string text = ReadFile(kSource + "/data/taxonomy.yaml");
  const size_t at = text.find(from);
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST(ScreenTaxonomy, AUserTaxonomyIsUsedAndNamedInTheSummary) {
  TempDir dir("taxonomy");
  // Weight 1 makes "graphene" too weak alone to assign advanced materials.
  const std::string taxonomy =
      dir.Write("mine.yaml",
                EditedTaxonomy("{term: \"graphene\", weight: 4", "{term: \"graphene\", weight: 1"));
  const auto result = RunCatchall(ScreenArgs(dir.File("out"), {"--taxonomy", taxonomy}));
  ASSERT_EQ(result.exit_code, 0) << result.stderr_text;
  EXPECT_EQ(ReadJson(dir.File("out/summary.json"))["options"]["taxonomy"]["file"], taxonomy);
}

TEST(ScreenTaxonomy, AnInvalidTaxonomyIsRefusedWithFileAndLine) {
  TempDir dir("bad-taxonomy");
  const std::string text =
      EditedTaxonomy("{term: \"graphene\", weight: 4", "{term: \"graphene\", weight: 9");
  const std::string taxonomy = dir.Write("bad.yaml", text);
  const size_t line = std::count(text.begin(), text.begin() + text.find("weight: 9"), '\n') + 1;
  const auto result = RunCatchall(ScreenArgs(dir.File("out"), {"--taxonomy", taxonomy}));
  EXPECT_EQ(result.exit_code, 4);
  EXPECT_NE(result.stderr_text.find(taxonomy + ":" + std::to_string(line) + ": bad weight"),
            std::string::npos)
      << result.stderr_text;
}

}  // namespace
}  // namespace catchall::testing

namespace catchall::testing {
namespace {

TEST(ScreenReport, EveryRunWritesTheReportUnlessAskedNotTo) {
  TempDir dir("report-files");
  ASSERT_EQ(RunCatchall(ScreenArgs(dir.File("with"))).exit_code, 0);
  EXPECT_TRUE(std::filesystem::exists(dir.File("with/report.html")));
  EXPECT_TRUE(std::filesystem::exists(dir.File("with/findings.csv")));
  ASSERT_EQ(RunCatchall(ScreenArgs(dir.File("without"), {"--no-report"})).exit_code, 0);
  EXPECT_TRUE(std::filesystem::exists(dir.File("without/summary.json")));
  EXPECT_FALSE(std::filesystem::exists(dir.File("without/report.html")));
  EXPECT_FALSE(std::filesystem::exists(dir.File("without/findings.csv")));
}

}  // namespace
}  // namespace catchall::testing
