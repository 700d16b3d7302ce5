// A small RFC 4180 CSV tokenizer. The streaming splitter (which only needs to know where a
// record ends) and the record tokenizer (which extracts the fields) share one state machine, so
// they can never disagree about where a quoted field, and so a record, ends.
//
// Leniencies, as most CSV readers have them: a quote inside an unquoted field is a literal
// character, and text after a closing quote is appended to the field ("ab"cd -> abcd).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace catchall {

enum class CsvState : uint8_t { kFieldStart, kUnquoted, kQuoted, kQuoteAfterQuoted };

// What one byte meant to the scan.
enum class CsvByte : uint8_t { kData, kSyntax, kFieldEnd, kRecordEnd };

// Advances `state` over `c`. A '\n' ends the record only outside quotes; the caller strips the
// '\r' of a CRLF terminator.
inline CsvByte StepCsv(CsvState& state, char c) {
  switch (state) {
    case CsvState::kFieldStart:
      if (c == '"') {
        state = CsvState::kQuoted;
        return CsvByte::kSyntax;
      }
      if (c == ',') return CsvByte::kFieldEnd;
      if (c == '\n') return CsvByte::kRecordEnd;
      state = CsvState::kUnquoted;
      return CsvByte::kData;
    case CsvState::kUnquoted:
      if (c == ',') {
        state = CsvState::kFieldStart;
        return CsvByte::kFieldEnd;
      }
      if (c == '\n') {
        state = CsvState::kFieldStart;
        return CsvByte::kRecordEnd;
      }
      return CsvByte::kData;
    case CsvState::kQuoted:
      if (c == '"') {
        state = CsvState::kQuoteAfterQuoted;
        return CsvByte::kSyntax;
      }
      return CsvByte::kData;
    case CsvState::kQuoteAfterQuoted:
      if (c == '"') {
        state = CsvState::kQuoted;
        return CsvByte::kData;
      }  // "" is one quote
      if (c == ',') {
        state = CsvState::kFieldStart;
        return CsvByte::kFieldEnd;
      }
      if (c == '\n') {
        state = CsvState::kFieldStart;
        return CsvByte::kRecordEnd;
      }
      state = CsvState::kUnquoted;
      return CsvByte::kData;
  }
  return CsvByte::kData;
}

enum class CsvRecordStatus : uint8_t {
  kOk,
  kUnterminatedQuote,  // the text ends inside a quoted field
  kEmbeddedNewline,    // a '\n' outside quotes: the text holds more than one record
};

// Splits one record's text (without its line terminator) into `fields` (cleared first).
CsvRecordStatus TokenizeCsvRecord(std::string_view text, std::vector<std::string>& fields);

// The number of fields of one record's text, without building them (for quick checks).
size_t CountCsvFields(std::string_view text);

// A small headed CSV (one record per line, as fixture and query files are) as rows of
// column -> value; a CRLF's '\r' is dropped, missing trailing fields are absent from the row.
// For tests and benchmarks; the readers stream their records instead.
std::vector<std::map<std::string, std::string>> CsvRowsByHeader(std::string_view text);

}  // namespace catchall
