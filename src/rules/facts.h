// The facts about one record that rules test: plain values, filled by analysis/ from the
// screening, the classifier and the funder matcher, so rules know nothing of how they were found.
#pragma once

#include <string>
#include <vector>

#include "model/publication.h"

namespace catchall {

struct CategoryFact {
  std::string id;     // taxonomy category id
  std::string label;  // for messages
  double score = 0;   // 0..1
  bool assigned = false;
};

struct InstitutionFact {
  std::string id;  // registry id
  std::string name;
  std::string country;
  std::vector<std::string> tags;
  bool dprk = false;  // an institution of one of the record's DPRK affiliations
};

struct FunderFact {
  std::string id;  // registry id; empty for a funder not in the registry
  std::string name;
  std::string country;  // empty when unknown
  bool government = false;
};

// One hit of a record's institution, author or funder on a loaded list (analysis/list_screening.h).
struct ListHitFact {
  std::string list;       // list key: "un_sc", "ofac_sdn", "dod_1286", "user:watch", ...
  std::string subject;    // "institution", "author", "funder"
  std::string reference;  // the list's own reference number
  std::string name;       // the list's name as printed
  std::string text;       // the record's words that matched
  std::vector<std::string> tags;  // the entry's tags and programmes
};

struct RecordFacts {
  bool dprk_tie = false;
  bool dprk_coauthored = false;
  bool dprk_conflict = false;
  PartialDate date;
  std::vector<CategoryFact> categories;         // every category with counted evidence
  std::vector<std::string> coauthor_countries;  // resolved countries other than KP, sorted
  std::vector<InstitutionFact> institutions;    // distinct registry institutions, byline order
  std::vector<FunderFact> funders;
  std::vector<ListHitFact> list_hits;  // empty when no --lists were given
};

}  // namespace catchall
