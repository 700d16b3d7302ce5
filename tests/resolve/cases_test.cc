// The data-driven case file (tests/resolve/cases.tsv): every case must resolve as written, and
// no case whose expected country is not KP may come out KP (the safety rule).
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "resolver_support.h"

namespace catchall::testing {
namespace {

std::string CasesPath() { return std::string(CATCHALL_SOURCE_DIR) + "/tests/resolve/cases.tsv"; }

TEST(ResolverCasesTest, CaseFileHasEnoughCases) { EXPECT_GE(LoadCases(CasesPath()).size(), 300u); }

TEST(ResolverCasesTest, EveryCaseResolvesAsExpected) {
  const AffiliationResolver& resolver = ProjectResolver();
  int true_kp = 0, false_kp = 0, missed_kp = 0, country_errors = 0, institution_errors = 0;
  const auto cases = LoadCases(CasesPath());
  for (const auto& c : cases) {
    const AffiliationResolution r = resolver.Resolve(MakeAffiliation(c.raw, c.source_country));
    const bool got_kp = r.country == "KP";
    const bool want_kp = c.expected == "KP";
    true_kp += got_kp && want_kp;
    false_kp += got_kp && !want_kp;
    missed_kp += !got_kp && want_kp;
    EXPECT_EQ(r.country, c.expected)
        << "cases.tsv:" << c.line << " " << c.raw << " (" << c.note << ")";
    country_errors += r.country != c.expected;
    if (!c.institution.empty()) {
      const std::string got = r.institution ? r.institution->id : "-";
      EXPECT_EQ(got, c.institution) << "cases.tsv:" << c.line << " " << c.raw;
      institution_errors += got != c.institution;
    }
    // The hard safety assertion: nothing expected elsewhere may become DPRK.
    ASSERT_FALSE(got_kp && !want_kp) << "cases.tsv:" << c.line << " taken for DPRK: " << c.raw;
  }
  const double precision = true_kp + false_kp == 0 ? 1.0 : 1.0 * true_kp / (true_kp + false_kp);
  const double recall = true_kp + missed_kp == 0 ? 1.0 : 1.0 * true_kp / (true_kp + missed_kp);
  std::printf(
      "[ cases    ] %zu cases: KP precision %.4f recall %.4f (tp %d fp %d fn %d); "
      "country errors %d, institution errors %d\n",
      cases.size(), precision, recall, true_kp, false_kp, missed_kp, country_errors,
      institution_errors);
  EXPECT_GE(precision, 0.99);
  EXPECT_GE(recall, 0.99);
}

TEST(ResolverCasesTest, DecidingWordsAreQuotedFromTheRawText) {
  const AffiliationResolver& resolver = ProjectResolver();
  for (const auto& c : LoadCases(CasesPath())) {
    const AffiliationResolution r = resolver.Resolve(MakeAffiliation(c.raw, c.source_country));
    for (const auto& ev : r.decided_by) {
      if (ev.kind == "source_country_code") continue;
      EXPECT_NE(c.raw.find(ev.text), std::string::npos) << c.raw << " / " << ev.text;
      EXPECT_EQ(ev.country, r.country) << c.raw;
    }
    for (const auto& ev : r.overruled) EXPECT_NE(ev.country, r.country) << c.raw;
    if (r.conflict()) {
      EXPECT_FALSE(r.warnings.empty()) << "a conflict needs a warning: " << c.raw;
    }
  }
}

}  // namespace
}  // namespace catchall::testing
