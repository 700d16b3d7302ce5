// The interactive view of the collaboration network (DIR/network.html): one self-contained page
// with an SVG drawing of the part of the graph that matters (DPRK institutions, institutions of
// concern, the bridges, the path nodes and their neighbours, at most kMaxViewNodes nodes) laid
// out by igraph's Fruchterman-Reingold layout (fixed seed: the same graph gives the same
// picture), and a small script: hover names a node, a click shows its ties and the records on
// each, the wheel zooms, dragging pans. Without scripts the drawing and the tables still show.
#pragma once

#include <string>
#include <vector>

#include "network/collaboration_graph.h"
#include "network/network_analysis.h"
#include "network/network_output.h"

namespace catchall {

inline constexpr size_t kMaxViewNodes = 1500;

std::string NetworkViewHtml(const CollaborationGraph& graph, const std::vector<Bridge>& bridges,
                            const std::vector<NetworkPath>& paths,
                            const std::vector<CitationLink>& links, const NetworkRunFacts& facts);

}  // namespace catchall
