#include <gtest/gtest.h>

#include <string>

#include "lists/list_reader_support.h"
#include "lists/readers.h"

namespace catchall {
namespace {

using testing::Contains;
using testing::FindByName;
using testing::HasName;

TEST(Dod1260hCsv, ReadsAndMergesTranches) {
  const auto file =
      testing::SharedListFile("us-dod-1260h-chinese-military-companies/dod_1260h.csv");
  SKIP_WITHOUT(file);
  const auto list = ReadDod1260hCsv(*file);
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  EXPECT_EQ(list->source.list, "dod_1260h");
  EXPECT_EQ(list->entities.size(), 229u);  // 397 rows, 229 companies by slug of Clean Name
  EXPECT_EQ(testing::CountIssues(*list, RecordIssue::Kind::kRejected), 0u);
  testing::ExpectUniqueIds(*list);

  const Entity* qihoo = FindByName(*list, "360 Security Technology Inc.");
  ASSERT_NE(qihoo, nullptr);
  EXPECT_EQ(qihoo->names[0].kind, NameKind::kPrimary);
  EXPECT_EQ(qihoo->schema, EntitySchema::kCompany);
  EXPECT_TRUE(HasName(*qihoo, "Qihoo 360", NameKind::kAlias));
  EXPECT_TRUE(HasName(*qihoo, "360 Security Technology Inc. (Qihoo 360)", NameKind::kAlias));
  EXPECT_NE(qihoo->remarks.find("marked '*'"), std::string::npos);
  EXPECT_TRUE(Contains(qihoo->countries, "CN"));
  EXPECT_TRUE(Contains(qihoo->tags, "dod_1260h"));
  EXPECT_EQ(qihoo->listed_on, "2022-10-05");
  EXPECT_GE(qihoo->programs.size(), 2u);
  for (const Entity& entity : list->entities) {
    for (const EntityName& name : entity.names) EXPECT_FALSE(name.text.ends_with('*'));
  }

  const Entity* jonhon = FindByName(*list, "AVIC Jonhon Optronic Technology Co., Ltd.");
  ASSERT_NE(jonhon, nullptr);
  EXPECT_EQ(jonhon->parent, "Aviation Industry Corporation of China Ltd.");
  const Entity* zemic = FindByName(*list, "ZEMIC");
  ASSERT_NE(zemic, nullptr);
}

TEST(Dod1260hCsv, AliasCommasAndBadRows) {
  const std::string bytes =
      "Name,Clean Name,Alias,Previous Name,Parent Name,Note,Start date,End date,Source Url\n"
      "Knownsec*,Beijing Knownsec Information Technology Co.,\"Knownsec,Beijing Kownsec\",,,,"
      "2025-01-07,,\n"
      "\"China Avionics Systems Co., Ltd.\",,\"China Avionics Systems Co., Ltd.\",Old Name Co.,,,"
      "2021-06-03,2024-01-31,\n"
      ",,,,,,,,\n"
      "short,row\n";
  const auto list = ReadDod1260hCsv(ListFile{"mini.csv", bytes});
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  ASSERT_EQ(list->entities.size(), 2u);
  EXPECT_TRUE(HasName(list->entities[0], "Knownsec", NameKind::kAlias));
  EXPECT_TRUE(HasName(list->entities[0], "Beijing Kownsec", NameKind::kAlias));
  EXPECT_EQ(list->entities[1].names[0].text, "China Avionics Systems Co., Ltd.");
  EXPECT_TRUE(HasName(list->entities[1], "Old Name Co.", NameKind::kPrevious));
  EXPECT_NE(list->entities[1].remarks.find("ended 2024-01-31"), std::string::npos);
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRejected, 4), 1u);
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRejected, 5), 1u);
}

}  // namespace
}  // namespace catchall
