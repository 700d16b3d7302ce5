#include "analysis/summary.h"

#include <set>

namespace catchall {

void ScreenSummary::AddRecord(const std::string& file, const Publication& record,
                              const RecordScreening& screening) {
  FileCounts& counts = by_file[file];
  ++records_read;
  ++counts.records_read;
  ++records_fully_screened;
  const size_t placed = screening.dprk.size() + screening.foreign.size();
  affiliations += placed + screening.unresolved.size();
  affiliations_with_country += placed;
  if (!record.affiliations.empty()) ++records_with_affiliation;
  if (placed > 0) ++records_with_country;
  if (screening.dprk_conflict) ++dprk_conflicts;
  if (!screening.dprk_tie()) return;

  ++records_with_dprk_affiliation;
  ++counts.dprk_tie;
  const std::string year =
      record.date.year > 0 ? std::to_string(record.date.year) : std::string("unknown");
  YearCounts& year_counts = by_year[year];
  ++year_counts.dprk_tie;
  std::set<std::string> institutions;
  for (const auto& item : screening.dprk) {
    institutions.insert(item.resolution.institution ? item.resolution.institution->name
                                                    : std::string("(unknown institution)"));
  }
  for (const auto& name : institutions) ++by_dprk_institution[name];
  if (!screening.dprk_coauthored()) return;

  ++dprk_coauthored;
  ++counts.dprk_coauthored;
  ++year_counts.dprk_coauthored;
  for (const auto& country : screening.countries) {
    if (country != kDprkCountryCode) ++by_foreign_country[country];
  }
}

void ScreenSummary::AddClearedRecord(const std::string& file) {
  ++records_read;
  ++by_file[file].records_read;
}

void ScreenSummary::AddIssue(const std::string& file, const RecordIssue& issue) {
  FileCounts& counts = by_file[file];
  switch (issue.kind) {
    case RecordIssue::Kind::kRejected:
      ++records_rejected;
      ++counts.records_rejected;
      break;
    case RecordIssue::Kind::kRepaired:
      ++records_repaired;
      ++counts.records_repaired;
      break;
    case RecordIssue::Kind::kFileError:
      ++file_errors;
      ++counts.file_errors;
      break;
  }
}

void ScreenSummary::Merge(const ScreenSummary& other) {
  records_read += other.records_read;
  records_rejected += other.records_rejected;
  records_repaired += other.records_repaired;
  file_errors += other.file_errors;
  records_fully_screened += other.records_fully_screened;
  records_with_affiliation += other.records_with_affiliation;
  records_with_country += other.records_with_country;
  affiliations += other.affiliations;
  affiliations_with_country += other.affiliations_with_country;
  records_with_dprk_affiliation += other.records_with_dprk_affiliation;
  dprk_coauthored += other.dprk_coauthored;
  dprk_conflicts += other.dprk_conflicts;
  for (const auto& [year, counts] : other.by_year) {
    by_year[year].dprk_tie += counts.dprk_tie;
    by_year[year].dprk_coauthored += counts.dprk_coauthored;
  }
  for (const auto& [country, n] : other.by_foreign_country) by_foreign_country[country] += n;
  for (const auto& [name, n] : other.by_dprk_institution) by_dprk_institution[name] += n;
  for (const auto& [file, counts] : other.by_file) {
    FileCounts& mine = by_file[file];
    if (mine.format.empty()) mine.format = counts.format;
    mine.compressed = mine.compressed || counts.compressed;
    mine.records_read += counts.records_read;
    mine.records_rejected += counts.records_rejected;
    mine.records_repaired += counts.records_repaired;
    mine.file_errors += counts.file_errors;
    mine.dprk_tie += counts.dprk_tie;
    mine.dprk_coauthored += counts.dprk_coauthored;
  }
}

}  // namespace catchall
