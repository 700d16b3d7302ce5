#include "fetch/retry_policy.h"

#include <algorithm>
#include <charconv>

namespace catchall {

std::chrono::milliseconds BackoffDelay(const RetryPolicy& policy, unsigned retry,
                                       std::mt19937_64& random) {
  const uint64_t cap = std::max<uint64_t>(policy.max_delay_ms, 1);
  uint64_t nominal = std::max<uint64_t>(policy.base_ms, 1);
  for (unsigned i = 0; i < retry && nominal < cap; ++i) nominal *= 2;
  nominal = std::min(nominal, cap);
  const uint64_t fixed = nominal / 2;
  std::uniform_int_distribution<uint64_t> jitter(0, nominal - fixed);
  return std::chrono::milliseconds(fixed + jitter(random));
}

std::optional<uint64_t> ParseRetryAfterSeconds(std::string_view header) {
  while (!header.empty() && (header.front() == ' ' || header.front() == '\t')) {
    header.remove_prefix(1);
  }
  while (!header.empty() && (header.back() == ' ' || header.back() == '\t')) {
    header.remove_suffix(1);
  }
  if (header.empty()) return std::nullopt;
  uint64_t seconds = 0;
  const auto [end, error] = std::from_chars(header.data(), header.data() + header.size(), seconds);
  if (error != std::errc() || end != header.data() + header.size()) return std::nullopt;
  return seconds;
}

bool IsRetryableStatus(int status) { return status == 429 || (status >= 500 && status <= 599); }

}  // namespace catchall
