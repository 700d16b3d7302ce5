#include "text/utf8.h"

#include <gtest/gtest.h>

namespace catchall {
namespace {

TEST(Utf8, ValidTextIsUntouched) {
  const std::string text =
      "Kim Il Sung University, P'yŏngyang, 조선민주주의인민공화국 金日成综合大学";
  EXPECT_TRUE(IsValidUtf8(text));
  EXPECT_EQ(RepairUtf8(text), text);
}

TEST(Utf8, Latin1BytesAreDecodedAsWindows1252) {
  const std::string latin1 = "Universit\xe9 Henri Poincar\xe9, \x93quoted\x94";
  EXPECT_FALSE(IsValidUtf8(latin1));
  const std::string repaired = RepairUtf8(latin1);
  EXPECT_TRUE(IsValidUtf8(repaired));
  EXPECT_EQ(repaired, "Université Henri Poincaré, “quoted”");
}

TEST(Utf8, OverlongSurrogatesAndTruncatedSequencesAreRepaired) {
  for (const std::string& bad :
       {std::string("\xc0\xaf"), std::string("\xed\xa0\x80"), std::string("ab\xe2\x82"),
        std::string("\xf4\x90\x80\x80"), std::string("\x81\x8d\x8f\x90\x9d")}) {
    const std::string repaired = RepairUtf8(bad);
    EXPECT_TRUE(IsValidUtf8(repaired)) << repaired;
  }
}

TEST(Utf8, ExcerptIsCutAtACodePointBoundary) {
  const std::string text = std::string(199, 'a') + "평양";
  const std::string excerpt = Utf8Excerpt(text, 200);
  EXPECT_TRUE(IsValidUtf8(excerpt));
  EXPECT_EQ(excerpt, std::string(199, 'a'));
}

}  // namespace
}  // namespace catchall
