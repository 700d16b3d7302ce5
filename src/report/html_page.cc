#include "report/html_page.h"

#include <fmt/format.h>

#include "report/assets.h"
#include "report/html_findings.h"
#include "report/html_sections.h"
#include "report/html_text.h"

namespace catchall::report {
namespace {

constexpr size_t kMaxListedMismatches = 12;

// "2026-12-01T18:22:01Z" -> "2026-12-01 18:22 UTC"; anything else as written.
std::string ReadableTime(const std::string& iso) {
  if (iso.size() == 20 && iso[10] == 'T' && iso[19] == 'Z') {
    return iso.substr(0, 10) + " " + iso.substr(11, 5) + " UTC";
  }
  return iso;
}

std::string Contents() {
  static const std::pair<const char*, const char*> kEntries[] = {
      {"headline", "Headline"},         {"tiers", "Tiers"},
      {"years", "Over time"},           {"by-country", "Countries"},
      {"by-gov", "Government funding"}, {"by-cat", "Technology"},
      {"by-funder", "Funders"},         {"by-dprk", "DPRK institutions"},
      {"by-tag", "Military-linked"},    {"by-rule", "Rules"},
      {"findings", "Findings"}};
  std::string out = R"(<nav class="toc" aria-label="Contents">)";
  for (const auto& [id, label] : kEntries) out += fmt::format("<a href=\"#{}\">{}</a>", id, label);
  return out + "</nav>";
}

std::string InputsList(const RunSummary& s) {
  std::string out = "<ul>";
  for (const auto& input : s.inputs) {
    const auto it = s.by_file.find(input);
    out += "<li>" + Html(input);
    if (it != s.by_file.end()) {
      const uint64_t read = it->second.records_read;
      out += fmt::format(" <span class=\"muted\">{}{}, {} record{}, {} with a DPRK tie</span>",
                         Html(it->second.format), it->second.compressed ? " (gzip)" : "",
                         Thousands(read), read == 1 ? "" : "s",
                         Thousands(it->second.records_with_dprk_affiliation));
    }
    out += "</li>";
  }
  return out + "</ul>";
}

std::string Header(const PageInput& in) {
  const RunSummary& s = *in.context->summary;
  std::string rules = "<ul>";
  for (const auto& file : s.rule_files) rules += "<li>" + Html(file) + "</li>";
  rules += "</ul>";
  return fmt::format(
      "<header class=\"top\"><div class=\"eyebrow\">catchall · research-security screening "
      "report</div><h1>Research co-authored with DPRK institutions</h1>"
      "<p class=\"subtitle\">{} records from {} export file(s) screened for authors at North "
      "Korean institutions, judged under UN Security Council resolution 2321 (2016).</p>"
      "<dl class=\"meta-grid\"><div><dt>Screening run</dt><dd>{}</dd></div>"
      "<div><dt>catchall version</dt><dd>{}</dd></div>"
      "<div><dt>Taxonomy</dt><dd>version {} <span class=\"muted\">{}</span></dd></div>"
      "<div><dt>Report generated</dt><dd>{} <span class=\"muted\">from {}</span></dd></div>"
      "<div class=\"wide\"><dt>Inputs</dt><dd>{}</dd></div><div class=\"wide\"><dt>Rule "
      "files</dt><dd>{}</dd></div></dl>",
      Thousands(s.records_read), s.inputs.size(), Html(ReadableTime(s.started_at)),
      Html(s.catchall_version), Html(s.taxonomy_version.empty() ? "?" : s.taxonomy_version),
      Html(s.taxonomy_file), Html(ReadableTime(in.generated_at)), Html(in.run_dir), InputsList(s),
      rules);
}

std::string HowToRead() {
  return "<div class=\"howto\"><p><b>How to read this.</b> UN Security Council resolution 2321 "
         "(2016), paragraph 11, requires States to suspend scientific and technical cooperation "
         "with persons or groups officially sponsored by or representing the DPRK, except "
         "medical exchanges, unless — for nuclear science and technology, aerospace and "
         "aeronautical engineering, or advanced manufacturing production techniques — the 1718 "
         "Committee approves it case by case (<i>committee exemption required</i>, para 11(a)), "
         "or, in any other field, the State determines that it will not contribute to "
         "proliferation and notifies the Committee in advance (<i>State determination "
         "required</i>, para 11(b)). Every DPRK author is taken to be at a state institution. "
         "Work published before 2016-11-30 is <i>before resolution 2321</i>. Separately, "
         "resolution 2270 (2016) para 17 and 2321 para 10 ban specialised teaching and training "
         "of DPRK nationals in advanced physics, computer simulation, geospatial navigation, "
         "nuclear, aerospace and aeronautical engineering, advanced materials science and "
         "advanced chemical, mechanical, electrical and industrial engineering: the rule "
         "<code>training_ban_field</code> reports work in those fields at any date.</p>"
         "<p>A tier says who must sign off, not that a violation occurred; each record's row "
         "opens to the evidence it rests on (affiliations and the words that placed them, "
         "category terms, funders, rules). <b>Flagged</b> means committee exemption or State "
         "determination required — the counterpart of the “suspected violations” of the "
         "Nikkei Asia analysis (2024). Shares are given over the DPRK-foreign co-authored "
         "records and over the flagged ones; each table says which. Every count, bar and "
         "table cell is a link: it lists the records behind it in the findings table.</p></div>";
}

std::string Notices(const PageInput& in) {
  const RunSummary& s = *in.context->summary;
  std::string out;
  if (in.read.skipped > 0) {
    std::string items;
    for (const auto& skip : in.read.first_skipped) {
      items += fmt::format("<li>line {}: {}</li>", skip.line, Html(skip.reason));
    }
    out += fmt::format(
        "<div class=\"notice bad\" id=\"skipped-lines\" data-skipped=\"{}\"><b>{} line(s) of "
        "findings.jsonl could not be read</b> and are in none of the numbers below.<ul>{}</ul>"
        "</div>",
        in.read.skipped, Thousands(in.read.skipped), items);
  }
  if (!in.mismatches.empty()) {
    std::string items;
    for (size_t i = 0; i < in.mismatches.size() && i < kMaxListedMismatches; ++i) {
      items += "<li>" + Html(in.mismatches[i]) + "</li>";
    }
    if (in.mismatches.size() > kMaxListedMismatches) {
      items += fmt::format("<li>… and {} more</li>", in.mismatches.size() - kMaxListedMismatches);
    }
    out += fmt::format(
        "<div class=\"notice bad\" id=\"mismatches\" data-mismatches=\"{}\"><b>The counts of "
        "findings.jsonl differ from summary.json</b> (a file cut short, edited, or from another "
        "run). The report's numbers are those of findings.jsonl.<ul>{}</ul></div>",
        in.mismatches.size(), items);
  }
  if (s.records_rejected > 0 || s.file_errors > 0) {
    out += fmt::format(
        "<div class=\"notice\">{} record(s) could not be read and {} file(s) had errors; they "
        "are listed in rejects.jsonl and are not screened.</div>",
        Thousands(s.records_rejected), Thousands(s.file_errors));
  }
  if (s.tier_uncertain > 0) {
    out += fmt::format(
        "<div class=\"notice\">{} record(s) have a date that cannot be placed before or after "
        "2016-11-30 (a year-only 2016 date, say): they carry the post-2321 tier, marked "
        "<span class=\"uncertain\">date uncertain</span>. <a class=\"f\" href=\"#findings\" "
        "data-filter=\"uncertain\" data-count=\"{}\" data-label=\"date uncertain\">List "
        "them</a>.</div>",
        Thousands(s.tier_uncertain), in.context->tally->Of("uncertain").in[kShown]);
  }
  return out;
}

std::string FindingsSection(const PageInput& in) {
  const size_t embedded = in.rows.size();
  std::string out =
      "<section class=\"block\" id=\"findings\"><h2>Findings</h2><p class=\"intro\">Every "
      "record with a DPRK tie (and any with conflicting DPRK evidence), the most demanding tier "
      "first. Terms that put a record in a technology category are <mark>marked</mark>; military-"
      "linked or designated institutions carry a <span class=\"tag alert\">red</span> tag. Open "
      "<i>Evidence</i> under a row for everything the decision rests on.</p>";
  if (embedded < in.shown) {
    out += fmt::format(
        "<div class=\"notice left-out\" id=\"left-out\" data-left-out=\"{}\">This table holds "
        "the first <b>{}</b> of {} findings; <b>{}</b> are left out to keep the page usable. "
        "<a href=\"findings.csv\">findings.csv</a> has all of them.</div>",
        in.shown - embedded, Thousands(embedded), Thousands(in.shown),
        Thousands(in.shown - embedded));
  }
  out += fmt::format(
      "<div class=\"controls\" id=\"controls\"><label id=\"search-wrap\" hidden><span "
      "class=\"sr-only\">Search the findings</span><input type=\"search\" id=\"search\" "
      "placeholder=\"Search titles, institutions, funders, evidence…\"></label>"
      "<span id=\"status\" role=\"status\" aria-live=\"polite\" data-total=\"{0}\">Showing all "
      "<b>{1}</b> findings</span><button type=\"button\" id=\"clear\" hidden>Clear filter"
      "</button></div>",
      embedded, Thousands(embedded));
  return out + FindingsTable(*in.context, in.rows) + "</section>";
}

std::string Footer(const PageInput& in) {
  std::string files;
  for (const auto& name : in.csv_files) {
    files += fmt::format("<li><a href=\"{0}\">{0}</a></li>", Html(name));
  }
  return "<footer><p>Made by catchall from findings.jsonl and summary.json; the same numbers "
         "for spreadsheets (UTF-8 CSV, columns in docs/report.md):</p><ul>" +
         files +
         "</ul><p>Sources of the rules and reference data are in the rule files and data/ of "
         "catchall. This report is a screening aid: each finding needs review against the "
         "record itself.</p></footer>";
}

// Only for runs with --lists: records with an open hit on each loaded list.
std::string ListSection(const ReportContext& context) {
  if (context.tally->TokensIn("list").empty()) return "";
  return BreakdownSection(context, "list",
                          "Records with a party (institution, funder or author) found on a loaded "
                          "list and not cleared by a cleared-party list; each hit is in the "
                          "record's evidence.",
                          false);
}

std::string Sections(const ReportContext& context) {
  return TierSection(context) + YearSection(context) +
         BreakdownSection(context, "country",
                          "Countries of the foreign co-authors' institutions. A record with "
                          "Chinese and Russian co-authors counts once for each, so shares add "
                          "up to more than 100%.",
                          true) +
         BreakdownSection(context, "gov",
                          "Countries whose government funded the work (a funder of the registry "
                          "that is a government body), from funder lists and funding texts.",
                          true) +
         BreakdownSection(context, "cat",
                          "Technology categories of the taxonomy assigned to the records (the "
                          "fields of resolutions 2270 and 2321).",
                          true) +
         BreakdownSection(context, "funder", "Funders of the registry named by the records.",
                          true) +
         BreakdownSection(context, "dprk", "DPRK institutions of the DPRK-affiliated authors.",
                          false) +
         BreakdownSection(context, "tag",
                          "Records with an author at an institution the registry tags as "
                          "military-linked (Seven Sons of National Defence, PLA, US DoD section "
                          "1286 list, defence industry) or designated (UN 1718 list, OFAC SDN).",
                          false) +
         BreakdownSection(context, "rule", "Rules that fired (or may have) on the records.",
                          false) +
         ListSection(context);
}

}  // namespace

std::string RenderPage(const PageInput& in) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<title>DPRK co-authorship screening report — catchall</title><style>";
  out += ReportCss();
  out += "</style></head><body><div class=\"page\">";
  out += Header(in) + HowToRead() + Contents() + "</header>" + Notices(in);
  out += HeadlineSection(*in.context) + Sections(*in.context) + FindingsSection(in) + Footer(in);
  out += "</div><script>";
  out += ReportScript();
  out += "</script></body></html>\n";
  return out;
}

}  // namespace catchall::report
