// An institution the source linked to an affiliation (OpenAlex institutions[]) that is in the
// registry counts as evidence when the text names none; its country_code may be wrong.
#include <gtest/gtest.h>

#include "resolver_support.h"

namespace catchall::testing {
namespace {

AffiliationResolution ResolveWithSource(const std::string& raw, const std::string& name,
                                        const std::string& code) {
  Affiliation affiliation;
  affiliation.raw = raw;
  SourceInstitution source;
  source.display_name = name;
  source.country_code = code;
  affiliation.source_institutions.push_back(source);
  return ProjectResolver().Resolve(affiliation);
}

TEST(SourceInstitutionEvidence, ADprkInstitutionMakesBareKoreaKp) {
  const auto r = ResolveWithSource("Faculty of Physics, Korea", "Kim Il Sung University", "KP");
  EXPECT_EQ(r.country, "KP");
  ASSERT_TRUE(r.institution.has_value());
  EXPECT_EQ(r.institution->id, "kp-kim-il-sung-university");
  EXPECT_FALSE(r.conflict());
}

TEST(SourceInstitutionEvidence, AWrongSourceCodeIsOverruledAndFlagged) {
  const auto r = ResolveWithSource("Department of Physics", "Kim Il Sung University", "KR");
  EXPECT_EQ(r.country, "KP");
  EXPECT_TRUE(r.conflict());
  EXPECT_FALSE(r.warnings.empty());
}

TEST(SourceInstitutionEvidence, AnRokInstitutionStaysKrWhateverTheCode) {
  const auto r = ResolveWithSource("Institute of Mathematics, Korea", "Korea University", "KP");
  EXPECT_EQ(r.country, "KR");
  EXPECT_TRUE(r.conflict());
}

TEST(SourceInstitutionEvidence, TheTextsOwnInstitutionComesFirst) {
  const auto r =
      ResolveWithSource("Korea University, Seoul, South Korea", "Kim Il Sung University", "KP");
  EXPECT_EQ(r.country, "KR");
  EXPECT_TRUE(r.conflict());
}

TEST(SourceInstitutionEvidence, BareKoreaWithOnlyAKpCodeStaysKr) {
  const auto r = ResolveWithSource("Institute of Mathematics, Korea", "", "KP");
  EXPECT_EQ(r.country, "KR");
  EXPECT_TRUE(r.conflict());
}

}  // namespace
}  // namespace catchall::testing
