#include "fetch/openalex_harvester.h"

#include <fmt/format.h>
#include <simdjson.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <thread>
#include <utility>

#include "fetch/url.h"

namespace catchall {
namespace {

namespace fs = std::filesystem;

std::string Duration(std::chrono::milliseconds wait) {
  if (wait.count() < 1000) return std::to_string(wait.count()) + " ms";
  char text[32];
  std::snprintf(text, sizeof text, "%.1f s", static_cast<double>(wait.count()) / 1000.0);
  return text;
}

std::string Plural(uint64_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// What an HTTP error reply said, for messages: "HTTP 503: Service Unavailable".
std::string DescribeReply(const HttpReply& reply) {
  std::string text = "HTTP " + std::to_string(reply.status);
  const std::string message = OpenAlexErrorMessage(reply.body);
  if (!message.empty()) text += ": " + message;
  return text;
}

}  // namespace

OpenAlexHarvester::OpenAlexHarvester(HarvestOptions options, HttpTransport& transport)
    : options_(std::move(options)), transport_(transport), random_(std::random_device{}()) {
  if (!options_.sleep) {
    options_.sleep = [](std::chrono::milliseconds wait) { std::this_thread::sleep_for(wait); };
  }
}

HarvestOutcome OpenAlexHarvester::Run() {
  start_ = std::chrono::steady_clock::now();
  last_progress_ = start_;
  progress_on_tty_ = options_.log != nullptr && isatty(fileno(options_.log));
  // No output is opened when an earlier run already completed the harvest.
  if (CheckOptions() && Prepare() && output_ != nullptr && Loop()) Progress(true);
  outcome_.report.records = state_.records;
  outcome_.report.pages = state_.pages;
  outcome_.report.count = state_.count;
  // A file this run created and never wrote a page to would only stand in the way of a fixed
  // rerun (an output without a state file is refused), so it goes.
  if (!outcome_.ok() && created_output_ && state_.pages == 0) {
    output_.reset();
    std::error_code ec;
    fs::remove(options_.out_path, ec);
  }
  return outcome_;
}

bool OpenAlexHarvester::Fail(HarvestFailure kind, Error error) {
  outcome_.failure = kind;
  outcome_.error = std::move(error);
  return false;
}

bool OpenAlexHarvester::CheckOptions() {
  const auto usage = [&](const std::string& why) {
    return Fail(HarvestFailure::kUsage, Error{why, {}});
  };
  if (options_.filter.empty()) return usage("the filter is empty");
  if (!simdjson::validate_utf8(options_.filter.data(), options_.filter.size())) {
    return usage("the filter is not valid UTF-8");
  }
  if (options_.per_page < 1 || options_.per_page > kOpenAlexMaxPerPage) {
    return usage("--per-page must be between 1 and " + std::to_string(kOpenAlexMaxPerPage));
  }
  if (options_.out_path.empty()) return usage("no output file");
  auto base = ParseBaseUrl(options_.base_url);
  if (!base.ok()) return usage(base.error().message);
  path_prefix_ = base->path_prefix;
  state_path_ = StatePathFor(options_.out_path);
  return true;
}

// Decides where this run starts: a fresh harvest, a resumed one, or nothing to do.
bool OpenAlexHarvester::Prepare() {
  std::optional<HarvestState> saved;
  if (!options_.restart) {
    auto loaded = LoadHarvestState(state_path_);
    if (!loaded.ok()) return Fail(HarvestFailure::kOutput, loaded.error());
    saved = std::move(loaded).value();
  }
  std::error_code ec;
  const bool existed = fs::exists(options_.out_path, ec);
  if (saved.has_value()) {
    if (!Resume(std::move(*saved))) return false;
    if (state_.complete) return true;
  } else if (existed && !options_.restart && fs::file_size(options_.out_path, ec) > 0 && !ec) {
    return Fail(HarvestFailure::kUsage,
                Error{"exists but has no harvest state file (" + state_path_ +
                          "); choose another --out, or --restart to overwrite it",
                      {options_.out_path, 0}});
  }
  return OpenOutput(existed);
}

// Takes over a saved state of the same filter; the output is opened only if it is unfinished.
bool OpenAlexHarvester::Resume(HarvestState saved) {
  if (saved.filter != options_.filter) {
    return Fail(HarvestFailure::kUsage,
                Error{"holds a harvest of another filter (\"" + saved.filter +
                          "\"); choose another --out, or --restart to replace it",
                      {state_path_, 0}});
  }
  state_ = std::move(saved);
  if (state_.complete) {
    outcome_.report.end = HarvestEnd::kAlreadyComplete;
    return true;
  }
  if (state_.base_url != options_.base_url) {
    Note("resuming a harvest begun against " + state_.base_url + " from " + options_.base_url);
  }
  outcome_.report.resumed = true;
  Note("resuming after " + Plural(state_.records, "record") + " (" + Plural(state_.pages, "page") +
       ")");
  return true;
}

bool OpenAlexHarvester::OpenOutput(bool existed) {
  std::error_code ec;
  auto output = HarvestOutput::Open(options_.out_path, state_.output_bytes);
  if (!output.ok()) {
    if (!existed) fs::remove(options_.out_path, ec);
    return Fail(HarvestFailure::kOutput, output.error());
  }
  output_ = std::move(output).value();
  created_output_ = !existed;
  if (options_.restart) {
    // The old state described the bytes just cut away; keeping it would make a failed restart
    // look like a damaged resume.
    fs::remove(state_path_, ec);
  }
  state_.filter = options_.filter;
  state_.base_url = options_.base_url;
  state_.per_page = options_.per_page;
  return true;
}

bool OpenAlexHarvester::Loop() {
  const uint64_t records_at_start = state_.records;
  while (true) {
    outcome_.report.records_this_run = state_.records - records_at_start;
    uint64_t page_size = options_.per_page;
    if (options_.max_records != 0) {
      if (state_.records >= options_.max_records) {
        outcome_.report.end = HarvestEnd::kLimitReached;
        return true;
      }
      // Ask for no more than the limit needs rather than dropping the surplus: the cursor of a
      // cut page would skip the dropped works on the next run.
      page_size = std::min<uint64_t>(page_size, options_.max_records - state_.records);
    }
    const std::optional<OpenAlexPage> page = FetchPage(RequestTarget(page_size));
    if (!page.has_value() || !Record(*page)) return false;
    outcome_.report.records_this_run = state_.records - records_at_start;
    Progress(false);
    if (state_.complete) {
      outcome_.report.end = HarvestEnd::kComplete;
      return true;
    }
  }
}

// Appends the page, then (only once it is on disk) moves the state past it.
bool OpenAlexHarvester::Record(const OpenAlexPage& page) {
  if (!page.works.empty()) {
    if (auto status = output_->AppendPage(page.works); !status.ok()) {
      return Fail(HarvestFailure::kOutput, status.error());
    }
    state_.records += page.works.size();
    state_.pages += 1;
  }
  if (page.count.has_value()) state_.count = page.count;
  // An empty page ends the harvest even with a cursor, so a service that keeps handing out
  // cursors for nothing cannot keep the run going forever.
  state_.complete = !page.next_cursor.has_value() || page.works.empty();
  state_.next_cursor = state_.complete ? "" : *page.next_cursor;
  state_.output_bytes = output_->size();
  if (auto status = SaveHarvestState(state_path_, state_); !status.ok()) {
    return Fail(HarvestFailure::kOutput, status.error());
  }
  return true;
}

// One request's result, sorted for the retry loop.
struct OpenAlexHarvester::Attempt {
  std::optional<OpenAlexPage> page;     // a complete page
  std::string problem;                  // otherwise what went wrong, in words
  std::optional<uint64_t> retry_after;  // the server's Retry-After, seconds
  bool retryable = true;
};

OpenAlexHarvester::Attempt OpenAlexHarvester::Request(const std::string& target) {
  outcome_.report.requests += 1;
  auto reply = transport_.Get(target);
  Attempt attempt;
  if (!reply.ok()) {
    attempt.problem = reply.error().message;
  } else if (reply->status >= 200 && reply->status <= 299) {
    auto page = ParseOpenAlexPage(reply->body);
    if (page.ok()) {
      attempt.page = std::move(page).value();
    } else {
      attempt.problem = page.error().message;
    }
  } else {
    attempt.problem = DescribeReply(*reply);
    attempt.retryable = IsRetryableStatus(reply->status);
    if (attempt.retryable) attempt.retry_after = ParseRetryAfterSeconds(reply->retry_after);
  }
  return attempt;
}

std::optional<OpenAlexPage> OpenAlexHarvester::FetchPage(const std::string& target) {
  const RetryPolicy& policy = options_.retry;
  for (unsigned retry = 0;; ++retry) {
    Attempt attempt = Request(target);
    if (attempt.page.has_value()) return std::move(attempt.page);
    if (!attempt.retryable) {
      Fail(HarvestFailure::kRejected,
           Error{fmt::format("OpenAlex refused the request ({}) for GET {}{}", attempt.problem,
                             options_.base_url, target),
                 {}});
      return std::nullopt;
    }
    const std::string saved = fmt::format("{} holds {}; run the same command again to resume",
                                          options_.out_path, Plural(state_.records, "record"));
    if (retry >= policy.retries) {
      Fail(HarvestFailure::kUnavailable,
           Error{fmt::format("OpenAlex failed {} in a row (last: {}); {}",
                             Plural(retry + 1, "time"), attempt.problem, saved),
                 {}});
      return std::nullopt;
    }
    if (attempt.retry_after.value_or(0) > policy.max_retry_after_seconds) {
      Fail(HarvestFailure::kUnavailable,
           Error{fmt::format("OpenAlex asks to wait {} s ({}), longer than {} s; {}",
                             *attempt.retry_after, attempt.problem, policy.max_retry_after_seconds,
                             saved),
                 {}});
      return std::nullopt;
    }
    const std::chrono::milliseconds wait =
        attempt.retry_after.has_value() ? std::chrono::milliseconds(*attempt.retry_after * 1000)
                                        : BackoffDelay(policy, retry, random_);
    Note(fmt::format("page {}: {}; retrying in {} (retry {} of {})", state_.pages + 1,
                     attempt.problem, Duration(wait), retry + 1, policy.retries));
    options_.sleep(wait);
  }
}

std::string OpenAlexHarvester::RequestTarget(uint64_t page_size) const {
  std::string target = path_prefix_ + "/works?filter=" + PercentEncode(options_.filter) +
                       "&per-page=" + std::to_string(page_size) +
                       "&cursor=" + PercentEncode(state_.next_cursor);
  if (!options_.mailto.empty()) target += "&mailto=" + PercentEncode(options_.mailto);
  return target;
}

void OpenAlexHarvester::Note(const std::string& text) const {
  if (options_.log == nullptr) return;
  // Start on a fresh line when a progress line is being redrawn in place.
  std::fprintf(options_.log, "%sfetch: %s\n", progress_on_tty_ ? "\r\033[K" : "", text.c_str());
  std::fflush(options_.log);
}

void OpenAlexHarvester::Progress(bool final_line) {
  if (options_.log == nullptr) return;
  const auto now = std::chrono::steady_clock::now();
  if (!final_line && now - last_progress_ < std::chrono::seconds(1)) return;
  last_progress_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate =
      seconds > 0 ? static_cast<double>(outcome_.report.records_this_run) / seconds : 0.0;
  const std::string total = state_.count.has_value() ? std::to_string(*state_.count) : "?";
  // On a terminal the line is redrawn in place; in a log every update is its own line.
  const char* end = final_line || !progress_on_tty_ ? "\n" : "\r";
  std::fprintf(options_.log, "fetch: %llu/%s records, %s, %.0f records/s, %.1f s%s",
               static_cast<unsigned long long>(state_.records), total.c_str(),
               Plural(state_.pages, "page").c_str(), rate, seconds, end);
  std::fflush(options_.log);
}

HarvestOutcome HarvestOpenAlex(const HarvestOptions& options, const HttpClientOptions& http) {
  auto base = ParseBaseUrl(options.base_url);
  if (!base.ok()) return HarvestOutcome{HarvestFailure::kUsage, base.error(), {}};
  auto transport = MakeHttpTransport(*base, http);
  if (!transport.ok()) return HarvestOutcome{HarvestFailure::kUsage, transport.error(), {}};
  OpenAlexHarvester harvester(options, **transport);
  return harvester.Run();
}

}  // namespace catchall
