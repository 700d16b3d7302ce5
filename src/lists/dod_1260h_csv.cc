// DoD Section 1260H list of "Chinese military companies" (OpenSanctions' sanctions.csv): one row
// per company per tranche (2021-06-03, 2022-10-05, ...). Rows of one Clean Name are one company
// and merge into one entity; each tranche becomes a programme. The printed Name keeps the list's
// trailing '*' marker, which the entity keeps in its remarks rather than in the name.
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

constexpr std::string_view kList = "dod_1260h";
constexpr std::string_view kMarkerRemark = "marked '*' in the published list";

void AppendRemark(Entity& entity, const std::string& remark) {
  if (remark.empty() || entity.remarks.find(remark) != std::string::npos) return;
  entity.remarks += (entity.remarks.empty() ? "" : "; ") + remark;
}

// The printed name without its trailing markers, and whether it had any.
std::pair<std::string, bool> StripMarkers(std::string name) {
  bool marked = false;
  while (!name.empty() && (name.back() == '*' || name.back() == ' ')) {
    marked = marked || name.back() == '*';
    name.pop_back();
  }
  return {name, marked};
}

// Aliases are separated by ';' or by a ',' without a following space ("Knownsec,Beijing
// Kownsec"): a ", " belongs to the name ("China Avionics Systems Co., Ltd.").
std::vector<std::string> SplitAliases(const std::string& field) {
  std::vector<std::string> aliases;
  std::string current;
  for (size_t i = 0; i <= field.size(); ++i) {
    const bool end = i == field.size() || field[i] == ';' ||
                     (field[i] == ',' && i + 1 < field.size() && field[i + 1] != ' ');
    if (!end) {
      current.push_back(field[i]);
      continue;
    }
    std::string alias = CleanField(current);
    if (!alias.empty()) aliases.push_back(std::move(alias));
    current.clear();
  }
  return aliases;
}

// The names of one row: Clean Name first, then the printed Name (it often adds the acronym in
// brackets), Alias, Previous Name.
Entity RowNames(const TableRow& row) {
  Entity entity;
  auto [printed, marked] = StripMarkers(row.Get("name"));
  std::string clean = row.Get("clean name");
  if (clean.empty()) clean = printed;
  AddName(entity, clean, NameKind::kPrimary);
  AddName(entity, printed, NameKind::kAlias);
  for (std::string& alias : SplitAliases(row.Get("alias"))) {
    AddName(entity, std::move(alias), NameKind::kAlias);
  }
  for (std::string& previous : SplitField(row.Get("previous name"), ";")) {
    AddName(entity, std::move(previous), NameKind::kPrevious);
  }
  if (marked) entity.remarks = std::string(kMarkerRemark);
  return entity;
}

void MergeRow(Entity& entity, Entity names, const TableRow& row) {
  for (EntityName& name : names.names) {
    // Another edition's spelling of the primary name ("Co., Ltd" / "Co., Ltd.") is an alias.
    const bool second_primary = name.kind == NameKind::kPrimary && !entity.names.empty();
    AddName(entity, std::move(name.text), second_primary ? NameKind::kAlias : name.kind);
  }
  AppendRemark(entity, names.remarks);
  AppendRemark(entity, row.Get("note"));
  const std::string parent = row.Get("parent name");
  if (entity.parent.empty()) entity.parent = parent;
  const auto start = IsoDatePrefix(row.Get("start date"));
  const auto end = IsoDatePrefix(row.Get("end date"));
  AddUnique(entity.programs, "DoD 1260H" + (start ? " " + *start : std::string()));
  if (start && (entity.listed_on.empty() || *start < entity.listed_on)) entity.listed_on = *start;
  if (end) AppendRemark(entity, "listing of " + start.value_or("?") + " ended " + *end);
}

Entity NewEntity(const Entity& names, const TableRow& row) {
  Entity entity;
  entity.list = std::string(kList);
  entity.reference = Slug(names.names[0].text);
  entity.schema = EntitySchema::kCompany;
  entity.countries.push_back("CN");
  entity.tags.push_back("dod_1260h");
  entity.risk_level = "high";  // named by the DoD as a Chinese military company
  entity.source_line = row.line();
  return entity;
}

}  // namespace

Result<EntityList> ReadDod1260hCsv(const ListFile& file) {
  EntityList out;
  out.source = MakeSource(file, std::string(kList), "DoD Section 1260H Chinese military companies",
                          "dod_1260h_csv");
  std::unordered_map<std::string, size_t> by_slug;
  const TableSpec spec{"dod_1260h_csv", ',', {"name", "clean name"}};
  auto read = ReadTable(file, spec, out, [&](const TableRow& row) -> std::optional<std::string> {
    Entity names = RowNames(row);
    if (auto reason = CheckNames(names)) return reason;
    auto [found, inserted] = by_slug.emplace(Slug(names.names[0].text), out.entities.size());
    if (inserted) out.entities.push_back(NewEntity(names, row));
    MergeRow(out.entities[found->second], std::move(names), row);
    return std::nullopt;
  });
  if (!read) return read.error();
  for (Entity& entity : out.entities) {
    AddInstitutionTags(entity);
    entity.id = std::string(kList) + ":" + entity.reference;
    entity.source_file = file.path;
  }
  return out;
}

}  // namespace catchall
