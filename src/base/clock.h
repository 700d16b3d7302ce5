// The wall-clock time as outputs write it: ISO 8601 in UTC, to the second.
#pragma once

#include <string>

namespace catchall {

// "2026-12-01T18:06:57Z".
std::string UtcNowIso();

}  // namespace catchall
