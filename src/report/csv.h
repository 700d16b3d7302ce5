// CSV for spreadsheets: RFC 4180 (fields with a comma, quote, CR or LF are quoted, quotes
// doubled, CRLF line ends), UTF-8 with a byte order mark so Excel reads it as UTF-8.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace catchall::report {

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// One field. Text from the input that starts with = + - @ (or a tab or CR) gets a leading
// apostrophe, so a spreadsheet shows it instead of evaluating it as a formula (OWASP "CSV
// injection"); numbers are written by NumberField and never changed.
std::string TextField(std::string_view text);
std::string NumberField(std::string_view digits);

// Fields (already made by TextField / NumberField) joined with commas, ending in CRLF.
std::string CsvRow(const std::vector<std::string>& fields);

// A share as a fraction with 4 decimals ("0.8547"), "" when the whole is 0.
std::string ShareField(uint64_t part, uint64_t whole);

}  // namespace catchall::report
