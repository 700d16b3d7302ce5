#include "analysis/screening.h"

#include <algorithm>
#include <set>

namespace catchall {
namespace {

std::vector<std::vector<std::string>> AuthorsByAffiliation(const Publication& record) {
  std::vector<std::vector<std::string>> names(record.affiliations.size());
  for (const Author& author : record.authors) {
    const std::string& name = author.full_name.empty() ? author.name : author.full_name;
    for (uint32_t index : author.affiliations) {
      if (index < names.size()) names[index].push_back(name);
    }
  }
  return names;
}

bool PointsAtDprk(const std::vector<CountryEvidence>& evidence) {
  return std::any_of(evidence.begin(), evidence.end(),
                     [](const CountryEvidence& e) { return e.country == kDprkCountryCode; });
}

}  // namespace

RecordScreening ScreenRecord(const Publication& record, const AffiliationResolver& resolver) {
  RecordScreening screening;
  screening.warnings = record.warnings;
  const auto authors = AuthorsByAffiliation(record);
  std::set<std::string> countries;
  for (uint32_t i = 0; i < record.affiliations.size(); ++i) {
    ScreenedAffiliation item{i, resolver.Resolve(record.affiliations[i]), authors[i]};
    const std::string& country = item.resolution.country;
    if (item.resolution.conflict() &&
        (country == kDprkCountryCode || PointsAtDprk(item.resolution.overruled))) {
      screening.dprk_conflict = true;
    }
    if (country.empty()) {
      screening.unresolved.push_back(std::move(item));
      continue;
    }
    countries.insert(country);
    if (country == kDprkCountryCode) {
      for (const auto& name : item.authors) {
        if (std::find(screening.dprk_authors.begin(), screening.dprk_authors.end(), name) ==
            screening.dprk_authors.end()) {
          screening.dprk_authors.push_back(name);
        }
      }
      screening.dprk.push_back(std::move(item));
    } else {
      screening.foreign.push_back(std::move(item));
    }
  }
  screening.countries.assign(countries.begin(), countries.end());
  if (screening.dprk_tie() && screening.foreign.empty() && !screening.unresolved.empty()) {
    screening.warnings.emplace_back(
        "DPRK affiliation with co-affiliations of unknown country: not counted as DPRK-foreign "
        "co-authored; check the unresolved affiliations");
  }
  return screening;
}

}  // namespace catchall
