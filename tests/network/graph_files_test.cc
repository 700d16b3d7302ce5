// The graph file writers: GraphML and GEXF parse with libxml2 and reference only declared nodes
// and attributes, hostile text comes back as the repaired text, and the VOSviewer files have the
// manual's layout.
#include "network/graph_files.h"

#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace catchall {
namespace {

// `<&"'>`, a control character (dropped) and an invalid UTF-8 byte (U+FFFD).
constexpr std::string_view kHostileLabel = "Institute <&\"'> of\x01 Physics\xFF";
constexpr std::string_view kRepairedLabel = "Institute <&\"'> of Physics\xEF\xBF\xBD";

GraphNode Institution(std::string label, bool dprk, bool concern, uint32_t records) {
  GraphNode node;
  node.kind = NodeKind::kInstitution;
  node.key = "inst:text:" + label;
  node.label = std::move(label);
  node.dprk = dprk;
  node.concern = concern;
  node.records = records;
  return node;
}

GraphNode Author(std::string label, bool dprk, bool concern, uint32_t records) {
  GraphNode node;
  node.kind = NodeKind::kAuthor;
  node.key = "author:name:" + label;
  node.label = std::move(label);
  node.dprk = dprk;
  node.concern = concern;
  node.records = records;
  return node;
}

GraphEdge Edge(uint32_t source, uint32_t target, EdgeKind kind, std::vector<uint32_t> records) {
  GraphEdge edge;
  edge.source = source;
  edge.target = target;
  edge.kind = kind;
  edge.records = std::move(records);
  return edge;
}

// 3 records; nodes 0-1 institutions (0 in the DPRK), 2-4 authors. The flags are set by hand to
// reach every VOSviewer cluster: the writers only read them.
CollaborationGraph SmallGraph() {
  CollaborationGraph graph;
  graph.records = {{"2-s2.0-100", "10.1/a", "A", 2019, "a.csv", 2, "scopus", true, false},
                   {"WOS:000200", "", "B", 2021, "b.txt", 5, "wos", true, true},
                   {"W300", "", "C", 0, "c.jsonl", 1, "openalex", false, true}};
  graph.nodes = {Institution("Kim Il Sung University", true, false, 2),
                 Institution(std::string(kHostileLabel), false, false, 2),
                 Author("Kim, Chol", true, true, 2), Author("Li\tWei", false, true, 2),
                 Author("Smith J", false, false, 1)};
  graph.nodes[0].country = "KP";
  graph.nodes[0].tags = {"dprk", "list:kp-universities"};
  graph.nodes[0].risk_level = "high";
  graph.nodes[2].merged_by = {"scopus_id"};
  graph.nodes[2].identifiers = {"scopus:123", "orcid:0000-0001-2345-6789"};
  graph.nodes[3].confidence = 0.75;
  graph.nodes[3].merged_by = {"name+institution"};
  graph.edges = {
      Edge(2, 0, EdgeKind::kAffiliation, {0, 1}), Edge(2, 1, EdgeKind::kAffiliation, {1}),
      Edge(3, 1, EdgeKind::kAffiliation, {1, 2}), Edge(2, 4, EdgeKind::kCoauthorship, {0}),
      Edge(2, 3, EdgeKind::kCoauthorship, {1})};
  return graph;
}

// --- libxml2 reading -------------------------------------------------------------------------

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

// Parses `text` as libxml2 would for a tool: no network, every error is a failure.
DocPtr Parse(const std::string& text) {
  xmlResetLastError();
  DocPtr doc(xmlReadMemory(text.data(), static_cast<int>(text.size()), "graph.xml", nullptr,
                           XML_PARSE_NONET));
  const xmlError* error = xmlGetLastError();
  EXPECT_EQ(error, nullptr) << (error != nullptr && error->message ? error->message : "");
  EXPECT_NE(doc, nullptr);
  return doc;
}

std::string_view Name(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

std::string_view Namespace(const xmlNode* node) {
  return node->ns != nullptr ? reinterpret_cast<const char*>(node->ns->href) : "";
}

std::string Property(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return "<absent>";
  std::string text = reinterpret_cast<const char*>(value);
  xmlFree(value);
  return text;
}

std::string Content(const xmlNode* node) {
  xmlChar* value = xmlNodeGetContent(node);
  std::string text = value != nullptr ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return text;
}

// Every element named `name` under `root` (at any depth), in document order.
void CollectElements(const xmlNode* root, std::string_view name, std::vector<const xmlNode*>& out) {
  for (const xmlNode* child = root->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (Name(child) == name) out.push_back(child);
    CollectElements(child, name, out);
  }
}

std::vector<const xmlNode*> Elements(const xmlNode* root, std::string_view name) {
  std::vector<const xmlNode*> out;
  CollectElements(root, name, out);
  return out;
}

// True when `value` is a valid literal of the GraphML / GEXF type `type`.
bool ValueFitsType(const std::string& type, const std::string& value) {
  if (type == "boolean") return value == "true" || value == "false";
  char* end = nullptr;
  if (type == "double") {
    std::strtod(value.c_str(), &end);
    return !value.empty() && *end == '\0';
  }
  if (type == "int" || type == "integer") {
    std::strtoll(value.c_str(), &end, 10);
    return !value.empty() && *end == '\0';
  }
  return type == "string";
}

// --- GraphML ---------------------------------------------------------------------------------

struct GraphMlKey {
  std::string domain;  // for=
  std::string name;
  std::string type;
};

std::map<std::string, GraphMlKey> GraphMlKeys(const xmlNode* root) {
  std::map<std::string, GraphMlKey> keys;
  for (const xmlNode* key : Elements(root, "key")) {
    const std::string id = Property(key, "id");
    EXPECT_FALSE(keys.contains(id)) << "key declared twice: " << id;
    keys[id] = {Property(key, "for"), Property(key, "attr.name"), Property(key, "attr.type")};
    const std::set<std::string> types = {"boolean", "int", "long", "float", "double", "string"};
    EXPECT_TRUE(types.contains(keys[id].type)) << id << ": " << keys[id].type;
  }
  return keys;
}

// The <data> children of `element`, by attr.name, each checked against its declaration.
std::map<std::string, std::string> GraphMlData(const xmlNode* element,
                                               const std::map<std::string, GraphMlKey>& keys) {
  std::map<std::string, std::string> values;
  for (const xmlNode* data : Elements(element, "data")) {
    const auto key = keys.find(Property(data, "key"));
    if (key == keys.end()) {
      ADD_FAILURE() << "undeclared key " << Property(data, "key");
      continue;
    }
    EXPECT_EQ(key->second.domain, Name(element)) << key->first;
    EXPECT_TRUE(ValueFitsType(key->second.type, Content(data)))
        << key->first << " = " << Content(data);
    values[key->second.name] = Content(data);
  }
  return values;
}

TEST(GraphFiles, GraphMlIsWellFormedAndSelfConsistent) {
  const CollaborationGraph graph = SmallGraph();
  std::ostringstream out;
  WriteGraphMl(graph, out);
  ASSERT_TRUE(out.good());
  const DocPtr doc = Parse(out.str());
  ASSERT_NE(doc, nullptr);
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  EXPECT_EQ(Name(root), "graphml");
  EXPECT_EQ(Namespace(root), "http://graphml.graphdrawing.org/xmlns");
  const std::vector<const xmlNode*> graphs = Elements(root, "graph");
  ASSERT_EQ(graphs.size(), 1u);
  EXPECT_EQ(Property(graphs[0], "edgedefault"), "undirected");

  const std::map<std::string, GraphMlKey> keys = GraphMlKeys(root);
  const std::vector<const xmlNode*> nodes = Elements(root, "node");
  const std::vector<const xmlNode*> edges = Elements(root, "edge");
  ASSERT_EQ(nodes.size(), graph.nodes.size());
  ASSERT_EQ(edges.size(), graph.edges.size());
  std::set<std::string> node_ids;
  std::vector<std::map<std::string, std::string>> node_values;
  for (const xmlNode* node : nodes) {
    EXPECT_TRUE(node_ids.insert(Property(node, "id")).second);
    node_values.push_back(GraphMlData(node, keys));
  }
  EXPECT_EQ(Property(nodes[1], "id"), "n1");
  EXPECT_EQ(node_values[1]["label"], kRepairedLabel);
  EXPECT_EQ(node_values[0]["kind"], "institution");
  EXPECT_EQ(node_values[0]["dprk"], "true");
  EXPECT_EQ(node_values[0]["tags"], "dprk;list:kp-universities");
  EXPECT_EQ(node_values[0]["risk_level"], "high");
  EXPECT_EQ(node_values[0].count("confidence"), 0u) << "authors only";
  EXPECT_EQ(node_values[2]["identifiers"], "scopus:123;orcid:0000-0001-2345-6789");
  EXPECT_EQ(node_values[3]["label"], "Li\tWei");
  EXPECT_EQ(node_values[3]["confidence"], "0.75");
  EXPECT_EQ(node_values[4]["records"], "1");

  for (const xmlNode* edge : edges) {
    EXPECT_TRUE(node_ids.contains(Property(edge, "source"))) << Property(edge, "source");
    EXPECT_TRUE(node_ids.contains(Property(edge, "target"))) << Property(edge, "target");
    GraphMlData(edge, keys);
  }
  std::map<std::string, std::string> edge0 = GraphMlData(edges[0], keys);
  EXPECT_EQ(Property(edges[0], "id"), "e0");
  EXPECT_EQ(Property(edges[0], "source"), "n2");
  EXPECT_EQ(Property(edges[0], "target"), "n0");
  EXPECT_EQ(edge0["kind"], "affiliation");
  EXPECT_EQ(edge0["weight"], "2");
  EXPECT_EQ(edge0["records"], "2-s2.0-100;WOS:000200");
}

// --- GEXF ------------------------------------------------------------------------------------

// Attribute ids of one class (node or edge) with their types.
std::map<std::string, std::string> GexfAttributes(const xmlNode* root, const char* domain) {
  std::map<std::string, std::string> types;
  for (const xmlNode* group : Elements(root, "attributes")) {
    if (Property(group, "class") != domain) continue;
    for (const xmlNode* attribute : Elements(group, "attribute")) {
      const std::set<std::string> allowed = {"string", "boolean", "double", "integer"};
      EXPECT_TRUE(allowed.contains(Property(attribute, "type"))) << Property(attribute, "type");
      EXPECT_FALSE(Property(attribute, "title").empty());
      types[Property(attribute, "id")] = Property(attribute, "type");
    }
  }
  return types;
}

std::map<std::string, std::string> GexfValues(const xmlNode* element,
                                              const std::map<std::string, std::string>& types) {
  std::map<std::string, std::string> values;
  for (const xmlNode* value : Elements(element, "attvalue")) {
    const std::string id = Property(value, "for");
    const auto type = types.find(id);
    if (type == types.end()) {
      ADD_FAILURE() << "undeclared attribute " << id;
      continue;
    }
    EXPECT_TRUE(ValueFitsType(type->second, Property(value, "value"))) << id;
    values[id] = Property(value, "value");
  }
  return values;
}

TEST(GraphFiles, GexfIsWellFormedAndSelfConsistent) {
  const CollaborationGraph graph = SmallGraph();
  std::ostringstream out;
  WriteGexf(graph, out);
  ASSERT_TRUE(out.good());
  const DocPtr doc = Parse(out.str());
  ASSERT_NE(doc, nullptr);
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  EXPECT_EQ(Name(root), "gexf");
  EXPECT_EQ(Namespace(root), "http://gexf.net/1.3");
  EXPECT_EQ(Property(root, "version"), "1.3");
  const std::vector<const xmlNode*> creators = Elements(root, "creator");
  ASSERT_EQ(creators.size(), 1u);
  EXPECT_EQ(Content(creators[0]), "catchall");
  const std::vector<const xmlNode*> graphs = Elements(root, "graph");
  ASSERT_EQ(graphs.size(), 1u);
  EXPECT_EQ(Property(graphs[0], "mode"), "static");
  EXPECT_EQ(Property(graphs[0], "defaultedgetype"), "undirected");

  const std::map<std::string, std::string> node_types = GexfAttributes(root, "node");
  const std::map<std::string, std::string> edge_types = GexfAttributes(root, "edge");
  const std::vector<const xmlNode*> nodes = Elements(root, "node");
  const std::vector<const xmlNode*> edges = Elements(root, "edge");
  ASSERT_EQ(nodes.size(), graph.nodes.size());
  ASSERT_EQ(edges.size(), graph.edges.size());
  std::set<std::string> node_ids;
  for (const xmlNode* node : nodes) {
    EXPECT_TRUE(node_ids.insert(Property(node, "id")).second);
    GexfValues(node, node_types);
    const std::vector<const xmlNode*> colours = Elements(node, "color");
    ASSERT_EQ(colours.size(), 1u);
    EXPECT_EQ(Namespace(colours[0]), "http://gexf.net/1.3/viz");
  }
  EXPECT_EQ(Property(nodes[1], "label"), kRepairedLabel);
  EXPECT_EQ(Property(nodes[3], "label"), "Li\tWei");
  EXPECT_EQ(GexfValues(nodes[0], node_types)["dprk"], "true");
  EXPECT_EQ(GexfValues(nodes[3], node_types)["confidence"], "0.75");
  const xmlNode* dprk_colour = Elements(nodes[0], "color")[0];
  const xmlNode* other_colour = Elements(nodes[4], "color")[0];
  EXPECT_NE(Property(dprk_colour, "r") + Property(dprk_colour, "g"),
            Property(other_colour, "r") + Property(other_colour, "g"));

  for (const xmlNode* edge : edges) {
    EXPECT_TRUE(node_ids.contains(Property(edge, "source")));
    EXPECT_TRUE(node_ids.contains(Property(edge, "target")));
    EXPECT_TRUE(ValueFitsType("double", Property(edge, "weight")));
    GexfValues(edge, edge_types);
  }
  EXPECT_EQ(Property(edges[2], "weight"), "2");
  EXPECT_EQ(GexfValues(edges[2], edge_types)["records"], "WOS:000200;W300");
  EXPECT_EQ(GexfValues(edges[3], edge_types)["kind"], "coauthorship");
}

TEST(GraphFiles, HostileTextIsRepairedNotCopied) {
  CollaborationGraph graph;
  // A lone surrogate (3 invalid bytes), U+FFFE, NEL (a C1 control), NUL, DEL, valid Hangul and
  // an emoji, a truncated sequence at the end.
  using std::string_literals::operator""s;
  const std::string label =
      "a\xED\xA0\x80"
      "b\xEF\xBF\xBE"
      "c\xC2\x85"
      "d\0e\x7F"
      "f \xED\x95\x9C "
      "\xF0\x9F\x98\x80 \xE2\x82"s;
  graph.nodes = {Author(label, false, false, 0)};
  const std::string repaired =
      "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
      "bcdef \xED\x95\x9C \xF0\x9F\x98\x80 "
      "\xEF\xBF\xBD\xEF\xBF\xBD";
  std::ostringstream graphml;
  WriteGraphMl(graph, graphml);
  DocPtr doc = Parse(graphml.str());
  ASSERT_NE(doc, nullptr);
  int labels = 0;
  for (const xmlNode* data : Elements(xmlDocGetRootElement(doc.get()), "data")) {
    if (Property(data, "key") != "node_label") continue;
    ++labels;
    EXPECT_EQ(Content(data), repaired);
  }
  EXPECT_EQ(labels, 1);
  std::ostringstream gexf;
  WriteGexf(graph, gexf);
  doc = Parse(gexf.str());
  ASSERT_NE(doc, nullptr);
  const std::vector<const xmlNode*> nodes = Elements(xmlDocGetRootElement(doc.get()), "node");
  ASSERT_EQ(nodes.size(), 1u);
  EXPECT_EQ(Property(nodes[0], "label"), repaired);
}

TEST(GraphFiles, EmptyGraphIsStillADocument) {
  const CollaborationGraph graph;
  std::ostringstream graphml;
  WriteGraphMl(graph, graphml);
  EXPECT_NE(Parse(graphml.str()), nullptr);
  std::ostringstream gexf;
  WriteGexf(graph, gexf);
  EXPECT_NE(Parse(gexf.str()), nullptr);
}

TEST(GraphFiles, EdgeRecordListStopsAtFifty) {
  CollaborationGraph graph;
  std::vector<uint32_t> records;
  for (uint32_t i = 0; i < 53; ++i) {
    graph.records.push_back({"R" + std::to_string(i), "", "", 0, "", 0, "", false, false});
    records.push_back(i);
  }
  graph.nodes = {Author("A", false, false, 53), Author("B", false, false, 53)};
  graph.edges = {Edge(0, 1, EdgeKind::kCoauthorship, records)};
  std::ostringstream out;
  WriteGraphMl(graph, out);
  DocPtr doc = Parse(out.str());
  ASSERT_NE(doc, nullptr);
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  std::map<std::string, std::string> edge =
      GraphMlData(Elements(root, "edge")[0], GraphMlKeys(root));
  std::string expected;
  for (int i = 0; i < 50; ++i) expected += (i > 0 ? ";R" : "R") + std::to_string(i);
  expected +=
      "; \xE2\x80\xA6"
      "3 more";
  EXPECT_EQ(edge["records"], expected);
  EXPECT_EQ(edge["weight"], "53");

  std::ostringstream map;
  WriteVosviewerMap(graph, map);
  // No record has a known year, so the average is left empty.
  EXPECT_NE(map.str().find("1\tA\t5\t1\t53\t53\t\n"), std::string::npos) << map.str();
}

// --- VOSviewer -------------------------------------------------------------------------------

std::vector<std::string> Split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    const size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end - start));
    if (end == std::string::npos) return parts;
    start = end + 1;
  }
}

// The lines of `text`, which must end in a line break.
std::vector<std::string> Lines(const std::string& text) {
  EXPECT_TRUE(!text.empty() && text.back() == '\n');
  std::vector<std::string> lines = Split(text, '\n');
  lines.pop_back();
  return lines;
}

TEST(GraphFiles, VosviewerMapHasOneLinePerNode) {
  const CollaborationGraph graph = SmallGraph();
  std::ostringstream out;
  WriteVosviewerMap(graph, out);
  const std::vector<std::string> lines = Lines(out.str());
  ASSERT_EQ(lines.size(), graph.nodes.size() + 1);
  EXPECT_EQ(lines[0],
            "id\tlabel\tcluster\tweight<Links>\tweight<Total link strength>\tweight<Documents>"
            "\tscore<Avg. pub. year>");
  const std::vector<std::vector<std::string>> expected = {
      {"1", "Kim Il Sung University", "1", "1", "2", "2", "2020.00"},
      {"2", "Institute <&''> of Physics\xEF\xBF\xBD", "4", "2", "3", "2", "2021.00"},
      {"3", "\"Kim, Chol\"", "3", "4", "5", "2", "2020.00"},
      {"4", "Li Wei", "2", "2", "3", "2", "2021.00"},
      {"5", "Smith J", "5", "1", "1", "1", "2019.00"}};
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(Split(lines[i + 1], '\t'), expected[i]) << lines[i + 1];
  }
}

TEST(GraphFiles, VosviewerNetworkHasOneLinePerEdge) {
  const CollaborationGraph graph = SmallGraph();
  std::ostringstream out;
  WriteVosviewerNetwork(graph, out);
  const std::vector<std::string> lines = Lines(out.str());
  ASSERT_EQ(lines.size(), graph.edges.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    const GraphEdge& edge = graph.edges[i];
    EXPECT_EQ(
        Split(lines[i], '\t'),
        (std::vector<std::string>{std::to_string(edge.source + 1), std::to_string(edge.target + 1),
                                  std::to_string(edge.records.size())}));
  }
}

}  // namespace
}  // namespace catchall
