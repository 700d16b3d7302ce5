// `catchall match`: one JSON line per query in input order, rejected query rows on stderr while
// the run goes on, exit 3 for a query file that is not one, exit 4 when the lists do not load.
#include <gtest/gtest.h>

#include <filesystem>

#include "cli/exit_codes.h"
#include "common/command_support.h"

namespace catchall {
namespace {

using testing::RunCatchall;
using testing::TempDir;

std::string UnListPath() {
  const std::string data = testing::SharedData();
  const std::string path = data + "/un-consolidated/UN_consolidated.xml";
  return !data.empty() && std::filesystem::exists(path) ? path : "";
}

std::vector<nlohmann::json> JsonLines(const std::string& text) {
  std::vector<nlohmann::json> lines;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    if (end > begin) lines.push_back(nlohmann::json::parse(text.substr(begin, end - begin)));
    begin = end + 1;
  }
  return lines;
}

TEST(MatchCommand, OneNameFindsItsUnEntryWithExplanation) {
  const std::string un = UnListPath();
  if (un.empty()) GTEST_SKIP() << "UN Consolidated List not found";
  const auto run = RunCatchall({"match", "--lists", un, "Kim Yong Cheol", "--limit", "3"});
  ASSERT_EQ(run.exit_code, exit_code::kOk) << run.stderr_text;
  const auto lines = JsonLines(run.stdout_text);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["query_id"], "1");
  EXPECT_EQ(lines[0]["name"], "Kim Yong Cheol");
  ASSERT_FALSE(lines[0]["results"].empty());
  const auto& top = lines[0]["results"][0];
  EXPECT_EQ(top["reference"], "KPi.024");
  EXPECT_EQ(top["list"], "un_sc");
  EXPECT_FALSE(top["list_version"].get<std::string>().empty());
  EXPECT_EQ(top["schema"], "Person");
  EXPECT_GE(top["score"].get<double>(), 0.72);
  EXPECT_FALSE(top["explanation"]["pairs"].empty());
  EXPECT_LE(lines[0]["results"].size(), 3u);
}

TEST(MatchCommand, QueryFileKeepsInputOrderAndRejectsBadRows) {
  const std::string un = UnListPath();
  if (un.empty()) GTEST_SKIP() << "UN Consolidated List not found";
  TempDir dir("match-queries");
  const std::string queries =
      dir.Write("q.csv",
                "query_id,name,schema,country\r\n"
                "a,\"KIM, Yong Chol\",Person,\r\n"
                "b,,Person,\r\n"  // empty name: rejected
                "c,Korea Ryonbong General Corporation,,KP\r\n"
                "d,Patricia Lucas Wheeler,Alien,\r\n"  // unknown schema: rejected
                "e,Patricia Lucas Wheeler,,\r\n");
  const auto run = RunCatchall({"match", "--lists", un, "--queries", queries, "--threads", "2"});
  ASSERT_EQ(run.exit_code, exit_code::kOk) << run.stderr_text;
  const auto lines = JsonLines(run.stdout_text);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["query_id"], "a");
  EXPECT_EQ(lines[1]["query_id"], "c");
  EXPECT_EQ(lines[2]["query_id"], "e");
  ASSERT_FALSE(lines[1]["results"].empty());
  EXPECT_EQ(lines[1]["results"][0]["reference"], "KPe.002");
  EXPECT_TRUE(lines[2]["results"].empty());
  EXPECT_NE(run.stderr_text.find("q.csv:3: rejected query: empty name"), std::string::npos);
  EXPECT_NE(run.stderr_text.find("q.csv:5: rejected query: unknown schema"), std::string::npos);
}

TEST(MatchCommand, BadQueryFileIsExitThreeWithFileAndLine) {
  TempDir dir("match-bad");
  const std::string no_header = dir.Write("a.csv", "id,text\n1,Kim\n");
  auto run = RunCatchall({"match", "--lists", dir.path().string(), "--queries", no_header});
  EXPECT_EQ(run.exit_code, exit_code::kInput);
  EXPECT_NE(run.stderr_text.find("a.csv:1:"), std::string::npos) << run.stderr_text;
  const std::string open_quote = dir.Write("b.csv", "query_id,name\n1,Kim\n2,\"Kim\n");
  run = RunCatchall({"match", "--lists", dir.path().string(), "--queries", open_quote});
  EXPECT_EQ(run.exit_code, exit_code::kInput);
  EXPECT_NE(run.stderr_text.find("b.csv:3:"), std::string::npos) << run.stderr_text;
}

TEST(MatchCommand, ListLoadFailureIsExitFour) {
  TempDir dir("match-lists");
  const std::string broken = dir.Write("broken.xml", "<CONSOLIDATED_LIST><INDIVIDUALS><INDIV");
  const auto run = RunCatchall({"match", "--lists", broken, "--lists", dir.File("none"), "Kim"});
  EXPECT_EQ(run.exit_code, exit_code::kReferenceData) << run.stderr_text;
}

}  // namespace
}  // namespace catchall
