// The collaboration graph of a set of publication records: merged authors and institutions as
// nodes; affiliation edges (an author at an institution) and co-authorship edges (two authors
// on one record), each edge with the records that show it. Built from NetworkRecord values
// (network_record.h) and the author clusters of author_identity.h; plain values, no I/O.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace catchall {

// One record of the set, as the graph's edges cite it.
struct GraphRecord {
  std::string id;   // Scopus EID, WoS UT, OpenAlex work id
  std::string doi;  // bare, lower case; may be empty
  std::string title;
  int year = 0;  // 0: unknown
  std::string file;
  uint64_t line = 0;
  std::string format;    // scopus, wos, openalex
  bool dprk = false;     // an author at a DPRK institution
  bool concern = false;  // an author at an institution of concern
};

enum class NodeKind { kAuthor, kInstitution };
const char* NodeKindName(NodeKind kind);  // "author", "institution"

struct GraphNode {
  NodeKind kind = NodeKind::kAuthor;
  // Stable key: authors "author:<scheme>:<value>" (scopus, openalex, orcid, name), institutions
  // "inst:<registry id>" or "inst:text:<normalised name>|<country>".
  std::string key;
  std::string label;              // display name
  std::string country;            // ISO alpha-2, may be empty
  bool dprk = false;              // institution in the DPRK; author with a DPRK affiliation
  bool concern = false;           // institution of concern (military-linked, listed); author at one
  std::vector<std::string> tags;  // institutions: registry tags and list keys
  std::string risk_level;         // institutions: high, medium, low or empty
  // Authors: how sure the merge of this author's occurrences is (1: one source id or ORCID for
  // all of them; lower when names and affiliations decided) and by what.
  double confidence = 1.0;
  std::vector<std::string> merged_by;    // "scopus_id", "openalex_id", "orcid", "name+institution"
  std::vector<std::string> identifiers;  // every source id / ORCID seen
  uint32_t records = 0;                  // records the node appears on
};

enum class EdgeKind { kAffiliation, kCoauthorship };
const char* EdgeKindName(EdgeKind kind);  // "affiliation", "coauthorship"

struct GraphEdge {
  uint32_t source = 0;  // node index; for affiliation edges the author
  uint32_t target = 0;  // node index; for affiliation edges the institution
  EdgeKind kind = EdgeKind::kCoauthorship;
  std::vector<uint32_t> records;  // indexes into CollaborationGraph::records, ascending
  double weight() const { return static_cast<double>(records.size()); }
};

struct CollaborationGraph {
  std::vector<GraphRecord> records;
  std::vector<GraphNode> nodes;
  std::vector<GraphEdge> edges;
  // Records with more than kMaxAuthorsForCoauthorshipEdges authors add no co-authorship edges
  // (a 3,000-author physics paper would add 4.5 million); their authors stay linked through
  // their institutions.
  uint64_t records_without_coauthorship_edges = 0;
  // Author node of each author slot (by record, then slot) and institution node of each
  // institution of a record: what the analyses (bridges, citations) walk.
  std::vector<std::vector<uint32_t>> author_nodes;
  std::vector<std::vector<uint32_t>> institution_nodes;
};

struct NetworkRecord;
struct AuthorAssignment;

// Records with more authors than this add no co-authorship edges (see
// records_without_coauthorship_edges).
inline constexpr size_t kMaxAuthorsForCoauthorshipEdges = 100;

// The graph of `records` with the authors merged as `authors` says. Each record's GraphRecord
// moves into the graph (the rest of the record stays for the analyses).
CollaborationGraph BuildCollaborationGraph(std::vector<NetworkRecord>& records,
                                           const AuthorAssignment& authors);

}  // namespace catchall
