#include <gtest/gtest.h>

#include <string>

#include "lists/list_reader_support.h"
#include "lists/readers.h"

namespace catchall {
namespace {

using testing::Contains;
using testing::HasName;

TEST(UserCsv, ReadsTheDocumentedColumns) {
  const auto list = ReadUserCsv(testing::FixtureFile("user_watch.csv"));
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  EXPECT_EQ(list->source.list, "user:user_watch");
  EXPECT_EQ(list->source.format, "user_csv");
  ASSERT_EQ(list->entities.size(), 3u);
  const Entity& ryonbong = list->entities[0];
  EXPECT_EQ(ryonbong.id, "user:user_watch:w-001");
  EXPECT_EQ(ryonbong.reference, "C-1001");
  EXPECT_EQ(ryonbong.schema, EntitySchema::kOrganization);
  EXPECT_TRUE(HasName(ryonbong, "Korea Ryonbong Group", NameKind::kAlias));
  EXPECT_TRUE(Contains(ryonbong.countries, "KP"));
  EXPECT_TRUE(Contains(ryonbong.programs, "internal-dprk"));
  EXPECT_TRUE(Contains(ryonbong.tags, "supplier_blocked"));
  EXPECT_TRUE(Contains(ryonbong.tags, "user_watch"));
  EXPECT_EQ(ryonbong.remarks, "Parent of several UN-listed firms; never ship.");
  EXPECT_EQ(list->entities[1].schema, EntitySchema::kPerson);
  EXPECT_TRUE(Contains(list->entities[1].countries, "KP"));  // "North Korea"
  EXPECT_TRUE(HasName(list->entities[1], "김철남", NameKind::kAlias));
  EXPECT_EQ(list->entities[2].schema, EntitySchema::kInstitution);  // "University"
  EXPECT_EQ(list->entities[2].source_line, 5u);
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRejected, 4), 1u);  // empty name
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRejected, 6), 1u);  // bad schema
}

TEST(UserCsv, OnlyNameIsRequired) {
  const auto list = ReadUserCsv(ListFile{"/tmp/partners.csv",
                                         "name\nKorea Kwangson Banking Corp\n"
                                         "Korea Kwangson Banking Corp\n"});
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  ASSERT_EQ(list->entities.size(), 2u);
  EXPECT_EQ(list->entities[0].id, "user:partners:korea-kwangson-banking-corp");
  EXPECT_EQ(list->entities[1].id, "user:partners:korea-kwangson-banking-corp-2");
}

TEST(UserCsv, MissingNameColumnIsAnErrorAtLineOne) {
  const auto list = ReadUserCsv(ListFile{"x.csv", "id,schema\n1,Person\n"});
  ASSERT_FALSE(list.ok());
  EXPECT_EQ(list.error().where.file, "x.csv");
  EXPECT_EQ(list.error().where.line, 1u);
  EXPECT_NE(list.error().message.find("'name'"), std::string::npos);
}

TEST(UserCsv, UnknownColumnsAreAnErrorNamingThem) {
  const auto list = ReadUserCsv(testing::FixtureFile("user_unknown_column.csv"));
  ASSERT_FALSE(list.ok());
  EXPECT_EQ(list.error().where.line, 1u);
  EXPECT_NE(list.error().message.find("'alias', 'country'"), std::string::npos)
      << list.error().message;
}

TEST(UserCsv, HostileCells) {
  const std::string bytes =
      "name,aliases\n" + std::string(10000, 'x') + ",\n" + "\"Ctrl\x01\x02Name\",\"a\xff\"\n";
  const auto list = ReadUserCsv(ListFile{"h.csv", bytes});
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->entities.size(), 1u);
  EXPECT_EQ(list->entities[0].names[0].text, "Ctrl Name");
  EXPECT_EQ(list->entities[0].names[1].text, "a\u00ff");
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRejected, 2), 1u);
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRepaired, 3), 1u);
}

}  // namespace
}  // namespace catchall
