#include "match/jaro_winkler.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace catchall {
namespace {

// Textbook Jaro-Winkler, written for clarity: explicit match lists, no scratch buffers.
double ReferenceJaro(const std::u32string& a, const std::u32string& b) {
  if (a.empty() && b.empty()) return 1.0;
  if (a.empty() || b.empty()) return 0.0;
  const long window = std::max(0L, static_cast<long>(std::max(a.size(), b.size()) / 2) - 1);
  std::vector<bool> b_used(b.size(), false);
  std::u32string a_matches;
  std::vector<long> b_positions;
  for (long i = 0; i < static_cast<long>(a.size()); ++i) {
    for (long j = std::max(0L, i - window);
         j <= std::min(static_cast<long>(b.size()) - 1, i + window); ++j) {
      if (!b_used[j] && a[i] == b[j]) {
        b_used[j] = true;
        a_matches.push_back(a[i]);
        break;
      }
    }
  }
  std::u32string b_matches;
  for (size_t j = 0; j < b.size(); ++j) {
    if (b_used[j]) b_matches.push_back(b[j]);
  }
  const double m = a_matches.size();
  if (m == 0) return 0.0;
  int half_transpositions = 0;
  for (size_t k = 0; k < a_matches.size(); ++k) half_transpositions += a_matches[k] != b_matches[k];
  const double t = half_transpositions / 2;
  return (m / a.size() + m / b.size() + (m - t) / m) / 3;
}

double ReferenceJaroWinkler(const std::u32string& a, const std::u32string& b,
                            double boost_threshold) {
  const double jaro = ReferenceJaro(a, b);
  if (jaro < boost_threshold) return jaro;
  int prefix = 0;
  while (prefix < 4 && prefix < static_cast<int>(a.size()) && prefix < static_cast<int>(b.size()) &&
         a[prefix] == b[prefix]) {
    ++prefix;
  }
  return jaro + prefix * 0.1 * (1 - jaro);
}

std::string EncodeUtf8(const std::u32string& text) {
  std::string out;
  for (const char32_t c : text) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

TEST(JaroWinklerTest, TextbookValues) {
  EXPECT_NEAR(Jaro("MARTHA", "MARHTA"), 0.944, 0.0005);
  EXPECT_NEAR(JaroWinkler("MARTHA", "MARHTA"), 0.961, 0.0005);
  EXPECT_NEAR(Jaro("DWAYNE", "DUANE"), 0.822, 0.0005);
  EXPECT_NEAR(JaroWinkler("DWAYNE", "DUANE"), 0.840, 0.0005);
  EXPECT_NEAR(Jaro("DIXON", "DICKSONX"), 0.767, 0.0005);
  EXPECT_NEAR(JaroWinkler("DIXON", "DICKSONX"), 0.813, 0.0005);
}

TEST(JaroWinklerTest, IdenticalAndEmpty) {
  EXPECT_DOUBLE_EQ(JaroWinkler("VLADIMIR", "VLADIMIR"), 1.0);
  EXPECT_DOUBLE_EQ(JaroWinkler("", ""), 1.0);
  EXPECT_DOUBLE_EQ(JaroWinkler("PUTIN", ""), 0.0);
  EXPECT_DOUBLE_EQ(JaroWinkler("", "PUTIN"), 0.0);
  EXPECT_DOUBLE_EQ(JaroWinkler("ABC", "XYZ"), 0.0);
}

TEST(JaroWinklerTest, BoostThreshold) {
  // "AB"/"AXYZQW": one match, Jaro (1/2 + 1/6 + 1) / 3 = 0.556, below 0.7: no prefix bonus.
  EXPECT_NEAR(Jaro("AB", "AXYZQW"), 5.0 / 9, 1e-12);
  EXPECT_DOUBLE_EQ(JaroWinkler("AB", "AXYZQW"), Jaro("AB", "AXYZQW"));
  EXPECT_NEAR(JaroWinkler("AB", "AXYZQW", {.boost_threshold = 0}), 5.0 / 9 + 0.1 * 4.0 / 9, 1e-12);
  // Single characters: the window is 0, so only the same position matches.
  EXPECT_NEAR(JaroWinkler("Z", "ZOLLNER", {.boost_threshold = 0}), 0.743, 0.0005);
  EXPECT_DOUBLE_EQ(Jaro("Z", "Z"), 1.0);
}

TEST(JaroWinklerTest, CountsCodePointsNotBytes) {
  // "É" is two bytes; compared per byte "JOSÉ"/"JOSE" would have length 5 against 4.
  EXPECT_NEAR(Jaro("JOSÉ", "JOSE"), Jaro("JOSX", "JOSE"), 1e-12);
  EXPECT_DOUBLE_EQ(JaroWinkler("ПУТИН", "ПУТИН"), 1.0);
  EXPECT_NEAR(JaroWinkler("ПУТИН", "ПУТИНА"), JaroWinkler("PUTIN", "PUTINA"), 1e-12);
}

TEST(JaroWinklerTest, InvalidBytesAreSingleUnits) {
  const std::string latin1_jose = "JOS\xC9";  // Latin-1 É: an invalid lone byte in UTF-8
  EXPECT_NEAR(Jaro(latin1_jose, "JOSE"), Jaro("JOSX", "JOSE"), 1e-12);
  EXPECT_DOUBLE_EQ(Jaro(latin1_jose, latin1_jose), 1.0);
  // The invalid byte 0xC9 is not the character U+00C9.
  EXPECT_LT(Jaro(latin1_jose, "JOSÉ"), 1.0);
  std::u32string points;
  AppendCodePoints(
      "A\xE2\x82"
      "B\xF0\x9F\x98\x80",
      &points);  // truncated euro sign, emoji
  EXPECT_EQ(points, (std::u32string{U'A', 0xDC00 + 0xE2, 0xDC00 + 0x82, U'B', 0x1F600}));
  points.clear();
  AppendCodePoints("\xC0\xAF\xED\xA0\x80", &points);  // overlong '/', encoded surrogate
  EXPECT_EQ(points.size(), 5u);
}

TEST(JaroWinklerTest, MatchesReferenceOnRandomStrings) {
  std::mt19937 rng(20261201);
  // A small alphabet so that matches and transpositions are frequent; some multi-byte letters.
  const std::u32string alphabet = U"ABCDEÉЖ中😀";
  std::uniform_int_distribution<int> pick(0, alphabet.size() - 1);
  for (int round = 0; round < 20000; ++round) {
    // Lengths up to 90 cross the inline (64) limit, so the thread_local path is tested too.
    std::uniform_int_distribution<int> length(0, round % 10 == 0 ? 90 : 12);
    std::u32string a;
    std::u32string b;
    for (int n = length(rng); n > 0; --n) a += alphabet[pick(rng)];
    for (int n = length(rng); n > 0; --n) b += alphabet[pick(rng)];
    ASSERT_NEAR(Jaro(EncodeUtf8(a), EncodeUtf8(b)), ReferenceJaro(a, b), 1e-12)
        << EncodeUtf8(a) << " / " << EncodeUtf8(b);
    ASSERT_NEAR(JaroWinkler(EncodeUtf8(a), EncodeUtf8(b)), ReferenceJaroWinkler(a, b, 0.7), 1e-12);
    ASSERT_NEAR(JaroWinkler(a, b, {.boost_threshold = 0}), ReferenceJaroWinkler(a, b, 0), 1e-12);
    ASSERT_NEAR(Jaro(a, b), Jaro(b, a), 1e-12);
  }
}

}  // namespace
}  // namespace catchall
