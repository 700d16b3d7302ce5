// Korean names in Latin letters: romanising Hangul syllables (McCune-Reischauer without
// diacritics, as the DPRK and the UN 1718 list write names), recognising romanised Korean
// words, and the romanisation fold under which the McCune-Reischauer, Revised Romanisation and
// customary spellings of one syllable coincide. See src/match/README.md, "Korean names".
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace catchall {

// True for a precomposed Hangul syllable (U+AC00..U+D7A3).
bool IsHangulSyllable(char32_t c);

// "철" -> "chol", "병" -> "pyong", "리" -> "ri", "이" -> "i". Decomposed arithmetically
// (initial, medial, final jamo from the U+AC00 base), not with ICU's Hangul-Latin, which gives
// the strict Revised Romanisation transcription ("libyeongcheol") nobody writes names in.
std::string RomaniseHangulSyllable(char32_t syllable);

// True when `word` (normalised Latin) splits into one to three romanised Korean syllables
// (onset, vowel, coda from the MR and RR tables): "pyongchol", "cheol", "jong", "il".
bool ParsesAsKoreanSyllables(std::string_view word);

// The deterministic fold over Latin text: voicing (k/g, t/d, p/b, ch/j), doubled consonants,
// r/l, and the vowel families eo/o/u/eu/oo, ee/i, ae/e, oi/oe. "cheol", "chol", "chul" -> "cor";
// "jeong", "chong", "jong" -> "cong". Designed so that Fold(a + b) == Fold(a) + Fold(b) for
// syllables, which keeps "pyongchol" equal to "pyong" + "chol".
std::string FoldKoreanRomanisation(std::string_view word);

// Surname spellings (data/korean_romanisation.yaml) -> the key of their group, already folded.
using KoreanSurnameTable = std::unordered_map<std::string, std::string>;

// The key of one word of a Korean-like name: the surname group's key when the word is a known
// surname spelling ("lee" -> key of "ri"), else FoldKoreanRomanisation(word).
std::string KoreanWordKey(std::string_view word, const KoreanSurnameTable& surnames);

}  // namespace catchall
