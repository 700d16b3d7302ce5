// Run-level counts. Every part is a sum or a per-key sum, so summaries of shards merge into the
// summary of the whole (Merge), which lets a run be split across machines and put back together.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "analysis/assessment.h"
#include "model/publication.h"

namespace catchall {

// The tier of records without any DPRK tie, which the prefilter may clear without parsing.
inline constexpr const char* kClearTier = "clear";

struct YearCounts {
  uint64_t dprk_tie = 0;
  uint64_t dprk_coauthored = 0;
  std::map<std::string, uint64_t> by_tier;  // records with a DPRK tie, per tier
};

// Counts over one group of records (the DPRK-foreign co-authored ones, or one tier's). Each map
// counts records, so a record with Chinese and Russian co-authors counts once for each.
struct GroupCounts {
  uint64_t records = 0;
  uint64_t government_funded = 0;                        // records with any government funder
  std::map<std::string, uint64_t> by_foreign_country;    // co-author country
  std::map<std::string, uint64_t> by_government_funder;  // country of a government funder
  std::map<std::string, uint64_t> by_category;           // assigned technology category
  std::map<std::string, uint64_t> by_year;               // "2017" or "unknown"
  std::map<std::string, uint64_t> by_funder;             // registry funder id
  std::map<std::string, uint64_t> by_rule;               // rules that fired (certain or not)

  void Add(const Publication& record, const RecordAssessment& assessment);
  void Merge(const GroupCounts& other);
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

  // Every record read gets a tier; records the prefilter cleared unparsed count as kClearTier.
  std::map<std::string, uint64_t> by_tier;
  uint64_t tier_uncertain = 0;                       // tier given on an undecidable date
  std::map<std::string, uint64_t> by_rule;           // rule id -> records it fired on
  std::map<std::string, uint64_t> by_rule_possible;  // ... or may have (unknown condition)
  GroupCounts coauthored;                            // the DPRK-foreign co-authored records
  GroupCounts flagged;  // records whose tier is flagged (RuleOutcome::flagged)
  std::map<std::string, GroupCounts> by_tier_detail;  // per tier, records with a DPRK tie
  std::map<std::string, std::string> funder_names;    // registry id -> name, for display
  // With --lists: records where a party matched a list entry, per list key and per entry
  // ("<entity id>" -> records; entry_names gives "<reference> <name>" for display).
  uint64_t records_with_list_hits = 0;
  std::map<std::string, uint64_t> by_list;
  std::map<std::string, uint64_t> by_list_entry;
  std::map<std::string, std::string> list_entry_names;

  void AddRecord(const std::string& file, const Publication& record,
                 const RecordAssessment& assessment);
  // A record the prefilter cleared without parsing: read, with no DPRK tie.
  void AddClearedRecord(const std::string& file);
  void AddIssue(const std::string& file, const RecordIssue& issue);
  void Merge(const ScreenSummary& other);

 private:
  void AddListHits(const std::vector<ListHit>& hits);
};

}  // namespace catchall
