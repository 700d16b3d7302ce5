#include <gtest/gtest.h>

#include "funding/funder_registry.h"
#include "funding_support.h"

namespace catchall {
namespace {

TEST(FunderRegistry, ShippedRegistryLoads) {
  const FunderRegistry& registry = testing::ShippedMatcher().registry();
  EXPECT_GE(registry.funders().size(), 60u);
  for (const char* id : {"cn-nsfc",
                         "cn-national-key-rd-program",
                         "cn-csc",
                         "cn-central-universities-fund",
                         "cn-cas-strategic-priority",
                         "cn-postdoctoral-science-foundation",
                         "cn-most",
                         "cn-moe",
                         "cn-973-program",
                         "cn-863-program",
                         "cn-nsf-heilongjiang",
                         "cn-nsf-jilin",
                         "cn-nsf-liaoning",
                         "cn-nsf-shandong",
                         "cn-nsf-jiangsu",
                         "cn-nsf-zhejiang",
                         "cn-nsf-guangdong",
                         "cn-nsf-beijing",
                         "cn-nsf-shanghai",
                         "cn-nsf-tianjin",
                         "cn-nsf-hebei",
                         "cn-nsf-hunan",
                         "cn-nsf-hubei",
                         "cn-nsf-sichuan",
                         "cn-nsf-shaanxi",
                         "cn-nsf-henan",
                         "cn-nsf-fujian",
                         "cn-nsf-anhui",
                         "cn-nsf-chongqing",
                         "jp-jsps",
                         "jp-jst",
                         "jp-mext",
                         "kr-nrf",
                         "us-nsf",
                         "us-nih",
                         "us-doe",
                         "de-dfg",
                         "eu-erc",
                         "eu-horizon-2020",
                         "gb-ukri",
                         "gb-epsrc",
                         "ru-rfbr",
                         "ru-rsf",
                         "se-vr"}) {
    const FunderInfo* info = registry.Find(id);
    ASSERT_NE(info, nullptr) << id;
    EXPECT_TRUE(info->government) << id;
    EXPECT_FALSE(info->source.empty()) << id;
  }
  for (const auto& info : registry.funders()) {
    if (info.id.rfind("cn-nsf-", 0) == 0) {
      EXPECT_EQ(info.country, "CN") << info.id;
      EXPECT_TRUE(info.government) << info.id;
    }
  }
  EXPECT_FALSE(registry.Find("us-gates-foundation")->government);
  EXPECT_EQ(registry.Find("cn-nsfc")->country, "CN");
  EXPECT_EQ(registry.Find("eu-erc")->country, "EU");
}

const char* const kGood = R"(- id: cn-nsfc
  name: "National Natural Science Foundation of China"
  country: CN
  government: true
  type: national science foundation
  source: "https://www.nsfc.gov.cn/"
  aliases: ["NSFC"]
)";

Error ParseError(const std::string& yaml) {
  Result<FunderRegistry> registry = FunderRegistry::Parse(yaml, "bad.yaml");
  EXPECT_FALSE(registry.ok()) << yaml;
  return registry.ok() ? Error{} : registry.error();
}

TEST(FunderRegistry, ParsesAGoodEntry) {
  Result<FunderRegistry> registry = FunderRegistry::Parse(kGood, "good.yaml");
  ASSERT_TRUE(registry.ok()) << registry.error().ToString();
  ASSERT_EQ(registry->funders().size(), 1u);
  EXPECT_EQ(registry->funders()[0].aliases, std::vector<std::string>{"NSFC"});
  EXPECT_EQ(registry->funders()[0].line, 1u);
}

TEST(FunderRegistry, RefusesUnknownField) {
  const Error e = ParseError(std::string(kGood) + "  budget: 100\n");
  EXPECT_EQ(e.where.file, "bad.yaml");
  EXPECT_EQ(e.where.line, 8u);
  EXPECT_NE(e.message.find("unknown field 'budget'"), std::string::npos) << e.message;
}

TEST(FunderRegistry, RefusesMissingSource) {
  const std::string yaml = std::string(kGood) +
                           "- id: x-one\n  name: \"One\"\n  country: CN\n  government: true\n"
                           "  type: company\n";
  const Error e = ParseError(yaml);
  EXPECT_EQ(e.where.line, 8u);
  EXPECT_NE(e.message.find("lacks 'source'"), std::string::npos) << e.message;
}

TEST(FunderRegistry, RefusesBadCountry) {
  std::string yaml = kGood;
  yaml.replace(yaml.find("country: CN"), 11, "country: XX");
  const Error e = ParseError(yaml);
  EXPECT_EQ(e.where.line, 3u);
  EXPECT_NE(e.message.find("unknown country code 'XX'"), std::string::npos) << e.message;
  yaml.replace(yaml.find("country: XX"), 11, "country: cn");
  EXPECT_NE(ParseError(yaml).message.find("unknown country code"), std::string::npos);
}

TEST(FunderRegistry, RefusesDuplicateId) {
  std::string second = kGood;
  second.replace(second.find("NSFC"), 4, "NSFC2");
  second.replace(second.find("National Natural"), 16, "Other Natural");
  const Error e = ParseError(std::string(kGood) + second);
  EXPECT_EQ(e.where.line, 8u);
  EXPECT_NE(e.message.find("duplicate id 'cn-nsfc' (first on line 1)"), std::string::npos)
      << e.message;
}

TEST(FunderRegistry, RefusesAliasOfTwoFunders) {
  std::string second = kGood;
  second.replace(second.find("cn-nsfc"), 7, "cn-other");
  second.replace(second.find("National Natural"), 16, "Other Natural");
  const Error e = ParseError(std::string(kGood) + second);
  EXPECT_EQ(e.where.line, 8u);
  EXPECT_NE(e.message.find("already a name of 'cn-nsfc'"), std::string::npos) << e.message;
}

TEST(FunderRegistry, RefusesBadGovernmentTypeAndYaml) {
  std::string yaml = kGood;
  yaml.replace(yaml.find("government: true"), 16, "government: yes");
  Error e = ParseError(yaml);
  EXPECT_EQ(e.where.line, 4u);
  EXPECT_NE(e.message.find("true or false"), std::string::npos) << e.message;

  yaml = kGood;
  yaml.replace(yaml.find("type: national"), 14, "type: nationalx");
  e = ParseError(yaml);
  EXPECT_EQ(e.where.line, 5u);
  EXPECT_NE(e.message.find("unknown type"), std::string::npos) << e.message;

  e = ParseError(std::string(kGood) + "- id: [unclosed\n");
  EXPECT_GE(e.where.line, 8u);
  EXPECT_NE(e.message.find("invalid YAML"), std::string::npos) << e.message;

  e = ParseError("id: not-a-list\n");
  EXPECT_EQ(e.where.line, 1u);
}

TEST(FunderRegistry, MissingFileIsAnError) {
  Result<FunderRegistry> registry = FunderRegistry::Load("/nonexistent/funders.yaml");
  ASSERT_FALSE(registry.ok());
  EXPECT_EQ(registry.error().where.file, "/nonexistent/funders.yaml");
}

}  // namespace
}  // namespace catchall
