#include "report/html_findings.h"

#include <fmt/format.h>

#include <algorithm>

#include "report/aggregate.h"
#include "report/html_text.h"
#include "report/labels.h"

namespace catchall::report {
namespace {

constexpr size_t kMaxPartnersInRow = 4;

int SeverityRank(const std::string& severity) {
  static const char* const kOrder[] = {"critical", "high", "medium", "low", "info"};
  for (int i = 0; i < 5; ++i) {
    if (severity == kOrder[i]) return i;
  }
  return 5;
}

// A rule id that may wrap after its underscores in a narrow cell, never inside a word.
std::string BreakableId(const std::string& id) {
  std::string out;
  for (const char c : Html(id)) {
    out.push_back(c);
    if (c == '_') out += "<wbr>";
  }
  return out;
}

std::string TagBadges(const std::vector<std::string>& tags) {
  std::string out;
  for (const auto& tag : tags) {
    out += fmt::format(" <span class=\"tag{}\">{}</span>", IsAlertTag(tag) ? " alert" : "",
                       Html(TagLabel(tag)));
  }
  return out;
}

std::string AffiliationName(const AffiliationItem& item) {
  return item.institution && !item.institution->name.empty() ? item.institution->name : item.raw;
}

std::string DprkCell(const Finding& f) {
  std::vector<std::string> seen;
  std::string out;
  for (const auto& item : f.dprk_affiliations) {
    const std::string name = AffiliationName(item);
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) continue;
    seen.push_back(name);
    out += "<div class=\"inst\">" + Html(name);
    if (!item.institution) out += " <span class=\"muted\">(not in registry)</span>";
    if (item.institution) out += TagBadges(item.institution->tags);
    out += "</div>";
  }
  if (out.empty() && f.dprk_conflict) out = "<span class=\"muted\">conflicting evidence</span>";
  return out;
}

std::string PartnersCell(const ReportContext& context, const Finding& f) {
  std::vector<std::string> seen;
  std::string out;
  size_t hidden = 0;
  for (const auto& item : f.foreign_affiliations) {
    const std::string name = AffiliationName(item);
    if (std::find(seen.begin(), seen.end(), item.country + name) != seen.end()) continue;
    seen.push_back(item.country + name);
    if (seen.size() > kMaxPartnersInRow) {
      ++hidden;
      continue;
    }
    out += fmt::format(R"(<div class="inst"><abbr class="cc" title="{}">{}</abbr> {})",
                       Html(context.CountryName(item.country)), Html(item.country), Html(name));
    if (item.institution) out += TagBadges(item.institution->tags);
    out += "</div>";
  }
  if (hidden > 0) out += fmt::format("<div class=\"muted\">+{} more</div>", hidden);
  if (out.empty() && !f.unresolved_affiliations.empty()) {
    out = fmt::format("<span class=\"muted\">{} unplaced affiliation(s)</span>",
                      f.unresolved_affiliations.size());
  }
  return out;
}

std::string FundingCell(const ReportContext& context, const Finding& f) {
  std::vector<const FunderItem*> funders;
  for (const auto& funder : f.funders) funders.push_back(&funder);
  std::stable_sort(funders.begin(), funders.end(), [](const FunderItem* a, const FunderItem* b) {
    return a->government && !b->government;
  });
  std::string out;
  for (const FunderItem* funder : funders) {
    out += "<div class=\"funder\">" + Html(funder->name);
    if (funder->government) {
      out += fmt::format(R"( <span class="gov" title="government of {}">gov {}</span>)",
                         Html(context.CountryName(funder->country)), Html(funder->country));
    }
    out += "</div>";
  }
  return out;
}

std::string RulesCell(const Finding& f) {
  std::vector<const RuleHitItem*> hits;
  for (const auto& rule : f.rules) {
    if (rule.tier.empty()) hits.push_back(&rule);
  }
  std::stable_sort(hits.begin(), hits.end(), [](const RuleHitItem* a, const RuleHitItem* b) {
    return SeverityRank(a->severity) < SeverityRank(b->severity);
  });
  std::string out;
  for (const RuleHitItem* hit : hits) {
    const bool possible = hit->status == "possible";
    out += fmt::format(R"(<span class="rule sev-{0}{1}" title="{0}{2}">{3}</span> )",
                       Html(hit->severity), possible ? " possible" : "",
                       possible ? ", possible" : "", BreakableId(hit->id));
  }
  return out;
}

std::string DateCell(const Finding& f) {
  std::string out = f.date.empty() ? "<span class=\"muted\">no date</span>" : Html(f.date);
  if (!f.date_precision.empty() && f.date_precision != "day") {
    out += "<div class=\"muted\">" + Html(f.date_precision) + " only</div>";
  }
  return out;
}

std::string TitleCell(const Finding& f) {
  const Highlighted title = Highlight(f.title, EvidenceSpans(f, "title", f.title));
  std::string out = "<div class=\"title\">" +
                    (f.title.empty() ? "<span class=\"muted\">(no title)</span>" : title.html) +
                    "</div><div class=\"meta\">";
  std::vector<std::string> meta;
  if (!f.source_title.empty()) meta.push_back("<i>" + Html(f.source_title) + "</i>");
  if (!f.document_type.empty()) meta.push_back(Html(f.document_type));
  if (!f.doi.empty()) {
    meta.push_back(fmt::format(R"(<a href="{}" rel="noreferrer">doi:{}</a>)", Html(DoiUrl(f.doi)),
                               Html(f.doi)));
  }
  for (size_t i = 0; i < meta.size(); ++i) out += (i > 0 ? " · " : "") + meta[i];
  return out + "</div>";
}

std::string EvidenceSummary(const Finding& f) {
  const size_t affiliations =
      f.dprk_affiliations.size() + f.foreign_affiliations.size() + f.unresolved_affiliations.size();
  return fmt::format(
      "Evidence <span class=\"muted\">· {} affiliation(s) · {} rule(s) · {} funder(s) · {} "
      "categor{} · {}:{}</span>",
      affiliations, f.rules.size(), f.funders.size(), f.categories.size(),
      f.categories.size() == 1 ? "y" : "ies", Html(f.source.file), f.source.line);
}

}  // namespace

std::string TierBadge(const std::string& tier, bool compact) {
  const TierStyle style = StyleOfTier(tier);
  return fmt::format(R"(<span class="badge" style="--c:{}" title="{}">{}</span>)", style.colour,
                     Html(compact ? style.label : style.basis),
                     Html(compact ? style.short_label : style.label));
}

std::string DoiUrl(const std::string& doi) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string url = "https://doi.org/";
  for (const char c : doi) {
    const auto byte = static_cast<unsigned char>(c);
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      std::string_view("-._~/:;()").find(c) != std::string_view::npos;
    if (keep) {
      url.push_back(c);
    } else {
      url.push_back('%');
      url.push_back(kHex[byte >> 4]);
      url.push_back(kHex[byte & 15]);
    }
  }
  return url;
}

std::string FindingRows(const ReportContext& context, const Finding& f, size_t index) {
  std::string keys;
  for (const auto& token : FilterTokens(f)) keys += (keys.empty() ? "" : " ") + token;
  std::string tier = TierBadge(f.tier, true);
  if (!f.tier_certain) {
    tier +=
        " <span class=\"uncertain\" title=\"The date cannot be placed against 2016-11-30: "
        "the tier assumes resolution 2321 applies.\">date uncertain</span>";
  }
  return fmt::format(
      "<tbody class=\"f\" id=\"f{}\" data-keys=\"{}\"><tr class=\"row\">"
      "<td class=\"c-tier\">{}</td><td class=\"c-date\">{}</td><td class=\"c-title\">{}</td>"
      "<td class=\"c-dprk\">{}</td><td class=\"c-partners\">{}</td>"
      "<td class=\"c-funding\">{}</td><td class=\"c-rules\">{}</td></tr>"
      "<tr class=\"ev\"><td colspan=\"7\"><details><summary>{}</summary>{}</details></td></tr>"
      "</tbody>\n",
      index, Html(keys), tier, DateCell(f), TitleCell(f), DprkCell(f), PartnersCell(context, f),
      FundingCell(context, f), RulesCell(f), EvidenceSummary(f), EvidenceHtml(context, f));
}

std::string FindingsTable(const ReportContext& context, const std::vector<const Finding*>& rows) {
  std::string out =
      "<table class=\"findings\" id=\"findings-table\"><caption class=\"sr-only\">Findings, "
      "most demanding tier first</caption><thead><tr><th scope=\"col\">Tier</th>"
      "<th scope=\"col\">Date</th><th scope=\"col\">Title <span class=\"muted\">(category "
      "terms marked)</span></th><th scope=\"col\">DPRK institutions</th>"
      "<th scope=\"col\">Partners</th><th scope=\"col\">Funding</th>"
      "<th scope=\"col\">Other rules</th></tr></thead>\n";
  for (size_t i = 0; i < rows.size(); ++i) out += FindingRows(context, *rows[i], i);
  out += "</table>";
  return out;
}

}  // namespace catchall::report
