// network.html in a real browser (headless Chromium): the script runs without error, the
// drawing holds the planted fixture's nodes, and opening a node (#node=KEY, as a click does)
// lists its ties with the records on each.
#include <gtest/gtest.h>

#include "common/command_support.h"

namespace catchall::testing {
namespace {

const std::string kData = std::string(CATCHALL_SOURCE_DIR) + "/tests/network/data/";

std::string Render(const std::string& url) {
  const CommandResult result = DumpDom(url);
  EXPECT_EQ(result.exit_code, 0) << result.stderr_text;
  EXPECT_EQ(result.stderr_text.find("Uncaught"), std::string::npos) << result.stderr_text;
  return result.stdout_text;
}

TEST(NetworkViewRender, ScriptRunsAndANodeOpensWithItsRecords) {
  if (ChromiumPath().empty()) GTEST_SKIP() << "chromium is not installed: render test skipped";
  TempDir out("network-view");
  const CommandResult run = RunCatchall({"network", kData + "planted_scopus.csv", "--out",
                                         out.path().string(), "--from", "jp-tohoku", "--quiet"});
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  const std::string page = "file://" + out.File("network.html");
  const std::string dom = Render(page);
  EXPECT_NE(dom.find("data-view-ready=\"1\""), std::string::npos);
  EXPECT_EQ(dom.find("data-view-error"), std::string::npos);
  EXPECT_NE(dom.find("Harbin Institute of Technology"), std::string::npos);
  // Kim Il Sung University: its tie to Ri Chol Jin on record R1.
  const std::string opened = Render(page + "#node=inst%3Akp-kim-il-sung-university");
  const size_t info = opened.find("id=\"info\"");
  ASSERT_NE(info, std::string::npos);
  // The panel ends where the tables start.
  const std::string panel = opened.substr(info, opened.find("<h2>", info) - info);
  EXPECT_NE(panel.find("Kim Il Sung University"), std::string::npos) << panel;
  EXPECT_NE(panel.find("2-s2.0-85900000001"), std::string::npos) << panel;
}

}  // namespace
}  // namespace catchall::testing
