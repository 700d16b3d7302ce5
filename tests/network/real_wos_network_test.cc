// `catchall network` on the real 500-record Web of Science export of ../shared/data (skipped when
// the folder is absent): the network builds, graph.graphml and graph.gexf are well-formed XML in
// the GraphML and GEXF 1.3 layouts with every edge between declared nodes, and authors that
// appear on several records are one node (every ORCID of the file is on exactly one author node,
// which counts all the records that ORCID is on).
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "common/command_support.h"

namespace catchall::testing {
namespace {

using XmlDoc = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

XmlDoc Parse(const std::string& path) {
  return XmlDoc(xmlReadFile(path.c_str(), nullptr, XML_PARSE_NONET), &xmlFreeDoc);
}

std::string Attr(xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  std::string out = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return out;
}

bool Is(xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE &&
         xmlStrcmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

void Collect(xmlNode* node, const char* name, std::vector<xmlNode*>& out) {
  for (xmlNode* child = node; child != nullptr; child = child->next) {
    if (Is(child, name)) out.push_back(child);
    Collect(child->children, name, out);
  }
}

std::string Text(xmlNode* node) {
  xmlChar* value = xmlNodeGetContent(node);
  std::string out = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return out;
}

// Every ORCID (dddd-dddd-dddd-dddX) in `text`, in order. Scanned by hand: std::regex trips a
// false -Wmaybe-uninitialized of GCC 12 in the sanitizer build.
std::vector<std::string> Orcids(const std::string& text) {
  std::vector<std::string> out;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (size_t i = 0; i + 19 <= text.size(); ++i) {
    bool match = true;
    for (size_t k = 0; k < 19 && match; ++k) {
      const char c = text[i + k];
      if (k == 4 || k == 9 || k == 14)
        match = c == '-';
      else if (k == 18)
        match = digit(c) || c == 'X';
      else
        match = digit(c);
    }
    if (!match || (i > 0 && digit(text[i - 1]))) continue;
    out.push_back(text.substr(i, 19));
    i += 18;
  }
  return out;
}

// ORCID -> number of records that give it (WoS OI field: "Name/0000-0000-0000-0000; ...").
std::map<std::string, int> OrcidsOnRecords(const std::string& path) {
  std::ifstream in(path);
  std::map<std::string, int> out;
  std::set<std::string> in_record;
  bool in_oi = false;
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("ER")) {
      for (const auto& id : in_record) ++out[id];
      in_record.clear();
    }
    if (line.size() >= 2 && line[0] != ' ') in_oi = line.starts_with("OI ");
    if (!in_oi) continue;
    for (const std::string& id : Orcids(line)) in_record.insert(id);
  }
  return out;
}

TEST(RealWosNetwork, BuildsWellFormedGraphFilesAndMergesSharedAuthors) {
  const std::string input = SharedData() + "/wos-plaintext-export/ManyAuthors.isi";
  if (!std::ifstream(input)) GTEST_SKIP() << "../shared/data is absent: " << input;
  TempDir out("real-wos-network");
  const CommandResult run =
      RunCatchall({"network", input, "--out", out.path().string(), "--quiet"});
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  const auto summary = ReadJson(out.File("network_summary.json"));
  EXPECT_EQ(summary["records"], 500);
  EXPECT_EQ(summary["records_rejected"], 0);
  const int nodes =
      summary["nodes"]["authors"].get<int>() + summary["nodes"]["institutions"].get<int>();
  const int edges =
      summary["edges"]["affiliation"].get<int>() + summary["edges"]["coauthorship"].get<int>();

  // GraphML: declared keys, node ids, edges between declared nodes.
  const XmlDoc graphml = Parse(out.File("graph.graphml"));
  ASSERT_NE(graphml, nullptr) << "graph.graphml is not well-formed XML";
  xmlNode* root = xmlDocGetRootElement(graphml.get());
  ASSERT_TRUE(Is(root, "graphml"));
  ASSERT_NE(root->ns, nullptr);
  EXPECT_STREQ(reinterpret_cast<const char*>(root->ns->href),
               "http://graphml.graphdrawing.org/xmlns");
  std::vector<xmlNode*> keys, graph_nodes, graph_edges, graphs, data;
  Collect(root->children, "key", keys);
  Collect(root->children, "graph", graphs);
  Collect(root->children, "node", graph_nodes);
  Collect(root->children, "edge", graph_edges);
  Collect(root->children, "data", data);
  ASSERT_EQ(graphs.size(), 1u);
  EXPECT_EQ(Attr(graphs[0], "edgedefault"), "undirected");
  std::set<std::string> key_ids, node_ids;
  std::map<std::string, std::string> key_names;
  for (xmlNode* key : keys) {
    EXPECT_FALSE(Attr(key, "attr.name").empty());
    EXPECT_FALSE(Attr(key, "attr.type").empty());
    key_ids.insert(Attr(key, "id"));
    key_names[Attr(key, "id")] = Attr(key, "attr.name");
  }
  for (xmlNode* node : graph_nodes) EXPECT_TRUE(node_ids.insert(Attr(node, "id")).second);
  EXPECT_EQ(static_cast<int>(graph_nodes.size()), nodes);
  EXPECT_EQ(static_cast<int>(graph_edges.size()), edges);
  for (xmlNode* edge : graph_edges) {
    ASSERT_TRUE(node_ids.count(Attr(edge, "source")) && node_ids.count(Attr(edge, "target")));
  }
  for (xmlNode* item : data) ASSERT_TRUE(key_ids.count(Attr(item, "key"))) << Attr(item, "key");

  // Authors shared across records: one node per ORCID, with all its records.
  std::map<std::string, std::pair<int, int>> orcid_nodes;  // ORCID -> (nodes, records)
  for (xmlNode* node : graph_nodes) {
    std::string identifiers, records;
    for (xmlNode* child = node->children; child != nullptr; child = child->next) {
      if (!Is(child, "data")) continue;
      if (key_names[Attr(child, "key")] == "identifiers") identifiers = Text(child);
      if (key_names[Attr(child, "key")] == "records") records = Text(child);
    }
    for (const std::string& id : Orcids(identifiers)) {
      auto& [count, on_records] = orcid_nodes[id];
      ++count;
      on_records = std::stoi(records);
    }
  }
  int shared = 0;
  for (const auto& [orcid, records] : OrcidsOnRecords(input)) {
    ASSERT_TRUE(orcid_nodes.count(orcid)) << orcid;
    EXPECT_EQ(orcid_nodes[orcid].first, 1) << orcid << " is on several author nodes";
    EXPECT_GE(orcid_nodes[orcid].second, records) << orcid;
    shared += records > 1 ? 1 : 0;
  }
  EXPECT_GT(shared, 5);  // the file has ORCIDs on several records: the check is not empty
  EXPECT_GT(summary["nodes"]["authors_on_several_records"].get<int>(), shared);

  // GEXF 1.3: the same nodes and edges, edges between declared nodes.
  const XmlDoc gexf = Parse(out.File("graph.gexf"));
  ASSERT_NE(gexf, nullptr) << "graph.gexf is not well-formed XML";
  xmlNode* gexf_root = xmlDocGetRootElement(gexf.get());
  ASSERT_TRUE(Is(gexf_root, "gexf"));
  EXPECT_EQ(Attr(gexf_root, "version"), "1.3");
  EXPECT_STREQ(reinterpret_cast<const char*>(gexf_root->ns->href), "http://gexf.net/1.3");
  std::vector<xmlNode*> gexf_nodes, gexf_edges;
  Collect(gexf_root->children, "node", gexf_nodes);
  Collect(gexf_root->children, "edge", gexf_edges);
  EXPECT_EQ(static_cast<int>(gexf_nodes.size()), nodes);
  EXPECT_EQ(static_cast<int>(gexf_edges.size()), edges);
  std::set<std::string> gexf_ids;
  for (xmlNode* node : gexf_nodes) gexf_ids.insert(Attr(node, "id"));
  for (xmlNode* edge : gexf_edges) {
    ASSERT_TRUE(gexf_ids.count(Attr(edge, "source")) && gexf_ids.count(Attr(edge, "target")));
  }
}

}  // namespace
}  // namespace catchall::testing
