// `catchall report DIR`: regenerates report.html and the CSV exports from the output directory
// of an earlier `catchall screen` run; also what `screen` calls when it finishes.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>

#include "report/report.h"

namespace catchall {

struct ReportArguments {
  std::string run_dir;
  std::string out;  // HTML file; the CSV files go beside it
  std::string data_dir;
  size_t max_rows = report::kDefaultMaxRows;
  bool quiet = false;
};

void AddReportCommand(CLI::App& app, ReportArguments& arguments);
int RunReportCommand(const ReportArguments& arguments);

// Writes the report of `options` and names the result (or the failure) on `log` (may be null
// for silence, except errors, which always go to stderr). Returns an exit code.
int WriteReportAndSay(const report::ReportOptions& options, FILE* log);

}  // namespace catchall
