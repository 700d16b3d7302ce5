#include <gtest/gtest.h>

#include <string>

#include "lists/list_reader_support.h"
#include "lists/readers.h"

namespace catchall {
namespace {

using testing::Contains;
using testing::FindByName;
using testing::HasName;

TEST(RiskTableCsv, ReadsTheChineseDefenceTable) {
  const auto file = testing::SharedListFile("china-defence-institutions-risk/CN_FIGs.csv");
  SKIP_WITHOUT(file);
  const auto list = ReadRiskTableCsv(*file);
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  EXPECT_EQ(list->source.list, "cn_defence_risk");
  EXPECT_EQ(list->entities.size(), 2024u);
  EXPECT_EQ(testing::CountIssues(*list, RecordIssue::Kind::kRejected), 0u);
  testing::ExpectUniqueIds(*list);
  size_t high = 0, medium = 0, seven_sons_kind = 0;
  for (const Entity& entity : list->entities) {
    high += entity.risk_level == "high";
    medium += entity.risk_level == "medium";
    EXPECT_EQ(entity.schema, EntitySchema::kInstitution);
  }
  EXPECT_EQ(high, 735u);
  EXPECT_EQ(medium, 1289u);

  const Entity* hit = FindByName(*list, "Harbin Institute of Technology");
  ASSERT_NE(hit, nullptr);
  EXPECT_TRUE(Contains(hit->tags, "seven_sons"));
  EXPECT_TRUE(Contains(hit->tags, "risk_high"));
  EXPECT_TRUE(Contains(hit->tags, "security_credentials_top-secret"));
  EXPECT_TRUE(Contains(hit->tags, "end_user_listed"));
  EXPECT_TRUE(Contains(hit->tags, "espionage"));
  EXPECT_NE(hit->remarks.find("Top secret"), std::string::npos);
  for (const Entity& entity : list->entities)
    seven_sons_kind += Contains(entity.tags, "seven_sons");
  EXPECT_GE(seven_sons_kind, 7u);

  const Entity* ams = FindByName(*list, "Academy of Military Science");
  ASSERT_NE(ams, nullptr);
  EXPECT_TRUE(Contains(ams->tags, "military"));
  EXPECT_TRUE(Contains(ams->tags, "pla"));

  const Entity* casic3 =
      FindByName(*list, "China Aerospace Science and Industry Corporation (CASIC) 3rd Academy");
  ASSERT_NE(casic3, nullptr);
  EXPECT_FALSE(HasName(*casic3, "CASIC", NameKind::kAcronym));  // the parent's short form
  EXPECT_TRUE(HasName(*casic3, "China Aerospace Science and Industry Corporation 3rd Academy",
                      NameKind::kAlias));
}

TEST(RiskTableCsv, KindNamesAParentOrACategory) {
  const std::string bytes =
      "Risk Rating,Country Code,Institution,Kind,Security credentials,End-user lists,"
      "Espionage or misconduct\n"
      "MEDIUM,CN,Huawei Technologies Service Co. (HTS),Huawei,,,\n"
      "HIGH,CN,Aero Engine Corporation of China,Defence industry conglomerate,Secret,None,None\n"
      "HIGH,CN,,Military,,,\n";
  const auto list = ReadRiskTableCsv(ListFile{"mini.csv", bytes});
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  ASSERT_EQ(list->entities.size(), 2u);
  EXPECT_EQ(list->entities[0].parent, "Huawei");
  EXPECT_EQ(list->entities[0].risk_level, "medium");
  EXPECT_TRUE(HasName(list->entities[0], "HTS", NameKind::kAcronym));
  EXPECT_TRUE(Contains(list->entities[1].tags, "defence_industry"));
  EXPECT_TRUE(Contains(list->entities[1].tags, "security_credentials_secret"));
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRejected, 4), 1u);
}

}  // namespace
}  // namespace catchall
