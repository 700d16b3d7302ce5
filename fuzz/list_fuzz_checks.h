// Oracles the list reader fuzz targets share beyond "no crash": an Error says something; every
// entity has a valid UTF-8 primary name within the size limit and a unique id under its list's
// key; every issue has a reason and a valid UTF-8 excerpt.
#pragma once

#include <cstdlib>
#include <set>
#include <string>

#include "base/result.h"
#include "lists/list_fields.h"
#include "model/entity.h"
#include "text/utf8.h"

namespace catchall::fuzzing {

inline void CheckListResult(const Result<EntityList>& result) {
  if (!result.ok()) {
    if (result.error().message.empty()) std::abort();
    return;
  }
  std::set<std::string> ids;
  for (const Entity& entity : result->entities) {
    if (entity.names.empty() || entity.names[0].text.empty()) std::abort();
    for (const EntityName& name : entity.names) {
      if (!IsValidUtf8(name.text) || name.text.size() > kMaxListNameBytes) std::abort();
    }
    if (!entity.id.starts_with(result->source.list + ":")) std::abort();
    if (!ids.insert(entity.id).second) std::abort();
  }
  for (const RecordIssue& issue : result->issues) {
    if (issue.reason.empty() || !IsValidUtf8(issue.excerpt)) std::abort();
  }
}

}  // namespace catchall::fuzzing
