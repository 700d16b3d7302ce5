// `catchall compare`: two names, a pair file, bad files and bad rows.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "common/command_support.h"

namespace catchall {
namespace {

using testing::RunCatchall;

std::vector<nlohmann::json> Lines(const std::string& text) {
  std::vector<nlohmann::json> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(nlohmann::json::parse(line));
  return out;
}

TEST(CompareCommand, TwoNames) {
  const auto result =
      RunCatchall({"compare", "--schema", "Person", "KIM, Chol Nam", "Kim Chol Nam"});
  ASSERT_EQ(result.exit_code, 0) << result.stderr_text;
  const auto lines = Lines(result.stdout_text);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["name1"], "KIM, Chol Nam");
  EXPECT_EQ(lines[0]["schema"], "Person");
  EXPECT_TRUE(lines[0]["match"].get<bool>());
  EXPECT_GE(lines[0]["score"].get<double>(), 0.95);
  const auto& pairs = lines[0]["explanation"]["pairs"];
  ASSERT_EQ(pairs.size(), 3u);
  EXPECT_EQ(pairs[0]["query"], "KIM");
  EXPECT_EQ(pairs[0]["how"], "exact");
}

TEST(CompareCommand, PairFileInOrderWithRejects) {
  testing::TempDir dir("compare");
  const std::string file = dir.Write("pairs.csv",
                                     "id,name1,name2,schema\n"
                                     "1,Siemens Aktiengesellschaft,Siemens AG,Company\n"
                                     "2,Korea Trading Co. Ltd.,Chosun Trading Co. Ltd.,Company\n"
                                     "3,only two fields\n"
                                     "4,\"Frost, William W.\",William W Frost,Person\n"
                                     "5,A,B,Spaceship\n");
  const auto result = RunCatchall({"compare", "--pairs", file});
  ASSERT_EQ(result.exit_code, 0) << result.stderr_text;
  const auto lines = Lines(result.stdout_text);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_TRUE(lines[0]["match"].get<bool>());
  EXPECT_FALSE(lines[1]["match"].get<bool>());
  EXPECT_EQ(lines[2]["name1"], "Frost, William W.");
  EXPECT_TRUE(lines[2]["match"].get<bool>());
  EXPECT_NE(result.stderr_text.find("pairs.csv:4"), std::string::npos) << result.stderr_text;
  EXPECT_NE(result.stderr_text.find("pairs.csv:6"), std::string::npos) << result.stderr_text;
  EXPECT_NE(result.stderr_text.find("2 rejected"), std::string::npos) << result.stderr_text;
}

TEST(CompareCommand, MissingColumnIsAnInputError) {
  testing::TempDir dir("compare");
  const std::string file = dir.Write("pairs.csv", "first,second\nA,B\n");
  const auto result = RunCatchall({"compare", "--pairs", file});
  EXPECT_EQ(result.exit_code, 3);
  EXPECT_NE(result.stderr_text.find("pairs.csv:1"), std::string::npos) << result.stderr_text;
  const auto open_quote =
      RunCatchall({"compare", "--pairs", dir.Write("q.csv", "name1,name2\n\"A,B\n")});
  EXPECT_EQ(open_quote.exit_code, 3);
  EXPECT_EQ(RunCatchall({"compare", "--pairs", dir.File("absent.csv")}).exit_code, 3);
  EXPECT_EQ(RunCatchall({"compare", "only one"}).exit_code, 2);
}

TEST(CompareCommand, OfacScale) {
  const auto result = RunCatchall({"compare", "--ofac", "Kim Jong Un", "KIM JONG UN"});
  ASSERT_EQ(result.exit_code, 0) << result.stderr_text;
  const auto lines = Lines(result.stdout_text);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_GT(lines[0]["score"].get<double>(), 95.0);
  EXPECT_TRUE(lines[0]["explanation"].contains("whole_name"));
}

}  // namespace
}  // namespace catchall
