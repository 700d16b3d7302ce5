#include "analysis/summary.h"

#include <algorithm>
#include <set>

namespace catchall {
namespace {

std::string YearKey(const Publication& record) {
  return record.date.year > 0 ? std::to_string(record.date.year) : std::string("unknown");
}

template <typename Map>
void AddAll(Map& into, const Map& from) {
  for (const auto& [key, n] : from) into[key] += n;
}

}  // namespace

void GroupCounts::Add(const Publication& record, const RecordAssessment& assessment) {
  ++records;
  ++by_year[YearKey(record)];
  for (const auto& country : assessment.screening.countries) {
    if (country != kDprkCountryCode) ++by_foreign_country[country];
  }
  for (const auto& category : assessment.categories) {
    if (category.assigned) ++by_category[category.id];
  }
  std::set<std::string> government_countries;
  std::set<std::string> funders;
  for (const auto& funder : assessment.funders) {
    if (funder.government && !funder.country.empty()) government_countries.insert(funder.country);
    if (!funder.registry_id.empty()) funders.insert(funder.registry_id);
  }
  if (std::any_of(assessment.funders.begin(), assessment.funders.end(),
                  [](const NormalizedFunder& f) { return f.government; })) {
    ++government_funded;
  }
  for (const auto& country : government_countries) ++by_government_funder[country];
  for (const auto& id : funders) ++by_funder[id];
  for (const auto& hit : assessment.rules.hits) ++by_rule[hit.rule->id];
}

void GroupCounts::Merge(const GroupCounts& other) {
  records += other.records;
  government_funded += other.government_funded;
  AddAll(by_foreign_country, other.by_foreign_country);
  AddAll(by_government_funder, other.by_government_funder);
  AddAll(by_category, other.by_category);
  AddAll(by_year, other.by_year);
  AddAll(by_funder, other.by_funder);
  AddAll(by_rule, other.by_rule);
}

void ScreenSummary::AddListHits(const std::vector<ListHit>& hits) {
  std::set<std::string> lists;
  std::set<std::string> entries;
  for (const auto& hit : hits) {
    if (!hit.cleared_by.empty()) continue;
    lists.insert(hit.list);
    entries.insert(hit.entity_id);
    list_entry_names.emplace(hit.entity_id, hit.reference + " " + hit.matched_name);
  }
  if (entries.empty()) return;
  ++records_with_list_hits;
  for (const auto& list : lists) ++by_list[list];
  for (const auto& entry : entries) ++by_list_entry[entry];
}

void ScreenSummary::AddRecord(const std::string& file, const Publication& record,
                              const RecordAssessment& assessment) {
  const RecordScreening& screening = assessment.screening;
  const RuleOutcome& outcome = assessment.rules;
  ++by_tier[outcome.tier];
  if (!outcome.tier_certain) ++tier_uncertain;
  for (const auto& hit : outcome.hits) ++(hit.certain ? by_rule : by_rule_possible)[hit.rule->id];
  for (const auto& funder : assessment.funders) {
    if (!funder.registry_id.empty()) funder_names.emplace(funder.registry_id, funder.name);
  }
  AddListHits(assessment.list_hits);
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
  by_tier_detail[outcome.tier].Add(record, assessment);
  if (outcome.flagged()) flagged.Add(record, assessment);
  YearCounts& year_counts = by_year[YearKey(record)];
  ++year_counts.dprk_tie;
  ++year_counts.by_tier[outcome.tier];
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
  coauthored.Add(record, assessment);
  for (const auto& country : screening.countries) {
    if (country != kDprkCountryCode) ++by_foreign_country[country];
  }
}

void ScreenSummary::AddClearedRecord(const std::string& file) {
  ++records_read;
  ++by_tier[kClearTier];
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
  records_with_list_hits += other.records_with_list_hits;
  for (const auto& [list, n] : other.by_list) by_list[list] += n;
  for (const auto& [entry, n] : other.by_list_entry) by_list_entry[entry] += n;
  list_entry_names.insert(other.list_entry_names.begin(), other.list_entry_names.end());
  for (const auto& [year, counts] : other.by_year) {
    by_year[year].dprk_tie += counts.dprk_tie;
    by_year[year].dprk_coauthored += counts.dprk_coauthored;
    AddAll(by_year[year].by_tier, counts.by_tier);
  }
  AddAll(by_tier, other.by_tier);
  tier_uncertain += other.tier_uncertain;
  AddAll(by_rule, other.by_rule);
  AddAll(by_rule_possible, other.by_rule_possible);
  coauthored.Merge(other.coauthored);
  flagged.Merge(other.flagged);
  for (const auto& [tier, group] : other.by_tier_detail) by_tier_detail[tier].Merge(group);
  funder_names.insert(other.funder_names.begin(), other.funder_names.end());
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
