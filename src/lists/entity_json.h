// The JSON shape of an Entity and of a ListSource, shared by `catchall lists show`, `match` and
// `screen` so that an entity looks the same wherever it is printed. Documented in docs/lists.md
// ("Entity JSON"); fields are only ever added, never renamed. Every field is always present
// (empty strings and arrays included) so consumers need no existence checks.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "model/entity.h"

namespace catchall {

nlohmann::ordered_json EntityJson(const Entity& entity);
nlohmann::ordered_json ListSourceJson(const ListSource& source);

// One compact line (no trailing newline); invalid UTF-8 is replaced, never thrown.
std::string EntityJsonLine(const Entity& entity);
std::string JsonLine(const nlohmann::ordered_json& value);

}  // namespace catchall
