// Charts as inline SVG, drawn here so the report needs no script or library to show them:
// horizontal bars (tiers, countries, funders, categories) and columns by year, both stacked by
// tier in the tiers' colours. Each bar and segment is a link that filters the findings table,
// carries a <title> (tooltip, and what a screen reader says), and shows its value in text.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace catchall::report {

struct BarPart {
  std::string tier;  // colours the segment (StyleOfTier)
  uint64_t value = 0;
  std::string filter;  // tokens of the records it stands for
  std::string title;   // "China, State determination required: 21 records"
};

struct ChartBar {
  std::string label;       // the category axis: "China", "2018"
  std::string filter;      // the whole bar's records
  uint64_t total = 0;      // the bar's length (the sum of the parts)
  std::string value_text;  // printed at the bar's end: "24 (62%)"
  std::string aside_text;  // printed right of it (horizontal bars): "flagged 21 (58%)"
  std::string title;
  std::vector<BarPart> parts;
};

struct Chart {
  std::string id;           // unique in the page, for aria-labelledby
  std::string title;        // caption (also the SVG's <title>)
  std::string description;  // what the bars count (the SVG's <desc>)
  std::string value_axis;   // "Records (DPRK-foreign co-authored)"
  std::string category_axis;
  std::vector<ChartBar> bars;
};

std::string HorizontalBarChart(const Chart& chart);
std::string ColumnChart(const Chart& chart);

// Round tick values 0 = t0 < t1 < ... covering `max` with about `target` steps (1, 2, 5 x 10^k).
std::vector<uint64_t> Ticks(uint64_t max, int target);

}  // namespace catchall::report
