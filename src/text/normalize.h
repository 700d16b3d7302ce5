// Text normalisation for matching affiliation strings against names (institutions, places,
// countries). Raw text -> tokens that keep byte offsets into the raw string, so a match can be
// quoted exactly as printed. See src/text/README.md for the rules.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace catchall {

// One word of the raw text in normalised form.
//  - Latin (and other alphabetic) words: NFKC, case folded, diacritics removed ("P'yŏngyang"
//    -> "pyongyang"), apostrophes dropped, dotted initialisms joined ("D.P.R." -> "dpr").
//  - Hangul, Han and Kana: one token per character, NFKC, kept as is. `joined_to_previous`
//    says the character directly follows another such character in the raw text (no space or
//    punctuation between), which is how a multi-character CJK name is recognised.
struct NormToken {
  std::string text;
  uint32_t begin = 0;  // byte offset of the first raw byte
  uint32_t end = 0;    // byte offset after the last raw byte
  bool cjk = false;
  bool joined_to_previous = false;
};

// Byte range of one comma / semicolon separated part of the raw text.
struct TextSegment {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// Tokenises `raw` (any bytes; invalid UTF-8 acts as a separator). Thread-safe.
std::vector<NormToken> NormalizeTokens(std::string_view raw);

// The tokens joined into one string: single spaces between words, nothing between joined CJK
// characters. This is "the normalised text" of DprkTriggerPhrases().
std::string JoinTokens(const std::vector<NormToken>& tokens, size_t from, size_t to);
std::string NormalizeText(std::string_view raw);

// Splits the raw text at ',', ';' and their full-width forms. Empty parts are kept out.
std::vector<TextSegment> SplitSegments(std::string_view raw);

}  // namespace catchall
