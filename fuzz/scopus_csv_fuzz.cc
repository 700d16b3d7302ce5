// Fuzzes the Scopus CSV reader: the splitter (in chunks of a size taken from the input) and the
// parse of every record it yields, with a small record cap so the oversize path is reached.
// Oracle beyond "no crash": chunking must not change what the splitter finds.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "readers/formats.h"

namespace {

class CollectingSink : public catchall::SplitSink {
 public:
  void Record(std::string_view text, uint64_t first_line) override {
    texts.emplace_back(text);
    lines.push_back(first_line);
  }
  void Issue(catchall::RecordIssue issue) override {
    issues.push_back(issue.reason + "@" + std::to_string(issue.where.line) + ":" +
                     std::to_string(issue.where.record) + ":" + issue.excerpt);
  }

  std::vector<std::string> texts;
  std::vector<uint64_t> lines;
  std::vector<std::string> issues;
};

CollectingSink Split(std::string_view bytes, size_t chunk, const catchall::ReaderOptions& options,
                     std::unique_ptr<catchall::Splitter>& splitter) {
  splitter = catchall::MakeScopusSplitter("fuzz.csv", options);
  CollectingSink sink;
  while (!bytes.empty()) {
    const size_t n = chunk == 0 ? bytes.size() : std::min(chunk, bytes.size());
    splitter->Feed(bytes.substr(0, n), sink);
    bytes.remove_prefix(n);
  }
  splitter->Finish(sink);
  return sink;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // The first byte picks the chunk size (1..127, 0 = whole) and the record cap.
  const size_t chunk = data[0] & 0x7F;
  catchall::ReaderOptions options;
  if (data[0] & 0x80) options.max_record_bytes = 64;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);

  std::unique_ptr<catchall::Splitter> whole_splitter;
  std::unique_ptr<catchall::Splitter> splitter;
  const CollectingSink whole = Split(bytes, 0, options, whole_splitter);
  const CollectingSink sink = Split(bytes, chunk, options, splitter);
  if (whole.texts != sink.texts || whole.lines != sink.lines || whole.issues != sink.issues) {
    std::abort();  // chunk boundaries changed the records
  }

  const auto parser = splitter->Parser();
  if (!parser) return 0;
  for (size_t i = 0; i < sink.texts.size(); ++i) {
    const catchall::SourcePosition where{"fuzz.csv", sink.lines[i], i + 1};
    const catchall::ParseOutcome outcome = parser->Parse(sink.texts[i], where);
    if (!outcome.record && outcome.issues.empty()) std::abort();  // a refusal needs a reason
    (void)parser->QuickCheck(sink.texts[i], where);
  }
  return 0;
}
