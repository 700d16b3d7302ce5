#include "network/collaboration_graph.h"

#include <algorithm>
#include <unordered_map>

#include "network/author_identity.h"
#include "network/network_record.h"

namespace catchall {
namespace {

uint64_t PairKey(uint32_t a, uint32_t b) {
  if (b < a) std::swap(a, b);
  return (static_cast<uint64_t>(a) << 32) | b;
}

void AddUnique(std::vector<std::string>& to, const std::vector<std::string>& from) {
  for (const std::string& item : from) {
    if (std::find(to.begin(), to.end(), item) == to.end()) to.push_back(item);
  }
}

class GraphBuilder {
 public:
  explicit GraphBuilder(CollaborationGraph& graph) : graph_(graph) {}

  uint32_t Institution(const NetworkInstitution& institution) {
    auto [it, added] = institutions_.try_emplace(institution.key, graph_.nodes.size());
    if (added) {
      GraphNode& node = graph_.nodes.emplace_back();
      node.kind = NodeKind::kInstitution;
      node.key = institution.key;
      node.label = institution.name;
      node.country = institution.country;
      node.dprk = institution.dprk;
    }
    GraphNode& node = graph_.nodes[it->second];
    node.concern = node.concern || institution.concern;
    AddUnique(node.tags, institution.tags);
    if (node.risk_level.empty() || institution.risk_level == "high") {
      if (!institution.risk_level.empty()) node.risk_level = institution.risk_level;
    }
    AddUnique(node.identifiers, institution.list_entries);
    return it->second;
  }

  uint32_t Author(const AuthorCluster& cluster, uint32_t cluster_index) {
    auto [it, added] = authors_.try_emplace(cluster_index, graph_.nodes.size());
    if (added) {
      GraphNode& node = graph_.nodes.emplace_back();
      node.kind = NodeKind::kAuthor;
      node.key = cluster.key;
      node.label = cluster.label;
      node.confidence = cluster.confidence;
      node.merged_by = cluster.merged_by;
      node.identifiers = cluster.identifiers;
    }
    return it->second;
  }

  void Edge(uint32_t a, uint32_t b, EdgeKind kind, uint32_t record) {
    auto [it, added] = edges_.try_emplace(PairKey(a, b), graph_.edges.size());
    if (added) graph_.edges.push_back({a, b, kind, {}});
    std::vector<uint32_t>& records = graph_.edges[it->second].records;
    if (records.empty() || records.back() != record) records.push_back(record);
  }

 private:
  CollaborationGraph& graph_;
  std::unordered_map<std::string, uint32_t> institutions_;
  std::unordered_map<uint32_t, uint32_t> authors_;
  std::unordered_map<uint64_t, uint32_t> edges_;
};

}  // namespace

const char* NodeKindName(NodeKind kind) {
  return kind == NodeKind::kAuthor ? "author" : "institution";
}

const char* EdgeKindName(EdgeKind kind) {
  return kind == EdgeKind::kAffiliation ? "affiliation" : "coauthorship";
}

CollaborationGraph BuildCollaborationGraph(std::vector<NetworkRecord>& records,
                                           const AuthorAssignment& authors) {
  CollaborationGraph graph;
  GraphBuilder builder(graph);
  graph.records.reserve(records.size());
  graph.author_nodes.resize(records.size());
  graph.institution_nodes.resize(records.size());
  for (size_t r = 0; r < records.size(); ++r) {
    NetworkRecord& record = records[r];
    const auto index = static_cast<uint32_t>(r);
    graph.records.push_back(std::move(record.record));
    std::vector<uint32_t>& institution_nodes = graph.institution_nodes[r];
    for (const auto& institution : record.institutions) {
      const uint32_t node = builder.Institution(*institution);
      institution_nodes.push_back(node);
    }
    std::vector<uint32_t>& author_nodes = graph.author_nodes[r];
    for (size_t s = 0; s < record.authors.size(); ++s) {
      const uint32_t cluster = authors.cluster_of[r][s];
      const uint32_t node = builder.Author(authors.clusters[cluster], cluster);
      author_nodes.push_back(node);
      for (uint32_t institution : record.authors[s].institutions) {
        const uint32_t target = institution_nodes[institution];
        builder.Edge(node, target, EdgeKind::kAffiliation, index);
        GraphNode& author = graph.nodes[node];
        const GraphNode& place = graph.nodes[target];
        author.dprk = author.dprk || place.dprk;
        author.concern = author.concern || (place.concern && !place.dprk);
        if (author.country.empty()) author.country = place.country;
      }
    }
    // Each node counts the record once, however many slots or affiliations it has on it.
    std::vector<uint32_t> on_record = author_nodes;
    on_record.insert(on_record.end(), institution_nodes.begin(), institution_nodes.end());
    std::sort(on_record.begin(), on_record.end());
    on_record.erase(std::unique(on_record.begin(), on_record.end()), on_record.end());
    for (uint32_t node : on_record) ++graph.nodes[node].records;
    if (record.authors.size() > kMaxAuthorsForCoauthorshipEdges) {
      ++graph.records_without_coauthorship_edges;
      continue;
    }
    for (size_t i = 0; i < author_nodes.size(); ++i) {
      for (size_t j = i + 1; j < author_nodes.size(); ++j) {
        if (author_nodes[i] != author_nodes[j]) {
          builder.Edge(author_nodes[i], author_nodes[j], EdgeKind::kCoauthorship, index);
        }
      }
    }
  }
  return graph;
}

}  // namespace catchall
