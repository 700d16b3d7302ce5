#include "network/graph_files.h"

#include <libxml/xmlIO.h>
#include <libxml/xmlwriter.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace catchall {
namespace {

// ---------------------------------------------------------------------------------------------
// Untrusted text

// U+FFFD REPLACEMENT CHARACTER and U+2026 HORIZONTAL ELLIPSIS in UTF-8, spelt as bytes so the
// source's encoding does not matter.
constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

// Length of the well-formed UTF-8 sequence of two or more bytes starting at text[i], or 0 if
// there is none (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). text/utf8.cc
// has the same rule but keeps it internal, and its RepairUtf8 guesses Windows-1252 for invalid
// bytes, where these files want the neutral U+FFFD.
size_t MultiByteSequenceLength(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<uint8_t>(text[k]); };
  const uint8_t b0 = byte(i);
  size_t length = 0;
  uint8_t low = 0x80;
  uint8_t high = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3;
    if (b0 == 0xE0) low = 0xA0;
    if (b0 == 0xED) high = 0x9F;  // ED A0..BF would be a surrogate
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4;
    if (b0 == 0xF0) low = 0x90;
    if (b0 == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte(i + 1) < low || byte(i + 1) > high) return 0;
  for (size_t k = 2; k < length; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return length;
}

bool IsDroppedAscii(uint8_t byte) {
  return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7F;
}

// XML 1.0 forbids U+FFFE and U+FFFF, and discourages the C1 controls U+0080-U+009F (2.2 Char:
// "Document authors are encouraged to avoid ... control characters"); in a name they are
// mojibake, never meaning.
bool IsDroppedSequence(std::string_view sequence) {
  const auto byte = [&](size_t k) { return static_cast<uint8_t>(sequence[k]); };
  if (sequence.size() == 2) return byte(0) == 0xC2 && byte(1) <= 0x9F;
  return sequence.size() == 3 && byte(0) == 0xEF && byte(1) == 0xBF && byte(2) >= 0xBE;
}

// Appends `text` to `out` as text every XML 1.0 parser accepts: invalid UTF-8 bytes become
// U+FFFD, control characters other than tab, LF and CR and U+FFFE/U+FFFF are dropped (a NUL
// too, so the result can be passed on as a C string). Written here because libxml2 has no such
// function: xmlTextWriter escapes markup but copies control characters into the document (which
// makes it ill-formed), and xmlCheckUTF8 only says whether text is valid.
void AppendXmlSafeText(std::string_view text, std::string& out) {
  size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<uint8_t>(text[i]);
    if (byte < 0x80) {
      if (!IsDroppedAscii(byte)) out.push_back(text[i]);
      ++i;
      continue;
    }
    const size_t length = MultiByteSequenceLength(text, i);
    if (length == 0) {
      out.append(kReplacementCharacter);
      ++i;
      continue;
    }
    const std::string_view sequence = text.substr(i, length);
    if (!IsDroppedSequence(sequence)) out.append(sequence);
    i += length;
  }
}

// ---------------------------------------------------------------------------------------------
// Numbers and ids, locale-independent (std::to_chars), NUL-terminated for libxml2.

class ShortText {
 public:
  static ShortText Integer(uint64_t value) {
    ShortText text;
    text.Finish(std::to_chars(text.begin(), text.end(), value));
    return text;
  }
  // The shortest text that reads back as `value` ("3", "0.75").
  static ShortText Double(double value) {
    ShortText text;
    text.Finish(std::to_chars(text.begin(), text.end(), value));
    return text;
  }
  static ShortText Fixed(double value, int decimals) {
    ShortText text;
    text.Finish(std::to_chars(text.begin(), text.end(), value, std::chars_format::fixed, decimals));
    return text;
  }
  // "n17", "e3": GraphML and GEXF ids are XML names, which cannot start with a digit.
  static ShortText Id(char prefix, uint64_t index) {
    ShortText text;
    text.buffer_[0] = prefix;
    text.Finish(std::to_chars(text.begin() + 1, text.end(), index));
    return text;
  }

  const char* c_str() const { return buffer_.data(); }
  std::string_view view() const { return {buffer_.data(), size_}; }

 private:
  ShortText() = default;
  char* begin() { return buffer_.data(); }
  char* end() { return buffer_.data() + buffer_.size() - 1; }  // room for the NUL
  void Finish(std::to_chars_result result) {
    size_ = result.ec == std::errc() ? static_cast<size_t>(result.ptr - buffer_.data()) : 0;
    buffer_[size_] = '\0';
  }

  // Any uint64_t or double fits (24 characters at most, fixed with 2 decimals of a year too).
  std::array<char, 40> buffer_{};
  size_t size_ = 0;
};

// ---------------------------------------------------------------------------------------------
// Streaming XML through libxml2's xmlTextWriter. Its output buffer flushes to the std::ostream
// every 4 KB, so memory stays bounded however large the graph.

const xmlChar* XmlString(const char* text) { return reinterpret_cast<const xmlChar*>(text); }

int WriteToStream(void* context, const char* bytes, int length) {
  auto* out = static_cast<std::ostream*>(context);
  out->write(bytes, length);
  return out->good() ? length : -1;
}

class XmlWriter {
 public:
  explicit XmlWriter(std::ostream& out) : out_(out) {
    xmlOutputBufferPtr buffer = xmlOutputBufferCreateIO(&WriteToStream, nullptr, &out, nullptr);
    if (buffer == nullptr) {
      failed_ = true;
      return;
    }
    writer_ = xmlNewTextWriter(buffer);  // owns `buffer` from here on
    if (writer_ == nullptr) {
      xmlOutputBufferClose(buffer);
      failed_ = true;
      return;
    }
    Check(xmlTextWriterSetIndent(writer_, 1));
    Check(xmlTextWriterSetIndentString(writer_, XmlString("  ")));
    Check(xmlTextWriterStartDocument(writer_, "1.0", "UTF-8", nullptr));
  }
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;
  ~XmlWriter() { Finish(); }

  // False once anything failed; the callers stop early instead of formatting millions of
  // elements for a stream that is gone.
  bool ok() const { return !failed_; }

  void Start(const char* name) {
    if (ok()) Check(xmlTextWriterStartElement(writer_, XmlString(name)));
  }
  void End() {
    if (ok()) Check(xmlTextWriterEndElement(writer_));
  }
  // `value` is ours: ASCII, no control characters.
  void Attribute(const char* name, const char* value) {
    if (ok()) Check(xmlTextWriterWriteAttribute(writer_, XmlString(name), XmlString(value)));
  }
  void UntrustedAttribute(const char* name, std::string_view value) {
    if (ok()) Check(xmlTextWriterWriteAttribute(writer_, XmlString(name), Safe(value)));
  }
  void UntrustedText(std::string_view value) {
    if (ok()) Check(xmlTextWriterWriteString(writer_, Safe(value)));
  }
  // <name>value</name>
  void TextElement(const char* name, std::string_view value) {
    Start(name);
    UntrustedText(value);
    End();
  }

  // Closes the open elements and flushes; sets failbit on the stream if anything failed.
  void Finish() {
    if (writer_ != nullptr) {
      if (ok()) Check(xmlTextWriterEndDocument(writer_));
      if (ok()) Check(xmlTextWriterFlush(writer_));
      xmlFreeTextWriter(writer_);
      writer_ = nullptr;
    }
    if (failed_) out_.setstate(std::ios::failbit);
  }

 private:
  void Check(int result) {
    if (result < 0) failed_ = true;
  }
  const xmlChar* Safe(std::string_view value) {
    scratch_.clear();
    AppendXmlSafeText(value, scratch_);
    return XmlString(scratch_.c_str());
  }

  std::ostream& out_;
  xmlTextWriterPtr writer_ = nullptr;
  std::string scratch_;  // reused: no allocation per value once it has grown
  bool failed_ = false;
};

// ---------------------------------------------------------------------------------------------
// The attributes, shared by GraphML and GEXF.

enum class ValueType { kString, kBoolean, kDouble, kInteger };

const char* GexfTypeName(ValueType type) {
  switch (type) {
    case ValueType::kBoolean:
      return "boolean";
    case ValueType::kDouble:
      return "double";
    case ValueType::kInteger:
      return "integer";
    case ValueType::kString:
      break;
  }
  return "string";
}

// GraphML names the value types as GEXF does, but for the integer.
const char* GraphMlTypeName(ValueType type) {
  return type == ValueType::kInteger ? "int" : GexfTypeName(type);
}

struct AttributeSpec {
  const char* name;        // GraphML attr.name; GEXF attribute id and title
  const char* graphml_id;  // GraphML key id: node and edge keys share one id space
  ValueType type;
};

constexpr AttributeSpec kNodeLabel{"label", "node_label", ValueType::kString};  // GraphML only
constexpr AttributeSpec kNodeKind{"kind", "node_kind", ValueType::kString};
constexpr AttributeSpec kNodeKey{"key", "node_key", ValueType::kString};
constexpr AttributeSpec kNodeCountry{"country", "node_country", ValueType::kString};
constexpr AttributeSpec kNodeDprk{"dprk", "node_dprk", ValueType::kBoolean};
constexpr AttributeSpec kNodeConcern{"concern", "node_concern", ValueType::kBoolean};
constexpr AttributeSpec kNodeTags{"tags", "node_tags", ValueType::kString};
constexpr AttributeSpec kNodeRiskLevel{"risk_level", "node_risk_level", ValueType::kString};
constexpr AttributeSpec kNodeConfidence{"confidence", "node_confidence", ValueType::kDouble};
constexpr AttributeSpec kNodeMergedBy{"merged_by", "node_merged_by", ValueType::kString};
constexpr AttributeSpec kNodeIdentifiers{"identifiers", "node_identifiers", ValueType::kString};
constexpr AttributeSpec kNodeRecords{"records", "node_records", ValueType::kInteger};
constexpr std::array kNodeAttributes = {
    &kNodeKind,      &kNodeKey,        &kNodeCountry,  &kNodeDprk,        &kNodeConcern, &kNodeTags,
    &kNodeRiskLevel, &kNodeConfidence, &kNodeMergedBy, &kNodeIdentifiers, &kNodeRecords};

constexpr AttributeSpec kEdgeKind{"kind", "edge_kind", ValueType::kString};
constexpr AttributeSpec kEdgeWeight{"weight", "edge_weight", ValueType::kDouble};  // GraphML only
constexpr AttributeSpec kEdgeRecords{"records", "edge_records", ValueType::kString};
constexpr std::array kEdgeAttributes = {&kEdgeKind, &kEdgeRecords};

const char* BooleanText(bool value) { return value ? "true" : "false"; }

void Join(const std::vector<std::string>& values, std::string& out) {
  out.clear();
  for (const std::string& value : values) {
    if (!out.empty()) out.push_back(';');
    out.append(value);
  }
}

// Calls emit(spec, value) for each attribute `node` has a value for, in kNodeAttributes order.
// `buffer` holds joined lists.
template <typename Emit>
void ForEachNodeValue(const GraphNode& node, std::string& buffer, Emit&& emit) {
  emit(kNodeKind, std::string_view(NodeKindName(node.kind)));
  if (!node.key.empty()) emit(kNodeKey, std::string_view(node.key));
  if (!node.country.empty()) emit(kNodeCountry, std::string_view(node.country));
  emit(kNodeDprk, std::string_view(BooleanText(node.dprk)));
  emit(kNodeConcern, std::string_view(BooleanText(node.concern)));
  const auto emit_list = [&](const AttributeSpec& spec, const std::vector<std::string>& values) {
    Join(values, buffer);
    if (!buffer.empty()) emit(spec, std::string_view(buffer));
  };
  emit_list(kNodeTags, node.tags);
  if (!node.risk_level.empty()) emit(kNodeRiskLevel, std::string_view(node.risk_level));
  // An institution's confidence is the struct's default, not a measurement.
  if (node.kind == NodeKind::kAuthor && std::isfinite(node.confidence)) {
    emit(kNodeConfidence, ShortText::Double(node.confidence).view());
  }
  emit_list(kNodeMergedBy, node.merged_by);
  emit_list(kNodeIdentifiers, node.identifiers);
  emit(kNodeRecords, ShortText::Integer(node.records).view());
}

// The ids of the edge's records joined with ";"; past kMaxListedRecords, "; …N more", so one
// edge of a prolific pair does not carry thousands of ids.
constexpr size_t kMaxListedRecords = 50;

void JoinRecordIds(const CollaborationGraph& graph, const GraphEdge& edge, std::string& out) {
  out.clear();
  const size_t listed = std::min(edge.records.size(), kMaxListedRecords);
  for (size_t i = 0; i < listed; ++i) {
    if (i > 0) out.push_back(';');
    out.append(graph.records[edge.records[i]].id);
  }
  if (listed < edge.records.size()) {
    out.append("; ");
    out.append(kEllipsis);
    out.append(ShortText::Integer(edge.records.size() - listed).view());
    out.append(" more");
  }
}

// ---------------------------------------------------------------------------------------------
// GraphML

constexpr const char* kGraphMlNamespace = "http://graphml.graphdrawing.org/xmlns";
constexpr const char* kGraphMlSchemaLocation =
    "http://graphml.graphdrawing.org/xmlns "
    "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
constexpr const char* kXsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

void WriteGraphMlKey(const AttributeSpec& spec, const char* domain, XmlWriter& xml) {
  xml.Start("key");
  xml.Attribute("id", spec.graphml_id);
  xml.Attribute("for", domain);
  xml.Attribute("attr.name", spec.name);
  xml.Attribute("attr.type", GraphMlTypeName(spec.type));
  xml.End();
}

void WriteGraphMlKeys(XmlWriter& xml) {
  WriteGraphMlKey(kNodeLabel, "node", xml);
  for (const AttributeSpec* spec : kNodeAttributes) WriteGraphMlKey(*spec, "node", xml);
  WriteGraphMlKey(kEdgeKind, "edge", xml);
  WriteGraphMlKey(kEdgeWeight, "edge", xml);
  WriteGraphMlKey(kEdgeRecords, "edge", xml);
}

void WriteGraphMlData(const AttributeSpec& spec, std::string_view value, XmlWriter& xml) {
  xml.Start("data");
  xml.Attribute("key", spec.graphml_id);
  xml.UntrustedText(value);
  xml.End();
}

void WriteGraphMlNode(const GraphNode& node, size_t index, std::string& buffer, XmlWriter& xml) {
  xml.Start("node");
  xml.Attribute("id", ShortText::Id('n', index).c_str());
  WriteGraphMlData(kNodeLabel, node.label, xml);
  ForEachNodeValue(node, buffer, [&](const AttributeSpec& spec, std::string_view value) {
    WriteGraphMlData(spec, value, xml);
  });
  xml.End();
}

void WriteGraphMlEdge(const CollaborationGraph& graph, size_t index, std::string& buffer,
                      XmlWriter& xml) {
  const GraphEdge& edge = graph.edges[index];
  xml.Start("edge");
  xml.Attribute("id", ShortText::Id('e', index).c_str());
  xml.Attribute("source", ShortText::Id('n', edge.source).c_str());
  xml.Attribute("target", ShortText::Id('n', edge.target).c_str());
  WriteGraphMlData(kEdgeKind, EdgeKindName(edge.kind), xml);
  WriteGraphMlData(kEdgeWeight, ShortText::Double(edge.weight()).view(), xml);
  JoinRecordIds(graph, edge, buffer);
  WriteGraphMlData(kEdgeRecords, buffer, xml);
  xml.End();
}

// ---------------------------------------------------------------------------------------------
// GEXF

constexpr const char* kGexfNamespace = "http://gexf.net/1.3";
constexpr const char* kGexfVizNamespace = "http://gexf.net/1.3/viz";
constexpr const char* kGexfSchemaLocation = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd";

struct Rgb {
  int r;
  int g;
  int b;
};

Rgb NodeColour(const GraphNode& node) {
  if (node.dprk && node.concern) return {139, 0, 0};               // dark red
  if (node.dprk) return {220, 30, 30};                             // red
  if (node.concern) return {245, 140, 20};                         // orange
  if (node.kind == NodeKind::kInstitution) return {70, 110, 180};  // blue
  return {150, 150, 150};                                          // grey
}

void WriteGexfAttributes(const char* node_or_edge, const AttributeSpec* const* specs, size_t count,
                         XmlWriter& xml) {
  xml.Start("attributes");
  xml.Attribute("class", node_or_edge);
  for (size_t i = 0; i < count; ++i) {
    xml.Start("attribute");
    xml.Attribute("id", specs[i]->name);
    xml.Attribute("title", specs[i]->name);
    xml.Attribute("type", GexfTypeName(specs[i]->type));
    xml.End();
  }
  xml.End();
}

void WriteGexfValue(const AttributeSpec& spec, std::string_view value, XmlWriter& xml) {
  xml.Start("attvalue");
  xml.Attribute("for", spec.name);
  xml.UntrustedAttribute("value", value);
  xml.End();
}

void WriteGexfColour(const GraphNode& node, XmlWriter& xml) {
  const Rgb colour = NodeColour(node);
  xml.Start("viz:color");
  xml.Attribute("r", ShortText::Integer(colour.r).c_str());
  xml.Attribute("g", ShortText::Integer(colour.g).c_str());
  xml.Attribute("b", ShortText::Integer(colour.b).c_str());
  xml.End();
}

void WriteGexfNode(const GraphNode& node, size_t index, std::string& buffer, XmlWriter& xml) {
  xml.Start("node");
  xml.Attribute("id", ShortText::Id('n', index).c_str());
  xml.UntrustedAttribute("label", node.label);
  xml.Start("attvalues");
  ForEachNodeValue(node, buffer, [&](const AttributeSpec& spec, std::string_view value) {
    WriteGexfValue(spec, value, xml);
  });
  xml.End();
  WriteGexfColour(node, xml);
  xml.End();
}

void WriteGexfEdge(const CollaborationGraph& graph, size_t index, std::string& buffer,
                   XmlWriter& xml) {
  const GraphEdge& edge = graph.edges[index];
  xml.Start("edge");
  xml.Attribute("id", ShortText::Id('e', index).c_str());
  xml.Attribute("source", ShortText::Id('n', edge.source).c_str());
  xml.Attribute("target", ShortText::Id('n', edge.target).c_str());
  xml.Attribute("weight", ShortText::Double(edge.weight()).c_str());
  xml.Start("attvalues");
  WriteGexfValue(kEdgeKind, EdgeKindName(edge.kind), xml);
  JoinRecordIds(graph, edge, buffer);
  WriteGexfValue(kEdgeRecords, buffer, xml);
  xml.End();
  xml.End();
}

void WriteGexfMeta(XmlWriter& xml) {
  xml.Start("meta");
  xml.TextElement("creator", "catchall");
  xml.TextElement("description",
                  "Collaboration graph: authors and institutions; affiliation and co-authorship "
                  "edges weighted by their number of records");
  xml.End();
}

// ---------------------------------------------------------------------------------------------
// VOSviewer

// VOSviewer draws no link from an item to itself; the graph builder makes none either.
bool IsVosviewerLink(const GraphEdge& edge) { return edge.source != edge.target; }

int VosviewerCluster(const GraphNode& node) {
  if (node.dprk && node.concern) return 3;
  if (node.dprk) return 1;
  if (node.concern) return 2;
  return node.kind == NodeKind::kInstitution ? 4 : 5;
}

struct VosviewerNodeStats {
  uint64_t links = 0;
  uint64_t strength = 0;  // sum of the links' record counts
  uint64_t year_sum = 0;
  uint64_t years = 0;  // distinct records with a known year
};

// Incident edges of every node (compressed rows: edges of node v are
// incident[first[v]..first[v + 1])), so each node's records can be collected without a set per
// node.
struct Incidence {
  std::vector<size_t> first;
  std::vector<uint32_t> incident;
};

Incidence BuildIncidence(const CollaborationGraph& graph) {
  Incidence result;
  result.first.assign(graph.nodes.size() + 1, 0);
  for (const GraphEdge& edge : graph.edges) {
    if (!IsVosviewerLink(edge)) continue;
    ++result.first[edge.source + 1];
    ++result.first[edge.target + 1];
  }
  for (size_t v = 1; v < result.first.size(); ++v) result.first[v] += result.first[v - 1];
  result.incident.resize(result.first.back());
  std::vector<size_t> next(result.first.begin(), result.first.end() - 1);
  for (size_t e = 0; e < graph.edges.size(); ++e) {
    const GraphEdge& edge = graph.edges[e];
    if (!IsVosviewerLink(edge)) continue;
    result.incident[next[edge.source]++] = static_cast<uint32_t>(e);
    result.incident[next[edge.target]++] = static_cast<uint32_t>(e);
  }
  return result;
}

// Links, total link strength and the publication years of the distinct records on a node's
// edges. A record shared by several of the node's edges counts once: `counted_for[r]` is the
// last node that counted record r.
std::vector<VosviewerNodeStats> ComputeNodeStats(const CollaborationGraph& graph) {
  const Incidence incidence = BuildIncidence(graph);
  std::vector<VosviewerNodeStats> stats(graph.nodes.size());
  std::vector<size_t> counted_for(graph.records.size(), std::numeric_limits<size_t>::max());
  for (size_t v = 0; v < graph.nodes.size(); ++v) {
    VosviewerNodeStats& node = stats[v];
    for (size_t k = incidence.first[v]; k < incidence.first[v + 1]; ++k) {
      const GraphEdge& edge = graph.edges[incidence.incident[k]];
      ++node.links;
      node.strength += edge.records.size();
      for (uint32_t r : edge.records) {
        if (counted_for[r] == v) continue;
        counted_for[r] = v;
        if (graph.records[r].year <= 0) continue;
        node.year_sum += static_cast<uint64_t>(graph.records[r].year);
        ++node.years;
      }
    }
  }
  return stats;
}

// The label as one map-file field: no tabs or line breaks (they would split the line), no
// double quotes (VOSviewer's quoting has no escape for them), and quoted when it has a comma or
// semicolon, which VOSviewer would otherwise take for separators.
void AppendVosviewerLabel(std::string_view label, std::string& scratch, std::string& line) {
  scratch.clear();
  AppendXmlSafeText(label, scratch);
  bool needs_quotes = false;
  for (char& c : scratch) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    if (c == '"') c = '\'';
    if (c == ',' || c == ';') needs_quotes = true;
  }
  if (needs_quotes) line.push_back('"');
  line.append(scratch);
  if (needs_quotes) line.push_back('"');
}

void AppendField(std::string_view value, std::string& line) {
  line.push_back('\t');
  line.append(value);
}

void WriteVosviewerMapLine(const GraphNode& node, size_t index, const VosviewerNodeStats& stats,
                           std::string& scratch, std::string& line, std::ostream& out) {
  line.clear();
  line.append(ShortText::Integer(index + 1).view());
  line.push_back('\t');
  AppendVosviewerLabel(node.label, scratch, line);
  AppendField(ShortText::Integer(VosviewerCluster(node)).view(), line);
  AppendField(ShortText::Integer(stats.links).view(), line);
  AppendField(ShortText::Integer(stats.strength).view(), line);
  AppendField(ShortText::Integer(node.records).view(), line);
  const double average_year =
      stats.years == 0 ? 0 : static_cast<double>(stats.year_sum) / static_cast<double>(stats.years);
  AppendField(stats.years == 0 ? std::string_view() : ShortText::Fixed(average_year, 2).view(),
              line);
  line.push_back('\n');
  out.write(line.data(), static_cast<std::streamsize>(line.size()));
}

}  // namespace

void WriteGraphMl(const CollaborationGraph& graph, std::ostream& out) {
  XmlWriter xml(out);
  xml.Start("graphml");
  xml.Attribute("xmlns", kGraphMlNamespace);
  xml.Attribute("xmlns:xsi", kXsiNamespace);
  xml.Attribute("xsi:schemaLocation", kGraphMlSchemaLocation);
  WriteGraphMlKeys(xml);
  xml.Start("graph");
  xml.Attribute("id", "collaboration");
  xml.Attribute("edgedefault", "undirected");
  std::string buffer;
  for (size_t i = 0; i < graph.nodes.size() && xml.ok(); ++i) {
    WriteGraphMlNode(graph.nodes[i], i, buffer, xml);
  }
  for (size_t i = 0; i < graph.edges.size() && xml.ok(); ++i) {
    WriteGraphMlEdge(graph, i, buffer, xml);
  }
  xml.Finish();
}

void WriteGexf(const CollaborationGraph& graph, std::ostream& out) {
  XmlWriter xml(out);
  xml.Start("gexf");
  xml.Attribute("xmlns", kGexfNamespace);
  xml.Attribute("xmlns:viz", kGexfVizNamespace);
  xml.Attribute("xmlns:xsi", kXsiNamespace);
  xml.Attribute("xsi:schemaLocation", kGexfSchemaLocation);
  xml.Attribute("version", "1.3");
  WriteGexfMeta(xml);
  xml.Start("graph");
  xml.Attribute("mode", "static");
  xml.Attribute("defaultedgetype", "undirected");
  WriteGexfAttributes("node", kNodeAttributes.data(), kNodeAttributes.size(), xml);
  WriteGexfAttributes("edge", kEdgeAttributes.data(), kEdgeAttributes.size(), xml);
  std::string buffer;
  xml.Start("nodes");
  xml.Attribute("count", ShortText::Integer(graph.nodes.size()).c_str());
  for (size_t i = 0; i < graph.nodes.size() && xml.ok(); ++i) {
    WriteGexfNode(graph.nodes[i], i, buffer, xml);
  }
  xml.End();
  xml.Start("edges");
  xml.Attribute("count", ShortText::Integer(graph.edges.size()).c_str());
  for (size_t i = 0; i < graph.edges.size() && xml.ok(); ++i) {
    WriteGexfEdge(graph, i, buffer, xml);
  }
  xml.End();
  xml.Finish();
}

void WriteVosviewerMap(const CollaborationGraph& graph, std::ostream& out) {
  out << "id\tlabel\tcluster\tweight<Links>\tweight<Total link strength>\tweight<Documents>"
         "\tscore<Avg. pub. year>\n";
  const std::vector<VosviewerNodeStats> stats = ComputeNodeStats(graph);
  std::string scratch;
  std::string line;
  for (size_t i = 0; i < graph.nodes.size() && out; ++i) {
    WriteVosviewerMapLine(graph.nodes[i], i, stats[i], scratch, line, out);
  }
}

void WriteVosviewerNetwork(const CollaborationGraph& graph, std::ostream& out) {
  std::string line;
  for (size_t i = 0; i < graph.edges.size() && out; ++i) {
    const GraphEdge& edge = graph.edges[i];
    if (!IsVosviewerLink(edge)) continue;
    line.clear();
    line.append(ShortText::Integer(uint64_t{edge.source} + 1).view());
    AppendField(ShortText::Integer(uint64_t{edge.target} + 1).view(), line);
    AppendField(ShortText::Integer(edge.records.size()).view(), line);
    line.push_back('\n');
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
  }
}

}  // namespace catchall
