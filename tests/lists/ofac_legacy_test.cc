#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <string>

#include "lists/list_reader_support.h"
#include "lists/ofac_legacy_remarks.h"
#include "lists/readers.h"

namespace catchall {
namespace {

using testing::Contains;
using testing::CountIssues;
using testing::ExpectUniqueIds;
using testing::FixtureFile;
using testing::HasName;
using testing::IssuesAt;
using testing::SharedListFile;

const Entity* FindByReference(const EntityList& list, const std::string& reference) {
  for (const Entity& entity : list.entities) {
    if (entity.reference == reference) return &entity;
  }
  return nullptr;
}

bool HasIdentifier(const Entity& entity, const std::string& type, const std::string& value) {
  for (const Identifier& id : entity.identifiers) {
    if (id.type == type && id.value == value) return true;
  }
  return false;
}

struct SharedSet {
  std::optional<ListFile> primary, addresses, aliases, comments;
  OfacFileSet Set() const {
    return OfacFileSet{primary ? &*primary : nullptr, addresses ? &*addresses : nullptr,
                       aliases ? &*aliases : nullptr, comments ? &*comments : nullptr};
  }
};

SharedSet LoadSdn() {
  return SharedSet{SharedListFile("ofac-sdn-legacy-csv/sdn.csv"),
                   SharedListFile("ofac-sdn-legacy-csv/add.csv"),
                   SharedListFile("ofac-sdn-legacy-csv/alt.csv"),
                   SharedListFile("ofac-sdn-legacy-csv/sdn_comments.csv")};
}

TEST(OfacLegacyTest, ReadsTheRealSdnSet) {
  const SharedSet files = LoadSdn();
  SKIP_WITHOUT(files.primary && files.addresses && files.aliases && files.comments);
  const auto start = std::chrono::steady_clock::now();
  auto list = ReadOfacLegacy(files.Set());
  const auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  std::cout << "[ timing ] ReadOfacLegacy sdn+add+alt+comments "
            << files.primary->bytes.size() + files.addresses->bytes.size() +
                   files.aliases->bytes.size() + files.comments->bytes.size()
            << " bytes, " << list->entities.size() << " entities in "
            << std::chrono::duration<double, std::milli>(elapsed).count() << " ms\n";
  for (const RecordIssue& issue : list->issues) {
    ADD_FAILURE() << issue.where.file << ":" << issue.where.line << ": " << issue.reason;
  }
  EXPECT_EQ(list->entities.size(), 8976u);
  EXPECT_EQ(list->source.list, "ofac_sdn");
  EXPECT_EQ(list->source.format, "ofac_legacy_csv");
  EXPECT_TRUE(list->source.version.empty());
  EXPECT_EQ(list->source.files.size(), 4u);
  ExpectUniqueIds(*list);

  size_t aliases = 0;
  size_t addresses = 0;
  size_t dprk = 0;
  size_t vessels = 0;
  size_t imo = 0;
  for (const Entity& entity : list->entities) {
    for (const EntityName& name : entity.names) aliases += name.kind != NameKind::kPrimary;
    addresses += entity.addresses.size();
    for (const std::string& program : entity.programs) {
      if (program.starts_with("DPRK")) {
        ++dprk;
        break;
      }
    }
    vessels += entity.schema == EntitySchema::kVessel;
    for (const Identifier& id : entity.identifiers) imo += id.type == "imo";
  }
  std::cout << "[ counts ] names besides the primary " << aliases << ", addresses " << addresses
            << ", DPRK* entries " << dprk << ", vessels " << vessels << ", IMO numbers " << imo
            << "\n";
  EXPECT_EQ(dprk, 414u);  // SOURCE.md: 414 entries with a DPRK* program
  EXPECT_EQ(vessels, 406u);
  EXPECT_GT(aliases, 11000u);  // 11,911 alt.csv rows plus remark a.k.a.s, minus repeats
  EXPECT_GT(imo, 400u);
}

TEST(OfacLegacyTest, ReadsDprkEntriesWithAliasesAddressesAndRemarks) {
  const SharedSet files = LoadSdn();
  SKIP_WITHOUT(files.primary && files.addresses && files.aliases && files.comments);
  auto list = ReadOfacLegacy(files.Set());
  ASSERT_TRUE(list.ok()) << list.error().ToString();

  const Entity* kim = FindByReference(*list, "12211");
  ASSERT_NE(kim, nullptr);
  EXPECT_EQ(kim->id, "ofac_sdn:12211");
  EXPECT_EQ(kim->names.front().text, "KIM, Yong Chol");
  EXPECT_EQ(kim->schema, EntitySchema::kPerson);
  EXPECT_EQ(kim->programs, std::vector<std::string>{"DPRK"});
  EXPECT_TRUE(HasName(*kim, "KIM, Young-Chul", NameKind::kAlias));
  EXPECT_TRUE(Contains(kim->birth_dates, "1947"));
  EXPECT_TRUE(Contains(kim->birth_dates, "1946"));

  const Entity* komid = FindByReference(*list, "9345");
  ASSERT_NE(komid, nullptr);
  EXPECT_EQ(komid->schema, EntitySchema::kOrganization);
  EXPECT_EQ(komid->programs, (std::vector<std::string>{"NPWMD", "DPRK2"}));
  EXPECT_TRUE(HasName(*komid, "KOMID", NameKind::kWeakAlias));
  EXPECT_TRUE(Contains(komid->addresses, "Central District, Pyongyang, Korea, North"));
  for (const char* code : {"KP", "CN", "RU", "IR", "SY"}) {
    EXPECT_TRUE(Contains(komid->countries, code)) << code;
  }

  // sdn_comments.csv continues a Remarks field cut mid-word: "PROMO RAI" + "Z S.A.S.".
  const Entity* continued = FindByReference(*list, "12300");
  ASSERT_NE(continued, nullptr);
  EXPECT_NE(continued->remarks.find("PROMO RAIZ S.A.S."), std::string::npos);

  const Entity* second_kim = FindByReference(*list, "17614");
  ASSERT_NE(second_kim, nullptr);
  EXPECT_TRUE(Contains(second_kim->birth_dates, "1962-02-18"));
  EXPECT_TRUE(Contains(second_kim->nationalities, "KP"));
}

TEST(OfacLegacyTest, ReadsTheConsolidatedNonSdnSet) {
  SharedSet files{SharedListFile("ofac-consolidated-nonsdn/cons_prim.csv"),
                  SharedListFile("ofac-consolidated-nonsdn/cons_add.csv"),
                  SharedListFile("ofac-consolidated-nonsdn/cons_alt.csv"),
                  SharedListFile("ofac-consolidated-nonsdn/cons_comments.csv")};
  SKIP_WITHOUT(files.primary && files.addresses && files.aliases && files.comments);
  auto list = ReadOfacLegacy(files.Set());
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  std::cout << "[ counts ] cons: " << list->entities.size() << " entities, " << list->issues.size()
            << " issues\n";
  for (const RecordIssue& issue : list->issues) {
    std::cout << "  " << issue.where.file << ":" << issue.where.line << ": " << issue.reason
              << "\n";
  }
  EXPECT_EQ(list->source.list, "ofac_cons");
  EXPECT_EQ(list->entities.size(), 442u);  // SOURCE.md's 443 rows count the 0x1A line
  const Entity* haniya = FindByReference(*list, "9639");
  ASSERT_NE(haniya, nullptr);
  EXPECT_EQ(haniya->id, "ofac_cons:9639");
  EXPECT_TRUE(HasName(*haniya, "HANIYA, Ismail", NameKind::kAlias));
  EXPECT_TRUE(Contains(haniya->birth_dates, "1962"));
  ExpectUniqueIds(*list);
}

TEST(OfacLegacyTest, FixtureRejectsBadRowsAndKeepsTheRest) {
  const ListFile sdn = FixtureFile("ofac_bad_sdn.csv");
  const ListFile alt = FixtureFile("ofac_bad_alt.csv");
  const ListFile add = FixtureFile("ofac_bad_add.csv");
  auto list = ReadOfacLegacy(OfacFileSet{&sdn, &add, &alt, nullptr});
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  ASSERT_EQ(list->entities.size(), 3u);

  // Wrong column count (sdn line 3, alt line 4) and unknown ent_num (alt line 3, add line 2).
  ASSERT_EQ(CountIssues(*list, RecordIssue::Kind::kRejected), 4u);
  EXPECT_EQ(list->issues[0].where.file, sdn.path);
  EXPECT_EQ(list->issues[0].where.line, 3u);
  EXPECT_NE(list->issues[0].reason.find("4 fields, expected 12"), std::string::npos);
  EXPECT_EQ(IssuesAt(*list, RecordIssue::Kind::kRejected, 4), 1u);
  bool unknown_alt = false;
  for (const RecordIssue& issue : list->issues) {
    if (issue.where.file == alt.path && issue.where.line == 3) {
      unknown_alt = issue.reason.find("99999999") != std::string::npos;
    }
  }
  EXPECT_TRUE(unknown_alt);

  const Entity& kim = list->entities[0];
  EXPECT_EQ(kim.programs, std::vector<std::string>{"DPRK2"});
  EXPECT_TRUE(HasName(kim, "KIM, Young-chol", NameKind::kAlias));
  EXPECT_TRUE(HasName(kim, "KIM, Yong-chol", NameKind::kWeakAlias));
  EXPECT_TRUE(HasIdentifier(kim, "passport", "472310082"));
  EXPECT_EQ(kim.identifiers[0].country, "Korea, North");
  EXPECT_EQ(kim.birth_dates, std::vector<std::string>{"1962-02-18"});
  EXPECT_EQ(kim.nationalities, std::vector<std::string>{"KP"});

  const Entity& komid = list->entities[1];
  EXPECT_TRUE(HasName(komid, "CHANGGWANG SINYONG CORPORATION", NameKind::kPrevious));
  EXPECT_EQ(komid.addresses, std::vector<std::string>{"Central District, Pyongyang, Korea, North"});

  const Entity& ship = list->entities[2];
  EXPECT_EQ(ship.schema, EntitySchema::kVessel);
  EXPECT_TRUE(HasIdentifier(ship, "imo", "7937317"));
  EXPECT_TRUE(HasIdentifier(ship, "call_sign", "HMZF"));
  EXPECT_EQ(ship.countries, std::vector<std::string>{"KP"});
  EXPECT_EQ(ship.source_line, 4u);
}

TEST(OfacLegacyTest, HostileInputGivesIssuesNotCrashes) {
  const std::string long_name(10000, 'K');
  const ListFile sdn{
      "sdn.csv", "1,\"" + long_name +
                     "\",-0- ,\"DPRK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                     "2,\"KIM\x01\x02 Chol\",\"individual\",\"DPRK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
                     "-0- ,-0- \r\n"
                     "3,\"M\xDCLLER, J\xF6rg\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,"
                     "-0- ,-0- ,-0- \r\n"
                     "4,\"UNTERMINATED,-0- ,\"DPRK\"\r\n\x1a"};
  const ListFile alt{"alt.csv", "2,1,\"aka\",\"" + long_name + "\",-0- \r\n\x1a"};
  auto list = ReadOfacLegacy(OfacFileSet{&sdn, nullptr, &alt, nullptr});
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  ASSERT_EQ(list->entities.size(), 2u);
  // The long primary name (sdn.csv line 1) and the long alias (alt.csv line 1).
  EXPECT_EQ(IssuesAt(*list, RecordIssue::Kind::kRejected, 1), 2u);
  EXPECT_EQ(list->entities[0].names.size(), 1u);
  EXPECT_EQ(list->entities[0].names[0].text, "KIM Chol");      // control bytes cleaned
  EXPECT_EQ(list->entities[1].names[0].text, "MÜLLER, Jörg");  // Latin-1 repaired
  EXPECT_EQ(IssuesAt(*list, RecordIssue::Kind::kRepaired, 3), 1u);
  EXPECT_EQ(IssuesAt(*list, RecordIssue::Kind::kRejected, 4), 1u);  // broken quoting

  const ListFile not_ofac{"sdn.csv", "name,country\nKIM,KP\n"};
  EXPECT_FALSE(ReadOfacLegacy(OfacFileSet{&not_ofac, nullptr, nullptr, nullptr}).ok());
  EXPECT_FALSE(ReadOfacLegacy(OfacFileSet{}).ok());
  const ListFile empty{"sdn.csv", ""};
  auto nothing = ReadOfacLegacy(OfacFileSet{&empty, nullptr, nullptr, nullptr});
  ASSERT_TRUE(nothing.ok());
  EXPECT_TRUE(nothing->entities.empty());
}

TEST(OfacRemarksTest, ParsesDatesAndItems) {
  EXPECT_EQ(OfacDates("15 Apr 1960"), std::vector<std::string>{"1960-04-15"});
  EXPECT_EQ(OfacDates("Apr 1960"), std::vector<std::string>{"1960-04"});
  EXPECT_EQ(OfacDates("circa 1947"), std::vector<std::string>{"1947"});
  EXPECT_EQ(OfacDates("1960 to 1962"), (std::vector<std::string>{"1960", "1961", "1962"}));
  EXPECT_EQ(OfacDates("01 Jan 1960 to 31 Dec 1961"), (std::vector<std::string>{"1960", "1961"}));
  EXPECT_TRUE(OfacDates("unknown").empty());
  EXPECT_TRUE(OfacDates("32 Foo 1960").empty());

  EXPECT_EQ(SplitOfacRemarks("a.k.a. 'O'NEIL; X'; DOB 1960.").size(), 2u);
  Entity entity;
  ApplyOfacRemarks(
      "DOB 15 Apr 1960; alt. DOB 1961; nationality Korea, North; citizen Iran; Passport 123 "
      "(Korea, North); Vessel Registration Identification IMO 8987890; a.k.a. 'CHOE'; f.k.a. "
      "'OLD NAME'.",
      entity);
  EXPECT_EQ(entity.birth_dates, (std::vector<std::string>{"1960-04-15", "1961"}));
  EXPECT_EQ(entity.nationalities, (std::vector<std::string>{"KP", "IR"}));
  EXPECT_TRUE(HasIdentifier(entity, "passport", "123"));
  EXPECT_TRUE(HasIdentifier(entity, "imo", "8987890"));
  EXPECT_TRUE(HasName(entity, "CHOE", NameKind::kWeakAlias));
  EXPECT_TRUE(HasName(entity, "OLD NAME", NameKind::kPrevious));
}

}  // namespace
}  // namespace catchall
