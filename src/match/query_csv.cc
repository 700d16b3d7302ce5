#include "match/query_csv.h"

#include <algorithm>
#include <cctype>

#include "readers/csv_tokenizer.h"
#include "text/utf8.h"

namespace catchall {
namespace {

struct RawRecord {
  std::string_view text;  // without the line terminator
  uint64_t line = 0;      // where it starts
};

// Splits the file into records with the tokenizer's own state machine, so a quoted newline
// stays inside its record. Returns false when the text ends inside a quoted field.
bool SplitRecords(std::string_view bytes, std::vector<RawRecord>& records, uint64_t& open_line) {
  CsvState state = CsvState::kFieldStart;
  size_t begin = 0;
  uint64_t line = 1, record_line = 1;
  for (size_t i = 0; i < bytes.size(); ++i) {
    const CsvByte kind = StepCsv(state, bytes[i]);
    if (bytes[i] != '\n') continue;
    ++line;
    if (kind != CsvByte::kRecordEnd) continue;
    std::string_view text = bytes.substr(begin, i - begin);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    records.push_back({text, record_line});
    begin = i + 1;
    record_line = line;
  }
  if (state == CsvState::kQuoted) {
    open_line = record_line;
    return false;
  }
  std::string_view tail = bytes.substr(begin);
  if (!tail.empty() && tail.back() == '\r') tail.remove_suffix(1);
  if (!tail.empty()) records.push_back({tail, record_line});
  return true;
}

std::string Trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return std::string(text);
}

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

struct Columns {
  int id = -1, name = -1, schema = -1, country = -1;
  size_t count = 0;
};

Columns FindColumns(const std::vector<std::string>& header) {
  Columns columns;
  columns.count = header.size();
  for (size_t i = 0; i < header.size(); ++i) {
    const std::string name = Lower(Trim(header[i]));
    const int index = static_cast<int>(i);
    if (name == "query_id") columns.id = index;
    if (name == "name") columns.name = index;
    if (name == "schema") columns.schema = index;
    if (name == "country") columns.country = index;
  }
  return columns;
}

RecordIssue Reject(const std::string& path, const RawRecord& record, uint64_t number,
                   std::string reason) {
  RecordIssue issue;
  issue.kind = RecordIssue::Kind::kRejected;
  issue.where = {path, record.line, number};
  issue.reason = std::move(reason);
  issue.excerpt = Utf8Excerpt(record.text);
  return issue;
}

std::string Field(const std::vector<std::string>& fields, int index) {
  return index < 0 ? std::string() : Trim(fields[index]);
}

// One data record as a query, or the reason it is not one.
Result<MatchQuery> ParseQuery(const Columns& columns, const RawRecord& record,
                              std::vector<std::string>& fields) {
  if (!IsValidUtf8(record.text)) return Error{"not valid UTF-8", {}};
  if (TokenizeCsvRecord(record.text, fields) != CsvRecordStatus::kOk ||
      fields.size() != columns.count) {
    return Error{"expected " + std::to_string(columns.count) + " fields, found " +
                     std::to_string(fields.size()),
                 {}};
  }
  MatchQuery query;
  query.line = record.line;
  query.id = Field(fields, columns.id);
  query.name = Field(fields, columns.name);
  if (query.id.empty()) return Error{"empty query_id", {}};
  if (query.name.empty()) return Error{"empty name", {}};
  const std::string schema = Field(fields, columns.schema);
  if (!schema.empty()) {
    query.schema = ParseSchema(schema);
    if (!query.schema) return Error{"unknown schema \"" + schema + "\"", {}};
  }
  query.country = Field(fields, columns.country);
  for (char& c : query.country) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return query;
}

}  // namespace

Result<QueryFile> ParseQueryCsv(const std::string& path, std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::vector<RawRecord> records;
  uint64_t open_line = 0;
  if (!SplitRecords(bytes, records, open_line)) {
    return Error{"a quoted field is not closed before the end of the file", {path, open_line}};
  }
  if (records.empty()) return Error{"empty query file (expected a header)", {path, 1}};
  std::vector<std::string> fields;
  if (TokenizeCsvRecord(records[0].text, fields) != CsvRecordStatus::kOk) {
    return Error{"unreadable header", {path, records[0].line}};
  }
  const Columns columns = FindColumns(fields);
  if (columns.id < 0 || columns.name < 0) {
    return Error{"the header needs the columns query_id and name (optional: schema, country)",
                 {path, records[0].line}};
  }
  QueryFile file;
  for (size_t i = 1; i < records.size(); ++i) {
    if (records[i].text.find_first_not_of(" \t") == std::string_view::npos) continue;
    auto query = ParseQuery(columns, records[i], fields);
    if (query.ok()) {
      file.queries.push_back(std::move(query).value());
    } else {
      file.rejects.push_back(Reject(path, records[i], i, query.error().message));
    }
  }
  return file;
}

}  // namespace catchall
