#include "match/korean_romanisation.h"

#include <algorithm>
#include <array>
#include <vector>

namespace catchall {
namespace {

constexpr char32_t kHangulBase = 0xAC00;
constexpr char32_t kHangulLast = 0xD7A3;
constexpr int kMedialCount = 21;
constexpr int kFinalCount = 28;

// McCune-Reischauer without the breve and apostrophe (the UN list's "CH'O'L" loses them in the
// tokeniser anyway). ㅈ is written "j" as DPRK names in Latin lists are ("JONG", "JANG").
constexpr std::array<const char*, 19> kInitials = {"k",  "kk", "n", "t",  "tt", "r", "m",
                                                   "p",  "pp", "s", "ss", "",   "j", "jj",
                                                   "ch", "k",  "t", "p",  "h"};
constexpr std::array<const char*, kMedialCount> kMedials = {
    "a",  "ae", "ya", "yae", "o",  "e",  "yo", "ye", "o",  "wa", "wae",
    "oe", "yo", "u",  "wo",  "we", "wi", "yu", "u",  "ui", "i"};
constexpr std::array<const char*, kFinalCount> kFinals = {
    "",  "k", "k", "k", "n", "n", "n", "t",  "l", "k", "m", "l", "l", "l",
    "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

// Greedy longest-match rewriting table of the fold, longest patterns first within a letter.
struct Rewrite {
  std::string_view from;
  std::string_view to;
};
constexpr std::array<Rewrite, 33> kFoldRules = {{
    {"tch", "c"},  {"ch", "c"},  {"jj", "c"},  {"j", "c"},  {"ts", "c"}, {"kk", "k"}, {"gg", "k"},
    {"kh", "k"},   {"ng", "ng"}, {"g", "k"},   {"pp", "p"}, {"ph", "p"}, {"b", "p"},  {"tt", "t"},
    {"th", "t"},   {"d", "t"},   {"ss", "s"},  {"sh", "s"}, {"ll", "r"}, {"rr", "r"}, {"l", "r"},
    {"yeo", "yo"}, {"eo", "o"},  {"eu", "o"},  {"oo", "o"}, {"ou", "o"}, {"ui", "i"}, {"u", "o"},
    {"ee", "i"},   {"ae", "e"},  {"oi", "oe"}, {"wu", "o"}, {"hh", "h"},
}};

// Onsets, vowels and codas a romanised syllable is made of (MR and RR, plus the customary
// spellings of data/korean_romanisation.yaml: "oo", "ee", "ou").
constexpr std::array<std::string_view, 24> kOnsets = {
    "tch", "ch", "jj", "kk", "pp", "tt", "ss", "sh", "k", "g",  "n",  "t",
    "d",   "r",  "l",  "m",  "p",  "b",  "s",  "j",  "h", "ts", "ph", ""};
constexpr std::array<std::string_view, 31> kVowels = {
    "yeo", "yae", "wae", "weo", "you", "yoo", "eui", "ae", "ya", "eo", "ye",
    "yo",  "wa",  "oe",  "oi",  "wo",  "we",  "wi",  "yu", "eu", "ui", "oo",
    "ou",  "ee",  "ea",  "a",   "e",   "o",   "u",   "i",  "y"};
constexpr std::array<std::string_view, 12> kCodas = {"ng", "k", "g", "n", "t", "d",
                                                     "l",  "r", "m", "p", "b", ""};

bool StartsWith(std::string_view text, size_t at, std::string_view prefix) {
  return text.substr(at, prefix.size()) == prefix;
}

// Positions reachable after one syllable starting at `at`.
void SyllableEnds(std::string_view word, size_t at, std::vector<size_t>* ends) {
  for (std::string_view onset : kOnsets) {
    if (!StartsWith(word, at, onset)) continue;
    const size_t after_onset = at + onset.size();
    for (std::string_view vowel : kVowels) {
      if (vowel == "y" || !StartsWith(word, after_onset, vowel)) continue;
      const size_t after_vowel = after_onset + vowel.size();
      for (std::string_view coda : kCodas) {
        if (StartsWith(word, after_vowel, coda)) ends->push_back(after_vowel + coda.size());
      }
    }
  }
}

}  // namespace

bool IsHangulSyllable(char32_t c) { return c >= kHangulBase && c <= kHangulLast; }

std::string RomaniseHangulSyllable(char32_t syllable) {
  if (!IsHangulSyllable(syllable)) return {};
  const int index = static_cast<int>(syllable - kHangulBase);
  const int initial = index / (kMedialCount * kFinalCount);
  const int medial = (index / kFinalCount) % kMedialCount;
  const int final = index % kFinalCount;
  std::string out = kInitials[initial];
  out += kMedials[medial];
  out += kFinals[final];
  return out;
}

bool ParsesAsKoreanSyllables(std::string_view word) {
  if (word.empty() || word.size() > 12) return false;
  // reach[i]: the smallest number of syllables that spells word[0, i).
  std::vector<int> reach(word.size() + 1, 99);
  reach[0] = 0;
  std::vector<size_t> ends;
  for (size_t at = 0; at < word.size(); ++at) {
    if (reach[at] >= 3) continue;
    ends.clear();
    SyllableEnds(word, at, &ends);
    for (size_t end : ends) {
      if (end > at && reach[at] + 1 < reach[end]) reach[end] = reach[at] + 1;
    }
  }
  return reach[word.size()] <= 3;
}

std::string FoldKoreanRomanisation(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  size_t at = 0;
  while (at < word.size()) {
    bool rewritten = false;
    for (const Rewrite& rule : kFoldRules) {
      if (StartsWith(word, at, rule.from)) {
        out += rule.to;
        at += rule.from.size();
        rewritten = true;
        break;
      }
    }
    if (!rewritten) out += word[at++];
  }
  // Doubled letters are one ("uun" as "un"): MR and RR never double a vowel, and a doubled
  // consonant across syllables ("sokkyu") is one sound.
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string KoreanWordKey(std::string_view word, const KoreanSurnameTable& surnames) {
  if (auto it = surnames.find(std::string(word)); it != surnames.end()) return it->second;
  return FoldKoreanRomanisation(word);
}

}  // namespace catchall
