// The report's stylesheet and script, inlined into report.html so that it opens offline as one
// file. Written for this report; no framework.
#pragma once

#include <string_view>

namespace catchall::report {

std::string_view ReportCss();
// Filtering by data-filter links, text search, "showing N of M"; marks <html data-report-ready>
// when done and data-report-error on any script error (the render test reads both).
std::string_view ReportScript();

}  // namespace catchall::report
