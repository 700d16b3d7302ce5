// Web of Science field-tagged text: finds the records (PT ... ER) in a byte stream.
//
// The splitter works line by line and keeps only the current record (at most
// max_record_bytes) and the current partial line, so files of any size stream through.
// Record texts are handed on with '\n' line ends (CR and a leading BOM removed) so that
// the parser sees one canonical form whatever the export's line ends were.
#include <fmt/format.h>

#include <string>
#include <string_view>
#include <utility>

#include "readers/formats.h"
#include "readers/wos_parser.h"
#include "text/utf8.h"

namespace catchall {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

enum class LineKind {
  kBlank,
  kFileHeader,    // FN, VR
  kFileEnd,       // EF
  kRecordStart,   // PT
  kRecordEnd,     // ER
  kField,         // any other two-character tag
  kContinuation,  // three leading spaces
  kOther,
};

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

bool IsTagStart(char c) { return c >= 'A' && c <= 'Z'; }
bool IsTagChar(char c) { return IsTagStart(c) || (c >= '0' && c <= '9'); }

LineKind Classify(std::string_view line) {
  if (IsBlank(line)) return LineKind::kBlank;
  if (line.starts_with("   ")) return LineKind::kContinuation;
  const bool tagged = line.size() >= 2 && IsTagStart(line[0]) && IsTagChar(line[1]) &&
                      (line.size() == 2 || line[2] == ' ');
  if (!tagged) return LineKind::kOther;
  const std::string_view tag = line.substr(0, 2);
  if (tag == "PT") return LineKind::kRecordStart;
  if (tag == "ER") return LineKind::kRecordEnd;
  if (tag == "EF") return LineKind::kFileEnd;
  if (tag == "FN" || tag == "VR") return LineKind::kFileHeader;
  return LineKind::kField;
}

class WosSplitter final : public Splitter {
 public:
  WosSplitter(std::string file, const ReaderOptions& options)
      : file_(std::move(file)),
        max_bytes_(options.max_record_bytes),
        parser_(MakeWosRecordParser()) {}

  void Feed(std::string_view bytes, SplitSink& sink) override;
  void Finish(SplitSink& sink) override;
  std::shared_ptr<const RecordParser> Parser() const override { return parser_; }

 private:
  enum class State { kOutside, kInRecord, kSkipping };

  void AppendPartial(std::string_view piece);
  void EndLine(std::string_view line, bool truncated, SplitSink& sink);
  void HandleOutside(std::string_view line, LineKind kind, bool truncated, SplitSink& sink);
  void HandleInRecord(std::string_view line, LineKind kind, bool truncated, SplitSink& sink);
  void HandleSkipping(std::string_view line, LineKind kind, bool truncated, SplitSink& sink);
  void StartRecord(std::string_view line, bool truncated, SplitSink& sink);
  void AppendToRecord(std::string_view line, bool truncated, SplitSink& sink);
  void RejectUnterminated(SplitSink& sink);
  void RejectOversize(SplitSink& sink);
  void NoteGarbage(std::string_view line);
  void FlushGarbage(SplitSink& sink);
  void Reject(uint64_t line, uint64_t record, std::string reason, std::string_view text,
              SplitSink& sink);

  const std::string file_;
  const uint64_t max_bytes_;
  const std::shared_ptr<const RecordParser> parser_;

  // The line being assembled across Feed calls; never longer than max_bytes_ (a longer line
  // cannot belong to an acceptable record, so its start is enough to classify it).
  std::string partial_;
  bool partial_truncated_ = false;
  uint64_t line_number_ = 0;   // of the last completed line
  bool saw_content_ = false;   // any non-blank line
  uint64_t record_slots_ = 0;  // records started, accepted or not

  State state_ = State::kOutside;
  std::string record_;
  uint64_t record_first_line_ = 0;

  uint64_t garbage_first_line_ = 0;  // 0: not in a run of garbage
  uint64_t garbage_last_line_ = 0;
  std::string garbage_excerpt_;
  bool saw_garbage_ = false;
};

void WosSplitter::Feed(std::string_view bytes, SplitSink& sink) {
  while (!bytes.empty()) {
    const size_t newline = bytes.find('\n');
    if (newline == std::string_view::npos) {
      AppendPartial(bytes);
      return;
    }
    const std::string_view piece = bytes.substr(0, newline);
    bytes.remove_prefix(newline + 1);
    if (partial_.empty() && !partial_truncated_ && piece.size() <= max_bytes_) {
      EndLine(piece, false, sink);  // the common case: no copy
      continue;
    }
    AppendPartial(piece);
    const std::string line = std::move(partial_);
    const bool truncated = partial_truncated_;
    partial_.clear();
    partial_truncated_ = false;
    EndLine(line, truncated, sink);
  }
}

void WosSplitter::AppendPartial(std::string_view piece) {
  if (partial_truncated_) return;
  const uint64_t room = max_bytes_ - partial_.size();
  if (piece.size() > room) {
    partial_.append(piece.substr(0, room));
    partial_truncated_ = true;
    return;
  }
  partial_.append(piece);
}

void WosSplitter::Finish(SplitSink& sink) {
  if (!partial_.empty() || partial_truncated_) {
    const std::string line = std::move(partial_);
    const bool truncated = partial_truncated_;
    partial_.clear();
    partial_truncated_ = false;
    EndLine(line, truncated, sink);
  }
  if (state_ == State::kInRecord) RejectUnterminated(sink);
  state_ = State::kOutside;
  FlushGarbage(sink);
  if (!saw_content_) {
    Reject(0, 0, "empty file", "", sink);
  } else if (record_slots_ == 0 && !saw_garbage_) {
    // Only FN/VR/EF: not an error in the export, but worth one line in the rejects so that a
    // user who passed the wrong file notices.
    Reject(0, 0, "no records in file (only the FN/VR/EF header)", "", sink);
  }
}

void WosSplitter::EndLine(std::string_view line, bool truncated, SplitSink& sink) {
  ++line_number_;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (state_ != State::kInRecord && line.starts_with(kUtf8Bom)) line.remove_prefix(kUtf8Bom.size());
  const LineKind kind = Classify(line);
  if (kind != LineKind::kBlank) saw_content_ = true;
  switch (state_) {
    case State::kOutside:
      HandleOutside(line, kind, truncated, sink);
      break;
    case State::kInRecord:
      HandleInRecord(line, kind, truncated, sink);
      break;
    case State::kSkipping:
      HandleSkipping(line, kind, truncated, sink);
      break;
  }
}

void WosSplitter::HandleOutside(std::string_view line, LineKind kind, bool truncated,
                                SplitSink& sink) {
  switch (kind) {
    case LineKind::kBlank:
      return;  // blank lines do not end a run of garbage
    case LineKind::kFileHeader:
    case LineKind::kFileEnd:
      FlushGarbage(sink);
      return;
    case LineKind::kRecordStart:
      FlushGarbage(sink);
      StartRecord(line, truncated, sink);
      return;
    default:
      NoteGarbage(line);
      return;
  }
}

void WosSplitter::HandleInRecord(std::string_view line, LineKind kind, bool truncated,
                                 SplitSink& sink) {
  switch (kind) {
    case LineKind::kRecordEnd:
      AppendToRecord(line, truncated, sink);
      if (state_ == State::kInRecord) {
        sink.Record(record_, record_first_line_);
        record_.clear();
        state_ = State::kOutside;
      } else {
        state_ = State::kOutside;  // the ER line itself made the record too long
      }
      return;
    case LineKind::kRecordStart:
      RejectUnterminated(sink);
      StartRecord(line, truncated, sink);
      return;
    case LineKind::kFileHeader:
    case LineKind::kFileEnd:
      RejectUnterminated(sink);
      state_ = State::kOutside;
      return;
    default:
      AppendToRecord(line, truncated, sink);
      return;
  }
}

void WosSplitter::HandleSkipping(std::string_view line, LineKind kind, bool truncated,
                                 SplitSink& sink) {
  switch (kind) {
    case LineKind::kRecordEnd:
    case LineKind::kFileHeader:
    case LineKind::kFileEnd:
      state_ = State::kOutside;
      return;
    case LineKind::kRecordStart:
      StartRecord(line, truncated, sink);
      return;
    default:
      return;
  }
}

void WosSplitter::StartRecord(std::string_view line, bool truncated, SplitSink& sink) {
  ++record_slots_;
  record_first_line_ = line_number_;
  record_.clear();
  state_ = State::kInRecord;
  AppendToRecord(line, truncated, sink);
}

void WosSplitter::AppendToRecord(std::string_view line, bool truncated, SplitSink& sink) {
  if (truncated || record_.size() + line.size() + 1 > max_bytes_) {
    RejectOversize(sink);
    return;
  }
  record_.append(line);
  record_.push_back('\n');
}

void WosSplitter::RejectUnterminated(SplitSink& sink) {
  Reject(record_first_line_, record_slots_,
         fmt::format("record starting at line {} has no ER", record_first_line_), record_, sink);
  record_.clear();
  state_ = State::kOutside;
}

void WosSplitter::RejectOversize(SplitSink& sink) {
  Reject(record_first_line_, record_slots_, fmt::format("record exceeds {} bytes", max_bytes_),
         record_, sink);
  std::string().swap(record_);  // give the memory back, the record may have been huge
  state_ = State::kSkipping;
}

void WosSplitter::NoteGarbage(std::string_view line) {
  saw_garbage_ = true;
  if (garbage_first_line_ == 0) {
    garbage_first_line_ = line_number_;
    garbage_excerpt_ = Utf8Excerpt(line);
  }
  garbage_last_line_ = line_number_;
}

void WosSplitter::FlushGarbage(SplitSink& sink) {
  if (garbage_first_line_ == 0) return;
  const std::string reason =
      garbage_first_line_ == garbage_last_line_
          ? fmt::format("line {} is not Web of Science field-tagged text (outside PT ... ER)",
                        garbage_first_line_)
          : fmt::format("lines {}-{} are not Web of Science field-tagged text (outside PT ... ER)",
                        garbage_first_line_, garbage_last_line_);
  Reject(garbage_first_line_, 0, reason, garbage_excerpt_, sink);
  garbage_first_line_ = 0;
  garbage_last_line_ = 0;
  garbage_excerpt_.clear();
}

void WosSplitter::Reject(uint64_t line, uint64_t record, std::string reason, std::string_view text,
                         SplitSink& sink) {
  RecordIssue issue;
  issue.kind = RecordIssue::Kind::kRejected;
  issue.where = SourcePosition{file_, line, record};
  issue.reason = std::move(reason);
  issue.excerpt = Utf8Excerpt(text);
  sink.Issue(std::move(issue));
}

}  // namespace

std::unique_ptr<Splitter> MakeWosSplitter(const std::string& file, const ReaderOptions& options) {
  return std::make_unique<WosSplitter>(file, options);
}

}  // namespace catchall
