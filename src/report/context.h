// What every part of the HTML report reads: the run's summary, the per-record counts, the tier
// order and display names, plus small formatting helpers shared by the charts and tables.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "report/aggregate.h"
#include "report/run_summary.h"

namespace catchall::report {

struct ReportContext {
  const RunSummary* summary = nullptr;
  const Tally* tally = nullptr;
  std::vector<std::string> tiers;  // display order, `clear` last
  std::map<std::string, std::string> country_names;

  // Display name of a token's value: "China", "Advanced materials science", "2018".
  std::string Label(const std::string& token) const;
  std::string CountryName(const std::string& code) const;
  // The tiers some shown record has, in display order.
  std::vector<std::string> TiersPresent() const;
};

// "62%", "<1%" for a non-zero share under one percent, "–" when the whole is 0.
std::string Percent(uint64_t part, uint64_t whole);
// 12,345
std::string Thousands(uint64_t n);

// <a> that filters the findings table to the records of `filter` (space-separated tokens);
// `label` describes them in the "showing N of M" line. `inner_html` must already be escaped.
std::string FilterLink(const std::string& filter, uint64_t count, const std::string& label,
                       const std::string& inner_html, const std::string& css_class = "f");

}  // namespace catchall::report
