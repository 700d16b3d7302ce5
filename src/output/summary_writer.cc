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

Json CountsJson(const std::map<std::string, uint64_t>& counts) {
  Json out = Json::object();
  for (const auto& [key, n] : ByCount(counts)) out[key] = n;
  return out;
}

Json GroupJson(const GroupCounts& g) {
  Json by_year = Json::object();
  for (const auto& [year, n] : g.by_year) by_year[year] = n;
  return {{"records", g.records},
          {"government_funded", g.government_funded},
          {"by_foreign_country", CountsJson(g.by_foreign_country)},
          {"by_government_funder", CountsJson(g.by_government_funder)},
          {"by_category", CountsJson(g.by_category)},
          {"by_year", by_year},
          {"by_funder", CountsJson(g.by_funder)},
          {"by_rule", CountsJson(g.by_rule)}};
}

// The default tiers from the most to the least demanding, then other tiers in the rules'
// decision order, then any other tier seen.
std::vector<std::string> TierOrder(const ScreenSummary& s, const RunInfo& run) {
  std::vector<std::string> order = {"committee_exemption_required",
                                    "state_determination_required",
                                    "medical_exempt",
                                    "pre_2321",
                                    "dprk_only",
                                    kClearTier};
  order.erase(std::remove_if(order.begin(), order.end(),
                             [&](const std::string& tier) {
                               return std::find(run.tiers.begin(), run.tiers.end(), tier) ==
                                          run.tiers.end() &&
                                      !s.by_tier.count(tier);
                             }),
              order.end());
  for (const auto& tier : run.tiers) {
    if (std::find(order.begin(), order.end(), tier) == order.end()) order.push_back(tier);
  }
  for (const auto& [tier, n] : s.by_tier) {
    if (std::find(order.begin(), order.end(), tier) == order.end()) order.push_back(tier);
  }
  return order;
}

Json TiersJson(const ScreenSummary& s, const RunInfo& run) {
  Json out = Json::object();
  for (const auto& tier : TierOrder(s, run)) {
    const auto it = s.by_tier.find(tier);
    out[tier] = it == s.by_tier.end() ? 0 : it->second;
  }
  return out;
}

Json TierDetailJson(const ScreenSummary& s, const RunInfo& run) {
  Json out = Json::object();
  for (const auto& tier : TierOrder(s, run)) {
    const auto it = s.by_tier_detail.find(tier);
    if (it != s.by_tier_detail.end()) out[tier] = GroupJson(it->second);
  }
  return out;
}

std::string ShareRows(const std::map<std::string, uint64_t>& counts, uint64_t whole) {
  std::string md;
  for (const auto& [key, n] : ByCount(counts)) {
    md += fmt::format("| {} | {} | {} |\n", key, n, Percent(n, whole));
  }
  return md;
}

// Tiers, then who co-authored and who paid for the DPRK-foreign co-authored records.
std::string TierMarkdown(const ScreenSummary& s, const RunInfo& run) {
  std::string md = "## By tier\n\n| tier | records | share of DPRK-foreign co-authored |\n";
  md += "|---|---:|---:|\n";
  for (const auto& tier : TierOrder(s, run)) {
    const auto it = s.by_tier.find(tier);
    const uint64_t n = it == s.by_tier.end() ? 0 : it->second;
    const bool coauthored_tier = tier != kClearTier && tier != "dprk_only";
    md += fmt::format("| {} | {} | {} |\n", tier, n,
                      coauthored_tier ? Percent(n, s.dprk_coauthored) : std::string("-"));
  }
  if (s.tier_uncertain > 0) {
    md += fmt::format(
        "\n{} record(s) got their tier on a date that cannot be placed against 2016-11-30 "
        "(rule `date_uncertain_2321`): the tier assumes resolution 2321 applies.\n",
        s.tier_uncertain);
  }
  const GroupCounts& g = s.coauthored;
  md += "\n## DPRK-foreign co-authored: funded by governments\n\n";
  md += "| government of | records | share |\n|---|---:|---:|\n";
  md += ShareRows(g.by_government_funder, g.records);
  md += fmt::format("| any government | {} | {} |\n", g.government_funded,
                    Percent(g.government_funded, g.records));
  md +=
      fmt::format("\n## Flagged ({} records: tiers needing a sign-off): funded by governments\n\n",
                  s.flagged.records);
  md += "| government of | records | share |\n|---|---:|---:|\n";
  md += ShareRows(s.flagged.by_government_funder, s.flagged.records);
  md += "\n| co-author country | records | share |\n|---|---:|---:|\n";
  md += ShareRows(s.flagged.by_foreign_country, s.flagged.records);
  md += "\n## DPRK-foreign co-authored: technology categories\n\n";
  md += "| category | records | share |\n|---|---:|---:|\n";
  md += ShareRows(g.by_category, g.records);
  md += "\n";
  return md;
}

}  // namespace

std::string SummaryJson(const ScreenSummary& s, const RunInfo& run) {
  Json by_year = Json::object();
  for (const auto& [year, c] : s.by_year) {
    by_year[year] = {{"records_with_dprk_affiliation", c.dprk_tie},
                     {"dprk_coauthored", c.dprk_coauthored},
                     {"by_tier", CountsJson(c.by_tier)}};
  }
  Json by_country = Json::object();
  for (const auto& [country, n] : ByCount(s.by_foreign_country)) by_country[country] = n;
  Json by_institution = Json::object();
  for (const auto& [name, n] : ByCount(s.by_dprk_institution)) by_institution[name] = n;
  Json files = Json::object();
  for (const auto& [file, counts] : s.by_file) files[file] = FileJson(counts);
  Json lists = Json::array();
  for (const auto& list : run.lists) {
    lists.push_back({{"list", list.source.list},
                     {"title", list.source.title},
                     {"format", list.source.format},
                     {"version", list.source.version},
                     {"files", list.source.files},
                     {"sha256", list.source.sha256},
                     {"entities", list.entities},
                     {"rejects", list.rejects}});
  }
  Json by_list_entry = Json::object();
  for (const auto& [entry, n] : ByCount(s.by_list_entry)) by_list_entry[entry] = n;
  Json out = {
      {"catchall_version", run.version},
      {"started_at", run.started_at},
      {"elapsed_seconds", run.elapsed_seconds},
      {"options",
       {{"all", run.all_records},
        {"threads", run.threads},
        {"prefilter", run.prefilter},
        {"data_dir", run.data_dir},
        {"registry_institutions", run.registry_institutions},
        {"taxonomy", {{"file", run.taxonomy_file}, {"version", run.taxonomy_version}}},
        {"funders", {{"file", run.funders_file}, {"entries", run.registry_funders}}},
        {"rule_files", run.rule_files},
        {"tiers", run.tiers},
        {"lists", lists}}},
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
      {"by_tier", TiersJson(s, run)},
      {"tier_uncertain", s.tier_uncertain},
      {"dprk_coauthored_detail", GroupJson(s.coauthored)},
      {"flagged_detail", GroupJson(s.flagged)},
      {"by_tier_detail", TierDetailJson(s, run)},
      {"by_rule", CountsJson(s.by_rule)},
      {"by_rule_possible", CountsJson(s.by_rule_possible)},
      {"funder_names", s.funder_names},
      {"records_with_list_hits", s.records_with_list_hits},
      {"by_list", CountsJson(s.by_list)},
      {"by_list_entry", by_list_entry},
      {"list_entry_names", s.list_entry_names},
  };
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

// The lists the run screened against (with versions) and the records per list.
std::string ListsMarkdown(const ScreenSummary& s, const RunInfo& run) {
  if (run.lists.empty()) return "";
  std::string md = "| list | version | entries | records with a hit |\n|---|---|---:|---:|\n";
  for (const auto& list : run.lists) {
    const auto hits = s.by_list.find(list.source.list);
    md += fmt::format("| {} | {} | {} | {} |\n", list.source.list,
                      list.source.version.empty() ? "unknown" : list.source.version,
                      list.entities, hits == s.by_list.end() ? 0 : hits->second);
  }
  return md + "\n";
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
  md += fmt::format("| with conflicting DPRK evidence (review) | {} |\n", s.dprk_conflicts);
  if (!run.lists.empty()) {
    md += fmt::format("| with a party on a loaded list | {} |\n", s.records_with_list_hits);
  }
  md += "\n";
  md += ListsMarkdown(s, run);
  md += fmt::format(
      "Of {} records parsed in full, {} have an affiliation and {} of those a resolved country "
      "({}); {} of {} affiliations were placed in a country ({}).\n\n",
      s.records_fully_screened, s.records_with_affiliation, s.records_with_country,
      Percent(s.records_with_country, s.records_with_affiliation), s.affiliations_with_country,
      s.affiliations, Percent(s.affiliations_with_country, s.affiliations));

  md += TierMarkdown(s, run);
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
