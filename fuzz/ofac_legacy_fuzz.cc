// Fuzzes the OFAC legacy CSV set reader. The input holds up to four files separated by a line
// "====" (primary, addresses, aliases, comments). Oracle beyond "no crash": every entity has an
// ent_num, a primary name first, valid UTF-8 text and a unique id; every issue has a reason;
// reading the same set twice gives the same result.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "lists/readers.h"
#include "text/utf8.h"

namespace {

std::vector<catchall::ListFile> SplitFiles(std::string_view bytes) {
  static const char* const kNames[] = {"sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"};
  constexpr std::string_view kSeparator = "\n====\n";
  std::vector<catchall::ListFile> files;
  while (files.size() < 4) {
    const size_t at = files.size() == 3 ? std::string_view::npos : bytes.find(kSeparator);
    files.push_back(catchall::ListFile{kNames[files.size()], std::string(bytes.substr(0, at))});
    if (at == std::string_view::npos) break;
    bytes.remove_prefix(at + kSeparator.size());
  }
  return files;
}

size_t Fingerprint(const catchall::EntityList& list) {
  size_t sum = list.entities.size() * 31 + list.issues.size();
  for (const catchall::Entity& entity : list.entities) {
    sum = sum * 7 + entity.names.size() + entity.addresses.size() + entity.identifiers.size();
  }
  return sum;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::vector<catchall::ListFile> files =
      SplitFiles(std::string_view(reinterpret_cast<const char*>(data), size));
  catchall::OfacFileSet set;
  set.primary = &files[0];
  if (files.size() > 1) set.addresses = &files[1];
  if (files.size() > 2) set.aliases = &files[2];
  if (files.size() > 3) set.comments = &files[3];
  const auto list = catchall::ReadOfacLegacy(set);
  if (!list.ok()) {
    if (list.error().message.empty()) std::abort();
    return 0;
  }
  std::set<std::string> ids;
  for (const catchall::Entity& entity : list->entities) {
    if (entity.reference.empty() || entity.names.empty()) std::abort();
    if (entity.names.front().kind != catchall::NameKind::kPrimary) std::abort();
    if (!ids.insert(entity.id).second || entity.id.rfind("ofac_sdn:", 0) != 0) std::abort();
    if (!catchall::IsValidUtf8(entity.remarks)) std::abort();
    for (const catchall::EntityName& name : entity.names) {
      if (name.text.empty() || !catchall::IsValidUtf8(name.text)) std::abort();
    }
    for (const std::string& address : entity.addresses) {
      if (!catchall::IsValidUtf8(address)) std::abort();
    }
  }
  for (const catchall::RecordIssue& issue : list->issues) {
    if (issue.reason.empty() || !catchall::IsValidUtf8(issue.excerpt)) std::abort();
  }
  const auto again = catchall::ReadOfacLegacy(set);
  if (!again.ok() || Fingerprint(*again) != Fingerprint(*list)) std::abort();
  return 0;
}
