#include "lists/list_fields.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "readers/csv_tokenizer.h"
#include "text/utf8.h"

namespace catchall {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kRepairReason = "invalid UTF-8 decoded as Windows-1252";

// RFC 4180 over an arbitrary delimiter; for ',' it is StepCsv itself, so CSV files are split
// exactly as the publication readers split them.
CsvByte StepTable(CsvState& state, char c, char delimiter) {
  if (delimiter == ',') return StepCsv(state, c);
  // Map the delimiter onto ',' and a literal ',' onto a byte StepCsv treats as plain data.
  char mapped = c;
  if (c == delimiter) {
    mapped = ',';
  } else if (c == ',') {
    mapped = 'x';
  }
  return StepCsv(state, mapped);
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view TrimAscii(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return text;
}

bool AllDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(),
                                      [](unsigned char c) { return std::isdigit(c) != 0; });
}

std::string TwoDigits(std::string_view number) {
  return number.size() == 1 ? "0" + std::string(number) : std::string(number);
}

// Splits "a<sep>b<sep>c" into exactly three all-digit parts.
std::optional<std::array<std::string_view, 3>> ThreeNumbers(std::string_view text, char sep) {
  std::array<std::string_view, 3> parts;
  for (size_t i = 0; i < 3; ++i) {
    const size_t end = i < 2 ? text.find(sep) : text.size();
    if (end == std::string_view::npos) return std::nullopt;
    parts[i] = text.substr(0, end);
    if (!AllDigits(parts[i])) return std::nullopt;
    text.remove_prefix(i < 2 ? end + 1 : end);
  }
  return parts;
}

std::optional<std::string> DateFromParts(std::string_view year, std::string_view month,
                                         std::string_view day) {
  if (year.size() != 4 || month.size() > 2 || day.size() > 2) return std::nullopt;
  const int m = std::stoi(std::string(month));
  const int d = std::stoi(std::string(day));
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  return std::string(year) + "-" + TwoDigits(month) + "-" + TwoDigits(day);
}

// Country names as the lists in /work/shared/data print them, lower case.
constexpr std::pair<std::string_view, std::string_view> kCountryNames[] = {
    {"afghanistan", "AF"},
    {"algeria", "DZ"},
    {"armenia", "AM"},
    {"austria", "AT"},
    {"azerbaijan", "AZ"},
    {"bahrain", "BH"},
    {"belarus", "BY"},
    {"belgium", "BE"},
    {"brazil", "BR"},
    {"bulgaria", "BG"},
    {"burma", "MM"},
    {"cambodia", "KH"},
    {"canada", "CA"},
    {"china", "CN"},
    {"people's republic of china", "CN"},
    {"prc", "CN"},
    {"cuba", "CU"},
    {"cyprus", "CY"},
    {"czech republic", "CZ"},
    {"democratic people's republic of korea", "KP"},
    {"dprk", "KP"},
    {"north korea", "KP"},
    {"korea, north", "KP"},
    {"egypt", "EG"},
    {"eritrea", "ER"},
    {"estonia", "EE"},
    {"finland", "FI"},
    {"france", "FR"},
    {"georgia", "GE"},
    {"germany", "DE"},
    {"greece", "GR"},
    {"hong kong", "HK"},
    {"india", "IN"},
    {"indonesia", "ID"},
    {"iran", "IR"},
    {"islamic republic of iran", "IR"},
    {"iraq", "IQ"},
    {"ireland", "IE"},
    {"israel", "IL"},
    {"italy", "IT"},
    {"japan", "JP"},
    {"jordan", "JO"},
    {"kazakhstan", "KZ"},
    {"kuwait", "KW"},
    {"kyrgyzstan", "KG"},
    {"laos", "LA"},
    {"latvia", "LV"},
    {"lebanon", "LB"},
    {"libya", "LY"},
    {"lithuania", "LT"},
    {"malaysia", "MY"},
    {"malta", "MT"},
    {"mexico", "MX"},
    {"moldova", "MD"},
    {"mongolia", "MN"},
    {"myanmar", "MM"},
    {"netherlands", "NL"},
    {"nicaragua", "NI"},
    {"nigeria", "NG"},
    {"oman", "OM"},
    {"pakistan", "PK"},
    {"panama", "PA"},
    {"philippines", "PH"},
    {"poland", "PL"},
    {"qatar", "QA"},
    {"republic of korea", "KR"},
    {"south korea", "KR"},
    {"korea, south", "KR"},
    {"romania", "RO"},
    {"russia", "RU"},
    {"russian federation", "RU"},
    {"saudi arabia", "SA"},
    {"serbia", "RS"},
    {"singapore", "SG"},
    {"somalia", "SO"},
    {"south africa", "ZA"},
    {"south sudan", "SS"},
    {"spain", "ES"},
    {"sudan", "SD"},
    {"sweden", "SE"},
    {"switzerland", "CH"},
    {"syria", "SY"},
    {"syrian arab republic", "SY"},
    {"taiwan", "TW"},
    {"tajikistan", "TJ"},
    {"thailand", "TH"},
    {"turkey", "TR"},
    {"turkiye", "TR"},
    {"türkiye", "TR"},
    {"turkmenistan", "TM"},
    {"uae", "AE"},
    {"united arab emirates", "AE"},
    {"uganda", "UG"},
    {"ukraine", "UA"},
    {"united kingdom", "GB"},
    {"uk", "GB"},
    {"united states", "US"},
    {"united states of america", "US"},
    {"usa", "US"},
    {"uzbekistan", "UZ"},
    {"venezuela", "VE"},
    {"vietnam", "VN"},
    {"viet nam", "VN"},
    {"yemen", "YE"},
    {"zimbabwe", "ZW"},
    // Nationalities as some lists print them instead of the country.
    {"russian", "RU"},
    {"chinese", "CN"},
    {"iranian", "IR"},
    {"syrian", "SY"},
    {"north korean", "KP"},
    {"belarusian", "BY"},
};

}  // namespace

// ---- Records ----------------------------------------------------------------------------------

std::vector<TableRecord> SplitTableRecords(std::string_view bytes, char delimiter) {
  if (bytes.starts_with(kUtf8Bom)) bytes.remove_prefix(kUtf8Bom.size());
  std::vector<TableRecord> records;
  CsvState state = CsvState::kFieldStart;
  uint64_t line = 1;
  uint64_t record_line = 1;
  size_t start = 0;
  auto emit = [&](size_t end) {
    std::string_view text = bytes.substr(start, end - start);
    if (text.ends_with('\r')) text.remove_suffix(1);
    if (!TrimAscii(text).empty()) records.push_back({text, record_line});
  };
  for (size_t i = 0; i < bytes.size(); ++i) {
    const char c = bytes[i];
    const CsvByte kind = StepTable(state, c, delimiter);
    if (c != '\n') continue;
    ++line;
    if (kind != CsvByte::kRecordEnd) continue;
    emit(i);
    start = i + 1;
    record_line = line;
  }
  if (start < bytes.size()) emit(bytes.size());
  return records;
}

bool TokenizeTableRecord(std::string_view text, char delimiter, std::vector<std::string>& fields) {
  fields.clear();
  fields.emplace_back();
  CsvState state = CsvState::kFieldStart;
  for (const char c : text) {
    switch (StepTable(state, c, delimiter)) {
      case CsvByte::kData:
        fields.back().push_back(c);
        break;
      case CsvByte::kSyntax:
        break;
      case CsvByte::kFieldEnd:
        fields.emplace_back();
        break;
      case CsvByte::kRecordEnd:  // SplitTableRecords never leaves one inside a record
        fields.back().push_back(c);
        break;
    }
  }
  return state != CsvState::kQuoted;
}

HeaderColumns::HeaderColumns(const std::vector<std::string>& header) : count_(header.size()) {
  for (size_t i = 0; i < header.size(); ++i) {
    std::string name = AsciiLower(TrimAscii(header[i]));
    names_.push_back(name);
    positions_.emplace(std::move(name), i);  // the first of two equal names wins
  }
}

std::optional<size_t> HeaderColumns::Find(std::string_view name) const {
  const auto found = positions_.find(AsciiLower(name));
  if (found == positions_.end()) return std::nullopt;
  return found->second;
}

std::vector<std::string> HeaderColumns::Unknown(const std::vector<std::string_view>& known) const {
  std::vector<std::string> unknown;
  for (const std::string& name : names_) {
    if (std::find(known.begin(), known.end(), name) == known.end()) unknown.push_back(name);
  }
  return unknown;
}

std::string TableRow::Get(std::string_view column) const {
  const auto position = columns_.Find(column);
  if (!position || *position >= fields_.size()) return {};
  return CleanField(fields_[*position]);
}

namespace {

bool IsHeaderRepeat(const std::vector<std::string>& fields,
                    const std::vector<std::string>& header) {
  if (fields.size() != header.size()) return false;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (AsciiLower(TrimAscii(fields[i])) != AsciiLower(TrimAscii(header[i]))) return false;
  }
  return true;
}

}  // namespace

Result<HeaderColumns> ReadTable(const ListFile& file, const TableSpec& spec, EntityList& out,
                                const RowVisitor& visit) {
  const std::vector<TableRecord> records = SplitTableRecords(file.bytes, spec.delimiter);
  if (records.empty()) {
    return Error{"empty file: no " + spec.format + " header line", {file.path, 1}};
  }
  std::vector<std::string> header;
  const std::string header_text = RepairUtf8(records[0].text);
  if (!TokenizeTableRecord(header_text, spec.delimiter, header)) {
    return Error{"unterminated quote in the " + spec.format + " header", {file.path, 1}};
  }
  HeaderColumns columns(header);
  for (const std::string_view required : spec.required) {
    if (!columns.Find(required)) {
      return Error{"not a " + spec.format + " file: the header has no '" + std::string(required) +
                       "' column",
                   {file.path, records[0].line}};
    }
  }
  std::vector<std::string> fields;
  for (size_t i = 1; i < records.size(); ++i) {
    const TableRecord& record = records[i];
    std::string repaired;
    std::string_view text = record.text;
    if (!IsValidUtf8(text)) {
      repaired = RepairUtf8(text);
      text = repaired;
      out.issues.push_back(MakeListIssue(RecordIssue::Kind::kRepaired, file.path, record.line,
                                         std::string(kRepairReason), text));
    }
    if (!TokenizeTableRecord(text, spec.delimiter, fields)) {
      out.issues.push_back(MakeListIssue(RecordIssue::Kind::kRejected, file.path, record.line,
                                         "unterminated quoted field (truncated file?)", text));
      continue;
    }
    if (IsHeaderRepeat(fields, header)) continue;  // CSL 2023: the header is printed twice
    if (fields.size() != columns.size()) {
      out.issues.push_back(MakeListIssue(RecordIssue::Kind::kRejected, file.path, record.line,
                                         "expected " + std::to_string(columns.size()) +
                                             " fields (as in the header), found " +
                                             std::to_string(fields.size()),
                                         text));
      continue;
    }
    if (auto reason = visit(TableRow(columns, fields, record.line))) {
      out.issues.push_back(MakeListIssue(RecordIssue::Kind::kRejected, file.path, record.line,
                                         std::move(*reason), text));
    }
  }
  return columns;
}

// ---- Issues -----------------------------------------------------------------------------------

RecordIssue MakeListIssue(RecordIssue::Kind kind, const std::string& file, uint64_t line,
                          std::string reason, std::string_view text) {
  return RecordIssue{kind, SourcePosition{file, line, 0}, std::move(reason), Utf8Excerpt(text)};
}

// ---- Field text -------------------------------------------------------------------------------

std::string CleanField(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F || c == ' ') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

std::vector<std::string> SplitField(std::string_view text, std::string_view separator) {
  std::vector<std::string> parts;
  while (true) {
    const size_t end = text.find(separator);
    std::string part = CleanField(text.substr(0, end));
    if (!part.empty()) parts.push_back(std::move(part));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + separator.size());
  }
  return parts;
}

void AddUnique(std::vector<std::string>& values, std::string value) {
  if (value.empty() || std::find(values.begin(), values.end(), value) != values.end()) return;
  values.push_back(std::move(value));
}

void AddName(Entity& entity, std::string text, NameKind kind) {
  if (text.empty()) return;
  for (const EntityName& name : entity.names) {
    if (name.text == text) return;
  }
  entity.names.push_back(EntityName{std::move(text), kind});
}

std::optional<std::string> CheckNames(const Entity& entity) {
  if (entity.names.empty()) return "the record has no name";
  for (const EntityName& name : entity.names) {
    if (name.text.size() > kMaxListNameBytes) {
      return "name of " + std::to_string(name.text.size()) + " bytes (more than " +
             std::to_string(kMaxListNameBytes) + ")";
    }
  }
  return std::nullopt;
}

std::string Slug(std::string_view text) {
  std::string slug;
  bool dash = false;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || byte >= 0x80) {
      if (dash && !slug.empty()) slug.push_back('-');
      dash = false;
      slug.push_back(static_cast<char>(std::tolower(byte)));
    } else {
      dash = true;
    }
  }
  return slug;
}

// ---- Dates and countries ----------------------------------------------------------------------

std::optional<std::string> DayMonthYearToIso(std::string_view text) {
  text = TrimAscii(text);
  if (text.size() == 4 && AllDigits(text)) return std::string(text);
  const auto parts = ThreeNumbers(text, '.');
  if (!parts) return std::nullopt;
  return DateFromParts((*parts)[2], (*parts)[1], (*parts)[0]);
}

std::optional<std::string> MonthDayYearToIso(std::string_view text) {
  const auto parts = ThreeNumbers(TrimAscii(text), '/');
  if (!parts) return std::nullopt;
  return DateFromParts((*parts)[2], (*parts)[0], (*parts)[1]);
}

std::optional<std::string> IsoDatePrefix(std::string_view text) {
  text = TrimAscii(text);
  if (text.size() >= 4 && AllDigits(text.substr(0, 4)) && (text.size() == 4 || text[4] == '-')) {
    if (text.size() == 4) return std::string(text);
    if (text.size() >= 10) {
      const auto parts = ThreeNumbers(text.substr(0, 10), '-');
      if (parts) return DateFromParts((*parts)[0], (*parts)[1], (*parts)[2]);
    }
    if (text.size() == 7 && AllDigits(text.substr(5, 2))) return std::string(text);
  }
  return std::nullopt;
}

std::optional<std::string> CountryCode(std::string_view text) {
  text = TrimAscii(text);
  while (text.ends_with('.')) text.remove_suffix(1);  // "DPRK." in the EU annexes
  if (text.size() == 2 && std::isalpha(static_cast<unsigned char>(text[0])) &&
      std::isalpha(static_cast<unsigned char>(text[1]))) {
    std::string code(text);
    for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return code;
  }
  const std::string lower = AsciiLower(text);
  for (const auto& [name, code] : kCountryNames) {
    if (lower == name) return std::string(code);
  }
  return std::nullopt;
}

// ---- Ids --------------------------------------------------------------------------------------

std::string EntityIdAssigner::Assign(const std::string& reference) {
  std::string id = list_ + ":" + reference;
  for (int suffix = 2; !used_.insert(id).second; ++suffix) {
    id = list_ + ":" + reference + "-" + std::to_string(suffix);
  }
  return id;
}

ListSource MakeSource(const ListFile& file, std::string list, std::string title,
                      std::string format) {
  ListSource source;
  source.list = std::move(list);
  source.title = std::move(title);
  source.format = std::move(format);
  source.files.push_back(file.path);
  return source;
}

Result<HeaderColumns> ReadEntityPerRow(const ListFile& file, const TableSpec& spec, EntityList& out,
                                       const RowEntityMaker& make) {
  EntityIdAssigner ids{out.source.list};
  return ReadTable(file, spec, out, [&](const TableRow& row) -> std::optional<std::string> {
    Entity entity = make(row);
    if (auto reason = CheckNames(entity)) return reason;
    entity.id = ids.Assign(entity.reference);
    entity.source_file = file.path;
    out.entities.push_back(std::move(entity));
    return std::nullopt;
  });
}

}  // namespace catchall
