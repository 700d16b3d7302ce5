#include "text/normalize.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace catchall {
namespace {

TEST(NormalizeTextTest, FoldsCaseDiacriticsApostrophesAndInitialisms) {
  EXPECT_EQ(NormalizeText("P'yŏngyang"), "pyongyang");
  EXPECT_EQ(NormalizeText("P’yŏngyang"), "pyongyang");
  EXPECT_EQ(NormalizeText("Pʼyŏngyang"), "pyongyang");
  EXPECT_EQ(NormalizeText("Hamhŭng"), "hamhung");
  EXPECT_EQ(NormalizeText("D.P.R. Korea"), "dpr korea");
  EXPECT_EQ(NormalizeText("D.P.R.K."), "dprk");
  EXPECT_EQ(NormalizeText("Democratic People's Republic of Korea"),
            "democratic peoples republic of korea");
  EXPECT_EQ(NormalizeText("Kim Il-Sung University"), "kim il sung university");
  EXPECT_EQ(NormalizeText("U.S.A."), "usa");
  EXPECT_EQ(NormalizeText("P.R.China"), "pr china");
  EXPECT_EQ(NormalizeText("Dept.Phys"), "dept phys");
  EXPECT_EQ(NormalizeText("Universität München"), "universitat munchen");
  EXPECT_EQ(NormalizeText("Straße"), "strasse");
  EXPECT_EQ(NormalizeText("Øresund Łódź"), "oresund lodz");
  EXPECT_EQ(NormalizeText("ＫＡＩＳＴ"), "kaist");
  EXPECT_EQ(NormalizeText("  Seoul,,  135-710 ; KOREA. "), "seoul 135 710 korea");
  EXPECT_EQ(NormalizeText(""), "");
  EXPECT_EQ(NormalizeText("..., ;"), "");
}

TEST(NormalizeTextTest, KeepsHangulAndHanAsText) {
  EXPECT_EQ(NormalizeText("김일성종합대학"), "김일성종합대학");
  EXPECT_EQ(NormalizeText("김일성 종합대학"), "김일성 종합대학");
  EXPECT_EQ(NormalizeText("平壤, 金日成综合大学"), "平壤 金日成综合大学");
  EXPECT_EQ(NormalizeText("제2자연과학원"), "제2자연과학원");
  EXPECT_EQ(NormalizeText("Kim 김일성"), "kim 김일성");
}

TEST(NormalizeTokensTest, OffsetsQuoteTheRawText) {
  const std::string raw = "Kim Il Sung Univ, P'yŏngyang, D.P.R. Korea";
  const std::vector<NormToken> tokens = NormalizeTokens(raw);
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_EQ(tokens[4].text, "pyongyang");
  EXPECT_EQ(raw.substr(tokens[4].begin, tokens[4].end - tokens[4].begin), "P'yŏngyang");
  EXPECT_EQ(tokens[5].text, "dpr");
  EXPECT_EQ(raw.substr(tokens[5].begin, tokens[5].end - tokens[5].begin), "D.P.R");
}

TEST(NormalizeTokensTest, CjkCharactersAreTokensThatKnowTheirNeighbours) {
  const std::string raw = "평양 김일성";
  const std::vector<NormToken> tokens = NormalizeTokens(raw);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_TRUE(tokens[0].cjk);
  EXPECT_FALSE(tokens[2].joined_to_previous);  // space between 양 and 김
  EXPECT_TRUE(tokens[3].joined_to_previous);
  EXPECT_EQ(raw.substr(tokens[2].begin, tokens[2].end - tokens[2].begin), "김");
}

TEST(NormalizeTokensTest, InvalidUtf8SeparatesWords) {
  const std::string raw = std::string("Pyong") + "\xff" + "yang";
  EXPECT_EQ(NormalizeText(raw), "pyong yang");
  EXPECT_EQ(NormalizeText(std::string("\xc3")), "");
}

TEST(SplitSegmentsTest, SplitsAtCommasAndSemicolons) {
  const std::string raw = "Kim Il Sung Univ, Pyongyang；DPR Korea;";
  const std::vector<TextSegment> segments = SplitSegments(raw);
  ASSERT_EQ(segments.size(), 3u);
  EXPECT_EQ(raw.substr(segments[1].begin, segments[1].end - segments[1].begin), " Pyongyang");
  EXPECT_EQ(raw.substr(segments[2].begin, segments[2].end - segments[2].begin), "DPR Korea");
  EXPECT_TRUE(SplitSegments("").empty());
  EXPECT_TRUE(SplitSegments(",,;").empty());
}

TEST(JoinTokensTest, JoinsARange) {
  const std::vector<NormToken> tokens = NormalizeTokens("Kim Chaek Univ Technol");
  EXPECT_EQ(JoinTokens(tokens, 1, 3), "chaek univ");
  EXPECT_EQ(JoinTokens(tokens, 3, 10), "technol");
}

}  // namespace
}  // namespace catchall
