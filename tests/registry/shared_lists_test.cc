// The registry of concern built from the real lists of ../shared/data (skipped when absent):
// DoD 1286, DoD 1260H, the risk table, BIS MIEU, the CSL, the UN list and the OFAC SDN set.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "registry/registry_support.h"

namespace catchall {
namespace {

using testing::FindEntry;
using testing::Has;

class SharedListsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string root = testing::SharedData();
    if (root.empty()) return;
    std::vector<std::string> paths;
    for (const char* folder :
         {"us-section1286-research-institutions", "us-dod-1260h-chinese-military-companies",
          "china-defence-institutions-risk", "us-bis-mieu", "us-csl", "un-consolidated",
          "ofac-sdn-legacy-csv"}) {
      const std::string path = (std::filesystem::path(root) / folder).string();
      if (!std::filesystem::is_directory(path)) return;
      paths.push_back(path);
    }
    built_ = new testing::Built(testing::BuildFrom(paths));
  }
  static void TearDownTestSuite() { delete built_; }

  void SetUp() override {
    if (built_ == nullptr) GTEST_SKIP() << "shared data not found (../shared/data)";
  }

  static const ConcernRegistry& registry() { return built_->registry; }
  static testing::Built* built_;
};

testing::Built* SharedListsTest::built_ = nullptr;

TEST_F(SharedListsTest, OneEntryPerInstitution) {
  const RegistryCounts& counts = registry().counts;
  EXPECT_GT(counts.entries, 1500u);
  EXPECT_GT(counts.merged_entries, 100u);
  EXPECT_GT(counts.sub_units, 100u);
  std::set<std::string> ids;
  size_t harbin = 0;
  for (const RegistryEntry& entry : registry().entries) {
    EXPECT_TRUE(ids.insert(entry.id).second) << "duplicate id " << entry.id;
    EXPECT_FALSE(entry.lists.empty()) << entry.id;
    EXPECT_FALSE(entry.risk_level.empty()) << entry.id;
    harbin += entry.name == "Harbin Institute of Technology";
  }
  EXPECT_EQ(harbin, 1u);
}

TEST_F(SharedListsTest, HarbinInstituteOfTechnology) {
  const RegistryEntry* hit = FindEntry(registry(), "cn-hit");
  ASSERT_NE(hit, nullptr);
  EXPECT_EQ(hit->risk_level, "high");
  std::set<std::string> lists;
  for (const InstitutionListing& listing : hit->lists) lists.insert(listing.list);
  EXPECT_TRUE(lists.count("dod_1286"));
  EXPECT_TRUE(lists.count("cn_defence_risk"));
  EXPECT_TRUE(Has(hit->tags, "dod_1286"));
  EXPECT_TRUE(Has(hit->tags, "risk_table"));
}

TEST_F(SharedListsTest, AcademyOfMilitaryMedicalSciencesHasItsSubUnits) {
  const RegistryEntry* amms = FindEntry(registry(), "cn-amms");
  ASSERT_NE(amms, nullptr);
  EXPECT_GE(amms->sub_units.size(), 10u);
  EXPECT_TRUE(Has(amms->sub_units,
                  "Academy of Military Medical Sciences, Field Blood Transfusion Institution"));
  EXPECT_TRUE(
      Has(amms->sub_units, "Academy of Military Medical Sciences, Institute of Basic Medicine"));
  // No sub-unit is an entry of its own.
  for (const RegistryEntry& entry : registry().entries) {
    EXPECT_NE(entry.name, "Academy of Military Medical Sciences, Institute of Basic Medicine");
  }
}

TEST_F(SharedListsTest, TheDprkBodiesAreEntries) {
  const RegistryEntry* ands = FindEntry(registry(), "kp-academy-of-national-defence-science");
  ASSERT_NE(ands, nullptr);
  bool kpe021 = false;
  for (const InstitutionListing& listing : ands->lists) {
    kpe021 = kpe021 || (listing.list == "un_sc" && listing.reference == "KPe.021");
  }
  EXPECT_TRUE(kpe021);
  EXPECT_NE(FindEntry(registry(), "kp-second-academy-of-natural-sciences"), nullptr);
  EXPECT_NE(FindEntry(registry(), "kp-korea-computer-center"), nullptr);
  // DPRK bodies are KP; front companies the lists place abroad (a Singapore shipping company
  // under the DPRK programme) keep that country, so that their address is no DPRK evidence.
  size_t dprk = 0, abroad = 0;
  for (const RegistryEntry& entry : registry().entries) {
    bool un_or_ofac = false;
    for (const InstitutionListing& listing : entry.lists) {
      un_or_ofac = un_or_ofac || listing.list == "un_sc" || listing.list == "ofac_sdn";
    }
    if (!un_or_ofac) continue;
    (entry.country == "KP" ? dprk : abroad) += 1;
  }
  EXPECT_GT(dprk, 100u);
  EXPECT_GT(abroad, 0u);
  EXPECT_LT(abroad, dprk);
  const RegistryEntry* wt = FindEntry(registry(), "sg-wt-marine-pte-ltd");
  ASSERT_NE(wt, nullptr);
  EXPECT_EQ(wt->country, "SG");
}

TEST_F(SharedListsTest, TheFileLoadsAndAffiliationsResolveToIt) {
  auto resolver = testing::ResolverWith(registry().entries);
  ASSERT_TRUE(resolver.ok()) << resolver.error().ToString();
  EXPECT_EQ(testing::ResolvedId(*resolver, "Harbin Institute of Technology, Harbin, China"),
            "cn-hit");
  EXPECT_EQ(testing::ResolvedId(*resolver,
                                "Academy of Military Medical Sciences, Field Blood Transfusion "
                                "Institution, Beijing 100850, Peoples R China"),
            "cn-amms");
  EXPECT_EQ(testing::ResolvedId(*resolver, "Air Force Harbin Flight Academy, Harbin, China"),
            "cn-air-force-harbin-flight-academy");
  const auto tags =
      testing::ResolvedTags(*resolver, "Harbin Institute of Technology, Harbin, China");
  EXPECT_TRUE(Has(tags, "risk_table"));
  // The shipped resolver's DPRK safety rules still hold with the larger registry.
  EXPECT_NE(testing::ResolvedId(*resolver, "Korea University, Seoul, South Korea"),
            "kp-korea-computer-center");
  EXPECT_EQ(resolver->Resolve(Affiliation{"Korea University, Seoul, South Korea", {}}).country,
            "KR");
}

// Every affiliation of the resolver's case file (tests/resolve/cases.tsv) gets the same country
// with the built registry in the data directory: the lists add institutions, never a DPRK tie.
TEST_F(SharedListsTest, TheResolverCasesKeepTheirCountry) {
  auto resolver = testing::ResolverWith(registry().entries);
  ASSERT_TRUE(resolver.ok()) << resolver.error().ToString();
  auto shipped = AffiliationResolver::Load(testing::ProjectData());
  ASSERT_TRUE(shipped.ok());
  std::istringstream cases(
      testing::ReadFile(std::string(CATCHALL_SOURCE_DIR) + "/tests/resolve/cases.tsv"));
  std::string line;
  size_t checked = 0;
  while (std::getline(cases, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::string raw = line.substr(0, line.find('\t'));
    const AffiliationResolution before = shipped->Resolve(Affiliation{raw, {}});
    const AffiliationResolution after = resolver->Resolve(Affiliation{raw, {}});
    EXPECT_EQ(after.country, before.country) << raw;
    ++checked;
  }
  EXPECT_GT(checked, 400u);
}

}  // namespace
}  // namespace catchall
