// `catchall screen` on inputs a user can get wrong: the run must say what is wrong, where, and go
// on with everything else.
#include <gtest/gtest.h>

#include <cstdlib>

#include "common/command_support.h"

namespace catchall::testing {
namespace {

const char* kGoodWork =
    R"({"id":"https://openalex.org/W1","title":"Graphene","publication_year":2019,"authorships":[)"
    R"({"author":{"display_name":"Kim Chol"},"institutions":[],"raw_affiliation_strings":)"
    R"(["Kim Il Sung University, Pyongyang, DPR Korea"]},{"author":{"display_name":"Li Wei"},)"
    R"("institutions":[{"display_name":"Jilin University","country_code":"CN"}],)"
    R"("raw_affiliation_strings":["Jilin University, Changchun, China"]}]})";

TEST(ScreenErrors, MissingFileStopsWithOneLineAndExitCode3) {
  TempDir out("missing");
  const auto result = RunCatchall({"screen", "/no/such/file.csv", "--out", out.path().string()});
  EXPECT_EQ(result.exit_code, 3);
  EXPECT_NE(result.stderr_text.find("/no/such/file.csv"), std::string::npos);
  EXPECT_EQ(std::count(result.stderr_text.begin(), result.stderr_text.end(), '\n'), 1);
}

TEST(ScreenErrors, UnknownFormatStopsWithExitCode3AndForcingAFormatWorks) {
  TempDir dir("unknown");
  const std::string path = dir.Write("notes.txt", "just some notes\nnothing else\n");
  const auto result = RunCatchall({"screen", path, "--out", dir.File("out")});
  EXPECT_EQ(result.exit_code, 3);
  EXPECT_NE(result.stderr_text.find("unknown format"), std::string::npos);
  const auto forced =
      RunCatchall({"screen", path, "--format", "openalex", "--out", dir.File("o2")});
  EXPECT_EQ(forced.exit_code, 0);
  const auto summary = ReadJson(dir.File("o2/summary.json"));
  EXPECT_EQ(summary["records_rejected"], 2);
}

TEST(ScreenErrors, BadCommandLineIsExitCode2) {
  EXPECT_EQ(RunCatchall({"screen"}).exit_code, 2);
  EXPECT_EQ(RunCatchall({"screen", "x.csv", "--format", "bibtex"}).exit_code, 2);
  EXPECT_EQ(RunCatchall({"frobnicate"}).exit_code, 2);
}

TEST(ScreenErrors, BadDataDirectoryIsExitCode4) {
  TempDir dir("data");
  const std::string path = dir.Write("w.jsonl", std::string(kGoodWork) + "\n");
  const auto result =
      RunCatchall({"screen", path, "--data-dir", dir.File("nodata"), "--out", dir.File("out")});
  EXPECT_EQ(result.exit_code, 4);
}

TEST(ScreenErrors, BadLinesAreRejectedWithFileAndLineAndTheRunGoesOn) {
  TempDir dir("badlines");
  const std::string path =
      dir.Write("mixed.jsonl", std::string(kGoodWork) + "\n[1,2,3]\n" + kGoodWork +
                                   "\n{\"id\": \"trunc\n" + "\"a string\"\n" +
                                   "{\"id\":\"W9\",\"title\":\"Caf\xe9\"}\n" + kGoodWork + "\n");
  const auto result = RunCatchall({"screen", path, "--out", dir.File("out")});
  ASSERT_EQ(result.exit_code, 0) << result.stderr_text;
  const auto issues = ReadJsonLines(dir.File("out/rejects.jsonl"));
  std::map<int, std::string> kind_by_line;
  for (const auto& issue : issues) {
    EXPECT_EQ(issue["file"], path);
    kind_by_line[issue["line"].get<int>()] = issue["kind"].get<std::string>();
  }
  EXPECT_EQ(kind_by_line[2], "rejected");
  EXPECT_EQ(kind_by_line[4], "rejected");
  EXPECT_EQ(kind_by_line[5], "rejected");
  EXPECT_EQ(kind_by_line[6], "repaired");
  EXPECT_NE(result.stderr_text.find(path + ":2:"), std::string::npos) << result.stderr_text;
  const auto summary = ReadJson(dir.File("out/summary.json"));
  EXPECT_EQ(summary["records_read"], 4);
  EXPECT_EQ(summary["records_rejected"], 3);
  EXPECT_EQ(summary["records_repaired"], 1);
  EXPECT_EQ(summary["dprk_coauthored"], 3);
  EXPECT_EQ(ReadJsonLines(dir.File("out/findings.jsonl")).size(), 3u);
}

TEST(ScreenErrors, EmptyFileIsReportedAndOtherFilesAreStillRead) {
  TempDir dir("empty");
  const std::string empty = dir.Write("empty.csv", "");
  const std::string good = dir.Write("good.jsonl", std::string(kGoodWork) + "\n");
  const auto result = RunCatchall({"screen", empty, good, "--out", dir.File("out")});
  ASSERT_EQ(result.exit_code, 0) << result.stderr_text;
  const auto issues = ReadJsonLines(dir.File("out/rejects.jsonl"));
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0]["kind"], "file_error");
  EXPECT_EQ(issues[0]["file"], empty);
  EXPECT_NE(issues[0]["reason"].get<std::string>().find("empty"), std::string::npos);
  const auto summary = ReadJson(dir.File("out/summary.json"));
  EXPECT_EQ(summary["records_read"], 1);
  EXPECT_EQ(summary["file_errors"], 1);
}

TEST(ScreenErrors, TruncatedGzipKeepsTheGoodRecordsAndSaysWhereItEnds) {
  TempDir dir("truncgz");
  std::string lines;
  for (int i = 0; i < 3000; ++i) lines += std::string(kGoodWork) + "\n";
  const std::string plain = dir.Write("works.jsonl", lines);
  ASSERT_EQ(std::system(("gzip -k '" + plain + "'").c_str()), 0);
  std::string gz = ReadFile(plain + ".gz");
  gz.resize(gz.size() * 2 / 3);
  const std::string truncated = dir.Write("truncated.jsonl.gz", gz);
  const auto result = RunCatchall({"screen", truncated, "--out", dir.File("out")});
  ASSERT_EQ(result.exit_code, 0) << result.stderr_text;
  EXPECT_NE(result.stderr_text.find("truncated gzip"), std::string::npos) << result.stderr_text;
  const auto summary = ReadJson(dir.File("out/summary.json"));
  const int read = summary["records_read"].get<int>();
  EXPECT_GT(read, 100);
  EXPECT_LT(read, 3000);
  EXPECT_EQ(summary["file_errors"], 1);
  EXPECT_LE(summary["records_rejected"].get<int>(), 1);  // the cut line, unless cut at a newline
  EXPECT_EQ(summary["dprk_coauthored"].get<int>(), read);
}

// A 100 MB field in each format is rejected (default cap 64 MiB) without holding it, and the
// records around it are read.
class HugeField : public ::testing::TestWithParam<std::string> {};

std::string HugeInput(const std::string& format, const std::string& huge) {
  if (format == "openalex") {
    return std::string(kGoodWork) + "\n{\"id\":\"W2\",\"abstract\":\"" + huge + "\"}\n" +
           kGoodWork + "\n";
  }
  if (format == "wos") {
    const std::string record =
        "PT J\nAU Kim, C\nTI Graphene\nC1 [Kim, C] Kim Il Sung Univ, Pyongyang, North Korea.\n"
        "   Jilin Univ, Changchun, Peoples R China.\nPY 2019\nUT WOS:1\nER\n\n";
    return "FN Clarivate Analytics Web of Science\nVR 1.0\n" + record + "PT J\nAB " + huge +
           "\nUT WOS:2\nER\n\n" + record + "EF\n";
  }
  const std::string row =
      "\"Kim C.\",\"Graphene\",\"2019\",\"Kim Il Sung University, Pyongyang, DPR Korea; Jilin "
      "University, Changchun, China\",\"2-s2.0-1\"\n";
  return "Authors,Title,Year,Affiliations,EID\n" + row + "\"X\",\"" + huge +
         "\",\"2019\",\"\",\"2\"\n" + row;
}

TEST_P(HugeField, IsRejectedAndTheRunGoesOn) {
  TempDir dir("huge");
  const std::string path =
      dir.Write("huge." + GetParam(), HugeInput(GetParam(), std::string(100 << 20, 'a')));
  const auto result = RunCatchall({"screen", path, "--out", dir.File("out")});
  ASSERT_EQ(result.exit_code, 0) << result.stderr_text;
  const auto issues = ReadJsonLines(dir.File("out/rejects.jsonl"));
  ASSERT_EQ(issues.size(), 1u) << result.stderr_text;
  EXPECT_NE(issues[0]["reason"].get<std::string>().find("exceeds"), std::string::npos);
  const auto summary = ReadJson(dir.File("out/summary.json"));
  EXPECT_EQ(summary["records_read"], 2);
  EXPECT_EQ(summary["records_rejected"], 1);
  EXPECT_EQ(summary["dprk_coauthored"], 2);
}

INSTANTIATE_TEST_SUITE_P(AllFormats, HugeField, ::testing::Values("openalex", "wos", "csv"));

}  // namespace
}  // namespace catchall::testing
