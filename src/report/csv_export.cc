#include "report/csv_export.h"

#include <fmt/format.h>

#include <algorithm>

#include "report/breakdowns.h"
#include "report/csv.h"

namespace catchall::report {
namespace {

constexpr const char* kDprkCode = "KP";

// Distinct values in first-seen order, joined with "; ".
class ListField {
 public:
  void Add(const std::string& value) {
    if (value.empty() || std::find(items_.begin(), items_.end(), value) != items_.end()) return;
    items_.push_back(value);
  }
  std::string Field() const {
    std::string out;
    for (const auto& item : items_) out += (out.empty() ? "" : "; ") + item;
    return TextField(out);
  }

 private:
  std::vector<std::string> items_;
};

std::string Bool(bool value) { return value ? "true" : "false"; }

std::string InstitutionName(const AffiliationItem& item) {
  return item.institution && !item.institution->name.empty() ? item.institution->name : item.raw;
}

std::vector<std::string> AffiliationFields(const Finding& f) {
  ListField dprk;
  ListField partner_countries;
  ListField partners;
  ListField tags;
  for (const auto& item : f.dprk_affiliations) dprk.Add(InstitutionName(item));
  for (const auto& country : f.countries) {
    if (country != kDprkCode) partner_countries.Add(country);
  }
  for (const auto& item : f.foreign_affiliations) {
    partners.Add(InstitutionName(item) + (item.country.empty() ? "" : " (" + item.country + ")"));
  }
  for (const auto* list :
       {&f.dprk_affiliations, &f.foreign_affiliations, &f.unresolved_affiliations}) {
    for (const auto& item : *list) {
      if (!item.institution) continue;
      for (const auto& tag : item.institution->tags) tags.Add(tag);
    }
  }
  return {dprk.Field(), partner_countries.Field(), partners.Field(), tags.Field()};
}

std::vector<std::string> FundingFields(const Finding& f) {
  ListField funders;
  ListField government;
  for (const auto& funder : f.funders) {
    std::string text = funder.name + " [" + (funder.country.empty() ? "?" : funder.country) +
                       (funder.government ? ", government" : "") + "]";
    if (!funder.award_ids.empty()) {
      text += " (";
      for (size_t i = 0; i < funder.award_ids.size(); ++i) {
        text += (i > 0 ? " " : "") + funder.award_ids[i];
      }
      text += ")";
    }
    funders.Add(text);
  }
  for (const auto& country : f.government_funding) government.Add(country);
  return {funders.Field(), government.Field()};
}

std::vector<std::string> RuleFields(const Finding& f) {
  ListField fired;
  ListField possible;
  for (const auto& rule : f.rules) {
    (rule.status == "possible" ? possible : fired).Add(rule.id + " (" + rule.severity + ")");
  }
  return {fired.Field(), possible.Field()};
}

// "un_sc KPi.001 KIM JONG UN (0.953)", "... cleared by cleared_parties" for cleared hits.
std::vector<std::string> ListHitFields(const Finding& f) {
  ListField hits;
  for (const auto& hit : f.list_hits) {
    std::string text =
        fmt::format("{} {} {} ({:.3f})", hit.list, hit.reference, hit.name, hit.score);
    if (!hit.cleared_by.empty()) text += " cleared by " + hit.cleared_by;
    hits.Add(text);
  }
  return {hits.Field()};
}

std::string CategoriesField(const Finding& f) {
  ListField categories;
  for (const auto& c : f.categories) categories.Add(fmt::format("{} ({:.3f})", c.id, c.score));
  return categories.Field();
}

}  // namespace

std::string FindingsCsvHeader() {
  return std::string(kUtf8Bom) + CsvRow({"id",
                                         "doi",
                                         "title",
                                         "date",
                                         "date_precision",
                                         "year",
                                         "tier",
                                         "tier_certain",
                                         "tier_alternatives",
                                         "dprk_coauthored",
                                         "dprk_conflict",
                                         "categories",
                                         "dprk_authors",
                                         "dprk_institutions",
                                         "partner_countries",
                                         "partner_institutions",
                                         "institution_tags",
                                         "funders",
                                         "government_funding_countries",
                                         "rules_fired",
                                         "rules_possible",
                                         "list_hits",
                                         "source_file",
                                         "source_line",
                                         "source_format",
                                         "source_title",
                                         "document_type"});
}

std::string FindingsCsvRow(const Finding& f) {
  ListField alternatives;
  for (const auto& tier : f.tier_alternatives) alternatives.Add(tier);
  ListField authors;
  for (const auto& author : f.dprk_authors) authors.Add(author);
  std::vector<std::string> row = {TextField(f.id),
                                  TextField(f.doi),
                                  TextField(f.title),
                                  TextField(f.date),
                                  TextField(f.date_precision),
                                  NumberField(f.year > 0 ? std::to_string(f.year) : ""),
                                  TextField(f.tier),
                                  Bool(f.tier_certain),
                                  alternatives.Field(),
                                  Bool(f.dprk_coauthored),
                                  Bool(f.dprk_conflict),
                                  CategoriesField(f),
                                  authors.Field()};
  for (auto* part : {&AffiliationFields, &FundingFields, &RuleFields, &ListHitFields}) {
    for (auto& field : (*part)(f)) row.push_back(std::move(field));
  }
  row.push_back(TextField(f.source.file));
  row.push_back(NumberField(std::to_string(f.source.line)));
  row.push_back(TextField(f.source.format));
  row.push_back(TextField(f.source_title));
  row.push_back(TextField(f.document_type));
  return CsvRow(row);
}

std::string BreakdownCsv(const ReportContext& context, const std::string& ns) {
  const BreakdownSpec& spec = BreakdownOf(ns);
  const uint64_t co = context.tally->Total(kCoauthored);
  const uint64_t flagged = context.tally->Total(kFlagged);
  const std::vector<std::string> tiers =
      ns == "year" ? context.TiersPresent() : std::vector<std::string>{};
  std::vector<std::string> header = {
      spec.key_header,       "label",           "records",         "records_coauthored",
      "share_of_coauthored", "records_flagged", "share_of_flagged"};
  for (const auto& tier : tiers) header.push_back(TextField("tier_" + tier));
  std::string out = std::string(kUtf8Bom) + CsvRow(header);
  for (const auto& row : BreakdownRows(context, ns)) {
    std::vector<std::string> fields = {TextField(row.key),
                                       TextField(row.label),
                                       std::to_string(row.shown),
                                       std::to_string(row.coauthored),
                                       ShareField(row.coauthored, co),
                                       std::to_string(row.flagged),
                                       ShareField(row.flagged, flagged)};
    const KeyCounts& counts = context.tally->Of(row.filter);
    for (const auto& tier : tiers) {
      const auto it = counts.by_tier.find(tier);
      fields.push_back(std::to_string(it == counts.by_tier.end() ? 0 : it->second));
    }
    out += CsvRow(fields);
  }
  return out;
}

}  // namespace catchall::report
