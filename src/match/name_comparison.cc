// The fast scorer: the units starting at every query position are computed once, then a
// depth-first search visits each assignment of disjoint units exactly once, query position by
// query position, skipping units whose candidate words are taken. It is the maximum of the same
// function over the same set of assignments as ReferenceCompareNames, which enumerates subsets
// of all units naively; the only shortcuts are stopping at a perfect score and the bound below.
#include "match/name_comparison.h"

#include <cstdint>

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
    starting_at_.resize(nq);
    for (int qi = 0; qi < nq; ++qi) {
      for (int ci = 0; ci < nc; ++ci) {
        for (int qn = 1; qn <= kMaxJoinedWords && qi + qn <= nq; ++qn) {
          for (int cn = 1; cn <= kMaxJoinedWords && ci + cn <= nc; ++cn) {
            if (qn > 1 && cn > 1) break;
            Unit unit{qi, qn, ci, cn, {}};
            unit.match = CompareUnit(*context.query, context.query_words, qi, qn,
                                     *context.candidate, context.candidate_words, ci, cn);
            if (unit.match.similarity > 0) starting_at_[qi].push_back(unit);
          }
        }
      }
    }
    candidate_used_.assign(nc, false);
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
    if (qi >= static_cast<int>(starting_at_.size())) {
      ++leaves_;
      const double score = ScoreAssignment(context_, chosen_);
      if (score > best_score_) {
        best_score_ = score;
        best_units_ = chosen_;
      }
      return;
    }
    for (const Unit& unit : starting_at_[qi]) {
      if (!Free(unit)) continue;
      SetUsed(unit, true);
      chosen_.push_back(unit);
      Visit(qi + unit.qn);
      chosen_.pop_back();
      SetUsed(unit, false);
    }
    Visit(qi + 1);  // query position qi unmatched
  }

  bool Done() const { return best_score_ >= 1.0 || leaves_ >= kMaxSearchLeaves; }

  bool Free(const Unit& unit) const {
    for (int k = unit.ci; k < unit.ci + unit.cn; ++k) {
      if (candidate_used_[k]) return false;
    }
    return true;
  }
  void SetUsed(const Unit& unit, bool used) {
    for (int k = unit.ci; k < unit.ci + unit.cn; ++k) candidate_used_[k] = used;
  }

  const ScoringContext& context_;
  std::vector<std::vector<Unit>> starting_at_;
  std::vector<bool> candidate_used_;
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
