#include <gtest/gtest.h>

#include "funding/funder_matcher.h"
#include "funding_support.h"

namespace catchall {
namespace {

using testing::FindId;
using testing::Ids;
using testing::ShippedMatcher;
using Strings = std::vector<std::string>;

std::vector<NormalizedFunder> Text(const std::string& text) {
  return ShippedMatcher().MatchText(text);
}

TEST(FunderMatcher, SeveralFundersInOneSentence) {
  const auto found = Text(
      "This work was supported by the National Natural Science Foundation of China (Nos. "
      "11772103, 51575140) and the Fundamental Research Funds for the Central Universities "
      "(HIT.NSRIF.2020001).");
  ASSERT_EQ(Ids(found), (Strings{"cn-nsfc", "cn-central-universities-fund"}));
  EXPECT_EQ(found[0].award_ids, (Strings{"11772103", "51575140"}));
  EXPECT_EQ(found[0].matched_text, "National Natural Science Foundation of China");
  EXPECT_EQ(found[0].country, "CN");
  EXPECT_TRUE(found[0].government);
  EXPECT_EQ(found[0].origin, FunderOrigin::kFundingText);
  EXPECT_EQ(found[1].award_ids, (Strings{"HIT.NSRIF.2020001"}));
}

TEST(FunderMatcher, ManyChineseFundersAndAcronyms) {
  const auto found = Text(
      "Financial support from the National Key R&D Program of China (2017YFA0700500), NSFC "
      "(Grant No. 21673024), the Strategic Priority Research Program of the Chinese Academy of "
      "Sciences (XDB20000000), the China Postdoctoral Science Foundation (2019M651234) and the "
      "China Scholarship Council (CSC) is acknowledged.");
  ASSERT_EQ(Ids(found),
            (Strings{"cn-national-key-rd-program", "cn-nsfc", "cn-cas-strategic-priority",
                     "cn-postdoctoral-science-foundation", "cn-csc"}));
  EXPECT_EQ(found[0].award_ids, Strings{"2017YFA0700500"});
  EXPECT_EQ(found[1].award_ids, Strings{"21673024"});
  EXPECT_EQ(found[2].award_ids, Strings{"XDB20000000"});
  EXPECT_EQ(found[3].award_ids, Strings{"2019M651234"});
  EXPECT_TRUE(found[4].award_ids.empty());
}

TEST(FunderMatcher, AcronymsOnlyInUpperCaseAsWholeTokens) {
  EXPECT_EQ(Ids(Text("Supported by CSC.")), Strings{"cn-csc"});
  // "csc" in lower case or inside a word is not the China Scholarship Council.
  for (const char* text : {"The csc matrix format was used.", "funded by NSFCX project 12345"}) {
    for (const auto& f : Text(text)) EXPECT_NE(f.registry_id, "cn-csc") << text;
    for (const auto& f : Text(text)) EXPECT_NE(f.registry_id, "cn-nsfc") << text;
  }
  EXPECT_EQ(Ids(Text("This work was funded by JSPS KAKENHI Grant Number JP17H01234.")),
            Strings{"jp-jsps"});
}

TEST(FunderMatcher, CaseAndDiacriticInsensitiveNames) {
  EXPECT_EQ(Ids(Text("NATIONAL NATURAL SCIENCE FOUNDATION OF CHINA 11772103")), Strings{"cn-nsfc"});
  EXPECT_EQ(Ids(Text("Supported by Vetenskapsradet (2016-04567)")), Strings{"se-vr"});
  EXPECT_EQ(Ids(Text("Supported by the Swedish Research Council (VR)")), Strings{"se-vr"});
}

TEST(FunderMatcher, ScopusFundingDetailsShape) {
  const auto found = Text(
      "National Natural Science Foundation of China, NSFC: 11772103; Heilongjiang Provincial "
      "Natural Science Foundation: LH2019E042; China Scholarship Council, CSC");
  ASSERT_EQ(Ids(found), (Strings{"cn-nsfc", "cn-nsf-heilongjiang", "cn-csc"}));
  EXPECT_EQ(found[0].award_ids, Strings{"11772103"});
  EXPECT_EQ(found[1].award_ids, Strings{"LH2019E042"});
}

TEST(FunderMatcher, WosFundingShape) {
  const auto found = Text(
      "National Natural Science Foundation of China [11772103, 51575140]; Natural Science "
      "Foundation of Jiangsu Province [BK20180123]; Fundamental Research Funds for the Central "
      "Universities [2019B12345]");
  ASSERT_EQ(Ids(found), (Strings{"cn-nsfc", "cn-nsf-jiangsu", "cn-central-universities-fund"}));
  EXPECT_EQ(found[0].award_ids, (Strings{"11772103", "51575140"}));
  EXPECT_EQ(found[1].award_ids, Strings{"BK20180123"});
  EXPECT_EQ(found[2].award_ids, Strings{"2019B12345"});
}

TEST(FunderMatcher, NamesDoNotReachIntoAwardIds) {
  // The alias "National Research Foundation of Korea (NRF)" must not swallow the "NRF" of the id.
  const auto found = Text(
      "China Postdoctoral Science Foundation [25200502]; National Research Foundation of Korea "
      "[NRF-2021-616200]");
  ASSERT_EQ(Ids(found), (Strings{"cn-postdoctoral-science-foundation", "kr-nrf"}));
  EXPECT_EQ(found[0].award_ids, Strings{"25200502"});
  EXPECT_EQ(found[1].matched_text, "National Research Foundation of Korea");
  EXPECT_EQ(found[1].award_ids, Strings{"NRF-2021-616200"});
}

TEST(FunderMatcher, GrantBeforeItsFunder) {
  const auto found = Text(
      "This research was supported by grant 11772103 from the National Natural Science "
      "Foundation of China and grant R01GM123456 from the National Institutes of Health.");
  ASSERT_EQ(Ids(found), (Strings{"cn-nsfc", "us-nih"}));
  EXPECT_EQ(found[0].award_ids, Strings{"11772103"});
  EXPECT_EQ(found[1].award_ids, Strings{"R01GM123456"});
}

TEST(FunderMatcher, ProvincialFoundationsInTheirForms) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Natural Science Foundation of Heilongjiang Province of China (LH2020E001)",
       "cn-nsf-heilongjiang"},
      {"Jilin Provincial Natural Science Foundation (20200201001JC)", "cn-nsf-jilin"},
      {"the Natural Science Foundation of Liaoning Province (2019-MS-123)", "cn-nsf-liaoning"},
      {"Shandong Provincial Natural Science Foundation, China (ZR2019MA012)", "cn-nsf-shandong"},
      {"Zhejiang Provincial Natural Science Foundation of China", "cn-nsf-zhejiang"},
      {"Guangdong Natural Science Foundation", "cn-nsf-guangdong"},
      {"Beijing Natural Science Foundation (Z180007)", "cn-nsf-beijing"},
      {"Natural Science Foundation of Shanghai (19ZR1400000)", "cn-nsf-shanghai"},
      {"Natural Science Foundation of Tianjin City", "cn-nsf-tianjin"},
      {"Natural Science Foundation of Hebei Province", "cn-nsf-hebei"},
      {"Hunan Provincial Natural Science Foundation of China", "cn-nsf-hunan"},
      {"Natural Science Foundation of Hubei Province", "cn-nsf-hubei"},
      {"Sichuan Natural Science Foundation", "cn-nsf-sichuan"},
      {"Natural Science Basic Research Plan in Shaanxi Province of China (2019JM-123)",
       "cn-nsf-shaanxi"},
      {"Shaanxi Provincial Natural Science Foundation", "cn-nsf-shaanxi"},
      {"Natural Science Foundation of Henan Province", "cn-nsf-henan"},
      {"Natural Science Foundation of Fujian Province", "cn-nsf-fujian"},
      {"Anhui Provincial Natural Science Foundation (1908085QA12)", "cn-nsf-anhui"},
      {"Natural Science Foundation of Chongqing (cstc2019jcyj-msxmX0123)", "cn-nsf-chongqing"},
      {"重庆市自然科学基金", "cn-nsf-chongqing"},
      {"山东省自然科学基金(ZR2019MA012)", "cn-nsf-shandong"},
  };
  for (const auto& [text, id] : cases) {
    const auto found = Text(text);
    EXPECT_NE(FindId(found, id), nullptr) << text;
    for (const auto& f : found) {
      if (!f.registry_id.empty()) {
        EXPECT_EQ(f.registry_id, id) << text;
      }
    }
  }
}

TEST(FunderMatcher, ChineseText) {
  const auto found = Text(
      "本研究得到国家自然科学基金(11772103, 51575140)、国家重点研发计划(2017YFA0700500)、"
      "中央高校基本科研业务费专项资金和黑龙江省博士后科研启动基金(LBH-Q19001)的资助。");
  ASSERT_GE(found.size(), 4u);
  EXPECT_EQ(Ids(found)[0], "cn-nsfc");
  EXPECT_EQ(Ids(found)[1], "cn-national-key-rd-program");
  EXPECT_EQ(Ids(found)[2], "cn-central-universities-fund");
  EXPECT_EQ(found[0].award_ids, (Strings{"11772103", "51575140"}));
  EXPECT_EQ(found[1].award_ids, Strings{"2017YFA0700500"});
  // Not in the registry, kept by name with its grant.
  EXPECT_EQ(found[3].registry_id, "");
  EXPECT_EQ(found[3].name, "黑龙江省博士后科研启动基金");
  EXPECT_EQ(found[3].award_ids, Strings{"LBH-Q19001"});
}

TEST(FunderMatcher, ChineseGrantWordsAfterAFunderAreNotAFunder) {
  const auto found = Text("国家自然科学基金资助项目(51575140);黑龙江省自然科学基金(E2017032)");
  ASSERT_EQ(Ids(found), (Strings{"cn-nsfc", "cn-nsf-heilongjiang"}));
  EXPECT_EQ(found[0].award_ids, Strings{"51575140"});
  EXPECT_EQ(found[1].award_ids, Strings{"E2017032"});
  EXPECT_EQ(Ids(Text("上海市科学技术委员会(19ZR1400000)")), Strings{"cn-stcsm"});
}

TEST(FunderMatcher, JapaneseText) {
  const auto found = Text("本研究はJSPS科研費 JP19K05678 の助成を受けたものです。文部科学省");
  EXPECT_NE(FindId(found, "jp-jsps"), nullptr);
  EXPECT_NE(FindId(found, "jp-mext"), nullptr);
  EXPECT_EQ(FindId(found, "jp-jsps")->award_ids, Strings{"JP19K05678"});
}

TEST(FunderMatcher, GrantNumbersOnly) {
  const auto found = Text("11772103, 51575140; 2017YFA0700500");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].registry_id, "");
  EXPECT_EQ(found[0].name, "");
  EXPECT_EQ(found[0].matched_text, "11772103, 51575140; 2017YFA0700500");
  EXPECT_EQ(found[0].award_ids, (Strings{"11772103", "51575140", "2017YFA0700500"}));
}

TEST(FunderMatcher, UnknownFundersKeptByName) {
  const auto found = Text(
      "We thank the Harbin Engineering Talent Fund (HETF-2020-01) and the Foo Bar Trust for "
      "support, and the National Natural Science Foundation of China.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].name, "Harbin Engineering Talent Fund");
  EXPECT_EQ(found[0].award_ids, Strings{"HETF-2020-01"});
  EXPECT_EQ(found[1].name, "Foo Bar Trust");
  EXPECT_EQ(found[2].registry_id, "cn-nsfc");
}

TEST(FunderMatcher, OddTextIsNotLost) {
  const auto found = Text("supported by my colleagues");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].matched_text, "supported by my colleagues");
  EXPECT_TRUE(Text("  ").empty());
}

TEST(FunderMatcher, AmbiguousNamesStayUnmatched) {
  // Three countries have a "National Research Foundation"; the bare name is kept as printed.
  const auto found = Text("Supported by the National Research Foundation (grant 123456).");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].registry_id, "");
  EXPECT_EQ(found[0].name, "National Research Foundation");
  EXPECT_EQ(found[0].award_ids, Strings{"123456"});
  EXPECT_EQ(Ids(Text("National Research Foundation, Prime Minister's Office, Singapore")),
            Strings{"sg-nrf"});
}

TEST(FunderMatcher, YearsAndProgrammeNumbersAreNotGrants) {
  const auto found = Text("Supported by the 973 Program (2015CB654321) and Horizon 2020 in 2019.");
  ASSERT_EQ(Ids(found), (Strings{"cn-973-program", "eu-horizon-2020"}));
  EXPECT_EQ(found[0].award_ids, Strings{"2015CB654321"});
  EXPECT_TRUE(found[1].award_ids.empty());
  EXPECT_EQ(Ids(Text("funded by H2020 grant 123456")), Strings{"eu-horizon-2020"});
}

TEST(FunderMatcher, ForeignMajorFunders) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"U.S. National Science Foundation under grant DMR-1234567", "us-nsf"},
      {"NSF grant CHE-1800000", "us-nsf"},
      {"Deutsche Forschungsgemeinschaft (DFG, German Research Foundation) - 390740016", "de-dfg"},
      {"the European Research Council (ERC) under the European Union's Horizon 2020 research and "
       "innovation programme (grant agreement No 694097)",
       "eu-erc"},
      {"Engineering and Physical Sciences Research Council (EP/R012345/1)", "gb-epsrc"},
      {"Russian Foundation for Basic Research (project 18-29-19091)", "ru-rfbr"},
      {"Russian Science Foundation, grant 19-72-10104", "ru-rsf"},
      {"National Research Foundation of Korea (NRF) grant funded by the Korea government (MSIT) "
       "(No. 2019R1A2C1001234)",
       "kr-nrf"},
      {"U.S. Department of Energy, Office of Science, under contract DE-AC02-06CH11357", "us-doe"},
      {"Japan Science and Technology Agency (JST) CREST JPMJCR1234", "jp-jst"},
  };
  for (const auto& [text, id] : cases) {
    const auto found = Text(text);
    ASSERT_FALSE(found.empty()) << text;
    EXPECT_EQ(found[0].registry_id, id) << text;
  }
  const auto nrf = Text(cases[7].first);
  EXPECT_EQ(Ids(nrf), (Strings{"kr-nrf", "kr-msit"}));
  EXPECT_EQ(nrf[1].award_ids, Strings{"2019R1A2C1001234"});
}

TEST(FunderMatcher, FundersListFromDatabases) {
  // OpenAlex grants: funder_display_name and award_id.
  const std::vector<Funder> openalex = {
      {"National Natural Science Foundation of China", "11772103",
       "https://openalex.org/F4320321001"},
      {"Japan Society for the Promotion of Science", "JP17H01234", ""},
      {"Heilongjiang Bayi Agricultural University Talent Fund", "XDB-2019", ""},
      {"China Scholarship Council", "", ""},
  };
  const auto found = ShippedMatcher().MatchFunders(openalex);
  ASSERT_EQ(Ids(found), (Strings{"cn-nsfc", "jp-jsps", "", "cn-csc"}));
  EXPECT_EQ(found[0].award_ids, Strings{"11772103"});
  EXPECT_EQ(found[0].origin, FunderOrigin::kFundersList);
  EXPECT_EQ(found[2].name, "Heilongjiang Bayi Agricultural University Talent Fund");
  EXPECT_EQ(found[2].award_ids, Strings{"XDB-2019"});
  // WoS FU items with the grants still in brackets, Scopus names with the acronym, and the
  // readers' one Funder per award, merged.
  const auto wos = ShippedMatcher().MatchFunders(
      {{"National Natural Science Foundation of China [11772103, 51575140]", "", ""},
       {"National Natural Science Foundation of China, NSFC", "61471234", ""},
       {"Natural Science Foundation of Heilongjiang Province", "LH2019E042", ""},
       {"Natural Science Foundation of Heilongjiang Province", "LH2020E001", ""},
       {"", "2019YFB1234567", ""}});
  ASSERT_EQ(Ids(wos), (Strings{"cn-nsfc", "cn-nsf-heilongjiang", ""}));
  EXPECT_EQ(wos[0].award_ids, (Strings{"11772103", "51575140", "61471234"}));
  EXPECT_EQ(wos[1].award_ids, (Strings{"LH2019E042", "LH2020E001"}));
  EXPECT_EQ(wos[2].name, "");
  EXPECT_EQ(wos[2].award_ids, Strings{"2019YFB1234567"});
}

TEST(FunderMatcher, PublicationMergesListAndText) {
  Publication pub;
  pub.funders = {{"National Natural Science Foundation of China", "11772103", ""},
                 {"Some Local Fund", "", ""}};
  pub.funding_text =
      "Supported by the National Natural Science Foundation of China (11772103, 51575140) and "
      "the China Scholarship Council; the Some Local Fund; 99887766.";
  const auto found = ShippedMatcher().Match(pub);
  ASSERT_EQ(Ids(found), (Strings{"cn-nsfc", "cn-csc", ""}));
  EXPECT_EQ(found[0].origin, FunderOrigin::kBoth);
  EXPECT_EQ(found[0].award_ids, (Strings{"11772103", "51575140"}));
  EXPECT_EQ(found[1].origin, FunderOrigin::kFundingText);
  EXPECT_EQ(found[2].name, "Some Local Fund");
  EXPECT_EQ(found[2].origin, FunderOrigin::kBoth);
  EXPECT_EQ(found[2].award_ids, Strings{"99887766"});
  EXPECT_STREQ(FunderOriginName(FunderOrigin::kBoth), "both");
}

TEST(FunderMatcher, GovernmentShares) {
  const auto& m = ShippedMatcher();
  const std::vector<std::vector<NormalizedFunder>> records = {
      m.MatchText("National Natural Science Foundation of China (11772103); JSPS KAKENHI"),
      m.MatchText("China Scholarship Council and the Natural Science Foundation of Jilin Province"),
      m.MatchText("Bill & Melinda Gates Foundation"),
      m.MatchText("11772103"),
  };
  const auto shares = GovernmentFundingShares(records);
  ASSERT_EQ(shares.size(), 2u);
  EXPECT_EQ(shares[0].country, "CN");
  EXPECT_EQ(shares[0].records, 2u);  // counted once per record, not per funder
  EXPECT_DOUBLE_EQ(shares[0].share, 0.5);
  EXPECT_EQ(shares[1].country, "JP");
  EXPECT_DOUBLE_EQ(shares[1].share, 0.25);
  EXPECT_TRUE(GovernmentFundingShares({}).empty());
}

TEST(FunderMatcher, ArbitraryBytesAreSafe) {
  // Deterministic junk: invalid UTF-8, lone brackets, digits, CJK fragments.
  uint32_t state = 12345;
  const std::string alphabet = "aZ09 .,;:()[]-/NSFC\xE5\x9F\xBA\xE9\x87\x91\xFF\x80";
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (int i = 0; i < round; ++i) {
      state = state * 1103515245u + 12345u;
      text += alphabet[(state >> 16) % alphabet.size()];
    }
    const auto found = ShippedMatcher().MatchText(text);
    for (const auto& f : found) EXPECT_LE(f.matched_text.size(), text.size());
  }
}

}  // namespace
}  // namespace catchall
