// A name prepared for matching: normalised, transliterated to Latin, person names put in
// "given family" reading order, every word given a role (a name word, or a legal form / generic
// word that must never carry a match alone) and a romanisation-folded key under which the Korean
// McCune-Reischauer and Revised Romanisation spellings of one syllable coincide
// (chol/cheol/ch'o'l, jong/jeong, pyong/pyeong, ri/rhee/lee/yi, pak/park, ...).
// See src/match/README.md for the rules.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/entity.h"

namespace catchall {

enum class WordRole {
  kName,       // carries identity
  kLegalForm,  // co, ltd, llc, jsc, ooo, gmbh, ag, corporation, ... (data/name_terms.yaml)
  kGeneric,    // trading, general, international, group, company, ... (data/name_terms.yaml)
  kStop,       // of, the, and, de, ... (ignored)
};

struct NameWord {
  std::string text;  // normalised Latin form, lower case, no diacritics ("cheol")
  std::string key;   // romanisation-folded key used by the index and the scorer ("col")
  std::string raw;   // the word as printed in the input ("CH'O'L", "철")
  WordRole role = WordRole::kName;
  bool transliterated = false;  // came from Hangul, Han, Cyrillic, Arabic, ... via transliteration
  bool korean_key = false;      // `key` is the Korean romanisation fold (a Korean-like name)
};

struct PreparedName {
  std::string raw;
  EntitySchema schema = EntitySchema::kUnknown;
  std::vector<NameWord> words;  // reading order
};

// Thread-safe; never fails: empty, huge or garbage input gives a name with no (or few) words.
// Inputs longer than kMaxNameBytes are cut at a character boundary first.
inline constexpr size_t kMaxNameBytes = 1024;
PreparedName PrepareName(std::string_view raw, EntitySchema schema);

}  // namespace catchall
