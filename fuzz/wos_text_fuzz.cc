// Fuzz target for the Web of Science reader: the input is split twice (whole, and in small
// chunks whose sizes come from the input's first byte) and every record is parsed. Checks that
// nothing crashes or leaks and that chunking does not change what the splitter finds.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "readers/formats.h"

namespace {

class Sink final : public catchall::SplitSink {
 public:
  void Record(std::string_view text, uint64_t first_line) override {
    records.emplace_back(text);
    lines.push_back(first_line);
  }
  void Issue(catchall::RecordIssue issue) override { reasons.push_back(issue.reason); }

  std::vector<std::string> records;
  std::vector<uint64_t> lines;
  std::vector<std::string> reasons;
};

Sink Split(std::string_view bytes, size_t chunk, uint64_t max_record_bytes) {
  catchall::ReaderOptions options;
  options.max_record_bytes = max_record_bytes;
  auto splitter = catchall::MakeWosSplitter("fuzz.txt", options);
  Sink sink;
  while (!bytes.empty()) {
    const size_t size = chunk < bytes.size() ? chunk : bytes.size();
    splitter->Feed(bytes.substr(0, size), sink);
    bytes.remove_prefix(size);
  }
  splitter->Finish(sink);
  uint64_t number = 0;
  for (size_t i = 0; i < sink.records.size(); ++i) {
    const catchall::SourcePosition where{"fuzz.txt", sink.lines[i], ++number};
    const catchall::ParseOutcome outcome = splitter->Parser()->Parse(sink.records[i], where);
    if (!outcome.record && outcome.issues.empty()) std::abort();  // a drop without a reason
  }
  return sink;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const size_t chunk = size == 0 ? 1 : 1 + data[0] % 16;
  // A small cap so that the oversize path is exercised too.
  const uint64_t cap = size == 0 ? 64 : 64 + (data[0] % 4) * 256;
  const Sink whole = Split(bytes, bytes.size() + 1, cap);
  const Sink chunked = Split(bytes, chunk, cap);
  if (whole.records != chunked.records || whole.lines != chunked.lines ||
      whole.reasons != chunked.reasons) {
    std::abort();
  }
  return 0;
}
