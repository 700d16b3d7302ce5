// One page of the OpenAlex list API, `{"meta":{"count":N,"next_cursor":"..."},"results":[...]}`,
// read with simdjson On-Demand so each work is kept as the exact JSON text the server sent.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace catchall {

struct OpenAlexPage {
  std::optional<uint64_t> count;           // meta.count: works matching the filter
  std::optional<std::string> next_cursor;  // meta.next_cursor; nullopt when null or absent
  // Each element of `results` as sent, one line each: whitespace between tokens is removed
  // only when the server pretty-printed (so a work never spans lines), nothing else changes.
  std::vector<std::string> works;
};

// An Error when the body is not a complete page (truncated, not JSON, a result that is not an
// object); the harvester treats that like a cut connection and asks again.
Result<OpenAlexPage> ParseOpenAlexPage(std::string_view body);

// The API's own explanation in an error reply (`{"error": "...", "message": "..."}`), or the
// start of the body when it is not that, or "" for an empty body. At most about 500 bytes.
std::string OpenAlexErrorMessage(std::string_view body);

}  // namespace catchall
