// The reader interface: every input format is read in two steps so that parsing can run in
// parallel while the file is read sequentially.
//
//   bytes --Splitter (one thread, cheap)--> record texts --RecordParser (any thread)--> Publication
//
// A Splitter finds where each record starts and ends (quotes in CSV, ER lines in WoS, newlines
// in JSON Lines) and numbers the lines; a RecordParser turns one record's text into a
// Publication or a RecordIssue. Framing errors (a WoS record without ER, an unbalanced CSV
// quote, a record over the size cap) are reported by the splitter; content errors by the parser.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/publication.h"

namespace catchall {

struct ReaderOptions {
  // A record whose text is longer than this is rejected (and skipped to its end without being
  // held in memory), so one 100 MB field cannot blow the memory budget.
  uint64_t max_record_bytes = 64ull << 20;
};

// What the parser made of one record text: a record (possibly with repair issues), or no record
// and at least one issue of kind kRejected.
struct ParseOutcome {
  std::optional<Publication> record;
  std::vector<RecordIssue> issues;
};

class RecordParser {
 public:
  virtual ~RecordParser() = default;
  // Parses one record text as produced by the matching Splitter. Must be thread-safe.
  // `where` carries the file, the record's first line and its record number.
  virtual ParseOutcome Parse(std::string_view text, const SourcePosition& where) const = 0;
  // A cheap check for records the prefilter says cannot matter: returns an issue when the text
  // is certainly not a readable record (so it is still counted as rejected). The default parses.
  virtual std::optional<RecordIssue> QuickCheck(std::string_view text,
                                                const SourcePosition& where) const;
  // The part of a record's text that everything the screening reads comes from (for OpenAlex,
  // the authorships array: affiliations and their institutions live nowhere else). The prefilter
  // only needs to look there. The default, the whole text, is always correct.
  virtual std::string_view ScreenedRegion(std::string_view text) const { return text; }
};

// Receives what a Splitter finds. `text` is valid only during the call.
class SplitSink {
 public:
  virtual ~SplitSink() = default;
  virtual void Record(std::string_view text, uint64_t first_line) = 0;
  // A framing error: counted as one rejected record.
  virtual void Issue(RecordIssue issue) = 0;
};

class Splitter {
 public:
  virtual ~Splitter() = default;
  // Feeds the next bytes of the file, in order; chunk boundaries fall anywhere.
  virtual void Feed(std::string_view bytes, SplitSink& sink) = 0;
  // End of input: flushes the last record or reports it as truncated.
  virtual void Finish(SplitSink& sink) = 0;
  // The parser for this file's records; null until the splitter has read what the parser needs
  // (the CSV header). Lives as long as the splitter.
  virtual std::shared_ptr<const RecordParser> Parser() const = 0;
};

std::unique_ptr<Splitter> MakeSplitter(InputFormat format, const std::string& file,
                                       const ReaderOptions& options);

// Guesses the format from the first bytes of the (decompressed) input: kUnknown when unsure.
InputFormat DetectFormat(std::string_view head);

}  // namespace catchall
