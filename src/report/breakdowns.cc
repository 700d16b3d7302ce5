#include "report/breakdowns.h"

#include <algorithm>

#include "report/labels.h"

namespace catchall::report {
namespace {

BreakdownRow RowOf(const ReportContext& context, const std::string& token,
                   const std::string& filter) {
  const KeyCounts& counts = context.tally->Of(filter);
  return {token,
          filter,
          TokenValue(token),
          context.Label(token),
          counts.in[kShown],
          counts.in[kCoauthored],
          counts.in[kFlagged]};
}

std::vector<BreakdownRow> TierRows(const ReportContext& context) {
  std::vector<BreakdownRow> rows;
  const std::vector<std::string> present = context.TiersPresent();
  for (const auto& tier : context.tiers) {
    const bool listed_always =
        tier != kClearTierId &&
        (tier == kCommitteeTier || tier == kStateTier || tier == kMedicalTier ||
         tier == kPre2321Tier || tier == kDprkOnlyTier);
    if (!listed_always && std::find(present.begin(), present.end(), tier) == present.end()) {
      continue;
    }
    const std::string token = Token("tier", tier);
    rows.push_back(RowOf(context, token, token));
  }
  return rows;
}

}  // namespace

const std::vector<BreakdownSpec>& Breakdowns() {
  static const std::vector<BreakdownSpec> kSpecs = {
      {"tier", "by_tier.csv", "tier", "Tier", "Tiers"},
      {"year", "by_year.csv", "year", "Year", "By year"},
      {"country", "by_country.csv", "country", "Country", "Co-author countries"},
      {"gov", "by_government_funder.csv", "government_of", "Government of", "Government funding"},
      {"cat", "by_category.csv", "category", "Category", "Technology categories"},
      {"funder", "by_funder.csv", "funder", "Funder", "Funders"},
      {"dprk", "by_dprk_institution.csv", "dprk_institution", "DPRK institution",
       "DPRK institutions"},
      {"tag", "by_institution_tag.csv", "tag", "Tag",
       "Military-linked and designated institutions"},
      {"rule", "by_rule.csv", "rule", "Rule", "Rules"},
      {"list", "by_list.csv", "list", "List", "Parties on loaded lists"},
  };
  return kSpecs;
}

const BreakdownSpec& BreakdownOf(std::string_view ns) {
  for (const auto& spec : Breakdowns()) {
    if (spec.ns == ns) return spec;
  }
  return Breakdowns().front();
}

std::vector<BreakdownRow> BreakdownRows(const ReportContext& context, std::string_view ns) {
  if (ns == "tier") return TierRows(context);
  std::vector<BreakdownRow> rows;
  for (const auto& token : context.tally->TokensIn(ns)) {
    rows.push_back(RowOf(context, token, token));
  }
  if (ns == "year") return rows;  // tokens sort by year; "unknown" after the digits
  std::stable_sort(rows.begin(), rows.end(), [](const BreakdownRow& a, const BreakdownRow& b) {
    if (a.coauthored != b.coauthored) return a.coauthored > b.coauthored;
    return a.shown > b.shown;
  });
  if (ns == "gov") {
    BreakdownRow any = RowOf(context, "govany", "govany");
    any.key = "any";
    any.label = "Any government";
    rows.push_back(any);
  }
  return rows;
}

}  // namespace catchall::report
