// `catchall report DIR`: regenerating a report, its errors and exit codes, damaged inputs.
#include <gtest/gtest.h>

#include <filesystem>

#include "report_support.h"

namespace catchall::report::testing {
namespace {

namespace fs = std::filesystem;

// A screening run of the samples, copied fresh for each test.
class ReportCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(ScreenSamples(dir_.File("run")).exit_code, 0);
    run_ = dir_.File("run");
    fs::remove(run_ + "/report.html");
  }
  TempDir dir_{"command"};
  std::string run_;
};

TEST_F(ReportCommand, RegeneratesTheReportAndTheCsvFiles) {
  const auto result = RunCatchall({"report", run_});
  ASSERT_EQ(result.exit_code, 0) << result.stderr_text;
  EXPECT_NE(result.stderr_text.find(run_ + "/report.html"), std::string::npos)
      << result.stderr_text;
  for (const char* name :
       {"report.html", "findings.csv", "by_tier.csv", "by_country.csv", "by_government_funder.csv",
        "by_year.csv", "by_category.csv", "by_funder.csv"}) {
    EXPECT_TRUE(fs::is_regular_file(run_ + "/" + name)) << name;
  }
  EXPECT_EQ(RunCatchall({"report", run_, "-q"}).stderr_text, "");
}

TEST_F(ReportCommand, OutPutsThePageAndCsvFilesElsewhere) {
  const std::string html = dir_.File("elsewhere/deep/r.html");
  const auto result = RunCatchall({"report", run_, "--out", html, "--max-rows", "5", "-q"});
  ASSERT_EQ(result.exit_code, 0) << result.stderr_text;
  EXPECT_FALSE(fs::exists(run_ + "/report.html"));
  EXPECT_TRUE(fs::is_regular_file(dir_.File("elsewhere/deep/by_year.csv")));
  const std::string page = ReadFile(html);
  EXPECT_EQ(Count(page, "<tbody class=\"f\""), 5u);
  EXPECT_NE(page.find("id=\"left-out\""), std::string::npos);
  const auto findings = ParseCsv(ReadFile(dir_.File("elsewhere/deep/findings.csv")));
  EXPECT_EQ(findings.size() - 1, Count(ReadFile(run_ + "/findings.jsonl"), "\n"))
      << "the CSV keeps every finding";
}

TEST_F(ReportCommand, MissingDirectoryOrFilesAreExitCode3) {
  auto result = RunCatchall({"report", dir_.File("no-such-dir")});
  EXPECT_EQ(result.exit_code, 3);
  EXPECT_NE(result.stderr_text.find("no such run directory"), std::string::npos)
      << result.stderr_text;
  fs::remove(run_ + "/summary.json");
  result = RunCatchall({"report", run_});
  EXPECT_EQ(result.exit_code, 3);
  EXPECT_NE(result.stderr_text.find("summary.json: missing"), std::string::npos)
      << result.stderr_text;
  fs::create_directories(dir_.File("empty"));
  EXPECT_EQ(RunCatchall({"report", dir_.File("empty")}).exit_code, 3);
  EXPECT_EQ(RunCatchall({"report"}).exit_code, 2) << "no DIR: a usage error";
}

TEST_F(ReportCommand, ABrokenSummaryIsExitCode3) {
  dir_.Write("run/summary.json", "{\"records_read\": ");
  const auto result = RunCatchall({"report", run_});
  EXPECT_EQ(result.exit_code, 3);
  EXPECT_NE(result.stderr_text.find("summary.json: not valid JSON"), std::string::npos)
      << result.stderr_text;
  dir_.Write("run/summary.json", "{\"records_read\": \"many\"}");
  EXPECT_EQ(RunCatchall({"report", run_}).exit_code, 3);
}

TEST_F(ReportCommand, AnUnwritableOutputIsExitCode5) {
  dir_.Write("a-file", "x");
  const auto result = RunCatchall({"report", run_, "--out", dir_.File("a-file/report.html")});
  EXPECT_EQ(result.exit_code, 5) << result.stderr_text;
  EXPECT_NE(result.stderr_text.find("cannot create"), std::string::npos) << result.stderr_text;
}

TEST_F(ReportCommand, MalformedAndTruncatedLinesAreSkippedCountedAndReported) {
  std::string jsonl = ReadFile(run_ + "/findings.jsonl");
  const size_t second = jsonl.find('\n') + 1;
  jsonl.insert(second, "{\"id\": \"broken\", \"title\": [\n");  // line 2
  jsonl.resize(jsonl.size() - 40);                              // cut the last line short
  dir_.Write("run/findings.jsonl", jsonl);
  const size_t lines = Count(jsonl, "\n") + 1;
  const auto result = RunCatchall({"report", run_});
  ASSERT_EQ(result.exit_code, 0) << result.stderr_text;
  EXPECT_NE(result.stderr_text.find("findings.jsonl:2: skipped"), std::string::npos)
      << result.stderr_text;
  EXPECT_NE(result.stderr_text.find("findings.jsonl:" + std::to_string(lines) + ": skipped"),
            std::string::npos)
      << result.stderr_text;
  EXPECT_NE(result.stderr_text.find("disagree"), std::string::npos) << result.stderr_text;
  const std::string page = ReadFile(run_ + "/report.html");
  EXPECT_NE(page.find("id=\"skipped-lines\" data-skipped=\"2\""), std::string::npos);
  EXPECT_NE(page.find("id=\"mismatches\""), std::string::npos);
  EXPECT_EQ(Count(page, "<tbody class=\"f\""), lines - 2);
}

TEST_F(ReportCommand, ScreenWritesTheReportEveryRun) {
  TempDir other("screen");
  const auto result = ScreenSamples(other.File("out"));
  ASSERT_EQ(result.exit_code, 0) << result.stderr_text;
  EXPECT_TRUE(fs::is_regular_file(other.File("out/report.html")));
  EXPECT_TRUE(fs::is_regular_file(other.File("out/by_government_funder.csv")));
  const auto loud = RunCatchall(
      {"screen", kSource + "/samples/wos_dprk_sample.txt", "--out", other.File("loud")});
  ASSERT_EQ(loud.exit_code, 0);
  EXPECT_NE(loud.stderr_text.find("report.html"), std::string::npos) << loud.stderr_text;
}

}  // namespace
}  // namespace catchall::report::testing
