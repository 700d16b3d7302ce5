// Jaro and Jaro-Winkler similarity over Unicode code points.
//
// Used by the OFAC-compatible score (ofac_score.h), by the main scorer and by the brute-force
// baseline of the benchmark, so it must not allocate for the short strings names are made of:
// strings of up to kJaroInlineLength code points use stack buffers, longer ones reuse
// thread_local scratch space.
#pragma once

#include <string>
#include <string_view>

namespace catchall {

// Strings up to this many code points (or UTF-8 bytes) are compared without touching the heap.
inline constexpr size_t kJaroInlineLength = 64;

struct JaroWinklerOptions {
  double prefix_scale = 0.1;  // Winkler's p; prefix_scale * max_prefix must stay <= 1
  int max_prefix = 4;         // at most this many common leading code points earn the bonus
  // The prefix bonus is only given when the Jaro similarity reaches this value (Winkler 1990).
  // 0 gives it always, as the SimMetrics library (and OFAC's tool) does.
  double boost_threshold = 0.7;
};

// Jaro similarity in [0, 1]: matches within floor(max(len1, len2) / 2) - 1 positions, half
// the out-of-order matches counted as transpositions. Two empty strings are identical (1);
// one empty string against a non-empty one scores 0.
double Jaro(std::u32string_view a, std::u32string_view b);
double JaroWinkler(std::u32string_view a, std::u32string_view b,
                   const JaroWinklerOptions& options = {});

// The same on UTF-8 text. A byte that does not belong to a well-formed sequence counts as one
// unit of its own (it equals only the same invalid byte).
double Jaro(std::string_view a, std::string_view b);
double JaroWinkler(std::string_view a, std::string_view b, const JaroWinklerOptions& options = {});

// Appends the code points of `utf8` to `out`. An invalid byte b becomes U+DC00 + b: a lone
// surrogate, which no well-formed sequence decodes to, so it cannot equal a real character.
void AppendCodePoints(std::string_view utf8, std::u32string* out);

// Decodes one code point (or one invalid byte, as above) starting at `*pos`, advancing it.
char32_t NextCodePoint(std::string_view utf8, size_t* pos);

}  // namespace catchall
