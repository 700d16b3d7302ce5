#include "classify/term_pattern.h"

#include <cctype>
#include <cstdio>
#include <sstream>
#include <vector>

namespace catchall {
namespace {

// Between words: spaces and ASCII hyphens. The classifier scans a copy of the text in which the
// Unicode hyphens/dashes publishers print ("re‐entry") and no-break spaces are replaced, byte for
// byte, by "-" and spaces (FoldSeparators), so offsets stay valid and these classes stay simple:
// Unicode alternatives here halved Hyperscan's speed.
constexpr const char* kSeparator = "[\\s\\-]+";
constexpr const char* kOptionalHyphen = "[\\s\\-]*";

bool IsLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

std::string EscapeByte(char c) {
  const auto b = static_cast<unsigned char>(c);
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, std::isalnum(b) ? "%c" : "\\x%02X", b);
  return buffer;
}

std::string PluralSuffix(const std::string& word) {
  const size_t n = word.size();
  if (n < 3 || !IsLetter(word[n - 1]) || !IsLetter(word[n - 2])) return "";
  const char last = static_cast<char>(std::tolower(static_cast<unsigned char>(word[n - 1])));
  const char before = static_cast<char>(std::tolower(static_cast<unsigned char>(word[n - 2])));
  if (last == 'y' && std::string("aeiou").find(before) == std::string::npos) return "";
  if (last == 's' || last == 'x' || last == 'z' ||
      (last == 'h' && (before == 'c' || before == 's')))
    return "(?:es)?";
  return "s?";
}

Result<std::string> WordExpression(const std::string& word, bool last) {
  std::string out;
  bool wildcard = false;
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (c == '*') {
      if (i + 1 != word.size()) return Error{"'*' is allowed only at the end of a word", {}};
      wildcard = true;
    } else if (c == '-') {
      out += kOptionalHyphen;
    } else if (std::isalnum(static_cast<unsigned char>(c)) ||
               static_cast<unsigned char>(c) >= 0x80 ||
               std::string("/.+'&()").find(c) != std::string::npos) {
      out += EscapeByte(c);
    } else {
      return Error{std::string("character '") + c + "' is not allowed in a term", {}};
    }
  }
  if (wildcard) return out + "\\w*";
  if (!last) return out;
  const size_t n = word.size();
  const bool y_plural = n >= 3 && (word[n - 1] == 'y' || word[n - 1] == 'Y') &&
                        std::string("aeiouAEIOU").find(word[n - 2]) == std::string::npos &&
                        IsLetter(word[n - 2]);
  if (y_plural) return out.substr(0, out.size() - 1) + "(?:y|ies)";
  return out + PluralSuffix(word);
}

std::vector<std::string> SplitWords(const std::string& phrase) {
  std::istringstream in(phrase);
  std::vector<std::string> words;
  std::string word;
  while (in >> word) words.push_back(word);
  return words;
}

}  // namespace

Result<std::string> TermExpression(const std::string& phrase) {
  const std::vector<std::string> words = SplitWords(phrase);
  if (words.empty()) return Error{"empty term", {}};
  std::string expression;
  for (size_t i = 0; i < words.size(); ++i) {
    Result<std::string> word = WordExpression(words[i], i + 1 == words.size());
    if (!word.ok()) return Error{"term '" + phrase + "': " + word.error().message, {}};
    if (i > 0) expression += kSeparator;
    expression += *word;
  }
  // A boundary is asserted only next to a word character: "(PET)"-like edges have none.
  const bool left_word = std::isalnum(static_cast<unsigned char>(words.front().front())) != 0;
  const std::string& back = words.back();
  const bool right_word =
      back.back() == '*' || std::isalnum(static_cast<unsigned char>(back.back()));
  return (left_word ? "\\b" : "") + expression + (right_word ? "\\b" : "");
}

std::string FoldSeparators(std::string_view text) {
  std::string out(text);
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    const auto b0 = static_cast<unsigned char>(out[i]);
    const auto b1 = static_cast<unsigned char>(out[i + 1]);
    if (b0 == 0xC2 && b1 == 0xA0) {  // U+00A0 no-break space
      out[i] = out[i + 1] = ' ';
    } else if (b0 == 0xE2 && b1 == 0x80 && i + 2 < out.size()) {
      const auto b2 = static_cast<unsigned char>(out[i + 2]);
      if (b2 >= 0x90 && b2 <= 0x94) {  // U+2010..U+2014 hyphens and dashes
        out[i] = '-';
        out[i + 1] = out[i + 2] = ' ';
      } else if (b2 == 0xAF) {  // U+202F narrow no-break space
        out[i] = out[i + 1] = out[i + 2] = ' ';
      }
    }
  }
  return out;
}

std::string TermKey(const std::string& phrase, bool case_sensitive) {
  std::string key;
  for (const std::string& word : SplitWords(phrase)) {
    if (!key.empty()) key += ' ';
    for (char c : word) {
      key += case_sensitive ? c : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return key;
}

}  // namespace catchall
