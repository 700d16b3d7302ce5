#include "report/row_keeper.h"

#include <algorithm>

#include "report/labels.h"

namespace catchall::report {

RowKeeper::RowKeeper(std::vector<std::string> tier_order, size_t cap)
    : order_(std::move(tier_order)), buckets_(order_.size()), cap_(cap) {}

size_t RowKeeper::Rank(const std::string& tier) {
  const auto it = std::find(order_.begin(), order_.end(), tier);
  if (it != order_.end()) return static_cast<size_t>(it - order_.begin());
  // A tier no rule file announced: before `clear` when that is last, else at the end.
  const bool clear_last = !order_.empty() && order_.back() == kClearTierId;
  const size_t at = clear_last ? order_.size() - 1 : order_.size();
  order_.insert(order_.begin() + static_cast<std::ptrdiff_t>(at), tier);
  buckets_.insert(buckets_.begin() + static_cast<std::ptrdiff_t>(at), std::deque<Finding>{});
  return at;
}

void RowKeeper::Offer(Finding&& finding) {
  if (cap_ == 0) return;
  const size_t rank = Rank(finding.tier);
  // Full: a newcomer only gets in ahead of the last kept row, which then leaves. Rows of one
  // tier arrive in file order, so the last of the worst bucket is always the one to drop.
  if (kept_ == cap_) {
    size_t worst = buckets_.size();
    while (worst > 0 && buckets_[worst - 1].empty()) --worst;
    if (worst == 0 || rank >= worst - 1) return;
    buckets_[worst - 1].pop_back();
    --kept_;
  }
  buckets_[rank].push_back(std::move(finding));
  ++kept_;
}

std::vector<const Finding*> RowKeeper::Rows() const {
  std::vector<const Finding*> rows;
  rows.reserve(kept_);
  for (const auto& bucket : buckets_) {
    for (const auto& finding : bucket) rows.push_back(&finding);
  }
  return rows;
}

}  // namespace catchall::report
