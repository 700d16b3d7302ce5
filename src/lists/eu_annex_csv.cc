// EU Council Regulation 2017/1509 (DPRK) consolidated annexes, in the OpenSanctions journal
// CSV: one row per listing with FollowTheMoney-named columns (schema, name, alias, birthDate in
// d.m.yyyy, passportNumber, imoNumber, ...). recordId restarts in every annex, so the reference
// is "<annex>-<recordId>" ("XIII.A-1").
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lists/list_fields.h"
#include "lists/readers.h"

namespace catchall {
namespace {

constexpr std::string_view kList = "eu_dprk";

// Every date a birthDate cell gives ("19.2.1968; 1965 or 1966", "a) 1964 b) 28.8.1962"), in
// ISO form; the cell as printed when none can be read.
std::vector<std::string> BirthDates(const std::string& cell) {
  std::vector<std::string> dates;
  std::string token;
  for (size_t i = 0; i <= cell.size(); ++i) {
    const char c = i < cell.size() ? cell[i] : ' ';
    if (c == ' ' || c == ';' || c == ',' || c == '(' || c == ')') {
      while (token.ends_with('.')) token.pop_back();
      if (const auto iso = DayMonthYearToIso(token)) AddUnique(dates, *iso);
      token.clear();
    } else {
      token.push_back(c);
    }
  }
  if (dates.empty() && !cell.empty()) dates.push_back(cell);
  return dates;
}

void AddIdentifiers(Entity& entity, const TableRow& row) {
  for (const auto& [column, type] :
       {std::pair{"passportnumber", "passport"}, std::pair{"imonumber", "imo"},
        std::pair{"registrationnumber", "registration"}, std::pair{"swiftbic", "swift"},
        std::pair{"mmsi", "mmsi"}, std::pair{"idnumber", "national_id"}}) {
    for (std::string& value : SplitField(row.Get(column), ";")) {
      entity.identifiers.push_back(Identifier{type, std::move(value), {}});
    }
  }
}

void AddPlaces(Entity& entity, const TableRow& row) {
  for (const char* column : {"nationality", "country"}) {
    for (std::string& value : SplitField(row.Get(column), ";")) {
      const auto code = CountryCode(value);
      AddUnique(std::string_view(column) == "country" ? entity.countries : entity.nationalities,
                code ? *code : std::move(value));
    }
  }
  for (std::string& address : SplitField(row.Get("address"), "; ")) {
    // "Pyongyang, DPRK": the country is the last comma part when it is one.
    const size_t comma = address.rfind(',');
    const auto code = CountryCode(comma == std::string::npos ? address : address.substr(comma + 1));
    if (code) AddUnique(entity.countries, *code);
    AddUnique(entity.addresses, std::move(address));
  }
}

std::string Remarks(const TableRow& row) {
  std::string remarks;
  for (const char* column : {"reason", "position", "notes"}) {
    const std::string value = row.Get(column);
    if (!value.empty()) remarks += (remarks.empty() ? "" : " ") + value;
  }
  return remarks;
}

Entity EuEntity(const TableRow& row) {
  Entity entity;
  entity.list = std::string(kList);
  entity.schema = ParseSchema(row.Get("schema")).value_or(EntitySchema::kUnknown);
  AddName(entity, row.Get("name"), NameKind::kPrimary);
  for (const auto& [column, kind] :
       {std::pair{"alias", NameKind::kAlias}, std::pair{"weakalias", NameKind::kWeakAlias},
        std::pair{"previousname", NameKind::kPrevious}}) {
    for (std::string& alias : SplitField(row.Get(column), "; ")) {
      AddName(entity, std::move(alias), kind);
    }
  }
  for (std::string& date : BirthDates(row.Get("birthdate"))) {
    AddUnique(entity.birth_dates, std::move(date));
  }
  AddPlaces(entity, row);
  AddIdentifiers(entity, row);
  const std::string annex = row.Get("annex");
  AddUnique(entity.programs, "EU 2017/1509 Annex " + annex);
  AddUnique(entity.programs, row.Get("programkey"));
  AddUnique(entity.programs, row.Get("measure"));
  AddUnique(entity.tags, "eu_dprk");
  entity.listed_on = DayMonthYearToIso(row.Get("startdate")).value_or("");
  entity.remarks = Remarks(row);
  const std::string record = row.Get("recordid");
  const std::string key =
      record.empty() && !entity.names.empty() ? Slug(entity.names[0].text) : record;
  entity.reference = annex.empty() ? key : annex + "-" + key;
  entity.source_line = row.line();
  return entity;
}

}  // namespace

Result<EntityList> ReadEuAnnexCsv(const ListFile& file) {
  EntityList out;
  out.source = MakeSource(file, std::string(kList),
                          "EU Council Regulation 2017/1509 (DPRK) annexes", "eu_annex_csv");
  const TableSpec spec{"eu_annex_csv", ',', {"annex", "schema", "name"}};
  auto read = ReadEntityPerRow(file, spec, out, EuEntity);
  if (!read) return read.error();
  return out;
}

}  // namespace catchall
