#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace catchall {
namespace {

// ICU's Normalizer2 instances are immutable singletons, safe to share between threads.
struct Normalizers {
  const icu::Normalizer2* nfkc_cf = nullptr;
  const icu::Normalizer2* nfkc = nullptr;
  const icu::Normalizer2* nfd = nullptr;
};

const Normalizers& GetNormalizers() {
  static const Normalizers kNormalizers = [] {
    Normalizers n;
    UErrorCode status = U_ZERO_ERROR;
    n.nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
    n.nfkc = icu::Normalizer2::getNFKCInstance(status);
    n.nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) n = Normalizers{};  // ICU data missing: ASCII-only behaviour
    return n;
  }();
  return kNormalizers;
}

bool IsCjk(UChar32 c) {
  return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3040 && c <= 0x30FF) ||
         (c >= 0x3130 && c <= 0x318F) || (c >= 0x31F0 && c <= 0x31FF) ||
         (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xA960 && c <= 0xA97F) || (c >= 0xAC00 && c <= 0xD7AF) ||
         (c >= 0xD7B0 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFF66 && c <= 0xFF9F) || (c >= 0x20000 && c <= 0x3FFFF);
}

// Apostrophe-like characters vanish inside words: "People's" -> "peoples", "P'yongyang".
bool IsApostrophe(UChar32 c) {
  return c == 0x27 || c == 0x60 || c == 0xB4 || c == 0x2018 || c == 0x2019 || c == 0x201B ||
         c == 0x2032 || c == 0x02BB || c == 0x02BC || c == 0x02B9 || c == 0xFF07;
}

bool IsWordChar(UChar32 c) {
  if (u_isalnum(c)) return true;
  const int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}

bool IsLetter(UChar32 c) { return u_isalpha(c) && !IsCjk(c); }

// Letters that have no canonical decomposition but that people write without the stroke.
const char* FoldedLetter(UChar32 c) {
  switch (c) {
    case 0xF8:
      return "o";  // ø
    case 0x111:
      return "d";  // đ
    case 0x142:
      return "l";  // ł
    case 0x131:
      return "i";  // dotless i
    case 0xE6:
      return "ae";  // æ
    case 0x153:
      return "oe";  // œ
    case 0xFE:
      return "th";  // þ
    case 0xF0:
      return "d";  // ð
    default:
      return nullptr;
  }
}

void AppendUtf8(UChar32 c, std::string& out) {
  char buffer[4];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, 4, c, error);
  if (!error) out.append(buffer, static_cast<size_t>(length));
}

// Normalises one alphabetic word: NFKC + case fold, then drop combining marks after NFD.
std::string FoldWord(const icu::UnicodeString& word) {
  const Normalizers& n = GetNormalizers();
  if (n.nfkc_cf == nullptr) return {};
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString folded = n.nfkc_cf->normalize(word, status);
  const icu::UnicodeString decomposed = n.nfd->normalize(folded, status);
  if (U_FAILURE(status)) return {};
  std::string out;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (const char* folded_letter = FoldedLetter(c)) {
      out += folded_letter;
    } else if (u_isalnum(c)) {
      AppendUtf8(c, out);
    }
  }
  return out;
}

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view raw)
      : raw_(raw), bytes_(reinterpret_cast<const uint8_t*>(raw.data())) {}

  std::vector<NormToken> Run() {
    size_t i = 0;
    tokens_.reserve(raw_.size() / 6 + 4);
    while (i < raw_.size()) {
      const size_t start = i;
      const auto byte = static_cast<unsigned char>(raw_[i]);
      if (byte < 0x80 && AsciiFastPath(byte, start)) {
        ++i;
        continue;
      }
      const UChar32 c = Next(i);
      // A digit inside a CJK name stays in it ("제2자연과학원").
      const bool cjk_digit = c >= '0' && c <= '9' && !cjk_run_.isEmpty();
      if (c >= 0 && (IsCjk(c) || cjk_digit)) {
        FlushWord();
        AddCjk(c, start, i);
      } else if (c >= 0 && IsApostrophe(c) && in_word_) {
        continue;  // dropped without ending the word (U+02BC is a letter to ICU: test first)
      } else if (c >= 0 && !IsApostrophe(c) && IsWordChar(c)) {
        FlushCjk();
        AddWordChar(c, start, i);
      } else if (c == '.' && in_word_ && JoinsInitialism(i)) {
        piece_length_ = 0;
      } else {
        FlushWord();
        FlushCjk();
      }
    }
    FlushWord();
    FlushCjk();
    return std::move(tokens_);
  }

 private:
  // Plain ASCII letters, digits and separators without ICU calls; returns false for the
  // characters that need the general path (apostrophes, dots, digits after CJK).
  bool AsciiFastPath(unsigned char byte, size_t start) {
    const bool alnum = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                       (byte >= '0' && byte <= '9');
    if (alnum) {
      if (byte <= '9' && !cjk_run_.isEmpty()) return false;
      FlushCjk();
      AddAsciiChar(byte, start);
      return true;
    }
    if (byte == '\'' || byte == '`' || byte == '.') return false;
    FlushWord();
    FlushCjk();
    return true;
  }

  void AddAsciiChar(unsigned char byte, size_t start) {
    StartWord(start);
    word_end_ = start + 1;
    ++piece_length_;
    const char lower =
        (byte >= 'A' && byte <= 'Z') ? static_cast<char>(byte + 32) : static_cast<char>(byte);
    if (word_ascii_) {
      ascii_word_ += lower;
    } else {
      word_.append(static_cast<UChar32>(lower));
    }
  }

  void StartWord(size_t start) {
    if (in_word_) return;
    in_word_ = true;
    word_begin_ = start;
    word_.remove();
    ascii_word_.clear();
    word_ascii_ = true;
    piece_length_ = 0;
  }

  UChar32 Next(size_t& i) const {
    auto offset = static_cast<int32_t>(i);
    UChar32 c = 0;
    U8_NEXT(bytes_, offset, static_cast<int32_t>(raw_.size()), c);
    i = static_cast<size_t>(offset);
    return c;
  }

  // A dot joins single letters ("D.P.R." -> "dpr", "U.S.A."), not words ("Dept.Phys").
  bool JoinsInitialism(size_t after_dot) const {
    if (piece_length_ != 1) return false;
    size_t i = after_dot;
    size_t letters = 0;
    while (i < raw_.size()) {
      const UChar32 c = Next(i);
      if (c < 0 || !IsLetter(c)) break;
      ++letters;
    }
    return letters == 1;
  }

  void AddWordChar(UChar32 c, size_t start, size_t end) {
    if (c < 0x80) {
      AddAsciiChar(static_cast<unsigned char>(c), start);
      return;
    }
    StartWord(start);
    word_end_ = end;
    if (word_ascii_) {  // the word turns out not to be ASCII: move to ICU
      word_ascii_ = false;
      word_ = icu::UnicodeString::fromUTF8(ascii_word_);
    }
    word_.append(c);
    if (u_charType(c) != U_NON_SPACING_MARK) ++piece_length_;
  }

  void FlushWord() {
    if (!in_word_) return;
    in_word_ = false;
    NormToken token;
    token.begin = static_cast<uint32_t>(word_begin_);
    token.end = static_cast<uint32_t>(word_end_);
    token.text = word_ascii_ ? ascii_word_ : FoldWord(word_);
    if (!token.text.empty()) tokens_.push_back(std::move(token));
  }

  void AddCjk(UChar32 c, size_t start, size_t end) {
    if (cjk_run_.isEmpty()) cjk_begin_ = start;
    cjk_run_.append(c);
    cjk_offsets_.emplace_back(static_cast<uint32_t>(start), static_cast<uint32_t>(end));
  }

  // NFKC composes jamo sequences and maps compatibility ideographs; when the character count
  // changes, each character gets the whole run's byte range.
  void FlushCjk() {
    if (cjk_run_.isEmpty()) return;
    UErrorCode status = U_ZERO_ERROR;
    const Normalizers& n = GetNormalizers();
    icu::UnicodeString normalised =
        n.nfkc != nullptr ? n.nfkc->normalize(cjk_run_, status) : cjk_run_;
    if (U_FAILURE(status)) normalised = cjk_run_;
    const bool same_count = normalised.countChar32() == static_cast<int32_t>(cjk_offsets_.size());
    const uint32_t run_end = cjk_offsets_.back().second;
    size_t index = 0;
    for (int32_t k = 0; k < normalised.length(); ++index) {
      const UChar32 c = normalised.char32At(k);
      k += U16_LENGTH(c);
      NormToken token;
      AppendUtf8(c, token.text);
      token.cjk = true;
      token.joined_to_previous = index > 0;
      token.begin = same_count ? cjk_offsets_[index].first : static_cast<uint32_t>(cjk_begin_);
      token.end = same_count ? cjk_offsets_[index].second : run_end;
      tokens_.push_back(std::move(token));
    }
    cjk_run_.remove();
    cjk_offsets_.clear();
  }

  std::string_view raw_;
  const uint8_t* bytes_;
  std::vector<NormToken> tokens_;
  bool in_word_ = false;
  bool word_ascii_ = true;
  size_t word_begin_ = 0;
  size_t word_end_ = 0;
  size_t piece_length_ = 0;
  icu::UnicodeString word_;  // used only for words with non-ASCII characters
  std::string ascii_word_;
  icu::UnicodeString cjk_run_;
  size_t cjk_begin_ = 0;
  std::vector<std::pair<uint32_t, uint32_t>> cjk_offsets_;
};

bool IsSegmentBreak(UChar32 c) {
  return c == ',' || c == ';' || c == 0xFF0C || c == 0xFF1B || c == 0x3001;
}

}  // namespace

std::vector<NormToken> NormalizeTokens(std::string_view raw) { return Tokenizer(raw).Run(); }

std::string JoinTokens(const std::vector<NormToken>& tokens, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to && i < tokens.size(); ++i) {
    const bool glued = i > from && tokens[i].cjk && tokens[i].joined_to_previous;
    if (i > from && !glued) out += ' ';
    out += tokens[i].text;
  }
  return out;
}

std::string NormalizeText(std::string_view raw) {
  const std::vector<NormToken> tokens = NormalizeTokens(raw);
  return JoinTokens(tokens, 0, tokens.size());
}

std::vector<TextSegment> SplitSegments(std::string_view raw) {
  std::vector<TextSegment> segments;
  const auto* bytes = reinterpret_cast<const uint8_t*>(raw.data());
  const auto length = static_cast<int32_t>(raw.size());
  int32_t begin = 0;
  int32_t i = 0;
  const auto close = [&](int32_t end) {
    if (end > begin) {
      segments.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
    }
  };
  while (i < length) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && IsSegmentBreak(c)) {
      close(start);
      begin = i;
    }
  }
  close(length);
  return segments;
}

}  // namespace catchall
