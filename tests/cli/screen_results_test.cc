// `catchall screen` end to end on the real exports and the shipped samples.
#include <gtest/gtest.h>

#include <set>

#include "common/command_support.h"

namespace catchall::testing {
namespace {

const std::string kSource = CATCHALL_SOURCE_DIR;

std::vector<std::string> SampleFiles() {
  return {kSource + "/samples/scopus_dprk_sample.csv", kSource + "/samples/wos_dprk_sample.txt",
          kSource + "/samples/openalex_dprk_sample.jsonl"};
}

std::vector<std::string> EvalFiles() {
  return {kSource + "/tests/eval/eval_scopus.csv", kSource + "/tests/eval/eval_wos.txt",
          kSource + "/tests/eval/eval_openalex.jsonl"};
}

std::vector<std::string> Args(std::vector<std::string> files, const std::string& out,
                              std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"screen"};
  args.insert(args.end(), files.begin(), files.end());
  args.push_back("--out");
  args.push_back(out);
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

TEST(ScreenResults, RealExportsAreReadWholeWithCountriesAndNoDprkHit) {
  const std::string data = SharedData();
  if (data.empty()) GTEST_SKIP() << "../shared/data is absent: real-export test skipped";
  TempDir dir("real");
  const std::vector<std::string> files = {data + "/scopus-csv-export/scopus_legacy_format.csv",
                                          data + "/scopus-csv-export/scopus_v2_format.csv",
                                          data + "/wos-plaintext-export/savedrecs.txt",
                                          data + "/wos-plaintext-export/ManyAuthors.isi"};
  const auto result = RunCatchall(Args(files, dir.File("out")));
  ASSERT_EQ(result.exit_code, 0) << result.stderr_text;
  const auto summary = ReadJson(dir.File("out/summary.json"));
  const std::vector<int> expected = {58, 88, 32, 500};
  for (size_t i = 0; i < files.size(); ++i) {
    const auto& counts = summary["by_file"][files[i]];
    EXPECT_EQ(counts["records_read"], expected[i]) << files[i];
    EXPECT_EQ(counts["records_rejected"], 0) << files[i];
  }
  EXPECT_EQ(summary["records_with_dprk_affiliation"], 0);
  EXPECT_EQ(ReadJsonLines(dir.File("out/rejects.jsonl")).size(), 0u);
  const double with_affiliation = summary["records_with_affiliation"].get<double>();
  const double with_country = summary["records_with_country"].get<double>();
  std::printf("real exports: %.0f of %.0f records with an affiliation have a country (%.1f%%)\n",
              with_country, with_affiliation, 100 * with_country / with_affiliation);
  EXPECT_GE(with_country / with_affiliation, 0.97);
}

TEST(ScreenResults, PrefilterGivesTheSameFindingsAsTheFullPath) {
  TempDir dir("prefilter");
  std::vector<std::string> files = SampleFiles();
  for (const auto& f : EvalFiles()) files.push_back(f);
  ASSERT_EQ(RunCatchall(Args(files, dir.File("fast"))).exit_code, 0);
  ASSERT_EQ(RunCatchall(Args(files, dir.File("full"), {"--no-prefilter"})).exit_code, 0);
  const std::string fast = ReadFile(dir.File("fast/findings.jsonl"));
  EXPECT_FALSE(fast.empty());
  EXPECT_EQ(fast, ReadFile(dir.File("full/findings.jsonl")));
  const auto fast_summary = ReadJson(dir.File("fast/summary.json"));
  const auto full_summary = ReadJson(dir.File("full/summary.json"));
  for (const char* key : {"records_read", "records_rejected", "records_with_dprk_affiliation",
                          "dprk_coauthored", "by_year", "by_foreign_country"}) {
    EXPECT_EQ(fast_summary[key], full_summary[key]) << key;
  }
  EXPECT_LT(fast_summary["records_fully_screened"], full_summary["records_fully_screened"]);
}

TEST(ScreenResults, OutputDoesNotDependOnTheNumberOfThreads) {
  TempDir dir("threads");
  std::vector<std::string> files = EvalFiles();
  ASSERT_EQ(RunCatchall(Args(files, dir.File("one"), {"--threads", "1", "--all"})).exit_code, 0);
  ASSERT_EQ(RunCatchall(Args(files, dir.File("four"), {"--threads", "4", "--all"})).exit_code, 0);
  EXPECT_EQ(ReadFile(dir.File("one/findings.jsonl")), ReadFile(dir.File("four/findings.jsonl")));
}

TEST(ScreenResults, AllWritesEveryRecordInInputOrderWithTheContractFields) {
  TempDir dir("all");
  const auto files = SampleFiles();
  ASSERT_EQ(RunCatchall(Args(files, dir.File("out"), {"--all"})).exit_code, 0);
  const auto findings = ReadJsonLines(dir.File("out/findings.jsonl"));
  const auto summary = ReadJson(dir.File("out/summary.json"));
  ASSERT_EQ(findings.size(), summary["records_read"].get<size_t>());
  std::string previous_file;
  int previous_line = 0;
  for (const auto& f : findings) {
    for (const char* key : {"id", "doi", "source", "title", "year", "countries", "dprk_coauthored",
                            "dprk_affiliations", "foreign_affiliations", "warnings"}) {
      EXPECT_TRUE(f.contains(key)) << key;
    }
    const std::string file = f["source"]["file"];
    const int line = f["source"]["line"];
    if (file == previous_file) {
      EXPECT_GT(line, previous_line);
    }
    previous_file = file;
    previous_line = line;
    for (const auto& a : f["dprk_affiliations"]) {
      EXPECT_EQ(a["country"], "KP");
      EXPECT_FALSE(a["decided_by"].empty()) << a["raw"];
    }
  }
}

TEST(ScreenResults, GzippedInputGivesTheSameFindings) {
  TempDir dir("gz");
  const std::string sample = kSource + "/samples/openalex_dprk_sample.jsonl";
  const std::string gz = dir.File("sample.jsonl.gz");
  ASSERT_EQ(std::system(("gzip -c '" + sample + "' > '" + gz + "'").c_str()), 0);
  ASSERT_EQ(RunCatchall(Args({sample}, dir.File("plain"))).exit_code, 0);
  ASSERT_EQ(RunCatchall(Args({gz}, dir.File("packed"))).exit_code, 0);
  auto plain = ReadJsonLines(dir.File("plain/findings.jsonl"));
  auto packed = ReadJsonLines(dir.File("packed/findings.jsonl"));
  ASSERT_EQ(plain.size(), packed.size());
  for (size_t i = 0; i < plain.size(); ++i) {
    plain[i]["source"].erase("file");
    packed[i]["source"].erase("file");
    EXPECT_EQ(plain[i], packed[i]);
  }
}

}  // namespace
}  // namespace catchall::testing
