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

}  // namespace catchall
