#include <gtest/gtest.h>

#include <string>

#include "lists/list_reader_support.h"
#include "lists/readers.h"

namespace catchall {
namespace {

using testing::Contains;
using testing::FindByName;
using testing::HasName;

TEST(CslCsv, Reads2023SubsetSkippingTheDuplicatedHeader) {
  const auto file = testing::SharedListFile("us-csl/csl_2023_subset.csv");
  SKIP_WITHOUT(file);
  const auto list = ReadCslCsv(*file);
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  EXPECT_EQ(list->source.list, "us_csl");
  EXPECT_EQ(list->source.format, "csl_csv");
  // SOURCE.md counts 4,227 records; the last one is cut off inside a quoted field (the file is
  // truncated), so it is rejected at its line and the 4,226 before it are read.
  EXPECT_EQ(list->entities.size(), 4226u);
  ASSERT_EQ(testing::CountIssues(*list, RecordIssue::Kind::kRejected), 1u);
  EXPECT_NE(list->issues.back().reason.find("unterminated"), std::string::npos);
  EXPECT_GT(list->issues.back().where.line, 4220u);
  testing::ExpectUniqueIds(*list);
  EXPECT_EQ(FindByName(*list, "name"), nullptr);  // the second header line is not an entity

  const Entity* nudt = FindByName(*list, "National University of Defense Technology (NUDT)");
  ASSERT_NE(nudt, nullptr);
  EXPECT_EQ(nudt->id, "us_csl:" + nudt->reference);
  EXPECT_EQ(nudt->reference, "f6efc317c6d8b6ea8498388812cc12c91586cddee27b56fb37d974d5");
  EXPECT_TRUE(HasName(*nudt, "Hunan Guofang Keji University", NameKind::kAlias));
  EXPECT_TRUE(HasName(*nudt, "CSCC", NameKind::kAlias));
  EXPECT_TRUE(Contains(nudt->programs, "Entity List (EL) - Bureau of Industry and Security"));
  EXPECT_TRUE(Contains(nudt->tags, "csl_el"));
  EXPECT_TRUE(Contains(nudt->countries, "CN"));
  EXPECT_EQ(nudt->listed_on, "2015-02-18");
  EXPECT_EQ(nudt->addresses.size(), 8u);
  EXPECT_GT(nudt->source_line, 2u);
}

TEST(CslCsv, MapsSdnPersonFields) {
  const auto file = testing::SharedListFile("us-csl/consolidated_2025_small.csv");
  SKIP_WITHOUT(file);
  const auto list = ReadCslCsv(*file);
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  EXPECT_EQ(list->entities.size(), 13u);
  const Entity* rim = FindByName(*list, "RIM, Ryong Nam");
  ASSERT_NE(rim, nullptr);
  EXPECT_EQ(rim->id, "us_csl:52291");
  EXPECT_EQ(rim->schema, EntitySchema::kPerson);
  EXPECT_TRUE(Contains(rim->birth_dates, "1978-12-05"));
  EXPECT_TRUE(Contains(rim->nationalities, "KP"));
  EXPECT_TRUE(Contains(rim->countries, "CN"));
  EXPECT_TRUE(Contains(rim->countries, "KP"));
  EXPECT_TRUE(Contains(rim->programs, "NPWMD"));
  ASSERT_FALSE(rim->identifiers.empty());
  EXPECT_EQ(rim->identifiers[0].type, "passport");
  EXPECT_EQ(rim->identifiers[0].value, "836238033");
  EXPECT_EQ(rim->identifiers[0].country, "KP");
  for (const Identifier& id : rim->identifiers) EXPECT_NE(id.type, "gender");
}

TEST(CslCsv, BadRowsBecomeIssuesAndReadingGoesOn) {
  const auto list = ReadCslCsv(testing::FixtureFile("csl_bad_rows.csv"));
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  // Rows: 2 good, 3 empty name, 4 control characters, 5 Latin-1, 6 short, 7 truncated.
  ASSERT_EQ(list->entities.size(), 3u);
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRejected, 3), 1u);
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRepaired, 5), 1u);
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRejected, 6), 1u);
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRejected, 7), 1u);
  EXPECT_EQ(list->entities[1].names[0].text, "Beihang University BUAA");  // controls -> space
  EXPECT_EQ(list->entities[2].names[0].text, "Soci\u00e9t\u00e9 Nord Cor\u00e9e");
  for (const RecordIssue& issue : list->issues) {
    EXPECT_EQ(issue.where.file, list->source.files[0]);
    EXPECT_FALSE(issue.reason.empty());
  }
}

TEST(CslCsv, WrongColumnsAreAnErrorAtLineOne) {
  const auto list = ReadCslCsv(testing::FixtureFile("unknown_format_wrong_columns.csv"));
  ASSERT_FALSE(list.ok());
  EXPECT_EQ(list.error().where.line, 1u);
  EXPECT_NE(list.error().message.find("source"), std::string::npos) << list.error().message;
}

TEST(CslCsv, EmptyFileIsAnError) {
  EXPECT_FALSE(ReadCslCsv(ListFile{"empty.csv", ""}).ok());
  EXPECT_FALSE(ReadCslCsv(ListFile{"bom.csv", "\xEF\xBB\xBF"}).ok());
}

TEST(CslCsv, RefusesAnOverlongName) {
  const std::string header = "_id,source,type,name,alt_names\n";
  const std::string bytes = header + "1,SDN,Entity," + std::string(10000, 'A') + ",\n" +
                            "2,SDN,Entity,Korea Ryonbong General Corporation,Ryonbong\n";
  const auto list = ReadCslCsv(ListFile{"long.csv", bytes});
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->entities.size(), 1u);
  EXPECT_EQ(list->entities[0].id, "us_csl:2");
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRejected, 2), 1u);
  EXPECT_LE(list->issues[0].excerpt.size(), 200u);
}

}  // namespace
}  // namespace catchall
