// The collaboration graph (collaboration_graph.h) as files for network analysis tools:
//
//   GEXF 1.3 (WriteGexf): Gephi's own format. Nodes carry a viz:color so the graph opens
//     coloured: DPRK red, of concern orange, both dark red, other institutions blue, other
//     authors grey.
//   GraphML 1.0 (WriteGraphMl): Gephi, yEd, Cytoscape, NetworkX, igraph.
//   VOSviewer map + network files (WriteVosviewerMap, WriteVosviewerNetwork): VOSviewer's
//     "Create map based on network data" takes the two together.
//
// Node attributes (GraphML key id "node_<name>", GEXF node attribute id "<name>"):
//   label        string   display name (GEXF: the node's label, not an attribute)
//   kind         string   "author" or "institution"
//   key          string   the node's stable key (node ids "n<index>" change from run to run)
//   country      string   ISO alpha-2
//   dprk         boolean  DPRK institution; author with a DPRK affiliation
//   concern      boolean  institution of concern; author at one
//   tags         string   registry tags and list keys, joined with ";"
//   risk_level   string   high, medium, low
//   confidence   double   authors only: how sure the merge of the author's occurrences is
//   merged_by    string   authors: what merged them ("orcid;name+institution"), joined with ";"
//   identifiers  string   authors: source ids and ORCIDs, joined with ";"
//   records      int      records the node appears on
// Edge attributes (GraphML key id "edge_<name>", GEXF edge attribute id "<name>"):
//   kind         string   "affiliation" (source the author, target the institution) or
//                         "coauthorship"
//   weight       double   number of records (GEXF: the edge's weight, not an attribute)
//   records      string   the records' ids joined with ";"; past 50 ids, "; …N more"
// Empty strings are not written (a tool shows them as missing); dprk, concern, kind, records
// and weight always are.
//
// VOSviewer map file columns: id (node index + 1), label, cluster (1 DPRK, 2 concern, 3 both,
// 4 other institutions, 5 other authors), weight<Links>, weight<Total link strength>,
// weight<Documents> (the node's records), score<Avg. pub. year> (over the records of the node's
// edges with a known year; empty when there is none). Network file lines: id1, id2, strength
// (the edge's number of records). A label loses tabs and line breaks (they become spaces) and
// its double quotes (they become '), and is quoted when it has a comma or semicolon, as the
// VOSviewer manual asks. An edge from a node to itself (the builder makes none) is left out of
// the VOSviewer files, which have no such link.
//
// All text comes from input records and is untrusted: invalid UTF-8 bytes become U+FFFD and
// characters XML 1.0 forbids or discourages (control characters other than tab, LF and CR;
// U+FFFE, U+FFFF) are dropped, in every format; XML escaping is libxml2's.
//
// The writers stream to `out`: besides the graph they hold a few KB (XML) or per-node and
// per-edge counters (the VOSviewer map), never the document. Edge and record indexes must be
// valid, as the graph builder makes them. When writing fails (the stream fails, libxml2 runs
// out of memory) `out` is left with failbit set; callers check it.
#pragma once

#include <ostream>

#include "network/collaboration_graph.h"

namespace catchall {

void WriteGraphMl(const CollaborationGraph& graph, std::ostream& out);
void WriteGexf(const CollaborationGraph& graph, std::ostream& out);
void WriteVosviewerMap(const CollaborationGraph& graph, std::ostream& out);
void WriteVosviewerNetwork(const CollaborationGraph& graph, std::ostream& out);

}  // namespace catchall
