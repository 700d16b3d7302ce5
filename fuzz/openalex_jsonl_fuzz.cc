// Fuzz target for the OpenAlex JSON Lines reader: bytes -> splitter -> Parse and QuickCheck on
// every record. Besides "no crash, no leak", it checks what the pipeline relies on:
//   - chunk boundaries do not change what the splitter finds;
//   - Parse gives a record or a rejected issue; QuickCheck never rejects a line that Parse reads,
//     and reports the UTF-8 repair Parse makes;
//   - every text that leaves the reader is valid UTF-8.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "readers/formats.h"
#include "readers/reader.h"
#include "text/utf8.h"

namespace {

using catchall::Publication;
using catchall::RecordIssue;

void Check(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "openalex_jsonl_fuzz: invariant broken: %s\n", what);
  std::abort();
}

struct Line {
  std::string text;
  uint64_t number;
};

class CollectingSink : public catchall::SplitSink {
 public:
  void Record(std::string_view text, uint64_t first_line) override {
    lines.push_back({std::string(text), first_line});
  }
  void Issue(RecordIssue issue) override {
    Check(catchall::IsValidUtf8(issue.excerpt) && issue.excerpt.size() <= 200, "issue excerpt");
    issues.push_back(std::move(issue));
  }
  std::vector<Line> lines;
  std::vector<RecordIssue> issues;
};

CollectingSink Split(std::string_view bytes, size_t chunk, uint64_t max_record_bytes) {
  catchall::ReaderOptions options;
  options.max_record_bytes = max_record_bytes;
  auto splitter = catchall::MakeOpenAlexSplitter("fuzz.jsonl", options);
  CollectingSink sink;
  while (!bytes.empty()) {
    const size_t size = chunk < bytes.size() ? chunk : bytes.size();
    splitter->Feed(bytes.substr(0, size), sink);
    bytes.remove_prefix(size);
  }
  splitter->Finish(sink);
  return sink;
}

void CheckPublication(const Publication& pub) {
  Check(catchall::IsValidUtf8(pub.id) && catchall::IsValidUtf8(pub.title) &&
            catchall::IsValidUtf8(pub.abstract) && catchall::IsValidUtf8(pub.doi),
        "record text is valid UTF-8");
  for (const catchall::Author& author : pub.authors) {
    Check(catchall::IsValidUtf8(author.name), "author name is valid UTF-8");
    for (uint32_t index : author.affiliations) {
      Check(index < pub.affiliations.size(), "author affiliation index in range");
    }
  }
  for (const catchall::Affiliation& affiliation : pub.affiliations) {
    Check(catchall::IsValidUtf8(affiliation.raw), "affiliation is valid UTF-8");
  }
}

void ParseLine(const catchall::RecordParser& parser, const Line& line) {
  const catchall::SourcePosition where{"fuzz.jsonl", line.number, 1};
  const catchall::ParseOutcome outcome = parser.Parse(line.text, where);
  if (outcome.record) {
    CheckPublication(*outcome.record);
  } else {
    Check(!outcome.issues.empty(), "a dropped record has an issue");
    Check(outcome.issues.front().kind == RecordIssue::Kind::kRejected, "drop is a rejection");
  }
  for (const RecordIssue& issue : outcome.issues) {
    Check(issue.where.line == line.number, "issue keeps the line number");
    Check(catchall::IsValidUtf8(issue.excerpt), "issue excerpt is valid UTF-8");
  }
  const auto quick = parser.QuickCheck(line.text, where);
  if (quick && quick->kind == RecordIssue::Kind::kRejected) {
    Check(!outcome.record, "QuickCheck rejects only what Parse rejects");
  }
  if (quick && quick->kind == RecordIssue::Kind::kRepaired && outcome.record) {
    const auto same = [&](const RecordIssue& issue) { return issue.reason == quick->reason; };
    Check(std::any_of(outcome.issues.begin(), outcome.issues.end(), same),
          "QuickCheck reports the repair Parse makes");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // The input's length picks a chunk size and a record cap, so both vary with no header byte
  // that would make the seed corpus unreadable.
  const size_t chunk = 1 + size % 97;
  const uint64_t max_record_bytes = size % 5 == 0 ? 64 : uint64_t{64} << 20;
  const CollectingSink whole = Split(bytes, bytes.size() + 1, max_record_bytes);
  const CollectingSink chunked = Split(bytes, chunk, max_record_bytes);
  Check(whole.lines.size() == chunked.lines.size(), "chunking keeps the record count");
  Check(whole.issues.size() == chunked.issues.size(), "chunking keeps the issue count");
  for (size_t i = 0; i < whole.lines.size(); ++i) {
    Check(whole.lines[i].text == chunked.lines[i].text, "chunking keeps record text");
    Check(whole.lines[i].number == chunked.lines[i].number, "chunking keeps line numbers");
  }
  const auto parser = catchall::MakeOpenAlexSplitter("fuzz.jsonl", {})->Parser();
  for (const Line& line : whole.lines) ParseLine(*parser, line);
  return 0;
}
