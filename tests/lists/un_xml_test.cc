#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "lists/list_reader_support.h"
#include "lists/readers.h"

namespace catchall {
namespace {

using testing::Contains;
using testing::CountIssues;
using testing::ExpectUniqueIds;
using testing::FindByName;
using testing::FixtureFile;
using testing::HasName;
using testing::SharedListFile;

const Entity* FindByReference(const EntityList& list, const std::string& reference) {
  for (const Entity& entity : list.entities) {
    if (entity.reference == reference) return &entity;
  }
  return nullptr;
}

TEST(UnXmlTest, ReadsTheRealConsolidatedList) {
  const auto file = SharedListFile("un-consolidated/UN_consolidated.xml");
  SKIP_WITHOUT(file);
  const auto start = std::chrono::steady_clock::now();
  auto list = ReadUnXml(*file);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  std::cout << "[ timing ] ReadUnXml " << file->bytes.size() << " bytes, " << list->entities.size()
            << " entities in " << std::chrono::duration<double, std::milli>(elapsed).count()
            << " ms\n";

  EXPECT_EQ(list->entities.size(), 1003u);
  EXPECT_TRUE(list->issues.empty());
  EXPECT_EQ(list->source.list, "un_sc");
  EXPECT_EQ(list->source.format, "un_xml");
  EXPECT_EQ(list->source.version, "2026-02-27T00:00:09.554Z");
  size_t individuals = 0;
  size_t dprk = 0;
  for (const Entity& entity : list->entities) {
    if (entity.schema == EntitySchema::kPerson) ++individuals;
    if (Contains(entity.programs, "DPRK")) ++dprk;
    EXPECT_EQ(entity.names.front().kind, NameKind::kPrimary) << entity.id;
    EXPECT_GT(entity.source_line, 0u) << entity.id;
  }
  EXPECT_EQ(individuals, 730u);
  EXPECT_EQ(dprk, 155u);
  ExpectUniqueIds(*list);
}

TEST(UnXmlTest, ReadsADprkPersonWithAliasesAndDocuments) {
  const auto file = SharedListFile("un-consolidated/UN_consolidated.xml");
  SKIP_WITHOUT(file);
  auto list = ReadUnXml(*file);
  ASSERT_TRUE(list.ok()) << list.error().ToString();

  const Entity* yun = FindByReference(*list, "KPi.001");
  ASSERT_NE(yun, nullptr);
  EXPECT_EQ(yun->id, "un_sc:KPi.001");
  EXPECT_EQ(yun->names.front().text, "YUN HO-JIN");
  EXPECT_TRUE(HasName(*yun, "Yun Ho-chin", NameKind::kAlias));
  EXPECT_EQ(yun->schema, EntitySchema::kPerson);
  EXPECT_TRUE(Contains(yun->programs, "DPRK"));
  EXPECT_TRUE(Contains(yun->nationalities, "KP"));
  EXPECT_TRUE(Contains(yun->birth_dates, "1944-10-13"));
  EXPECT_TRUE(Contains(yun->addresses, "Pyongyang, Democratic People's Republic of Korea"));
  EXPECT_EQ(yun->listed_on, "2009-07-16");
  EXPECT_EQ(yun->source_line, 8862u);  // the line of its <INDIVIDUAL> start tag
  EXPECT_NE(yun->remarks.find("Namchongang Trading Corporation"), std::string::npos);

  // The file has no Hangul at all (SOURCE.md says otherwise; the DPRK records are romanised
  // only), so the original-script check uses an Arabic name; the fixture test covers Hangul.
  size_t original_script = 0;
  size_t dprk_original_script = 0;
  for (const Entity& entity : list->entities) {
    for (const EntityName& name : entity.names) {
      if (name.kind != NameKind::kOriginalScript) continue;
      ++original_script;
      dprk_original_script += entity.reference.starts_with("KP");
    }
  }
  // 378 NAME_ORIGINAL_SCRIPT elements; QDe.164 repeats its primary name there, kept once.
  EXPECT_EQ(original_script, 377u);
  EXPECT_EQ(dprk_original_script, 0u);
  const Entity* saddam = FindByReference(*list, "IQi.001");
  ASSERT_NE(saddam, nullptr);
  EXPECT_EQ(saddam->names.front().text, "SADDAM HUSSEIN AL-TIKRITI");
  EXPECT_TRUE(HasName(*saddam, "صدام حسين التكريتي", NameKind::kOriginalScript));
  EXPECT_EQ(saddam->source_line, 4325u);

  size_t weak = 0;
  size_t passports = 0;
  for (const Entity& entity : list->entities) {
    for (const EntityName& name : entity.names) weak += name.kind == NameKind::kWeakAlias;
    for (const Identifier& id : entity.identifiers) passports += id.type == "passport";
  }
  EXPECT_GT(weak, 500u);  // 615 "Low" aliases, a few repeat another name of their record
  EXPECT_GT(passports, 300u);
}

TEST(UnXmlTest, FixtureMapsEveryField) {
  auto list = ReadUnXml(FixtureFile("un_bad_records.xml"));
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  ASSERT_EQ(list->entities.size(), 2u);
  const Entity& ri = list->entities[0];
  EXPECT_EQ(ri.id, "un_sc:KPi.066");
  EXPECT_EQ(ri.names.front().text, "RI PYONG CHOL");
  EXPECT_TRUE(HasName(ri, "리병철", NameKind::kOriginalScript));
  EXPECT_TRUE(HasName(ri, "Ri Pyong-chol", NameKind::kAlias));
  EXPECT_TRUE(HasName(ri, "Ri Byong Chol", NameKind::kWeakAlias));
  EXPECT_EQ(ri.names.size(), 4u);  // the empty placeholder alias is skipped
  EXPECT_EQ(ri.birth_dates, (std::vector<std::string>{"1948", "1949", "1950"}));
  ASSERT_EQ(ri.identifiers.size(), 1u);
  EXPECT_EQ(ri.identifiers[0].type, "passport");
  EXPECT_EQ(ri.identifiers[0].value, "745310010");
  EXPECT_EQ(ri.countries, std::vector<std::string>{"KP"});
  EXPECT_EQ(ri.source_line, 4u);

  const Entity& samma = list->entities[1];
  EXPECT_EQ(samma.schema, EntitySchema::kOrganization);
  EXPECT_TRUE(HasName(samma, "SAMMA SHIPPING", NameKind::kPrevious));
  ASSERT_EQ(samma.identifiers.size(), 1u);
  EXPECT_EQ(samma.identifiers[0].type, "imo");
  EXPECT_EQ(samma.identifiers[0].value, "5954061");

  // The record without a reference and the one without a name are rejected with their lines.
  ASSERT_EQ(CountIssues(*list, RecordIssue::Kind::kRejected), 2u);
  EXPECT_EQ(list->issues[0].where.line, 43u);
  EXPECT_NE(list->issues[0].reason.find("REFERENCE_NUMBER"), std::string::npos);
  EXPECT_EQ(list->issues[1].where.line, 49u);
  EXPECT_NE(list->issues[1].reason.find("no name"), std::string::npos);
  EXPECT_NE(list->issues[0].where.file.find("un_bad_records.xml"), std::string::npos);
}

TEST(UnXmlTest, TruncatedDownloadIsAnErrorWithItsLine) {
  auto list = ReadUnXml(FixtureFile("un_truncated.xml"));
  ASSERT_FALSE(list.ok());
  EXPECT_NE(list.error().where.file.find("un_truncated.xml"), std::string::npos);
  EXPECT_GT(list.error().where.line, 30u);
  EXPECT_NE(list.error().message.find("XML"), std::string::npos);
}

std::string OneRecord(const std::string& first_name) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CONSOLIDATED_LIST dateGenerated=\"x\">"
         "<INDIVIDUALS><INDIVIDUAL>\n<FIRST_NAME>" +
         first_name +
         "</FIRST_NAME><REFERENCE_NUMBER>KPi.900</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS>"
         "</CONSOLIDATED_LIST>\n";
}

TEST(UnXmlTest, HostileInputGivesErrorsOrIssuesNotCrashes) {
  // A 10,000-character name is refused as a record issue.
  auto long_name = ReadUnXml(ListFile{"long.xml", OneRecord(std::string(10000, 'K'))});
  ASSERT_TRUE(long_name.ok()) << long_name.error().ToString();
  EXPECT_TRUE(long_name->entities.empty());
  ASSERT_EQ(long_name->issues.size(), 1u);
  EXPECT_EQ(long_name->issues[0].where.line, 2u);  // the <INDIVIDUAL> start tag

  // Control characters and invalid UTF-8 are not XML: the file is an Error with its line.
  for (const std::string& bad : {std::string("KIM\x01"), std::string("KIM \xC3\x28")}) {
    auto list = ReadUnXml(ListFile{"bad.xml", OneRecord(bad)});
    ASSERT_FALSE(list.ok());
    EXPECT_EQ(list.error().where.file, "bad.xml");
    EXPECT_EQ(list.error().where.line, 3u);
  }

  // Entities are never expanded: no billion laughs, no external file read.
  const std::string entities =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY a \"aaaaaaaaaa\">"
      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
      "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>KIM &b;&x;</FIRST_NAME>"
      "<REFERENCE_NUMBER>KPi.901</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS>"
      "</CONSOLIDATED_LIST>";
  auto expanded = ReadUnXml(ListFile{"entities.xml", entities});
  ASSERT_TRUE(expanded.ok()) << expanded.error().ToString();
  ASSERT_EQ(expanded->entities.size(), 1u);
  EXPECT_EQ(expanded->entities[0].names[0].text, "KIM");

  // Not the UN list at all.
  auto other = ReadUnXml(ListFile{"other.xml", "<?xml version=\"1.0\"?><sdnList/>"});
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.error().message.find("CONSOLIDATED_LIST"), std::string::npos);
  EXPECT_FALSE(ReadUnXml(ListFile{"empty.xml", ""}).ok());
}

}  // namespace
}  // namespace catchall
