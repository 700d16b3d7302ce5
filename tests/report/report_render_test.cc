// The report in a real browser (headless Chromium): scripts run without error, the charts and
// the table are in the DOM, filtering shows exactly the records behind a number, and input
// text full of markup stays text.
#include <gtest/gtest.h>

#include "report/report.h"
#include "report_support.h"

namespace catchall::report::testing {
namespace {

#define SKIP_WITHOUT_CHROMIUM()                                                         \
  if (ChromiumPath().empty()) {                                                         \
    GTEST_SKIP() << "chromium is not installed (scripts/install-deps.sh installs it): " \
                    "render test skipped";                                              \
  }

// The <html> start tag of a DOM dump: where the script records that it ran, or failed.
std::string RootTag(const std::string& dom) {
  const size_t start = dom.find("<html");
  return start == std::string::npos ? "" : dom.substr(start, dom.find('>', start) - start + 1);
}

// The DOM after scripts ran, with Chromium's own errors checked.
std::string Render(const std::string& url) {
  const auto result = DumpDom(url);
  EXPECT_EQ(result.exit_code, 0) << result.stderr_text;
  // Script errors that the page's handler could not see (a syntax error stops the script before
  // it installs one) reach the console log.
  EXPECT_EQ(result.stderr_text.find("Uncaught"), std::string::npos) << result.stderr_text;
  return result.stdout_text;
}

TEST(RenderTest, ChartsAndTableAreInTheDomAfterScriptsRan) {
  SKIP_WITHOUT_CHROMIUM();
  TempDir dir("render");
  ASSERT_EQ(ScreenSamples(dir.File("out")).exit_code, 0);
  const std::string file = dir.File("out/report.html");
  const std::string dom = Render("file://" + file);
  const std::string root = RootTag(dom);
  EXPECT_NE(root.find("data-report-ready=\"1\""), std::string::npos) << root;
  EXPECT_EQ(root.find("data-report-error"), std::string::npos) << root;
  EXPECT_GE(Count(dom, "<svg class=\"chart\""), 6u);
  EXPECT_GE(Count(dom, "<rect "), 20u);
  const size_t rows = Count(ReadFile(file), "<tbody class=\"f\"");
  EXPECT_EQ(Count(dom, "<tbody class=\"f\""), rows);
  EXPECT_NE(dom.find("data-shown=\"" + std::to_string(rows) + "\""), std::string::npos);
  EXPECT_NE(dom.find("Showing <b>" + std::to_string(rows) + "</b> of <b>" + std::to_string(rows) +
                     "</b> findings"),
            std::string::npos);
  EXPECT_NE(dom.find("<label id=\"search-wrap\">"), std::string::npos) << "search shown";
}

TEST(RenderTest, AFilterShowsExactlyTheRecordsBehindTheNumber) {
  SKIP_WITHOUT_CHROMIUM();
  TempDir dir("filter");
  ASSERT_EQ(ScreenSamples(dir.File("out")).exit_code, 0);
  const auto countries = CsvByKey(ReadFile(dir.File("out/by_country.csv")));
  const std::string flagged_cn = countries.at("CN").at("records_flagged");
  ASSERT_NE(flagged_cn, "0");
  const std::string dom =
      Render("file://" + dir.File("out/report.html") + "#filter=country%3ACN%20grp%3Aflag");
  EXPECT_NE(dom.find("data-shown=\"" + flagged_cn + "\""), std::string::npos);
  const size_t rows = Count(dom, "<tbody class=\"f\"");
  EXPECT_EQ(Count(dom, "\" hidden=\"\"><tr class=\"row\">"), rows - std::stoul(flagged_cn));
  EXPECT_NE(dom.find("China · flagged"), std::string::npos) << "the filter is named";
  EXPECT_EQ(dom.find("<button type=\"button\" id=\"clear\" hidden"), std::string::npos)
      << "a clear-filter button is offered";
}

TEST(RenderTest, MarkupInTheInputStaysText) {
  SKIP_WITHOUT_CHROMIUM();
  TempDir dir("escape");
  auto finding = SyntheticFinding(1, "committee_exemption_required");
  const std::string attack =
      "<script>document.documentElement.setAttribute('data-pwned','1')</script>"
      "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','2')\">";
  finding["title"] = "Composite " + attack;
  finding["categories"][0]["evidence"][0]["text"] = "Composite";
  finding["categories"][0]["evidence"][0]["offset"] = 0;
  finding["abstract"] = attack;
  finding["doi"] = "10.1/x\"><script>alert(1)</script>";
  finding["dprk_affiliations"][0]["raw"] = attack;
  finding["dprk_affiliations"][0]["institution"]["tags"] = {"x\" onmouseover=\"alert(1)"};
  finding["countries"] = {"C N\"<b>", "KP"};
  finding["funders"][0]["name"] = attack;
  dir.Write("run/findings.jsonl", finding.dump() + "\n");
  dir.Write("run/summary.json", SyntheticSummary({finding}));
  ReportOptions options;
  options.run_dir = dir.File("run");
  ASSERT_TRUE(WriteReport(options).ok());
  const std::string page = ReadFile(dir.File("run/report.html"));
  EXPECT_EQ(Count(page, "<script"), 1u) << "only the report's own script";
  EXPECT_EQ(page.find("<img"), std::string::npos);
  EXPECT_NE(page.find("&lt;script&gt;document.documentElement"), std::string::npos);
  const std::string dom = Render("file://" + dir.File("run/report.html"));
  const std::string root = RootTag(dom);
  EXPECT_EQ(root.find("data-pwned"), std::string::npos) << "input markup ran: " << root;
  EXPECT_NE(root.find("data-report-ready=\"1\""), std::string::npos) << root;
  EXPECT_EQ(root.find("data-report-error"), std::string::npos) << root;
  // The title text is in the page as text, the highlight intact.
  EXPECT_NE(dom.find("<mark title=\"Advanced materials science: composite\">Composite</mark> "
                     "&lt;script&gt;"),
            std::string::npos);
}

}  // namespace
}  // namespace catchall::report::testing
