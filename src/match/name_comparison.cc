// The fast scorer: the units starting at every query position are computed once, then a
// depth-first search visits each assignment of disjoint units exactly once, query position by
// query position, skipping units whose candidate words are taken. It is the maximum of the same
// function over the same set of assignments as ReferenceCompareNames, which enumerates subsets
// of all units naively; the only shortcuts are stopping at a perfect score and the bound below.
#include "match/name_comparison.h"

#include <array>
#include <cstdint>
#include <vector>

#include "match/name_scoring.h"

namespace catchall {
namespace {

// A bound on the assignments tried, reached only by names with many mutually similar words
// ("a a a a a a a a" against "a a a a a a a"); names of up to five words never reach it (see
// tests/match/reference_scorer_test.cc). Beyond it the best assignment found so far is kept.
constexpr int64_t kMaxSearchLeaves = int64_t{1} << 18;

class Search {
 public:
  explicit Search(const ScoringContext& context) : context_(context) {
    const int nq = static_cast<int>(context.query_words.size());
    const int nc = static_cast<int>(context.candidate_words.size());
    units_.reserve(static_cast<size_t>(nq) * nc * 2);
    for (int qi = 0; qi < nq; ++qi) {
      first_unit_[qi] = static_cast<int>(units_.size());
      for (int ci = 0; ci < nc; ++ci) {
        for (int qn = 1; qn <= kMaxJoinedWords && qi + qn <= nq; ++qn) {
          for (int cn = 1; cn <= kMaxJoinedWords && ci + cn <= nc; ++cn) {
            if (qn > 1 && cn > 1) break;
            Unit unit{qi, qn, ci, cn, {}};
            unit.match = CompareUnit(*context.query, context.query_words, qi, qn,
                                     *context.candidate, context.candidate_words, ci, cn);
            if (unit.match.similarity > 0) units_.push_back(unit);
          }
        }
      }
    }
    first_unit_[nq] = static_cast<int>(units_.size());
    positions_ = nq;
    chosen_.reserve(kMaxScoredWords);
    best_units_.reserve(kMaxScoredWords);
  }

  NameComparison Run() {
    Visit(0);
    return ExplainAssignment(context_, best_units_, best_score_);
  }

 private:
  // Units are tried before leaving a position unmatched, so the first assignments are the
  // fullest; a score of 1 cannot be beaten, so the search ends there.
  void Visit(int qi) {
    if (Done()) return;
    if (qi >= positions_) {
      ++leaves_;
      const double score = ScoreAssignment(context_, chosen_);
      if (score > best_score_) {
        best_score_ = score;
        best_units_ = chosen_;
      }
      return;
    }
    for (int u = first_unit_[qi]; u < first_unit_[qi + 1]; ++u) {
      const Unit& unit = units_[u];
      const uint32_t mask = CandidateMask(unit);
      if (candidate_used_ & mask) continue;
      candidate_used_ |= mask;
      chosen_.push_back(unit);
      Visit(qi + unit.qn);
      chosen_.pop_back();
      candidate_used_ &= ~mask;
    }
    Visit(qi + 1);  // query position qi unmatched
  }

  bool Done() const { return best_score_ >= 1.0 || leaves_ >= kMaxSearchLeaves; }

  static uint32_t CandidateMask(const Unit& unit) { return ((1u << unit.cn) - 1) << unit.ci; }

  const ScoringContext& context_;
  std::vector<Unit> units_;  // by query position, in the order they are tried
  std::array<int, kMaxScoredWords + 1> first_unit_{};  // units_ of position qi: [qi], [qi + 1]
  int positions_ = 0;
  uint32_t candidate_used_ = 0;  // bit k: candidate scored position k is taken
  std::vector<Unit> chosen_;
  std::vector<Unit> best_units_;
  double best_score_ = -1;
  int64_t leaves_ = 0;
};

}  // namespace

const char* WordMatchHowName(WordMatchHow how) {
  switch (how) {
    case WordMatchHow::kExact:
      return "exact";
    case WordMatchHow::kTransliterated:
      return "transliterated";
    case WordMatchHow::kRomanisation:
      return "romanisation";
    case WordMatchHow::kEditDistance:
      return "edit_distance";
    case WordMatchHow::kInitial:
      return "initial";
    case WordMatchHow::kJoined:
      return "joined";
  }
  return "exact";
}

NameComparison CompareNames(const PreparedName& query, const PreparedName& candidate) {
  const ScoringContext context = MakeScoringContext(query, candidate);
  Search search(context);
  return search.Run();
}

}  // namespace catchall
