// PrepareName: the rules are listed in src/match/README.md ("Preparing a name").
#include "match/prepared_name.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "match/korean_romanisation.h"
#include "match/name_terms.h"
#include "match/transliterate.h"
#include "text/normalize.h"

namespace catchall {
namespace {

std::string_view CutAtCharacterBoundary(std::string_view raw) {
  if (raw.size() <= kMaxNameBytes) return raw;
  size_t end = kMaxNameBytes;
  while (end > 0 && (static_cast<unsigned char>(raw[end]) & 0xC0) == 0x80) --end;
  return raw.substr(0, end);
}

char32_t FirstCodePoint(std::string_view utf8) {
  if (utf8.empty()) return 0;
  const auto b0 = static_cast<unsigned char>(utf8[0]);
  if (b0 < 0x80) return b0;
  if ((b0 & 0xF0) == 0xE0 && utf8.size() >= 3) {
    return ((b0 & 0x0F) << 12) | ((static_cast<unsigned char>(utf8[1]) & 0x3F) << 6) |
           (static_cast<unsigned char>(utf8[2]) & 0x3F);
  }
  return 0;
}

// U+30FB KATAKANA MIDDLE DOT separates the words of a name written in katakana.
bool IsKana(char32_t c) {
  return ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF)) && c != 0x30FB;
}

// A spelling key for words of names that are not Korean-like: the differences between the
// usual romanisations of Cyrillic, Arabic and Persian names and between English and German
// spellings fold away ("sergej", "sergey", "sergei" -> "sergei"; "zelenskyy", "zelenskiy" ->
// "zelenski"; "mikhail" -> "mihail"; doubled letters single).
std::string LatinSpellingKey(std::string_view text) {
  struct Rewrite {
    std::string_view from, to;
  };
  static constexpr std::array<Rewrite, 13> kRewrites = {{{"sch", "sh"},
                                                         {"tch", "ch"},
                                                         {"kh", "h"},
                                                         {"ph", "f"},
                                                         {"ck", "k"},
                                                         {"zh", "j"},
                                                         {"dj", "j"},
                                                         {"ou", "u"},
                                                         {"oo", "u"},
                                                         {"ee", "i"},
                                                         {"w", "v"},
                                                         {"y", "i"},
                                                         {"q", "k"}}};
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  std::string out;
  for (size_t i = 0; i < text.size();) {
    std::string_view piece = text.substr(i, 1);
    size_t used = 1;
    for (const Rewrite& rewrite : kRewrites) {
      if (text.substr(i, rewrite.from.size()) == rewrite.from) {
        piece = rewrite.to;
        used = rewrite.from.size();
        break;
      }
    }
    if (piece == "j" && !out.empty() && vowel(out.back())) piece = "i";  // sergej = sergei
    i += used;
    for (char c : piece) {
      if (out.empty() || out.back() != c) out += c;
    }
  }
  return out;
}

void AddLatinWords(std::string_view latin, std::string_view raw, bool transliterated,
                   std::vector<NameWord>* words) {
  for (NormToken& token : NormalizeTokens(latin)) {
    NameWord word;
    word.text = std::move(token.text);
    word.raw = std::string(raw);
    word.transliterated = transliterated;
    words->push_back(std::move(word));
  }
}

// Letters written as digits ("Ig0r Sech1n") are read back as letters; words of digits only
// ("2000", "44") stay numbers, and ordinals "1st", "2nd" become the number.
void ReadDigitsInWord(std::string* text) {
  size_t digits = 0;
  for (char c : *text) digits += std::isdigit(static_cast<unsigned char>(c)) ? 1 : 0;
  if (digits == 0 || digits == text->size()) return;
  static constexpr std::array<std::string_view, 4> kOrdinalSuffixes = {"st", "nd", "rd", "th"};
  for (std::string_view suffix : kOrdinalSuffixes) {
    if (text->size() == digits + suffix.size() && text->ends_with(suffix)) {
      text->resize(digits);
      return;
    }
  }
  for (char& c : *text) {
    switch (c) {
      case '0':
        c = 'o';
        break;
      case '1':
        c = 'i';
        break;
      case '3':
        c = 'e';
        break;
      case '4':
        c = 'a';
        break;
      case '5':
        c = 's';
        break;
      case '7':
        c = 't';
        break;
      case '9':
        c = 'g';
        break;
      default:
        break;
    }
  }
}

void AddTokens(std::string_view part, std::vector<NameWord>* words) {
  const std::vector<NormToken> tokens = NormalizeTokens(part);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const NormToken& token = tokens[i];
    const std::string_view raw = part.substr(token.begin, token.end - token.begin);
    if (!token.cjk) {
      if (HasNonLatinLetter(token.text)) {
        AddLatinWords(TransliterateWord(token.text), raw, true, words);
      } else {
        AddLatinWords(token.text, raw, false, words);
      }
      continue;
    }
    const char32_t c = FirstCodePoint(token.text);
    if (IsHangulSyllable(c)) {
      NameWord word;
      word.text = RomaniseHangulSyllable(c);
      word.raw = std::string(raw);
      word.transliterated = true;
      words->push_back(std::move(word));
    } else if (IsKana(c)) {
      // Kana spell sounds, not syllables of meaning: a run of joined kana is one word.
      std::string run = token.text;
      size_t end = i + 1;
      while (end < tokens.size() && tokens[end].cjk && tokens[end].joined_to_previous &&
             IsKana(FirstCodePoint(tokens[end].text))) {
        run += tokens[end].text;
        ++end;
      }
      const std::string_view run_raw = part.substr(token.begin, tokens[end - 1].end - token.begin);
      AddLatinWords(TransliterateWord(run), run_raw, true, words);
      i = end - 1;
    } else {
      AddLatinWords(TransliterateWord(token.text), raw, true, words);
    }
  }
}

bool IsKoreanLike(const std::vector<NameWord>& words, const NameTerms& terms) {
  if (words.empty()) return false;
  for (const NameWord& word : words) {
    if (word.transliterated && !word.raw.empty() && IsHangulSyllable(FirstCodePoint(word.raw))) {
      return true;
    }
  }
  if (words.size() < 2) return false;
  for (const NameWord& word : words) {
    // Pinyin from Han characters parses as Korean syllables too ("li", "yang"): not Korean.
    if (word.transliterated) return false;
    if (!terms.korean_surnames.contains(word.text) && !ParsesAsKoreanSyllables(word.text)) {
      return false;
    }
  }
  return terms.korean_surnames.contains(words.front().text) ||
         terms.korean_surnames.contains(words.back().text);
}

// English number words, so "Forty-Four" and "44" or "First" and "1st" compare equal.
int SmallNumber(std::string_view word) {
  static constexpr std::array<std::string_view, 20> kUnits = {
      "zero",     "one",     "two",     "three",     "four",     "five",    "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  static constexpr std::array<std::string_view, 11> kOrdinals = {
      "",      "first",   "second", "third", "fourth", "fifth",
      "sixth", "seventh", "eighth", "ninth", "tenth"};
  for (size_t i = 0; i < kUnits.size(); ++i) {
    if (word == kUnits[i]) return static_cast<int>(i);
  }
  for (size_t i = 1; i < kOrdinals.size(); ++i) {
    if (word == kOrdinals[i]) return static_cast<int>(i);
  }
  return -1;
}

int TensNumber(std::string_view word) {
  static constexpr std::array<std::string_view, 8> kTens = {
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  for (size_t i = 0; i < kTens.size(); ++i) {
    if (word == kTens[i]) return static_cast<int>(20 + 10 * i);
  }
  return word == "fourty" ? 40 : -1;
}

bool IsDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

void ReadNumberWords(std::vector<NameWord>* words) {
  std::vector<NameWord> out;
  for (size_t i = 0; i < words->size(); ++i) {
    NameWord word = std::move((*words)[i]);
    const int tens = TensNumber(word.text);
    if (tens >= 0) {
      int value = tens;
      if (i + 1 < words->size()) {
        const NameWord& next = (*words)[i + 1];
        const int unit = IsDigits(next.text) && next.text.size() == 1 ? next.text[0] - '0'
                                                                      : SmallNumber(next.text);
        if (unit > 0 && unit < 10) {
          value += unit;
          word.raw += " " + next.raw;
          ++i;
        }
      }
      word.text = std::to_string(value);
    } else if (const int small = SmallNumber(word.text); small >= 0) {
      word.text = std::to_string(small);
    }
    out.push_back(std::move(word));
  }
  *words = std::move(out);
}

// One typing error in a long single-word legal form ("Aktiengeselschaft", "Compan") still
// makes it that legal form.
bool WithinOneEdit(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) {
    return a.substr(i + 1) == b.substr(i + 1) ||
           (i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
            a.substr(i + 2) == b.substr(i + 2));
  }
  return a.substr(i) == b.substr(i + 1);
}

void RepairLegalFormTypos(const NameTerms& terms, std::vector<NameWord>* words) {
  constexpr size_t kMinLength = 6;
  for (NameWord& word : *words) {
    if (word.text.size() < kMinLength || terms.legal_forms.contains(word.text) ||
        terms.generic.contains(word.text)) {
      continue;
    }
    for (const auto& [form, canonical] : terms.legal_forms) {
      if (form.size() >= kMinLength && form.find(' ') == std::string::npos &&
          WithinOneEdit(word.text, form)) {
        word.text = form;
        break;
      }
    }
  }
}

// Legal form phrases (longest first), titles, stop words, generic words and particles.
void AssignRoles(EntitySchema schema, const NameTerms& terms, std::vector<NameWord>* words) {
  const bool person = IsPersonSchema(schema);
  std::vector<NameWord> out;
  for (size_t i = 0; i < words->size();) {
    bool merged = false;
    for (size_t n = std::min(terms.longest_legal_form, words->size() - i); n >= 1; --n) {
      std::string phrase = (*words)[i].text;
      for (size_t k = 1; k < n; ++k) phrase += " " + (*words)[i + k].text;
      auto it = terms.legal_forms.find(phrase);
      if (it == terms.legal_forms.end()) continue;
      NameWord word = (*words)[i];
      for (size_t k = 1; k < n; ++k) word.raw += " " + (*words)[i + k].raw;
      word.text = it->second;
      word.role = WordRole::kLegalForm;
      out.push_back(std::move(word));
      i += n;
      merged = true;
      break;
    }
    if (merged) continue;
    NameWord word = std::move((*words)[i++]);
    if (person && terms.titles.contains(word.text)) {
      word.role = WordRole::kStop;
    } else if (terms.stop.contains(word.text) && !(person && word.text.size() == 1)) {
      word.role = WordRole::kStop;
    } else if (auto it = terms.particles.find(word.text); it != terms.particles.end()) {
      word.text = it->second;
      word.role = WordRole::kGeneric;
    } else if (!person && terms.generic.contains(word.text)) {
      word.role = WordRole::kGeneric;
    }
    out.push_back(std::move(word));
  }
  *words = std::move(out);
}

size_t FindComma(std::string_view text) {
  const size_t ascii = text.find(',');
  const size_t wide = text.find("\xEF\xBC\x8C");  // U+FF0C FULLWIDTH COMMA
  return std::min(ascii, wide);
}

}  // namespace

PreparedName PrepareName(std::string_view raw_input, EntitySchema schema) {
  const std::string_view raw = CutAtCharacterBoundary(raw_input);
  PreparedName name;
  name.raw = std::string(raw);
  name.schema = schema;
  const std::shared_ptr<const NameTerms> terms = CurrentNameTerms();

  // "FAMILY, Given": persons are read given-name first, except Korean names (below).
  std::vector<NameWord> family;
  std::vector<NameWord> given;
  const size_t comma = IsPersonSchema(schema) ? FindComma(raw) : std::string_view::npos;
  if (comma != std::string_view::npos) {
    AddTokens(raw.substr(0, comma), &family);
    AddTokens(raw.substr(comma), &given);
  } else {
    AddTokens(raw, &given);
  }
  std::vector<NameWord>& words = name.words;
  words = std::move(given);
  words.insert(words.end(), std::make_move_iterator(family.begin()),
               std::make_move_iterator(family.end()));
  for (NameWord& word : words) ReadDigitsInWord(&word.text);

  const bool korean = IsKoreanLike(words, *terms);
  if (korean) {
    // Korean names are written family name first, also after "KIM, Chol Nam".
    if (!family.empty()) {
      std::rotate(words.begin(), words.end() - static_cast<std::ptrdiff_t>(family.size()),
                  words.end());
    }
    for (NameWord& word : words) {
      word.key = KoreanWordKey(word.text, terms->korean_surnames);
      word.korean_key = true;
    }
    return name;
  }
  ReadNumberWords(&words);
  RepairLegalFormTypos(*terms, &words);
  AssignRoles(schema, *terms, &words);
  for (NameWord& word : words) word.key = LatinSpellingKey(word.text);
  return name;
}

}  // namespace catchall
