// Reading findings.jsonl back: every field, and damaged lines skipped with their reason.
#include "report/findings_reader.h"

#include <gtest/gtest.h>

#include "report_support.h"

namespace catchall::report {
namespace {

using testing::SyntheticFinding;
using testing::TempDir;

TEST(FindingsReader, ReadsEveryFieldOfALine) {
  Finding f;
  std::string reason;
  ASSERT_TRUE(
      ParseFindingLine(SyntheticFinding(4, "state_determination_required").dump(), f, reason))
      << reason;
  EXPECT_EQ(f.id, "SYN-4");
  EXPECT_EQ(f.source.line, 6u);
  EXPECT_EQ(f.year, 2018);
  EXPECT_TRUE(f.dprk_coauthored);
  ASSERT_EQ(f.foreign_affiliations.size(), 1u);
  ASSERT_TRUE(f.foreign_affiliations[0].institution.has_value());
  EXPECT_EQ(f.foreign_affiliations[0].institution->tags, std::vector<std::string>{"seven_sons"});
  ASSERT_EQ(f.categories.size(), 1u);
  EXPECT_EQ(f.categories[0].evidence[0].offset, f.title.find("composite"));
  EXPECT_DOUBLE_EQ(f.categories[0].evidence[0].weight, 4.5);
  ASSERT_EQ(f.funders.size(), 1u);
  EXPECT_TRUE(f.funders[0].government);
  EXPECT_EQ(f.government_funding, std::vector<std::string>{"CN"});
  ASSERT_EQ(f.rules.size(), 1u);
  EXPECT_TRUE(f.rules[0].decides_tier);
  EXPECT_TRUE(f.funding_text.empty()) << "null reads as absent";
}

TEST(FindingsReader, BadLinesSayWhy) {
  Finding f;
  std::string reason;
  EXPECT_FALSE(ParseFindingLine("{\"id\": \"x\", \"title\": ", f, reason));
  EXPECT_NE(reason.find("not valid JSON"), std::string::npos) << reason;
  EXPECT_FALSE(ParseFindingLine("[1, 2]", f, reason));
  EXPECT_EQ(reason, "not a JSON object");
  EXPECT_FALSE(ParseFindingLine("{\"title\": \"no id\"}", f, reason));
  EXPECT_EQ(reason, "no id");
  auto json = SyntheticFinding(1, "pre_2321");
  json["categories"][0]["score"] = "high";
  EXPECT_FALSE(ParseFindingLine(json.dump(), f, reason));
  EXPECT_EQ(reason, "field categories[0].score: expected a number");
  json = SyntheticFinding(1, "pre_2321");
  json["dprk_affiliations"][0]["institution"]["tags"] = {1, 2};
  EXPECT_FALSE(ParseFindingLine(json.dump(), f, reason));
  EXPECT_EQ(reason, "field dprk_affiliations[0].institution.tags: expected an array of strings");
  json = SyntheticFinding(1, "pre_2321");
  json["source"]["line"] = -3;
  EXPECT_FALSE(ParseFindingLine(json.dump(), f, reason));
  EXPECT_EQ(reason, "field source.line: expected a non-negative integer");
}

TEST(FindingsReader, OlderLinesWithoutTheNewerFieldsStillRead) {
  Finding f;
  std::string reason;
  ASSERT_TRUE(
      ParseFindingLine("{\"id\":\"old\",\"dprk_tie\":true,\"future_field\":[1]}", f, reason))
      << reason;
  EXPECT_EQ(f.tier, "unassigned");
  EXPECT_TRUE(f.dprk_tie);
}

TEST(FindingsReader, SkipsAndCountsDamagedLinesAndGoesOn) {
  TempDir dir("reader");
  std::string text = SyntheticFinding(0, "pre_2321").dump() + "\n\n";
  text += "not json at all\n";
  text += SyntheticFinding(1, "pre_2321").dump() + "\n";
  text += "   \n";
  const std::string cut = SyntheticFinding(2, "pre_2321").dump();
  text += cut.substr(0, cut.size() / 2);  // a file cut off mid-line, no final newline
  const std::string path = dir.Write("findings.jsonl", text);
  std::vector<std::string> ids;
  auto stats = ReadFindings(
      path, [&](Finding&& f) { ids.push_back(f.id + "@" + std::to_string(f.jsonl_line)); });
  ASSERT_TRUE(stats.ok()) << stats.error().ToString();
  EXPECT_EQ(ids, (std::vector<std::string>{"SYN-0@1", "SYN-1@4"}));
  EXPECT_EQ(stats->lines, 4u);
  EXPECT_EQ(stats->findings, 2u);
  EXPECT_EQ(stats->skipped, 2u);
  ASSERT_EQ(stats->first_skipped.size(), 2u);
  EXPECT_EQ(stats->first_skipped[0].line, 3u);
  EXPECT_EQ(stats->first_skipped[1].line, 6u);
}

TEST(FindingsReader, AMissingFileIsAnError) {
  auto stats = ReadFindings("/nonexistent/findings.jsonl", [](Finding&&) {});
  ASSERT_FALSE(stats.ok());
  EXPECT_NE(stats.error().ToString().find("/nonexistent/findings.jsonl"), std::string::npos);
}

}  // namespace
}  // namespace catchall::report
