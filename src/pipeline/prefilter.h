// The DPRK prefilter: one Hyperscan pass over a record's raw bytes that clears records which
// cannot have a DPRK tie, so they skip parsing and resolution. It must never clear a record the
// full path would flag, so its patterns are built from the resolver's own trigger phrases
// (AffiliationResolver::DprkTriggerPhrases) made tolerant of everything normalisation removes
// (case, diacritics, apostrophes, dots, punctuation between words), plus the source's "KP"
// country code and anything normalisation could turn into a trigger (JSON \u escapes, Hangul
// jamo, full-width forms). tests/pipeline/prefilter_test.cc checks the promise.
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

class Prefilter {
 public:
  // Compiles the patterns; an Error if Hyperscan rejects one (a bad trigger phrase).
  static Result<std::unique_ptr<Prefilter>> Build(const std::vector<std::string>& phrases);
  ~Prefilter();
  Prefilter(const Prefilter&) = delete;
  Prefilter& operator=(const Prefilter&) = delete;

  // True when `text` may hold a DPRK tie. `text` must be valid UTF-8 (callers check first:
  // Hyperscan's UTF-8 mode is undefined on invalid input). Thread-safe: scratch is per thread.
  bool MayMatter(std::string_view text) const;

  // The regular expression built for one phrase (exposed for tests and for `--explain`).
  static std::string PhrasePattern(std::string_view phrase);

 private:
  Prefilter(hs_database* database, std::vector<std::string> patterns);
  hs_scratch* ThreadScratch() const;

  hs_database* database_;
  uint64_t serial_ = 0;
  std::vector<std::string> patterns_;
};

}  // namespace catchall
