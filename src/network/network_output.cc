#include "network/network_output.h"

#include <map>
#include <nlohmann/json.hpp>

namespace catchall {
namespace {

using Json = nlohmann::ordered_json;

std::string Dump(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Json RecordJson(const GraphRecord& record) {
  Json out = {{"id", record.id},
              {"doi", record.doi.empty() ? Json() : Json(record.doi)},
              {"year", record.year > 0 ? Json(record.year) : Json()},
              {"title", record.title},
              {"file", record.file},
              {"line", record.line}};
  return out;
}

Json RecordsJson(const CollaborationGraph& graph, const std::vector<uint32_t>& records) {
  Json out = Json::array();
  for (uint32_t r : records) out.push_back(RecordJson(graph.records[r]));
  return out;
}

Json NodeJson(const GraphNode& node) {
  Json out = {{"kind", NodeKindName(node.kind)},
              {"key", node.key},
              {"name", node.label},
              {"country", node.country.empty() ? Json() : Json(node.country)},
              {"dprk", node.dprk},
              {"concern", node.concern}};
  if (node.kind == NodeKind::kInstitution) {
    out["tags"] = node.tags;
    out["risk_level"] = node.risk_level.empty() ? Json() : Json(node.risk_level);
    out["list_entries"] = node.identifiers;
  } else {
    out["identifiers"] = node.identifiers;
    out["confidence"] = node.confidence;
    out["merged_by"] = node.merged_by;
  }
  out["records"] = node.records;
  return out;
}

Json SideJson(const CollaborationGraph& graph, const std::vector<BridgeSide>& side) {
  Json out = Json::array();
  for (const BridgeSide& item : side) {
    Json institution = NodeJson(graph.nodes[item.institution]);
    institution["own"] = item.own;
    institution["records"] = RecordsJson(graph, item.records);
    out.push_back(std::move(institution));
  }
  return out;
}

}  // namespace

void WriteBridges(const CollaborationGraph& graph, const std::vector<Bridge>& bridges,
                  std::ostream& out) {
  for (const Bridge& bridge : bridges) {
    Json line = {{"author", NodeJson(graph.nodes[bridge.author])},
                 {"dprk_institutions", SideJson(graph, bridge.dprk)},
                 {"concern_institutions", SideJson(graph, bridge.concern)},
                 {"records_with_both", RecordsJson(graph, bridge.records_with_both)}};
    out << Dump(line) << '\n';
  }
}

void WritePaths(const CollaborationGraph& graph, const std::vector<NetworkPath>& paths,
                std::ostream& out) {
  for (const NetworkPath& path : paths) {
    Json steps = Json::array();
    for (const PathStep& step : path.steps) {
      Json item = {{"node", NodeJson(graph.nodes[step.node])}};
      if (step.edge >= 0) {
        const GraphEdge& edge = graph.edges[static_cast<size_t>(step.edge)];
        item["edge"] = {{"kind", EdgeKindName(edge.kind)},
                        {"records", RecordsJson(graph, edge.records)}};
      }
      steps.push_back(std::move(item));
    }
    Json line = {{"from", NodeJson(graph.nodes[path.from])},
                 {"to", NodeJson(graph.nodes[path.to])},
                 {"hops", path.hops()},
                 {"steps", std::move(steps)}};
    out << Dump(line) << '\n';
  }
}

void WriteCitationLinks(const CollaborationGraph& graph, const std::vector<CitationLink>& links,
                        std::ostream& out) {
  for (const CitationLink& link : links) {
    Json cited = RecordJson(graph.records[link.cited]);
    cited["dprk"] = graph.records[link.cited].dprk;
    Json institutions = Json::array();
    for (uint32_t node : link.citing_institutions)
      institutions.push_back(NodeJson(graph.nodes[node]));
    Json line = {{"cited", std::move(cited)},
                 {"citing", RecordJson(graph.records[link.citing])},
                 {"via", link.via},
                 {"citing_institutions", std::move(institutions)}};
    out << Dump(line) << '\n';
  }
}

std::string NetworkSummaryJson(const CollaborationGraph& graph, const std::vector<Bridge>& bridges,
                               const std::vector<NetworkPath>& paths,
                               const std::vector<CitationLink>& links,
                               const NetworkRunFacts& facts) {
  uint64_t authors = 0, institutions = 0, merged = 0, dprk = 0, concern = 0;
  std::map<std::string, uint64_t> merged_by;
  for (const GraphNode& node : graph.nodes) {
    if (node.kind == NodeKind::kAuthor) {
      ++authors;
      if (node.records > 1) ++merged;
      for (const std::string& reason : node.merged_by) ++merged_by[reason];
    } else {
      ++institutions;
      dprk += node.dprk ? 1 : 0;
      concern += node.concern && !node.dprk ? 1 : 0;
    }
  }
  uint64_t affiliation_edges = 0, coauthorship_edges = 0;
  for (const GraphEdge& edge : graph.edges) {
    (edge.kind == EdgeKind::kAffiliation ? affiliation_edges : coauthorship_edges) += 1;
  }
  Json summary = {
      {"inputs", facts.inputs},
      {"records", facts.records},
      {"records_rejected", facts.rejected},
      {"lists", facts.lists},
      {"nodes",
       {{"authors", authors},
        {"authors_on_several_records", merged},
        {"authors_merged_by", merged_by},
        {"institutions", institutions},
        {"dprk_institutions", dprk},
        {"institutions_of_concern", concern}}},
      {"edges", {{"affiliation", affiliation_edges}, {"coauthorship", coauthorship_edges}}},
      {"records_without_coauthorship_edges", graph.records_without_coauthorship_edges},
      {"bridges", bridges.size()},
      {"paths",
       {{"from", facts.from.empty() ? Json() : Json(facts.from)},
        {"max_hops", facts.hops},
        {"found", paths.size()}}},
      {"citation_links", links.size()},
      {"seconds", facts.seconds}};
  return summary.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace catchall
