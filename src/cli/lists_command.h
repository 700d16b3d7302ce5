// `catchall lists show|stats|diff|update`: looks at loaded sanctions and export-control lists and
// keeps a directory of official list files current. Wires arguments to src/lists and maps
// failures to exit codes (a list file that cannot be read is reference data: exit 4; a download
// that fails or is refused: exit 6).
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace catchall {

struct ListsArguments {
  std::vector<std::string> lists;     // --lists for show and stats
  std::string format = "json";        // stats: json or text
  std::string id, query, list_key;    // show filters
  size_t limit = 0;                   // show: 0 = no limit
  bool rejects = false;               // show: print the rejected records instead
  std::string old_path, new_path;     // diff
  bool summary = false;               // diff: counts only
  std::string config, dir, data_dir;  // update
  std::vector<std::string> only;
  double min_ratio = 0.5;
  int connect_timeout = 10, read_timeout = 120;
  bool quiet = false;
  CLI::App* show = nullptr;
  CLI::App* stats = nullptr;
  CLI::App* diff = nullptr;
  CLI::App* update = nullptr;
};

void AddListsCommand(CLI::App& app, ListsArguments& arguments);
int RunListsCommand(ListsArguments& arguments);

}  // namespace catchall
