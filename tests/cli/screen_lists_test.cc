// `catchall screen --lists`: the parties of the sample records are screened against the sample
// lists of samples/lists (a user CSV and a user YAML list built from the DoD 1286 and UN lists),
// and every hit carries its list, reference, version and the rule it fired.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>

#include "common/command_support.h"

namespace catchall::testing {
namespace {

const std::string kSource = CATCHALL_SOURCE_DIR;

std::vector<nlohmann::json> ScreenSamples(const TempDir& out,
                                          const std::vector<std::string>& more) {
  std::vector<std::string> args = {"screen",
                                   kSource + "/samples/scopus_dprk_sample.csv",
                                   kSource + "/samples/openalex_dprk_sample.jsonl",
                                   "--out",
                                   out.path().string(),
                                   "--no-report",
                                   "--quiet"};
  args.insert(args.end(), more.begin(), more.end());
  const CommandResult run = RunCatchall(args);
  EXPECT_EQ(run.exit_code, 0) << run.stderr_text;
  return ReadJsonLines(out.File("findings.jsonl"));
}

TEST(ScreenLists, SevenSonsCoauthorsAreHitWithListReferenceAndRule) {
  TempDir out("screen-lists");
  const auto findings = ScreenSamples(out, {"--lists", kSource + "/samples/lists"});
  std::set<std::string> references;
  size_t with_rule = 0;
  for (const auto& finding : findings) {
    for (const auto& hit : finding["list_hits"]) {
      EXPECT_EQ(hit["subject"], "institution");
      EXPECT_EQ(hit["list"], "user:institutions_of_concern");
      EXPECT_FALSE(hit["list_version"].is_null());
      EXPECT_GE(hit["score"].get<double>(), 0.9);
      EXPECT_TRUE(hit["cleared_by"].is_null());
      references.insert(hit["reference"].get<std::string>());
    }
    if (finding["list_hits"].empty()) continue;
    for (const auto& rule : finding["rules"]) with_rule += rule["id"] == "watch_list_hit";
  }
  EXPECT_TRUE(references.count("harbin-institute-of-technology"));
  EXPECT_TRUE(references.count("beihang-university"));
  EXPECT_GT(with_rule, 0u);
  const auto summary = ReadJson(out.File("summary.json"));
  EXPECT_GT(summary["records_with_list_hits"].get<int>(), 0);
  EXPECT_EQ(summary["options"]["lists"].size(), 2u);
  EXPECT_EQ(summary["options"]["lists"][0]["sha256"].get<std::string>().size(), 64u);
}

TEST(ScreenLists, WithoutListsNoHitsAndTheSameFindings) {
  TempDir with_lists("screen-lists-with");
  TempDir without("screen-lists-without");
  const auto listed = ScreenSamples(with_lists, {"--lists", kSource + "/samples/lists"});
  const auto plain = ScreenSamples(without, {});
  std::set<std::string> plain_ids;
  for (const auto& finding : plain) {
    EXPECT_TRUE(finding["list_hits"].empty());
    plain_ids.insert(finding["id"].get<std::string>());
  }
  // Every record reported without lists is still reported, with the same tier.
  std::map<std::string, std::string> listed_tiers;
  for (const auto& finding : listed) listed_tiers[finding["id"]] = finding["tier"];
  for (const auto& finding : plain) {
    ASSERT_TRUE(listed_tiers.count(finding["id"])) << finding["id"];
    EXPECT_EQ(listed_tiers[finding["id"]], finding["tier"]);
  }
}

TEST(ScreenLists, ClearedPartiesAreShownButNotFindings) {
  TempDir dir("screen-lists-cleared");
  const std::string cleared = dir.File("cleared.csv");
  {
    std::ofstream file(cleared);
    file << "id,name,schema,kind,notes\n"
            "c-1,Harbin Institute of Technology,Institution,cleared,\"Reviewed 2026-11-30: "
            "collaboration approved by the export-control office\"\n";
  }
  TempDir out("screen-lists-cleared-out");
  const auto findings =
      ScreenSamples(out, {"--lists", kSource + "/samples/lists", "--lists", cleared});
  size_t cleared_hits = 0;
  for (const auto& finding : findings) {
    for (const auto& hit : finding["list_hits"]) {
      if (hit["reference"] != "harbin-institute-of-technology") continue;
      ++cleared_hits;
      EXPECT_EQ(hit["cleared_by"], "user:cleared:c-1");
    }
  }
  EXPECT_GT(cleared_hits, 0u);
}

// The report shows each hit (evidence table, findings.csv column) and counts records per list as
// summary.json does.
TEST(ScreenLists, TheReportShowsTheHits) {
  TempDir out("screen-lists-report");
  const CommandResult run =
      RunCatchall({"screen", kSource + "/samples/scopus_dprk_sample.csv", "--out",
                   out.path().string(), "--lists", kSource + "/samples/lists", "--quiet"});
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  const std::string html = ReadFile(out.File("report.html"));
  EXPECT_NE(html.find("<h4>List hits</h4>"), std::string::npos);
  EXPECT_NE(html.find("harbin-institute-of-technology"), std::string::npos);
  EXPECT_NE(html.find("Parties on loaded lists"), std::string::npos);
  const std::string csv = ReadFile(out.File("findings.csv"));
  EXPECT_NE(csv.find(",list_hits,"), std::string::npos);
  EXPECT_NE(csv.find("user:institutions_of_concern harbin-institute-of-technology Harbin "
                     "Institute of Technology (1.000)"),
            std::string::npos);
  const auto summary = ReadJson(out.File("summary.json"));
  const int records = summary["by_list"]["user:institutions_of_concern"].get<int>();
  EXPECT_GT(records, 0);
  EXPECT_NE(ReadFile(out.File("by_list.csv"))
                .find("user:institutions_of_concern,user:institutions_of_concern," +
                      std::to_string(records) + ","),
            std::string::npos);
}

TEST(ScreenLists, UnreadableListIsAReferenceDataError) {
  TempDir dir("screen-lists-bad");
  const std::string bad = dir.File("broken.xml");
  {
    std::ofstream file(bad);
    file << "<?xml version=\"1.0\"?><CONSOLIDATED_LIST dateGenerated=\"2026-01-01\"><INDIVIDUALS>";
  }
  TempDir out("screen-lists-bad-out");
  const CommandResult run = RunCatchall({"screen", kSource + "/samples/scopus_dprk_sample.csv",
                                         "--out", out.path().string(), "--lists", bad, "--quiet"});
  EXPECT_EQ(run.exit_code, 4);
  EXPECT_NE(run.stderr_text.find("broken.xml"), std::string::npos) << run.stderr_text;
}

}  // namespace
}  // namespace catchall::testing
