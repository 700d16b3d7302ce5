#include "report/run_summary.h"

#include <simdjson.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "report/json_fields.h"

namespace catchall::report {
namespace {

void ReadGroup(JsonFields& f, SummaryGroup& g) {
  f.Uint("records", g.records);
  f.Uint("government_funded", g.government_funded);
  f.Counts("by_foreign_country", g.by_foreign_country);
  f.Counts("by_government_funder", g.by_government_funder);
  f.Counts("by_category", g.by_category);
  f.Counts("by_year", g.by_year);
  f.Counts("by_funder", g.by_funder);
  f.Counts("by_rule", g.by_rule);
}

void ReadOptions(JsonFields& f, RunSummary& s) {
  f.Object("options", [&](JsonFields& o) {
    o.Bool("all", s.all_records);
    o.String("data_dir", s.data_dir);
    o.Object("taxonomy", [&](JsonFields& t) {
      t.String("file", s.taxonomy_file);
      t.String("version", s.taxonomy_version);
    });
    o.Strings("rule_files", s.rule_files);
    o.Strings("tiers", s.tiers);
  });
}

void ReadTotals(JsonFields& f, RunSummary& s) {
  f.String("catchall_version", s.catchall_version);
  f.String("started_at", s.started_at);
  f.Double("elapsed_seconds", s.elapsed_seconds);
  f.Strings("inputs", s.inputs);
  f.Uint("records_read", s.records_read);
  f.Uint("records_rejected", s.records_rejected);
  f.Uint("records_repaired", s.records_repaired);
  f.Uint("file_errors", s.file_errors);
  f.Uint("records_with_dprk_affiliation", s.records_with_dprk_affiliation);
  f.Uint("dprk_coauthored", s.dprk_coauthored);
  f.Uint("dprk_conflicts", s.dprk_conflicts);
  f.Uint("tier_uncertain", s.tier_uncertain);
}

void ReadBreakdowns(JsonFields& f, RunSummary& s) {
  f.Members("by_year", [&](const std::string& year, JsonFields& y) {
    SummaryYear& counts = s.by_year[year];
    y.Uint("records_with_dprk_affiliation", counts.records_with_dprk_affiliation);
    y.Uint("dprk_coauthored", counts.dprk_coauthored);
    y.Counts("by_tier", counts.by_tier);
  });
  f.Counts("by_foreign_country", s.by_foreign_country);
  f.Counts("by_dprk_institution", s.by_dprk_institution);
  f.Members("by_file", [&](const std::string& file, JsonFields& x) {
    SummaryFile& counts = s.by_file[file];
    x.String("format", counts.format);
    x.Bool("compressed", counts.compressed);
    x.Uint("records_read", counts.records_read);
    x.Uint("records_rejected", counts.records_rejected);
    x.Uint("records_with_dprk_affiliation", counts.records_with_dprk_affiliation);
    x.Uint("dprk_coauthored", counts.dprk_coauthored);
  });
  f.Counts("by_tier", s.by_tier);
  f.Object("dprk_coauthored_detail", [&](JsonFields& g) { ReadGroup(g, s.coauthored); });
  f.Members("by_tier_detail",
            [&](const std::string& tier, JsonFields& g) { ReadGroup(g, s.by_tier_detail[tier]); });
  f.Texts("funder_names", s.funder_names);
}

}  // namespace

Result<RunSummary> ParseRunSummary(const std::string& text, const std::string& file) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (const auto error = parser.parse(text).get(root); error) {
    return Error{std::string("not valid JSON: ") + simdjson::error_message(error), {file, 0}};
  }
  simdjson::dom::object object;
  if (root.get_object().get(object)) return Error{"not a JSON object", {file, 0}};
  RunSummary summary;
  std::string error;
  JsonFields fields(object, "", &error);
  ReadOptions(fields, summary);
  ReadTotals(fields, summary);
  ReadBreakdowns(fields, summary);
  if (!error.empty()) return Error{error, {file, 0}};
  return summary;
}

Result<RunSummary> LoadRunSummary(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{std::string("cannot open: ") + std::strerror(errno), {path, 0}};
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Error{"read error", {path, 0}};
  return ParseRunSummary(text.str(), path);
}

}  // namespace catchall::report
