// Helpers for the list reader tests: loading real files from the shared data (skipping when it is
// absent), fixtures from tests/lists/data, and looking entities up by name.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>
#include <string>

#include "common/command_support.h"
#include "lists/readers.h"

namespace catchall::testing {

// The shared data file `relative`, or nullopt when this checkout has none.
inline std::optional<ListFile> SharedListFile(const std::string& relative) {
  const std::string root = SharedData();
  if (root.empty()) return std::nullopt;
  const std::string path = (std::filesystem::path(root) / relative).string();
  if (!std::filesystem::exists(path)) return std::nullopt;
  return ListFile{path, ReadFile(path)};
}

inline ListFile FixtureFile(const std::string& name) {
  const std::string path = std::string(CATCHALL_SOURCE_DIR) + "/tests/lists/data/" + name;
  return ListFile{path, ReadFile(path)};
}

inline const Entity* FindByName(const EntityList& list, const std::string& name) {
  for (const Entity& entity : list.entities) {
    for (const EntityName& entity_name : entity.names) {
      if (entity_name.text == name) return &entity;
    }
  }
  return nullptr;
}

inline bool HasName(const Entity& entity, const std::string& text, NameKind kind) {
  return std::any_of(entity.names.begin(), entity.names.end(), [&](const EntityName& name) {
    return name.text == text && name.kind == kind;
  });
}

inline bool Contains(const std::vector<std::string>& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

// The issues of `kind` at `line`.
inline size_t IssuesAt(const EntityList& list, RecordIssue::Kind kind, uint64_t line) {
  return std::count_if(list.issues.begin(), list.issues.end(), [&](const RecordIssue& issue) {
    return issue.kind == kind && issue.where.line == line;
  });
}

inline size_t CountIssues(const EntityList& list, RecordIssue::Kind kind) {
  return std::count_if(list.issues.begin(), list.issues.end(),
                       [&](const RecordIssue& issue) { return issue.kind == kind; });
}

// Every id unique and prefixed by the list key.
inline void ExpectUniqueIds(const EntityList& list) {
  std::set<std::string> ids;
  for (const Entity& entity : list.entities) {
    EXPECT_TRUE(entity.id.starts_with(list.source.list + ":")) << entity.id;
    EXPECT_TRUE(ids.insert(entity.id).second) << "duplicate id " << entity.id;
  }
}

#define SKIP_WITHOUT(file) \
  if (!(file)) GTEST_SKIP() << "shared data not found (../shared/data): " #file

}  // namespace catchall::testing
