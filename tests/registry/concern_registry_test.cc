// The registry of concern built from small fixtures of real list entries (tests/registry/data):
// which entries take part, how they merge with each other and with the base registry, sub-units
// rolled up, risk levels, listings, and the written file loading back into the resolver.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "registry/registry_support.h"

namespace catchall {
namespace {

using testing::FindEntry;
using testing::Has;
using testing::Listings;
using testing::RegistryFixture;

class ConcernRegistryTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    built_ = new testing::Built(testing::BuildFrom(
        {RegistryFixture("dod_1286_small.csv"), RegistryFixture("risk_table_small.csv"),
         RegistryFixture("un_dprk_small.xml"), RegistryFixture("csl_small.csv")}));
  }
  static void TearDownTestSuite() { delete built_; }

  static const ConcernRegistry& registry() { return built_->registry; }
  // The version the loader gave the list `key`.
  static std::string Version(const std::string& key) {
    for (const EntityList& list : built_->lists) {
      if (list.source.list == key) return list.source.version;
    }
    return "?";
  }

  static testing::Built* built_;
};

testing::Built* ConcernRegistryTest::built_ = nullptr;

TEST_F(ConcernRegistryTest, ExactlyTheExpectedEntries) {
  std::vector<std::string> ids;
  for (const RegistryEntry& entry : registry().entries) ids.push_back(entry.id);
  // Base entries first (in the base registry's order), then the new ones in list order. The
  // person (KPi.001) and the Entity List company that is no institution (Huawei) are left out.
  EXPECT_EQ(ids,
            (std::vector<std::string>{"kp-academy-of-national-defence-science", "cn-hit", "cn-casc",
                                      "cn-amms", "cn-air-force-harbin-flight-academy",
                                      "cn-china-electronics-technology-group-corporation",
                                      "kp-korea-foreign-technical-trade-center",
                                      "cn-academy-of-aerospace-solid-propulsion-technology"}));
  const RegistryCounts& counts = registry().counts;
  EXPECT_EQ(counts.entries, 8u);
  EXPECT_EQ(counts.base_entries, 4u);
  // 5 DoD 1286 (HIT's two editions are one) + 5 risk table + 2 UN + 4 CSL institutions (CASC,
  // kept as the parent organisation, and Huawei aside).
  EXPECT_EQ(counts.list_entries, 16u);
  EXPECT_EQ(counts.sub_units, 5u);
}

TEST_F(ConcernRegistryTest, HarbinInstituteOfTechnologyIsOneEntry) {
  const RegistryEntry* hit = FindEntry(registry(), "cn-hit");
  ASSERT_NE(hit, nullptr);
  EXPECT_EQ(hit->name, "Harbin Institute of Technology");  // the base entry's fields stay
  EXPECT_EQ(hit->country, "CN");
  EXPECT_EQ(hit->city, "Harbin");
  EXPECT_EQ(hit->risk_level, "high");
  // The DoD editions are one list entry; "(Weihai)" is the base alias "... Technology Weihai".
  EXPECT_EQ(Listings(*hit),
            (std::vector<std::string>{"dod_1286 harbin-institute-of-technology",
                                      "cn_defence_risk harbin-institute-of-technology",
                                      "cn_defence_risk harbin-institute-of-technology-weihai",
                                      "us_csl c1"}));
  EXPECT_EQ(hit->lists[0].version, Version("dod_1286"));
  EXPECT_EQ(hit->lists[0].name, "Harbin Institute of Technology");
  EXPECT_TRUE(hit->sub_units.empty());
  for (const char* tag : {"seven_sons", "dod_1286", "risk_table", "entity_list"}) {
    EXPECT_TRUE(Has(hit->tags, tag)) << tag;
  }
  EXPECT_TRUE(Has(hit->aliases, "Harbin Inst Technol"));  // the base aliases stay
  EXPECT_TRUE(Has(hit->aliases, "Harbin Gongye Daxue"));  // the Entity List's alias
  EXPECT_FALSE(Has(hit->aliases, "HIT"));                 // a short form of three letters
}

TEST_F(ConcernRegistryTest, SubUnitsRollUpIntoTheirParent) {
  const RegistryEntry* amms = FindEntry(registry(), "cn-amms");
  ASSERT_NE(amms, nullptr);
  EXPECT_EQ(
      amms->sub_units,
      (std::vector<std::string>{
          "Academy of Military Medical Sciences, Field Blood Transfusion Institution",
          "Academy of Military Medical Sciences, Institute of Microbiology and Epidemiology"}));
  EXPECT_TRUE(Has(amms->aliases,
                  "Academy of Military Medical Sciences, Field Blood Transfusion Institution"));
  // The sub-unit's own generic alias would claim every "Institute of Microbial Epidemiology".
  EXPECT_FALSE(Has(amms->aliases, "Institute of Microbial Epidemiology"));
  EXPECT_EQ(amms->lists.size(), 3u);
  EXPECT_EQ(amms->risk_level, "high");

  // A name that starts with another entry's full name.
  const RegistryEntry* cetc =
      FindEntry(registry(), "cn-china-electronics-technology-group-corporation");
  ASSERT_NE(cetc, nullptr);
  EXPECT_EQ(cetc->sub_units, (std::vector<std::string>{
                                 "China Electronics Technology Group Corporation 14th Research "
                                 "Institute"}));
  EXPECT_EQ(cetc->risk_level, "high");  // the parent's HIGH, the sub-unit's MEDIUM
  EXPECT_TRUE(Has(cetc->tags, "defence_industry"));
  EXPECT_TRUE(Has(cetc->tags, "risk_table"));
  EXPECT_EQ(cetc->type, "company");

  // Chains roll up to the top, and the Entity List's parent organisation (no institution word
  // of its own) comes along.
  const RegistryEntry* casc = FindEntry(registry(), "cn-casc");
  ASSERT_NE(casc, nullptr);
  EXPECT_EQ(casc->sub_units,
            (std::vector<std::string>{
                "China Aerospace Science and Technology Corporation 8th Academy",
                "China Aerospace Science and Technology Corporation 8th Academy 811 Research "
                "Institute"}));
  EXPECT_EQ(Listings(*casc), (std::vector<std::string>{"us_csl c3", "us_csl c4", "us_csl c5"}));
  EXPECT_TRUE(Has(casc->tags, "entity_list"));
  EXPECT_TRUE(Has(casc->tags, "defence_industry"));
}

TEST_F(ConcernRegistryTest, NewEntriesTakeTheHighestGradeAndAnId) {
  const RegistryEntry* flight = FindEntry(registry(), "cn-air-force-harbin-flight-academy");
  ASSERT_NE(flight, nullptr);
  EXPECT_EQ(flight->name, "Air Force Harbin Flight Academy");
  EXPECT_EQ(flight->country, "CN");
  EXPECT_EQ(flight->type, "academy");
  EXPECT_EQ(flight->risk_level, "high");  // DoD 1286 high, the fixture's risk table MEDIUM
  EXPECT_EQ(Listings(*flight),
            (std::vector<std::string>{"dod_1286 air-force-harbin-flight-academy",
                                      "cn_defence_risk air-force-harbin-flight-academy"}));
  EXPECT_TRUE(Has(flight->tags, "dod_1286"));
  EXPECT_TRUE(Has(flight->tags, "risk_table"));
  EXPECT_NE(flight->source.find("dod_1286"), std::string::npos) << flight->source;

  const RegistryEntry* aaspt =
      FindEntry(registry(), "cn-academy-of-aerospace-solid-propulsion-technology");
  ASSERT_NE(aaspt, nullptr);
  EXPECT_EQ(aaspt->name, "Academy of Aerospace Solid Propulsion Technology");
  EXPECT_TRUE(Has(aaspt->aliases, "AASPT"));
  EXPECT_TRUE(Has(aaspt->aliases, "Academy of Aerospace Solid Propulsion Technology (AASPT)"));
  EXPECT_EQ(aaspt->tags, (std::vector<std::string>{"meu"}));
  EXPECT_EQ(aaspt->risk_level, "high");
}

TEST_F(ConcernRegistryTest, DprkBodiesOfTheUnList) {
  const RegistryEntry* ands = FindEntry(registry(), "kp-academy-of-national-defence-science");
  ASSERT_NE(ands, nullptr);
  EXPECT_EQ(Listings(*ands), (std::vector<std::string>{"un_sc KPe.021"}));
  EXPECT_EQ(ands->lists[0].version, "2026-02-27T00:00:09.554Z");
  EXPECT_EQ(ands->lists[0].name, "ACADEMY OF NATIONAL DEFENSE SCIENCE");
  EXPECT_TRUE(Has(ands->tags, "un_1718"));
  EXPECT_EQ(ands->risk_level, "high");
  // Its UN alias (the cross-reference "(KPE.018)" taken off) is another base entry's name.
  for (const std::string& alias : ands->aliases) {
    EXPECT_EQ(alias.find("SECOND ACADEMY"), std::string::npos) << alias;
  }

  const RegistryEntry* trade = FindEntry(registry(), "kp-korea-foreign-technical-trade-center");
  ASSERT_NE(trade, nullptr);
  EXPECT_EQ(trade->country, "KP");
  EXPECT_EQ(trade->name, "KOREA FOREIGN TECHNICAL TRADE CENTER");
  EXPECT_EQ(Listings(*trade), (std::vector<std::string>{"un_sc KPe.037"}));
  EXPECT_EQ(trade->tags, (std::vector<std::string>{"un_1718"}));
}

TEST_F(ConcernRegistryTest, TheWrittenFileReadsBackTheSame) {
  const std::string yaml = RegistryYaml(registry().entries, {"a test registry"});
  testing::TempDir dir("registry_yaml");
  auto read = ReadRegistryFile(dir.Write("concern.yaml", yaml));
  ASSERT_TRUE(read.ok()) << read.error().ToString();
  ASSERT_EQ(read->size(), registry().entries.size());
  for (size_t i = 0; i < read->size(); ++i) {
    const RegistryEntry& a = (*read)[i];
    const RegistryEntry& b = registry().entries[i];
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.aliases, b.aliases);
    EXPECT_EQ(a.tags, b.tags);
    EXPECT_EQ(a.risk_level, b.risk_level);
    EXPECT_EQ(a.sub_units, b.sub_units);
    EXPECT_EQ(Listings(a), Listings(b));
  }
}

TEST_F(ConcernRegistryTest, AffiliationsResolveToTheBuiltEntries) {
  auto resolver = testing::ResolverWith(registry().entries);
  ASSERT_TRUE(resolver.ok()) << resolver.error().ToString();
  EXPECT_EQ(testing::ResolvedId(*resolver, "Air Force Harbin Flight Academy, Harbin, China"),
            "cn-air-force-harbin-flight-academy");
  EXPECT_EQ(testing::ResolvedId(*resolver,
                                "China Electronics Technology Group Corporation 14th Research "
                                "Institute, Nanjing 210039, Peoples R China"),
            "cn-china-electronics-technology-group-corporation");
  EXPECT_EQ(testing::ResolvedId(*resolver,
                                "Korea Foreign Technical Trade Center, Pyongyang, "
                                "Democratic People's Republic of Korea"),
            "kp-korea-foreign-technical-trade-center");
  // A base entry the file supplements keeps its id and gains the lists' tags.
  EXPECT_EQ(testing::ResolvedId(*resolver, "Harbin Gongye Daxue, Harbin, China"), "cn-hit");
  const std::vector<std::string> tags =
      testing::ResolvedTags(*resolver, "Harbin Institute of Technology, Harbin, China");
  EXPECT_TRUE(Has(tags, "seven_sons"));
  EXPECT_TRUE(Has(tags, "risk_table"));
  EXPECT_TRUE(Has(tags, "entity_list"));
}

}  // namespace
}  // namespace catchall
