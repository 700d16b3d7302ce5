// UTF-8 validation and repair for record text.
//
// Exports from older tools mix Latin-1 / Windows-1252 bytes into otherwise UTF-8 files. Rather
// than drop such a record (it may be the one that matters), invalid bytes are decoded as
// Windows-1252 and the caller records a "repaired" issue with the record's place.
#pragma once

#include <string>
#include <string_view>

namespace catchall {

// True when `text` is well-formed UTF-8 (simdjson's validator, several GB/s).
bool IsValidUtf8(std::string_view text);

// Returns `text` with every byte that is not part of a well-formed UTF-8 sequence decoded as
// Windows-1252 (bytes undefined there become U+FFFD). Valid sequences are kept as they are.
std::string RepairUtf8(std::string_view text);

// The first `max_bytes` bytes of `text`, cut at a code point boundary and repaired, for error
// excerpts.
std::string Utf8Excerpt(std::string_view text, size_t max_bytes = 200);

}  // namespace catchall
