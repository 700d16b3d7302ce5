// Screens the demo inputs in samples/ and checks that the summary agrees with the inputs and
// with findings.jsonl, and that every broken file in samples/bad_inputs reaches rejects.jsonl.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "eval_support.h"

namespace catchall::eval {
namespace {

std::string SamplePath(const std::string& name) { return SourceDir() + "/samples/" + name; }

const char* const kSamples[] = {"scopus_dprk_sample.csv", "wos_dprk_sample.txt",
                                "openalex_dprk_sample.jsonl"};

struct Expected {
  int papers = 0, tie = 0, coauthored = 0;
};

// samples/expected.tsv: one row per paper (each paper is in all three sample files).
Expected ReadExpected() {
  Expected expected;
  std::ifstream in(SamplePath("expected.tsv"));
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::stringstream row(line);
    std::string cell;
    while (std::getline(row, cell, '\t')) cells.push_back(cell);
    if (cells.size() < 5) continue;
    ++expected.papers;
    expected.tie += cells[3] == "1";
    expected.coauthored += cells[4] == "1";
  }
  return expected;
}

nlohmann::json ReadSummary(const std::string& out_dir) {
  return nlohmann::json::parse(ReadFile(out_dir + "/summary.json"), nullptr, false);
}

TEST(Samples, FilesAreWellFormed) {
  Expected expected = ReadExpected();
  ASSERT_EQ(expected.papers, 30);
  for (const char* name : kSamples) {
    EXPECT_EQ(CountRecords(SamplePath(name)), uint64_t(expected.papers)) << name;
  }
  for (const auto& work : ReadJsonLines(SamplePath("openalex_dprk_sample.jsonl"))) {
    EXPECT_TRUE(work.is_object() && work.contains("authorships"));
  }
}

TEST(Samples, SummaryIsConsistent) {
  ASSERT_TRUE(BinaryExists()) << "catchall binary not found at " << BinaryPath()
                              << ": build the `catchall` target before test_eval";
  std::vector<std::string> files;
  uint64_t records_in_files = 0;
  for (const char* name : kSamples) {
    files.push_back(SamplePath(name));
    records_in_files += CountRecords(SamplePath(name));
  }
  RunResult run = RunScreen(files, {});
  ASSERT_EQ(run.exit_code, 0) << run.log;
  nlohmann::json summary = ReadSummary(run.out_dir);
  ASSERT_TRUE(summary.is_object()) << "summary.json missing or not JSON in " << run.out_dir;
  // findings.jsonl also carries records whose only DPRK evidence was overruled (dprk_conflict).
  int64_t tie_lines = 0, coauthored_lines = 0, conflict_only_lines = 0;
  for (const auto& f : ReadJsonLines(run.out_dir + "/findings.jsonl")) {
    bool tie = BoolField(f, "dprk_tie");
    tie_lines += tie;
    coauthored_lines += BoolField(f, "dprk_coauthored");
    if (!tie) {
      ++conflict_only_lines;
      EXPECT_TRUE(BoolField(f, "dprk_conflict")) << "no tie, no conflict: " << f.dump();
    }
  }
  EXPECT_EQ(SummaryCount(summary, "records_read"), int64_t(records_in_files));
  EXPECT_EQ(SummaryCount(summary, "records_rejected"), 0);
  EXPECT_EQ(SummaryCount(summary, "records_with_dprk_affiliation"), tie_lines);
  EXPECT_EQ(SummaryCount(summary, "dprk_coauthored"), coauthored_lines);
  EXPECT_LE(conflict_only_lines, SummaryCount(summary, "dprk_conflicts"));

  Expected expected = ReadExpected();
  EXPECT_EQ(tie_lines, 3 * expected.tie) << "each DPRK paper is in all 3 files";
  EXPECT_EQ(coauthored_lines, 3 * expected.coauthored);

  int64_t by_year_ties = 0;
  // Keep the sub-objects in locals: items() refers to its json, which must outlive the loop.
  const auto by_year = summary.value("by_year", nlohmann::json::object());
  for (const auto& [year, counts] : by_year.items()) {
    by_year_ties += IntField(counts, "records_with_dprk_affiliation", 0);
  }
  EXPECT_EQ(by_year_ties, tie_lines) << "every sample record has a year";
  int64_t by_country = 0;
  const auto by_foreign_country = summary.value("by_foreign_country", nlohmann::json::object());
  for (const auto& [country, n] : by_foreign_country.items()) {
    by_country += n.is_number() ? n.get<int64_t>() : 0;
  }
  EXPECT_GE(by_country, coauthored_lines);

  const auto by_file = summary.value("by_file", nlohmann::json::object());
  EXPECT_EQ(by_file.size(), 3u) << summary.dump(2);
  for (const auto& [file, counts] : by_file.items()) {
    std::string name = std::filesystem::path(file).filename().string();
    EXPECT_EQ(IntField(counts, "records_read", -1), int64_t(CountRecords(SamplePath(name))))
        << file;
  }
  EXPECT_TRUE(ReadFile(run.out_dir + "/rejects.jsonl").find_first_not_of(" \n") ==
              std::string::npos)
      << "clean samples produced rejects";
}

TEST(Samples, BrokenInputsEndUpInRejects) {
  ASSERT_TRUE(BinaryExists()) << "catchall binary not found at " << BinaryPath();
  const std::vector<std::string> broken = {"scopus_unbalanced_quote.csv", "wos_missing_er.txt",
                                           "wos_latin1.txt", "openalex_not_objects.jsonl"};
  std::vector<std::string> files;
  for (const auto& name : broken) files.push_back(SamplePath("bad_inputs/" + name));
  RunResult run = RunScreen(files, {"--all"});
  ASSERT_EQ(run.exit_code, 0) << run.log;
  auto rejects = ReadJsonLines(run.out_dir + "/rejects.jsonl");
  for (const auto& name : broken) {
    SCOPED_TRACE(name);
    bool found = false;
    for (const auto& issue : rejects) {
      std::string file = StringField(issue, "file");
      if (file.size() < name.size() ||
          file.compare(file.size() - name.size(), name.size(), name) != 0) {
        continue;
      }
      found = true;
      EXPECT_GT(IntField(issue, "line", 0), 0) << issue.dump();
      EXPECT_FALSE(StringField(issue, "reason").empty()) << issue.dump();
    }
    EXPECT_TRUE(found) << "no rejects.jsonl entry for " << name;
  }
}

TEST(Samples, EmptyFileIsNotACrash) {
  ASSERT_TRUE(BinaryExists()) << "catchall binary not found at " << BinaryPath();
  RunResult run = RunScreen({SamplePath("bad_inputs/empty.jsonl")}, {});
  // Either an empty run (0) or "format could not be detected" (3); never a crash.
  EXPECT_TRUE(run.exit_code == 0 || run.exit_code == 3) << run.exit_code << "\n" << run.log;
}

}  // namespace
}  // namespace catchall::eval
