// BIS Denied Persons List, the tab-separated, fully quoted dpl.txt: one row per denial order
// (a person or firm with one address). The list has no entry number, so the reference is built
// from what identifies an order: the name and the order's effective date (see
// docs/list-formats.md); two rows agreeing on both get "-2", "-3" in file order.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lists/list_fields.h"
#include "lists/readers.h"

namespace catchall {
namespace {

constexpr std::string_view kList = "bis_dpl";

std::string JoinAddress(const TableRow& row) {
  std::string address;
  for (const std::string_view column :
       {"street_address", "city", "state", "postal_code", "country"}) {
    const std::string part = row.Get(column);
    if (part.empty()) continue;
    if (!address.empty()) address += ", ";
    address += part;
  }
  return address;
}

Entity DplEntity(const TableRow& row) {
  Entity entity;
  entity.list = std::string(kList);
  AddName(entity, row.Get("name"), NameKind::kPrimary);
  AddUnique(entity.addresses, JoinAddress(row));
  if (const auto country = CountryCode(row.Get("country"))) {
    AddUnique(entity.countries, *country);
  }
  const std::string effective = row.Get("effective_date");
  entity.listed_on = MonthDayYearToIso(effective).value_or("");
  const std::string citation = row.Get("fr_citation");
  std::string remarks;
  for (const auto& [label, column] :
       {std::pair{"Action", "action"}, std::pair{"Expires", "expiration_date"},
        std::pair{"Standard order", "standard_order"}, std::pair{"Last update", "last_update"}}) {
    const std::string value = row.Get(column);
    if (value.empty()) continue;
    if (!remarks.empty()) remarks += "; ";
    remarks += std::string(label) + ": " + value;
  }
  entity.remarks = std::move(remarks);
  AddUnique(entity.programs, "Denied Persons List");
  if (!citation.empty()) AddUnique(entity.programs, citation);
  AddUnique(entity.tags, "bis_dpl");
  if (!entity.names.empty()) {
    const std::string date = entity.listed_on.empty() ? Slug(effective) : entity.listed_on;
    entity.reference = Slug(entity.names[0].text) + (date.empty() ? "" : "-" + date);
  }
  entity.source_line = row.line();
  return entity;
}

}  // namespace

Result<EntityList> ReadDplTsv(const ListFile& file) {
  EntityList out;
  out.source = MakeSource(file, std::string(kList), "BIS Denied Persons List", "dpl_tsv");
  EntityIdAssigner ids{std::string(kList)};
  const TableSpec spec{"dpl_tsv", '\t', {"name", "street_address", "effective_date"}};
  auto read = ReadTable(file, spec, out, [&](const TableRow& row) -> std::optional<std::string> {
    Entity entity = DplEntity(row);
    if (auto reason = CheckNames(entity)) return reason;
    entity.id = ids.Assign(entity.reference);
    entity.reference = entity.id.substr(kList.size() + 1);  // the unique form
    entity.source_file = file.path;
    out.entities.push_back(std::move(entity));
    return std::nullopt;
  });
  if (!read) return read.error();
  return out;
}

}  // namespace catchall
