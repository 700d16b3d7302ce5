#include "cli/lists_command.h"

#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/data_dir.h"
#include "cli/exit_codes.h"
#include "lists/entity_json.h"
#include "lists/list_diff.h"
#include "lists/list_loader.h"
#include "lists/list_update.h"
#include "output/json_lines.h"

namespace catchall {
namespace {

using Json = nlohmann::ordered_json;

void PrintLine(const std::string& line) {
  std::fwrite(line.data(), 1, line.size(), stdout);
  std::fputc('\n', stdout);
}

Result<std::vector<EntityList>> Load(const std::vector<std::string>& paths, LoadReport& report) {
  auto lists = LoadLists(paths, &report);
  if (!lists.ok()) {
    std::fprintf(stderr, "catchall: lists: %s\n", lists.error().ToString().c_str());
  }
  for (const std::string& renamed : report.renamed) {
    std::fprintf(stderr, "catchall: lists: list key repeated, renamed: %s\n", renamed.c_str());
  }
  return lists;
}

Json StatsJson(const EntityList& list, const LoadedListInfo& info) {
  std::map<std::string, size_t> schemas, kinds;
  size_t names = 0;
  for (const Entity& entity : list.entities) {
    ++schemas[std::string(SchemaName(entity.schema))];
    for (const EntityName& name : entity.names) {
      ++kinds[std::string(NameKindName(name.kind))];
      ++names;
    }
  }
  Json out = ListSourceJson(list.source);
  out["version_from"] = info.version_from;
  out["file_sha256"] = info.sha256;
  out["entities"] = list.entities.size();
  out["schemas"] = schemas;
  out["names"] = names;
  out["name_kinds"] = kinds;
  out["rejects"] = list.issues.size();
  return out;
}

void PrintStatsText(const std::vector<Json>& rows) {
  std::printf("%-24s %-16s %-24s %9s %9s %8s  %s\n", "list", "format", "version", "entities",
              "names", "rejects", "sha256");
  for (const Json& row : rows) {
    std::printf("%-24s %-16s %-24s %9zu %9zu %8zu  %.16s\n", row["list"].get<std::string>().c_str(),
                row["format"].get<std::string>().c_str(), row["version"].get<std::string>().c_str(),
                row["entities"].get<size_t>(), row["names"].get<size_t>(),
                row["rejects"].get<size_t>(), row["sha256"].get<std::string>().c_str());
    std::string schemas;
    for (const auto& [schema, count] : row["schemas"].items()) {
      schemas += " " + schema + "=" + std::to_string(count.get<size_t>());
    }
    std::string kinds;
    for (const auto& [kind, count] : row["name_kinds"].items()) {
      kinds += " " + kind + "=" + std::to_string(count.get<size_t>());
    }
    std::printf("    schemas:%s\n    names:%s\n", schemas.c_str(), kinds.c_str());
  }
}

int RunStats(const ListsArguments& arguments) {
  LoadReport report;
  auto lists = Load(arguments.lists, report);
  if (!lists.ok()) return exit_code::kReferenceData;
  std::vector<Json> rows;
  for (size_t i = 0; i < lists->size(); ++i)
    rows.push_back(StatsJson((*lists)[i], report.lists[i]));
  if (arguments.format == "text") {
    PrintStatsText(rows);
  } else {
    for (const Json& row : rows) PrintLine(JsonLine(row));
  }
  return exit_code::kOk;
}

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

bool Selected(const Entity& entity, const ListsArguments& arguments, const std::string& query) {
  if (!arguments.list_key.empty() && entity.list != arguments.list_key) return false;
  if (!arguments.id.empty() && entity.id != arguments.id && entity.reference != arguments.id) {
    return false;
  }
  if (query.empty()) return true;
  for (const EntityName& name : entity.names) {
    if (Lower(name.text).find(query) != std::string::npos) return true;
  }
  return false;
}

int RunShow(const ListsArguments& arguments) {
  LoadReport report;
  auto lists = Load(arguments.lists, report);
  if (!lists.ok()) return exit_code::kReferenceData;
  // A plain case-insensitive substring over every name: `show` is for looking entries up by
  // hand; `catchall match` is the name matcher.
  const std::string query = Lower(arguments.query);
  size_t shown = 0;
  for (const EntityList& list : *lists) {
    if (!arguments.list_key.empty() && list.source.list != arguments.list_key) continue;
    if (arguments.rejects) {
      for (const RecordIssue& issue : list.issues) {
        if (arguments.limit != 0 && shown == arguments.limit) return exit_code::kOk;
        PrintLine(IssueJsonLine(issue));
        ++shown;
      }
      continue;
    }
    for (const Entity& entity : list.entities) {
      if (!Selected(entity, arguments, query)) continue;
      if (arguments.limit != 0 && shown == arguments.limit) return exit_code::kOk;
      PrintLine(EntityJsonLine(entity));
      ++shown;
    }
  }
  return exit_code::kOk;
}

// Pairs the lists of both sides by key; when each side holds exactly one list the two are
// compared whatever their keys (two versions of a user's list saved under different names).
std::vector<std::pair<const EntityList*, const EntityList*>> PairLists(
    const std::vector<EntityList>& old_lists, const std::vector<EntityList>& new_lists) {
  std::vector<std::pair<const EntityList*, const EntityList*>> pairs;
  if (old_lists.size() == 1 && new_lists.size() == 1) {
    pairs.emplace_back(&old_lists[0], &new_lists[0]);
    return pairs;
  }
  std::vector<bool> used(new_lists.size(), false);
  for (const EntityList& old_list : old_lists) {
    const EntityList* partner = nullptr;
    for (size_t i = 0; i < new_lists.size() && partner == nullptr; ++i) {
      if (!used[i] && new_lists[i].source.list == old_list.source.list) {
        partner = &new_lists[i];
        used[i] = true;
      }
    }
    pairs.emplace_back(&old_list, partner);
  }
  for (size_t i = 0; i < new_lists.size(); ++i) {
    if (!used[i]) pairs.emplace_back(nullptr, &new_lists[i]);
  }
  return pairs;
}

int RunDiff(const ListsArguments& arguments) {
  LoadReport old_report, new_report;
  auto old_lists = Load({arguments.old_path}, old_report);
  if (!old_lists.ok()) return exit_code::kReferenceData;
  auto new_lists = Load({arguments.new_path}, new_report);
  if (!new_lists.ok()) return exit_code::kReferenceData;
  const EntityList empty;
  Json per_list = Json::array();
  size_t added = 0, removed = 0, changed = 0, unchanged = 0;
  for (const auto& [old_list, new_list] : PairLists(*old_lists, *new_lists)) {
    const ListDiff diff = DiffLists(old_list ? *old_list : empty, new_list ? *new_list : empty);
    if (!arguments.summary) {
      for (const EntryChange& change : diff.changes)
        PrintLine(JsonLine(EntryChangeJson(diff, change)));
    }
    per_list.push_back(DiffCountsJson(diff));
    added += diff.added;
    removed += diff.removed;
    changed += diff.changed;
    unchanged += diff.unchanged;
  }
  PrintLine(JsonLine(Json{{"summary", true},
                          {"added", added},
                          {"removed", removed},
                          {"changed", changed},
                          {"unchanged", unchanged},
                          {"lists", per_list}}));
  return exit_code::kOk;
}

Json SourceUpdateJson(const SourceUpdate& update) {
  Json out = {{"key", update.key},         {"status", UpdateStatusName(update.status)},
              {"file", update.file},       {"format", update.format},
              {"version", update.version}, {"version_from", update.version_from},
              {"sha256", update.sha256},   {"entities", update.entities}};
  if (update.has_diff) {
    out["added"] = update.added;
    out["removed"] = update.removed;
    out["changed"] = update.changed;
  }
  if (!update.message.empty()) out["message"] = update.message;
  return out;
}

int RunUpdate(const ListsArguments& arguments) {
  const std::string config_path = arguments.config.empty()
                                      ? FindDataDir(arguments.data_dir) + "/list_sources.yaml"
                                      : arguments.config;
  auto config = LoadUpdateConfig(config_path);
  if (!config.ok()) {
    std::fprintf(stderr, "catchall: lists update: %s\n", config.error().ToString().c_str());
    return exit_code::kInput;
  }
  UpdateOptions options;
  options.dir = arguments.dir;
  options.min_entity_ratio = arguments.min_ratio;
  options.only_keys = arguments.only;
  options.http.connect_timeout_seconds = arguments.connect_timeout;
  options.http.read_timeout_seconds = arguments.read_timeout;
  options.http.user_agent = std::string("catchall/") + CATCHALL_VERSION;
  options.http.accept = "*/*";  // list files are XML, CSV or JSON lines, not an API's JSON
  auto outcome = UpdateLists(*config, options);
  if (!outcome.ok()) {
    std::fprintf(stderr, "catchall: lists update: %s\n", outcome.error().ToString().c_str());
    return exit_code::kOutput;
  }
  for (const SourceUpdate& update : outcome->sources) {
    PrintLine(JsonLine(SourceUpdateJson(update)));
    if (arguments.quiet) continue;
    if (!update.message.empty()) {
      std::fprintf(stderr, "catchall: lists update: %s %s: %s\n", update.key.c_str(),
                   std::string(UpdateStatusName(update.status)).c_str(), update.message.c_str());
    } else if (update.status == UpdateStatus::kNew) {
      std::fprintf(stderr, "catchall: lists update: %s new: %zu entities\n", update.key.c_str(),
                   update.entities);
    } else if (update.has_diff) {
      std::fprintf(stderr, "catchall: lists update: %s %s: %zu added, %zu removed, %zu changed\n",
                   update.key.c_str(), std::string(UpdateStatusName(update.status)).c_str(),
                   update.added, update.removed, update.changed);
    }
  }
  return outcome->any_remote_failure ? exit_code::kRemote : exit_code::kOk;
}

void AddListsOption(CLI::App* command, ListsArguments& arguments) {
  command->add_option("--lists", arguments.lists, "List files or directories (formats detected)")
      ->required();
}

}  // namespace

void AddListsCommand(CLI::App& app, ListsArguments& arguments) {
  CLI::App* lists = app.add_subcommand("lists", "Inspect, compare and update sanctions lists");
  lists->require_subcommand(1);
  ListsArguments& a = arguments;

  a.stats = lists->add_subcommand("stats", "Per list: format, version, checksum, counts");
  AddListsOption(a.stats, a);
  a.stats->add_option("--format", a.format, "json (one line per list) or text")
      ->check(CLI::IsMember({"json", "text"}))
      ->capture_default_str();

  a.show = lists->add_subcommand("show", "Print entities as JSON lines");
  AddListsOption(a.show, a);
  a.show->add_option("--id", a.id, "Only the entity with this id or list reference");
  a.show->add_option("--query", a.query, "Only entities with a name containing this text");
  a.show->add_option("--list", a.list_key, "Only entities of this list key (e.g. un_sc)");
  a.show->add_option("--limit", a.limit, "At most this many lines (0: all)");
  a.show->add_flag("--rejects", a.rejects, "Print the records the readers rejected instead");

  a.diff = lists->add_subcommand("diff", "Entries added, removed and changed between versions");
  a.diff->add_option("old", a.old_path, "The old version (file or directory)")->required();
  a.diff->add_option("new", a.new_path, "The new version (file or directory)")->required();
  a.diff->add_flag("--summary", a.summary, "Only the summary line with the counts");

  a.update = lists->add_subcommand("update", "Download the official list files into a directory");
  a.update->add_option("--config", a.config,
                       "List sources YAML (default: list_sources.yaml of the data directory)");
  a.update->add_option("--data-dir", a.data_dir, "Reference data directory");
  a.update->add_option("--dir", a.dir, "Directory holding the list files")->required();
  a.update->add_option("--only", a.only, "Update only these source keys");
  a.update
      ->add_option("--min-ratio", a.min_ratio,
                   "Refuse a version with fewer than this share of the current entities (0: off)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  a.update->add_option("--connect-timeout", a.connect_timeout, "Seconds")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();
  a.update->add_option("--read-timeout", a.read_timeout, "Seconds between bytes")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();
  a.update->add_flag("-q,--quiet", a.quiet, "No notes on stderr");
}

int RunListsCommand(ListsArguments& arguments) {
  if (arguments.stats->parsed()) return RunStats(arguments);
  if (arguments.show->parsed()) return RunShow(arguments);
  if (arguments.diff->parsed()) return RunDiff(arguments);
  if (arguments.update->parsed()) return RunUpdate(arguments);
  return exit_code::kUsage;
}

}  // namespace catchall
