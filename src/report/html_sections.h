// The report's numbered sections above the findings table: headline numbers, tiers, years and
// the breakdowns (chart and table each), all computed from the Tally.
#pragma once

#include <string>
#include <string_view>

#include "report/context.h"

namespace catchall::report {

std::string HeadlineSection(const ReportContext& context);
std::string TierSection(const ReportContext& context);
std::string YearSection(const ReportContext& context);
// A breakdown (breakdowns.h) as a chart of its largest rows and a table of all of them;
// `with_chart` false gives the table only.
std::string BreakdownSection(const ReportContext& context, std::string_view ns,
                             const std::string& intro, bool with_chart);

}  // namespace catchall::report
