// A large findings file: the page embeds at most the cap, most demanding tiers first, says how
// many it left out, and the CSV keeps them all; it stays fast.
#include <gtest/gtest.h>

#include <chrono>

#include "report/report.h"
#include "report_support.h"

namespace catchall::report::testing {
namespace {

TEST(LargeReport, CapIsRespectedAndTheRunStaysFast) {
  constexpr int kFindings = 20000;
  constexpr size_t kCap = 1500;
  TempDir dir("large");
  std::string jsonl;
  std::vector<nlohmann::ordered_json> all;
  const char* tiers[] = {"state_determination_required", "pre_2321", "dprk_only", "medical_exempt"};
  for (int i = 0; i < kFindings; ++i) {
    // The few committee-tier records come last in the file and must still lead the table.
    const bool last = i >= kFindings - 10;
    all.push_back(SyntheticFinding(i, last ? "committee_exemption_required" : tiers[i % 4]));
    jsonl += all.back().dump() + "\n";
  }
  dir.Write("run/findings.jsonl", jsonl);
  dir.Write("run/summary.json", SyntheticSummary(all));

  ReportOptions options;
  options.run_dir = dir.File("run");
  options.max_rows = kCap;
  options.generated_at = "2026-01-01T00:00:00Z";
  const auto start = std::chrono::steady_clock::now();
  const ReportResult result = WriteReport(options);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(result.ok()) << result.error->ToString();
  std::printf("report of %d findings (%.0f MB of JSON lines): %.2f s\n", kFindings,
              jsonl.size() / 1e6, seconds);
  // About 0.5 s in a release build; the bound leaves room for sanitizer builds.
  EXPECT_LT(seconds, 30.0);

  EXPECT_EQ(result.outcome.shown, static_cast<uint64_t>(kFindings));
  EXPECT_EQ(result.outcome.embedded, kCap);
  const std::string page = ReadFile(dir.File("run/report.html"));
  EXPECT_EQ(Count(page, "<tbody class=\"f\""), kCap);
  EXPECT_NE(page.find("data-left-out=\"" + std::to_string(kFindings - kCap) + "\""),
            std::string::npos);
  const size_t first_row = page.find("<tbody class=\"f\"");
  EXPECT_NE(page.find("tier:committee_exemption_required", first_row), std::string::npos);
  EXPECT_LT(page.find("SYN-" + std::to_string(kFindings - 1), first_row),
            page.find("SYN-0<", first_row))
      << "committee records first, then the state tier in file order";
  const auto csv = ParseCsv(ReadFile(dir.File("run/findings.csv")));
  EXPECT_EQ(csv.size(), static_cast<size_t>(kFindings) + 1);
  const auto countries = CsvByKey(ReadFile(dir.File("run/by_country.csv")));
  EXPECT_EQ(countries.at("CN").at("records_coauthored"),
            std::to_string(kFindings - (kFindings - 10) / 4));
}

}  // namespace
}  // namespace catchall::report::testing
