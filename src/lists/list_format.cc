#include "lists/list_format.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <utility>
#include <vector>

#include "io/input_stream.h"

namespace catchall {
namespace {

constexpr std::array<std::pair<ListFormat, std::string_view>, 12> kFormatNames{{
    {ListFormat::kUnXml, "un_xml"},
    {ListFormat::kOfacLegacyCsv, "ofac_legacy_csv"},
    {ListFormat::kCslCsv, "csl_csv"},
    {ListFormat::kDplTsv, "dpl_tsv"},
    {ListFormat::kFtmJsonl, "ftm_jsonl"},
    {ListFormat::kDod1286Csv, "dod_1286_csv"},
    {ListFormat::kDod1260hCsv, "dod_1260h_csv"},
    {ListFormat::kEuAnnexCsv, "eu_annex_csv"},
    {ListFormat::kRiskTableCsv, "risk_table_csv"},
    {ListFormat::kBisMieuCsv, "bis_mieu_csv"},
    {ListFormat::kUserCsv, "user_csv"},
    {ListFormat::kUserYaml, "user_yaml"},
}};

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view text) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::string_view SkipBom(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  return text;
}

// The first line (without CR LF) that is not blank.
std::string_view FirstLine(std::string_view text) {
  while (!text.empty()) {
    const size_t end = text.find('\n');
    const std::string_view line = Trim(text.substr(0, end));
    if (!line.empty()) return line;
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return {};
}

// One delimited line split into fields with RFC 4180 quotes. A quoted field still open at the end
// of `line` (a record longer than the detection window, or one with a line break) ends there.
// `quoted` tells, per field, whether it was quoted.
struct Fields {
  std::vector<std::string> values;
  std::vector<bool> quoted;
};

Fields SplitFields(std::string_view line, char delimiter) {
  Fields fields;
  std::string current;
  bool in_quotes = false;
  bool was_quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (in_quotes) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        current += '"';
        ++i;
      } else if (c == '"') {
        in_quotes = false;
      } else {
        current += c;
      }
    } else if (c == '"' && Trim(current).empty()) {
      in_quotes = true;
      was_quoted = true;
      current.clear();
    } else if (c == delimiter) {
      fields.values.emplace_back(Trim(current));
      fields.quoted.push_back(was_quoted);
      current.clear();
      was_quoted = false;
    } else {
      current += c;
    }
  }
  fields.values.emplace_back(Trim(current));
  fields.quoted.push_back(was_quoted);
  return fields;
}

bool IsNumber(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

bool IsOfacNull(const Fields& fields, size_t i) {
  return !fields.quoted[i] && fields.values[i] == "-0-";
}

// OFAC's legacy CSV has no header: every record starts with the entity number, strings are
// quoted, empty values are an unquoted -0-. The part is told by the column count:
// sdn/cons_prim 12, add 6, alt 5, comments 2.
std::optional<OfacPart> DetectOfacPart(std::string_view line) {
  const Fields fields = SplitFields(line, ',');
  const auto& v = fields.values;
  if (!IsNumber(v[0]) || fields.quoted[0]) return std::nullopt;
  const auto quoted_or_null = [&](size_t i) { return fields.quoted[i] || IsOfacNull(fields, i); };
  if (v.size() == 12 && fields.quoted[1]) {
    const std::string type = Lower(v[2]);
    const bool known_type = IsOfacNull(fields, 2) || type == "individual" || type == "vessel" ||
                            type == "aircraft" || type == "entity";
    if (known_type && quoted_or_null(3)) return OfacPart::kPrimary;
  }
  if (v.size() == 6 && IsNumber(v[1]) && quoted_or_null(2) && quoted_or_null(5)) {
    return OfacPart::kAddresses;
  }
  if (v.size() == 5 && IsNumber(v[1]) && fields.quoted[3]) {
    const std::string type = Lower(v[2]);
    if (type == "aka" || type == "fka" || type == "nka") return OfacPart::kAliases;
  }
  if (v.size() == 2 && fields.quoted[1]) return OfacPart::kComments;
  return std::nullopt;
}

std::vector<std::string> HeaderColumns(std::string_view line, char delimiter) {
  std::vector<std::string> columns;
  for (const std::string& value : SplitFields(line, delimiter).values) {
    columns.push_back(Lower(value));
  }
  return columns;
}

bool StartsWithColumns(const std::vector<std::string>& columns,
                       std::initializer_list<std::string_view> expected) {
  if (columns.size() < expected.size()) return false;
  size_t i = 0;
  for (const std::string_view name : expected) {
    if (columns[i++] != name) return false;
  }
  return true;
}

bool HasColumn(const std::vector<std::string>& columns, std::string_view name) {
  return std::find(columns.begin(), columns.end(), name) != columns.end();
}

// The user CSV of docs/list-formats.md: a `name` column alone, or with at least one other column
// of that format (the reader then names any column it does not know). Checked after every
// published layout, several of which also have `name`.
bool IsUserCsvHeader(const std::vector<std::string>& columns) {
  if (!HasColumn(columns, "name")) return false;
  if (columns.size() == 1) return true;
  // Singular spellings too: a user who wrote "alias" should hear from the reader that the
  // column is "aliases", not that the file is of no known format.
  for (const char* marker : {"id", "schema", "aliases", "alias", "countries", "country", "programs",
                             "program", "tags", "reference", "notes", "birth_dates", "kind"}) {
    if (HasColumn(columns, marker)) return true;
  }
  return false;
}

std::optional<ListFormat> DetectCsvHeader(std::string_view line) {
  const std::vector<std::string> c = HeaderColumns(line, ',');
  // Both CSL layouts (2023 and 2025) start with the trade.gov API's own id, source and number.
  if (StartsWithColumns(c, {"_id", "source", "entity_number"})) return ListFormat::kCslCsv;
  if (HasColumn(c, "source") && HasColumn(c, "entity_number") && HasColumn(c, "alt_names")) {
    return ListFormat::kCslCsv;
  }
  if (StartsWithColumns(c, {"schema", "name", "aliases", "topics", "program", "authority"})) {
    return ListFormat::kDod1286Csv;
  }
  if (StartsWithColumns(c, {"name", "clean name", "alias"})) return ListFormat::kDod1260hCsv;
  if (StartsWithColumns(c, {"celex", "recordid", "programkey"})) return ListFormat::kEuAnnexCsv;
  if (StartsWithColumns(c, {"risk rating", "country code", "institution"})) {
    return ListFormat::kRiskTableCsv;
  }
  if (StartsWithColumns(c, {"type", "name", "alias", "country"})) return ListFormat::kBisMieuCsv;
  if (IsUserCsvHeader(c)) return ListFormat::kUserCsv;
  return std::nullopt;
}

// A FollowTheMoney entity has an "id" and a "schema" key; OpenSanctions writes "id" first, other
// exporters may not, so the order is not required. An API error object has neither.
bool IsFtmLine(std::string_view line) {
  if (line.empty() || line.front() != '{') return false;
  return line.find("\"id\"") != std::string_view::npos &&
         line.find("\"schema\"") != std::string_view::npos;
}

bool IsUnXml(std::string_view head) {
  // The root element follows the XML declaration, maybe comments; it is the first element.
  size_t at = 0;
  while ((at = head.find('<', at)) != std::string_view::npos) {
    const std::string_view rest = head.substr(at);
    if (rest.substr(0, 2) != "<?" && rest.substr(0, 2) != "<!") {
      return rest.substr(0, 18) == "<CONSOLIDATED_LIST";
    }
    ++at;
  }
  return false;
}

// The first line that is neither blank, a comment, nor the document marker.
bool IsUserYaml(std::string_view text) {
  while (!text.empty()) {
    const size_t end = text.find('\n');
    const std::string_view line = Trim(text.substr(0, end));
    if (!line.empty() && line.front() != '#' && line != "---") {
      return line.substr(0, 5) == "list:" || line.substr(0, 9) == "entities:";
    }
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return false;
}

}  // namespace

std::string_view ListFormatName(ListFormat format) {
  for (const auto& [value, name] : kFormatNames) {
    if (value == format) return name;
  }
  return "unknown";
}

std::optional<ListFormat> ParseListFormatName(std::string_view name) {
  for (const auto& [value, known] : kFormatNames) {
    if (known == name) return value;
  }
  return std::nullopt;
}

std::string_view OfacPartName(OfacPart part) {
  switch (part) {
    case OfacPart::kPrimary:
      return "primary";
    case OfacPart::kAddresses:
      return "addresses";
    case OfacPart::kAliases:
      return "aliases";
    case OfacPart::kComments:
      return "comments";
    case OfacPart::kNone:
      break;
  }
  return "";
}

std::string KnownListFormatNames() {
  std::string out;
  for (const auto& entry : kFormatNames) {
    if (!out.empty()) out += ", ";
    out += entry.second;
  }
  return out;
}

std::optional<DetectedFormat> DetectListFormat(std::string_view head) {
  head = SkipBom(head.substr(0, kDetectionBytes));
  if (IsUnXml(head)) return DetectedFormat{ListFormat::kUnXml};
  const std::string_view line = FirstLine(head);
  if (line.empty()) return std::nullopt;
  if (IsFtmLine(line)) return DetectedFormat{ListFormat::kFtmJsonl};
  if (IsUserYaml(head)) return DetectedFormat{ListFormat::kUserYaml};
  if (line.find('\t') != std::string_view::npos) {
    const std::vector<std::string> columns = HeaderColumns(line, '\t');
    if (StartsWithColumns(columns, {"name", "street_address"})) {
      return DetectedFormat{ListFormat::kDplTsv};
    }
  }
  if (const auto part = DetectOfacPart(line)) {
    return DetectedFormat{ListFormat::kOfacLegacyCsv, *part};
  }
  if (const auto format = DetectCsvHeader(line)) return DetectedFormat{*format};
  return std::nullopt;
}

Result<DetectedFormat> DetectListBytesFormat(std::string_view bytes, const std::string& path) {
  const std::string_view content = Trim(SkipBom(bytes.substr(0, kDetectionBytes)));
  if (content.empty() || content == "\x1A") {
    return Error{"the list file is empty", {path, 0}};
  }
  if (const auto format = DetectListFormat(bytes)) return *format;
  return Error{"not a known list format (known: " + KnownListFormatNames() +
                   "; docs/lists.md says how each is recognised)",
               {path, 1}};
}

Result<DetectedFormat> DetectListFileFormat(const std::string& path) {
  auto stream = InputStream::Open(path);
  if (!stream.ok()) return stream.error();
  std::string head(kDetectionBytes, '\0');
  size_t filled = 0;
  while (filled < head.size()) {
    auto got = (*stream)->Read(head.data() + filled, head.size() - filled);
    if (!got.ok()) return Error{got.error().message, {path, 0}};
    if (*got == 0) break;
    filled += *got;
  }
  head.resize(filled);
  return DetectListBytesFormat(head, path);
}

}  // namespace catchall
