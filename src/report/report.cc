#include "report/report.h"

#include <fmt/format.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "base/clock.h"
#include "io/atomic_file.h"
#include "report/aggregate.h"
#include "report/breakdowns.h"
#include "report/consistency.h"
#include "report/context.h"
#include "report/csv_export.h"
#include "report/html_page.h"
#include "report/labels.h"
#include "report/row_keeper.h"
#include "report/run_summary.h"

namespace catchall::report {
namespace {

namespace fs = std::filesystem;

ReportResult Fail(ReportFailure failure, Error error) {
  ReportResult result;
  result.failure = failure;
  result.error = std::move(error);
  return result;
}

// Written beside the target and renamed over it (io/atomic_file.h), so that a browser reloading
// the page never sees half a file, and a failed run leaves the previous report in place.
std::optional<Error> WriteWhole(const std::string& path, const std::string& bytes) {
  Status written = WriteFileAtomically(path, bytes);
  if (!written.ok()) return written.error();
  return std::nullopt;
}

struct Paths {
  std::string findings;
  std::string summary;
  std::string html;
  std::string out_dir;
};

Paths PathsOf(const ReportOptions& options) {
  Paths paths;
  const fs::path dir = options.run_dir;
  paths.findings = (dir / "findings.jsonl").string();
  paths.summary = (dir / "summary.json").string();
  paths.html = options.html_path.empty() ? (dir / "report.html").string() : options.html_path;
  const fs::path parent = fs::path(paths.html).parent_path();
  paths.out_dir = parent.empty() ? "." : parent.string();
  return paths;
}

// The steps of one report, each failing with the kind of failure it can have.
class ReportWriter {
 public:
  explicit ReportWriter(const ReportOptions& options)
      : options_(options), paths_(PathsOf(options)) {}

  ReportResult Run() {
    if (auto failure = LoadInputs()) return *failure;
    if (auto failure = StreamFindings()) return *failure;
    ReportContext context;
    context.summary = &summary_;
    context.tally = &tally_;
    context.tiers = TierOrder(keeper_->tier_order(), tally_.tiers_seen());
    context.country_names =
        LoadCountryNames(options_.data_dir.empty() ? summary_.data_dir : options_.data_dir);
    outcome_.mismatches = CompareWithSummary(tally_, summary_);
    if (auto error = WriteBreakdowns(context)) return Fail(ReportFailure::kOutput, *error);
    if (auto error = WritePage(context)) return Fail(ReportFailure::kOutput, *error);
    ReportResult result;
    result.outcome = std::move(outcome_);
    return result;
  }

 private:
  std::optional<ReportResult> LoadInputs() {
    if (!fs::is_directory(options_.run_dir)) {
      return Fail(ReportFailure::kInput, Error{"no such run directory", {options_.run_dir, 0}});
    }
    for (const auto& file : {paths_.findings, paths_.summary}) {
      if (!fs::is_regular_file(file)) {
        return Fail(ReportFailure::kInput,
                    Error{"missing: not the output directory of `catchall screen`?", {file, 0}});
      }
    }
    auto summary = LoadRunSummary(paths_.summary);
    if (!summary.ok()) return Fail(ReportFailure::kInput, summary.error());
    summary_ = std::move(summary).value();
    keeper_.emplace(TierOrder(summary_.tiers, {}), options_.max_rows);
    return std::nullopt;
  }

  // One pass over findings.jsonl: findings.csv, the counts and the rows to embed.
  std::optional<ReportResult> StreamFindings() {
    std::error_code ec;
    fs::create_directories(paths_.out_dir, ec);
    const std::string csv_path = (fs::path(paths_.out_dir) / "findings.csv").string();
    Result<AtomicFile> created = AtomicFile::Create(csv_path);
    if (!created.ok()) return Fail(ReportFailure::kOutput, created.error());
    AtomicFile& csv = *created;
    csv.Write(FindingsCsvHeader());
    auto read = ReadFindings(paths_.findings, [&](Finding&& finding) {
      csv.Write(FindingsCsvRow(finding));
      if (!IsShown(finding)) return;
      ++outcome_.shown;
      tally_.Add(finding);
      keeper_->Offer(std::move(finding));
    });
    if (!read.ok()) return Fail(ReportFailure::kInput, read.error());
    outcome_.read = *read;
    if (Status committed = csv.Commit(); !committed.ok()) {
      return Fail(ReportFailure::kOutput, committed.error());
    }
    outcome_.csv_paths.push_back(csv_path);
    csv_names_.emplace_back("findings.csv");
    return std::nullopt;
  }

  std::optional<Error> WriteBreakdowns(const ReportContext& context) {
    for (const auto& spec : Breakdowns()) {
      const std::string path = (fs::path(paths_.out_dir) / spec.csv).string();
      if (auto error = WriteWhole(path, BreakdownCsv(context, spec.ns))) return error;
      outcome_.csv_paths.push_back(path);
      csv_names_.emplace_back(spec.csv);
    }
    return std::nullopt;
  }

  std::optional<Error> WritePage(const ReportContext& context) {
    PageInput page;
    page.context = &context;
    page.rows = keeper_->Rows();
    page.shown = outcome_.shown;
    page.read = outcome_.read;
    page.mismatches = outcome_.mismatches;
    page.run_dir = options_.run_dir;
    page.generated_at = options_.generated_at.empty() ? UtcNowIso() : options_.generated_at;
    page.csv_files = csv_names_;
    outcome_.embedded = page.rows.size();
    if (auto error = WriteWhole(paths_.html, RenderPage(page))) return error;
    outcome_.html_path = paths_.html;
    return std::nullopt;
  }

  const ReportOptions& options_;
  const Paths paths_;
  RunSummary summary_;
  Tally tally_;
  std::optional<RowKeeper> keeper_;
  ReportOutcome outcome_;
  std::vector<std::string> csv_names_;
};

}  // namespace

ReportResult WriteReport(const ReportOptions& options) { return ReportWriter(options).Run(); }

}  // namespace catchall::report
