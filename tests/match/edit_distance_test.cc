// BoundedEditDistance against a plain full-table optimal string alignment distance, on random
// words over small alphabets (so repeats and adjacent swaps are common), ASCII and non-ASCII,
// short and longer than the inline rows.
#include "match/edit_distance.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace catchall {
namespace {

template <typename Char>
int FullDistance(const std::basic_string<Char>& a, const std::basic_string<Char>& b) {
  std::vector<std::vector<int>> d(a.size() + 1, std::vector<int>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = static_cast<int>(i);
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

template <typename Char>
std::basic_string<Char> RandomWord(std::mt19937& random, const std::vector<Char>& alphabet,
                                   size_t max_length) {
  std::basic_string<Char> word(random() % (max_length + 1), Char{});
  for (Char& c : word) c = alphabet[random() % alphabet.size()];
  return word;
}

template <typename Char>
void CheckRandomPairs(const std::vector<Char>& alphabet, size_t max_length, int pairs) {
  std::mt19937 random(17);
  for (int n = 0; n < pairs; ++n) {
    const auto a = RandomWord(random, alphabet, max_length);
    auto b = a;
    // Mostly near variants of a (the case the bound exists for), sometimes unrelated words.
    if (random() % 4 == 0) {
      b = RandomWord(random, alphabet, max_length);
    } else {
      for (int edits = static_cast<int>(random() % 4); edits > 0 && !b.empty(); --edits) {
        const size_t at = random() % b.size();
        if (random() % 2 && at + 1 < b.size())
          std::swap(b[at], b[at + 1]);
        else
          b[at] = alphabet[random() % alphabet.size()];
      }
    }
    const int full = FullDistance(a, b);
    for (int bound = 0; bound <= 5; ++bound) {
      const int expected = std::min(full, bound + 1);
      ASSERT_EQ(BoundedEditDistance(std::basic_string_view<Char>(a),
                                    std::basic_string_view<Char>(b), bound),
                expected)
          << "pair " << n << " bound " << bound;
    }
  }
}

TEST(BoundedEditDistance, KnownPairs) {
  EXPECT_EQ(BoundedEditDistance(std::string_view("kim"), "kim", 2), 0);
  EXPECT_EQ(BoundedEditDistance(std::string_view("kim"), "ikm", 2), 1);  // one swap
  EXPECT_EQ(BoundedEditDistance(std::string_view("ilsung"), "ilsong", 2), 1);
  EXPECT_EQ(BoundedEditDistance(std::string_view(""), "abc", 5), 3);
  EXPECT_EQ(BoundedEditDistance(std::string_view("abcdef"), "uvwxyz", 2), 3);  // over the bound
  EXPECT_EQ(BoundedEditDistance(std::string_view("ab"), "abcdef", 1), 2);      // lengths alone
}

TEST(BoundedEditDistance, AsciiMatchesFullTable) {
  CheckRandomPairs<char>({'a', 'b', 'c', 'd'}, 12, 20000);
}

TEST(BoundedEditDistance, LongWordsMatchFullTable) {
  CheckRandomPairs<char>({'a', 'b', 'c'}, 3 * kInlineEditLength, 300);
}

TEST(BoundedEditDistance, CodePointsMatchFullTable) {
  CheckRandomPairs<char32_t>({U'\uB9AC', U'\uBCD1', U'\uCCA0', U'o', U'\u00E9'}, 10, 20000);
}

}  // namespace
}  // namespace catchall
