// A user's own list as YAML (docs/list-formats.md, "User YAML"): a `list:` block naming the
// list and an `entities:` sequence. A YAML syntax error or a bad `list:` block is an Error with
// its line; a bad entry is a rejected issue at the entry's line and the others are read.
#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "io/yaml_fields.h"
#include "lists/list_fields.h"
#include "lists/readers.h"
#include "lists/user_list.h"
#include "text/utf8.h"

namespace catchall {
namespace {

const std::set<std::string> kTopFields = {"list", "entities"};
const std::set<std::string> kListFields = {"key", "title", "version", "kind"};
const std::set<std::string> kEntryFields = {"id",        "name",       "schema", "aliases",
                                            "countries", "programs",   "tags",   "reference",
                                            "notes",     "birth_dates"};

struct ListHeader {
  std::string key, title, version, kind;
};

bool IsKeyCharacter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == ':' ||
         c == '.';
}

Result<ListHeader> ReadListBlock(const YAML::Node& root, const std::string& file) {
  const YAML::Node block = root["list"];
  if (!block || !block.IsMap()) {
    return YamlError(file, block ? YamlLine(block) : 1, "a user list needs a 'list:' block");
  }
  if (auto status = CheckYamlFields(block, kListFields, "the list block", file); !status) {
    return status.error();
  }
  ListHeader header;
  for (auto [field, required] :
       {std::pair{&ListHeader::key, "key"}, std::pair{&ListHeader::title, "title"},
        std::pair{&ListHeader::version, "version"}, std::pair{&ListHeader::kind, "kind"}}) {
    auto value =
        YamlScalar(block, required, std::string_view(required) == "key", "the list block", file);
    if (!value) return value.error();
    header.*field = *value;
  }
  if (!std::all_of(header.key.begin(), header.key.end(), IsKeyCharacter)) {
    return YamlError(file, YamlLine(block["key"]),
                     "list key '" + header.key + "' may hold only a-z, 0-9, '_', '-', ':', '.'");
  }
  if (header.kind.empty()) header.kind = "watch";
  if (!IsUserListKind(header.kind)) {
    return YamlError(file, YamlLine(block["kind"]),
                     "list kind '" + header.kind + "' is not 'watch' or 'cleared'");
  }
  return header;
}

// A list field: a YAML sequence, or one string holding ';'-separated values as in the CSV.
Result<std::vector<std::string>> EntryList(const YAML::Node& entry, const char* key,
                                           const std::string& file) {
  const YAML::Node value = entry[key];
  if (value && value.IsScalar()) return SplitField(value.Scalar(), ";");
  return YamlList(entry, key, "the entity", file);
}

// The entry, or the Error whose message and line become the rejected issue.
Result<UserEntry> ReadEntry(const YAML::Node& node, const std::string& file) {
  if (!node.IsMap()) return YamlError(file, YamlLine(node), "an entity must be a map of fields");
  if (auto status = CheckYamlFields(node, kEntryFields, "the entity", file); !status) {
    return status.error();
  }
  UserEntry entry;
  for (auto [field, key] :
       {std::pair{&UserEntry::id, "id"}, std::pair{&UserEntry::name, "name"},
        std::pair{&UserEntry::schema, "schema"}, std::pair{&UserEntry::reference, "reference"},
        std::pair{&UserEntry::notes, "notes"}}) {
    auto value = YamlScalar(node, key, false, "the entity", file);
    if (!value) return value.error();
    entry.*field = *value;
  }
  for (auto [field, key] :
       {std::pair{&UserEntry::aliases, "aliases"}, std::pair{&UserEntry::countries, "countries"},
        std::pair{&UserEntry::programs, "programs"}, std::pair{&UserEntry::tags, "tags"},
        std::pair{&UserEntry::birth_dates, "birth_dates"}}) {
    auto values = EntryList(node, key, file);
    if (!values) return values.error();
    entry.*field = std::move(*values);
  }
  return entry;
}

Result<EntityList> ReadUserYamlTree(const YAML::Node& root, const ListFile& file) {
  if (!root.IsMap()) {
    return YamlError(file.path, YamlLine(root),
                     "a user list must be a map with 'list' and 'entities'");
  }
  if (auto status = CheckYamlFields(root, kTopFields, "the user list", file.path); !status) {
    return status.error();
  }
  auto header = ReadListBlock(root, file.path);
  if (!header) return header.error();
  EntityList out;
  out.source = MakeSource(file, header->key, header->title.empty() ? header->key : header->title,
                          "user_yaml");
  out.source.version = header->version;
  const YAML::Node entities = root["entities"];
  if (entities && !entities.IsSequence() && !entities.IsNull()) {
    return YamlError(file.path, YamlLine(entities), "'entities' must be a list");
  }
  EntityIdAssigner ids{header->key};
  for (const YAML::Node& node : entities) {
    const uint64_t line = YamlLine(node);
    auto entry = ReadEntry(node, file.path);
    Entity entity;
    std::optional<std::string> reason;
    if (!entry) {
      reason = entry.error().message;
    } else {
      reason = BuildUserEntity(*entry, header->key, header->kind, entity);
    }
    if (reason) {
      out.issues.push_back(MakeListIssue(RecordIssue::Kind::kRejected, file.path, line,
                                         std::move(*reason), entry ? entry->name : ""));
      continue;
    }
    entity.id = ids.Assign(entity.id);
    entity.source_line = line;
    entity.source_file = file.path;
    out.entities.push_back(std::move(entity));
  }
  return out;
}

// 1-based line of the first byte that is not valid UTF-8 (the file is not valid as a whole).
uint64_t FirstInvalidUtf8Line(std::string_view bytes) {
  uint64_t line = 1;
  size_t start = 0;
  while (start < bytes.size()) {
    const size_t end = std::min(bytes.find('\n', start), bytes.size());
    if (!IsValidUtf8(bytes.substr(start, end - start))) return line;
    ++line;
    start = end + 1;
  }
  return 1;
}

}  // namespace

Result<EntityList> ReadUserYaml(const ListFile& file) {
  // yaml-cpp passes invalid UTF-8 through, so it is repaired here, as the CSV readers do.
  const bool valid = IsValidUtf8(file.bytes);
  const std::string repaired = valid ? std::string() : RepairUtf8(file.bytes);
  const ListFile text{file.path, valid ? std::string() : repaired};
  const ListFile& input = valid ? file : text;
  auto root = ParseYaml(input.bytes, file.path);
  if (!root) return root.error();
  try {
    auto list = ReadUserYamlTree(*root, input);
    if (list && !valid) {
      const uint64_t line = FirstInvalidUtf8Line(file.bytes);
      list->issues.insert(list->issues.begin(),
                          MakeListIssue(RecordIssue::Kind::kRepaired, file.path, line,
                                        "invalid UTF-8 decoded as Windows-1252", {}));
    }
    return list;
  } catch (const YAML::Exception& e) {  // yaml-cpp throws on some malformed trees
    return YamlError(file.path, static_cast<unsigned long long>(e.mark.line) + 1,
                     "invalid user list: " + e.msg);
  }
}

}  // namespace catchall
