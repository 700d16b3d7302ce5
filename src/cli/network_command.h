// `catchall network FILE... --out DIR`: the collaboration network of a set of publication
// records (src/network): bridges, paths from a chosen institution to DPRK institutions,
// citation links, the graph files for Gephi, yEd and VOSviewer, and an interactive view.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "analysis/list_screening.h"

namespace catchall {

struct NetworkArguments {
  std::vector<std::string> files;
  std::string out_dir = "catchall-network";
  std::string format;
  std::string data_dir;
  std::string from;  // --from: an institution (registry id or name)
  int hops = 4;
  std::vector<std::string> lists;
  double list_threshold = kDefaultListScreenThreshold;
  unsigned threads = 0;
  bool no_view = false;
  bool quiet = false;
};

void AddNetworkCommand(CLI::App& app, NetworkArguments& arguments);
int RunNetworkCommand(NetworkArguments& arguments);

}  // namespace catchall
