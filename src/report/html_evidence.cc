// The body of each finding's <details>: everything findings.jsonl says about the record.
#include <fmt/format.h>

#include "model/publication.h"
#include "report/html_findings.h"
#include "report/html_text.h"
#include "report/labels.h"

namespace catchall::report {
namespace {

std::string Joined(const std::vector<std::string>& items, const char* separator = ", ") {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : separator) + Html(item);
  return out;
}

std::string PlaceList(const std::vector<PlaceEvidence>& evidence) {
  std::string out;
  for (const auto& e : evidence) {
    out += fmt::format("<li><span class=\"kind\">{}</span> “{}” → {}</li>", Html(e.kind),
                       Html(e.text), Html(e.country.empty() ? "?" : e.country));
  }
  return out.empty() ? "" : "<ul class=\"plain\">" + out + "</ul>";
}

std::string AffiliationRow(const ReportContext& context, const char* role,
                           const AffiliationItem& item) {
  std::string institution = "<span class=\"muted\">–</span>";
  if (item.institution) {
    institution = Html(item.institution->name) + " <span class=\"muted\">" +
                  Html(item.institution->type) + "</span>";
    for (const auto& tag : item.institution->tags) {
      institution += fmt::format(" <span class=\"tag{}\">{}</span>",
                                 IsAlertTag(tag) ? " alert" : "", Html(TagLabel(tag)));
    }
  }
  std::string decided = PlaceList(item.decided_by);
  if (!item.overruled.empty()) {
    decided += "<div class=\"warn\">overruled:</div>" + PlaceList(item.overruled);
  }
  for (const auto& warning : item.warnings) {
    decided += "<div class=\"warn\">" + Html(warning) + "</div>";
  }
  const std::string country = item.country.empty()
                                  ? std::string("?")
                                  : Html(item.country) + " <span class=\"muted\">" +
                                        Html(context.CountryName(item.country)) + "</span>";
  return fmt::format(
      "<tr><td class=\"role\">{}</td><td>{}<div class=\"muted\">{}</div></td><td>{}</td>"
      "<td>{}</td><td>{}</td></tr>",
      role, Html(item.raw), Joined(item.authors, "; "), country, institution, decided);
}

std::string AffiliationsBlock(const ReportContext& context, const Finding& f) {
  std::string rows;
  for (const auto& item : f.dprk_affiliations) rows += AffiliationRow(context, "DPRK", item);
  for (const auto& item : f.foreign_affiliations) rows += AffiliationRow(context, "foreign", item);
  for (const auto& item : f.unresolved_affiliations) {
    rows += AffiliationRow(context, "unplaced", item);
  }
  if (rows.empty()) return "";
  return "<h4>Affiliations</h4><table class=\"inner\"><thead><tr><th>role</th><th>affiliation "
         "as printed <span class=\"muted\">(authors)</span></th><th>country</th>"
         "<th>institution</th><th>decided by</th></tr></thead>" +
         rows + "</table>";
}

std::string FileName(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Each rule with the tests its outcome rests on. The tier rule's message is the verdict above,
// so it is not repeated: the page stays light enough for thousands of rows.
std::string RulesBlock(const Finding& f) {
  std::string out;
  for (const auto& rule : f.rules) {
    std::string tests;
    for (const auto& e : rule.evidence) {
      tests += fmt::format("<li><code>{}</code> {} <span class=\"muted\">(value: {})</span></li>",
                           Html(e.fact), Html(e.test), Html(e.value));
    }
    const bool repeated = rule.decides_tier && rule.message == f.tier_message;
    out += fmt::format(
        "<li class=\"rule-hit\"><span class=\"rule sev-{0}{1}\">{2}</span> <b>{3}</b>{4} "
        "<span class=\"muted\">{0}{5} · <span title=\"{6}\">{7}:{8}</span></span>{9}{10}</li>",
        Html(rule.severity), rule.status == "possible" ? " possible" : "", Html(rule.id),
        Html(rule.status), rule.decides_tier ? " · decides the tier" : "",
        rule.reference.empty() ? "" : " · " + Html(rule.reference), Html(rule.rule_file),
        Html(FileName(rule.rule_file)), rule.rule_line,
        repeated ? "" : "<div>" + Html(rule.message) + "</div>",
        tests.empty() ? "" : "<ul class=\"tests\">" + tests + "</ul>");
  }
  return out.empty() ? "" : "<h4>Rules</h4><ul class=\"plain\">" + out + "</ul>";
}

std::string FundersBlock(const ReportContext& context, const Finding& f) {
  std::string rows;
  for (const auto& funder : f.funders) {
    rows += fmt::format(
        "<tr><td>{}<div class=\"muted\">{}</div></td><td>{}</td><td>{}</td><td>{}</td>"
        "<td>“{}”<div class=\"muted\">{}</div></td></tr>",
        Html(funder.name),
        Html(funder.registry_id.empty() ? "not in registry" : funder.registry_id),
        funder.country.empty() ? "?" : Html(context.CountryName(funder.country)),
        funder.government ? "government" : "–", Joined(funder.award_ids), Html(funder.matched_text),
        Html(funder.origin));
  }
  std::string out;
  if (!rows.empty()) {
    out =
        "<h4>Funders</h4><table class=\"inner\"><thead><tr><th>funder</th><th>country</th>"
        "<th>kind</th><th>award ids</th><th>matched text <span class=\"muted\">(where)"
        "</span></th></tr></thead>" +
        rows + "</table>";
  }
  if (!f.funding_text.empty()) {
    out += R"(<p class="quote"><span class="muted">Funding text:</span> )" + Html(f.funding_text) +
           "</p>";
  }
  return out;
}

// Each party found on a loaded list, with the entry and the list version it was found in, so
// that a reviewer can check the hit against the list itself.
std::string ListHitsBlock(const Finding& f) {
  std::string rows;
  for (const auto& hit : f.list_hits) {
    const std::string version = hit.list_version.empty() ? "" : " " + Html(hit.list_version);
    const std::string status =
        hit.cleared_by.empty() ? "open" : "cleared by " + Html(hit.cleared_by);
    rows += fmt::format(
        "<tr{}><td>“{}”<div class=\"muted\">{}</div></td><td>{}<div class=\"muted\">{}</div>"
        "</td><td><b>{}</b> {}<div class=\"muted\">{} · {}</div></td><td>{:.3f}</td>"
        "<td>{}{}</td><td>{}</td></tr>",
        hit.cleared_by.empty() ? "" : " class=\"weak\"", Html(hit.text), Html(hit.subject),
        Html(hit.list), version, Html(hit.reference), Html(hit.name), Html(hit.entity_id),
        Html(hit.name_kind), hit.score, Joined(hit.tags),
        hit.risk_level.empty() ? ""
                               : " <span class=\"muted\">risk " + Html(hit.risk_level) + "</span>",
        status);
  }
  if (rows.empty()) return "";
  return "<h4>List hits</h4><table class=\"inner\"><thead><tr><th>party <span class=\"muted\">"
         "(kind)</span></th><th>list <span class=\"muted\">(version)</span></th><th>entry "
         "<span class=\"muted\">(id · name kind)</span></th><th>score</th><th>tags</th>"
         "<th>status</th></tr></thead>" +
         rows + "</table>";
}

std::string CategoryRows(const std::vector<CategoryItem>& categories, bool weak) {
  std::string rows;
  for (const auto& c : categories) {
    std::string terms;
    for (const auto& hit : c.evidence) {
      terms +=
          fmt::format(R"(<span class="term">“{}” <span class="muted">{}@{} ×{:g}</span></span>)",
                      Html(hit.text), Html(hit.field), hit.offset, hit.weight);
    }
    rows += fmt::format(
        "<tr{}><td><b>{}</b><div class=\"muted\">{}</div></td><td>{:.2f} <span class=\"muted\">"
        "/ {:.2f}</span></td><td>{}</td><td>{}</td><td>{}</td><td><div class=\"terms\">{}</div>"
        "</td></tr>",
        weak ? " class=\"weak\"" : "", Html(c.label), weak ? "below threshold" : "assigned",
        c.score, c.threshold, Html(c.legal_basis), Joined(c.wassenaar), Joined(c.mtcr), terms);
  }
  return rows;
}

std::string CategoriesBlock(const Finding& f) {
  const std::string rows =
      CategoryRows(f.categories, false) + CategoryRows(f.weak_categories, true);
  if (rows.empty()) return "";
  return "<h4>Technology categories</h4><table class=\"inner\"><thead><tr><th>category</th>"
         "<th>score / threshold</th><th>legal basis</th><th>Wassenaar</th><th>MTCR</th>"
         "<th>terms <span class=\"muted\">(field @byte offset)</span></th></tr></thead>" +
         rows + "</table>";
}

std::string TextBlock(const Finding& f) {
  std::string out;
  if (!f.abstract.empty()) {
    out += "<h4>Abstract</h4><p class=\"abstract\">" +
           Highlight(f.abstract, EvidenceSpans(f, "abstract", f.abstract)).html + "</p>";
  }
  const std::pair<const char*, const std::vector<std::string>*> lists[] = {
      {"author_keywords", &f.author_keywords}, {"index_keywords", &f.index_keywords}};
  for (const auto& [field, keywords] : lists) {
    if (keywords->empty()) continue;
    const std::string joined = JoinKeywords(*keywords);
    out +=
        fmt::format("<p><span class=\"muted\">{}:</span> {}</p>",
                    field == std::string("author_keywords") ? "Author keywords" : "Index keywords",
                    Highlight(joined, EvidenceSpans(f, field, joined)).html);
  }
  return out;
}

std::string SourceBlock(const Finding& f) {
  std::string id = Html(f.id);
  if (f.id.rfind("https://openalex.org/", 0) == 0) {
    id = fmt::format(R"(<a href="{0}" rel="noreferrer">{0}</a>)", Html(f.id));
  }
  std::string out = fmt::format(
      "<h4>Source</h4><dl class=\"source\"><dt>id</dt><dd>{}</dd><dt>DOI</dt><dd>{}</dd>"
      "<dt>file</dt><dd>{} line {} (record {}, {})</dd><dt>findings.jsonl</dt><dd>line {}</dd>",
      id,
      f.doi.empty() ? "–"
                    : fmt::format(R"(<a href="{}" rel="noreferrer">{}</a>)", Html(DoiUrl(f.doi)),
                                  Html(f.doi)),
      Html(f.source.file), f.source.line, f.source.record, Html(f.source.format), f.jsonl_line);
  if (!f.dprk_authors.empty())
    out += "<dt>DPRK authors</dt><dd>" + Joined(f.dprk_authors, "; ") + "</dd>";
  if (!f.warnings.empty()) out += "<dt>warnings</dt><dd>" + Joined(f.warnings, "; ") + "</dd>";
  return out + "</dl>";
}

std::string VerdictBlock(const Finding& f) {
  std::string out = "<p class=\"verdict\">" + TierBadge(f.tier) + " " + Html(f.tier_message);
  if (!f.tier_certain && !f.tier_alternatives.empty()) {
    out += " <span class=\"uncertain\">date uncertain: a more precise date could give " +
           Joined(f.tier_alternatives) + "</span>";
  }
  return out + "</p>";
}

}  // namespace

std::string EvidenceHtml(const ReportContext& context, const Finding& f) {
  return "<div class=\"evidence\">" + VerdictBlock(f) + TextBlock(f) +
         AffiliationsBlock(context, f) + RulesBlock(f) + ListHitsBlock(f) +
         FundersBlock(context, f) + CategoriesBlock(f) + SourceBlock(f) + "</div>";
}

}  // namespace catchall::report
