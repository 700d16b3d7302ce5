// `catchall lists show|stats|diff` end to end on the fixtures of tests/lists/data.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "common/command_support.h"

namespace catchall::testing {
namespace {

std::string Fixture(const std::string& name) {
  return std::string(CATCHALL_SOURCE_DIR) + "/tests/lists/data/" + name;
}

std::vector<nlohmann::json> Lines(const std::string& text) {
  std::vector<nlohmann::json> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(nlohmann::json::parse(line));
  }
  return out;
}

TEST(ListsCommand, StatsCountsSchemasAndNameKinds) {
  const auto result = RunCatchall(
      {"lists", "stats", "--lists", Fixture("un_dprk_v1.xml"), Fixture("user_watch_v1.csv")});
  ASSERT_EQ(result.exit_code, 0) << result.stderr_text;
  const auto lines = Lines(result.stdout_text);
  ASSERT_EQ(lines.size(), 2u);
  const auto& un = lines[0];
  EXPECT_EQ(un["list"], "un_sc");
  EXPECT_EQ(un["format"], "un_xml");
  EXPECT_EQ(un["version"].get<std::string>().substr(0, 10), "2026-01-05");
  EXPECT_EQ(un["version_from"], "list");
  EXPECT_EQ(un["entities"], 3);
  EXPECT_EQ(un["schemas"]["Person"], 2);
  EXPECT_EQ(un["name_kinds"]["primary"], 3);
  EXPECT_EQ(un["rejects"], 0);
  EXPECT_EQ(un["sha256"].get<std::string>().size(), 64u);
  EXPECT_EQ(un["files"][0], Fixture("un_dprk_v1.xml"));
  EXPECT_EQ(lines[1]["format"], "user_csv");
  EXPECT_EQ(lines[1]["entities"], 3);

  const auto text =
      RunCatchall({"lists", "stats", "--format", "text", "--lists", Fixture("un_dprk_v1.xml")});
  ASSERT_EQ(text.exit_code, 0);
  EXPECT_NE(text.stdout_text.find("un_sc"), std::string::npos);
  EXPECT_NE(text.stdout_text.find("Person=2"), std::string::npos);
}

TEST(ListsCommand, ShowPrintsEveryFieldAndFilters) {
  const auto all = RunCatchall({"lists", "show", "--lists", Fixture("un_dprk_v1.xml")});
  ASSERT_EQ(all.exit_code, 0) << all.stderr_text;
  const auto lines = Lines(all.stdout_text);
  ASSERT_EQ(lines.size(), 3u);
  for (const char* field :
       {"id", "list", "reference", "schema", "names", "birth_dates", "countries", "nationalities",
        "addresses", "identifiers", "programs", "tags", "listed_on", "remarks", "risk_level",
        "parent", "source_file", "source_line"}) {
    EXPECT_TRUE(lines[0].contains(field)) << field;
  }

  const auto by_ref =
      RunCatchall({"lists", "show", "--lists", Fixture("un_dprk_v1.xml"), "--id", "KPe.001"});
  const auto one = Lines(by_ref.stdout_text);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0]["reference"], "KPe.001");
  EXPECT_EQ(one[0]["schema"], "Organization");

  const auto by_id = RunCatchall({"lists", "show", "--lists", Fixture("un_dprk_v1.xml"), "--id",
                                  one[0]["id"].get<std::string>()});
  EXPECT_EQ(Lines(by_id.stdout_text).size(), 1u);

  const auto query =
      RunCatchall({"lists", "show", "--lists", Fixture("un_dprk_v1.xml"), "--query", "changgwang"});
  const auto found = Lines(query.stdout_text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]["reference"], "KPe.001");

  const auto limited = RunCatchall({"lists", "show", "--lists", Fixture("un_dprk_v1.xml"),
                                    Fixture("user_watch_v1.csv"), "--limit", "2"});
  EXPECT_EQ(Lines(limited.stdout_text).size(), 2u);
  const auto only_user = RunCatchall({"lists", "show", "--lists", Fixture("un_dprk_v1.xml"),
                                      Fixture("user_watch_v1.csv"), "--list", "un_sc"});
  EXPECT_EQ(Lines(only_user.stdout_text).size(), 3u);
}

TEST(ListsCommand, DiffReportsAddedRemovedAndChanged) {
  const auto result =
      RunCatchall({"lists", "diff", Fixture("un_dprk_v1.xml"), Fixture("un_dprk_v2.xml")});
  ASSERT_EQ(result.exit_code, 0) << result.stderr_text;
  const auto lines = Lines(result.stdout_text);
  ASSERT_EQ(lines.size(), 4u);
  std::map<std::string, nlohmann::json> by_change;
  for (size_t i = 0; i + 1 < lines.size(); ++i) by_change[lines[i]["change"]] = lines[i];
  EXPECT_EQ(by_change["added"]["reference"], "KPe.002");
  EXPECT_EQ(by_change["added"]["name"], "KOREA RYONBONG GENERAL CORPORATION");
  EXPECT_EQ(by_change["removed"]["reference"], "KPi.002");
  const auto& changed = by_change["changed"];
  EXPECT_EQ(changed["reference"], "KPi.001");
  ASSERT_TRUE(changed["fields"].contains("names"));
  EXPECT_EQ(changed["fields"]["names"]["added"].size(), 1u);
  EXPECT_EQ(changed["fields"]["names"]["removed"].size(), 1u);
  const auto& summary = lines.back();
  EXPECT_EQ(summary["summary"], true);
  EXPECT_EQ(summary["added"], 1);
  EXPECT_EQ(summary["removed"], 1);
  EXPECT_EQ(summary["changed"], 1);
  EXPECT_EQ(summary["unchanged"], 1);

  const auto counts = RunCatchall(
      {"lists", "diff", "--summary", Fixture("user_watch_v1.csv"), Fixture("user_watch_v2.csv")});
  ASSERT_EQ(counts.exit_code, 0) << counts.stderr_text;
  const auto only = Lines(counts.stdout_text);
  ASSERT_EQ(only.size(), 1u);
  EXPECT_EQ(only[0]["added"], 1);
  EXPECT_EQ(only[0]["removed"], 1);
  EXPECT_EQ(only[0]["changed"], 1);
}

TEST(ListsCommand, DiffOfDirectoriesPairsListsByKey) {
  TempDir dir("lists-diff-dirs");
  dir.Write("old/un.xml", ReadFile(Fixture("un_dprk_v1.xml")));
  dir.Write("old/watch.csv", ReadFile(Fixture("user_watch_v1.csv")));
  dir.Write("new/un.xml", ReadFile(Fixture("un_dprk_v2.xml")));
  dir.Write("new/watch.csv", ReadFile(Fixture("user_watch_v1.csv")));
  const auto result = RunCatchall({"lists", "diff", "--summary", dir.File("old"), dir.File("new")});
  ASSERT_EQ(result.exit_code, 0) << result.stderr_text;
  const auto summary = Lines(result.stdout_text).back();
  EXPECT_EQ(summary["added"], 1);
  EXPECT_EQ(summary["unchanged"], 4);  // 1 UN entry and the 3 unchanged watch-list entries
  EXPECT_EQ(summary["lists"].size(), 2u);
}

// The rejects stats counts are the ones show --rejects prints (csl_bad_rows.csv has bad rows).
TEST(ListsCommand, ShowRejectsPrintsWhatStatsCounts) {
  if (!std::filesystem::exists(Fixture("csl_bad_rows.csv"))) GTEST_SKIP() << "no CSL fixture";
  const auto stats = RunCatchall({"lists", "stats", "--lists", Fixture("csl_bad_rows.csv")});
  ASSERT_EQ(stats.exit_code, 0) << stats.stderr_text;
  const size_t rejects = Lines(stats.stdout_text).at(0)["rejects"].get<size_t>();
  EXPECT_GT(rejects, 0u);
  const auto show =
      RunCatchall({"lists", "show", "--rejects", "--lists", Fixture("csl_bad_rows.csv")});
  ASSERT_EQ(show.exit_code, 0) << show.stderr_text;
  const auto lines = Lines(show.stdout_text);
  ASSERT_EQ(lines.size(), rejects);
  EXPECT_NE(lines[0].dump().find("csl_bad_rows.csv"), std::string::npos);
}

TEST(ListsCommand, UnreadableListsAreReferenceDataErrors) {
  TempDir dir("lists-errors");
  const std::string html = dir.Write("consolidated.xml", "<html>error</html>");
  const auto unknown = RunCatchall({"lists", "stats", "--lists", html});
  EXPECT_EQ(unknown.exit_code, 4);
  EXPECT_NE(unknown.stderr_text.find(html), std::string::npos);
  EXPECT_NE(unknown.stderr_text.find("un_xml"), std::string::npos);
  const auto missing = RunCatchall({"lists", "show", "--lists", dir.File("absent")});
  EXPECT_EQ(missing.exit_code, 4);
  const auto diff = RunCatchall({"lists", "diff", html, Fixture("un_dprk_v1.xml")});
  EXPECT_EQ(diff.exit_code, 4);
  const auto usage = RunCatchall({"lists", "stats"});
  EXPECT_EQ(usage.exit_code, 2);
}

}  // namespace
}  // namespace catchall::testing
