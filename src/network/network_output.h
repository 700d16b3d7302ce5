// The files of `catchall network --out DIR` (docs/network.md): bridges.jsonl, paths.jsonl,
// citations.jsonl, network_summary.json, and the graph files of graph_files.h.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "network/collaboration_graph.h"
#include "network/network_analysis.h"

namespace catchall {

void WriteBridges(const CollaborationGraph& graph, const std::vector<Bridge>& bridges,
                  std::ostream& out);
void WritePaths(const CollaborationGraph& graph, const std::vector<NetworkPath>& paths,
                std::ostream& out);
void WriteCitationLinks(const CollaborationGraph& graph, const std::vector<CitationLink>& links,
                        std::ostream& out);

struct NetworkRunFacts {
  std::vector<std::string> inputs;
  uint64_t records = 0;
  uint64_t rejected = 0;
  std::string from;  // --from, empty when not asked
  int hops = 0;
  std::vector<std::string> lists;  // "list (version)" of --lists
  double seconds = 0;
};

std::string NetworkSummaryJson(const CollaborationGraph& graph, const std::vector<Bridge>& bridges,
                               const std::vector<NetworkPath>& paths,
                               const std::vector<CitationLink>& links,
                               const NetworkRunFacts& facts);

}  // namespace catchall
