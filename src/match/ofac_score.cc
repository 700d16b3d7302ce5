#include "match/ofac_score.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <string>
#include <vector>

#include "match/jaro_winkler.h"

namespace catchall {
namespace {

// Words shorter than this take no part in word matching: with them the tool's scores cannot
// be reproduced ("KIM JONG UN" scores 100 against "KIM, Jong Man": UN is ignored).
constexpr size_t kShortestMatchedWord = 3;
// A query word whose best partner is below this similarity counts 0, not its similarity
// ("GEORGE BUSH" against "HASWANI, George" is 50, while BUSH/HASWANI alone is 0.46).
constexpr double kWordSimilarityFloor = 0.5;

// The prefix bonus of the whole-name comparison is given unconditionally (SimMetrics'
// variant): with Winkler's 0.7 threshold the long names OFAC ranks in the 80s fall to the 60s.
constexpr double kWholeNameBoostThreshold = 0.0;
constexpr double kWordBoostThreshold = 0.7;
constexpr double kPrefixScale = 0.1;
constexpr size_t kMaxPrefix = 4;

// Jaro similarity as Jaro defined it: t is half the number of out-of-order matched characters,
// a half-integer when that number is odd. jaro_winkler.h rounds t down (like many implementations);
// OFAC's scores follow the unrounded form ("GEORGE BUSH" against "GROUPE FLEURETTE": 62, 66
// unrounded, 68 rounded down). The flags are thread_local so that steady-state calls do not
// allocate.
double JaroHalfTranspositions(std::u32string_view a, std::u32string_view b) {
  if (a.empty() || b.empty()) return a.empty() && b.empty() ? 1.0 : 0.0;
  const size_t window = std::max(a.size(), b.size()) / 2;
  const size_t reach = window > 0 ? window - 1 : 0;
  thread_local std::vector<bool> a_matched;
  thread_local std::vector<bool> b_matched;
  a_matched.assign(a.size(), false);
  b_matched.assign(b.size(), false);
  size_t matches = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    const size_t to = std::min(b.size(), i + reach + 1);
    for (size_t j = i > reach ? i - reach : 0; j < to; ++j) {
      if (b_matched[j] || a[i] != b[j]) continue;
      a_matched[i] = b_matched[j] = true;
      ++matches;
      break;
    }
  }
  if (matches == 0) return 0.0;
  size_t out_of_order = 0;
  for (size_t i = 0, j = 0; i < a.size(); ++i) {
    if (!a_matched[i]) continue;
    while (!b_matched[j]) ++j;
    out_of_order += a[i] != b[j++];
  }
  const double m = static_cast<double>(matches);
  const double transpositions = static_cast<double>(out_of_order) / 2;
  return (m / a.size() + m / b.size() + (m - transpositions) / m) / 3.0;
}

double OfacJaroWinkler(std::u32string_view a, std::u32string_view b, double boost_threshold) {
  const double jaro = JaroHalfTranspositions(a, b);
  if (jaro < boost_threshold || jaro <= 0.0) return jaro;
  const size_t limit = std::min({a.size(), b.size(), kMaxPrefix});
  size_t prefix = 0;
  while (prefix < limit && a[prefix] == b[prefix]) ++prefix;
  return jaro + prefix * kPrefixScale * (1.0 - jaro);
}

// Marks deleted inside a word rather than splitting it: O'BRIEN is one word, J.P. is "JP".
bool IsDeletedMark(char32_t c) {
  return c == U'\'' || c == U'.' || c == U',' || c == U'`' || c == U'\u2018' || c == U'\u2019' ||
         c == U'\u02BC';
}

bool IsWordCharacter(char32_t c) {
  // Invalid bytes (decoded as lone surrogates) stay inside the word they interrupt.
  if (c >= 0xD800 && c <= 0xDFFF) return true;
  const auto category = static_cast<UCharCategory>(u_charType(static_cast<UChar32>(c)));
  return u_isalnum(static_cast<UChar32>(c)) || category == U_NON_SPACING_MARK ||
         category == U_COMBINING_SPACING_MARK;
}

// Upper-cased words, in the order written ("PUTIN, Vladimir" is PUTIN VLADIMIR).
struct Words {
  std::u32string text;  // the words joined by single spaces
  std::vector<std::u32string_view> list;
  // Index of the first word after the first comma ("FAMILY, Given"): list.size() when none.
  size_t given_from = 0;
};

void Tokenise(std::string_view name, Words* words) {
  std::vector<std::pair<size_t, size_t>> spans;  // offsets into text, filled after building it
  size_t pos = 0;
  bool in_word = false;
  bool comma_seen = false;
  while (pos < name.size()) {
    const char32_t c = NextCodePoint(name, &pos);
    if (c == U',' && !comma_seen) {
      comma_seen = true;
      words->given_from = spans.size();
    }
    if (IsDeletedMark(c)) continue;
    if (!IsWordCharacter(c)) {
      in_word = false;
      continue;
    }
    if (!in_word) {
      if (!words->text.empty()) words->text.push_back(U' ');
      spans.emplace_back(words->text.size(), 0);
      in_word = true;
    }
    const bool surrogate = c >= 0xD800 && c <= 0xDFFF;
    words->text.push_back(surrogate ? c
                                    : static_cast<char32_t>(u_toupper(static_cast<UChar32>(c))));
    ++spans.back().second;
  }
  const std::u32string_view text = words->text;
  for (const auto& [offset, length] : spans) words->list.push_back(text.substr(offset, length));
  if (!comma_seen) words->given_from = words->list.size();
}

// Word order matters here, and only here: "BUSH GEORGE" against "GEORGIOU, Georgios" is 59
// (OFAC does not list it at 80) where "GEORGE BUSH" is 86. No first-character gate: "PUTIN
// VLADIMIR" against "TURIN, Vladimir" is 92 at OFAC and 93 whole, while the words give 87.
double WholeNameScore(const Words& query, const Words& list_name) {
  return OfacJaroWinkler(query.text, list_name.text, kWholeNameBoostThreshold);
}

// The best sum of similarities of query words to list words taken in the same order, each list
// word at most once (a longest-common-subsequence table): `similarity[i][k]` is query word i
// against list word order[k].
double BestOrderedSum(const std::vector<std::vector<double>>& similarity,
                      const std::vector<size_t>& order) {
  const size_t n = similarity.size(), m = order.size();
  std::vector<double> next(m + 1, 0.0), row(m + 1, 0.0);  // best[i + 1][*], best[i][*]
  for (size_t i = n; i-- > 0;) {
    row[m] = next[m];
    for (size_t k = m; k-- > 0;) {
      row[k] = std::max({row[k + 1], next[k], similarity[i][order[k]] + next[k + 1]});
    }
    std::swap(row, next);
  }
  return next[0];
}

// Name parts are compared in order: each query word with a later list word than the one before
// it ("GEORGE BUSH" against "OBEID, Boutros Georges" is 57 at OFAC: BUSH has no list word after
// GEORGES). The list name is read as written and, for "FAMILY, Given" names, given names first
// ("VLADIMIR PUTIN" against "PUTIN, Vladimir" is 100); the better order counts.
double WordScore(const Words& query, const Words& list_name) {
  const bool all_short = std::all_of(query.list.begin(), query.list.end(),
                                     [](auto word) { return word.size() < kShortestMatchedWord; });
  std::vector<std::vector<double>> similarity;
  for (const std::u32string_view word : query.list) {
    // A query made only of short words ("Z") is still compared.
    if (!all_short && word.size() < kShortestMatchedWord) continue;
    std::vector<double>& row = similarity.emplace_back();
    for (const std::u32string_view candidate : list_name.list) {
      const double s = OfacJaroWinkler(word, candidate, kWordBoostThreshold);
      row.push_back(s >= kWordSimilarityFloor ? s : 0);
    }
  }
  if (similarity.empty()) return 0;
  const size_t m = list_name.list.size();
  std::vector<size_t> written(m), given_first;
  for (size_t k = 0; k < m; ++k) written[k] = k;
  double best = BestOrderedSum(similarity, written);
  if (list_name.given_from > 0 && list_name.given_from < m) {
    for (size_t k = list_name.given_from; k < m; ++k) given_first.push_back(k);
    for (size_t k = 0; k < list_name.given_from; ++k) given_first.push_back(k);
    best = std::max(best, BestOrderedSum(similarity, given_first));
  }
  return best / static_cast<double>(similarity.size());
}

}  // namespace

OfacScoreParts OfacScoreBreakdown(std::string_view query, std::string_view list_name) {
  Words query_words;
  Words list_words;
  Tokenise(query, &query_words);
  Tokenise(list_name, &list_words);
  if (query_words.list.empty() || list_words.list.empty()) return {};
  return {.whole_name = WholeNameScore(query_words, list_words),
          .words = WordScore(query_words, list_words)};
}

double OfacScore(std::string_view query, std::string_view list_name) {
  const OfacScoreParts parts = OfacScoreBreakdown(query, list_name);
  return 100.0 * std::max(parts.whole_name, parts.words);
}

}  // namespace catchall
