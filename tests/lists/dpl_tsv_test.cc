#include <gtest/gtest.h>

#include <string>

#include "lists/list_reader_support.h"
#include "lists/readers.h"

namespace catchall {
namespace {

using testing::Contains;
using testing::FindByName;

TEST(DplTsv, ReadsTheRealList) {
  const auto file = testing::SharedListFile("bis-denied-persons/dpl.txt");
  SKIP_WITHOUT(file);
  const auto list = ReadDplTsv(*file);
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  EXPECT_EQ(list->source.list, "bis_dpl");
  // SOURCE.md says 545 rows; the file has 546 after its header, 3 of them exact repeats of
  // another row (kept: the list prints them, and they get "-2" ids).
  EXPECT_EQ(list->entities.size(), 546u);
  EXPECT_EQ(testing::CountIssues(*list, RecordIssue::Kind::kRejected), 0u);
  testing::ExpectUniqueIds(*list);
  const Entity* henderson = FindByName(*list, "AARON ROBERT HENDERSON");
  ASSERT_NE(henderson, nullptr);
  EXPECT_EQ(henderson->id, "bis_dpl:aaron-robert-henderson-2010-05-28");
  EXPECT_EQ(henderson->listed_on, "2010-05-28");
  EXPECT_TRUE(Contains(henderson->countries, "US"));
  EXPECT_TRUE(Contains(henderson->programs, "75 F.R. 32740 6/9/10"));
  EXPECT_EQ(henderson->addresses.at(0), "740 JESSIE ST., NORTH LIBERTY, IA, 52317, US");
  // " ADRIAN MANUEL HERNANDEZ": the list's leading space is not part of the name.
  EXPECT_NE(FindByName(*list, "ADRIAN MANUEL HERNANDEZ"), nullptr);
}

TEST(DplTsv, IdsAreStableAndUnique) {
  const auto list = ReadDplTsv(testing::FixtureFile("dpl_bad_rows.txt"));
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  ASSERT_EQ(list->entities.size(), 2u);
  EXPECT_EQ(list->entities[0].id, "bis_dpl:aaron-robert-henderson-2010-05-28");
  EXPECT_EQ(list->entities[1].id, "bis_dpl:aaron-robert-henderson-2010-05-28-2");
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRejected, 4), 1u);  // empty name
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRejected, 5), 1u);  // truncated
}

TEST(DplTsv, CommaSeparatedFileIsNotDpl) {
  const auto list = ReadDplTsv(ListFile{"x.csv", "Name,Street_Address,Effective_Date\nA,B,C\n"});
  ASSERT_FALSE(list.ok());
  EXPECT_EQ(list.error().where.line, 1u);
}

}  // namespace
}  // namespace catchall
