#include "network/network_analysis.h"

#include <igraph.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "network/igraph_support.h"
#include "text/normalize.h"

namespace catchall {
namespace {

bool OfConcernOutsideDprk(const GraphNode& node) { return node.concern && !node.dprk; }

void AddToSide(std::vector<BridgeSide>& side, uint32_t institution, uint32_t record, bool own) {
  auto it = std::find_if(side.begin(), side.end(),
                         [&](const BridgeSide& s) { return s.institution == institution; });
  if (it == side.end()) {
    side.push_back({institution, {}, false});
    it = side.end() - 1;
  }
  if (it->records.empty() || it->records.back() != record) it->records.push_back(record);
  it->own = it->own || own;
}

// The institution nodes author node `author` is at on record r (its own affiliations there).
std::vector<uint32_t> OwnInstitutions(const CollaborationGraph& graph,
                                      const std::vector<NetworkRecord>& records, size_t r,
                                      uint32_t author) {
  std::vector<uint32_t> out;
  for (size_t s = 0; s < graph.author_nodes[r].size(); ++s) {
    if (graph.author_nodes[r][s] != author) continue;
    for (uint32_t institution : records[r].authors[s].institutions) {
      out.push_back(graph.institution_nodes[r][institution]);
    }
  }
  return out;
}

// RAII for an igraph_t built from the collaboration graph (undirected, node i = vertex i).
class IGraph {
 public:
  explicit IGraph(const CollaborationGraph& graph) {
    InstallIgraphHandlers();
    igraph_vector_int_t edges;
    igraph_vector_int_init(&edges, static_cast<igraph_integer_t>(2 * graph.edges.size()));
    for (size_t e = 0; e < graph.edges.size(); ++e) {
      VECTOR(edges)[2 * e] = graph.edges[e].source;
      VECTOR(edges)[2 * e + 1] = graph.edges[e].target;
    }
    igraph_create(&graph_, &edges, static_cast<igraph_integer_t>(graph.nodes.size()),
                  IGRAPH_UNDIRECTED);
    igraph_vector_int_destroy(&edges);
  }
  ~IGraph() { igraph_destroy(&graph_); }
  IGraph(const IGraph&) = delete;
  IGraph& operator=(const IGraph&) = delete;
  const igraph_t* get() const { return &graph_; }

 private:
  igraph_t graph_;
};

}  // namespace

std::vector<Bridge> FindBridges(const CollaborationGraph& graph,
                                const std::vector<NetworkRecord>& records) {
  std::map<uint32_t, Bridge> by_author;
  for (size_t r = 0; r < graph.records.size(); ++r) {
    const auto record = static_cast<uint32_t>(r);
    std::vector<uint32_t> dprk, concern;
    for (uint32_t node : graph.institution_nodes[r]) {
      if (graph.nodes[node].dprk) dprk.push_back(node);
      if (OfConcernOutsideDprk(graph.nodes[node])) concern.push_back(node);
    }
    if (dprk.empty() && concern.empty()) continue;
    std::vector<uint32_t> authors = graph.author_nodes[r];
    std::sort(authors.begin(), authors.end());
    authors.erase(std::unique(authors.begin(), authors.end()), authors.end());
    for (uint32_t author : authors) {
      Bridge& bridge = by_author[author];
      bridge.author = author;
      const std::vector<uint32_t> own = OwnInstitutions(graph, records, r, author);
      auto is_own = [&own](uint32_t node) {
        return std::find(own.begin(), own.end(), node) != own.end();
      };
      for (uint32_t node : dprk) AddToSide(bridge.dprk, node, record, is_own(node));
      for (uint32_t node : concern) AddToSide(bridge.concern, node, record, is_own(node));
      if (!dprk.empty() && !concern.empty()) bridge.records_with_both.push_back(record);
    }
  }
  std::vector<Bridge> out;
  for (auto& [author, bridge] : by_author) {
    // A researcher at a DPRK institution is one side of the tie, not a bridge to it.
    if (graph.nodes[author].dprk) continue;
    if (!bridge.dprk.empty() && !bridge.concern.empty()) out.push_back(std::move(bridge));
  }
  return out;
}

Result<std::vector<uint32_t>> FindInstitutions(const CollaborationGraph& graph,
                                               const std::string& name) {
  const std::string wanted_key = name.starts_with("inst:") ? name : "inst:" + name;
  const std::string wanted = NormalizeText(name);
  std::vector<uint32_t> exact, same_label, containing;
  for (size_t n = 0; n < graph.nodes.size(); ++n) {
    const GraphNode& node = graph.nodes[n];
    if (node.kind != NodeKind::kInstitution) continue;
    const auto index = static_cast<uint32_t>(n);
    if (node.key == wanted_key) exact.push_back(index);
    const std::string label = NormalizeText(node.label);
    if (label == wanted) same_label.push_back(index);
    if (!wanted.empty() && (" " + label + " ").find(" " + wanted + " ") != std::string::npos) {
      containing.push_back(index);
    }
  }
  if (!exact.empty()) return exact;
  if (!same_label.empty()) return same_label;
  if (!containing.empty()) return containing;
  return Error{"no institution of the records is named '" + name +
                   "' (give a registry id, the institution's name or a part of it)",
               {}};
}

std::vector<NetworkPath> FindPaths(const CollaborationGraph& graph,
                                   const std::vector<uint32_t>& from, int max_hops) {
  std::vector<NetworkPath> out;
  if (graph.nodes.empty()) return out;
  const IGraph ig(graph);
  std::vector<igraph_integer_t> targets;
  for (size_t n = 0; n < graph.nodes.size(); ++n) {
    if (graph.nodes[n].kind == NodeKind::kInstitution && graph.nodes[n].dprk) {
      targets.push_back(static_cast<igraph_integer_t>(n));
    }
  }
  if (targets.empty()) return out;
  igraph_vs_t to;
  igraph_vector_int_t target_vector;
  igraph_vector_int_view(&target_vector, targets.data(),
                         static_cast<igraph_integer_t>(targets.size()));
  igraph_vs_vector(&to, &target_vector);
  for (uint32_t source : from) {
    igraph_vector_int_list_t vertices, edges;
    igraph_vector_int_list_init(&vertices, 0);
    igraph_vector_int_list_init(&edges, 0);
    igraph_get_shortest_paths(ig.get(), &vertices, &edges, source, to, IGRAPH_ALL, nullptr,
                              nullptr);
    for (igraph_integer_t t = 0; t < igraph_vector_int_list_size(&vertices); ++t) {
      const igraph_vector_int_t* path = igraph_vector_int_list_get_ptr(&vertices, t);
      const igraph_vector_int_t* path_edges = igraph_vector_int_list_get_ptr(&edges, t);
      const igraph_integer_t length = igraph_vector_int_size(path);
      if (length < 2 || length - 1 > max_hops) continue;  // unreachable, itself, or too far
      NetworkPath found;
      found.from = source;
      found.to = static_cast<uint32_t>(VECTOR(*path)[length - 1]);
      for (igraph_integer_t i = 0; i < length; ++i) {
        found.steps.push_back(
            {static_cast<uint32_t>(VECTOR(*path)[i]), i == 0 ? -1 : VECTOR(*path_edges)[i - 1]});
      }
      out.push_back(std::move(found));
    }
    igraph_vector_int_list_destroy(&vertices);
    igraph_vector_int_list_destroy(&edges);
  }
  igraph_vs_destroy(&to);
  std::stable_sort(out.begin(), out.end(), [](const NetworkPath& a, const NetworkPath& b) {
    return a.hops() != b.hops() ? a.hops() < b.hops() : a.to < b.to;
  });
  return out;
}

std::vector<CitationLink> FindCitationLinks(const CollaborationGraph& graph,
                                            const std::vector<NetworkRecord>& records) {
  std::unordered_map<std::string, uint32_t> record_of_key;
  for (size_t r = 0; r < records.size(); ++r) {
    for (const std::string& key : records[r].own_keys) {
      record_of_key.try_emplace(key, static_cast<uint32_t>(r));
    }
  }
  std::vector<CitationLink> out;
  for (size_t r = 0; r < records.size(); ++r) {
    std::vector<uint32_t> concern;
    for (uint32_t node : graph.institution_nodes[r]) {
      if (OfConcernOutsideDprk(graph.nodes[node])) concern.push_back(node);
    }
    if (concern.empty()) continue;
    std::vector<uint32_t> seen;
    for (const std::string& key : records[r].cited_keys) {
      const auto it = record_of_key.find(key);
      if (it == record_of_key.end() || it->second == r) continue;
      if (std::find(seen.begin(), seen.end(), it->second) != seen.end()) continue;
      seen.push_back(it->second);
      out.push_back({it->second, static_cast<uint32_t>(r), key, concern});
    }
  }
  return out;
}

}  // namespace catchall
