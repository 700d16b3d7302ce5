#include <gtest/gtest.h>

#include <string>

#include "lists/list_reader_support.h"
#include "lists/readers.h"

namespace catchall {
namespace {

using testing::Contains;
using testing::FindByName;
using testing::HasName;

TEST(Dod1286Csv, MergesEditionsOfOneInstitution) {
  const auto file =
      testing::SharedListFile("us-section1286-research-institutions/section_1286.csv");
  SKIP_WITHOUT(file);
  const auto list = ReadDod1286Csv(*file);
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  EXPECT_EQ(list->source.list, "dod_1286");
  // 443 rows, 197 distinct printed names of which 5 differ only in case, spacing or a hyphen.
  EXPECT_EQ(list->entities.size(), 192u);
  EXPECT_EQ(testing::CountIssues(*list, RecordIssue::Kind::kRejected), 0u);
  testing::ExpectUniqueIds(*list);

  const Entity* hit = FindByName(*list, "Harbin Institute of Technology");
  ASSERT_NE(hit, nullptr);
  EXPECT_EQ(hit->id, "dod_1286:harbin-institute-of-technology");
  EXPECT_EQ(hit->schema, EntitySchema::kInstitution);
  for (const char* edition :
       {"DoD 1286 FY2022", "DoD 1286 FY2023", "DoD 1286 FY2024", "DoD 1286 FY2025"}) {
    EXPECT_TRUE(Contains(hit->programs, edition)) << edition;
  }
  EXPECT_TRUE(Contains(hit->tags, "seven_sons"));
  EXPECT_TRUE(Contains(hit->tags, "dod_1286"));
  EXPECT_FALSE(Contains(hit->tags, "pla"));
  EXPECT_TRUE(Contains(hit->countries, "CN"));
  EXPECT_FALSE(hit->risk_level.empty());

  const Entity* nudt = FindByName(*list, "National University of Defense Technology");
  ASSERT_NE(nudt, nullptr);
  EXPECT_TRUE(HasName(*nudt, "NUDT", NameKind::kAlias));  // given by the FY22 row only
  EXPECT_TRUE(HasName(*nudt, "Hunan Guofang Keji University", NameKind::kAlias));
  EXPECT_TRUE(Contains(nudt->tags, "pla"));
  EXPECT_FALSE(Contains(nudt->tags, "seven_sons"));

  size_t seven_sons = 0;
  for (const Entity& entity : list->entities) seven_sons += Contains(entity.tags, "seven_sons");
  EXPECT_GE(seven_sons, 7u);
  const Entity* moscow = FindByName(*list, "Sun Yat-sen University");
  ASSERT_NE(moscow, nullptr);
  EXPECT_TRUE(HasName(*moscow, "Sun Yat-Sen University", NameKind::kPrimary) ||
              HasName(*moscow, "Sun Yat-Sen University", NameKind::kAlias));
}

TEST(Dod1286Csv, EmptyNameIsRejectedAndOthersMerge) {
  const std::string bytes =
      "schema,name,aliases,topics,program,authority,reason,report-date,start-date,end-date,"
      "country,notes,source_url\n"
      "Company,Beihang University,BUAA; Beijing University of Aeronautics and Astronautics,,,,,"
      "2023,2023-06-01,,,,\n"
      "Company,,ghost,,,,,2023,,,,,\n"
      "Company,Beihang University,,,,,,2025,2022-01-05,,China,,\n";
  const auto list = ReadDod1286Csv(ListFile{"mini.csv", bytes});
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  ASSERT_EQ(list->entities.size(), 1u);
  const Entity& beihang = list->entities[0];
  EXPECT_EQ(beihang.listed_on, "2022-01-05");  // the earliest start date
  EXPECT_TRUE(Contains(beihang.countries, "CN"));
  EXPECT_TRUE(HasName(beihang, "BUAA", NameKind::kAlias));
  EXPECT_TRUE(Contains(beihang.tags, "seven_sons"));
  EXPECT_EQ(beihang.source_line, 2u);
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRejected, 3), 1u);
}

TEST(Dod1286Csv, WrongColumnsAreAnError) {
  const auto list = ReadDod1286Csv(ListFile{"x.csv", "Name,Clean Name\nA,B\n"});
  ASSERT_FALSE(list.ok());
  EXPECT_EQ(list.error().where.line, 1u);
}

}  // namespace
}  // namespace catchall
