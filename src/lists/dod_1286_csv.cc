// DoD Section 1286 list (foreign institutions engaging in problematic activities), in the
// OpenSanctions transcription: one row per institution per fiscal-year edition. Rows of the same
// name are one institution listed in several editions, so they merge into one entity (as
// OpenSanctions merges them by the slug of the name): editions become programmes, the earliest
// start date the listing date, aliases and countries the union.
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lists/institution_tags.h"
#include "lists/list_fields.h"
#include "lists/readers.h"

namespace catchall {
namespace {

constexpr std::string_view kList = "dod_1286";

// "2024" -> "DoD 1286 FY2024"; a report date that is not a year is kept as printed.
std::string EditionProgram(const std::string& report_date) {
  if (report_date.empty()) return "DoD 1286";
  return "DoD 1286 FY" + report_date.substr(0, 4);
}

void MergeRow(Entity& entity, const TableRow& row) {
  // Editions differ in case and spacing ("Sun Yat-Sen" / "Sun Yat-sen"): keep each spelling.
  AddName(entity, row.Get("name"), NameKind::kAlias);
  for (std::string& alias : SplitField(row.Get("aliases"), "; ")) {
    AddName(entity, std::move(alias), NameKind::kAlias);
  }
  AddUnique(entity.programs, EditionProgram(row.Get("report-date")));
  const std::string country = row.Get("country");
  if (!country.empty()) AddUnique(entity.countries, CountryCode(country).value_or(country));
  const auto start = IsoDatePrefix(row.Get("start-date"));
  if (start && (entity.listed_on.empty() || *start < entity.listed_on)) entity.listed_on = *start;
  const std::string notes = row.Get("notes");
  if (!notes.empty() && entity.remarks.find(notes) == std::string::npos) {
    entity.remarks += (entity.remarks.empty() ? "" : "; ") + notes;
  }
}

Entity NewEntity(const TableRow& row, const std::string& name) {
  Entity entity;
  entity.list = std::string(kList);
  entity.reference = Slug(name);
  // The transcription says "Company" for every row; these are universities and institutes.
  const std::string schema = row.Get("schema");
  entity.schema = schema.empty() || schema == "Company"
                      ? EntitySchema::kInstitution
                      : ParseSchema(schema).value_or(EntitySchema::kInstitution);
  AddName(entity, name, NameKind::kPrimary);
  AddUnique(entity.tags, "dod_1286");
  AddUnique(entity.programs, row.Get("program"));
  entity.risk_level = "high";  // listed by the DoD: the list has no grades
  entity.source_line = row.line();
  return entity;
}

}  // namespace

Result<EntityList> ReadDod1286Csv(const ListFile& file) {
  EntityList out;
  out.source = MakeSource(file, std::string(kList), "DoD Section 1286 list", "dod_1286_csv");
  std::unordered_map<std::string, size_t> by_slug;
  const TableSpec spec{"dod_1286_csv", ',', {"name", "aliases", "report-date"}};
  auto read = ReadTable(file, spec, out, [&](const TableRow& row) -> std::optional<std::string> {
    const std::string name = row.Get("name");
    if (name.empty()) return "the record has no name";
    Entity row_names = NewEntity(row, name);
    for (std::string& alias : SplitField(row.Get("aliases"), "; ")) {
      AddName(row_names, std::move(alias), NameKind::kAlias);
    }
    if (auto reason = CheckNames(row_names)) return reason;  // before it touches a merged entity
    auto [found, inserted] = by_slug.emplace(row_names.reference, out.entities.size());
    if (inserted) out.entities.push_back(std::move(row_names));
    MergeRow(out.entities[found->second], row);
    return std::nullopt;
  });
  if (!read) return read.error();
  for (Entity& entity : out.entities) {
    AddInstitutionTags(entity);
    if (entity.countries.empty()) {
      // FY22-FY24 rows leave the country empty; the Chinese institutions still say so by name.
      if (HasChineseMilitaryTag(entity)) entity.countries.push_back("CN");
    }
    entity.id = std::string(kList) + ":" + entity.reference;
    entity.source_file = file.path;
  }
  return out;
}

}  // namespace catchall
