// summary.json (for programs) and summary.md (for people) of a screening run.
#pragma once

#include <string>
#include <vector>

#include "analysis/summary.h"
#include "base/result.h"
#include "model/entity.h"

namespace catchall {

// A list loaded with --lists: what it is, which version, how many entries and rejects.
struct ScreenedListInfo {
  ListSource source;
  size_t entities = 0;
  size_t rejects = 0;
};

struct RunInfo {
  std::string version;
  std::string started_at;  // ISO 8601 UTC
  double elapsed_seconds = 0;
  std::vector<std::string> inputs;
  unsigned threads = 0;
  bool all_records = false;
  bool prefilter = true;
  std::string data_dir;
  size_t registry_institutions = 0;
  std::string taxonomy_file;
  std::string taxonomy_version;
  std::string funders_file;
  size_t registry_funders = 0;
  std::vector<std::string> rule_files;  // the default file, then each --rules file
  std::vector<std::string> tiers;       // every tier the rules can give, in decision order
  std::vector<ScreenedListInfo> lists;    // empty without --lists
};

std::string SummaryJson(const ScreenSummary& summary, const RunInfo& run);
std::string SummaryMarkdown(const ScreenSummary& summary, const RunInfo& run);

}  // namespace catchall
