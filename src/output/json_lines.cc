#include "output/json_lines.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

namespace catchall {
namespace {

using Json = nlohmann::ordered_json;

Json NullIfEmpty(const std::string& value) { return value.empty() ? Json() : Json(value); }

const char* PrecisionName(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::kYear:
      return "year";
    case DatePrecision::kMonth:
      return "month";
    case DatePrecision::kDay:
      return "day";
    case DatePrecision::kNone:
      break;
  }
  return nullptr;
}

Json EvidenceJson(const std::vector<CountryEvidence>& evidence) {
  Json out = Json::array();
  for (const auto& e : evidence) {
    out.push_back({{"kind", e.kind}, {"text", e.text}, {"country", e.country}});
  }
  return out;
}

Json AffiliationJson(const Publication& record, const ScreenedAffiliation& item) {
  const AffiliationResolution& r = item.resolution;
  Json institution;
  if (r.institution) {
    institution = {{"id", r.institution->id},
                   {"name", r.institution->name},
                   {"type", r.institution->type},
                   {"country", r.institution->country},
                   {"tags", r.institution->tags}};
  }
  Json out = {{"raw", record.affiliations[item.index].raw},
              {"country", NullIfEmpty(r.country)},
              {"institution", institution},
              {"decided_by", EvidenceJson(r.decided_by)},
              {"overruled", EvidenceJson(r.overruled)},
              {"authors", item.authors},
              {"warnings", r.warnings}};
  return out;
}

Json AffiliationsJson(const Publication& record, const std::vector<ScreenedAffiliation>& items) {
  Json out = Json::array();
  for (const auto& item : items) out.push_back(AffiliationJson(record, item));
  return out;
}

const Category* FindCategory(const Taxonomy& taxonomy, const std::string& id) {
  for (const auto& category : taxonomy.categories) {
    if (category.id == id) return &category;
  }
  return nullptr;
}

double Rounded(double value) { return std::round(value * 1000.0) / 1000.0; }

Json CategoryJson(const CategoryScore& score, const Taxonomy& taxonomy) {
  const Category* category = FindCategory(taxonomy, score.id);
  Json evidence = Json::array();
  for (const auto& e : score.evidence) {
    evidence.push_back({{"term", e.term},
                        {"field", e.field},
                        {"text", e.text},
                        {"offset", e.offset},
                        {"weight", Rounded(e.weight)}});
  }
  return {{"id", score.id},
          {"label", category ? category->label : score.id},
          {"score", Rounded(score.score)},
          {"threshold", category ? category->threshold : 0.0},
          {"legal_basis", category ? category->legal_basis : ""},
          {"wassenaar", category ? category->wassenaar : std::vector<std::string>{}},
          {"mtcr", category ? category->mtcr : std::vector<std::string>{}},
          {"evidence", evidence}};
}

// Assigned categories, and (separately) those with evidence below their threshold.
std::pair<Json, Json> CategoriesJson(const RecordAssessment& assessment, const Taxonomy& taxonomy) {
  Json assigned = Json::array();
  Json weak = Json::array();
  for (const auto& score : assessment.categories) {
    (score.assigned ? assigned : weak).push_back(CategoryJson(score, taxonomy));
  }
  return {assigned, weak};
}

Json FundersJson(const std::vector<NormalizedFunder>& funders) {
  Json out = Json::array();
  for (const auto& f : funders) {
    out.push_back({{"registry_id", NullIfEmpty(f.registry_id)},
                   {"name", f.name},
                   {"country", NullIfEmpty(f.country)},
                   {"government", f.government},
                   {"matched_text", f.matched_text},
                   {"award_ids", f.award_ids},
                   {"origin", FunderOriginName(f.origin)}});
  }
  return out;
}

std::vector<std::string> GovernmentFunding(const std::vector<NormalizedFunder>& funders) {
  std::vector<std::string> countries;
  for (const auto& f : funders) {
    if (f.government && !f.country.empty() &&
        std::find(countries.begin(), countries.end(), f.country) == countries.end()) {
      countries.push_back(f.country);
    }
  }
  std::sort(countries.begin(), countries.end());
  return countries;
}

Json RuleHitsJson(const RuleOutcome& outcome) {
  Json out = Json::array();
  for (const auto& hit : outcome.hits) {
    Json evidence = Json::array();
    for (const auto& e : hit.evidence) {
      evidence.push_back({{"fact", e.fact}, {"test", e.test}, {"value", e.value}});
    }
    out.push_back({{"id", hit.rule->id},
                   {"severity", SeverityName(hit.rule->severity)},
                   {"tier", NullIfEmpty(hit.rule->tier)},
                   {"status", hit.certain ? "fired" : "possible"},
                   {"decides_tier", hit.rule == outcome.tier_rule},
                   {"message", hit.message},
                   {"reference", NullIfEmpty(hit.rule->reference)},
                   {"rule_file", hit.rule->file},
                   {"rule_line", hit.rule->line},
                   {"evidence", evidence}});
  }
  return out;
}

const char* IssueKindName(RecordIssue::Kind kind) {
  switch (kind) {
    case RecordIssue::Kind::kRejected:
      return "rejected";
    case RecordIssue::Kind::kRepaired:
      return "repaired";
    case RecordIssue::Kind::kFileError:
      return "file_error";
  }
  return "rejected";
}

Json ListHitsJson(const std::vector<ListHit>& hits) {
  Json out = Json::array();
  for (const auto& hit : hits) {
    out.push_back({{"subject", ListSubjectName(hit.subject)},
                   {"text", hit.text},
                   {"list", hit.list},
                   {"list_version", NullIfEmpty(hit.list_version)},
                   {"entity_id", hit.entity_id},
                   {"reference", hit.reference},
                   {"schema", hit.schema},
                   {"name", hit.matched_name},
                   {"name_kind", hit.name_kind},
                   {"score", std::round(hit.score * 1000) / 1000},
                   {"tags", hit.tags},
                   {"risk_level", NullIfEmpty(hit.risk_level)},
                   {"cleared_by", NullIfEmpty(hit.cleared_by)}});
  }
  return out;
}

std::string Dump(const Json& json) {
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::string FindingJsonLine(const Publication& record, const RecordAssessment& assessment,
                            const Taxonomy& taxonomy) {
  const RecordScreening& screening = assessment.screening;
  const RuleOutcome& rules = assessment.rules;
  const char* precision = PrecisionName(record.date.precision);
  auto [assigned, weak] = CategoriesJson(assessment, taxonomy);
  Json out = {
      {"id", record.id},
      {"doi", NullIfEmpty(record.doi)},
      {"source",
       {{"file", record.source.file},
        {"line", record.source.line},
        {"record", record.source.record},
        {"format", FormatName(record.format)}}},
      {"title", record.title},
      {"year", record.date.year > 0 ? Json(record.date.year) : Json()},
      {"date", NullIfEmpty(record.date.ToIso())},
      {"date_precision", precision ? Json(precision) : Json()},
      {"document_type", NullIfEmpty(record.document_type)},
      {"source_title", NullIfEmpty(record.source_title)},
      {"countries", screening.countries},
      {"dprk_tie", screening.dprk_tie()},
      {"dprk_coauthored", screening.dprk_coauthored()},
      {"dprk_conflict", screening.dprk_conflict},
      {"dprk_authors", screening.dprk_authors},
      {"dprk_affiliations", AffiliationsJson(record, screening.dprk)},
      {"foreign_affiliations", AffiliationsJson(record, screening.foreign)},
      {"unresolved_affiliations", AffiliationsJson(record, screening.unresolved)},
      {"warnings", screening.warnings},
      {"tier", rules.tier},
      {"tier_certain", rules.tier_certain},
      {"flagged", rules.flagged()},
      {"tier_rule", rules.tier_rule ? Json(rules.tier_rule->id) : Json()},
      {"tier_message", rules.tier_message},
      {"tier_alternatives", rules.tier_alternatives},
      {"categories", std::move(assigned)},
      {"weak_categories", std::move(weak)},
      {"funders", FundersJson(assessment.funders)},
      {"government_funding", GovernmentFunding(assessment.funders)},
      {"rules", RuleHitsJson(rules)},
      {"list_hits", ListHitsJson(assessment.list_hits)},
      {"abstract", NullIfEmpty(record.abstract)},
      {"author_keywords", record.author_keywords},
      {"index_keywords", record.index_keywords},
      {"funding_text", NullIfEmpty(record.funding_text)},
  };
  return Dump(out);
}

std::string IssueJsonLine(const RecordIssue& issue) {
  Json out = {
      {"kind", IssueKindName(issue.kind)}, {"file", issue.where.file}, {"line", issue.where.line},
      {"record", issue.where.record},      {"reason", issue.reason},   {"excerpt", issue.excerpt}};
  return Dump(out);
}

}  // namespace catchall
