#include "report/findings_reader.h"

#include <simdjson.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "report/json_fields.h"

namespace catchall::report {
namespace {

void ReadEvidence(JsonFields& f, std::string_view key, std::vector<PlaceEvidence>& out) {
  f.Objects(key, [&](JsonFields& e) {
    PlaceEvidence item;
    e.String("kind", item.kind);
    e.String("text", item.text);
    e.String("country", item.country);
    out.push_back(std::move(item));
  });
}

void ReadAffiliations(JsonFields& f, std::string_view key, std::vector<AffiliationItem>& out) {
  f.Objects(key, [&](JsonFields& a) {
    AffiliationItem item;
    a.String("raw", item.raw);
    a.String("country", item.country);
    a.Object("institution", [&](JsonFields& i) {
      InstitutionRef institution;
      i.String("id", institution.id);
      i.String("name", institution.name);
      i.String("type", institution.type);
      i.String("country", institution.country);
      i.Strings("tags", institution.tags);
      item.institution = std::move(institution);
    });
    ReadEvidence(a, "decided_by", item.decided_by);
    ReadEvidence(a, "overruled", item.overruled);
    a.Strings("authors", item.authors);
    a.Strings("warnings", item.warnings);
    out.push_back(std::move(item));
  });
}

void ReadCategories(JsonFields& f, std::string_view key, std::vector<CategoryItem>& out) {
  f.Objects(key, [&](JsonFields& c) {
    CategoryItem item;
    c.String("id", item.id);
    c.String("label", item.label);
    c.Double("score", item.score);
    c.Double("threshold", item.threshold);
    c.String("legal_basis", item.legal_basis);
    c.Strings("wassenaar", item.wassenaar);
    c.Strings("mtcr", item.mtcr);
    c.Objects("evidence", [&](JsonFields& e) {
      TermHit hit;
      e.String("term", hit.term);
      e.String("field", hit.field);
      e.String("text", hit.text);
      e.Uint("offset", hit.offset);
      e.Double("weight", hit.weight);
      item.evidence.push_back(std::move(hit));
    });
    if (item.label.empty()) item.label = item.id;
    out.push_back(std::move(item));
  });
}

void ReadFunders(JsonFields& f, std::vector<FunderItem>& out) {
  f.Objects("funders", [&](JsonFields& x) {
    FunderItem item;
    x.String("registry_id", item.registry_id);
    x.String("name", item.name);
    x.String("country", item.country);
    x.Bool("government", item.government);
    x.String("matched_text", item.matched_text);
    x.Strings("award_ids", item.award_ids);
    x.String("origin", item.origin);
    out.push_back(std::move(item));
  });
}

void ReadListHits(JsonFields& f, std::vector<ListHitItem>& out) {
  f.Objects("list_hits", [&](JsonFields& x) {
    ListHitItem item;
    x.String("subject", item.subject);
    x.String("text", item.text);
    x.String("list", item.list);
    x.String("list_version", item.list_version);
    x.String("entity_id", item.entity_id);
    x.String("reference", item.reference);
    x.String("schema", item.schema);
    x.String("name", item.name);
    x.String("name_kind", item.name_kind);
    x.Double("score", item.score);
    x.Strings("tags", item.tags);
    x.String("risk_level", item.risk_level);
    x.String("cleared_by", item.cleared_by);
    out.push_back(std::move(item));
  });
}

void ReadRules(JsonFields& f, std::vector<RuleHitItem>& out) {
  f.Objects("rules", [&](JsonFields& r) {
    RuleHitItem item;
    r.String("id", item.id);
    r.String("severity", item.severity);
    r.String("tier", item.tier);
    r.String("status", item.status);
    r.Bool("decides_tier", item.decides_tier);
    r.String("message", item.message);
    r.String("reference", item.reference);
    r.String("rule_file", item.rule_file);
    r.Uint("rule_line", item.rule_line);
    r.Objects("evidence", [&](JsonFields& e) {
      RuleTestItem test;
      e.String("fact", test.fact);
      e.String("test", test.test);
      e.String("value", test.value);
      item.evidence.push_back(std::move(test));
    });
    out.push_back(std::move(item));
  });
}

void ReadRecordFields(JsonFields& f, Finding& out) {
  f.String("id", out.id);
  f.String("doi", out.doi);
  f.Object("source", [&](JsonFields& s) {
    s.String("file", out.source.file);
    s.Uint("line", out.source.line);
    s.Uint("record", out.source.record);
    s.String("format", out.source.format);
  });
  f.String("title", out.title);
  f.Int("year", out.year);
  f.String("date", out.date);
  f.String("date_precision", out.date_precision);
  f.String("document_type", out.document_type);
  f.String("source_title", out.source_title);
  f.Strings("countries", out.countries);
  f.String("abstract", out.abstract);
  f.Strings("author_keywords", out.author_keywords);
  f.Strings("index_keywords", out.index_keywords);
  f.String("funding_text", out.funding_text);
}

void ReadScreeningFields(JsonFields& f, Finding& out) {
  f.Bool("dprk_tie", out.dprk_tie);
  f.Bool("dprk_coauthored", out.dprk_coauthored);
  f.Bool("dprk_conflict", out.dprk_conflict);
  f.Strings("dprk_authors", out.dprk_authors);
  ReadAffiliations(f, "dprk_affiliations", out.dprk_affiliations);
  ReadAffiliations(f, "foreign_affiliations", out.foreign_affiliations);
  ReadAffiliations(f, "unresolved_affiliations", out.unresolved_affiliations);
  f.Strings("warnings", out.warnings);
}

void ReadAssessmentFields(JsonFields& f, Finding& out) {
  f.String("tier", out.tier);
  f.Bool("tier_certain", out.tier_certain);
  f.String("tier_rule", out.tier_rule);
  f.String("tier_message", out.tier_message);
  f.Strings("tier_alternatives", out.tier_alternatives);
  ReadCategories(f, "categories", out.categories);
  ReadCategories(f, "weak_categories", out.weak_categories);
  ReadFunders(f, out.funders);
  f.Strings("government_funding", out.government_funding);
  ReadRules(f, out.rules);
  ReadListHits(f, out.list_hits);
}

}  // namespace

bool ParseFindingLine(std::string_view line, Finding& out, std::string& reason) {
  // One parser per thread: its buffers are reused from line to line.
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (const auto error = parser.parse(line.data(), line.size(), true).get(root); error) {
    reason = std::string("not valid JSON: ") + simdjson::error_message(error);
    return false;
  }
  simdjson::dom::object object;
  if (root.get_object().get(object)) {
    reason = "not a JSON object";
    return false;
  }
  out = Finding{};
  reason.clear();
  JsonFields fields(object, "", &reason);
  ReadRecordFields(fields, out);
  ReadScreeningFields(fields, out);
  ReadAssessmentFields(fields, out);
  if (!reason.empty()) return false;
  if (out.id.empty()) {
    reason = "no id";
    return false;
  }
  // A run before tiers existed wrote none; such a record is shown, not guessed at.
  if (out.tier.empty()) out.tier = "unassigned";
  return true;
}

Result<ReadStats> ReadFindings(const std::string& path,
                               const std::function<void(Finding&&)>& visit) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{std::string("cannot open: ") + std::strerror(errno), {path, 0}};
  ReadStats stats;
  std::string line;
  uint64_t number = 0;
  Finding finding;
  std::string reason;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ++stats.lines;
    if (ParseFindingLine(line, finding, reason)) {
      finding.jsonl_line = number;
      ++stats.findings;
      visit(std::move(finding));
      continue;
    }
    ++stats.skipped;
    if (stats.first_skipped.size() < kMaxListedSkips) {
      stats.first_skipped.push_back({number, reason});
    }
  }
  if (in.bad()) return Error{"read error", {path, number}};
  return stats;
}

}  // namespace catchall::report
