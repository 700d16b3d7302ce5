// Author disambiguation across records: which author slots of a set of records are one person.
// Occurrences sharing a source author id (Scopus author id, OpenAlex author id) or an ORCID are
// one person; occurrences without a contradicting id that share a name key (family name and
// given names) and an institution are one person too, with a lower confidence. Two clusters
// that each carry a different source id or ORCID are never joined by name: two "Wang, Lei" at
// Tsinghua with two Scopus ids are two people.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "network/network_record.h"

namespace catchall {

// "family|given" from a byline or full name, lower case ASCII-folded: "Kim, Chol Nam",
// "KIM Chol-Nam" and "Chol Nam Kim" (OpenAlex's given-first display names, when `given_first`)
// give "kim|cholnam"; "Kim C." and "Kim, C.N." give "kim|c" and "kim|cn" (initials only).
// Empty when the name has no letters.
std::string AuthorNameKey(std::string_view name, bool given_first);

// Confidence of a cluster by the strongest kind of link that joined it.
inline constexpr double kSameSourceIdConfidence = 1.0;
inline constexpr double kSameOrcidConfidence = 0.95;
inline constexpr double kSameNameAndInstitutionConfidence = 0.8;

struct AuthorCluster {
  std::string key;    // "author:scopus:<id>", "author:openalex:<id>", "author:orcid:<id>",
                      // "author:name:<name key>@<institution key>"
  std::string label;  // the longest name seen
  double confidence = 1.0;
  std::vector<std::string> merged_by;    // "scopus_id", "openalex_id", "orcid", "name+institution"
  std::vector<std::string> identifiers;  // source ids and ORCIDs, sorted
  uint32_t occurrences = 0;
};

struct AuthorAssignment {
  std::vector<AuthorCluster> clusters;
  // cluster_of[r][s]: the cluster of author slot s of record r.
  std::vector<std::vector<uint32_t>> cluster_of;
};

AuthorAssignment AssignAuthors(const std::vector<NetworkRecord>& records);

// Frees the author slots' names and ids (AssignAuthors has used them; the clusters keep what
// the graph shows): on a million records that is a large part of the memory.
void ReleaseAuthorNames(std::vector<NetworkRecord>& records);

}  // namespace catchall
