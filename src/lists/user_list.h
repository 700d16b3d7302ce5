// What the user CSV and YAML readers share: the fields of one user entry and how they become an
// Entity (docs/list-formats.md, "User lists").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/entity.h"

namespace catchall {

// The kinds of user list: entities to look for, or parties cleared by a review (whose hits a
// screening can mark as already reviewed).
inline constexpr const char* kUserListKinds[] = {"watch", "cleared"};
bool IsUserListKind(const std::string& kind);

// One entry as written by the user, each list already split.
struct UserEntry {
  std::string id;
  std::string name;
  std::string schema;
  std::vector<std::string> aliases, countries, programs, tags, birth_dates;
  std::string reference;
  std::string notes;
  std::string kind;  // per-entry kind (CSV column); empty: the list's kind
};

// Builds the entity of `entry` in list `list` (of kind `list_kind`), or gives the reason the
// entry cannot be used (no name, unknown schema, name too long, ...).
std::optional<std::string> BuildUserEntity(const UserEntry& entry, const std::string& list,
                                           const std::string& list_kind, Entity& entity);

}  // namespace catchall
