#include "output/json_lines.h"

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
                   {"country", r.institution->country}};
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

std::string Dump(const Json& json) {
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::string FindingJsonLine(const Publication& record, const RecordScreening& screening) {
  const char* precision = PrecisionName(record.date.precision);
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
