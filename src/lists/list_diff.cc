#include "lists/list_diff.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace catchall {
namespace {

using Json = nlohmann::ordered_json;

// Without a reference the id is used, less its "<list>:" prefix: two versions of a user's list
// saved under different file names get different list keys but keep their entry ids.
std::string MatchKey(const Entity& entity) {
  if (!entity.reference.empty()) return entity.reference;
  const std::string prefix = entity.list + ":";
  if (entity.id.starts_with(prefix)) return entity.id.substr(prefix.size());
  return entity.id;
}

// Keys of one version; a key printed twice (some lists repeat a reference) gets "#2", "#3" so
// that every entry is still compared with its counterpart of the same rank.
std::vector<std::string> Keys(const std::vector<Entity>& entities) {
  std::unordered_map<std::string, size_t> seen;
  std::vector<std::string> keys;
  keys.reserve(entities.size());
  for (const Entity& entity : entities) {
    std::string key = MatchKey(entity);
    const size_t count = ++seen[key];
    if (count > 1) key += "#" + std::to_string(count);
    keys.push_back(std::move(key));
  }
  return keys;
}

// Multiset difference, keeping the order of each side.
void CompareSets(const char* field, const std::vector<std::string>& old_values,
                 const std::vector<std::string>& new_values, std::vector<FieldChange>& out) {
  std::map<std::string, long> balance;
  for (const auto& v : old_values) --balance[v];
  for (const auto& v : new_values) ++balance[v];
  FieldChange change;
  change.field = field;
  std::map<std::string, long> pending = balance;
  for (const auto& v : new_values) {
    if (pending[v] > 0) {
      change.added.push_back(v);
      --pending[v];
    }
  }
  for (const auto& v : old_values) {
    if (pending[v] < 0) {
      change.removed.push_back(v);
      ++pending[v];
    }
  }
  if (!change.added.empty() || !change.removed.empty()) out.push_back(std::move(change));
}

void CompareSingle(const char* field, const std::string& old_value, const std::string& new_value,
                   std::vector<FieldChange>& out) {
  if (old_value == new_value) return;
  FieldChange change;
  change.field = field;
  change.single = true;
  change.old_value = old_value;
  change.new_value = new_value;
  out.push_back(std::move(change));
}

std::vector<std::string> NameTexts(const Entity& entity) {
  std::vector<std::string> out;
  for (const EntityName& name : entity.names) {
    out.push_back(std::string(NameKindName(name.kind)) + ": " + name.text);
  }
  return out;
}

std::vector<std::string> IdentifierTexts(const Entity& entity) {
  std::vector<std::string> out;
  for (const Identifier& id : entity.identifiers) {
    std::string text = id.type + ": " + id.value;
    if (!id.country.empty()) text += " (" + id.country + ")";
    out.push_back(std::move(text));
  }
  return out;
}

// Where the record sits in its file (source_file, source_line) and the derived id are not the
// entry's content: a reordered file changes them without changing the entry.
std::vector<FieldChange> CompareEntities(const Entity& a, const Entity& b) {
  std::vector<FieldChange> out;
  CompareSingle("schema", std::string(SchemaName(a.schema)), std::string(SchemaName(b.schema)),
                out);
  CompareSets("names", NameTexts(a), NameTexts(b), out);
  CompareSets("birth_dates", a.birth_dates, b.birth_dates, out);
  CompareSets("countries", a.countries, b.countries, out);
  CompareSets("nationalities", a.nationalities, b.nationalities, out);
  CompareSets("addresses", a.addresses, b.addresses, out);
  CompareSets("identifiers", IdentifierTexts(a), IdentifierTexts(b), out);
  CompareSets("programs", a.programs, b.programs, out);
  CompareSets("tags", a.tags, b.tags, out);
  CompareSingle("listed_on", a.listed_on, b.listed_on, out);
  CompareSingle("remarks", a.remarks, b.remarks, out);
  CompareSingle("risk_level", a.risk_level, b.risk_level, out);
  CompareSingle("parent", a.parent, b.parent, out);
  return out;
}

std::string PrimaryName(const Entity& entity) {
  return entity.names.empty() ? std::string() : entity.names.front().text;
}

}  // namespace

std::string_view EntryChangeKindName(EntryChangeKind kind) {
  switch (kind) {
    case EntryChangeKind::kAdded:
      return "added";
    case EntryChangeKind::kRemoved:
      return "removed";
    case EntryChangeKind::kChanged:
      return "changed";
  }
  return "";
}

ListDiff DiffLists(const EntityList& old_list, const EntityList& new_list) {
  ListDiff diff;
  diff.list = new_list.source.list.empty() ? old_list.source.list : new_list.source.list;
  const std::vector<std::string> old_keys = Keys(old_list.entities);
  const std::vector<std::string> new_keys = Keys(new_list.entities);
  std::unordered_map<std::string, size_t> new_index;
  for (size_t i = 0; i < new_keys.size(); ++i) new_index.emplace(new_keys[i], i);
  std::vector<bool> matched(new_keys.size(), false);
  for (size_t i = 0; i < old_keys.size(); ++i) {
    const Entity& old_entity = old_list.entities[i];
    const auto found = new_index.find(old_keys[i]);
    if (found == new_index.end()) {
      diff.changes.push_back({EntryChangeKind::kRemoved, old_keys[i], &old_entity, nullptr, {}});
      ++diff.removed;
      continue;
    }
    matched[found->second] = true;
    const Entity& new_entity = new_list.entities[found->second];
    std::vector<FieldChange> fields = CompareEntities(old_entity, new_entity);
    if (fields.empty()) {
      ++diff.unchanged;
      continue;
    }
    diff.changes.push_back(
        {EntryChangeKind::kChanged, old_keys[i], &old_entity, &new_entity, std::move(fields)});
    ++diff.changed;
  }
  for (size_t i = 0; i < new_keys.size(); ++i) {
    if (matched[i]) continue;
    diff.changes.push_back(
        {EntryChangeKind::kAdded, new_keys[i], nullptr, &new_list.entities[i], {}});
    ++diff.added;
  }
  return diff;
}

Json EntryChangeJson(const ListDiff& diff, const EntryChange& change) {
  const Entity& shown = change.new_entity != nullptr ? *change.new_entity : *change.old_entity;
  Json fields = Json::object();
  for (const FieldChange& field : change.fields) {
    if (field.single) {
      fields[field.field] = {{"old", field.old_value}, {"new", field.new_value}};
    } else {
      fields[field.field] = {{"added", field.added}, {"removed", field.removed}};
    }
  }
  return Json{{"change", EntryChangeKindName(change.kind)},
              {"list", diff.list},
              {"id", shown.id},
              {"reference", shown.reference},
              {"name", PrimaryName(shown)},
              {"fields", std::move(fields)}};
}

Json DiffCountsJson(const ListDiff& diff) {
  return Json{{"list", diff.list},
              {"added", diff.added},
              {"removed", diff.removed},
              {"changed", diff.changed},
              {"unchanged", diff.unchanged}};
}

}  // namespace catchall
