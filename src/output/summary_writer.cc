#include "output/summary_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <utility>

namespace catchall {
namespace {

using Json = nlohmann::ordered_json;

std::string Percent(uint64_t part, uint64_t whole) {
  if (whole == 0) return "-";
  return fmt::format("{:.1f}%", 100.0 * static_cast<double>(part) / static_cast<double>(whole));
}

// Keys by descending count, ties by key, so the biggest partners come first.
std::vector<std::pair<std::string, uint64_t>> ByCount(const std::map<std::string, uint64_t>& m) {
  std::vector<std::pair<std::string, uint64_t>> rows(m.begin(), m.end());
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return rows;
}

Json FileJson(const FileCounts& counts) {
  return {{"format", counts.format},
          {"compressed", counts.compressed},
          {"records_read", counts.records_read},
          {"records_rejected", counts.records_rejected},
          {"records_repaired", counts.records_repaired},
          {"file_errors", counts.file_errors},
          {"records_with_dprk_affiliation", counts.dprk_tie},
          {"dprk_coauthored", counts.dprk_coauthored}};
}

}  // namespace

std::string SummaryJson(const ScreenSummary& s, const RunInfo& run) {
  Json by_year = Json::object();
  for (const auto& [year, c] : s.by_year) {
    by_year[year] = {{"records_with_dprk_affiliation", c.dprk_tie},
                     {"dprk_coauthored", c.dprk_coauthored}};
  }
  Json by_country = Json::object();
  for (const auto& [country, n] : ByCount(s.by_foreign_country)) by_country[country] = n;
  Json by_institution = Json::object();
  for (const auto& [name, n] : ByCount(s.by_dprk_institution)) by_institution[name] = n;
  Json files = Json::object();
  for (const auto& [file, counts] : s.by_file) files[file] = FileJson(counts);
  Json out = {
      {"catchall_version", run.version},
      {"started_at", run.started_at},
      {"elapsed_seconds", run.elapsed_seconds},
      {"options",
       {{"all", run.all_records},
        {"threads", run.threads},
        {"prefilter", run.prefilter},
        {"data_dir", run.data_dir},
        {"registry_institutions", run.registry_institutions}}},
      {"inputs", run.inputs},
      {"records_read", s.records_read},
      {"records_rejected", s.records_rejected},
      {"records_repaired", s.records_repaired},
      {"file_errors", s.file_errors},
      {"records_fully_screened", s.records_fully_screened},
      {"records_with_affiliation", s.records_with_affiliation},
      {"records_with_country", s.records_with_country},
      {"affiliations", s.affiliations},
      {"affiliations_with_country", s.affiliations_with_country},
      {"records_with_dprk_affiliation", s.records_with_dprk_affiliation},
      {"dprk_coauthored", s.dprk_coauthored},
      {"dprk_conflicts", s.dprk_conflicts},
      {"by_year", by_year},
      {"by_foreign_country", by_country},
      {"by_dprk_institution", by_institution},
      {"by_file", files},
  };
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string SummaryMarkdown(const ScreenSummary& s, const RunInfo& run) {
  std::string md = "# catchall screening summary\n\n";
  md += fmt::format("Run of {} (catchall {}), {:.2f} s, {} input file(s).\n\n", run.started_at,
                    run.version, run.elapsed_seconds, run.inputs.size());
  md += "| | records |\n|---|---:|\n";
  md += fmt::format("| read | {} |\n", s.records_read);
  md += fmt::format("| rejected (see rejects.jsonl) | {} |\n", s.records_rejected);
  md += fmt::format("| read after repair (see rejects.jsonl) | {} |\n", s.records_repaired);
  md += fmt::format("| files with errors: empty, truncated (see rejects.jsonl) | {} |\n",
                    s.file_errors);
  md += fmt::format("| with a DPRK affiliation | {} |\n", s.records_with_dprk_affiliation);
  md += fmt::format("| **DPRK-foreign co-authored** | **{}** |\n", s.dprk_coauthored);
  md += fmt::format("| with conflicting DPRK evidence (review) | {} |\n\n", s.dprk_conflicts);
  md += fmt::format(
      "Of {} records parsed in full, {} have an affiliation and {} of those a resolved country "
      "({}); {} of {} affiliations were placed in a country ({}).\n\n",
      s.records_fully_screened, s.records_with_affiliation, s.records_with_country,
      Percent(s.records_with_country, s.records_with_affiliation), s.affiliations_with_country,
      s.affiliations, Percent(s.affiliations_with_country, s.affiliations));

  md +=
      "## By year\n\n| year | with DPRK affiliation | DPRK-foreign co-authored "
      "|\n|---|---:|---:|\n";
  for (const auto& [year, c] : s.by_year) {
    md += fmt::format("| {} | {} | {} |\n", year, c.dprk_tie, c.dprk_coauthored);
  }
  md +=
      "\n## By foreign co-author country\n\n"
      "| country | DPRK-foreign records | share |\n|---|---:|---:|\n";
  for (const auto& [country, n] : ByCount(s.by_foreign_country)) {
    md += fmt::format("| {} | {} | {} |\n", country, n, Percent(n, s.dprk_coauthored));
  }
  md += "\n## By DPRK institution\n\n| institution | records |\n|---|---:|\n";
  for (const auto& [name, n] : ByCount(s.by_dprk_institution)) {
    md += fmt::format("| {} | {} |\n", name, n);
  }
  md +=
      "\n## By file\n\n| file | format | read | rejected | repaired | DPRK tie | DPRK-foreign |\n"
      "|---|---|---:|---:|---:|---:|---:|\n";
  for (const auto& [file, c] : s.by_file) {
    md += fmt::format("| {} | {}{} | {} | {} | {} | {} | {} |\n", file, c.format,
                      c.compressed ? " (gzip)" : "", c.records_read, c.records_rejected,
                      c.records_repaired, c.dprk_tie, c.dprk_coauthored);
  }
  return md;
}

}  // namespace catchall
