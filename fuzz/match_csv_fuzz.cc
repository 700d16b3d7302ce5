// Fuzzes the CSV inputs of `catchall match --queries` and `catchall compare --pairs`: an even
// first byte feeds the rest to ParseQueryCsv, an odd one to ParsePairsCsv. Any bytes give a file
// or an Error with a message; every accepted query or pair has a non-empty valid UTF-8 name and
// a line inside the input, every reject a reason, and queries and pairs keep file order.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "match/pairs_csv.h"
#include "match/query_csv.h"
#include "text/utf8.h"

namespace {

void CheckLine(uint64_t line, uint64_t lines, uint64_t* previous) {
  if (line == 0 || line > lines || line < *previous) std::abort();
  *previous = line;
}

void CheckRejects(const std::vector<catchall::RecordIssue>& rejects) {
  for (const auto& reject : rejects) {
    if (reject.reason.empty()) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  // Lines a record can start on: one more than the line breaks (CR alone counts too).
  uint64_t lines = 1;
  for (char c : bytes) lines += c == '\n' || c == '\r';
  uint64_t previous = 0;
  if (data[0] % 2 == 0) {
    const auto file = catchall::ParseQueryCsv("fuzz_queries.csv", bytes);
    if (!file.ok()) {
      if (file.error().message.empty()) std::abort();
      return 0;
    }
    for (const auto& query : file->queries) {
      if (query.name.empty() || !catchall::IsValidUtf8(query.name)) std::abort();
      CheckLine(query.line, lines, &previous);
    }
    CheckRejects(file->rejects);
  } else {
    const auto file = catchall::ParsePairsCsv("fuzz_pairs.csv", bytes);
    if (!file.ok()) {
      if (file.error().message.empty()) std::abort();
      return 0;
    }
    for (const auto& pair : file->pairs) {
      if (pair.name1.empty() || pair.name2.empty()) std::abort();
      if (pair.fields.size() != file->header.size()) std::abort();
      CheckLine(pair.line, lines, &previous);
    }
    CheckRejects(file->rejects);
  }
  return 0;
}
