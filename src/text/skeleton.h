// The skeleton of a text: what is left after Unicode compatibility folding (NFKC + case folding),
// removing diacritics, and dropping every character that is not a letter or a digit. "P'yŏngyang,
// D.P.R. Korea" and "PYONGYANG DPR-KOREA" have the same skeleton, "pyongyangdprkorea".
//
// Written by hand rather than with ICU's normaliser because it runs over every byte of large
// inputs (the prefilter folds whole OpenAlex records): an ASCII fast path with a 256-entry table,
// and for other characters a table of every BMP code point's folded form computed once from ICU,
// so the result is what ICU's normalisation would give, at several hundred MB/s.
#pragma once

#include <string>
#include <string_view>

namespace catchall {

// Appends the skeleton of `utf8` (which must be valid UTF-8) to `out`. With `breaks`, also
// appends one byte per output byte: 1 where at least one character was dropped just before it
// (a space, punctuation, a diacritic: a possible word boundary), else 0.
void AppendSkeleton(std::string_view utf8, std::string& out, std::string* breaks = nullptr);

namespace internal {
// The same with the AVX-512 fast path on or off, so tests can hold the two against each other.
void AppendSkeleton(std::string_view utf8, std::string& out, std::string* breaks, bool simd);
}  // namespace internal

inline std::string Skeleton(std::string_view utf8) {
  std::string out;
  AppendSkeleton(utf8, out);
  return out;
}

}  // namespace catchall
