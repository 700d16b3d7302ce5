// Checks the report's own counts (from findings.jsonl) against summary.json wherever both
// count the same thing. They come from one run, so any difference means a file was cut short,
// edited or mixed up with another run's: the report says so instead of showing numbers that
// do not add up.
#pragma once

#include <string>
#include <vector>

#include "report/aggregate.h"
#include "report/run_summary.h"

namespace catchall::report {

// One line per difference: "dprk_coauthored_detail.by_foreign_country.CN: summary.json 24,
// findings.jsonl 23". Empty when everything agrees.
std::vector<std::string> CompareWithSummary(const Tally& tally, const RunSummary& summary);

}  // namespace catchall::report
