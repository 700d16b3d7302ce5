// summary.json as read back (docs/output-formats.md): the run's own totals, which the report
// shows where findings.jsonl cannot tell (records screened, rejected) and checks its own
// per-record counts against where both exist (consistency.h).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/result.h"

namespace catchall::report {

using CountMap = std::map<std::string, uint64_t>;

// summary.json's group counts (dprk_coauthored_detail, and each by_tier_detail entry).
struct SummaryGroup {
  uint64_t records = 0;
  uint64_t government_funded = 0;
  CountMap by_foreign_country;
  CountMap by_government_funder;
  CountMap by_category;
  CountMap by_year;
  CountMap by_funder;
  CountMap by_rule;
};

struct SummaryYear {
  uint64_t records_with_dprk_affiliation = 0;
  uint64_t dprk_coauthored = 0;
  CountMap by_tier;
};

struct SummaryFile {
  std::string format;
  bool compressed = false;
  uint64_t records_read = 0;
  uint64_t records_rejected = 0;
  uint64_t records_with_dprk_affiliation = 0;
  uint64_t dprk_coauthored = 0;
};

struct RunSummary {
  std::string catchall_version;
  std::string started_at;
  double elapsed_seconds = 0;
  bool all_records = false;  // --all: findings.jsonl holds every record read
  std::string data_dir;
  std::string taxonomy_file;
  std::string taxonomy_version;
  std::vector<std::string> rule_files;
  std::vector<std::string> tiers;  // every tier the rules can give, in decision order
  std::vector<std::string> inputs;
  uint64_t records_read = 0;
  uint64_t records_rejected = 0;
  uint64_t records_repaired = 0;
  uint64_t file_errors = 0;
  uint64_t records_with_dprk_affiliation = 0;
  uint64_t dprk_coauthored = 0;
  uint64_t dprk_conflicts = 0;
  uint64_t tier_uncertain = 0;
  std::map<std::string, SummaryYear> by_year;
  CountMap by_foreign_country;
  CountMap by_dprk_institution;
  std::map<std::string, SummaryFile> by_file;
  CountMap by_tier;
  SummaryGroup coauthored;  // dprk_coauthored_detail
  std::map<std::string, SummaryGroup> by_tier_detail;
  std::map<std::string, std::string> funder_names;
};

// Parses summary.json's text; `file` names it in errors.
Result<RunSummary> ParseRunSummary(const std::string& text, const std::string& file);
Result<RunSummary> LoadRunSummary(const std::string& path);

}  // namespace catchall::report
