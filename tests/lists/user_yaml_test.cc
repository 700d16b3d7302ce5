#include <gtest/gtest.h>

#include <string>

#include "lists/list_reader_support.h"
#include "lists/readers.h"

namespace catchall {
namespace {

using testing::Contains;
using testing::HasName;

TEST(UserYaml, ReadsTheDocumentedFormat) {
  const auto list = ReadUserYaml(testing::FixtureFile("user_watch.yaml"));
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  EXPECT_EQ(list->source.list, "acme_watch");
  EXPECT_EQ(list->source.title, "ACME internal watch list");
  EXPECT_EQ(list->source.version, "2026-11-30");
  EXPECT_EQ(list->source.format, "user_yaml");
  ASSERT_EQ(list->entities.size(), 3u);
  const Entity& ryonbong = list->entities[0];
  EXPECT_EQ(ryonbong.id, "acme_watch:w-001");
  EXPECT_EQ(ryonbong.reference, "C-1001");
  EXPECT_EQ(ryonbong.source_line, 8u);
  EXPECT_TRUE(HasName(ryonbong, "Ryonbong", NameKind::kAlias));
  EXPECT_TRUE(Contains(ryonbong.tags, "user_watch"));
  const Entity& kim = list->entities[1];
  EXPECT_TRUE(HasName(kim, "김철남", NameKind::kAlias));  // a ';' string as in the CSV
  EXPECT_TRUE(Contains(kim.birth_dates, "1960-04-15"));
  EXPECT_EQ(list->entities[2].id, "acme_watch:nanjing-university-of-science-and-technology");
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRejected, 22), 1u);  // no name
  ASSERT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRejected, 24), 1u);  // unknown field
  for (const RecordIssue& issue : list->issues) {
    if (issue.where.line == 24) {
      EXPECT_NE(issue.reason.find("nickname"), std::string::npos);
    }
  }
}

TEST(UserYaml, ClearedList) {
  const auto list = ReadUserYaml(testing::FixtureFile("user_cleared.yaml"));
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  ASSERT_EQ(list->entities.size(), 1u);
  EXPECT_TRUE(Contains(list->entities[0].tags, "user_cleared"));
  EXPECT_EQ(list->source.title, "acme_cleared");
}

TEST(UserYaml, SyntaxErrorIsAnErrorWithItsLine) {
  const auto list = ReadUserYaml(testing::FixtureFile("user_syntax_error.yaml"));
  ASSERT_FALSE(list.ok());
  EXPECT_GE(list.error().where.line, 4u);
  EXPECT_NE(list.error().message.find("invalid YAML"), std::string::npos);
}

TEST(UserYaml, BadListBlocks) {
  EXPECT_FALSE(ReadUserYaml(ListFile{"a.yaml", "entities: []\n"}).ok());
  EXPECT_FALSE(ReadUserYaml(ListFile{"b.yaml", "list:\n  title: no key\n"}).ok());
  EXPECT_FALSE(ReadUserYaml(ListFile{"c.yaml", "list:\n  key: Bad Key\n"}).ok());
  EXPECT_FALSE(ReadUserYaml(ListFile{"d.yaml", "list:\n  key: k\n  kind: maybe\n"}).ok());
  EXPECT_FALSE(ReadUserYaml(ListFile{"e.yaml", "- just\n- a list\n"}).ok());
  EXPECT_FALSE(ReadUserYaml(ListFile{"f.yaml", "list: {key: k}\nentities: 3\n"}).ok());
  const auto empty = ReadUserYaml(ListFile{"g.yaml", "list: {key: k}\n"});
  ASSERT_TRUE(empty.ok()) << empty.error().ToString();
  EXPECT_TRUE(empty->entities.empty());
  const auto bad = ReadUserYaml(ListFile{"h.yaml", "list: {key: k, colour: red}\n"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().where.line, 1u);
}

TEST(UserYaml, InvalidUtf8IsRepaired) {
  const auto list =
      ReadUserYaml(ListFile{"u.yaml", "list: {key: k}\nentities:\n  - name: Soci\xe9t\xe9 X\n"});
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  ASSERT_EQ(list->entities.size(), 1u);
  EXPECT_EQ(list->entities[0].names[0].text, "Soci\u00e9t\u00e9 X");
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRepaired, 3), 1u);
}

TEST(UserYaml, EntriesOfTheWrongShapeAreRejected) {
  const auto list = ReadUserYaml(ListFile{
      "s.yaml", "list: {key: k}\nentities:\n  - just a string\n  - name: [a, b]\n  - name: Ok\n"});
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  ASSERT_EQ(list->entities.size(), 1u);
  EXPECT_EQ(testing::CountIssues(*list, RecordIssue::Kind::kRejected), 2u);
}

}  // namespace
}  // namespace catchall
