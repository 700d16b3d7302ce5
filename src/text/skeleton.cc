#include "text/skeleton.h"

#include <immintrin.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <cstdint>
#include <vector>

namespace catchall {
namespace {

// For each BMP code point: how its skeleton is made. kKeep copies the character's own bytes
// (Hangul, Han and other letters that fold to themselves); otherwise `length` bytes of `pool`
// from `offset` (possibly none: punctuation, combining marks, spaces).
struct Fold {
  static constexpr uint16_t kKeep = 0xFFFF;
  uint32_t offset = 0;
  uint16_t length = 0;
};

class SkeletonTables {
 public:
  SkeletonTables() : folds_(0x10000) {
    for (int c = 0; c < 128; ++c) {
      const char ch = static_cast<char>(c);
      if (ch >= 'A' && ch <= 'Z') ascii_[c] = static_cast<char>(ch | 0x20);
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) ascii_[c] = ch;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    for (UChar32 cp = 0x80; cp < 0x10000; ++cp) {
      if (U_IS_SURROGATE(cp) || U_FAILURE(status)) continue;
      folds_[static_cast<size_t>(cp)] = BuildFold(cp, *nfkc_cf, *nfd, *nfc);
    }
  }

  const std::array<char, 128>& ascii() const { return ascii_; }
  const Fold& fold(uint32_t cp) const { return folds_[cp]; }
  const char* pool() const { return pool_.data(); }

 private:
  // The skeleton of one character: NFKC + case fold, then decomposed so diacritics can be
  // dropped, then recomposed (so Hangul syllables stay syllables), keeping letters and digits.
  Fold BuildFold(UChar32 cp, const icu::Normalizer2& nfkc_cf, const icu::Normalizer2& nfd,
                 const icu::Normalizer2& nfc) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString decomposed =
        nfd.normalize(nfkc_cf.normalize(icu::UnicodeString(cp), status), status);
    icu::UnicodeString kept;
    for (int32_t i = 0; i < decomposed.length();) {
      const UChar32 c = decomposed.char32At(i);
      i += U16_LENGTH(c);
      if (c < 0x80) {
        if (ascii_[static_cast<size_t>(c)] != 0)
          kept.append(static_cast<UChar32>(ascii_[static_cast<size_t>(c)]));
      } else if (u_charType(c) != U_NON_SPACING_MARK && u_isalnum(c)) {
        kept.append(c);
      }
    }
    const icu::UnicodeString composed = nfc.normalize(kept, status);
    if (U_SUCCESS(status) && composed == icu::UnicodeString(cp)) return Fold{0, Fold::kKeep};
    std::string out;
    composed.toUTF8String(out);
    Fold fold{static_cast<uint32_t>(pool_.size()), static_cast<uint16_t>(out.size())};
    pool_.insert(pool_.end(), out.begin(), out.end());
    return fold;
  }

  std::array<char, 128> ascii_{};
  std::vector<Fold> folds_;
  std::vector<char> pool_;
};

const SkeletonTables& Tables() {
  static const SkeletonTables kTables;
  return kTables;
}

// Decodes the (valid) UTF-8 sequence at text[i]; returns its length.
size_t Decode(std::string_view text, size_t i, uint32_t& cp) {
  const auto b = [&](size_t k) { return static_cast<uint32_t>(static_cast<uint8_t>(text[k])); };
  const uint32_t b0 = b(i);
  if (b0 < 0xE0 && i + 1 < text.size()) {
    cp = ((b0 & 0x1F) << 6) | (b(i + 1) & 0x3F);
    return 2;
  }
  if (b0 < 0xF0 && i + 2 < text.size()) {
    cp = ((b0 & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F);
    return 3;
  }
  cp = 0x10000;  // outside the BMP (or cut short): kept as is
  return b0 >= 0xF0 ? std::min<size_t>(4, text.size() - i) : 1;
}

#define CATCHALL_AVX512 __attribute__((target("avx512f,avx512bw,avx512vbmi2")))

// Bytes of `x` in [first, first + span], as a mask.
CATCHALL_AVX512 inline uint64_t InRange(__m512i x, char first, char span) {
  return _mm512_cmple_epu8_mask(_mm512_sub_epi8(x, _mm512_set1_epi8(first)),
                                _mm512_set1_epi8(span));
}

// The ASCII fast path, 64 bytes at a time with AVX-512 (VBMI2 compress): lower-cases letters,
// keeps letters and digits, packs them together and marks those after a dropped byte. Stops at
// the first non-ASCII byte and returns how many input bytes it consumed (0 to 64); the caller
// continues with the scalar loop, which gives the same result byte for byte (tested).
CATCHALL_AVX512 size_t SkeletonBlock(const char* in, char*& out, char*& flags, char& pending) {
  const __m512i v = _mm512_loadu_si512(in);
  const uint64_t non_ascii = _mm512_movepi8_mask(v);
  const size_t count = non_ascii ? static_cast<size_t>(__builtin_ctzll(non_ascii)) : 64;
  if (count == 0) return 0;
  const uint64_t valid = count == 64 ? ~0ull : (1ull << count) - 1;
  const uint64_t upper = InRange(v, 'A', 25);
  const __m512i lowered = _mm512_mask_add_epi8(v, upper, v, _mm512_set1_epi8(0x20));
  const uint64_t keep = (InRange(lowered, 'a', 25) | InRange(v, '0', 9)) & valid;
  const uint64_t dropped = ~keep & valid;
  const uint64_t after_dropped = (dropped << 1) | static_cast<uint64_t>(pending != 0);
  const __m512i marks = _mm512_maskz_mov_epi8(after_dropped, _mm512_set1_epi8(1));
  _mm512_storeu_si512(out, _mm512_maskz_compress_epi8(keep, lowered));
  _mm512_storeu_si512(flags, _mm512_maskz_compress_epi8(keep, marks));
  const auto kept = static_cast<size_t>(__builtin_popcountll(keep));
  out += kept;
  flags += kept;
  pending = static_cast<char>((dropped >> (count - 1)) & 1);
  return count;
}

bool CpuHasVbmi2() {
  static const bool kHas = __builtin_cpu_supports("avx512f") &&
                           __builtin_cpu_supports("avx512bw") &&
                           __builtin_cpu_supports("avx512vbmi2");
  return kHas;
}

}  // namespace

void AppendSkeleton(std::string_view utf8, std::string& out, std::string* breaks) {
  internal::AppendSkeleton(utf8, out, breaks, CpuHasVbmi2());
}

namespace internal {

void AppendSkeleton(std::string_view utf8, std::string& out, std::string* breaks, bool simd) {
  const SkeletonTables& tables = Tables();
  const auto& ascii = tables.ascii();
  std::string scratch;
  std::string& flags = breaks ? *breaks : scratch;
  const size_t start = out.size();
  const size_t flags_start = flags.size();
  const size_t n = utf8.size();
  out.resize(start + n * 3 + 16);
  flags.resize(flags_start + n * 3 + 16);
  char* o = out.data() + start;
  char* b = flags.data() + flags_start;
  char pending = 1;  // the start of the text is a boundary
  size_t i = 0;
  while (i < n) {
    const auto c = static_cast<uint8_t>(utf8[i]);
    if (simd && c < 0x80 && n - i >= 64) {
      // The buffers always keep (n - i) * 3 + 16 bytes of room, so 64-byte stores fit.
      const size_t consumed = SkeletonBlock(utf8.data() + i, o, b, pending);
      i += consumed;
      if (consumed > 0) continue;
    }
    if (c < 0x80) {
      // Branch-free: write always, advance only for kept characters.
      const char mapped = ascii[c];
      const bool kept = mapped != 0;
      *o = mapped;
      *b = pending;
      o += kept;
      b += kept;
      pending = static_cast<char>(!kept);
      ++i;
      continue;
    }
    uint32_t cp = 0;
    const size_t length = Decode(utf8, i, cp);
    const Fold fold = cp < 0x10000 ? tables.fold(cp) : Fold{0, Fold::kKeep};
    const auto used = static_cast<size_t>(o - out.data());
    const size_t need = fold.length == Fold::kKeep ? length : fold.length;
    if (used + need + (n - i) * 3 + 16 > out.size()) {
      out.resize(used + need + (n - i) * 3 + 16);
      flags.resize(flags_start + (used - start) + need + (n - i) * 3 + 16);
      o = out.data() + used;
      b = flags.data() + flags_start + (used - start);
    }
    const char* from = fold.length == Fold::kKeep ? utf8.data() + i : tables.pool() + fold.offset;
    for (size_t k = 0; k < need; ++k) {
      *o++ = from[k];
      *b++ = k == 0 ? pending : static_cast<char>(0);
    }
    pending = static_cast<char>(need == 0);
    i += length;
  }
  out.resize(static_cast<size_t>(o - out.data()));
  flags.resize(static_cast<size_t>(b - flags.data()));
}

}  // namespace internal
}  // namespace catchall
