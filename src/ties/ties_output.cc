#include "ties/ties_output.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "report/assets.h"
#include "report/csv.h"
#include "report/html_text.h"
#include "report/labels.h"
#include "report/svg_charts.h"

namespace catchall {
namespace {

using Json = nlohmann::ordered_json;
using report::CsvRow;
using report::Html;
using report::NumberField;
using report::TextField;

constexpr size_t kIdsPerCell = 50;

const std::map<std::string, TieCount>& Breakdown(const TiesResult& ties, const std::string& by) {
  if (by == "partner") return ties.by_partner;
  if (by == "risk") return ties.by_risk;
  if (by == "list") return ties.by_list;
  if (by == "year") return ties.by_year;
  return ties.by_category;
}

// Largest first (records, then researchers); years in calendar order.
std::vector<const std::pair<const std::string, TieCount>*> Ordered(const TiesResult& ties,
                                                                   const std::string& by) {
  std::vector<const std::pair<const std::string, TieCount>*> rows;
  for (const auto& row : Breakdown(ties, by)) rows.push_back(&row);
  if (by == "year") return rows;
  std::stable_sort(rows.begin(), rows.end(), [](const auto* a, const auto* b) {
    if (a->second.records.size() != b->second.records.size())
      return a->second.records.size() > b->second.records.size();
    return a->second.org_researchers.size() > b->second.org_researchers.size();
  });
  return rows;
}

std::string Joined(const std::vector<std::string>& items, const char* separator = "; ") {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? separator : "") + items[i];
  return out;
}

std::vector<std::string> RecordIds(const std::vector<TiesRecord>& records,
                                   const std::set<uint32_t>& which) {
  std::vector<std::string> out;
  for (uint32_t r : which) {
    if (out.size() == kIdsPerCell) {
      out.push_back(fmt::format("… {} more", which.size() - kIdsPerCell));
      break;
    }
    out.push_back(records[r].network.record.id);
  }
  return out;
}

std::vector<std::string> ResearcherNames(const TiesResult& ties, const std::set<uint32_t>& which) {
  std::vector<std::string> out;
  for (uint32_t a : which) {
    if (out.size() == kIdsPerCell) {
      out.push_back(fmt::format("… {} more", which.size() - kIdsPerCell));
      break;
    }
    out.push_back(ties.authors.clusters[a].label);
  }
  return out;
}

std::vector<std::string> Names(const TiesResult& ties, const std::vector<uint32_t>& authors) {
  std::vector<std::string> out;
  for (uint32_t a : authors) out.push_back(ties.authors.clusters[a].label);
  return out;
}

Json InstitutionJson(const NetworkInstitution& institution) {
  return {{"key", institution.key},
          {"name", institution.name},
          {"country", institution.country.empty() ? Json() : Json(institution.country)},
          {"dprk", institution.dprk},
          {"tags", institution.tags},
          {"risk_level", institution.risk_level.empty() ? Json() : Json(institution.risk_level)},
          {"lists", PartnerLists(institution)},
          {"list_entries", institution.list_entries}};
}

constexpr size_t kBarsPerChart = 15;

// A bar per row (the largest kBarsPerChart; years all, in order): papers, with the share of the
// organisation's papers, and the researchers beside it, as the screening report draws them.
std::string BreakdownChart(const TiesResult& ties, const std::string& by) {
  report::Chart chart;
  chart.id = "ties-" + by;
  chart.title = "Papers with ties, by " + by;
  chart.description =
      "Each bar counts the organisation's papers co-authored with an institution "
      "of concern; beside it, how many of its researchers wrote them.";
  chart.value_axis = "Papers";
  chart.category_axis = by;
  for (const auto* row : Ordered(ties, by)) {
    if (by != "year" && chart.bars.size() == kBarsPerChart) break;
    const TieCount& count = row->second;
    report::ChartBar bar;
    bar.label = count.label;
    bar.total = count.records.size();
    const double share = ties.org_records == 0 ? 0.0
                                               : 100.0 * static_cast<double>(count.records.size()) /
                                                     static_cast<double>(ties.org_records);
    bar.value_text = fmt::format("{} ({:.0f}%)", count.records.size(), share);
    bar.aside_text = fmt::format("{} researchers", count.org_researchers.size());
    bar.title = fmt::format("{}: {} papers, {} researchers", count.label, count.records.size(),
                            count.org_researchers.size());
    // High risk in the report's red (the committee tier's colour), the rest in its neutral.
    bar.parts.push_back(
        {row->first == "high" ? report::kCommitteeTier : "", bar.total, "", bar.title});
    chart.bars.push_back(std::move(bar));
  }
  if (chart.bars.empty()) return "";
  return by == "year" ? report::ColumnChart(chart) : report::HorizontalBarChart(chart);
}

}  // namespace

const std::vector<std::string>& TiesBreakdowns() {
  static const std::vector<std::string> kBreakdowns = {"partner", "risk", "list", "year",
                                                       "category"};
  return kBreakdowns;
}

void WriteTiesJsonl(const std::vector<TiesRecord>& records, const TiesResult& ties,
                    std::ostream& out) {
  for (const Tie& tie : ties.ties) {
    const TiesRecord& record = records[tie.record];
    const NetworkRecord& network = record.network;
    Json org = Json::array();
    for (uint32_t i : tie.org_institutions) org.push_back(network.institutions[i]->name);
    Json line = {{"record",
                  {{"id", network.record.id},
                   {"doi", network.record.doi.empty() ? Json() : Json(network.record.doi)},
                   {"title", network.record.title},
                   {"year", network.record.year > 0 ? Json(network.record.year) : Json()},
                   {"file", network.record.file},
                   {"line", network.record.line}}},
                 {"org_institutions", std::move(org)},
                 {"org_authors", Names(ties, tie.org_authors)},
                 {"partner", InstitutionJson(*network.institutions[tie.partner])},
                 {"partner_authors", Names(ties, tie.partner_authors)},
                 {"categories", record.categories}};
    out << line.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
  }
}

void WriteTiesCsv(const std::vector<TiesRecord>& records, const TiesResult& ties,
                  std::ostream& out) {
  out << report::kUtf8Bom
      << CsvRow({"record_id", "doi", "year", "title", "org_institutions", "org_authors",
                 "partner_key", "partner", "partner_country", "risk_level", "lists",
                 "partner_authors", "categories", "source_file", "source_line"});
  for (const Tie& tie : ties.ties) {
    const NetworkRecord& network = records[tie.record].network;
    const NetworkInstitution& partner = *network.institutions[tie.partner];
    std::vector<std::string> org;
    for (uint32_t i : tie.org_institutions) org.push_back(network.institutions[i]->name);
    out << CsvRow({TextField(network.record.id), TextField(network.record.doi),
                   NumberField(network.record.year > 0 ? std::to_string(network.record.year) : ""),
                   TextField(network.record.title), TextField(Joined(org)),
                   TextField(Joined(Names(ties, tie.org_authors))), TextField(partner.key),
                   TextField(partner.name), TextField(partner.country),
                   TextField(partner.risk_level), TextField(Joined(PartnerLists(partner))),
                   TextField(Joined(Names(ties, tie.partner_authors))),
                   TextField(Joined(records[tie.record].categories)),
                   TextField(network.record.file),
                   NumberField(std::to_string(network.record.line))});
  }
}

void WriteTiesBreakdownCsv(const std::vector<TiesRecord>& records, const TiesResult& ties,
                           const std::string& by, std::ostream& out) {
  out << report::kUtf8Bom
      << CsvRow({by, "label", "records", "share_of_org_records", "org_researchers",
                 "share_of_org_researchers", "partner_institutions", "record_ids",
                 "org_researcher_names"});
  for (const auto* row : Ordered(ties, by)) {
    const TieCount& count = row->second;
    out << CsvRow({TextField(row->first), TextField(count.label),
                   NumberField(std::to_string(count.records.size())),
                   report::ShareField(count.records.size(), ties.org_records),
                   NumberField(std::to_string(count.org_researchers.size())),
                   report::ShareField(count.org_researchers.size(), ties.org_researchers),
                   NumberField(std::to_string(count.partners.size())),
                   TextField(Joined(RecordIds(records, count.records))),
                   TextField(Joined(ResearcherNames(ties, count.org_researchers)))});
  }
}

std::string TiesSummaryJson(const TiesResult& ties, const TiesRunFacts& facts) {
  Json org = Json::array();
  for (const auto& [key, name] : ties.org_institution_names) {
    org.push_back({{"key", key}, {"name", name}});
  }
  Json summary = {{"inputs", facts.inputs},
                  {"records", facts.records},
                  {"records_rejected", facts.rejected},
                  {"lists", facts.lists},
                  {"org", ties.org.empty() ? Json() : Json(ties.org)},
                  {"org_institutions", std::move(org)},
                  {"org_records", ties.org_records},
                  {"org_researchers", ties.org_researchers},
                  {"records_with_ties", ties.records_with_ties.size()},
                  {"researchers_with_ties", ties.researchers_with_ties.size()},
                  {"ties", ties.ties.size()}};
  for (const std::string& by : TiesBreakdowns()) {
    Json counts = Json::object();
    for (const auto* row : Ordered(ties, by)) {
      counts[row->first] = {{"records", row->second.records.size()},
                            {"org_researchers", row->second.org_researchers.size()},
                            {"partners", row->second.partners.size()}};
    }
    summary["by_" + by] = std::move(counts);
  }
  return summary.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string TiesHtml(const std::vector<TiesRecord>& records, const TiesResult& ties,
                     const TiesRunFacts& facts) {
  std::string org_names;
  for (const auto& [key, name] : ties.org_institution_names) {
    org_names += (org_names.empty() ? "" : ", ") + Html(name);
  }
  std::string out =
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>catchall ties"
      "</title><style>";
  out += report::ReportCss();
  out +=
      "body{margin:0 24px 40px}table{width:100%;margin-bottom:20px}.big{font-size:22px;"
      "font-weight:600}.high{color:#b42318}</style></head><body><h1>Research ties to "
      "institutions of concern</h1>";
  out += fmt::format(
      "<p class=\"muted\">{} records read from {}; organisation: {}.</p><p><span class=\"big\">{}"
      "</span> of the organisation's {} papers and <span class=\"big\">{}</span> of its {} "
      "researchers are co-authored with an institution of concern ({} ties with {} partner "
      "institutions).</p>",
      facts.records, Html(Joined(facts.inputs, ", ")),
      ties.org.empty() ? "every institution not of concern"
                       : Html(ties.org) + " (" + org_names + ")",
      ties.records_with_ties.size(), ties.org_records, ties.researchers_with_ties.size(),
      ties.org_researchers, ties.ties.size(), ties.by_partner.size());
  for (const std::string& by : TiesBreakdowns()) {
    out += fmt::format(
        "<h2>By {}</h2>{}<table><thead><tr><th>{}</th><th>papers</th><th>researchers"
        "</th><th>partners</th><th>papers behind the number</th></tr></thead>",
        by, BreakdownChart(ties, by), by);
    for (const auto* row : Ordered(ties, by)) {
      const TieCount& count = row->second;
      out += fmt::format(
          "<tr><td{}>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"muted\">"
          "{}</td></tr>",
          row->first == "high" ? " class=\"high\"" : "", Html(count.label), count.records.size(),
          count.org_researchers.size(), count.partners.size(),
          Html(Joined(RecordIds(records, count.records))));
    }
    out += "</table>";
  }
  out +=
      "<h2>Every tie</h2><table><thead><tr><th>paper</th><th>organisation's authors</th>"
      "<th>partner</th><th>partner's authors</th><th>categories</th></tr></thead>";
  for (const Tie& tie : ties.ties) {
    const NetworkRecord& network = records[tie.record].network;
    const NetworkInstitution& partner = *network.institutions[tie.partner];
    out += fmt::format(
        "<tr><td>{}<div class=\"muted\">{} · {}</div></td><td>{}</td><td>{}<div class=\"muted\">"
        "{} · risk {} · {}</div></td><td>{}</td><td>{}</td></tr>",
        Html(network.record.title), Html(network.record.id), network.record.year,
        Html(Joined(Names(ties, tie.org_authors))), Html(partner.name), Html(partner.country),
        Html(partner.risk_level.empty() ? "unrated" : partner.risk_level),
        Html(Joined(PartnerLists(partner))), Html(Joined(Names(ties, tie.partner_authors))),
        Html(Joined(records[tie.record].categories)));
  }
  return out + "</table></body></html>\n";
}

}  // namespace catchall
