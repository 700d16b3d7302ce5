#include "cli/fetch_command.h"

#include <cstdio>

#include "cli/exit_codes.h"

namespace catchall {
namespace {

int ExitCodeFor(HarvestFailure failure) {
  switch (failure) {
    case HarvestFailure::kUsage:
      return exit_code::kUsage;
    case HarvestFailure::kOutput:
      return exit_code::kOutput;
    case HarvestFailure::kRejected:
      // The request as given (filter, base URL) is wrong: rerunning it cannot help.
      return exit_code::kUsage;
    case HarvestFailure::kUnavailable:
      return exit_code::kRemote;
  }
  return exit_code::kInternal;
}

void ReportSuccess(const FetchArguments& arguments, const HarvestReport& report) {
  if (arguments.quiet) return;
  const char* out = arguments.options.out_path.c_str();
  const auto records = static_cast<unsigned long long>(report.records);
  switch (report.end) {
    case HarvestEnd::kComplete:
      std::fprintf(stderr, "catchall: harvest complete: %llu records in %s\n", records, out);
      break;
    case HarvestEnd::kAlreadyComplete:
      std::fprintf(stderr,
                   "catchall: %s is already complete (%llu records); --restart fetches it "
                   "again\n",
                   out, records);
      break;
    case HarvestEnd::kLimitReached:
      std::fprintf(stderr,
                   "catchall: stopped at --max-records: %llu records in %s; run again with a "
                   "larger --max-records, or without it, to continue\n",
                   records, out);
      break;
  }
}

}  // namespace

void AddFetchCommand(CLI::App& app, FetchArguments& arguments) {
  CLI::App* fetch = app.add_subcommand("fetch", "Harvest publication records from an online API");
  fetch->require_subcommand(1);
  CLI::App* openalex = fetch->add_subcommand(
      "openalex", "Harvest the OpenAlex works matching a filter into JSON Lines (resumable)");
  HarvestOptions& o = arguments.options;
  openalex
      ->add_option("--filter", o.filter,
                   "OpenAlex filter, e.g. authorships.institutions.country_code:KP")
      ->required();
  openalex->add_option("--out", o.out_path, "Output file (gzip when it ends in .gz)")->required();
  openalex->add_option("--email", o.mailto, "Your address, sent as mailto= (OpenAlex polite pool)");
  openalex->add_option("--per-page", o.per_page, "Works per request")
      ->check(CLI::Range(1u, kOpenAlexMaxPerPage))
      ->capture_default_str();
  openalex->add_option("--max-records", o.max_records,
                       "Stop once the output holds this many works (0: no limit)");
  openalex->add_option("--base-url", o.base_url, "API base URL")->capture_default_str();
  openalex->add_flag("--restart", o.restart, "Discard an existing output and state, start over");
  openalex->add_option("--retries", o.retry.retries, "Retries per page on 429, 5xx, cut replies")
      ->capture_default_str();
  openalex->add_option("--retry-base-ms", o.retry.base_ms, "First retry delay; doubles each time")
      ->capture_default_str();
  openalex
      ->add_option("--connect-timeout", arguments.http.connect_timeout_seconds,
                   "Connection timeout (seconds)")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();
  openalex
      ->add_option("--read-timeout", arguments.http.read_timeout_seconds,
                   "Longest wait for data from the server (seconds)")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();
  openalex->add_flag("-q,--quiet", arguments.quiet, "No progress or notes on stderr");
}

int RunFetchCommand(FetchArguments& arguments) {
  HarvestOptions& options = arguments.options;
  if (arguments.quiet) options.log = nullptr;
  arguments.http.user_agent = std::string("catchall/") + CATCHALL_VERSION;
  if (!options.mailto.empty()) arguments.http.user_agent += " (mailto:" + options.mailto + ")";
  const HarvestOutcome outcome = HarvestOpenAlex(options, arguments.http);
  if (!outcome.ok()) {
    std::fprintf(stderr, "catchall: fetch: %s\n", outcome.error.ToString().c_str());
    return ExitCodeFor(*outcome.failure);
  }
  ReportSuccess(arguments, outcome.report);
  return exit_code::kOk;
}

}  // namespace catchall
