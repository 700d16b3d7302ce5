// BIS Military-Intelligence End User list (OpenSanctions' mieu.csv: Type, Name, Alias, Country,
// Topics, Program, Date, End date, Source URL), one row per end user.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lists/list_fields.h"
#include "lists/readers.h"

namespace catchall {
namespace {

constexpr std::string_view kList = "bis_mieu";

Entity MieuEntity(const TableRow& row) {
  Entity entity;
  entity.list = std::string(kList);
  entity.schema = ParseSchema(row.Get("type")).value_or(EntitySchema::kOrganization);
  AddName(entity, row.Get("name"), NameKind::kPrimary);
  for (std::string& alias : SplitField(row.Get("alias"), ";")) {
    // Short upper-case aliases ("DIM", "IRGC-IO") are the list's acronyms.
    const bool acronym = alias.size() <= 12 && alias.find(' ') == std::string::npos;
    AddName(entity, std::move(alias), acronym ? NameKind::kAcronym : NameKind::kAlias);
  }
  for (std::string& country : SplitField(row.Get("country"), ";")) {
    const auto code = CountryCode(country);
    AddUnique(entity.countries, code ? *code : std::move(country));
  }
  AddUnique(entity.tags, "bis_mieu");
  for (std::string& topic : SplitField(row.Get("topics"), ";")) {
    AddUnique(entity.tags, std::move(topic));
  }
  AddUnique(entity.programs, row.Get("program"));
  entity.listed_on = IsoDatePrefix(row.Get("date")).value_or("");
  const auto end = IsoDatePrefix(row.Get("end date"));
  if (end) entity.remarks = "listing ended " + *end;
  entity.risk_level = "high";
  entity.reference = entity.names.empty() ? std::string() : Slug(entity.names[0].text);
  entity.source_line = row.line();
  return entity;
}

}  // namespace

Result<EntityList> ReadBisMieuCsv(const ListFile& file) {
  EntityList out;
  out.source = MakeSource(file, std::string(kList), "BIS Military-Intelligence End User list",
                          "bis_mieu_csv");
  const TableSpec spec{"bis_mieu_csv", ',', {"type", "name", "program"}};
  auto read = ReadEntityPerRow(file, spec, out, MieuEntity);
  if (!read) return read.error();
  return out;
}

}  // namespace catchall
