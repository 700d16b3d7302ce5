// Fuzzes the UN Consolidated List XML reader. Oracle beyond "no crash": a file that reads gives
// entities with a reference, a primary name first, valid UTF-8 names and unique ids, and every
// rejected record carries a reason; a file that does not read gives an Error with a message.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>

#include "lists/readers.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const catchall::ListFile file{"fuzz.xml", std::string(reinterpret_cast<const char*>(data), size)};
  const auto list = catchall::ReadUnXml(file);
  if (!list.ok()) {
    if (list.error().message.empty() || list.error().where.file != file.path) std::abort();
    return 0;
  }
  std::set<std::string> ids;
  for (const catchall::Entity& entity : list->entities) {
    if (entity.reference.empty() || entity.names.empty()) std::abort();
    if (entity.names.front().kind != catchall::NameKind::kPrimary) std::abort();
    if (!ids.insert(entity.id).second || entity.id.rfind("un_sc:", 0) != 0) std::abort();
    for (const catchall::EntityName& name : entity.names) {
      if (name.text.empty() || !catchall::IsValidUtf8(name.text)) std::abort();
    }
  }
  for (const catchall::RecordIssue& issue : list->issues) {
    if (issue.reason.empty() || !catchall::IsValidUtf8(issue.excerpt)) std::abort();
  }
  return 0;
}
