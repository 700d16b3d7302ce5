// Korean names: McCune-Reischauer against Revised Romanisation, Hangul against Latin, the UN
// list's apostrophes, name order, joins, and names that must not match.
#include <gtest/gtest.h>

#include <string>

#include "match/korean_romanisation.h"
#include "match/name_comparison.h"
#include "match/prepared_name.h"

namespace catchall {
namespace {

double Score(const std::string& a, const std::string& b,
             EntitySchema schema = EntitySchema::kPerson) {
  return CompareNames(PrepareName(a, schema), PrepareName(b, schema)).score;
}

TEST(KoreanRomanisation, HangulSyllablesAreRomanisedArithmetically) {
  EXPECT_EQ(RomaniseHangulSyllable(U'리'), "ri");
  EXPECT_EQ(RomaniseHangulSyllable(U'병'), "pyong");
  EXPECT_EQ(RomaniseHangulSyllable(U'철'), "chol");
  EXPECT_EQ(RomaniseHangulSyllable(U'김'), "kim");
  EXPECT_EQ(RomaniseHangulSyllable(U'정'), "jong");
  EXPECT_EQ(RomaniseHangulSyllable(U'은'), "un");
  EXPECT_EQ(RomaniseHangulSyllable(U'A'), "");
}

TEST(KoreanRomanisation, FoldMergesMrAndRrSpellings) {
  EXPECT_EQ(FoldKoreanRomanisation("chol"), FoldKoreanRomanisation("cheol"));
  EXPECT_EQ(FoldKoreanRomanisation("chol"), FoldKoreanRomanisation("chul"));
  EXPECT_EQ(FoldKoreanRomanisation("jong"), FoldKoreanRomanisation("jeong"));
  EXPECT_EQ(FoldKoreanRomanisation("jong"), FoldKoreanRomanisation("chong"));
  EXPECT_EQ(FoldKoreanRomanisation("pyong"), FoldKoreanRomanisation("byeong"));
  EXPECT_EQ(FoldKoreanRomanisation("song"), FoldKoreanRomanisation("seong"));
  EXPECT_EQ(FoldKoreanRomanisation("yong"), FoldKoreanRomanisation("young"));
  // Joined given names fold like their syllables.
  EXPECT_EQ(FoldKoreanRomanisation("pyongchol"),
            FoldKoreanRomanisation("pyong") + FoldKoreanRomanisation("chol"));
  EXPECT_NE(FoldKoreanRomanisation("nam"), FoldKoreanRomanisation("sik"));
}

TEST(KoreanRomanisation, RecognisesRomanisedSyllables) {
  EXPECT_TRUE(ParsesAsKoreanSyllables("pyongchol"));
  EXPECT_TRUE(ParsesAsKoreanSyllables("cheol"));
  EXPECT_TRUE(ParsesAsKoreanSyllables("il"));
  EXPECT_FALSE(ParsesAsKoreanSyllables("friedrich"));
  EXPECT_FALSE(ParsesAsKoreanSyllables("smith"));
}

TEST(KoreanNames, KeysOfOneSyllableCoincide) {
  const PreparedName mr = PrepareName("Ri Pyong Chol", EntitySchema::kPerson);
  const PreparedName rr = PrepareName("Lee Byeong-cheol", EntitySchema::kPerson);
  ASSERT_EQ(mr.words.size(), 3u);
  ASSERT_EQ(rr.words.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_TRUE(mr.words[i].korean_key);
    EXPECT_EQ(mr.words[i].key, rr.words[i].key) << mr.words[i].text << " / " << rr.words[i].text;
  }
}

TEST(KoreanNames, VariantsOfOneNameMatch) {
  const std::string variants[] = {"Ri Pyong Chol",  "Lee Byeong-cheol", "리병철",
                                  "RI PYONG-CHOL",  "Ri Pyongchol",     "RI Pyong Chol",
                                  "Rhee Pyong-chol"};
  for (const std::string& a : variants) {
    for (const std::string& b : variants) {
      EXPECT_GE(Score(a, b), kDefaultMatchThreshold) << a << " / " << b;
    }
  }
}

TEST(KoreanNames, HangulAgainstLatin) {
  EXPECT_GE(Score("김정은", "Kim Jong Un"), kDefaultMatchThreshold);
  EXPECT_GE(Score("김정은", "KIM Jong-un"), kDefaultMatchThreshold);
  EXPECT_GE(Score("박봉주", "Pak Pong Ju"), kDefaultMatchThreshold);
  EXPECT_GE(Score("박봉주", "Park Bong-ju"), kDefaultMatchThreshold);
  EXPECT_LT(Score("김정은", "Kim Yong Nam"), kDefaultMatchThreshold);
}

TEST(KoreanNames, CommaOrderAndJoins) {
  EXPECT_GE(Score("KIM, Chol Nam", "Kim Chol Nam"), 0.95);
  const PreparedName comma = PrepareName("KIM, Chol Nam", EntitySchema::kPerson);
  ASSERT_FALSE(comma.words.empty());
  EXPECT_EQ(comma.words.front().text, "kim");  // Korean names stay family name first
  EXPECT_GE(Score("Kim Il-sung", "Kim Il Sung"), 0.95);
  EXPECT_GE(Score("Kim Ilsung", "Kim Il Sung"), 0.95);
  EXPECT_GE(Score("Kim Ilsung", "Kim Il-sung"), 0.95);
}

TEST(KoreanNames, UnListApostrophes) {
  EXPECT_GE(Score("MUN CHO'NG-CH'O'L", "Mun Chong Chol"), 0.95);
  EXPECT_GE(Score("CH'OE CH'UN-SIK", "Choe Chun Sik"), 0.95);
  EXPECT_GE(Score("YO'N CHO'NG NAM", "Yon Jong Nam"), kDefaultMatchThreshold);
}

TEST(KoreanNames, DifferentPeopleDoNotMatch) {
  EXPECT_LT(Score("KIM JONG SIK", "KIM YONG NAM"), kDefaultMatchThreshold);
  EXPECT_LT(Score("KIM JONG SIK", "RI HONG-SOP"), kDefaultMatchThreshold);
  EXPECT_LT(Score("Choe Ryong-hae", "Choe Kyong-song"), kDefaultMatchThreshold);
  EXPECT_LT(Score("PAK YONG-CHUN", "PAK IL KYU"), kDefaultMatchThreshold);
}

TEST(KoreanNames, LegalFormsNeverMatchAlone) {
  const double score =
      Score("Korea Trading Co. Ltd.", "Chosun Trading Co. Ltd.", EntitySchema::kCompany);
  EXPECT_LT(score, kDefaultMatchThreshold);
  EXPECT_LT(score, 0.5);
  EXPECT_GE(Score("Korea Mining Development Trading Corporation",
                  "KOREA MINING DEVELOPMENT TRADING CORP.", EntitySchema::kCompany),
            0.95);
}

TEST(KoreanNames, WesternNamesAreNotFolded) {
  // k/g and ch/j folding would merge these; they are not Korean-like names.
  const PreparedName name = PrepareName("Gerhard Schulze", EntitySchema::kPerson);
  for (const NameWord& word : name.words) EXPECT_FALSE(word.korean_key) << word.text;
  EXPECT_LT(Score("John Doe", "Chon Doe"), 0.95);
}

}  // namespace
}  // namespace catchall
