#include "text/skeleton.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace catchall {
namespace {

TEST(Skeleton, KeepsLettersAndDigitsFolded) {
  EXPECT_EQ(Skeleton("P'yŏngyang, D.P.R. Korea"), "pyongyangdprkorea");
  EXPECT_EQ(Skeleton("PYONGYANG DPR-KOREA 999093"), "pyongyangdprkorea999093");
  EXPECT_EQ(Skeleton("Hamhŭng"), "hamhung");
  EXPECT_EQ(Skeleton("Pyo\u0306ngyang"), "pyongyang");  // combining breve
  EXPECT_EQ(Skeleton("ＰＹＯＮＧＹＡＮＧ"), "pyongyang");
  EXPECT_EQ(Skeleton("Straße"), "strasse");
}

TEST(Skeleton, KeepsHangulAndHan) {
  EXPECT_EQ(Skeleton("김일성종합대학, 평양"), "김일성종합대학평양");
  EXPECT_EQ(Skeleton("金日成综合大学"), "金日成综合大学");
}

TEST(Skeleton, EmptyAndPunctuationOnly) {
  EXPECT_EQ(Skeleton(""), "");
  EXPECT_EQ(Skeleton(" ,.;'\"-–—"), "");
}

}  // namespace
}  // namespace catchall

namespace catchall {
namespace {

// The AVX-512 fast path must give exactly what the scalar loop gives.
TEST(Skeleton, FastPathMatchesScalarLoop) {
  std::mt19937 rng(7);
  const std::vector<std::string> pieces = {"Kim Il Sung University",
                                           ", ",
                                           "P'yŏngyang",
                                           " D.P.R. Korea ",
                                           "\"country_code\":\"KP\"",
                                           "평양",
                                           "Straße",
                                           "ＰＹＯＮＧ",
                                           "0123",
                                           "  ",
                                           "a",
                                           "Z",
                                           "\t",
                                           "É",
                                           "{",
                                           "[1,2]",
                                           "é",
                                           std::string(70, 'x'),
                                           std::string(65, ' ')};
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int parts = static_cast<int>(rng() % 40);
    for (int k = 0; k < parts; ++k) text += pieces[rng() % pieces.size()];
    std::string fast, fast_breaks, slow, slow_breaks;
    internal::AppendSkeleton(text, fast, &fast_breaks, true);
    internal::AppendSkeleton(text, slow, &slow_breaks, false);
    ASSERT_EQ(fast, slow) << text;
    ASSERT_EQ(fast_breaks, slow_breaks) << text;
  }
}

}  // namespace
}  // namespace catchall
