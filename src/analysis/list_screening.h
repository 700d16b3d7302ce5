// Screening a record's parties against the loaded sanctions, export-control and institution
// lists: every affiliation (each comma-separated part, and the registry institution it resolved
// to), every funder, and the authors of records with a DPRK tie are matched against the name
// index. A hit carries the list, the entry's own reference, the list version and the matcher's
// explanation, so a reviewer can see why it fired.
#pragma once

#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/screening.h"
#include "funding/funder_matcher.h"
#include "match/name_index.h"
#include "model/publication.h"

namespace catchall {

enum class ListSubject { kInstitution, kAuthor, kFunder };
const char* ListSubjectName(ListSubject subject);  // "institution", "author", "funder"

struct ListHit {
  ListSubject subject = ListSubject::kInstitution;
  std::string text;  // the record's words that matched (affiliation part, author, funder)
  std::string entity_id;
  std::string list;
  std::string list_version;
  std::string reference;
  std::string schema;
  std::string matched_name;  // the list's name as printed
  std::string name_kind;
  double score = 0;
  std::vector<std::string> tags;  // the entry's tags and programmes
  std::string risk_level;
  NameComparison comparison;
  // Set when the same words also matched an entry of a user's "cleared" list (a party a
  // reviewer already cleared): the hit is kept for the record but is not a finding.
  std::string cleared_by;
};

// The tag the user list readers give entries of a list of kind "cleared".
inline constexpr const char* kClearedTag = "user_cleared";

// Screening asks many questions of every record (each affiliation part, funder and author
// against every list), so it takes a stricter default than a single name comparison
// (kDefaultMatchThreshold): docs/lists.md, "Screening".
inline constexpr double kDefaultListScreenThreshold = 0.90;

struct ListScreenOptions {
  double threshold = kDefaultListScreenThreshold;
  // Authors are matched for records with a DPRK tie or conflict; with this, for every record.
  bool all_authors = false;
};

class ListScreener {
 public:
  // With a resolver, affiliation parts that are only a place (a country, a city, a postcode)
  // are not looked up: "Democratic People's Republic of Korea" names a country, not the
  // "Central Bank of the DPRK". The resolver must outlive the screener.
  ListScreener(std::unique_ptr<NameIndex> index, ListScreenOptions options,
               const AffiliationResolver* places = nullptr);

  // Thread-safe. One hit per (subject, entry), best score first.
  std::vector<ListHit> Screen(const Publication& record, const RecordScreening& screening,
                              const std::vector<NormalizedFunder>& funders) const;

  const NameIndex& index() const { return *index_; }

 private:
  struct Query {
    ListSubject subject;
    std::string text;
  };
  std::vector<Query> QueriesOf(const Publication& record, const RecordScreening& screening,
                               const std::vector<NormalizedFunder>& funders) const;
  std::vector<ListHit> Lookup(const Query& query) const;
  std::vector<ListHit> MatchUncached(const Query& query) const;
  bool IsOnlyAPlace(const std::string& text) const;

  std::unique_ptr<NameIndex> index_;
  ListScreenOptions options_;
  const AffiliationResolver* places_ = nullptr;
  // Affiliations and funders repeat across records; their hits are kept (bounded).
  mutable std::shared_mutex cache_mutex_;
  mutable std::unordered_map<std::string, std::vector<ListHit>> cache_;
};

}  // namespace catchall
