// Small helpers shared by the list readers: splitting delimited files into located records,
// mapping columns by header name, cleaning field text, converting dates and country names, and
// building entity ids that stay unique within one list.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/result.h"
#include "lists/readers.h"
#include "model/entity.h"

namespace catchall {

// Names longer than this are refused: no list prints one, and a hostile 10,000-character name
// would only cost the matcher time.
inline constexpr size_t kMaxListNameBytes = 1024;

// ---- Records ----------------------------------------------------------------------------------

// One record of a delimited file: its text without the line terminator and its first line.
struct TableRecord {
  std::string_view text;
  uint64_t line = 0;
};

// Splits `bytes` (a leading UTF-8 BOM is skipped) into records at line ends outside quotes,
// with RFC 4180 quoting for `delimiter` ',' or '\t'. CR of CRLF is dropped; blank lines are
// skipped. The last record may lack its terminator.
std::vector<TableRecord> SplitTableRecords(std::string_view bytes, char delimiter);

// Fields of one record; false when a quoted field is not closed (a truncated file).
bool TokenizeTableRecord(std::string_view text, char delimiter, std::vector<std::string>& fields);

// Column positions by header name (compared trimmed and ASCII-lower-cased).
class HeaderColumns {
 public:
  explicit HeaderColumns(const std::vector<std::string>& header);
  std::optional<size_t> Find(std::string_view name) const;
  size_t size() const { return count_; }
  // The header names that are not in `known` (lower case), in file order.
  std::vector<std::string> Unknown(const std::vector<std::string_view>& known) const;

 private:
  std::unordered_map<std::string, size_t> positions_;
  std::vector<std::string> names_;
  size_t count_ = 0;
};

// One data row seen through the header: Get("name") is the trimmed, cleaned field or "".
class TableRow {
 public:
  TableRow(const HeaderColumns& columns, const std::vector<std::string>& fields, uint64_t line)
      : columns_(columns), fields_(fields), line_(line) {}
  std::string Get(std::string_view column) const;
  bool Has(std::string_view column) const { return columns_.Find(column).has_value(); }
  uint64_t line() const { return line_; }

 private:
  const HeaderColumns& columns_;
  const std::vector<std::string>& fields_;
  uint64_t line_;
};

// What a table reader needs to know about its format.
struct TableSpec {
  std::string format;  // "csl_csv", for messages
  char delimiter = ',';
  std::vector<std::string_view> required;  // header names that must be present
};

// Reads a delimited file: the header (an Error naming the file, line 1, when a required column
// is missing or the file is empty), then every data row. Rows whose field count differs from the
// header's or whose quote is unterminated become rejected issues; invalid UTF-8 is repaired (and
// noted); a row equal to the header (a duplicated header line) is skipped. `visit` turns a row
// into an entity or returns the reason it cannot (which becomes a rejected issue).
using RowVisitor = std::function<std::optional<std::string>(const TableRow& row)>;
Result<HeaderColumns> ReadTable(const ListFile& file, const TableSpec& spec, EntityList& out,
                                const RowVisitor& visit);

// The loop of the readers with one entity per data row: `make` builds the entity of a row; its
// names are checked (a bad one rejects the row), its id assigned from its reference (unique
// within the list, "-2" on a repeat) and its file recorded.
using RowEntityMaker = std::function<Entity(const TableRow& row)>;
Result<HeaderColumns> ReadEntityPerRow(const ListFile& file, const TableSpec& spec, EntityList& out,
                                       const RowEntityMaker& make);

// ---- Issues -----------------------------------------------------------------------------------

RecordIssue MakeListIssue(RecordIssue::Kind kind, const std::string& file, uint64_t line,
                          std::string reason, std::string_view text);

// ---- Field text -------------------------------------------------------------------------------

// Trims ASCII whitespace, turns control characters (tabs, newlines included) into spaces and
// collapses runs of spaces. The text must be valid UTF-8 already.
std::string CleanField(std::string_view text);

// Splits at `separator` (e.g. ";"), each part cleaned, empty parts dropped.
std::vector<std::string> SplitField(std::string_view text, std::string_view separator);

// Appends `value` unless empty or already present.
void AddUnique(std::vector<std::string>& values, std::string value);
// Appends a name unless empty or the same text is already a name of the entity.
void AddName(Entity& entity, std::string text, NameKind kind);
// nullopt when the entity's names are acceptable, else the reason (no name, name too long).
std::optional<std::string> CheckNames(const Entity& entity);

// Lower-case ASCII slug of a name: letters and digits kept, runs of anything else become '-'
// ("Harbin Institute of Technology" -> "harbin-institute-of-technology"). Non-ASCII bytes are
// kept as they are so that Han or Cyrillic names still give distinct slugs.
std::string Slug(std::string_view text);

// ---- Dates and countries ----------------------------------------------------------------------

// "16.7.2009" -> "2009-07-16"; "1938" stays; nullopt when it is neither.
std::optional<std::string> DayMonthYearToIso(std::string_view text);
// "10/16/2017" -> "2017-10-16"; nullopt otherwise.
std::optional<std::string> MonthDayYearToIso(std::string_view text);
// ISO dates ("2021-06-03", "2021-06-03T10:00:00", "1971") cut to the date; nullopt otherwise.
std::optional<std::string> IsoDatePrefix(std::string_view text);

// ISO 3166-1 alpha-2 code for a country name or code as lists print them ("China", "DPRK",
// "North Korea", "Russian Federation", "ru", "CN"); nullopt when unknown.
std::optional<std::string> CountryCode(std::string_view text);

// ---- Ids --------------------------------------------------------------------------------------

// Hands out "<list>:<reference>" ids, adding "-2", "-3", ... when a reference repeats, so that
// ids stay unique within the list while the first occurrence keeps the plain reference.
class EntityIdAssigner {
 public:
  explicit EntityIdAssigner(std::string list) : list_(std::move(list)) {}
  std::string Assign(const std::string& reference);

 private:
  std::string list_;
  std::unordered_set<std::string> used_;
};

// Fills the parts of ListSource every reader sets the same way.
ListSource MakeSource(const ListFile& file, std::string list, std::string title,
                      std::string format);

}  // namespace catchall
