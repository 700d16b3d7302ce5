// `catchall network FILE... --out DIR`: the collaboration network of a set of publication
// records (src/network): bridges, paths from a chosen institution to DPRK institutions,
// citation links, the graph files for Gephi, yEd and VOSviewer, and an interactive view.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "cli/corpus_inputs.h"

namespace catchall {

struct NetworkArguments {
  CorpusArguments corpus{"catchall-network"};
  std::string from;  // --from: an institution (registry id or name)
  int hops = 4;
  bool no_view = false;
};

void AddNetworkCommand(CLI::App& app, NetworkArguments& arguments);
int RunNetworkCommand(NetworkArguments& arguments);

}  // namespace catchall
