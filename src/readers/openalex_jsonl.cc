// OpenAlex works as JSON Lines: the splitter cuts lines, the parser decodes one work per line
// with simdjson's DOM API. DOM rather than On-Demand because this build targets the x86-64
// baseline, where On-Demand (compiled inline) falls back to its scalar kernel, while the DOM
// parser dispatches at run time to the AVX2 / AVX-512 kernels inside libsimdjson; it also
// validates the whole line, fields we do not read included.
#include <simdjson.h>

#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "readers/formats.h"
#include "readers/openalex_json.h"
#include "readers/openalex_region.h"
#include "readers/openalex_work.h"
#include "readers/reader.h"
#include "text/utf8.h"

namespace catchall {
namespace {

namespace dom = simdjson::dom;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr size_t kExcerptBytes = 200;
constexpr std::string_view kUtf8Repair = "invalid UTF-8 decoded as Windows-1252";
// A DOM parser keeps buffers sized for the largest document it has seen, about 14 bytes per
// input byte (tape 8, structural index 4, strings 5/3). Records above this size (rare: works
// with thousands of authors) get a parser of their own, freed afterwards, so each worker thread
// pins at most about 14 MB.
constexpr size_t kReusableParserLimit = size_t{1} << 20;

RecordIssue Rejected(const SourcePosition& where, std::string reason, std::string_view text) {
  return RecordIssue{RecordIssue::Kind::kRejected, where, std::move(reason), Utf8Excerpt(text)};
}

uint64_t SaturatingAdd(uint64_t a, uint64_t b) {
  return a > std::numeric_limits<uint64_t>::max() - b ? std::numeric_limits<uint64_t>::max()
                                                      : a + b;
}

// Why a line cannot be a JSON object, judged from its first and last bytes only; nullopt when
// it may be one.
std::optional<std::string_view> ShapeProblem(std::string_view text) {
  text = openalex::TrimAsciiSpace(text);
  if (text.empty() || text.front() != '{') return "not a JSON object";
  if (text.size() < 2 || text.back() != '}') return "truncated JSON object";
  return std::nullopt;
}

// simdjson needs SIMDJSON_PADDING readable bytes after the text; the splitter's buffers give no
// such promise, so each text is copied into a padded buffer first.
class PaddedParser {
 public:
  simdjson::error_code Parse(std::string_view text, dom::element& root) {
    buffer_.clear();
    buffer_.reserve(text.size() + simdjson::SIMDJSON_PADDING);
    buffer_.append(text);
    buffer_.append(simdjson::SIMDJSON_PADDING, ' ');
    return parser_.parse(buffer_.data(), text.size(), false).get(root);
  }

 private:
  dom::parser parser_;
  std::string buffer_;
};

// INCORRECT_TYPE means the text is JSON but not an object.
simdjson::error_code ParseWithParser(PaddedParser& parser, std::string_view text,
                                     Publication& pub) {
  dom::element root;
  if (const auto error = parser.Parse(text, root)) return error;
  dom::object work;
  if (const auto error = root.get_object().get(work)) return error;
  openalex::DecodeWork(work, pub);
  return simdjson::SUCCESS;
}

simdjson::error_code ParseWork(std::string_view text, Publication& pub) {
  if (text.size() <= kReusableParserLimit) {
    thread_local PaddedParser parser;  // Parse runs on many threads; a DOM parser is not shared
    return ParseWithParser(parser, text, pub);
  }
  PaddedParser parser;
  return ParseWithParser(parser, text, pub);
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of the \uXXXX escape at json[i] (json[i] == '\\'), or -1.
int EscapedCodeUnit(std::string_view json, size_t i) {
  if (i + 6 > json.size() || json[i + 1] != 'u') return -1;
  int unit = 0;
  for (size_t k = i + 2; k < i + 6; ++k) {
    const int digit = HexValue(json[k]);
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

// Producers that write UTF-16 escapes (Python's json module among them) let unpaired surrogates
// such as "\ud835" through; simdjson rightly refuses them. Each one is replaced by "\ufffd" (the
// same length), so the rest of the work can still be read. Nullopt when there is none.
std::optional<std::string> ReplaceLoneSurrogates(std::string_view json) {
  std::string fixed;
  for (size_t i = 0; i < json.size(); ++i) {
    if (json[i] != '\\') continue;
    const int unit = EscapedCodeUnit(json, i);
    if (unit < 0xD800 || unit > 0xDFFF) {
      ++i;  // skips the escaped character, which may itself be a backslash
      continue;
    }
    const int next = unit <= 0xDBFF && i + 6 < json.size() && json[i + 6] == '\\'
                         ? EscapedCodeUnit(json, i + 6)
                         : -1;
    if (next >= 0xDC00 && next <= 0xDFFF) {
      i += 11;  // a well-formed pair
      continue;
    }
    if (fixed.empty()) fixed.assign(json);
    fixed.replace(i, 6, "\\ufffd");
    i += 5;
  }
  if (fixed.empty()) return std::nullopt;
  return fixed;
}

class OpenAlexParser final : public RecordParser {
 public:
  std::string_view ScreenedRegion(std::string_view text) const override {
    return AuthorshipsRegion(text);
  }

  ParseOutcome Parse(std::string_view text, const SourcePosition& where) const override {
    ParseOutcome outcome;
    std::string repaired;  // owns the text once a repair has rewritten it
    std::string_view current = text;
    std::vector<std::string> repairs;
    simdjson::error_code error = simdjson::SUCCESS;
    Publication pub;
    bool surrogates_replaced = false;
    // At most one attempt per repair kind, so this ends.
    for (int attempt = 0; attempt < 3; ++attempt) {
      pub = Publication{};
      error = ParseWork(current, pub);
      if (error == simdjson::UTF8_ERROR && !IsValidUtf8(current)) {
        repaired = RepairUtf8(current);
        current = repaired;
        repairs.emplace_back(kUtf8Repair);
        continue;
      }
      if (error == simdjson::STRING_ERROR && !surrogates_replaced) {
        surrogates_replaced = true;
        std::optional<std::string> fixed = ReplaceLoneSurrogates(current);
        if (fixed) {
          repaired = std::move(*fixed);
          current = repaired;
          repairs.emplace_back("unpaired UTF-16 surrogate escape replaced by U+FFFD");
          continue;
        }
      }
      break;
    }
    if (error) {
      outcome.issues.push_back(Rejected(where, RejectReason(current, error), text));
      return outcome;
    }
    pub.format = InputFormat::kOpenAlexJsonl;
    pub.source = where;
    for (const std::string& repair : repairs) {
      outcome.issues.push_back(
          RecordIssue{RecordIssue::Kind::kRepaired, where, repair, Utf8Excerpt(text)});
    }
    pub.warnings.insert(pub.warnings.begin(), repairs.begin(), repairs.end());
    outcome.record = std::move(pub);
    return outcome;
  }

  // Never wrong on valid input: a real work line is an object, so it starts with '{' and ends
  // with '}'. Invalid UTF-8 gets the same repaired issue Parse would give (Parse repairs such a
  // line rather than dropping it), so the prefiltered path counts it as the full path does. The
  // UTF-8 check is simdjson's validator, several GB/s.
  std::optional<RecordIssue> QuickCheck(std::string_view text,
                                        const SourcePosition& where) const override {
    if (const auto problem = ShapeProblem(text))
      return Rejected(where, std::string(*problem), text);
    if (!IsValidUtf8(text)) {
      return RecordIssue{RecordIssue::Kind::kRepaired, where, std::string(kUtf8Repair),
                         Utf8Excerpt(text)};
    }
    return std::nullopt;
  }

 private:
  static std::string RejectReason(std::string_view text, simdjson::error_code error) {
    if (error == simdjson::INCORRECT_TYPE) return "not a JSON object";
    const std::string detail =
        openalex::LocateJsonError(text) + ": " + simdjson::error_message(error);
    if (const auto problem = ShapeProblem(text)) return std::string(*problem) + detail;
    return "invalid JSON" + detail;
  }
};

// Cuts the input at newlines. Complete lines inside one chunk are handed on without copying;
// only a line that straddles chunks is assembled in `partial_`.
class JsonLinesSplitter final : public Splitter {
 public:
  JsonLinesSplitter(std::string file, const ReaderOptions& options)
      : file_(std::move(file)),
        max_record_bytes_(options.max_record_bytes),
        max_line_bytes_(SaturatingAdd(options.max_record_bytes, 1)),
        parser_(std::make_shared<OpenAlexParser>()) {}

  void Feed(std::string_view bytes, SplitSink& sink) override {
    while (!bytes.empty()) {
      const auto* newline = static_cast<const char*>(std::memchr(bytes.data(), '\n', bytes.size()));
      const size_t end =
          newline != nullptr ? static_cast<size_t>(newline - bytes.data()) : bytes.size();
      const std::string_view piece = bytes.substr(0, end);
      if (skipping_) {
        // The rest of an over-long line: already reported.
      } else if (newline != nullptr && partial_.empty()) {
        EmitLine(piece, sink);
      } else if (partial_.size() + piece.size() > MaxLineBytes()) {
        ReportOverlong(partial_, piece, sink);
        partial_.clear();
        partial_.shrink_to_fit();
        skipping_ = true;
      } else {
        partial_.append(piece);
        if (newline != nullptr) {
          EmitLine(partial_, sink);
          partial_.clear();
        }
      }
      if (newline == nullptr) return;
      skipping_ = false;
      ++line_;
      bytes.remove_prefix(end + 1);
    }
  }

  void Finish(SplitSink& sink) override {
    if (!skipping_ && !partial_.empty()) EmitLine(partial_, sink);  // no final newline
    partial_.clear();
    skipping_ = false;
    if (reported_ == 0) {
      sink.Issue(RecordIssue{RecordIssue::Kind::kRejected, SourcePosition{file_, 1, 1},
                             "empty file: no records", ""});
      ++reported_;
    }
  }

  std::shared_ptr<const RecordParser> Parser() const override { return parser_; }

 private:
  void EmitLine(std::string_view line, SplitSink& sink) {
    if (line_ == 1 && line.starts_with(kUtf8Bom)) line.remove_prefix(kUtf8Bom.size());
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    // Checked before blankness: a line assembled across chunks is rejected as soon as it grows
    // too long, before anyone can know it is blank, and both paths must agree.
    if (line.size() > max_record_bytes_) {
      ReportOverlong(line, {}, sink);
      return;
    }
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) return;  // blank: no record
    ++reported_;
    sink.Record(line, line_);
  }

  // The longest line that may still hold a record within the cap: a CR, and on the first line a
  // byte order mark, are not part of the record.
  uint64_t MaxLineBytes() const {
    return line_ == 1 ? SaturatingAdd(max_line_bytes_, kUtf8Bom.size()) : max_line_bytes_;
  }

  void ReportOverlong(std::string_view head, std::string_view rest, SplitSink& sink) {
    std::string excerpt(head.substr(0, kExcerptBytes));
    excerpt.append(rest.substr(0, kExcerptBytes - excerpt.size()));
    ++reported_;
    sink.Issue(RecordIssue{RecordIssue::Kind::kRejected, SourcePosition{file_, line_, reported_},
                           "record exceeds " + std::to_string(max_record_bytes_) + " bytes",
                           Utf8Excerpt(excerpt, kExcerptBytes)});
  }

  const std::string file_;
  const uint64_t max_record_bytes_;
  const uint64_t max_line_bytes_;  // max_record_bytes_ plus a CR
  const std::shared_ptr<const OpenAlexParser> parser_;
  std::string partial_;    // the start of a line whose end has not arrived yet
  bool skipping_ = false;  // inside an over-long line, up to its newline
  uint64_t line_ = 1;      // the line `partial_` (or the next line) starts on
  uint64_t reported_ = 0;  // records and issues passed to the sink
};

}  // namespace

std::unique_ptr<Splitter> MakeOpenAlexSplitter(const std::string& file,
                                               const ReaderOptions& options) {
  return std::make_unique<JsonLinesSplitter>(file, options);
}

}  // namespace catchall
