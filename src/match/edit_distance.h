// Bounded optimal string alignment distance (Levenshtein with adjacent transpositions), shared by
// the vocabulary's typo search (bytes of romanisation keys) and the scorer's spelling similarity
// (code points). Written here rather than taken from a library: the packaged ones (ICU has none;
// rapidfuzz-cpp is not in Debian 12) do not stop early at a bound, and this runs millions of
// times per second on words of a few letters, so it must not touch the heap.
#pragma once

#include <string_view>

namespace catchall {

// Words of up to this many units are compared on stack rows; longer ones use thread_local rows.
inline constexpr size_t kInlineEditLength = 64;

// The distance between `a` and `b`, or max_distance + 1 when it is larger: the computation stops
// as soon as no alignment can come back under the bound.
int BoundedEditDistance(std::string_view a, std::string_view b, int max_distance);
int BoundedEditDistance(std::u32string_view a, std::u32string_view b, int max_distance);

}  // namespace catchall
