// What `catchall network` reports on top of the graph: the bridges (researchers with ties both
// to DPRK institutions and to institutions of concern outside the DPRK), the paths from a chosen
// institution to DPRK institutions, and the citation links (records of the set cited by
// records from institutions of concern). Every result names the records that show it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/result.h"
#include "network/collaboration_graph.h"
#include "network/network_record.h"

namespace catchall {

// One institution on one side of a bridge, with the records that tie the researcher to it and
// whether it is the researcher's own affiliation on any of them (else a co-author's).
struct BridgeSide {
  uint32_t institution = 0;  // node index
  std::vector<uint32_t> records;
  bool own = false;
};

struct Bridge {
  uint32_t author = 0;              // node index
  std::vector<BridgeSide> dprk;     // DPRK institutions on the researcher's records
  std::vector<BridgeSide> concern;  // institutions of concern outside the DPRK
  // Records that hold both sides at once (a DPRK institution and one of concern).
  std::vector<uint32_t> records_with_both;
};

// Every author not at a DPRK institution with at least one DPRK institution and one institution
// of concern outside the DPRK on their records (their own affiliations or their co-authors'),
// in node order. A DPRK researcher on a record with an institution of concern is one side of
// that tie, not a bridge. `records`
// as the graph was built from (same order).
std::vector<Bridge> FindBridges(const CollaborationGraph& graph,
                                const std::vector<NetworkRecord>& records);

struct PathStep {
  uint32_t node = 0;
  // The edge from the previous node (none for the first): its kind and records.
  int64_t edge = -1;
};

struct NetworkPath {
  uint32_t from = 0;            // institution node
  uint32_t to = 0;              // DPRK institution node
  std::vector<PathStep> steps;  // from .. to
  size_t hops() const { return steps.empty() ? 0 : steps.size() - 1; }
};

// The institution nodes `name` designates: an exact registry id ("cn-harbin-institute-of-
// technology", with or without "inst:"), else those whose label equals it ignoring case, else
// those whose label contains it as whole words. An Error when none does.
Result<std::vector<uint32_t>> FindInstitutions(const CollaborationGraph& graph,
                                               const std::string& name);

// For each DPRK institution reachable from one of `from` within `max_hops` edges, one shortest
// path (igraph's breadth-first search over the undirected graph). Sorted by hops, then target.
std::vector<NetworkPath> FindPaths(const CollaborationGraph& graph,
                                   const std::vector<uint32_t>& from, int max_hops);

struct CitationLink {
  uint32_t cited = 0;   // record index
  uint32_t citing = 0;  // record index, a record with an institution of concern
  std::string via;      // the key that linked them ("doi:...", "openalex:W...")
  std::vector<uint32_t> citing_institutions;  // its institutions of concern (node indexes)
};

// Records of the set cited by records from institutions of concern outside the DPRK, through
// OpenAlex referenced_works and the DOIs of Scopus and WoS references. `records` as the graph
// was built from (same order).
std::vector<CitationLink> FindCitationLinks(const CollaborationGraph& graph,
                                            const std::vector<NetworkRecord>& records);

}  // namespace catchall
