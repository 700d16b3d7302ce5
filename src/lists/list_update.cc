#include "lists/list_update.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "base/clock.h"
#include "io/atomic_file.h"
#include "io/yaml_fields.h"
#include "lists/list_diff.h"
#include "lists/list_format.h"
#include "lists/list_loader.h"

namespace catchall {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

constexpr const char* kManifestName = "manifest.json";
constexpr const char* kPreviousDir = "previous";

bool IsPlainFileName(const std::string& name) {
  return !name.empty() && name.find('/') == std::string::npos &&
         name.find('\\') == std::string::npos && name != "." && name != ".." &&
         name.front() != '.' && name != kManifestName;
}

Result<ListSourceConfig> ParseSource(const YAML::Node& node, const std::string& path) {
  const std::string what = "list source";
  if (!node.IsMap()) return YamlError(path, YamlLine(node), "a list source must be a map");
  if (Status fields =
          CheckYamlFields(node, {"key", "url", "file", "title", "publisher"}, what, path);
      !fields.ok()) {
    return fields.error();
  }
  ListSourceConfig source;
  source.line = YamlLine(node);
  const std::pair<const char*, std::string*> scalars[] = {{"key", &source.key},
                                                          {"url", &source.url},
                                                          {"file", &source.file},
                                                          {"title", &source.title},
                                                          {"publisher", &source.publisher}};
  for (const auto& [name, target] : scalars) {
    const bool required = std::string_view(name) == "key" || std::string_view(name) == "url" ||
                          std::string_view(name) == "file";
    auto value = YamlScalar(node, name, required, what, path);
    if (!value.ok()) return value.error();
    *target = std::move(value).value();
  }
  if (!source.url.starts_with("http://") && !source.url.starts_with("https://")) {
    return YamlError(path, source.line, "url of '" + source.key + "' is not http:// or https://");
  }
  if (!IsPlainFileName(source.file)) {
    return YamlError(path, source.line,
                     "file of '" + source.key + "' must be a plain file name, not a path");
  }
  return source;
}

// "https://host:port/a/b?c" -> origin "https://host:port", target "/a/b?c".
std::pair<std::string, std::string> SplitUrl(const std::string& url) {
  const size_t host = url.find("://") + 3;
  const size_t slash = url.find('/', host);
  if (slash == std::string::npos) return {url, "/"};
  return {url.substr(0, slash), url.substr(slash)};
}

Result<std::string> Download(const std::string& url, const HttpClientOptions& http) {
  const auto [origin, target] = SplitUrl(url);
  auto transport = MakeHttpTransport(BaseUrl{origin, ""}, http);
  if (!transport.ok()) return transport.error();
  auto reply = (*transport)->Get(target);
  if (!reply.ok()) {
    // The transport names the origin; the whole URL says more.
    std::string message = reply.error().message;
    if (message.starts_with(origin + ": ")) message.erase(0, origin.size() + 2);
    return Error{url + ": " + message, {}};
  }
  if (reply->status != 200) {
    return Error{url + ": HTTP status " + std::to_string(reply->status), {}};
  }
  return std::move(reply->body);
}

std::optional<std::string> ReadCurrent(const std::string& path) {
  std::error_code error;
  if (!fs::is_regular_file(path, error)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The state of one source while an update runs.
struct Work {
  const ListSourceConfig* config = nullptr;
  std::string path;                    // DIR/<file>
  std::optional<std::string> current;  // bytes on disk before the update
  std::optional<std::string> fresh;    // downloaded bytes that passed detection
  std::string group;                   // sources read together (an OFAC set) share it
  // Not selected by --only: its current file is read with its group (an OFAC alt.csv needs its
  // sdn.csv) but it is not downloaded, reported or recorded.
  bool context_only = false;
  SourceUpdate outcome;
};

std::string GroupOf(const Work& work) {
  const std::string* bytes = work.fresh ? &*work.fresh : work.current ? &*work.current : nullptr;
  if (bytes != nullptr) {
    const auto format = DetectListFormat(*bytes);
    if (format && format->format == ListFormat::kOfacLegacyCsv) {
      return "ofac:" + OfacSetName(work.config->file);
    }
  }
  return "file:" + work.config->file;
}

// The group's files as they are now (`use_fresh` false) or would be after the update.
std::vector<ListFile> GroupFiles(const std::vector<Work*>& members, bool use_fresh) {
  std::vector<ListFile> files;
  for (const Work* work : members) {
    const std::optional<std::string>& bytes =
        use_fresh && work->fresh ? work->fresh : work->current;
    if (bytes) files.push_back({work->path, *bytes});
  }
  return files;
}

void Refuse(Work& work, std::string message) {
  work.fresh.reset();
  work.outcome.status = UpdateStatus::kRefused;
  work.outcome.message = std::move(message);
}

Status Commit(Work& work, const std::string& dir) {
  if (work.current) {
    const fs::path previous = fs::path(dir) / kPreviousDir;
    std::error_code error;
    fs::create_directories(previous, error);
    if (error) return Error{"cannot create: " + error.message(), {previous.string(), 0}};
    if (Status kept = WriteFileAtomically((previous / work.config->file).string(), *work.current);
        !kept.ok()) {
      return kept;
    }
  }
  return WriteFileAtomically(work.path, *work.fresh);
}

// Checks the group's downloads by reading the group as it would become, then commits them.
Status SettleGroup(const std::vector<Work*>& members, const UpdateOptions& options) {
  bool any_fresh = false;
  for (const Work* work : members) any_fresh |= work->fresh.has_value();
  if (!any_fresh) return Ok{};
  auto fresh_list = ReadDetectedList(GroupFiles(members, true));
  if (!fresh_list.ok()) {
    for (Work* work : members) {
      if (work->fresh) Refuse(*work, "download does not read: " + fresh_list.error().ToString());
    }
    return Ok{};
  }
  const std::vector<ListFile> old_files = GroupFiles(members, false);
  std::optional<EntityList> old_list;
  if (!old_files.empty()) {
    if (auto read = ReadDetectedList(old_files); read.ok()) old_list = std::move(read).value();
  }
  if (old_list && options.min_entity_ratio > 0 &&
      static_cast<double>(fresh_list->entities.size()) <
          options.min_entity_ratio * static_cast<double>(old_list->entities.size())) {
    for (Work* work : members) {
      if (work->fresh) {
        Refuse(*work, "download has " + std::to_string(fresh_list->entities.size()) +
                          " entities, the current version " +
                          std::to_string(old_list->entities.size()) +
                          " (truncated?); --min-ratio 0 accepts it");
      }
    }
    return Ok{};
  }
  std::optional<ListDiff> diff;
  if (old_list) diff = DiffLists(*old_list, *fresh_list);
  const std::string today = UtcNowIso().substr(0, 10);
  for (Work* work : members) {
    if (!work->fresh) continue;
    SourceUpdate& out = work->outcome;
    out.sha256 = Sha256Hex(*work->fresh);
    out.format = fresh_list->source.format;
    out.entities = fresh_list->entities.size();
    out.version = fresh_list->source.version.empty() ? today : fresh_list->source.version;
    out.version_from = fresh_list->source.version.empty() ? "download_date" : "list";
    if (work->current && Sha256Hex(*work->current) == out.sha256) {
      out.status = UpdateStatus::kUnchanged;
      continue;
    }
    if (Status committed = Commit(*work, options.dir); !committed.ok()) return committed;
    out.status = work->current ? UpdateStatus::kUpdated : UpdateStatus::kNew;
    if (diff) {
      out.has_diff = true;
      out.added = diff->added;
      out.removed = diff->removed;
      out.changed = diff->changed;
    }
  }
  return Ok{};
}

Json LoadManifest(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Json::object();
  Json manifest = Json::parse(in, nullptr, false);
  if (manifest.is_discarded() || !manifest.is_object()) return Json::object();
  return manifest;
}

void RecordInManifest(Json& sources, const Work& work, const std::string& now) {
  const SourceUpdate& out = work.outcome;
  Json& entry = sources[work.config->key];
  if (!entry.is_object()) entry = Json::object();
  entry["url"] = work.config->url;
  entry["file"] = work.config->file;
  entry["last_attempt"] = now;
  entry["last_status"] = UpdateStatusName(out.status);
  if (out.status == UpdateStatus::kRefused || out.status == UpdateStatus::kFailed) {
    entry["last_error"] = out.message;
    return;
  }
  entry.erase("last_error");
  if (out.status == UpdateStatus::kUpdated && entry.contains("sha256")) {
    entry["previous"] = {{"file", std::string(kPreviousDir) + "/" + work.config->file},
                         {"sha256", entry["sha256"]},
                         {"version", entry.value("version", "")},
                         {"downloaded_at", entry.value("downloaded_at", "")}};
  }
  entry["format"] = out.format;
  entry["version"] = out.version;
  entry["version_from"] = out.version_from;
  entry["sha256"] = out.sha256;
  entry["bytes"] = work.fresh ? work.fresh->size() : 0;
  entry["entities"] = out.entities;
  if (out.status != UpdateStatus::kUnchanged || !entry.contains("downloaded_at")) {
    entry["downloaded_at"] = now;
  }
  entry["checked_at"] = now;
}

}  // namespace

std::string_view UpdateStatusName(UpdateStatus status) {
  switch (status) {
    case UpdateStatus::kNew:
      return "new";
    case UpdateStatus::kUpdated:
      return "updated";
    case UpdateStatus::kUnchanged:
      return "unchanged";
    case UpdateStatus::kRefused:
      return "refused";
    case UpdateStatus::kFailed:
      return "failed";
  }
  return "";
}

Result<UpdateConfig> LoadUpdateConfig(const std::string& path) {
  auto root = LoadYamlFile(path, "the list sources file");
  if (!root.ok()) return root.error();
  if (!root->IsMap() || !(*root)["sources"] || !(*root)["sources"].IsSequence()) {
    return YamlError(path, 1, "expected a map with a 'sources' list");
  }
  if (Status fields = CheckYamlFields(*root, {"sources"}, "the list sources file", path);
      !fields.ok()) {
    return fields.error();
  }
  UpdateConfig config;
  config.path = path;
  std::set<std::string> keys, files;
  for (const YAML::Node& node : (*root)["sources"]) {
    auto source = ParseSource(node, path);
    if (!source.ok()) return source.error();
    if (!keys.insert(source->key).second) {
      return YamlError(path, source->line, "key '" + source->key + "' appears twice");
    }
    if (!files.insert(source->file).second) {
      return YamlError(path, source->line, "file '" + source->file + "' appears twice");
    }
    config.sources.push_back(std::move(source).value());
  }
  return config;
}

Result<UpdateOutcome> UpdateLists(const UpdateConfig& config, const UpdateOptions& options) {
  std::error_code error;
  fs::create_directories(options.dir, error);
  if (error) return Error{"cannot create the directory: " + error.message(), {options.dir, 0}};
  std::vector<Work> works;
  for (const ListSourceConfig& source : config.sources) {
    Work& work = works.emplace_back();
    work.config = &source;
    work.path = (fs::path(options.dir) / source.file).string();
    work.current = ReadCurrent(work.path);
    if (!options.only_keys.empty() && std::find(options.only_keys.begin(), options.only_keys.end(),
                                                source.key) == options.only_keys.end()) {
      work.context_only = true;
      continue;
    }
    work.outcome.key = source.key;
    work.outcome.file = work.path;
    auto body = Download(source.url, options.http);
    if (!body.ok()) {
      work.outcome.status = UpdateStatus::kFailed;
      work.outcome.message = body.error().ToString();
      continue;
    }
    if (auto format = DetectListBytesFormat(*body, source.url); !format.ok()) {
      Refuse(work, "not a list file (an error page?): " + format.error().message);
      continue;
    }
    work.fresh = std::move(body).value();
  }
  std::map<std::string, std::vector<Work*>> groups;
  for (Work& work : works) {
    work.group = GroupOf(work);
    groups[work.group].push_back(&work);
  }
  for (auto& [name, members] : groups) {
    if (Status settled = SettleGroup(members, options); !settled.ok()) return settled.error();
  }
  const std::string manifest_path = (fs::path(options.dir) / kManifestName).string();
  Json manifest = LoadManifest(manifest_path);
  if (!manifest["sources"].is_object()) manifest["sources"] = Json::object();
  const std::string now = UtcNowIso();
  for (const Work& work : works) {
    if (!work.context_only) RecordInManifest(manifest["sources"], work, now);
  }
  manifest["updated_at"] = now;
  manifest["config"] = config.path;
  const std::string text = manifest.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
  if (Status written = WriteFileAtomically(manifest_path, text); !written.ok()) {
    return written.error();
  }
  UpdateOutcome outcome;
  for (Work& work : works) {
    if (work.context_only) continue;
    const UpdateStatus status = work.outcome.status;
    outcome.any_remote_failure |=
        status == UpdateStatus::kFailed || status == UpdateStatus::kRefused;
    outcome.sources.push_back(std::move(work.outcome));
  }
  return outcome;
}

}  // namespace catchall
