// `catchall lists update`: downloads the official list files named in a YAML config
// (data/list_sources.yaml by default), checks each download by parsing it with its reader before
// it replaces the current file, keeps the replaced version in DIR/previous/, records version,
// sha256 and download time in DIR/manifest.json and reports what changed (via DiffLists). The
// config and manifest layouts are in docs/lists.md.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "base/result.h"
#include "fetch/http_transport.h"

namespace catchall {

struct ListSourceConfig {
  std::string key;        // "un_sc", "ofac_sdn", ...; unique in the config
  std::string url;        // http:// or https://
  std::string file;       // plain file name inside the update directory
  std::string title;      // optional, for people
  std::string publisher;  // optional: who publishes the file (documentation only)
  unsigned long long line = 0;
};

struct UpdateConfig {
  std::string path;
  std::vector<ListSourceConfig> sources;
};

// An Error with file and line for YAML mistakes, duplicate keys or files, unsafe file names.
Result<UpdateConfig> LoadUpdateConfig(const std::string& path);

struct UpdateOptions {
  std::string dir;
  HttpClientOptions http;
  // A new version with fewer than this share of the current version's entities is refused
  // (most likely a truncated download that still parses); 0 turns the check off.
  double min_entity_ratio = 0.5;
  std::vector<std::string> only_keys;  // update only these sources (empty: all)
};

enum class UpdateStatus {
  kNew,        // first download, no current file
  kUpdated,    // content changed; the old file is in previous/
  kUnchanged,  // same sha256 as the current file
  kRefused,    // downloaded but not a valid list (HTML page, truncated, shrunk): current kept
  kFailed,     // not downloaded (connection error, HTTP status other than 200)
};
std::string_view UpdateStatusName(UpdateStatus status);

struct SourceUpdate {
  std::string key;
  std::string file;  // DIR/<file>
  UpdateStatus status = UpdateStatus::kFailed;
  std::string message;  // why refused or failed
  std::string format, version, version_from, sha256;
  size_t entities = 0;
  bool has_diff = false;  // added/removed/changed are counts against the previous version
  size_t added = 0, removed = 0, changed = 0;
};

struct UpdateOutcome {
  std::vector<SourceUpdate> sources;  // config order
  bool any_remote_failure = false;    // some source failed or was refused
};

// An Error only when the directory or the manifest cannot be written (nothing remote).
Result<UpdateOutcome> UpdateLists(const UpdateConfig& config, const UpdateOptions& options);

}  // namespace catchall
