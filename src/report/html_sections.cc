#include "report/html_sections.h"

#include <fmt/format.h>

#include "report/breakdowns.h"
#include "report/html_text.h"
#include "report/labels.h"
#include "report/svg_charts.h"

namespace catchall::report {
namespace {

constexpr size_t kMaxChartBars = 12;

std::string GroupFilter(Group group) { return GroupToken(group); }

// A count that filters the table, or a plain 0.
std::string CountLink(const std::string& filter, uint64_t n, const std::string& label) {
  if (n == 0) return "0";
  return FilterLink(filter, n, label, Thousands(n));
}

std::string Card(const ReportContext& context, Group group, const std::string& metric,
                 uint64_t value, const std::string& label, const std::string& note) {
  const std::string number =
      fmt::format(R"(<span class="n" data-metric="{}">{}</span>)", metric, Thousands(value));
  const std::string filter = GroupFilter(group);
  const uint64_t count = context.tally->Total(group);
  // The records screened without any DPRK evidence are in no file the report reads: that card
  // lists every finding instead, and says so.
  const std::string filter_label =
      group == kShown ? "every record with a DPRK tie or conflicting DPRK evidence" : label;
  return "<div class=\"card\">" + FilterLink(filter, count, filter_label, number, "card-link") +
         "<div class=\"card-label\">" + Html(label) + "</div><div class=\"card-note\">" + note +
         "</div></div>";
}

// The largest key of `ns` within `group`, as "N (P%) ... NAME", Nikkei style.
std::string TopShare(const ReportContext& context, std::string_view ns, Group group,
                     const char* phrase) {
  std::string best;
  uint64_t best_n = 0;
  for (const auto& token : context.tally->TokensIn(ns)) {
    const uint64_t n = context.tally->Of(token).in[group];
    if (n > best_n) {
      best = token;
      best_n = n;
    }
  }
  if (best_n == 0) return "";
  const uint64_t whole = context.tally->Total(group);
  const std::string label = context.Label(best);
  return fmt::format("{} ({}) {} {}",
                     FilterLink(best + " " + GroupFilter(group), best_n,
                                label + " · " + (group == kFlagged ? "flagged" : "co-authored"),
                                Thousands(best_n)),
                     Percent(best_n, whole), phrase, Html(label));
}

std::string KeyFindings(const ReportContext& context) {
  const Tally& t = *context.tally;
  auto tier_link = [&](const char* tier) {
    const std::string token = Token("tier", tier);
    return CountLink(token, t.Of(token).in[kShown], StyleOfTier(tier).label);
  };
  auto group_link = [&](Group group, const char* label) {
    return "<b>" + CountLink(GroupFilter(group), t.Total(group), label) + "</b>";
  };
  std::string out = "<ul>";
  out += fmt::format(
      "<li>Of {} DPRK-foreign co-authored records, {} were published since resolution 2321 "
      "(2016-11-30).</li>",
      group_link(kCoauthored, "DPRK-foreign co-authored"),
      group_link(kSince2321, "since resolution 2321"));
  out += fmt::format(
      "<li>{} are <b>flagged</b>: {} need a 1718 Committee exemption and {} a State "
      "determination; {} are medical (exempt).</li>",
      group_link(kFlagged, "flagged"), tier_link(kCommitteeTier), tier_link(kStateTier),
      tier_link(kMedicalTier));
  const std::pair<Group, const char*> groups[] = {
      {kFlagged, "Of the flagged records"},
      {kCoauthored, "Of all DPRK-foreign co-authored records"}};
  for (const auto& [group, lead] : groups) {
    const std::string country = TopShare(context, "country", group, "have co-authors in");
    const std::string gov = TopShare(context, "gov", group, "were funded by the government of");
    if (country.empty() && gov.empty()) continue;
    out += fmt::format("<li>{}, {}{}{}.</li>", lead, country,
                       country.empty() || gov.empty() ? "" : " and ", gov);
  }
  return out + "</ul>";
}

std::string TableHead(const ReportContext& context, const char* heading) {
  return fmt::format(
      "<thead><tr><th scope=\"col\" rowspan=\"2\">{}</th>"
      "<th scope=\"col\" rowspan=\"2\" class=\"num\">records</th>"
      "<th scope=\"colgroup\" colspan=\"2\" class=\"grp\" title=\"DPRK-foreign co-authored "
      "records\">co-authored ({})</th><th scope=\"colgroup\" colspan=\"2\" class=\"grp\" "
      "title=\"committee exemption or State determination required\">flagged ({})</th></tr>"
      "<tr><th scope=\"col\" class=\"num\">n</th><th scope=\"col\" class=\"num\">%</th>"
      "<th scope=\"col\" class=\"num\">n</th><th scope=\"col\" class=\"num\">%</th></tr>"
      "</thead>",
      heading, Thousands(context.tally->Total(kCoauthored)),
      Thousands(context.tally->Total(kFlagged)));
}

std::string BreakdownTable(const ReportContext& context, std::string_view ns) {
  const BreakdownSpec& spec = BreakdownOf(ns);
  const uint64_t co = context.tally->Total(kCoauthored);
  const uint64_t flagged = context.tally->Total(kFlagged);
  std::string rows;
  for (const auto& row : BreakdownRows(context, ns)) {
    std::string name = Html(row.label);
    if (ns == "tier") {
      const TierStyle style = StyleOfTier(row.key);
      name = fmt::format(
          "<span class=\"swatch\" style=\"background:{}\"></span><span "
          "title=\"{}\">{}</span>",
          style.colour, Html(style.basis), Html(style.label));
    }
    if ((ns == "country" || ns == "gov") && row.key != "any") {
      name += " <span class=\"muted\">" + Html(row.key) + "</span>";
    }
    rows += fmt::format(
        "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>"
        "<td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
        name, CountLink(row.filter, row.shown, row.label),
        CountLink(row.filter + " " + GroupFilter(kCoauthored), row.coauthored,
                  row.label + " · co-authored"),
        Percent(row.coauthored, co),
        CountLink(row.filter + " " + GroupFilter(kFlagged), row.flagged, row.label + " · flagged"),
        Percent(row.flagged, flagged));
  }
  if (rows.empty()) {
    rows = R"(<tr><td colspan="6" class="muted">No record has one.</td></tr>)";
  }
  return fmt::format(R"(<table class="breakdown" data-breakdown="{}">{}<tbody>{}</tbody></table>)",
                     spec.ns, TableHead(context, spec.heading), rows);
}

// Bars over the DPRK-foreign co-authored records, each split by tier.
ChartBar CoauthoredBar(const ReportContext& context, const BreakdownRow& row) {
  const uint64_t co = context.tally->Total(kCoauthored);
  const uint64_t flagged = context.tally->Total(kFlagged);
  ChartBar bar;
  bar.label = row.label;
  bar.filter = row.filter + " " + GroupFilter(kCoauthored);
  bar.total = row.coauthored;
  bar.value_text = fmt::format("{} ({})", Thousands(row.coauthored), Percent(row.coauthored, co));
  bar.aside_text = flagged == 0 ? ""
                                : fmt::format("flagged {} ({})", Thousands(row.flagged),
                                              Percent(row.flagged, flagged));
  bar.title = fmt::format("{}: {} DPRK-foreign co-authored records ({}), {} flagged", row.label,
                          row.coauthored, Percent(row.coauthored, co), row.flagged);
  const KeyCounts& counts = context.tally->Of(row.filter);
  for (const auto& tier : context.tiers) {
    const auto it = counts.by_tier_co.find(tier);
    if (it == counts.by_tier_co.end()) continue;
    bar.parts.push_back(
        {tier, it->second, row.filter + " " + GroupFilter(kCoauthored) + " " + Token("tier", tier),
         fmt::format("{}, {}: {} records", row.label, StyleOfTier(tier).label, it->second)});
  }
  return bar;
}

std::string Legend(const ReportContext& context, bool coauthored_only) {
  std::string out = R"(<ul class="legend" aria-label="tier colours">)";
  for (const auto& tier : context.TiersPresent()) {
    if (coauthored_only && context.tally->Of(Token("tier", tier)).in[kCoauthored] == 0) continue;
    const TierStyle style = StyleOfTier(tier);
    out += fmt::format(R"(<li><span class="swatch" style="background:{}"></span>{}</li>)",
                       style.colour, Html(style.label));
  }
  return out + "</ul>";
}

std::string SectionOpen(const std::string& id, const std::string& title, const std::string& intro) {
  return fmt::format(R"(<section class="block" id="{}"><h2>{}</h2><p class="intro">{}</p>)", id,
                     Html(title), intro);
}

ChartBar YearBar(const ReportContext& context, const BreakdownRow& row) {
  ChartBar bar;
  bar.label = row.key;
  bar.filter = row.filter;
  bar.total = row.shown;
  bar.value_text = Thousands(row.shown);
  bar.title = fmt::format("{}: {} records, {} flagged", row.key, row.shown, row.flagged);
  const KeyCounts& counts = context.tally->Of(row.filter);
  for (const auto& tier : context.tiers) {
    const auto it = counts.by_tier.find(tier);
    if (it == counts.by_tier.end()) continue;
    bar.parts.push_back(
        {tier, it->second, row.filter + " " + Token("tier", tier),
         fmt::format("{}, {}: {} records", row.key, StyleOfTier(tier).label, it->second)});
  }
  return bar;
}

// Years without records get an empty column, so that the axis is a true time line (unless the
// span is absurd, as with a mistyped year, which would squash every column).
std::vector<BreakdownRow> YearsWithGapsFilled(const ReportContext& context) {
  constexpr int kMaxSpan = 100;
  std::vector<BreakdownRow> rows = BreakdownRows(context, "year");
  std::vector<BreakdownRow> filled;
  for (const auto& row : rows) {
    const bool numeric = !row.key.empty() && row.key.size() <= 4 &&
                         row.key.find_first_not_of("0123456789") == std::string::npos;
    if (numeric && !filled.empty() && filled.back().key != "unknown") {
      const int previous = std::stoi(filled.back().key);
      const int year = std::stoi(row.key);
      if (year - previous <= kMaxSpan) {
        for (int gap = previous + 1; gap < year; ++gap) {
          const std::string key = std::to_string(gap);
          filled.push_back({Token("year", key), Token("year", key), key, key, 0, 0, 0});
        }
      }
    }
    filled.push_back(row);
  }
  return filled;
}

}  // namespace

std::string HeadlineSection(const ReportContext& context) {
  const RunSummary& s = *context.summary;
  const Tally& t = *context.tally;
  const std::string rejected =
      s.records_rejected == 0
          ? "every record of the inputs read"
          : fmt::format("{} more could not be read (rejects.jsonl)", Thousands(s.records_rejected));
  std::string out =
      "<section class=\"headline\" id=\"headline\"><h2 class=\"sr-only\">Headline "
      "numbers</h2><div class=\"cards\">";
  out += Card(context, kShown, "records_read", s.records_read, "Records screened", rejected);
  out += Card(context, kTie, "records_with_dprk_affiliation", t.Total(kTie),
              "With a DPRK-affiliated author", "an affiliation placed in the DPRK");
  out += Card(context, kCoauthored, "dprk_coauthored", t.Total(kCoauthored),
              "DPRK-foreign co-authored",
              Percent(t.Total(kCoauthored), t.Total(kTie)) + " of the DPRK-affiliated");
  out += Card(context, kSince2321, "since_2321", t.Total(kSince2321), "Since resolution 2321",
              "co-authored, published on or after 2016-11-30");
  out += Card(context, kFlagged, "flagged", t.Total(kFlagged), "Flagged",
              "committee exemption or State determination required");
  out += "</div><div class=\"key-findings\">" + KeyFindings(context) + "</div></section>";
  return out;
}

std::string TierSection(const ReportContext& context) {
  const uint64_t co = context.tally->Total(kCoauthored);
  Chart chart{"chart-tiers",
              "Records by tier",
              "Records with a DPRK tie by tier; shares are of the DPRK-foreign co-authored "
              "records.",
              "Records",
              "Tier",
              {}};
  for (const auto& row : BreakdownRows(context, "tier")) {
    ChartBar bar;
    bar.label = row.label;
    bar.filter = row.filter;
    bar.total = row.shown;
    bar.value_text = row.coauthored > 0
                         ? fmt::format("{} ({})", Thousands(row.shown), Percent(row.coauthored, co))
                         : Thousands(row.shown);
    bar.title = fmt::format("{}: {} records", row.label, row.shown);
    bar.parts.push_back({row.key, row.shown, row.filter, bar.title});
    chart.bars.push_back(bar);
  }
  return SectionOpen("tiers", "Tiers under resolution 2321",
                     "Each record gets exactly one tier, the most demanding that applies. "
                     "Shares in brackets are of the DPRK-foreign co-authored records; "
                     "<b>flagged</b> = committee exemption + State determination.") +
         "<div class=\"pair\"><figure>" + HorizontalBarChart(chart) +
         "</figure><div class=\"table-wrap\">" + BreakdownTable(context, "tier") +
         "</div></div></section>";
}

std::string YearSection(const ReportContext& context) {
  Chart chart{"chart-years",
              "Records with a DPRK tie by year of publication, stacked by tier",
              "Columns count the records with a DPRK-affiliated author published each year, "
              "split by tier.",
              "Records",
              "Year of publication",
              {}};
  for (const auto& row : YearsWithGapsFilled(context)) chart.bars.push_back(YearBar(context, row));
  return SectionOpen("years", "Over time",
                     "When the records were published. A year-only date in 2016 cannot be placed "
                     "against 2016-11-30: such records get the post-2321 tier and a "
                     "<i>date uncertain</i> mark.") +
         "<div class=\"pair\"><figure>" + Legend(context, false) + ColumnChart(chart) +
         "</figure><div class=\"table-wrap\">" + BreakdownTable(context, "year") +
         "</div></div></section>";
}

std::string BreakdownSection(const ReportContext& context, std::string_view ns,
                             const std::string& intro, bool with_chart) {
  const BreakdownSpec& spec = BreakdownOf(ns);
  std::string out = SectionOpen(std::string("by-") + spec.ns, spec.title, intro);
  std::string figure;
  if (with_chart) {
    Chart chart{std::string("chart-") + spec.ns,
                std::string(spec.title) + " (DPRK-foreign co-authored records)",
                "Bars count the DPRK-foreign co-authored records with each key, split by tier; "
                "the share of the co-authored records is in brackets, the flagged count and "
                "share of the flagged records beside it.",
                "DPRK-foreign co-authored records",
                spec.heading,
                {}};
    for (const auto& row : BreakdownRows(context, ns)) {
      if (row.coauthored == 0 || row.key == "any") continue;
      if (chart.bars.size() == kMaxChartBars) break;
      chart.bars.push_back(CoauthoredBar(context, row));
    }
    if (!chart.bars.empty()) {
      figure = "<figure>" + Legend(context, true) + HorizontalBarChart(chart) + "</figure>";
    }
  }
  if (figure.empty()) return out + BreakdownTable(context, ns) + "</section>";
  return out + "<div class=\"pair\">" + figure + "<div class=\"table-wrap\">" +
         BreakdownTable(context, ns) + "</div></div></section>";
}

}  // namespace catchall::report
