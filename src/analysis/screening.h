// DPRK co-authorship detection for one record: which affiliations resolve to the DPRK, which
// lie outside it, which could not be placed, and who the DPRK-affiliated authors are.
#pragma once

#include <string>
#include <vector>

#include "model/publication.h"
#include "resolve/affiliation_resolver.h"

namespace catchall {

inline constexpr const char* kDprkCountryCode = "KP";

struct ScreenedAffiliation {
  uint32_t index = 0;  // into Publication::affiliations
  AffiliationResolution resolution;
  std::vector<std::string> authors;  // names of the authors linked to this affiliation
};

struct RecordScreening {
  std::vector<ScreenedAffiliation> dprk;        // resolved to KP
  std::vector<ScreenedAffiliation> foreign;     // resolved to a country other than KP
  std::vector<ScreenedAffiliation> unresolved;  // no country decided
  std::vector<std::string> countries;           // sorted, distinct
  std::vector<std::string> dprk_authors;        // in byline order, distinct
  std::vector<std::string> warnings;            // the record's reader warnings and conflicts
  // Some affiliation text or source code pointed at the DPRK but was overruled: worth a look.
  bool dprk_conflict = false;

  bool dprk_tie() const { return !dprk.empty(); }
  // At least one DPRK affiliation and at least one affiliation resolved outside the DPRK.
  bool dprk_coauthored() const { return !dprk.empty() && !foreign.empty(); }
  // Written to findings.jsonl without --all: a DPRK tie or a KP conflict a reviewer must see.
  bool reportable() const { return dprk_tie() || dprk_conflict; }
};

RecordScreening ScreenRecord(const Publication& record, const AffiliationResolver& resolver);

}  // namespace catchall
