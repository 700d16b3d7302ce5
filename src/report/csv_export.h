// The CSV exports (columns in docs/report.md): findings.csv, one row per line of
// findings.jsonl, and one by_*.csv per breakdown with the same numbers as the report's tables.
#pragma once

#include <string>
#include <vector>

#include "report/context.h"
#include "report/finding.h"

namespace catchall::report {

// The header row of findings.csv, BOM first.
std::string FindingsCsvHeader();
std::string FindingsCsvRow(const Finding& finding);

// The whole by_*.csv of one breakdown (breakdowns.h), BOM first. by_year.csv adds one column of
// counts per tier.
std::string BreakdownCsv(const ReportContext& context, const std::string& ns);

}  // namespace catchall::report
