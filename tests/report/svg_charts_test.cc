// SVG charts: axis ticks, and what each bar carries (link, title, value text, escaped label).
#include "report/svg_charts.h"

#include <gtest/gtest.h>

#include "report_support.h"

namespace catchall::report {
namespace {

TEST(Ticks, RoundStepsCoveringTheMaximum) {
  EXPECT_EQ(Ticks(24, 5), (std::vector<uint64_t>{0, 5, 10, 15, 20, 25}));
  EXPECT_EQ(Ticks(7, 5), (std::vector<uint64_t>{0, 2, 4, 6, 8}));
  EXPECT_EQ(Ticks(5, 5), (std::vector<uint64_t>{0, 1, 2, 3, 4, 5}));
  EXPECT_EQ(Ticks(657, 5), (std::vector<uint64_t>{0, 200, 400, 600, 800}));
  EXPECT_EQ(Ticks(0, 5), (std::vector<uint64_t>{0, 1}));
}

Chart TwoBars() {
  Chart chart{"c1", "Countries <&>", "desc", "Records", "Country", {}};
  ChartBar china{"China", "country:CN grp:co", 24, "24 (62%)", "flagged 21 (58%)", "China: 24", {}};
  china.parts = {{"state_determination_required", 21, "country:CN tier:s", "China, state: 21"},
                 {"medical_exempt", 3, "country:CN tier:m", "China, medical: 3"}};
  ChartBar odd{"<script>x</script>", "country:X", 1, "1", "", "odd", {}};
  odd.parts = {{"pre_2321", 1, "country:X tier:p", "odd: 1"}};
  chart.bars = {china, odd};
  return chart;
}

TEST(HorizontalBarChart, EveryBarAndSegmentIsALabelledLink) {
  const std::string svg = HorizontalBarChart(TwoBars());
  EXPECT_NE(svg.find("role=\"img\" aria-labelledby=\"c1-t c1-d\""), std::string::npos);
  EXPECT_NE(svg.find("<title id=\"c1-t\">Countries &lt;&amp;&gt;</title>"), std::string::npos);
  EXPECT_EQ(testing::Count(svg, "<rect "), 3u);
  EXPECT_NE(svg.find("data-filter=\"country:CN tier:s\" data-count=\"21\""), std::string::npos);
  EXPECT_NE(svg.find(">24 (62%)</text>"), std::string::npos);
  EXPECT_NE(svg.find(">flagged 21 (58%)</text>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;script&gt;x&lt;/script&gt;"), std::string::npos);
  EXPECT_EQ(svg.find("<script"), std::string::npos);
  EXPECT_NE(svg.find("fill=\"#e07b00\""), std::string::npos) << "the state tier's colour";
}

TEST(ColumnChart, ColumnsStackByTierWithTotalsAndAxes) {
  const std::string svg = ColumnChart(TwoBars());
  EXPECT_EQ(testing::Count(svg, "<rect "), 3u);
  EXPECT_NE(svg.find(">24 (62%)</text>"), std::string::npos) << "value above the column";
  EXPECT_NE(svg.find(">Country</text>"), std::string::npos);
  EXPECT_NE(svg.find("rotate(-90)"), std::string::npos) << "value axis label";
}

}  // namespace
}  // namespace catchall::report
