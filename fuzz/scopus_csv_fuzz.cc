// Fuzzes the Scopus CSV reader: splitter (in chunks of a size taken from the input) and the
// parse of every record it yields, with a small record cap so the oversize path is reached.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "readers/formats.h"

namespace {

class ParsingSink : public catchall::SplitSink {
 public:
  void Record(std::string_view text, uint64_t first_line) override {
    texts_.emplace_back(text);
    lines_.push_back(first_line);
  }
  void Issue(catchall::RecordIssue) override {}

  void ParseAll(const catchall::Splitter& splitter) const {
    const auto parser = splitter.Parser();
    if (!parser) return;
    for (size_t i = 0; i < texts_.size(); ++i) {
      const catchall::SourcePosition where{"fuzz.csv", lines_[i], i + 1};
      (void)parser->Parse(texts_[i], where);
      (void)parser->QuickCheck(texts_[i], where);
    }
  }

 private:
  std::vector<std::string> texts_;
  std::vector<uint64_t> lines_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // The first byte picks the chunk size (1..128, 0 = whole) and the record cap.
  const size_t chunk = data[0] & 0x7F;
  catchall::ReaderOptions options;
  if (data[0] & 0x80) options.max_record_bytes = 64;
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);

  auto splitter = catchall::MakeScopusSplitter("fuzz.csv", options);
  ParsingSink sink;
  while (!bytes.empty()) {
    const size_t n = chunk == 0 ? bytes.size() : std::min(chunk, bytes.size());
    splitter->Feed(bytes.substr(0, n), sink);
    bytes.remove_prefix(n);
  }
  splitter->Finish(sink);
  sink.ParseAll(*splitter);
  return 0;
}
