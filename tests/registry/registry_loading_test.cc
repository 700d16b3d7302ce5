// Built registry files in a data directory's institutions/ folder: the new fields are read, an
// entry with the id of an earlier file's entry supplements it, and mistakes are Errors.
#include <gtest/gtest.h>

#include <string>

#include "registry/registry_support.h"

namespace catchall {
namespace {

using testing::Has;

constexpr const char* kSupplement = R"yaml(- id: cn-hit
  name: "Harbin Institute of Technology"
  country: CN
  type: university
  tags: [risk_table, entity_list]
  source: "a test"
  risk_level: high
  aliases:
    - "Harbin Gongye Daxue"
  sub_units:
    - "Harbin Institute of Technology (Weihai)"
  lists:
    - list: "cn_defence_risk"
      version: "2026-12-01"
      reference: "harbin-institute-of-technology"
      name: "Harbin Institute of Technology"
- id: cn-air-force-harbin-flight-academy
  name: "Air Force Harbin Flight Academy"
  country: CN
  type: academy
  tags: [dod_1286]
  source: "a test"
  risk_level: medium
)yaml";

Error LoadError(const std::string& yaml) {
  const testing::DataDirWithRegistry data(yaml, "concern.yaml");
  auto resolver = AffiliationResolver::Load(data.path());
  EXPECT_FALSE(resolver.ok());
  return resolver.ok() ? Error{} : resolver.error();
}

TEST(RegistryLoading, ABuiltFileSupplementsTheShippedEntries) {
  const testing::DataDirWithRegistry data(kSupplement, "concern.yaml");
  auto resolver = AffiliationResolver::Load(data.path());
  ASSERT_TRUE(resolver.ok()) << resolver.error().ToString();
  auto shipped = AffiliationResolver::Load(testing::ProjectData());
  ASSERT_TRUE(shipped.ok());
  EXPECT_EQ(resolver->institution_count(), shipped->institution_count() + 1);
  EXPECT_EQ(testing::ResolvedId(*resolver, "Harbin Gongye Daxue, Harbin"), "cn-hit");
  const auto tags = testing::ResolvedTags(*resolver, "Harbin Institute of Technology, China");
  EXPECT_TRUE(Has(tags, "seven_sons"));  // the shipped entry's
  EXPECT_TRUE(Has(tags, "dod_1286"));
  EXPECT_TRUE(Has(tags, "risk_table"));  // the built file's
  EXPECT_TRUE(Has(tags, "entity_list"));
  EXPECT_EQ(testing::ResolvedId(*resolver, "Air Force Harbin Flight Academy, Harbin, China"),
            "cn-air-force-harbin-flight-academy");
}

TEST(RegistryLoading, ASupplementMustKeepTheCountry) {
  const Error error = LoadError(
      "- id: cn-hit\n  name: Harbin Institute of Technology\n  country: KR\n  type: university\n"
      "  source: test\n");
  EXPECT_NE(error.message.find("supplements the entry of"), std::string::npos) << error.message;
  EXPECT_NE(error.where.file.find("institutions/concern.yaml"), std::string::npos);
}

TEST(RegistryLoading, AnIdTwiceInOneFileIsStillAnError) {
  const Error error = LoadError(
      "- id: cn-x\n  name: X Institute Harbin\n  country: CN\n  type: institute\n  source: t\n"
      "- id: cn-x\n  name: X Institute Harbin\n  country: CN\n  type: institute\n  source: t\n");
  EXPECT_NE(error.message.find("duplicate id 'cn-x'"), std::string::npos) << error.message;
}

TEST(RegistryLoading, BadListingFieldsAreErrors) {
  const std::string entry =
      "- id: cn-x\n  name: X Institute Harbin\n  country: CN\n  type: institute\n  source: t\n";
  Error error = LoadError(entry + "  risk_level: extreme\n");
  EXPECT_NE(error.message.find("risk_level 'extreme'"), std::string::npos) << error.message;
  error = LoadError(entry + "  lists:\n    - list: dod_1286\n      edition: 2024\n");
  EXPECT_NE(error.message.find("edition"), std::string::npos) << error.message;
  error = LoadError(entry + "  lists:\n    - version: 2024\n");
  EXPECT_NE(error.message.find("list"), std::string::npos) << error.message;
  error = LoadError(entry + "  lists: dod_1286\n");
  EXPECT_NE(error.message.find("lists must be a list"), std::string::npos) << error.message;
  error = LoadError(entry + "  sub_units: [[a]]\n");
  EXPECT_NE(error.message.find("sub_units"), std::string::npos) << error.message;
}

}  // namespace
}  // namespace catchall
