#include "readers/openalex_region.h"

#include <cstring>

namespace catchall {
namespace {

constexpr std::string_view kKey = "\"authorships\"";

// Index just past the closing quote of the string whose opening quote is at `open`, or npos.
size_t SkipString(std::string_view line, size_t open) {
  size_t i = open + 1;
  while (true) {
    const void* hit = std::memchr(line.data() + i, '"', line.size() - i);
    if (hit == nullptr) return std::string_view::npos;
    const auto quote = static_cast<size_t>(static_cast<const char*>(hit) - line.data());
    size_t backslashes = 0;
    while (quote - backslashes > open + 1 && line[quote - backslashes - 1] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return quote + 1;
    i = quote + 1;
  }
}

// Index just past the ']' that closes the array opening at `open`, or npos.
size_t SkipArray(std::string_view line, size_t open) {
  int depth = 0;
  for (size_t i = open; i < line.size();) {
    const char c = line[i];
    if (c == '"') {
      i = SkipString(line, i);
      if (i == std::string_view::npos) return i;
      continue;
    }
    if (c == '[' || c == '{') ++depth;
    if (c == ']' || c == '}') {
      if (--depth == 0) return c == ']' ? i + 1 : std::string_view::npos;
    }
    ++i;
  }
  return std::string_view::npos;
}

// glibc's memmem, unlike string_view::find, does not stop at every '"' of a JSON line.
size_t Find(std::string_view line, std::string_view needle, size_t from) {
  if (from >= line.size()) return std::string_view::npos;
  const void* hit = memmem(line.data() + from, line.size() - from, needle.data(), needle.size());
  return hit ? static_cast<size_t>(static_cast<const char*>(hit) - line.data())
             : std::string_view::npos;
}

}  // namespace

// True when the key whose quote is at `key` is a member of the outermost object and no string
// before it is left open. The parser reads the first top-level "authorships"; `key` is the first
// occurrence of the key text in the line, so a top-level one is the one the parser reads.
bool AtTopLevel(std::string_view line, size_t key) {
  int depth = 0;
  for (size_t i = 0; i < key;) {
    const char c = line[i];
    if (c == '"') {
      i = SkipString(line, i);
      if (i == std::string_view::npos || i > key) return false;
      continue;
    }
    if (c == '[' || c == '{') ++depth;
    if (c == ']' || c == '}') --depth;
    ++i;
  }
  return depth == 1;
}

std::string_view AuthorshipsRegion(std::string_view line) {
  const size_t key = Find(line, kKey, 0);
  if (key == std::string_view::npos || key == 0 || line[key - 1] == '\\') return line;
  size_t open = key + kKey.size();
  while (open < line.size() && (line[open] == ' ' || line[open] == ':' || line[open] == '\t')) {
    ++open;
  }
  if (open >= line.size() || line[open] != '[') return line;
  const size_t end = SkipArray(line, open);
  if (end == std::string_view::npos) return line;
  if (!AtTopLevel(line, key)) return line;
  return line.substr(open, end - open);
}

}  // namespace catchall
