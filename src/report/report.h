// The analyst report of a screening run: reads DIR/findings.jsonl and DIR/summary.json and
// writes report.html (one self-contained page) and the CSV exports beside it. Used at the end of
// `catchall screen` and by `catchall report DIR`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "report/findings_reader.h"

namespace catchall::report {

// A row with its evidence is about 8 KB: 2,000 rows make a 16 MB page that a laptop's browser
// opens in a few seconds (5,000 took 20 s in headless Chromium on a 2-core machine).
inline constexpr size_t kDefaultMaxRows = 2000;

struct ReportOptions {
  std::string run_dir;    // holds findings.jsonl and summary.json
  std::string html_path;  // "" -> RUN_DIR/report.html; the CSV files go beside it
  std::string data_dir;   // for country names; "" -> the run's data_dir from summary.json
  size_t max_rows = kDefaultMaxRows;  // findings embedded in the page; findings.csv has all
  std::string generated_at;           // "" -> now (UTC)
};

struct ReportOutcome {
  ReadStats read;                       // findings.jsonl: lines read and skipped
  uint64_t shown = 0;                   // records in the report (DPRK tie or conflict)
  uint64_t embedded = 0;                // ... of them in the page's table
  std::vector<std::string> mismatches;  // counts differing from summary.json
  std::string html_path;
  std::vector<std::string> csv_paths;
};

enum class ReportFailure { kInput, kOutput };

struct ReportResult {
  std::optional<Error> error;
  ReportFailure failure = ReportFailure::kInput;
  ReportOutcome outcome;
  bool ok() const { return !error.has_value(); }
};

ReportResult WriteReport(const ReportOptions& options);

}  // namespace catchall::report
