// US Consolidated Screening List CSV (trade.gov), the 2023 and 2025 layouts: one row per entry
// of one of the source lists (SDN, Entity List, DPL, MEU, ...), columns found by header name.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lists/list_fields.h"
#include "lists/readers.h"

namespace catchall {
namespace {

constexpr std::string_view kList = "us_csl";

EntitySchema CslSchema(std::string_view type) {
  if (type.empty()) return EntitySchema::kUnknown;  // BIS lists leave it empty
  if (const auto schema = ParseSchema(type)) return *schema;
  return EntitySchema::kUnknown;
}

// "Entity List (EL) - Bureau of Industry and Security" -> "csl_el".
std::string SourceTag(std::string_view source) {
  const size_t open = source.find('(');
  const size_t close = source.find(')', open == std::string_view::npos ? 0 : open);
  if (open == std::string_view::npos || close == std::string_view::npos) return {};
  return "csl_" + Slug(source.substr(open + 1, close - open - 1));
}

// The CSL `ids` column mixes identifiers with facts about the listing ("Gender, Male",
// "Secondary sanctions risk: ..."). Only identifiers are kept; the types a screening compares
// get stable names, other identifier types keep their printed name.
constexpr std::pair<std::string_view, std::string_view> kIdTypes[] = {
    {"Passport", "passport"},
    {"Diplomatic Passport", "passport"},
    {"National ID No.", "national_id"},
    {"Registration ID", "registration"},
    {"Registration Number", "registration"},
    {"Unified Social Credit Code (USCC)", "registration"},
    {"Tax ID No.", "tax"},
    {"SWIFT/BIC", "swift"},
    {"ISIN", "isin"},
    {"Vessel Registration Identification", "imo"},
    {"Legal Entity Number", "lei"},
};
constexpr std::string_view kNotIdentifiers[] = {
    "date",
    "executive order",
    "sanctions",
    "website",
    "email",
    "gender",
    "phone",
    "target type",
    "issuer name",
    "caatsa",
    "nationality",
    "transactions prohibited",
    "organization type",
};

bool ContainsLower(std::string_view text, std::string_view lower_word) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return lower.find(lower_word) != std::string::npos;
}

std::optional<Identifier> CslIdentifier(std::string_view item) {
  const std::vector<std::string> parts = SplitField(item, ", ");
  if (parts.size() < 2) return std::nullopt;
  for (const std::string_view word : kNotIdentifiers) {
    if (ContainsLower(parts[0], word)) return std::nullopt;
  }
  Identifier id;
  id.type = Slug(parts[0]);
  for (const auto& [printed, type] : kIdTypes) {
    if (parts[0] == printed) id.type = type;
  }
  id.value = parts[1];
  if (id.type == "imo" && id.value.starts_with("IMO ")) id.value = id.value.substr(4);
  if (parts.size() >= 3) id.country = parts.back();
  return id;
}

void AddAddresses(Entity& entity, const std::string& field) {
  for (std::string& address : SplitField(field, "; ")) {
    // The last comma part is the ISO alpha-2 country ("Shenyang, CN").
    const size_t comma = address.rfind(", ");
    const std::string_view last = comma == std::string::npos
                                      ? std::string_view(address)
                                      : std::string_view(address).substr(comma + 2);
    if (last.size() == 2 && last[0] >= 'A' && last[0] <= 'Z' && last[1] >= 'A' && last[1] <= 'Z') {
      AddUnique(entity.countries, std::string(last));
    }
    AddUnique(entity.addresses, std::move(address));
  }
}

void AddCountries(std::vector<std::string>& out, const std::string& field) {
  for (std::string& value : SplitField(field, ";")) {
    const auto code = CountryCode(value);
    AddUnique(out, code ? *code : std::move(value));
  }
}

Entity CslEntity(const TableRow& row) {
  Entity entity;
  entity.list = std::string(kList);
  entity.reference = row.Get("_id");
  if (entity.reference.empty()) entity.reference = row.Get("id");
  if (entity.reference.empty()) entity.reference = row.Get("entity_number");
  entity.schema = CslSchema(row.Get("type"));
  AddName(entity, row.Get("name"), NameKind::kPrimary);
  for (std::string& alias : SplitField(row.Get("alt_names"), ";")) {
    AddName(entity, std::move(alias), NameKind::kAlias);
  }
  AddAddresses(entity, row.Get("addresses"));
  for (std::string& date : SplitField(row.Get("dates_of_birth"), ";")) {
    AddUnique(entity.birth_dates, std::move(date));
  }
  AddCountries(entity.nationalities, row.Get("nationalities"));
  AddCountries(entity.nationalities, row.Get("citizenships"));
  for (const std::string& item : SplitField(row.Get("ids"), "; ")) {
    if (auto id = CslIdentifier(item)) entity.identifiers.push_back(std::move(*id));
  }
  const std::string source = row.Get("source");
  AddUnique(entity.programs, source);
  for (std::string& program : SplitField(row.Get("programs"), ";")) {
    AddUnique(entity.programs, std::move(program));
  }
  AddUnique(entity.tags, SourceTag(source));
  entity.listed_on = IsoDatePrefix(row.Get("start_date")).value_or("");
  entity.remarks = row.Get("remarks");
  entity.source_line = row.line();
  return entity;
}

}  // namespace

Result<EntityList> ReadCslCsv(const ListFile& file) {
  EntityList out;
  out.source = MakeSource(file, std::string(kList), "US Consolidated Screening List", "csl_csv");
  EntityIdAssigner ids{std::string(kList)};
  const TableSpec spec{"csl_csv", ',', {"source", "name", "type"}};
  auto read = ReadTable(file, spec, out, [&](const TableRow& row) -> std::optional<std::string> {
    Entity entity = CslEntity(row);
    if (auto reason = CheckNames(entity)) return reason;
    if (entity.reference.empty()) entity.reference = "row-" + std::to_string(row.line());
    entity.id = ids.Assign(entity.reference);
    entity.source_file = file.path;
    out.entities.push_back(std::move(entity));
    return std::nullopt;
  });
  if (!read) return read.error();
  if (!read->Find("_id") && !read->Find("id")) {
    return Error{"not a csl_csv file: the header has no '_id' or 'id' column", {file.path, 1}};
  }
  return out;
}

}  // namespace catchall
