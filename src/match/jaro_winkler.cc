#include "match/jaro_winkler.h"

#include <algorithm>
#include <array>
#include <memory>

namespace catchall {
namespace {

constexpr char32_t kInvalidByteBase = 0xDC00;

// Length of the sequence a lead byte announces, 0 when it cannot start one.
int SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

bool IsContinuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// The Jaro similarity of two code point sequences, with caller-provided "already matched"
// flags (sized at least a.size() and b.size(), all false).
double JaroWithFlags(std::u32string_view a, std::u32string_view b, bool* a_matched,
                     bool* b_matched) {
  if (a.empty() && b.empty()) return 1.0;
  if (a.empty() || b.empty()) return 0.0;
  const size_t window = std::max(a.size(), b.size()) / 2;
  const size_t reach = window > 0 ? window - 1 : 0;
  size_t matches = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    const size_t from = i > reach ? i - reach : 0;
    const size_t to = std::min(b.size(), i + reach + 1);
    for (size_t j = from; j < to; ++j) {
      if (!b_matched[j] && a[i] == b[j]) {
        a_matched[i] = b_matched[j] = true;
        ++matches;
        break;
      }
    }
  }
  if (matches == 0) return 0.0;
  // Matched characters taken in order on both sides; each position where they differ is half
  // a transposition.
  size_t out_of_order = 0;
  size_t j = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    if (!a_matched[i]) continue;
    while (!b_matched[j]) ++j;
    if (a[i] != b[j]) ++out_of_order;
    ++j;
  }
  const double m = static_cast<double>(matches);
  const double transpositions = static_cast<double>(out_of_order / 2);
  return (m / a.size() + m / b.size() + (m - transpositions) / m) / 3.0;
}

double WinklerBoost(std::u32string_view a, std::u32string_view b, double jaro,
                    const JaroWinklerOptions& options) {
  if (jaro < options.boost_threshold || jaro <= 0.0) return jaro;
  const size_t limit = std::min({a.size(), b.size(), static_cast<size_t>(options.max_prefix)});
  size_t prefix = 0;
  while (prefix < limit && a[prefix] == b[prefix]) ++prefix;
  return jaro + prefix * options.prefix_scale * (1.0 - jaro);
}

// Decodes into a stack buffer when it is large enough, else into thread_local scratch that
// keeps its capacity, so steady-state calls never allocate.
class CodePoints {
 public:
  CodePoints(std::string_view utf8, std::u32string* scratch) {
    if (utf8.size() <= kJaroInlineLength) {
      size_t pos = 0;
      size_t count = 0;
      while (pos < utf8.size()) inline_[count++] = NextCodePoint(utf8, &pos);
      view_ = std::u32string_view(inline_.data(), count);
    } else {
      scratch->clear();
      AppendCodePoints(utf8, scratch);
      view_ = *scratch;
    }
  }
  std::u32string_view view() const { return view_; }

 private:
  std::array<char32_t, kJaroInlineLength> inline_;
  std::u32string_view view_;
};

}  // namespace

char32_t NextCodePoint(std::string_view utf8, size_t* pos) {
  const auto lead = static_cast<unsigned char>(utf8[*pos]);
  const int length = SequenceLength(lead);
  const auto invalid = [&] {
    ++*pos;
    return static_cast<char32_t>(kInvalidByteBase + lead);
  };
  if (length == 1) {
    ++*pos;
    return lead;
  }
  if (length == 0 || *pos + length > utf8.size()) return invalid();
  char32_t code = lead & (0x7F >> length);
  for (int k = 1; k < length; ++k) {
    const auto byte = static_cast<unsigned char>(utf8[*pos + k]);
    if (!IsContinuation(byte)) return invalid();
    code = (code << 6) | (byte & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are not well-formed.
  static constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code < kSmallest[length] || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) {
    return invalid();
  }
  *pos += length;
  return code;
}

void AppendCodePoints(std::string_view utf8, std::u32string* out) {
  size_t pos = 0;
  while (pos < utf8.size()) out->push_back(NextCodePoint(utf8, &pos));
}

double Jaro(std::u32string_view a, std::u32string_view b) {
  if (a.size() <= kJaroInlineLength && b.size() <= kJaroInlineLength) {
    std::array<bool, kJaroInlineLength> a_matched{};
    std::array<bool, kJaroInlineLength> b_matched{};
    return JaroWithFlags(a, b, a_matched.data(), b_matched.data());
  }
  // Long strings: thread_local flags that keep their capacity (std::vector<bool> is packed and
  // has no data(), hence a plain array).
  thread_local std::unique_ptr<bool[]> flags;
  thread_local size_t capacity = 0;
  const size_t needed = a.size() + b.size();
  if (needed > capacity) {
    flags = std::make_unique<bool[]>(needed);
    capacity = needed;
  }
  std::fill_n(flags.get(), needed, false);
  return JaroWithFlags(a, b, flags.get(), flags.get() + a.size());
}

double JaroWinkler(std::u32string_view a, std::u32string_view b,
                   const JaroWinklerOptions& options) {
  return WinklerBoost(a, b, Jaro(a, b), options);
}

double Jaro(std::string_view a, std::string_view b) {
  thread_local std::u32string a_scratch;
  thread_local std::u32string b_scratch;
  const CodePoints a_points(a, &a_scratch);
  const CodePoints b_points(b, &b_scratch);
  return Jaro(a_points.view(), b_points.view());
}

double JaroWinkler(std::string_view a, std::string_view b, const JaroWinklerOptions& options) {
  thread_local std::u32string a_scratch;
  thread_local std::u32string b_scratch;
  const CodePoints a_points(a, &a_scratch);
  const CodePoints b_points(b, &b_scratch);
  return JaroWinkler(a_points.view(), b_points.view(), options);
}

}  // namespace catchall
