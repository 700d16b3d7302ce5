#include "report/svg_charts.h"

#include <fmt/format.h>

#include <algorithm>

#include "report/html_text.h"
#include "report/labels.h"

namespace catchall::report {
namespace {

// Horizontal bar chart geometry (SVG user units; the SVG scales to the page width).
constexpr int kWidth = 700;
constexpr int kLabelWidth = 210;
constexpr int kBarArea = 300;
constexpr int kAsideX = kLabelWidth + kBarArea + 84;
constexpr size_t kMaxLabelChars = 28;  // longer names are cut; the bar's title has them whole
constexpr int kRowHeight = 26;
constexpr int kBarHeight = 16;
constexpr int kTop = 10;
constexpr int kAxisHeight = 40;

// Column chart geometry.
constexpr int kColumnHeight = 240;
constexpr int kColumnLeft = 56;
constexpr int kColumnTop = 24;
constexpr int kColumnAxis = 52;

std::string Open(const Chart& chart, int width, int height) {
  return fmt::format(
      "<svg class=\"chart\" id=\"{0}\" viewBox=\"0 0 {1} {2}\" width=\"{1}\" height=\"{2}\" "
      "role=\"img\" aria-labelledby=\"{0}-t {0}-d\" xmlns=\"http://www.w3.org/2000/svg\">"
      "<title id=\"{0}-t\">{3}</title><desc id=\"{0}-d\">{4}</desc>",
      Html(chart.id), width, height, Html(chart.title), Html(chart.description));
}

std::string Link(const std::string& filter, uint64_t count, const std::string& title,
                 const std::string& inner) {
  return fmt::format(
      "<a href=\"#findings\" data-filter=\"{}\" data-count=\"{}\" data-label=\"{}\">"
      "<title>{}</title>{}</a>",
      Html(filter), count, Html(title), Html(title), inner);
}

double Scale(uint64_t value, uint64_t max, int length) {
  return max == 0 ? 0.0 : static_cast<double>(value) * length / static_cast<double>(max);
}

// The bar's segments, left to right (or bottom to top), in tier order.
std::string Segments(const ChartBar& bar, uint64_t max, int length, bool horizontal, double x0,
                     double y0, int thickness) {
  std::string out;
  double at = 0;
  for (const auto& part : bar.parts) {
    if (part.value == 0) continue;
    const double size = Scale(part.value, max, length);
    const std::string colour = StyleOfTier(part.tier).colour;
    const std::string rect =
        horizontal ? fmt::format(
                         "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{}\" "
                         "fill=\"{}\"/>",
                         x0 + at, y0, size, thickness, colour)
                   : fmt::format(
                         "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{}\" height=\"{:.1f}\" "
                         "fill=\"{}\"/>",
                         x0, y0 - at - size, thickness, size, colour);
    out += Link(part.filter, part.value, part.title, rect);
    at += size;
  }
  return out;
}

std::string ValueAxis(const std::vector<uint64_t>& ticks, int x0, int y_top, int y_bottom) {
  std::string out;
  const uint64_t max = ticks.back();
  for (const uint64_t tick : ticks) {
    const double x = x0 + Scale(tick, max, kBarArea);
    out += fmt::format(
        "<line class=\"grid\" x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1}\" y2=\"{2}\"/>"
        "<text class=\"tick\" x=\"{0:.1f}\" y=\"{3}\" text-anchor=\"middle\">{4}</text>",
        x, y_top, y_bottom, y_bottom + 14, tick);
  }
  return out;
}

}  // namespace

std::vector<uint64_t> Ticks(uint64_t max, int target) {
  if (max == 0) return {0, 1};
  uint64_t step = 1;
  for (uint64_t magnitude = 1;; magnitude *= 10) {
    bool found = false;
    for (const uint64_t m : {1, 2, 5}) {
      if (max / (m * magnitude) <= static_cast<uint64_t>(target)) {
        step = m * magnitude;
        found = true;
        break;
      }
    }
    if (found) break;
  }
  std::vector<uint64_t> ticks;
  uint64_t tick = 0;
  for (; tick < max; tick += step) ticks.push_back(tick);
  ticks.push_back(tick);
  return ticks;
}

std::string HorizontalBarChart(const Chart& chart) {
  uint64_t max = 0;
  for (const auto& bar : chart.bars) max = std::max(max, bar.total);
  const std::vector<uint64_t> ticks = Ticks(max, 5);
  const int rows_bottom = kTop + static_cast<int>(chart.bars.size()) * kRowHeight;
  std::string out = Open(chart, kWidth, rows_bottom + kAxisHeight);
  out += ValueAxis(ticks, kLabelWidth, kTop - 4, rows_bottom);
  int y = kTop;
  for (const auto& bar : chart.bars) {
    const double bar_y = y + (kRowHeight - kBarHeight) / 2.0;
    const double end = kLabelWidth + Scale(bar.total, ticks.back(), kBarArea);
    out +=
        Link(bar.filter, bar.total, bar.title,
             fmt::format("<text class=\"label\" x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\">"
                         "{}</text>",
                         kLabelWidth - 10, bar_y + 12, Html(Ellipsis(bar.label, kMaxLabelChars))));
    out += Segments(bar, ticks.back(), kBarArea, true, kLabelWidth, bar_y, kBarHeight);
    out += fmt::format(R"(<text class="value" x="{:.1f}" y="{:.1f}">{}</text>)", end + 6,
                       bar_y + 12, Html(bar.value_text));
    if (!bar.aside_text.empty()) {
      out += fmt::format(R"(<text class="aside" x="{}" y="{:.1f}">{}</text>)", kAsideX, bar_y + 12,
                         Html(bar.aside_text));
    }
    y += kRowHeight;
  }
  out += fmt::format(
      "<line class=\"axis\" x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\"/>"
      "<text class=\"axis-label\" x=\"{3}\" y=\"{4}\" text-anchor=\"middle\">{5}</text></svg>",
      kLabelWidth, kTop - 4, rows_bottom, kLabelWidth + kBarArea / 2, rows_bottom + 34,
      Html(chart.value_axis));
  return out;
}

std::string ColumnChart(const Chart& chart) {
  uint64_t max = 0;
  for (const auto& bar : chart.bars) max = std::max(max, bar.total);
  const std::vector<uint64_t> ticks = Ticks(max, 5);
  const int columns = std::max<int>(1, static_cast<int>(chart.bars.size()));
  const int pitch = std::clamp(620 / columns, 12, 60);
  const int width = kColumnLeft + columns * pitch + 16;
  const int base = kColumnTop + kColumnHeight;
  std::string out = Open(chart, std::max(width, 360), base + kColumnAxis);
  for (const uint64_t tick : ticks) {
    const double y = base - Scale(tick, ticks.back(), kColumnHeight);
    out += fmt::format(
        "<line class=\"grid\" x1=\"{0}\" x2=\"{1}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\"/>"
        "<text class=\"tick\" x=\"{3}\" y=\"{4:.1f}\" text-anchor=\"end\">{5}</text>",
        kColumnLeft, kColumnLeft + columns * pitch, y, kColumnLeft - 6, y + 4, tick);
  }
  const int thickness = std::max(6, pitch * 2 / 3);
  int x = kColumnLeft + (pitch - thickness) / 2;
  const bool every_label = pitch >= 34;
  for (size_t i = 0; i < chart.bars.size(); ++i) {
    const ChartBar& bar = chart.bars[i];
    out += Segments(bar, ticks.back(), kColumnHeight, false, x, base, thickness);
    const double top = base - Scale(bar.total, ticks.back(), kColumnHeight);
    const double mid = x + thickness / 2.0;
    if (bar.total > 0) {
      out += fmt::format(
          "<text class=\"value\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">"
          "{}</text>",
          mid, top - 5, Html(bar.value_text));
    }
    // Narrow columns label every other year, counted back from the latest, so that labels
    // never overlap and the latest year always has one.
    if (every_label || (chart.bars.size() - 1 - i) % 2 == 0) {
      const std::string label =
          fmt::format(R"(<text class="label" x="{:.1f}" y="{}" text-anchor="middle">{}</text>)",
                      mid, base + 16, Html(bar.label));
      out += bar.total == 0 ? label : Link(bar.filter, bar.total, bar.title, label);
    }
    x += pitch;
  }
  out += fmt::format(
      "<line class=\"axis\" x1=\"{0}\" x2=\"{1}\" y1=\"{2}\" y2=\"{2}\"/>"
      "<text class=\"axis-label\" x=\"{3}\" y=\"{4}\" text-anchor=\"middle\">{5}</text>"
      "<text class=\"axis-label\" transform=\"translate(14 {6}) rotate(-90)\" "
      "text-anchor=\"middle\">{7}</text></svg>",
      kColumnLeft, kColumnLeft + columns * pitch, base, kColumnLeft + columns * pitch / 2,
      base + 42, Html(chart.category_axis), kColumnTop + kColumnHeight / 2, Html(chart.value_axis));
  return out;
}

}  // namespace catchall::report
