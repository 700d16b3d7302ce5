// Run-level counts. Every part is a sum or a per-key sum, so summaries of shards merge into the
// summary of the whole (Merge), which lets a run be split across machines and put back together.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "analysis/screening.h"
#include "model/publication.h"

namespace catchall {

struct YearCounts {
  uint64_t dprk_tie = 0;
  uint64_t dprk_coauthored = 0;
};

struct FileCounts {
  std::string format;
  bool compressed = false;
  uint64_t records_read = 0;      // records that became a Publication (repaired ones included)
  uint64_t records_rejected = 0;  // records that could not be read
  uint64_t records_repaired = 0;
  uint64_t file_errors = 0;
  uint64_t dprk_tie = 0;
  uint64_t dprk_coauthored = 0;
};

struct ScreenSummary {
  uint64_t records_read = 0;
  uint64_t records_rejected = 0;
  uint64_t records_repaired = 0;
  uint64_t file_errors = 0;  // empty files, truncated or corrupt gzip streams
  // Records parsed and resolved in full (all but those the prefilter cleared unparsed).
  uint64_t records_fully_screened = 0;
  uint64_t records_with_affiliation = 0;  // of the fully screened
  uint64_t records_with_country = 0;      // ... with at least one country resolved
  uint64_t affiliations = 0;              // of the fully screened
  uint64_t affiliations_with_country = 0;
  uint64_t records_with_dprk_affiliation = 0;
  uint64_t dprk_coauthored = 0;
  uint64_t dprk_conflicts = 0;  // records where evidence for and against a DPRK tie disagreed
  std::map<std::string, YearCounts> by_year;            // "2017", or "unknown"
  std::map<std::string, uint64_t> by_foreign_country;   // DPRK-foreign records per partner
  std::map<std::string, uint64_t> by_dprk_institution;  // DPRK-tie records per institution
  std::map<std::string, FileCounts> by_file;

  void AddRecord(const std::string& file, const Publication& record,
                 const RecordScreening& screening);
  // A record the prefilter cleared without parsing: read, with no DPRK tie.
  void AddClearedRecord(const std::string& file);
  void AddIssue(const std::string& file, const RecordIssue& issue);
  void Merge(const ScreenSummary& other);
};

}  // namespace catchall
