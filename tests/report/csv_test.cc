// RFC 4180 quoting, the spreadsheet-formula guard, and findings.csv rows.
#include "report/csv.h"

#include <gtest/gtest.h>

#include "report/csv_export.h"
#include "report_support.h"

namespace catchall::report {
namespace {

TEST(Csv, QuotesOnlyWhatNeedsQuoting) {
  EXPECT_EQ(TextField("plain text"), "plain text");
  EXPECT_EQ(TextField("a, b"), "\"a, b\"");
  EXPECT_EQ(TextField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(TextField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(TextField("cr\rhere"), "\"cr\rhere\"");
  EXPECT_EQ(TextField(""), "");
  EXPECT_EQ(TextField("Pyongyang 평양"), "Pyongyang 평양");
  EXPECT_EQ(CsvRow({"a", "\"b,c\"", ""}), "a,\"b,c\",\r\n");
}

TEST(Csv, InputThatLooksLikeAFormulaIsNotEvaluated) {
  EXPECT_EQ(TextField("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(TextField("+1"), "'+1");
  EXPECT_EQ(TextField("-2"), "'-2");
  EXPECT_EQ(TextField("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(TextField("a=b"), "a=b");
  EXPECT_EQ(NumberField("-5"), "-5");
}

TEST(Csv, SharesAreFractions) {
  EXPECT_EQ(ShareField(94, 110), "0.8545");
  EXPECT_EQ(ShareField(0, 7), "0.0000");
  EXPECT_EQ(ShareField(3, 0), "");
}

TEST(FindingsCsv, RowsParseBackWithTheHeadersColumns) {
  Finding f;
  f.id = "2-s2.0-1";
  f.title = "A \"quoted\", comma'd\ntitle";
  f.tier = "state_determination_required";
  f.countries = {"CN", "KP", "RU"};
  f.funders = {{"cn-nsfc", "NSFC", "CN", true, "NSFC", {"123", "456"}, "both"}};
  f.government_funding = {"CN"};
  f.categories = {{"advanced_materials", "Advanced materials", 0.9971, 0.5, "", {}, {}, {}}};
  f.rules = {{"government_funded", "medium", "", "fired", false, "m", "", "", 1, {}},
             {"pre_2321", "info", "pre_2321", "possible", false, "m", "", "", 1, {}}};
  const std::string text = FindingsCsvHeader() + FindingsCsvRow(f);
  EXPECT_EQ(text.rfind("\xEF\xBB\xBF", 0), 0u) << "UTF-8 byte order mark first";
  const auto rows = testing::ParseCsv(text);
  ASSERT_EQ(rows.size(), 2u);
  ASSERT_EQ(rows[0].size(), rows[1].size());
  std::map<std::string, std::string> row;
  for (size_t i = 0; i < rows[0].size(); ++i) row[rows[0][i]] = rows[1][i];
  EXPECT_EQ(row["title"], f.title);
  EXPECT_EQ(row["partner_countries"], "CN; RU");
  EXPECT_EQ(row["categories"], "advanced_materials (0.997)");
  EXPECT_EQ(row["funders"], "NSFC [CN, government] (123 456)");
  EXPECT_EQ(row["government_funding_countries"], "CN");
  EXPECT_EQ(row["rules_fired"], "government_funded (medium)");
  EXPECT_EQ(row["rules_possible"], "pre_2321 (info)");
  EXPECT_EQ(row["tier_certain"], "true");
}

}  // namespace
}  // namespace catchall::report
