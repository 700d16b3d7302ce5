#include <gtest/gtest.h>

#include <string>

#include "lists/list_reader_support.h"
#include "lists/readers.h"

namespace catchall {
namespace {

using testing::Contains;
using testing::FindByName;
using testing::HasName;

TEST(BisMieuCsv, ReadsTheList) {
  const auto file = testing::SharedListFile("us-bis-mieu/mieu.csv");
  SKIP_WITHOUT(file);
  const auto list = ReadBisMieuCsv(*file);
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  EXPECT_EQ(list->source.list, "bis_mieu");
  EXPECT_EQ(list->entities.size(), 13u);
  EXPECT_TRUE(list->issues.empty());
  testing::ExpectUniqueIds(*list);
  const Entity* rgb = FindByName(*list, "Reconnaissance General Bureau");
  ASSERT_NE(rgb, nullptr);
  EXPECT_EQ(rgb->id, "bis_mieu:reconnaissance-general-bureau");
  EXPECT_EQ(rgb->schema, EntitySchema::kOrganization);
  EXPECT_TRUE(HasName(*rgb, "RGB", NameKind::kAcronym));
  EXPECT_TRUE(Contains(rgb->countries, "KP"));
  EXPECT_TRUE(Contains(rgb->programs, "US-BIS-MIEU"));
  EXPECT_TRUE(Contains(rgb->tags, "bis_mieu"));
  EXPECT_EQ(rgb->listed_on, "2021-03-16");
}

TEST(BisMieuCsv, TruncatedFile) {
  const std::string bytes =
      "Type,Name,Alias,Country,Topics,Program,Date,End date,Source URL\n"
      "Organization,Reconnaissance General Bureau,RGB,KP,export.control,US-BIS-MIEU,2021-03-16,,"
      "\"https://www.federal";
  const auto list = ReadBisMieuCsv(ListFile{"cut.csv", bytes});
  ASSERT_TRUE(list.ok());
  EXPECT_TRUE(list->entities.empty());
  EXPECT_EQ(testing::IssuesAt(*list, RecordIssue::Kind::kRejected, 2), 1u);
}

}  // namespace
}  // namespace catchall
