#include "match/ofac_score.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "match/jaro_winkler.h"

namespace catchall {
namespace {

TEST(OfacScoreTest, FamilyCommaGivenOrderAndPunctuationDoNotMatter) {
  EXPECT_DOUBLE_EQ(OfacScore("VLADIMIR PUTIN", "PUTIN, Vladimir"), 100);
  EXPECT_DOUBLE_EQ(OfacScore("ABU BAKR AL-BAGHDADI", "AL-BAGHDADI, Abu Bakr al-Husayni"), 100);
  EXPECT_DOUBLE_EQ(OfacScore("o'brien", "O'BRIEN, Christopher"), 100);
  EXPECT_DOUBLE_EQ(OfacScore("J.P. MORGAN", "MORGAN HUERTA, Jose Arnoldo"), 100);
  EXPECT_DOUBLE_EQ(OfacScore("BASHIR UD DIN", "MAHMOOD, Sultan Bashir-Ud-Din"), 100);
}

// Name parts pair in order, in the list name as written or given names first: GEORGE pairs with
// GEORGES, the last word either way, so BUSH has no partner (OFAC: 57). In "JAMIL GEORGES, Fahd"
// FAHD follows GEORGES and BUSH/FAHD (0.5) counts (OFAC: 77).
TEST(OfacScoreTest, NamePartsPairInOrder) {
  const OfacScoreParts obeid = OfacScoreBreakdown("GEORGE BUSH", "OBEID, Boutros Georges");
  const OfacScoreParts jamil = OfacScoreBreakdown("GEORGE BUSH", "JAMIL GEORGES, Fahd");
  EXPECT_NEAR(obeid.words, jamil.words - 0.25, 1e-9);
  EXPECT_NEAR(100 * std::max(obeid.whole_name, obeid.words), 57, 5);
  EXPECT_NEAR(100 * std::max(jamil.whole_name, jamil.words), 77, 5);
  // Each list word pairs once: PUTIN twice against one PUTIN is half matched.
  EXPECT_NEAR(OfacScoreBreakdown("PUTIN PUTIN", "PUTIN").words, 0.5, 1e-9);
}

TEST(OfacScoreTest, WholeNameFollowsWordOrder) {
  // Same words, other order: the whole-name part drops below OFAC's slider of 80, the word
  // part cannot lift it (GEORGIOU does not match BUSH).
  const OfacScoreParts forward = OfacScoreBreakdown("GEORGE BUSH", "GEORGIOU, Georgios");
  const OfacScoreParts reversed = OfacScoreBreakdown("BUSH GEORGE", "GEORGIOU, Georgios");
  EXPECT_NEAR(forward.whole_name,
              JaroWinkler("GEORGE BUSH", "GEORGIOU GEORGIOS", {.boost_threshold = 0}), 1e-12);
  EXPECT_GT(forward.whole_name, 0.8);
  EXPECT_GT(reversed.whole_name, 0.5);
  EXPECT_LT(OfacScore("BUSH GEORGE", "GEORGIOU, Georgios"), 80);
  // No gate on the first character: TURIN against PUTIN is only 0.73 as words.
  EXPECT_GT(OfacScore("PUTIN VLADIMIR", "TURIN, Vladimir"), 90);
}

TEST(OfacScoreTest, HalfTranspositionsAreNotRoundedDown) {
  // GEORGE BUSH / GROUPE FLEURETTE: 7 matched characters, 3 of them out of order, so t = 1.5
  // (jaro_winkler.h would round it to 1); one common leading character.
  const double jaro = (7.0 / 11 + 7.0 / 16 + (7 - 1.5) / 7) / 3;
  const OfacScoreParts parts = OfacScoreBreakdown("GEORGE BUSH", "GROUPE FLEURETTE");
  EXPECT_NEAR(parts.whole_name, jaro + 0.1 * (1 - jaro), 1e-12);
  EXPECT_LT(parts.whole_name,
            JaroWinkler("GEORGE BUSH", "GROUPE FLEURETTE", {.boost_threshold = 0}));
}

TEST(OfacScoreTest, WeakWordPairsCountZero) {
  // BUSH/HASWANI is 0.46, under the 0.5 floor: the words score is (1 + 0) / 2.
  const OfacScoreParts parts = OfacScoreBreakdown("GEORGE BUSH", "HASWANI, George");
  EXPECT_DOUBLE_EQ(parts.words, 0.5);
  EXPECT_DOUBLE_EQ(OfacScore("GEORGE BUSH", "HASWANI, George"), 50);
}

TEST(OfacScoreTest, ShortQueryWordsAreLeftOutUnlessAllAreShort) {
  EXPECT_DOUBLE_EQ(OfacScoreBreakdown("KIM JONG UN", "KIM, Jong Man").words, 1.0);
  EXPECT_DOUBLE_EQ(OfacScore("Z", "ALBARRAQ Z"), 100);
}

TEST(OfacScoreTest, EmptyAndUnrelatedInputs) {
  EXPECT_EQ(OfacScore("", "PUTIN, Vladimir"), 0);
  EXPECT_EQ(OfacScore("PUTIN", ""), 0);
  EXPECT_EQ(OfacScore("-- ,", "PUTIN"), 0);
  // No transliteration: the tool does not find Latin names from Cyrillic queries.
  EXPECT_LT(OfacScore("Владимир Путин", "PUTIN, Vladimir"), 50);
  EXPECT_DOUBLE_EQ(OfacScore("владимир путин", "ВЛАДИМИР ПУТИН"), 100);
}

TEST(OfacScoreTest, InvalidUtf8IsScoredNotRejected) {
  const std::string latin1 =
      "JOS\xC9 GARC\xCD"
      "A";
  EXPECT_DOUBLE_EQ(OfacScore(latin1, latin1), 100);
  const double score = OfacScore(latin1, "GARCIA, Jose");
  EXPECT_GT(score, 50);
  EXPECT_LT(score, 100);
}

}  // namespace
}  // namespace catchall
