#include "readers/csv_tokenizer.h"

namespace catchall {

CsvRecordStatus TokenizeCsvRecord(std::string_view text, std::vector<std::string>& fields) {
  fields.clear();
  fields.emplace_back();
  CsvState state = CsvState::kFieldStart;
  for (const char c : text) {
    switch (StepCsv(state, c)) {
      case CsvByte::kData:
        fields.back().push_back(c);
        break;
      case CsvByte::kSyntax:
        break;
      case CsvByte::kFieldEnd:
        fields.emplace_back();
        break;
      case CsvByte::kRecordEnd:
        return CsvRecordStatus::kEmbeddedNewline;
    }
  }
  if (state == CsvState::kQuoted) return CsvRecordStatus::kUnterminatedQuote;
  return CsvRecordStatus::kOk;
}

size_t CountCsvFields(std::string_view text) {
  size_t count = 1;
  CsvState state = CsvState::kFieldStart;
  for (const char c : text) {
    if (StepCsv(state, c) == CsvByte::kFieldEnd) ++count;
  }
  return count;
}

std::vector<std::map<std::string, std::string>> CsvRowsByHeader(std::string_view text) {
  std::vector<std::string> header, fields;
  std::vector<std::map<std::string, std::string>> rows;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (header.empty()) {
      TokenizeCsvRecord(line, header);
      continue;
    }
    TokenizeCsvRecord(line, fields);
    std::map<std::string, std::string> row;
    for (size_t i = 0; i < header.size() && i < fields.size(); ++i) row[header[i]] = fields[i];
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace catchall
