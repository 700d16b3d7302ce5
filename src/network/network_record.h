// What the collaboration network needs of one publication record, extracted once per record
// (on the worker threads) so that the graph can be built from compact values: the record's
// reference, its authors with their source ids and name keys, its institutions resolved
// (registry institution or normalised affiliation text, country, DPRK, of concern, tags and
// list hits) and the keys of the works it cites.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/list_screening.h"
#include "analysis/screening.h"
#include "model/publication.h"
#include "network/collaboration_graph.h"
#include "resolve/affiliation_resolver.h"

namespace catchall {

struct NetworkInstitution {
  std::string key;  // "inst:<registry id>" or "inst:text:<normalised name>|<country>"
  std::string name;
  std::string country;
  bool dprk = false;
  bool concern = false;
  std::vector<std::string> tags;  // registry tags, then "list:<list key>" per list hit
  std::string risk_level;         // high, medium, low or empty
  // Each list entry the institution matched: "<list> <reference> <name> (<version>)".
  std::vector<std::string> list_entries;
};

struct NetworkAuthor {
  std::string name;                    // full name where the source gives it, else the byline name
  std::string name_key;                // "family|initial" (author_identity.h)
  std::string source_id;               // "scopus:<id>", "openalex:<id>" or empty
  std::string orcid;                   // bare ORCID or empty
  std::vector<uint32_t> institutions;  // indexes into NetworkRecord::institutions
};

struct NetworkRecord {
  GraphRecord record;
  std::vector<NetworkAuthor> authors;
  // Distinct by key. Shared: a corpus names the same few thousand institutions on millions of
  // records, so the reader keeps one copy of each (InstitutionPool).
  std::vector<std::shared_ptr<const NetworkInstitution>> institutions;
  // How other records may cite this one ("openalex:W123", "doi:10.1/x") and how this one cites
  // others (resolved OpenAlex ids; DOIs found in Scopus or WoS reference strings).
  std::vector<std::string> own_keys;
  std::vector<std::string> cited_keys;
};

// The registry tags that make an institution one "of concern" (military-linked or designated):
// seven_sons, pla, dod_1286, dod_1260h, defence_industry, un_1718, ofac_sdn, ofac_cons,
// entity_list, meu, mieu, risk_table, dprk_military (data/README.md, "Tag vocabulary").
bool IsConcernTag(const std::string& tag);

// Builds NetworkRecords. Thread-safe; the resolver and the screener must outlive it.
class NetworkRecordBuilder {
 public:
  // `lists` may be null: then only registry tags make an institution of concern.
  NetworkRecordBuilder(const AffiliationResolver& resolver, const ListScreener* lists);
  NetworkRecord Build(const Publication& record) const;

 private:
  NetworkInstitution InstitutionOf(const Affiliation& affiliation,
                                   const AffiliationResolution& resolution) const;
  void AddListHits(const Publication& record, const RecordScreening& screening,
                   const std::vector<int>& institution_of,
                   std::vector<NetworkInstitution>& institutions) const;

  const AffiliationResolver& resolver_;
  const ListScreener* lists_;
};

// One shared copy per institution key across the records of a run. Not thread-safe: used where
// the records arrive in order (the calling thread of StreamRecords). An institution seen again
// with more tags or list entries (another affiliation string matched a list) is merged into the
// shared copy, so every record sees the union.
class InstitutionPool {
 public:
  void Intern(NetworkRecord& record);
  size_t size() const { return pool_.size(); }

 private:
  std::unordered_map<std::string, std::shared_ptr<NetworkInstitution>> pool_;
};

// DOIs inside free-text references ("... 2019, DOI 10.1016/j.x.2019.01.002"), lower case.
std::vector<std::string> DoisInText(std::string_view text);

}  // namespace catchall
