#include "lists/list_loader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "common/command_support.h"

namespace catchall {
namespace {

using testing::ReadFile;
using testing::SharedData;
using testing::TempDir;

std::string Fixture(const std::string& name) {
  return std::string(CATCHALL_SOURCE_DIR) + "/tests/lists/data/" + name;
}

TEST(ListLoaderTest, Sha256MatchesKnownDigest) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(ListLoaderTest, FillsTheSourceOfAUnFile) {
  LoadReport report;
  auto lists = LoadLists({Fixture("un_dprk_v1.xml")}, &report);
  ASSERT_TRUE(lists.ok()) << lists.error().ToString();
  ASSERT_EQ(lists->size(), 1u);
  const ListSource& source = lists->front().source;
  EXPECT_EQ(source.list, "un_sc");
  EXPECT_EQ(source.format, "un_xml");
  EXPECT_EQ(source.files, std::vector<std::string>{Fixture("un_dprk_v1.xml")});
  EXPECT_EQ(source.sha256, Sha256Hex(ReadFile(Fixture("un_dprk_v1.xml"))));
  EXPECT_EQ(source.version.substr(0, 10), "2026-01-05");
  ASSERT_EQ(report.lists.size(), 1u);
  EXPECT_EQ(report.lists[0].version_from, kVersionFromList);
  EXPECT_EQ(lists->front().entities.size(), 3u);
}

TEST(ListLoaderTest, FallsBackToTheModificationDate) {
  const TempDir dir("list-loader-mtime");
  const std::string path = dir.Write("watch.csv", ReadFile(Fixture("user_watch_v1.csv")));
  ASSERT_EQ(testing::RunShell("touch -d 2024-03-09T12:00:00Z " + path).exit_code, 0);
  LoadReport report;
  auto lists = LoadLists({path}, &report);
  ASSERT_TRUE(lists.ok()) << lists.error().ToString();
  EXPECT_EQ(lists->front().source.version, "2024-03-09");
  EXPECT_EQ(report.lists[0].version_from, kVersionFromMtime);
}

TEST(ListLoaderTest, DirectoriesAreReadRecursivelySkippingDocsAndHiddenFiles) {
  const TempDir dir("list-loader-dir");
  dir.Write("b/un.xml", ReadFile(Fixture("un_dprk_v2.xml")));
  dir.Write("a/watch.csv", ReadFile(Fixture("user_watch_v1.csv")));
  dir.Write("SOURCE.md", "# where these come from\n");
  dir.Write("a/README", "notes\n");
  dir.Write(".cache/junk.bin", "\x01\x02");
  dir.Write(".hidden.csv", "nothing,here\n");
  dir.Write("a/empty.csv", "");
  LoadReport report;
  auto lists = LoadLists({dir.path().string()}, &report);
  ASSERT_TRUE(lists.ok()) << lists.error().ToString();
  ASSERT_EQ(lists->size(), 2u);
  EXPECT_EQ(lists->at(0).source.format, "user_csv");  // a/ sorts before b/
  EXPECT_EQ(lists->at(1).source.format, "un_xml");
  EXPECT_EQ(report.skipped.size(), 5u);
}

TEST(ListLoaderTest, GroupsAnOfacSetOfOneDirectory) {
  if (SharedData().empty()) GTEST_SKIP() << "no ../shared/data in this checkout";
  const std::string dir = SharedData() + "/ofac-sdn-legacy-csv";
  if (!std::filesystem::exists(dir + "/sdn.csv")) GTEST_SKIP() << "no OFAC SDN sample";
  LoadReport report;
  auto lists = LoadLists({dir}, &report);
  ASSERT_TRUE(lists.ok()) << lists.error().ToString();
  ASSERT_EQ(lists->size(), 1u);
  const ListSource& source = lists->front().source;
  EXPECT_EQ(source.list, "ofac_sdn");
  EXPECT_EQ(source.format, "ofac_legacy_csv");
  ASSERT_EQ(source.files.size(), 4u);
  EXPECT_EQ(std::filesystem::path(source.files[0]).filename(), "sdn.csv");
  EXPECT_EQ(source.sha256, Sha256Hex(ReadFile(dir + "/sdn.csv")));
  EXPECT_EQ(report.lists[0].sha256.size(), 4u);
  EXPECT_GT(lists->front().entities.size(), 5000u);
}

TEST(ListLoaderTest, TwoOfacSetsInOneDirectoryStayApart) {
  if (SharedData().empty()) GTEST_SKIP() << "no ../shared/data in this checkout";
  const std::string sdn = SharedData() + "/ofac-sdn-legacy-csv";
  const std::string cons = SharedData() + "/ofac-consolidated-nonsdn";
  if (!std::filesystem::exists(sdn) || !std::filesystem::exists(cons)) GTEST_SKIP();
  const TempDir dir("list-loader-ofac");
  for (const char* name : {"sdn.csv", "alt.csv"}) dir.Write(name, ReadFile(sdn + "/" + name));
  for (const char* name : {"cons_prim.csv", "cons_alt.csv"}) {
    dir.Write(name, ReadFile(cons + "/" + name));
  }
  auto lists = LoadLists({dir.path().string()}, nullptr);
  ASSERT_TRUE(lists.ok()) << lists.error().ToString();
  ASSERT_EQ(lists->size(), 2u);
  // In the order of each set's first file: alt.csv sorts before cons_alt.csv.
  EXPECT_EQ(lists->at(0).source.list, "ofac_sdn");
  EXPECT_EQ(lists->at(1).source.list, "ofac_cons");
  EXPECT_EQ(std::filesystem::path(lists->at(0).source.files[0]).filename(), "sdn.csv");
  EXPECT_EQ(std::filesystem::path(lists->at(1).source.files[0]).filename(), "cons_prim.csv");
  EXPECT_EQ(lists->at(1).source.files.size(), 2u);
}

TEST(ListLoaderTest, AnOfacCompanionWithoutItsPrimaryIsAnError) {
  const TempDir dir("list-loader-alone");
  dir.Write("alt.csv", "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n");
  auto lists = LoadLists({dir.path().string()}, nullptr);
  ASSERT_FALSE(lists.ok());
  EXPECT_NE(lists.error().message.find("primary"), std::string::npos);
}

TEST(ListLoaderTest, ReadsGzippedFilesAndHashesTheirBytes) {
  const TempDir dir("list-loader-gz");
  dir.Write("un.xml", ReadFile(Fixture("un_dprk_v1.xml")));
  ASSERT_EQ(testing::RunShell("gzip -n " + dir.File("un.xml")).exit_code, 0);
  auto lists = LoadLists({dir.File("un.xml.gz")}, nullptr);
  ASSERT_TRUE(lists.ok()) << lists.error().ToString();
  EXPECT_EQ(lists->front().entities.size(), 3u);
  EXPECT_EQ(lists->front().source.sha256, Sha256Hex(ReadFile(dir.File("un.xml.gz"))));
}

TEST(ListLoaderTest, ErrorsNameTheFile) {
  const TempDir dir("list-loader-errors");
  const std::string html = dir.Write("consolidated.xml", "<html><body>Not Found</body></html>");
  auto unknown = LoadLists({html}, nullptr);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().where.file, html);
  EXPECT_NE(unknown.error().message.find("known"), std::string::npos);

  auto missing = LoadLists({dir.File("absent.xml")}, nullptr);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().where.file, dir.File("absent.xml"));

  const std::string empty = dir.Write("empty.csv", "");
  EXPECT_FALSE(LoadLists({empty}, nullptr).ok());

  // XML cut in the middle: the reader refuses the file as a whole, with a line.
  const std::string full = ReadFile(Fixture("un_dprk_v1.xml"));
  const std::string cut = dir.Write("cut.xml", full.substr(0, full.size() / 2));
  auto truncated = LoadLists({cut}, nullptr);
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.error().where.file, cut);
}

TEST(ListLoaderTest, ReadDetectedListReadsBytesInMemory) {
  auto list = ReadDetectedList({{"mem/un.xml", ReadFile(Fixture("un_dprk_v2.xml"))}});
  ASSERT_TRUE(list.ok()) << list.error().ToString();
  EXPECT_EQ(list->entities.size(), 3u);
  EXPECT_FALSE(ReadDetectedList({}).ok());
  EXPECT_FALSE(ReadDetectedList({{"a.xml", ReadFile(Fixture("un_dprk_v2.xml"))},
                                 {"b.csv", ReadFile(Fixture("user_watch_v1.csv"))}})
                   .ok());
}

TEST(ListLoaderTest, OfacSetNames) {
  EXPECT_EQ(OfacSetName("CONS_PRIM.CSV"), "cons");
  EXPECT_EQ(OfacSetName("sdn_comments.csv"), "sdn");
  EXPECT_EQ(OfacSetName("add.csv"), "sdn");
}

}  // namespace
}  // namespace catchall

namespace catchall {
namespace {

// Two files giving the same list key (two CSL downloads, two user lists of one name) must not
// give two entities the same id.
TEST(ListLoaderTest, RepeatedListKeysAreMadeUnique) {
  const testing::TempDir dir("list-loader-keys");
  const std::string un = testing::ReadFile(Fixture("un_dprk_v1.xml"));
  dir.Write("a/un.xml", un);
  dir.Write("b/un_copy.xml", un);
  LoadReport report;
  auto lists = LoadLists({dir.File("a"), dir.File("b")}, &report);
  ASSERT_TRUE(lists.ok()) << lists.error().ToString();
  ASSERT_EQ(lists->size(), 2u);
  EXPECT_EQ(lists->at(0).source.list, "un_sc");
  EXPECT_EQ(lists->at(1).source.list, "un_sc@un_copy");
  EXPECT_EQ(report.lists[1].list, "un_sc@un_copy");
  ASSERT_EQ(report.renamed.size(), 1u);
  std::set<std::string> ids;
  for (const EntityList& list : *lists) {
    for (const Entity& entity : list.entities) {
      EXPECT_TRUE(ids.insert(entity.id).second) << entity.id;
      EXPECT_EQ(entity.list, list.source.list);
    }
  }
  EXPECT_TRUE(lists->at(1).entities[0].id.starts_with("un_sc@un_copy:"));
}

}  // namespace
}  // namespace catchall
