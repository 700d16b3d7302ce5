// `catchall fetch openalex`: harvests every work matching an OpenAlex filter with cursor paging
// into JSON Lines (gzip members, one per page), resumable from its state file after any failure.
// The network is behind `HttpTransport`, so tests drive the same paging, retry and resume code
// against scripted or local servers.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <string>

#include "base/result.h"
#include "fetch/harvest_output.h"
#include "fetch/harvest_state.h"
#include "fetch/http_transport.h"
#include "fetch/openalex_page.h"
#include "fetch/retry_policy.h"

namespace catchall {

inline constexpr unsigned kOpenAlexMaxPerPage = 200;  // the API's limit

struct HarvestOptions {
  std::string filter;    // OpenAlex filter syntax, e.g. "authorships.institutions.country_code:KP"
  std::string out_path;  // gzip when it ends in ".gz"; the state file is out_path + ".state.json"
  std::string mailto;    // adds mailto= (OpenAlex's "polite pool"); "" for none
  std::string base_url = "https://api.openalex.org";
  unsigned per_page = kOpenAlexMaxPerPage;
  uint64_t max_records = 0;  // stop once the output holds at least this many works; 0: no limit
  bool restart = false;      // ignore and replace an existing state file and output
  RetryPolicy retry;
  FILE* log = stderr;  // progress and retry notes; nullptr for none
  // Waits between attempts; tests replace it to check the waits without spending them.
  std::function<void(std::chrono::milliseconds)> sleep;
};

enum class HarvestEnd {
  kComplete,         // the service has no further pages
  kAlreadyComplete,  // the state file says an earlier run finished; nothing was fetched
  kLimitReached,     // stopped at max_records; the state allows continuing later
};

enum class HarvestFailure {
  kUsage,        // bad options, or a state file or output that belongs to another harvest
  kOutput,       // the output or state file cannot be written (or the state file is unusable)
  kRejected,     // the service refused the request (HTTP 4xx other than 429): retrying is useless
  kUnavailable,  // the service kept failing after every retry; rerunning resumes
};

struct HarvestReport {
  HarvestEnd end = HarvestEnd::kComplete;
  uint64_t records = 0;           // works in the output (all runs)
  uint64_t records_this_run = 0;  // works appended by this run
  uint64_t pages = 0;             // non-empty pages in the output (all runs)
  uint64_t requests = 0;          // HTTP requests this run, retries included
  std::optional<uint64_t> count;  // meta.count last reported by the service
  bool resumed = false;           // continued from a state file
};

struct HarvestOutcome {
  std::optional<HarvestFailure> failure;  // empty when the run succeeded
  Error error;                            // why it failed
  HarvestReport report;                   // also on failure: what is safely on disk
  bool ok() const { return !failure.has_value(); }
};

class OpenAlexHarvester {
 public:
  OpenAlexHarvester(HarvestOptions options, HttpTransport& transport);
  HarvestOutcome Run();

 private:
  bool Fail(HarvestFailure kind, Error error);
  bool CheckOptions();
  bool Prepare();
  bool Resume(HarvestState saved);
  bool OpenOutput(bool existed);
  bool Loop();
  struct Attempt;
  Attempt Request(const std::string& target);
  std::optional<OpenAlexPage> FetchPage(const std::string& target);
  bool Record(const OpenAlexPage& page);
  std::string RequestTarget(uint64_t page_size) const;
  void Note(const std::string& text) const;
  void Progress(bool final_line);

  HarvestOptions options_;
  HttpTransport& transport_;
  std::string path_prefix_;
  std::string state_path_;
  HarvestState state_;
  std::unique_ptr<HarvestOutput> output_;
  bool created_output_ = false;
  HarvestOutcome outcome_;
  std::mt19937_64 random_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_progress_;
  bool progress_on_tty_ = false;
};

// Makes the real HTTP client for `options.base_url` and runs the harvest with it.
HarvestOutcome HarvestOpenAlex(const HarvestOptions& options, const HttpClientOptions& http);

}  // namespace catchall
