// When and how long to wait before asking again. Exponential backoff with jitter, so many
// harvesters that failed together do not come back together; a server's Retry-After wins.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <random>
#include <string_view>

namespace catchall {

struct RetryPolicy {
  unsigned retries = 8;           // further attempts after the first, per page
  unsigned base_ms = 1000;        // first backoff; doubles with every retry
  unsigned max_delay_ms = 60000;  // backoff never grows past this
  // A Retry-After longer than this is not waited out: the run stops (resumable) and says when
  // to come back. OpenAlex's daily quota answers 429 with a wait of hours.
  unsigned max_retry_after_seconds = 600;
};

// The wait before retry number `retry` (0 for the first): min(max, base * 2^retry), of which the
// upper half is random ("equal jitter"), so the wait never drops below half the nominal value.
std::chrono::milliseconds BackoffDelay(const RetryPolicy& policy, unsigned retry,
                                       std::mt19937_64& random);

// Retry-After as delta-seconds ("120"); nullopt for an absent, malformed or HTTP-date value,
// which then falls back to the backoff.
std::optional<uint64_t> ParseRetryAfterSeconds(std::string_view header);

// 429 (too many requests) and every 5xx are the server's trouble and worth another try; other
// 4xx say the request itself is wrong and would fail the same way again.
bool IsRetryableStatus(int status);

}  // namespace catchall
