// A bad row of the reference data is an Error naming the file, the line and what is wrong.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "resolve/affiliation_resolver.h"

namespace catchall {
namespace {

namespace fs = std::filesystem;

class LoadErrorsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::temp_directory_path() /
        ("catchall_resolve_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    const fs::path data = fs::path(CATCHALL_SOURCE_DIR) / "data";
    for (const char* name :
         {"abbreviations.tsv", "countries.tsv", "cities.tsv", "institutions.yaml"}) {
      fs::copy_file(data / name, dir_ / name);
    }
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Append(const char* name, const std::string& text) {
    std::ofstream out(dir_ / name, std::ios::app);
    out << text;
  }
  void Write(const char* name, const std::string& text) {
    std::ofstream out(dir_ / name, std::ios::trunc);
    out << text;
  }
  size_t Lines(const char* name) {
    std::ifstream in(dir_ / name);
    size_t n = 0;
    std::string line;
    while (std::getline(in, line)) ++n;
    return n;
  }
  Error LoadError() {
    auto loaded = AffiliationResolver::Load(dir_.string());
    EXPECT_FALSE(loaded.ok());
    return loaded.ok() ? Error{} : loaded.error();
  }

  fs::path dir_;
};

TEST_F(LoadErrorsTest, TheShippedDataLoads) {
  auto loaded = AffiliationResolver::Load(dir_.string());
  ASSERT_TRUE(loaded.ok()) << loaded.error().ToString();
  EXPECT_GT(loaded->institution_count(), 150u);
}

TEST_F(LoadErrorsTest, BadYamlNamesFileAndLine) {
  Write("institutions.yaml", "- id: a\n  name: [unclosed\n  country: KP\n");
  const Error error = LoadError();
  EXPECT_NE(error.where.file.find("institutions.yaml"), std::string::npos);
  EXPECT_GE(error.where.line, 2u);
  EXPECT_NE(error.message.find("YAML"), std::string::npos) << error.message;
}

TEST_F(LoadErrorsTest, UnknownCountryCodeInRegistry) {
  const size_t line = Lines("institutions.yaml") + 1;
  Append("institutions.yaml",
         "- id: xx-test\n  name: Test Institute\n  country: QQ\n  type: institute\n"
         "  source: test\n");
  const Error error = LoadError();
  EXPECT_EQ(error.where.line, line);
  EXPECT_NE(error.message.find("unknown country code 'QQ'"), std::string::npos) << error.message;
}

TEST_F(LoadErrorsTest, MissingSourceInRegistry) {
  Append("institutions.yaml",
         "- id: kp-test\n  name: Test Institute Pyongyang\n  country: KP\n  type: institute\n");
  const Error error = LoadError();
  EXPECT_NE(error.message.find("lacks 'source'"), std::string::npos) << error.message;
  EXPECT_GT(error.where.line, 0u);
}

TEST_F(LoadErrorsTest, DuplicateIdInRegistry) {
  Append("institutions.yaml",
         "- id: kp-kim-il-sung-university\n  name: Another Name\n  country: KP\n"
         "  type: university\n  source: test\n");
  const Error error = LoadError();
  EXPECT_NE(error.message.find("duplicate id 'kp-kim-il-sung-university'"), std::string::npos)
      << error.message;
}

TEST_F(LoadErrorsTest, AliasOfTwoEntries) {
  Append("institutions.yaml",
         "- id: xx-clash\n  name: Clash\n  country: KR\n  type: university\n  source: test\n"
         "  aliases: [\"Kim Il Sung Univ\"]\n");
  const Error error = LoadError();
  EXPECT_NE(error.message.find("already an alias of 'kp-kim-il-sung-university'"),
            std::string::npos)
      << error.message;
}

TEST_F(LoadErrorsTest, BadCountryRow) {
  const size_t line = Lines("countries.tsv") + 1;
  Append("countries.tsv", "ZZ\tNowhere\t-\tmy notes\n");
  const Error error = LoadError();
  EXPECT_NE(error.where.file.find("countries.tsv"), std::string::npos);
  EXPECT_EQ(error.where.line, line);
  EXPECT_NE(error.message.find("unknown country code 'ZZ'"), std::string::npos);
}

TEST_F(LoadErrorsTest, MissingSourceColumnInCities) {
  const size_t line = Lines("cities.tsv") + 1;
  Append("cities.tsv", "Nowhere\tKP\tcity\t-\n");
  const Error error = LoadError();
  EXPECT_EQ(error.where.line, line);
  EXPECT_NE(error.message.find("expected 5 tab-separated columns"), std::string::npos);
}

TEST_F(LoadErrorsTest, EmptySourceInCities) {
  Append("cities.tsv", "Nowhere\tKP\tcity\t-\t\n");
  const Error error = LoadError();
  EXPECT_NE(error.message.find("column 5 is empty"), std::string::npos) << error.message;
}

TEST_F(LoadErrorsTest, AbbreviationThatIsNotAFixedPoint) {
  Append("abbreviations.tsv", "univ\tuniversity\ttest\n");
  const Error error = LoadError();
  EXPECT_NE(error.where.file.find("abbreviations.tsv"), std::string::npos);
  EXPECT_NE(error.message.find("already defined"), std::string::npos) << error.message;
}

TEST_F(LoadErrorsTest, MissingFile) {
  fs::remove(dir_ / "cities.tsv");
  const Error error = LoadError();
  EXPECT_NE(error.where.file.find("cities.tsv"), std::string::npos);
  EXPECT_NE(error.message.find("cannot open"), std::string::npos);
}

}  // namespace
}  // namespace catchall
