// The report of a real screening of samples/: its numbers equal summary.json's wherever both
// count the same thing, its own counts add up, and every number links to exactly its records.
#include <gtest/gtest.h>

#include <iterator>
#include <set>
#include <sstream>

#include "report_support.h"

namespace catchall::report::testing {
namespace {

using Json = nlohmann::json;

class SampleReport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir("samples");
    const auto result = ScreenSamples(dir_->File("out"));
    ASSERT_EQ(result.exit_code, 0) << result.stderr_text;
    EXPECT_EQ(result.stderr_text, "") << "-q: nothing to say when all is well";
    summary_ = new Json(Json::parse(ReadFile(dir_->File("out/summary.json"))));
    html_ = new std::string(ReadFile(dir_->File("out/report.html")));
  }
  static void TearDownTestSuite() {
    delete html_;
    delete summary_;
    delete dir_;
  }
  static std::string Csv(const std::string& name) { return ReadFile(dir_->File("out/" + name)); }
  static uint64_t Cell(const std::map<std::string, std::map<std::string, std::string>>& rows,
                       const std::string& key, const std::string& column) {
    const auto row = rows.find(key);
    if (row == rows.end()) return 0;
    return std::stoull(row->second.at(column));
  }
  // Summary's group counts of the flagged tiers, added up.
  static std::map<std::string, uint64_t> Flagged(const std::string& field) {
    std::map<std::string, uint64_t> out;
    for (const char* tier : {"committee_exemption_required", "state_determination_required"}) {
      const Json& detail = (*summary_)["by_tier_detail"];
      if (!detail.contains(tier)) continue;
      for (const auto& [key, n] : detail[tier][field].items()) out[key] += n.get<uint64_t>();
    }
    return out;
  }

  static TempDir* dir_;
  static Json* summary_;
  static std::string* html_;
};

TempDir* SampleReport::dir_ = nullptr;
Json* SampleReport::summary_ = nullptr;
std::string* SampleReport::html_ = nullptr;

TEST_F(SampleReport, HeadlineNumbersAreSummaryJsons) {
  const Json& s = *summary_;
  for (const char* metric : {"records_read", "records_with_dprk_affiliation", "dprk_coauthored"}) {
    const std::string needle = std::string("data-metric=\"") + metric + "\">" +
                               std::to_string(s[metric].get<uint64_t>()) + "</span>";
    EXPECT_NE(html_->find(needle), std::string::npos) << metric;
  }
  uint64_t since = 0;
  for (const char* tier :
       {"committee_exemption_required", "state_determination_required", "medical_exempt"}) {
    since += s["by_tier"].value(tier, 0);
  }
  EXPECT_NE(html_->find("data-metric=\"since_2321\">" + std::to_string(since) + "<"),
            std::string::npos);
  EXPECT_EQ(html_->find("id=\"mismatches\""), std::string::npos) << "no disagreement notice";
  EXPECT_EQ(html_->find("id=\"skipped-lines\""), std::string::npos);
}

TEST_F(SampleReport, BreakdownCsvFilesEqualSummaryJson) {
  const Json& detail = (*summary_)["dprk_coauthored_detail"];
  const std::pair<const char*, const char*> files[] = {
      {"by_country.csv", "by_foreign_country"},
      {"by_government_funder.csv", "by_government_funder"},
      {"by_category.csv", "by_category"},
      {"by_year.csv", "by_year"},
      {"by_funder.csv", "by_funder"},
      {"by_rule.csv", "by_rule"}};
  for (const auto& [file, field] : files) {
    const auto rows = CsvByKey(Csv(file));
    std::set<std::string> keys;
    for (const auto& [key, n] : detail[field].items()) {
      keys.insert(key);
      EXPECT_EQ(Cell(rows, key, "records_coauthored"), n.get<uint64_t>()) << file << " " << key;
    }
    for (const auto& [key, flagged] : Flagged(field)) {
      EXPECT_EQ(Cell(rows, key, "records_flagged"), flagged) << file << " " << key;
    }
    for (const auto& [key, row] : rows) {
      if (key == "any" || keys.count(key)) continue;
      EXPECT_EQ(row.at("records_coauthored"), "0") << file << " " << key << " not in summary";
    }
    EXPECT_FALSE(rows.empty()) << file;
  }
  const auto gov = CsvByKey(Csv("by_government_funder.csv"));
  EXPECT_EQ(Cell(gov, "any", "records_coauthored"), detail["government_funded"].get<uint64_t>());
}

TEST_F(SampleReport, TierAndInstitutionCountsEqualSummaryJson) {
  const auto tiers = CsvByKey(Csv("by_tier.csv"));
  for (const auto& [tier, n] : (*summary_)["by_tier"].items()) {
    if (tier == "clear") continue;  // also counts records no findings line holds
    EXPECT_EQ(Cell(tiers, tier, "records"), n.get<uint64_t>()) << tier;
  }
  const auto institutions = ParseCsv(Csv("by_dprk_institution.csv"));
  std::map<std::string, uint64_t> by_label;
  for (size_t r = 1; r < institutions.size(); ++r) {
    const std::string label =
        institutions[r][0] == "unknown" ? "(unknown institution)" : institutions[r][1];
    by_label[label] = std::stoull(institutions[r][2]);
  }
  std::map<std::string, uint64_t> expected;
  for (const auto& [name, n] : (*summary_)["by_dprk_institution"].items()) {
    expected[name] = n.get<uint64_t>();
  }
  EXPECT_EQ(by_label, expected);
}

TEST_F(SampleReport, OwnCountsAddUp) {
  const auto tiers = ParseCsv(Csv("by_tier.csv"));
  uint64_t shown = 0;
  uint64_t coauthored = 0;
  uint64_t flagged = 0;
  for (size_t r = 1; r < tiers.size(); ++r) {
    shown += std::stoull(tiers[r][2]);
    coauthored += std::stoull(tiers[r][3]);
    flagged += std::stoull(tiers[r][5]);
  }
  EXPECT_EQ(coauthored, (*summary_)["dprk_coauthored"].get<uint64_t>());
  EXPECT_EQ(shown, Count(*html_, "<tbody class=\"f\""));
  const auto years = ParseCsv(Csv("by_year.csv"));
  uint64_t by_year = 0;
  for (size_t r = 1; r < years.size(); ++r) {
    by_year += std::stoull(years[r][2]);
    uint64_t tiers_of_year = 0;
    for (size_t c = 7; c < years[r].size(); ++c) tiers_of_year += std::stoull(years[r][c]);
    EXPECT_EQ(tiers_of_year, std::stoull(years[r][2])) << "year " << years[r][0];
  }
  EXPECT_EQ(by_year, shown);
  const auto findings = ParseCsv(Csv("findings.csv"));
  const std::string jsonl = ReadFile(dir_->File("out/findings.jsonl"));
  EXPECT_EQ(findings.size() - 1, Count(jsonl, "\n"));
  for (const auto& row : findings) EXPECT_EQ(row.size(), findings[0].size());
  EXPECT_GT(flagged, 0u);
}

// The value of the attribute `name` following each occurrence of `anchor` in `html`.
std::vector<std::string> AttributesAfter(const std::string& html, const std::string& anchor,
                                         const std::string& name) {
  std::vector<std::string> values;
  const std::string start = name + "=\"";
  for (size_t at = html.find(anchor); at != std::string::npos; at = html.find(anchor, at + 1)) {
    const size_t value = html.find(start, at);
    if (value == std::string::npos) break;
    const size_t begin = value + start.size();
    values.push_back(html.substr(begin, html.find('"', begin) - begin));
  }
  return values;
}

std::vector<std::string> Words(const std::string& text) {
  std::istringstream in(text);
  return {std::istream_iterator<std::string>(in), std::istream_iterator<std::string>()};
}

// Every link that filters the table says how many records it stands for: exactly the rows whose
// tokens include all of its own.
TEST_F(SampleReport, EveryNumberFiltersToExactlyItsRecords) {
  std::vector<std::set<std::string>> rows;
  for (const auto& keys : AttributesAfter(*html_, "<tbody class=\"f\"", "data-keys")) {
    const auto words = Words(keys);
    rows.emplace_back(words.begin(), words.end());
  }
  ASSERT_FALSE(rows.empty());
  const std::string markup = html_->substr(0, html_->find("<script>"));  // not the script's text
  const auto filters = AttributesAfter(markup, "data-filter=\"", "data-filter");
  const auto counts = AttributesAfter(markup, "data-filter=\"", "data-count");
  ASSERT_EQ(filters.size(), counts.size());
  for (size_t i = 0; i < filters.size(); ++i) {
    uint64_t matching = 0;
    for (const auto& row : rows) {
      bool all = true;
      for (const auto& token : Words(filters[i])) all = all && row.count(token) > 0;
      matching += all ? 1 : 0;
    }
    EXPECT_EQ(matching, std::stoull(counts[i])) << filters[i];
  }
  EXPECT_GT(filters.size(), 100u) << "headline, charts and tables all link";
}

TEST_F(SampleReport, PageIsSelfContained) {
  // Nothing to fetch: no external script, style, font or image.
  for (const char* external : {"<script src", "<link", "@import", "url(", "<img", "@font-face"}) {
    EXPECT_EQ(html_->find(external), std::string::npos) << external;
  }
  EXPECT_EQ(Count(*html_, "<script>"), 1u);
  EXPECT_NE(html_->find("@media print"), std::string::npos);
  EXPECT_GE(Count(*html_, "<svg class=\"chart\""), 6u);
  EXPECT_GE(Count(*html_, "role=\"img\" aria-labelledby="), 6u);
  EXPECT_NE(html_->find("<mark"), std::string::npos);
  EXPECT_NE(html_->find("https://doi.org/10.5555/catchall.sample.01"), std::string::npos);
}

}  // namespace
}  // namespace catchall::report::testing
