// Scopus CSV export reader: a streaming RFC 4180 splitter (one record per CSV row, the header
// row builds the parser) and a parser that maps fields by header name.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "readers/csv_tokenizer.h"
#include "readers/formats.h"
#include "readers/scopus_fields.h"
#include "text/utf8.h"

namespace catchall {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kRepairWarning = "invalid UTF-8 decoded as Windows-1252";
constexpr size_t kExcerptBytes = 200;

RecordIssue MakeIssue(RecordIssue::Kind kind, SourcePosition where, std::string reason,
                      std::string_view text) {
  return RecordIssue{kind, std::move(where), std::move(reason), Utf8Excerpt(text, kExcerptBytes)};
}

// ---- Header -----------------------------------------------------------------------------------

// Where each column the reader uses sits in the header; absent columns stay empty.
struct ScopusColumns {
  size_t count = 0;
  std::optional<size_t> authors, full_names, author_ids, title, year, source_title, doi,
      affiliations, with_affiliations, abstract, author_keywords, index_keywords, funding_details,
      references, document_type, eid;
  std::vector<size_t> funding_texts;  // "Funding Texts" or "Funding Text 1", "Funding Text 2", ...
};

std::string LowerTrimmed(std::string_view text) {
  std::string out(TrimScopus(text));
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool IsFundingTextColumn(std::string_view name) {
  if (name == "funding texts" || name == "funding text") return true;
  constexpr std::string_view kNumbered = "funding text ";
  if (!name.starts_with(kNumbered)) return false;
  const std::string_view number = name.substr(kNumbered.size());
  return !number.empty() &&
         std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
}

ScopusColumns MapColumns(const std::vector<std::string>& header) {
  ScopusColumns columns;
  columns.count = header.size();
  static const std::pair<std::string_view, std::optional<size_t> ScopusColumns::*> kNamedColumns[] =
      {
          {"authors", &ScopusColumns::authors},
          {"author full names", &ScopusColumns::full_names},
          {"author(s) id", &ScopusColumns::author_ids},
          {"title", &ScopusColumns::title},
          {"year", &ScopusColumns::year},
          {"source title", &ScopusColumns::source_title},
          {"doi", &ScopusColumns::doi},
          {"affiliations", &ScopusColumns::affiliations},
          {"authors with affiliations", &ScopusColumns::with_affiliations},
          {"abstract", &ScopusColumns::abstract},
          {"author keywords", &ScopusColumns::author_keywords},
          {"index keywords", &ScopusColumns::index_keywords},
          {"funding details", &ScopusColumns::funding_details},
          {"references", &ScopusColumns::references},
          {"document type", &ScopusColumns::document_type},
          {"eid", &ScopusColumns::eid},
      };
  for (size_t i = 0; i < header.size(); ++i) {
    const std::string name = LowerTrimmed(header[i]);
    if (IsFundingTextColumn(name)) {
      columns.funding_texts.push_back(i);
      continue;
    }
    for (const auto& [known, member] : kNamedColumns) {
      if (name == known && !(columns.*member)) columns.*member = i;  // the first one wins
    }
  }
  return columns;
}

// ---- Rows -------------------------------------------------------------------------------------

// One data row's fields, seen through the header's column positions.
class Row {
 public:
  Row(const ScopusColumns& columns, const std::vector<std::string>& fields)
      : columns_(columns), fields_(fields) {}

  // Fits the row to the header. Some exports (the legacy sample among them) list fewer
  // "Funding Text N" columns in the header than rows carry; extra fields are read as further
  // funding texts when the EID then lands where it belongs. Otherwise the row is refused.
  std::optional<std::string> Fit() {
    if (fields_.size() == columns_.count) return std::nullopt;
    const std::string mismatch = "expected " + std::to_string(columns_.count) +
                                 " fields (as in the header), found " +
                                 std::to_string(fields_.size());
    if (fields_.size() < columns_.count || columns_.funding_texts.empty()) return mismatch;
    const size_t extra = fields_.size() - columns_.count;
    const size_t last_text = columns_.funding_texts.back();
    if (columns_.eid && *columns_.eid > last_text &&
        !TrimScopus(fields_[*columns_.eid + extra]).starts_with("2-s2.0-")) {
      return mismatch;
    }
    shift_from_ = last_text + 1;
    extra_ = extra;
    return std::nullopt;
  }

  std::string_view Get(std::optional<size_t> column) const {
    if (!column) return {};
    return TrimScopus(fields_[*column >= shift_from_ ? *column + extra_ : *column]);
  }

  std::vector<std::string_view> FundingTexts() const {
    std::vector<std::string_view> texts;
    for (const size_t column : columns_.funding_texts) texts.push_back(Get(column));
    for (size_t i = 0; i < extra_; ++i) texts.push_back(TrimScopus(fields_[shift_from_ + i]));
    return texts;
  }

  size_t extra() const { return extra_; }

 private:
  const ScopusColumns& columns_;
  const std::vector<std::string>& fields_;
  size_t shift_from_ = static_cast<size_t>(-1);
  size_t extra_ = 0;
};

std::vector<std::string> SplitToStrings(std::string_view text, char separator) {
  std::vector<std::string> out;
  for (const auto part : SplitTrimmed(text, separator)) out.emplace_back(part);
  return out;
}

// Scopus separates references with "; " while a reference itself may hold a bare ';'.
std::vector<std::string> SplitReferences(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find("; ", start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view part = TrimScopus(text.substr(start, end - start));
    if (!part.empty()) out.emplace_back(part);
    start = end + 2;
  }
  return out;
}

void ReadYear(std::string_view text, Publication& publication) {
  if (text.empty()) return;
  const bool digits = text.size() <= 4 && std::all_of(text.begin(), text.end(),
                                                      [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || std::stoi(std::string(text)) == 0) {
    publication.warnings.push_back("unreadable Year '" + Utf8Excerpt(text, 40) + "'");
    return;
  }
  publication.date.year = std::stoi(std::string(text));
  publication.date.precision = DatePrecision::kYear;
}

std::string JoinFundingTexts(const std::vector<std::string_view>& texts) {
  std::string joined;
  for (const auto text : texts) {
    if (text.empty()) continue;
    if (!joined.empty()) joined += "\n";
    joined += text;
  }
  return joined;
}

Publication BuildPublication(const Row& row, const ScopusColumns& c, const SourcePosition& where) {
  Publication publication;
  publication.format = InputFormat::kScopusCsv;
  publication.source = where;
  publication.title = std::string(row.Get(c.title));
  const std::string_view abstract = row.Get(c.abstract);
  if (!IsScopusPlaceholder(abstract)) publication.abstract = std::string(abstract);
  publication.author_keywords = SplitToStrings(row.Get(c.author_keywords), ';');
  publication.index_keywords = SplitToStrings(row.Get(c.index_keywords), ';');
  ReadYear(row.Get(c.year), publication);
  publication.source_title = std::string(row.Get(c.source_title));
  publication.document_type = std::string(row.Get(c.document_type));
  publication.doi = NormalizeDoi(row.Get(c.doi));
  publication.id = std::string(row.Get(c.eid));
  if (publication.id.empty()) publication.id = publication.doi;
  if (publication.id.empty()) {
    publication.id = "scopus:" + where.file + ":" + std::to_string(where.record);
  }
  ReadScopusAuthors(
      ScopusAuthorFields{row.Get(c.authors), row.Get(c.full_names), row.Get(c.author_ids),
                         row.Get(c.affiliations), row.Get(c.with_affiliations)},
      publication);
  publication.funding_text = JoinFundingTexts(row.FundingTexts());
  publication.funders = ParseScopusFundingDetails(row.Get(c.funding_details));
  publication.references = SplitReferences(row.Get(c.references));
  if (row.extra() > 0) {
    publication.warnings.push_back("row has " + std::to_string(c.count + row.extra()) +
                                   " fields for " + std::to_string(c.count) +
                                   " header columns; the extra ones were read as further "
                                   "'Funding Text' columns");
  }
  return publication;
}

// ---- Parser -----------------------------------------------------------------------------------

class ScopusParser final : public RecordParser {
 public:
  explicit ScopusParser(ScopusColumns columns) : columns_(std::move(columns)) {}

  ParseOutcome Parse(std::string_view text, const SourcePosition& where) const override {
    ParseOutcome outcome;
    std::string repaired;
    if (!IsValidUtf8(text)) {
      repaired = RepairUtf8(text);
      text = repaired;
    }
    std::vector<std::string> fields;
    if (auto reason = Tokenize(text, fields)) {
      outcome.issues.push_back(MakeIssue(RecordIssue::Kind::kRejected, where, *reason, text));
      return outcome;
    }
    Row row(columns_, fields);
    if (auto reason = row.Fit()) {
      outcome.issues.push_back(MakeIssue(RecordIssue::Kind::kRejected, where, *reason, text));
      return outcome;
    }
    outcome.record = BuildPublication(row, columns_, where);
    if (!repaired.empty()) {
      outcome.record->warnings.emplace_back(kRepairWarning);
      outcome.issues.push_back(
          MakeIssue(RecordIssue::Kind::kRepaired, where, std::string(kRepairWarning), text));
    }
    return outcome;
  }

  // Only the row's shape can make the parser refuse it, so counting fields is enough.
  std::optional<RecordIssue> QuickCheck(std::string_view text,
                                        const SourcePosition& where) const override {
    if (CountCsvFields(text) == columns_.count) return std::nullopt;
    ParseOutcome outcome = Parse(text, where);
    if (outcome.record) return std::nullopt;
    return outcome.issues.front();
  }

 private:
  static std::optional<std::string> Tokenize(std::string_view text,
                                             std::vector<std::string>& fields) {
    switch (TokenizeCsvRecord(text, fields)) {
      case CsvRecordStatus::kOk:
        return std::nullopt;
      case CsvRecordStatus::kUnterminatedQuote:
        return "unterminated quoted field";
      case CsvRecordStatus::kEmbeddedNewline:
        return "record text holds more than one CSV row";
    }
    return std::nullopt;
  }

  ScopusColumns columns_;
};

// ---- Splitter ---------------------------------------------------------------------------------

class ScopusSplitter final : public Splitter {
 public:
  ScopusSplitter(std::string file, const ReaderOptions& options)
      : file_(std::move(file)), max_record_bytes_(options.max_record_bytes) {}

  void Feed(std::string_view bytes, SplitSink& sink) override {
    if (finished_) return;
    bytes = ConsumeBom(bytes, sink);
    if (!bytes.empty()) Scan(bytes, sink);
  }

  void Finish(SplitSink& sink) override {
    if (finished_) return;
    if (!bom_done_) {  // fewer bytes than a BOM: they are data
      bom_done_ = true;
      Scan(kUtf8Bom.substr(0, bom_matched_), sink);
    }
    finished_ = true;
    if (in_record_ && !ignore_rest_) {
      if (state_ == CsvState::kQuoted) {
        ReportUnterminated(sink);
      } else {
        EndRecord({}, sink);  // the record's bytes are all in pending_
      }
    }
    if (!parser_ && !ignore_rest_) {
      sink.Issue(RecordIssue{RecordIssue::Kind::kRejected, SourcePosition{file_, 1, 0},
                             "empty file: no header", ""});
    }
    pending_.clear();
  }

  std::shared_ptr<const RecordParser> Parser() const override { return parser_; }

 private:
  // A UTF-8 BOM may arrive split over several chunks; bytes that turn out not to be one are data.
  std::string_view ConsumeBom(std::string_view bytes, SplitSink& sink) {
    while (!bom_done_ && !bytes.empty()) {
      if (bytes.front() == kUtf8Bom[bom_matched_]) {
        bytes.remove_prefix(1);
        if (++bom_matched_ == kUtf8Bom.size()) bom_done_ = true;
      } else {
        bom_done_ = true;
        Scan(kUtf8Bom.substr(0, bom_matched_), sink);
      }
    }
    return bytes;
  }

  void Scan(std::string_view data, SplitSink& sink) {
    if (ignore_rest_) return;
    size_t start = 0;  // where the current record's bytes in `data` begin
    size_t i = 0;
    while (i < data.size()) {
      if (!in_record_) {
        BeginRecord();
        start = i;
      }
      if (state_ == CsvState::kQuoted) {  // fast path: jump to the next quote
        const char* quote =
            static_cast<const char*>(std::memchr(data.data() + i, '"', data.size() - i));
        const size_t stop = quote ? static_cast<size_t>(quote - data.data()) : data.size();
        line_ += static_cast<uint64_t>(std::count(data.begin() + i, data.begin() + stop, '\n'));
        CountBytes(data, start, stop, stop - i);
        i = stop;
        if (i == data.size()) break;
      }
      const char c = data[i];
      const CsvState before = state_;
      const CsvByte kind = StepCsv(state_, c);
      if (before == CsvState::kFieldStart && state_ == CsvState::kQuoted) quote_line_ = line_;
      if (c == '\n') ++line_;
      ++i;
      if (kind == CsvByte::kRecordEnd) {
        EndRecord(data.substr(start, i - 1 - start), sink);
        if (ignore_rest_) return;
      } else {
        CountBytes(data, start, i, 1);
      }
    }
    if (in_record_ && !oversized_) pending_.append(data.substr(start));
  }

  void BeginRecord() {
    in_record_ = true;
    oversized_ = false;
    record_bytes_ = 0;
    first_line_ = line_;
    pending_.clear();
  }

  // Counts the `n` bytes of the current record that end at data[end]. Past the cap the bytes
  // are dropped, except the record's first bytes for the excerpt, while the scan goes on to the
  // record's end.
  void CountBytes(std::string_view data, size_t start, size_t end, uint64_t n) {
    record_bytes_ += n;
    if (!oversized_) {
      if (record_bytes_ <= max_record_bytes_) return;
      oversized_ = true;
      excerpt_ = pending_.substr(0, kExcerptBytes);
      AppendToExcerpt(data.substr(start, end - start));
      pending_.clear();
      pending_.shrink_to_fit();
      return;
    }
    AppendToExcerpt(data.substr(end - n, n));
  }

  void AppendToExcerpt(std::string_view bytes) {
    if (excerpt_.size() < kExcerptBytes) {
      excerpt_.append(bytes.substr(0, kExcerptBytes - excerpt_.size()));
    }
  }

  void EndRecord(std::string_view tail, SplitSink& sink) {
    in_record_ = false;
    if (oversized_) {
      if (header_done_) ++record_count_;
      const SourcePosition where{file_, first_line_, header_done_ ? record_count_ : 0};
      sink.Issue(MakeIssue(RecordIssue::Kind::kRejected, where,
                           "record exceeds " + std::to_string(max_record_bytes_) + " bytes",
                           excerpt_));
      if (!header_done_) ignore_rest_ = true;  // without a header nothing can be read
      return;
    }
    std::string_view text = tail;
    if (!pending_.empty()) {
      pending_.append(tail);
      text = pending_;
    }
    if (text.ends_with('\r')) text.remove_suffix(1);
    if (text.empty()) {  // a blank line is no record
    } else if (!header_done_) {
      ReadHeader(text, sink);
    } else {
      ++record_count_;
      sink.Record(text, first_line_);
    }
    pending_.clear();
  }

  void ReadHeader(std::string_view text, SplitSink& sink) {
    header_done_ = true;
    const std::string header = RepairUtf8(text);
    std::vector<std::string> names;
    TokenizeCsvRecord(header, names);
    ScopusColumns columns = MapColumns(names);
    if (!columns.title && !columns.eid && !columns.authors) {
      ignore_rest_ = true;
      sink.Issue(MakeIssue(RecordIssue::Kind::kRejected, SourcePosition{file_, first_line_, 0},
                           "not a Scopus CSV export: the header has none of the columns "
                           "Title, EID, Authors",
                           header));
      return;
    }
    parser_ = std::make_shared<const ScopusParser>(std::move(columns));
  }

  void ReportUnterminated(SplitSink& sink) {
    const uint64_t record = header_done_ ? record_count_ + 1 : 0;
    const std::string_view text = oversized_ ? std::string_view(excerpt_) : pending_;
    sink.Issue(MakeIssue(
        RecordIssue::Kind::kRejected, SourcePosition{file_, first_line_, record},
        "unterminated quoted field starting at line " + std::to_string(quote_line_), text));
    ignore_rest_ = !header_done_;
  }

  const std::string file_;
  const uint64_t max_record_bytes_;
  std::shared_ptr<const ScopusParser> parser_;

  size_t bom_matched_ = 0;
  bool bom_done_ = false;
  bool finished_ = false;
  bool header_done_ = false;
  bool ignore_rest_ = false;  // not a Scopus file, or its header was unreadable

  CsvState state_ = CsvState::kFieldStart;
  uint64_t line_ = 1;          // line of the next byte
  uint64_t quote_line_ = 0;    // line where the open quoted field started
  uint64_t record_count_ = 0;  // data rows seen (header excluded)

  bool in_record_ = false;
  bool oversized_ = false;
  uint64_t first_line_ = 0;
  uint64_t record_bytes_ = 0;
  std::string pending_;  // the current record's bytes from earlier chunks
  std::string excerpt_;  // the first bytes of an oversized record
};

}  // namespace

std::unique_ptr<Splitter> MakeScopusSplitter(const std::string& file,
                                             const ReaderOptions& options) {
  return std::make_unique<ScopusSplitter>(file, options);
}

}  // namespace catchall
