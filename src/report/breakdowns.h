// The breakdowns of the report and of the by_*.csv files: which token namespace each one
// counts, and its rows, so that the HTML tables and the CSV files list the same numbers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "report/context.h"

namespace catchall::report {

struct BreakdownSpec {
  const char* ns;          // token namespace: "country"
  const char* csv;         // "by_country.csv"
  const char* key_header;  // CSV column of the key: "country"
  const char* heading;     // table column of the key: "Country"
  const char* title;       // "Co-author countries"
};

// Every breakdown, in report order.
const std::vector<BreakdownSpec>& Breakdowns();
const BreakdownSpec& BreakdownOf(std::string_view ns);

struct BreakdownRow {
  std::string token;   // filter token; "" for a row no single token selects
  std::string filter;  // what the row's numbers filter on
  std::string key;     // the value: "CN", "2018", "any"
  std::string label;   // "China"
  uint64_t shown = 0;  // records in the report with the key
  uint64_t coauthored = 0;
  uint64_t flagged = 0;
};

// Rows by descending DPRK-foreign co-authored count (then records, then key); years in
// calendar order; tiers in tier order, every default tier listed even at 0. The government
// funder breakdown ends with "any" (a government funder of any or no stated country).
std::vector<BreakdownRow> BreakdownRows(const ReportContext& context, std::string_view ns);

}  // namespace catchall::report
