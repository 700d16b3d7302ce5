// The findings the page embeds: the first `cap` in display order (tier order, then file order),
// kept while reading so that memory stays bounded by the cap, not by the run's size.
#pragma once

#include <deque>
#include <string>
#include <vector>

#include "report/finding.h"

namespace catchall::report {

class RowKeeper {
 public:
  // `tier_order`: display order of the known tiers; others are placed before `clear`, in the
  // order they are first seen.
  RowKeeper(std::vector<std::string> tier_order, size_t cap);

  void Offer(Finding&& finding);
  std::vector<const Finding*> Rows() const;
  const std::vector<std::string>& tier_order() const { return order_; }

 private:
  size_t Rank(const std::string& tier);

  std::vector<std::string> order_;
  std::vector<std::deque<Finding>> buckets_;
  size_t cap_;
  size_t kept_ = 0;
};

}  // namespace catchall::report
