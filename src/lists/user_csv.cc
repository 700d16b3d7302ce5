// A user's own list as CSV (docs/list-formats.md, "User CSV"): a header naming some of the
// known columns (only `name` is required), one entry per row, several values in one cell
// separated by ';'. A column the reader does not know is an Error naming it: a misspelt
// "alias" column would otherwise drop every alias without a word.
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lists/list_fields.h"
#include "lists/readers.h"
#include "lists/user_list.h"

namespace catchall {
namespace {

const std::vector<std::string_view> kUserColumns = {
    "id",   "name",      "schema", "aliases",     "countries", "programs",
    "tags", "reference", "notes",  "birth_dates", "kind",
};

std::string JoinNames(const std::vector<std::string>& names) {
  std::string joined;
  for (const std::string& name : names) joined += (joined.empty() ? "'" : ", '") + name + "'";
  return joined;
}

std::string ListKeyFromPath(const std::string& path) {
  const std::string stem = std::filesystem::path(path).stem().string();
  return "user:" + (stem.empty() ? std::string("list") : stem);
}

UserEntry EntryOf(const TableRow& row) {
  UserEntry entry;
  entry.id = row.Get("id");
  entry.name = row.Get("name");
  entry.schema = row.Get("schema");
  entry.aliases = SplitField(row.Get("aliases"), ";");
  entry.countries = SplitField(row.Get("countries"), ";");
  entry.programs = SplitField(row.Get("programs"), ";");
  entry.tags = SplitField(row.Get("tags"), ";");
  entry.birth_dates = SplitField(row.Get("birth_dates"), ";");
  entry.reference = row.Get("reference");
  entry.notes = row.Get("notes");
  entry.kind = row.Get("kind");
  return entry;
}

}  // namespace

Result<EntityList> ReadUserCsv(const ListFile& file) {
  EntityList out;
  const std::string list = ListKeyFromPath(file.path);
  out.source = MakeSource(file, list, "User list " + list.substr(5), "user_csv");
  // The header is checked before any row is read, so an unknown column stops the file at once.
  const std::vector<TableRecord> records = SplitTableRecords(file.bytes, ',');
  if (!records.empty()) {
    std::vector<std::string> header;
    if (TokenizeTableRecord(records[0].text, ',', header)) {
      const auto unknown = HeaderColumns(header).Unknown(kUserColumns);
      if (!unknown.empty()) {
        return Error{"unknown column(s) " + JoinNames(unknown) +
                         " in the user list header (known: id, name, schema, aliases, countries, "
                         "programs, tags, reference, notes, birth_dates, kind)",
                     {file.path, records[0].line}};
      }
    }
  }
  EntityIdAssigner ids{list};
  const TableSpec spec{"user_csv", ',', {"name"}};
  auto read = ReadTable(file, spec, out, [&](const TableRow& row) -> std::optional<std::string> {
    Entity entity;
    if (auto reason = BuildUserEntity(EntryOf(row), list, "watch", entity)) return reason;
    entity.id = ids.Assign(entity.id);
    entity.source_line = row.line();
    entity.source_file = file.path;
    out.entities.push_back(std::move(entity));
    return std::nullopt;
  });
  if (!read) return read.error();
  return out;
}

}  // namespace catchall
