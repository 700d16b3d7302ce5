#include "text/skeleton.h"

#include <gtest/gtest.h>

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
