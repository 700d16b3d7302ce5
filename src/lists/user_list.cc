#include "lists/user_list.h"

#include <algorithm>
#include <utility>

#include "lists/list_fields.h"

namespace catchall {

bool IsUserListKind(const std::string& kind) {
  return std::any_of(std::begin(kUserListKinds), std::end(kUserListKinds),
                     [&](const char* known) { return kind == known; });
}

std::optional<std::string> BuildUserEntity(const UserEntry& entry, const std::string& list,
                                           const std::string& list_kind, Entity& entity) {
  entity = Entity{};
  entity.list = list;
  const std::string name = CleanField(entry.name);
  if (name.empty()) return "the entry has no name";
  AddName(entity, name, NameKind::kPrimary);
  for (const std::string& alias : entry.aliases)
    AddName(entity, CleanField(alias), NameKind::kAlias);
  if (auto reason = CheckNames(entity)) return reason;
  if (!entry.schema.empty()) {
    const auto schema = ParseSchema(CleanField(entry.schema));
    if (!schema) {
      return "unknown schema '" + CleanField(entry.schema) +
             "' (Person, Organization, Company, LegalEntity, Vessel, Aircraft, Institution)";
    }
    entity.schema = *schema;
  }
  const std::string kind = entry.kind.empty() ? list_kind : CleanField(entry.kind);
  if (!IsUserListKind(kind)) return "unknown list kind '" + kind + "' (watch or cleared)";
  for (const std::string& country : entry.countries) {
    const std::string cleaned = CleanField(country);
    AddUnique(entity.countries, CountryCode(cleaned).value_or(cleaned));
  }
  for (const std::string& program : entry.programs) AddUnique(entity.programs, CleanField(program));
  AddUnique(entity.tags, "user_" + kind);
  for (const std::string& tag : entry.tags) AddUnique(entity.tags, CleanField(tag));
  for (const std::string& date : entry.birth_dates) {
    const std::string cleaned = CleanField(date);
    AddUnique(entity.birth_dates, IsoDatePrefix(cleaned).value_or(cleaned));
  }
  const std::string id = CleanField(entry.id);
  const std::string reference = CleanField(entry.reference);
  entity.reference = !reference.empty() ? reference : !id.empty() ? id : Slug(name);
  entity.remarks = CleanField(entry.notes);
  // The id part: the user's id, else the reference, else the slug of the name.
  entity.id = !id.empty() ? id : entity.reference;
  return std::nullopt;
}

}  // namespace catchall
