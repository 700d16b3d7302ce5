#include <gtest/gtest.h>

#include <string>

#include "lists/list_reader_support.h"
#include "lists/readers.h"

namespace catchall {
namespace {

using testing::Contains;
using testing::FindByName;
using testing::HasName;

TEST(FtmJsonl, ReadsTheYenteSample) {
  const auto file = testing::SharedListFile("opensanctions-ftm-sample/entities.ftm.json");
  SKIP_WITHOUT(file);
  const auto list = ReadFtmJsonl(*file);
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  EXPECT_EQ(list->source.list, "opensanctions");
  EXPECT_EQ(list->entities.size(), 6u);  // 4 Person, 2 Organization; the Address is skipped
  EXPECT_EQ(testing::CountIssues(*list, RecordIssue::Kind::kRejected), 0u);
  testing::ExpectUniqueIds(*list);
  const Entity* tobacco = FindByName(*list, "RAB „Inter Tobacco“");
  ASSERT_NE(tobacco, nullptr);
  EXPECT_EQ(tobacco->id, "opensanctions:NK-2GdmHtZTeNXjNVrBGEXZNj");
  EXPECT_EQ(tobacco->schema, EntitySchema::kOrganization);
  EXPECT_EQ(tobacco->names[0].kind, NameKind::kPrimary);
  EXPECT_EQ(tobacco->names[0].text, "RAB „Inter Tobacco“");  // the caption leads
  EXPECT_TRUE(HasName(*tobacco, "LLC “Inter Tobacco”", NameKind::kAlias));
  EXPECT_TRUE(HasName(*tobacco, "Общество с ограниченной ответственностью “Интер Тобако”",
                      NameKind::kOriginalScript));
  EXPECT_TRUE(Contains(tobacco->countries, "BY"));
  EXPECT_TRUE(Contains(tobacco->programs, "eu_fsf"));
  EXPECT_TRUE(Contains(tobacco->tags, "sanction"));
  ASSERT_EQ(tobacco->identifiers.size(), 1u);
  EXPECT_EQ(tobacco->identifiers[0].type, "registration");
  EXPECT_EQ(tobacco->identifiers[0].value, "808000714");
  const Entity* kuzmenko = FindByName(*list, "Vitaly Yurievich KUZMENKO");
  ASSERT_NE(kuzmenko, nullptr);
  EXPECT_EQ(kuzmenko->schema, EntitySchema::kPerson);
  EXPECT_TRUE(Contains(kuzmenko->birth_dates, "1971-01-22"));
  EXPECT_TRUE(Contains(kuzmenko->nationalities, "RU"));
  EXPECT_EQ(kuzmenko->listed_on, "2024-02-26");  // first_seen, no Sanction entity here
}

TEST(FtmJsonl, SkipsHelperEntitiesOfTheZalaCluster) {
  const auto file = testing::SharedListFile("opensanctions-ftm-sample/zala_entities.ftm.json");
  SKIP_WITHOUT(file);
  const auto list = ReadFtmJsonl(*file);
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  EXPECT_EQ(list->entities.size(), 14u);  // target Company 8 + Person 6
  EXPECT_EQ(testing::CountIssues(*list, RecordIssue::Kind::kRejected), 0u);
  ASSERT_EQ(testing::CountIssues(*list, RecordIssue::Kind::kRepaired), 1u);
  EXPECT_NE(list->issues[0].reason.find("skipped 77"), std::string::npos) << list->issues[0].reason;
  size_t with_programs = 0;
  for (const Entity& entity : list->entities) with_programs += entity.programs.size() > 1;
  EXPECT_GT(with_programs, 0u);  // Sanction entities lent their programmes to targets
}

TEST(FtmJsonl, BadLinesBecomeIssuesAndReadingGoesOn) {
  const auto list = ReadFtmJsonl(testing::FixtureFile("ftm_bad_lines.json"));
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  ASSERT_EQ(list->entities.size(), 3u);
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRejected, 2), 1u);  // broken JSON
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRejected, 3), 1u);  // an array
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRepaired, 6), 1u);  // Latin-1
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRejected, 7), 1u);  // no name
  const Entity& kim = list->entities[0];
  EXPECT_EQ(kim.id, "opensanctions:fx-kim");
  EXPECT_EQ(kim.source_line, 1u);
  EXPECT_TRUE(HasName(kim, "김철남", NameKind::kOriginalScript));
  EXPECT_TRUE(HasName(kim, "Kim Chol-nam", NameKind::kAlias));
  EXPECT_TRUE(Contains(kim.programs, "DPRK fixture programme"));  // from the Sanction entity
  EXPECT_EQ(kim.listed_on, "2017-08-05");
  EXPECT_TRUE(Contains(kim.addresses, "Pyongyang, North Korea"));  // from the Address entity
  EXPECT_TRUE(Contains(kim.nationalities, "KP"));
  EXPECT_EQ(list->entities[1].names[0].text, "Soci\u00e9t\u00e9 Fixture");
  const Entity& ship = list->entities[2];
  EXPECT_EQ(ship.schema, EntitySchema::kVessel);
  ASSERT_EQ(ship.identifiers.size(), 1u);
  EXPECT_EQ(ship.identifiers[0].type, "imo");
  EXPECT_EQ(FindByName(*list, "Owner Holding Ltd"), nullptr);  // not a target
}

TEST(FtmJsonl, NothingButGarbageIsAnError) {
  const auto list = ReadFtmJsonl(ListFile{"x.json", "<html>\n<body>\n"});
  ASSERT_FALSE(list.ok());
  EXPECT_EQ(list.error().where.line, 1u);
  const auto empty = ReadFtmJsonl(ListFile{"empty.json", ""});
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->entities.empty());
}

TEST(FtmJsonl, RefusesAnOverlongName) {
  const std::string line = R"({"id":"x","schema":"Person","properties":{"name":[")" +
                           std::string(10000, 'K') + R"("]},"target":true})" + "\n";
  const auto list = ReadFtmJsonl(ListFile{"long.json", line});
  ASSERT_TRUE(list.ok());
  EXPECT_TRUE(list->entities.empty());
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRejected, 1), 1u);
}

}  // namespace
}  // namespace catchall
