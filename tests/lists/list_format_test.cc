#include "lists/list_format.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "common/command_support.h"

namespace catchall {
namespace {

using testing::SharedData;
using testing::TempDir;

std::string Fixture(const std::string& name) {
  return std::string(CATCHALL_SOURCE_DIR) + "/tests/lists/data/" + name;
}

struct RealFile {
  const char* path;
  ListFormat format;
  OfacPart part;
};

// Every list file of ../shared/data, with the format its content must be detected as.
constexpr RealFile kRealFiles[] = {
    {"un-consolidated/UN_consolidated.xml", ListFormat::kUnXml, OfacPart::kNone},
    {"ofac-sdn-legacy-csv/sdn.csv", ListFormat::kOfacLegacyCsv, OfacPart::kPrimary},
    {"ofac-sdn-legacy-csv/add.csv", ListFormat::kOfacLegacyCsv, OfacPart::kAddresses},
    {"ofac-sdn-legacy-csv/alt.csv", ListFormat::kOfacLegacyCsv, OfacPart::kAliases},
    {"ofac-sdn-legacy-csv/sdn_comments.csv", ListFormat::kOfacLegacyCsv, OfacPart::kComments},
    {"ofac-consolidated-nonsdn/cons_prim.csv", ListFormat::kOfacLegacyCsv, OfacPart::kPrimary},
    {"ofac-consolidated-nonsdn/cons_add.csv", ListFormat::kOfacLegacyCsv, OfacPart::kAddresses},
    {"ofac-consolidated-nonsdn/cons_alt.csv", ListFormat::kOfacLegacyCsv, OfacPart::kAliases},
    {"ofac-consolidated-nonsdn/cons_comments.csv", ListFormat::kOfacLegacyCsv, OfacPart::kComments},
    {"us-csl/csl_2023_subset.csv", ListFormat::kCslCsv, OfacPart::kNone},
    {"us-csl/consolidated_2025_small.csv", ListFormat::kCslCsv, OfacPart::kNone},
    {"bis-denied-persons/dpl.txt", ListFormat::kDplTsv, OfacPart::kNone},
    {"opensanctions-ftm-sample/entities.ftm.json", ListFormat::kFtmJsonl, OfacPart::kNone},
    {"opensanctions-ftm-sample/zala_entities.ftm.json", ListFormat::kFtmJsonl, OfacPart::kNone},
    {"us-section1286-research-institutions/section_1286.csv", ListFormat::kDod1286Csv,
     OfacPart::kNone},
    {"us-inksna/inksna.csv", ListFormat::kDod1286Csv, OfacPart::kNone},
    {"us-dod-1260h-chinese-military-companies/dod_1260h.csv", ListFormat::kDod1260hCsv,
     OfacPart::kNone},
    {"eu-dprk-sanctions-2017-1509/32017R1509.csv", ListFormat::kEuAnnexCsv, OfacPart::kNone},
    {"china-defence-institutions-risk/CN_FIGs.csv", ListFormat::kRiskTableCsv, OfacPart::kNone},
    {"us-bis-mieu/mieu.csv", ListFormat::kBisMieuCsv, OfacPart::kNone},
};

TEST(ListFormatTest, DetectsEveryRealListFile) {
  if (SharedData().empty()) GTEST_SKIP() << "no ../shared/data in this checkout";
  size_t checked = 0;
  for (const RealFile& real : kRealFiles) {
    const std::string path = SharedData() + "/" + real.path;
    if (!std::filesystem::exists(path)) continue;
    auto detected = DetectListFileFormat(path);
    ASSERT_TRUE(detected.ok()) << detected.error().ToString();
    EXPECT_EQ(ListFormatName(detected->format), ListFormatName(real.format)) << real.path;
    EXPECT_EQ(OfacPartName(detected->ofac_part), OfacPartName(real.part)) << real.path;
    ++checked;
  }
  if (checked == 0) GTEST_SKIP() << "none of the list files is in ../shared/data";
}

// Files in ../shared/data that are not lists must not be taken for one.
TEST(ListFormatTest, RefusesRealFilesThatAreNotLists) {
  if (SharedData().empty()) GTEST_SKIP() << "no ../shared/data in this checkout";
  for (const char* relative :
       {"opensanctions-name-match-pairs/cases.csv", "hs-nomenclature/harmonized-system.csv",
        "scopus-csv-export/scopus_v2_format.csv", "ofac-sls-parity/ofac_fixtures.csv",
        "wos-plaintext-export/savedrecs.txt",
        "opensanctions-un-query-fixtures/"
        "positives_un_treated.csv"}) {
    const std::string path = SharedData() + "/" + relative;
    if (!std::filesystem::exists(path)) continue;
    auto detected = DetectListFileFormat(path);
    ASSERT_FALSE(detected.ok()) << relative << " detected as " << ListFormatName(detected->format);
    EXPECT_NE(detected.error().message.find("user_yaml"), std::string::npos);
    EXPECT_EQ(detected.error().where.file, path);
  }
}

TEST(ListFormatTest, DetectsTheFixtures) {
  for (const auto& [name, format] : std::initializer_list<std::pair<const char*, ListFormat>>{
           {"un_dprk_v1.xml", ListFormat::kUnXml},
           {"un_dprk_v2.xml", ListFormat::kUnXml},
           {"user_watch_v1.csv", ListFormat::kUserCsv},
           {"user_watch_v2.csv", ListFormat::kUserCsv}}) {
    auto detected = DetectListFileFormat(Fixture(name));
    ASSERT_TRUE(detected.ok()) << detected.error().ToString();
    EXPECT_EQ(ListFormatName(detected->format), ListFormatName(format)) << name;
  }
}

// The list readers' own fixtures (tests/lists/data), broken records included: each is still of
// its format. A file absent here (written by another test suite later) is skipped.
TEST(ListFormatTest, DetectsTheReaderFixtures) {
  const std::pair<const char*, const char*> expected[] = {
      {"csl_bad_rows.csv", "csl_csv"},         {"dpl_bad_rows.txt", "dpl_tsv"},
      {"ftm_bad_lines.json", "ftm_jsonl"},     {"ofac_bad_add.csv", "ofac_legacy_csv"},
      {"ofac_bad_alt.csv", "ofac_legacy_csv"}, {"ofac_bad_sdn.csv", "ofac_legacy_csv"},
      {"un_bad_records.xml", "un_xml"},        {"un_truncated.xml", "un_xml"},
      {"user_cleared.yaml", "user_yaml"},      {"user_watch.yaml", "user_yaml"},
      {"user_syntax_error.yaml", "user_yaml"}, {"user_watch.csv", "user_csv"},
      {"user_unknown_column.csv", "user_csv"},
  };
  for (const auto& [name, format] : expected) {
    if (!std::filesystem::exists(Fixture(name))) continue;
    auto detected = DetectListFileFormat(Fixture(name));
    ASSERT_TRUE(detected.ok()) << name << ": " << detected.error().ToString();
    EXPECT_EQ(ListFormatName(detected->format), format) << name;
  }
  // Columns of no list at all.
  if (std::filesystem::exists(Fixture("csl_wrong_columns.csv"))) {
    EXPECT_FALSE(DetectListFileFormat(Fixture("csl_wrong_columns.csv")).ok());
  }
}

TEST(ListFormatTest, DecidesByContentNotName) {
  const TempDir dir("list-format");
  // An UN list saved as .csv and a user list saved as .xml.
  const std::string un = dir.Write("list.csv", testing::ReadFile(Fixture("un_dprk_v1.xml")));
  const std::string user = dir.Write("sdn.xml", "name,aliases\nKorea Kwangson Banking Corp,KKBC\n");
  EXPECT_EQ(DetectListFileFormat(un)->format, ListFormat::kUnXml);
  EXPECT_EQ(DetectListFileFormat(user)->format, ListFormat::kUserCsv);
}

TEST(ListFormatTest, InflatesGzip) {
  const TempDir dir("list-format-gz");
  dir.Write("un.xml", testing::ReadFile(Fixture("un_dprk_v1.xml")));
  ASSERT_EQ(testing::RunShell("gzip -n " + dir.File("un.xml")).exit_code, 0);
  auto detected = DetectListFileFormat(dir.File("un.xml.gz"));
  ASSERT_TRUE(detected.ok()) << detected.error().ToString();
  EXPECT_EQ(detected->format, ListFormat::kUnXml);
}

TEST(ListFormatTest, DetectsFromBytes) {
  EXPECT_EQ(DetectListFormat("\xEF\xBB\xBFlist:\n  name: cleared\nentities:\n")->format,
            ListFormat::kUserYaml);
  EXPECT_EQ(DetectListFormat("# my list\n---\nentities:\n  - name: X\n")->format,
            ListFormat::kUserYaml);
  EXPECT_EQ(DetectListFormat("{\"id\": \"NK-1\", \"schema\": \"Person\"}\n")->format,
            ListFormat::kFtmJsonl);
  EXPECT_EQ(DetectListFormat("{\"schema\": \"Person\", \"id\": \"x\"}\n")->format,
            ListFormat::kFtmJsonl);
  EXPECT_EQ(DetectListFormat("Name\tStreet_Address\tCity\n")->format, ListFormat::kDplTsv);
  EXPECT_EQ(DetectListFormat("36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,"
                             "-0- ,-0- ,-0- ,-0- \r\n")
                ->ofac_part,
            OfacPart::kPrimary);
  EXPECT_EQ(DetectListFormat("36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n")->ofac_part,
            OfacPart::kAliases);
  // A comment longer than the detection window is still a comments record.
  EXPECT_EQ(DetectListFormat("12300,\"" + std::string(kDetectionBytes, 'x'))->ofac_part,
            OfacPart::kComments);
  EXPECT_EQ(DetectListFormat("<?xml version=\"1.0\"?>\n<!-- c -->\n<CONSOLIDATED_LIST>")->format,
            ListFormat::kUnXml);
}

TEST(ListFormatTest, RefusesWhatIsNoList) {
  for (const char* text : {"<!DOCTYPE html><html><body>503 Service Unavailable</body></html>",
                           "a,b,c\n1,2,3\n", "{\"error\":\"not found\"}\n", "1,2,3\n",
                           "<?xml version=\"1.0\"?><sdnList/>", "full_name,first_name\nX,Y\n"}) {
    EXPECT_FALSE(DetectListFormat(text).has_value()) << text;
  }
  auto empty = DetectListBytesFormat("\x1A", "sdn_comments.csv");
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.error().message.find("empty"), std::string::npos);
  auto html = DetectListBytesFormat("<html></html>", "x.csv");
  ASSERT_FALSE(html.ok());
  EXPECT_EQ(html.error().where.file, "x.csv");
  EXPECT_NE(html.error().message.find("un_xml"), std::string::npos);
}

TEST(ListFormatTest, NamesRoundTrip) {
  for (const char* name : {"un_xml", "ofac_legacy_csv", "csl_csv", "user_yaml"}) {
    const auto format = ParseListFormatName(name);
    ASSERT_TRUE(format.has_value()) << name;
    EXPECT_EQ(ListFormatName(*format), name);
  }
  EXPECT_FALSE(ParseListFormatName("pdf").has_value());
}

TEST(ListFormatTest, MissingFileIsAnError) {
  auto detected = DetectListFileFormat("/nonexistent/un.xml");
  ASSERT_FALSE(detected.ok());
  EXPECT_NE(detected.error().ToString().find("/nonexistent/un.xml"), std::string::npos);
}

}  // namespace
}  // namespace catchall
