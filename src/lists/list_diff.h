// What changed between two versions of one list: entries added, removed and changed, matched by
// the list's own reference number (the entity id when a list has none). For a changed entry,
// each field that differs, with the values added and removed (names, programs, countries,
// identifiers... are compared as sets, so a reordering is no change).
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model/entity.h"

namespace catchall {

struct FieldChange {
  std::string field;                 // "names", "programs", "schema", "remarks", ...
  std::vector<std::string> added;    // set fields: values only in the new version
  std::vector<std::string> removed;  // set fields: values only in the old version
  std::string old_value, new_value;  // single-valued fields
  bool single = false;               // true: old_value/new_value are meaningful
};

enum class EntryChangeKind { kAdded, kRemoved, kChanged };

struct EntryChange {
  EntryChangeKind kind = EntryChangeKind::kAdded;
  std::string key;                     // what the versions were matched on
  const Entity* old_entity = nullptr;  // null when added
  const Entity* new_entity = nullptr;  // null when removed
  std::vector<FieldChange> fields;     // only for kChanged
};

struct ListDiff {
  std::string list;                  // the list key (the new version's, else the old one's)
  std::vector<EntryChange> changes;  // removed and changed in old order, then added in new order
  size_t added = 0, removed = 0, changed = 0, unchanged = 0;
};

// The entities must outlive the result (EntryChange points into them).
ListDiff DiffLists(const EntityList& old_list, const EntityList& new_list);

std::string_view EntryChangeKindName(EntryChangeKind kind);  // "added", "removed", "changed"

// {"change":..,"list":..,"id":..,"reference":..,"name":..,"fields":{..}} (docs/lists.md).
nlohmann::ordered_json EntryChangeJson(const ListDiff& diff, const EntryChange& change);
// {"list":..,"added":..,"removed":..,"changed":..,"unchanged":..}
nlohmann::ordered_json DiffCountsJson(const ListDiff& diff);

}  // namespace catchall
