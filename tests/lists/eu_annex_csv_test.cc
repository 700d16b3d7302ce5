#include <gtest/gtest.h>

#include <string>

#include "lists/list_reader_support.h"
#include "lists/readers.h"

namespace catchall {
namespace {

using testing::Contains;
using testing::FindByName;
using testing::HasName;

TEST(EuAnnexCsv, ReadsTheDprkAnnexes) {
  const auto file = testing::SharedListFile("eu-dprk-sanctions-2017-1509/32017R1509.csv");
  SKIP_WITHOUT(file);
  const auto list = ReadEuAnnexCsv(*file);
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  EXPECT_EQ(list->source.list, "eu_dprk");
  EXPECT_EQ(list->entities.size(), 326u);
  EXPECT_EQ(testing::CountIssues(*list, RecordIssue::Kind::kRejected), 0u);
  testing::ExpectUniqueIds(*list);
  size_t persons = 0, vessels = 0, bodies = 0;
  for (const Entity& entity : list->entities) {
    persons += entity.schema == EntitySchema::kPerson;
    vessels += entity.schema == EntitySchema::kVessel;
    bodies += entity.schema == EntitySchema::kLegalEntity;
  }
  EXPECT_EQ(persons, 157u);
  EXPECT_EQ(bodies, 94u);
  EXPECT_EQ(vessels, 75u);

  const Entity* yun = FindByName(*list, "Yun Ho-jin");
  ASSERT_NE(yun, nullptr);
  EXPECT_EQ(yun->id, "eu_dprk:XIII.A-1");
  EXPECT_EQ(yun->schema, EntitySchema::kPerson);
  EXPECT_TRUE(HasName(*yun, "Yun Ho-chin", NameKind::kAlias));
  EXPECT_TRUE(Contains(yun->birth_dates, "1944-10-13"));
  EXPECT_TRUE(Contains(yun->nationalities, "KP"));
  EXPECT_TRUE(Contains(yun->countries, "KP"));  // from the address "Pyongyang, DPRK"
  EXPECT_EQ(yun->listed_on, "2009-07-16");
  EXPECT_TRUE(Contains(yun->programs, "EU 2017/1509 Annex XIII.A"));
  EXPECT_NE(yun->remarks.find("Namchongang"), std::string::npos);

  const Entity* ri = FindByName(*list, "Ri Je-Son");
  ASSERT_NE(ri, nullptr);
  EXPECT_TRUE(Contains(ri->birth_dates, "1938"));
  size_t imo = 0;
  for (const Entity& entity : list->entities) {
    for (const Identifier& id : entity.identifiers) imo += id.type == "imo";
  }
  EXPECT_EQ(imo, 75u);
}

TEST(EuAnnexCsv, SeveralBirthDatesAndBadRows) {
  const std::string bytes =
      "annex,recordId,schema,name,alias,birthDate,passportNumber,startDate\n"
      "XIV.A,9,Person,Pak Chang-ho,Pak Chang-Ho; Paek Ch'ang-Ho,\"a) 1964 b) 28.8.1962\","
      "\"472320665; 563120356\",22.12.2017\n"
      "XIV.A,10,Person,,,,,\n"
      "XIV.A,11,Person\n";
  const auto list = ReadEuAnnexCsv(ListFile{"mini.csv", bytes});
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  ASSERT_EQ(list->entities.size(), 1u);
  const Entity& pak = list->entities[0];
  EXPECT_EQ(pak.birth_dates, (std::vector<std::string>{"1964", "1962-08-28"}));
  EXPECT_EQ(pak.identifiers.size(), 2u);
  EXPECT_EQ(pak.listed_on, "2017-12-22");
  EXPECT_TRUE(HasName(pak, "Paek Ch'ang-Ho", NameKind::kAlias));
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRejected, 3), 1u);
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRejected, 4), 1u);
}

}  // namespace
}  // namespace catchall
