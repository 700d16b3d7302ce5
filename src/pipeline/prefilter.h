// The DPRK prefilter: clears records that cannot have a DPRK tie, so they skip parsing and
// resolution. It must never clear a record the full path would flag. The resolver promises that
// a text-based DPRK decision needs one of its trigger phrases in the normalised text
// (AffiliationResolver::DprkTriggerPhrases); normalisation only folds case and compatibility
// forms, strips diacritics and turns punctuation into spaces, so every such record's *skeleton*
// (text/skeleton.h: letters and digits only) contains the phrase's skeleton. The prefilter
// therefore searches the record's skeleton for the phrases' skeletons (Hyperscan literal set),
// whole words only for phrases of spaced scripts (the skeleton keeps where characters were
// dropped, so "n korea" matches "N. Korea" but not "Daejeon, Korea"),
// and the raw bytes for what the skeleton cannot show: the source's "KP" country code, JSON \u
// escapes and decomposed Hangul jamo. tests/pipeline/prefilter_test.cc checks the promise.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

struct hs_database;
struct hs_scratch;

namespace catchall {

// A phrase's skeleton as compiled, and whether it must start and end at a word boundary.
struct SkeletonLiteral {
  size_t length = 0;
  bool left_boundary = false;
  bool right_boundary = false;
};

class Prefilter {
 public:
  // Compiles the patterns; an Error if Hyperscan rejects them.
  static Result<std::unique_ptr<Prefilter>> Build(const std::vector<std::string>& phrases);
  ~Prefilter();
  Prefilter(const Prefilter&) = delete;
  Prefilter& operator=(const Prefilter&) = delete;

  // True when `text` may hold a DPRK tie. `text` must be valid UTF-8. Thread-safe.
  bool MayMatter(std::string_view text) const;

 private:
  Prefilter(hs_database* raw, hs_database* skeleton, std::vector<SkeletonLiteral> literals);
  struct ThreadState;
  ThreadState& State() const;

  hs_database* raw_;       // "KP", \u escapes, jamo: scanned over the raw bytes
  hs_database* skeleton_;  // the phrases' skeletons: scanned over the record's skeleton
  std::vector<SkeletonLiteral> literals_;  // by pattern id
  uint64_t serial_ = 0;
};

}  // namespace catchall
