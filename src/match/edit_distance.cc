#include "match/edit_distance.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <vector>

namespace catchall {
namespace {

// Three rows of the table (the transposition looks two rows back), `width` cells each.
class Rows {
 public:
  explicit Rows(size_t width) {
    if (width > kInlineEditLength + 1) {
      thread_local std::vector<int> heap;
      heap.resize(3 * width);
      cells_ = heap.data();
    } else {
      cells_ = inline_.data();
    }
    before_ = cells_;
    previous_ = cells_ + width;
    current_ = cells_ + 2 * width;
  }
  int* before() { return before_; }
  int* previous() { return previous_; }
  int* current() { return current_; }
  void Advance() {  // current becomes previous, previous becomes before
    int* oldest = before_;
    before_ = previous_;
    previous_ = current_;
    current_ = oldest;
  }

 private:
  std::array<int, 3 * (kInlineEditLength + 1)> inline_;
  int* cells_;
  int* before_;
  int* previous_;
  int* current_;
};

template <typename Char>
int Bounded(std::basic_string_view<Char> a, std::basic_string_view<Char> b, int max_distance) {
  const int la = static_cast<int>(a.size());
  const int lb = static_cast<int>(b.size());
  if (std::abs(la - lb) > max_distance) return max_distance + 1;
  Rows rows(static_cast<size_t>(lb) + 1);
  for (int j = 0; j <= lb; ++j) rows.previous()[j] = j;
  for (int i = 1; i <= la; ++i) {
    int* current = rows.current();
    const int* previous = rows.previous();
    const int* before = rows.before();
    current[0] = i;
    int row_min = i;
    for (int j = 1; j <= lb; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        value = std::min(value, before[j - 2] + 1);
      }
      current[j] = value;
      row_min = std::min(row_min, value);
    }
    // A row never falls more than one below the row before it, so once a whole row is over the
    // bound every later row is too (also through the transposition, two rows back).
    if (row_min > max_distance) return max_distance + 1;
    rows.Advance();
  }
  return std::min(rows.previous()[lb], max_distance + 1);
}

}  // namespace

int BoundedEditDistance(std::string_view a, std::string_view b, int max_distance) {
  return Bounded(a, b, max_distance);
}

int BoundedEditDistance(std::u32string_view a, std::u32string_view b, int max_distance) {
  return Bounded(a, b, max_distance);
}

}  // namespace catchall
