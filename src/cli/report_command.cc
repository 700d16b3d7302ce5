#include "cli/report_command.h"

#include "cli/data_dir.h"
#include "cli/exit_codes.h"

namespace catchall {
namespace {

void SayOutcome(const report::ReportOutcome& outcome, FILE* log) {
  const auto n = [](uint64_t value) { return static_cast<unsigned long long>(value); };
  // Damage and disagreement are reported even with -q: they change what the numbers mean.
  for (const auto& skip : outcome.read.first_skipped) {
    std::fprintf(stderr, "catchall: report: findings.jsonl:%llu: skipped: %s\n", n(skip.line),
                 skip.reason.c_str());
  }
  if (outcome.read.skipped > outcome.read.first_skipped.size()) {
    std::fprintf(stderr, "catchall: report: %llu more line(s) of findings.jsonl skipped\n",
                 n(outcome.read.skipped - outcome.read.first_skipped.size()));
  }
  if (!outcome.mismatches.empty()) {
    std::fprintf(stderr,
                 "catchall: report: findings.jsonl and summary.json disagree on %zu count(s), "
                 "first: %s\n",
                 outcome.mismatches.size(), outcome.mismatches.front().c_str());
  }
  if (log == nullptr) return;
  std::fprintf(
      log, "catchall: report: %llu findings, %llu in the page; see %s (and CSV files beside it)\n",
      n(outcome.shown), n(outcome.embedded), outcome.html_path.c_str());
}

}  // namespace

void AddReportCommand(CLI::App& app, ReportArguments& arguments) {
  CLI::App* report = app.add_subcommand(
      "report", "Write report.html and CSV exports from the output directory of a screen run");
  report->add_option("dir", arguments.run_dir, "Output directory of `catchall screen`")->required();
  report->add_option("--out", arguments.out,
                     "HTML file to write (default DIR/report.html); the CSV files go beside it");
  report
      ->add_option("--max-rows", arguments.max_rows,
                   "Findings embedded in the page (findings.csv has all)")
      ->capture_default_str();
  report->add_option("--data-dir", arguments.data_dir,
                     "Reference data directory, for country names (default: the run's)");
  report->add_flag("-q,--quiet", arguments.quiet, "Only errors and damage on stderr");
}

int WriteReportAndSay(const report::ReportOptions& options, FILE* log) {
  const report::ReportResult result = report::WriteReport(options);
  if (!result.ok()) {
    std::fprintf(stderr, "catchall: report: %s\n", result.error->ToString().c_str());
    return result.failure == report::ReportFailure::kInput ? exit_code::kInput : exit_code::kOutput;
  }
  SayOutcome(result.outcome, log);
  return exit_code::kOk;
}

int RunReportCommand(const ReportArguments& arguments) {
  report::ReportOptions options;
  options.run_dir = arguments.run_dir;
  options.html_path = arguments.out;
  options.max_rows = arguments.max_rows;
  if (!arguments.data_dir.empty()) options.data_dir = FindDataDir(arguments.data_dir);
  return WriteReportAndSay(options, arguments.quiet ? nullptr : stderr);
}

}  // namespace catchall
