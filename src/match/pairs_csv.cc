#include "match/pairs_csv.h"

#include <algorithm>

#include "text/utf8.h"

namespace catchall {
namespace {

int ColumnIndex(const std::vector<std::string>& header, std::string_view name) {
  for (size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return static_cast<int>(i);
  }
  return -1;
}

RecordIssue Reject(const std::string& path, const CsvRecord& record, std::string reason) {
  RecordIssue issue;
  issue.kind = RecordIssue::Kind::kRejected;
  issue.where.file = path;
  issue.where.line = record.line;
  issue.reason = std::move(reason);
  std::string text;
  for (const std::string& field : record.fields) text += (text.empty() ? "" : ",") + field;
  issue.excerpt = Utf8Excerpt(text);
  return issue;
}

}  // namespace

Result<std::vector<CsvRecord>> SplitCsvRecords(const std::string& path, std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::vector<CsvRecord> records;
  CsvRecord record;
  std::string field;
  uint64_t line = 1;
  record.line = 1;
  bool quoted = false;
  bool any = false;  // the current record has content
  uint64_t quote_line = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < bytes.size() && bytes[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == '"') {
      quoted = true;
      quote_line = line;
      any = true;
    } else if (c == ',') {
      record.fields.push_back(std::move(field));
      field.clear();
      any = true;
    } else if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') {
      continue;
    } else if (c == '\n') {
      if (any || !field.empty()) {
        record.fields.push_back(std::move(field));
        records.push_back(std::move(record));
      }
      field.clear();
      record = CsvRecord{};
      any = false;
      ++line;
      record.line = line;
    } else {
      field += c;
      any = true;
    }
  }
  if (quoted) {
    return Error{"a quoted field is not closed", Location{path, quote_line}};
  }
  if (any || !field.empty()) {
    record.fields.push_back(std::move(field));
    records.push_back(std::move(record));
  }
  return records;
}

Result<PairFile> ParsePairsCsv(const std::string& path, std::string_view bytes) {
  auto records = SplitCsvRecords(path, bytes);
  if (!records.ok()) return records.error();
  if (records->empty()) return Error{"no header (name1,name2[,schema])", Location{path, 1}};
  PairFile file;
  file.header = (*records)[0].fields;
  const int name1 = ColumnIndex(file.header, "name1");
  const int name2 = ColumnIndex(file.header, "name2");
  const int schema = ColumnIndex(file.header, "schema");
  if (name1 < 0 || name2 < 0) {
    return Error{"the header needs the columns name1 and name2",
                 Location{path, (*records)[0].line}};
  }
  for (size_t r = 1; r < records->size(); ++r) {
    const CsvRecord& record = (*records)[r];
    if (record.fields.size() != file.header.size()) {
      file.rejects.push_back(Reject(path, record,
                                    "expected " + std::to_string(file.header.size()) +
                                        " fields, found " + std::to_string(record.fields.size())));
      continue;
    }
    NamePair pair;
    pair.name1 = record.fields[name1];
    pair.name2 = record.fields[name2];
    pair.line = record.line;
    if (pair.name1.empty() || pair.name2.empty()) {
      file.rejects.push_back(Reject(path, record, "empty name"));
      continue;
    }
    if (!IsValidUtf8(pair.name1) || !IsValidUtf8(pair.name2)) {
      file.rejects.push_back(Reject(path, record, "a name is not valid UTF-8"));
      continue;
    }
    if (schema >= 0 && !record.fields[schema].empty()) {
      const auto parsed = ParseSchema(record.fields[schema]);
      if (!parsed) {
        file.rejects.push_back(
            Reject(path, record, "unknown schema '" + record.fields[schema] + "'"));
        continue;
      }
      pair.schema = *parsed;
    }
    pair.fields = record.fields;
    file.pairs.push_back(std::move(pair));
  }
  return file;
}

}  // namespace catchall
