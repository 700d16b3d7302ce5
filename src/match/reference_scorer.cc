#include "match/reference_scorer.h"

#include "match/name_scoring.h"

namespace catchall {
namespace {

bool Overlaps(const Unit& a, const Unit& b) {
  const bool query_overlap = a.qi < b.qi + b.qn && b.qi < a.qi + a.qn;
  const bool candidate_overlap = a.ci < b.ci + b.cn && b.ci < a.ci + a.cn;
  return query_overlap || candidate_overlap;
}

// Every unit shape whose words are similar at all (the only ones a unit may have).
std::vector<Unit> AllUnitShapes(const ScoringContext& context) {
  const int nq = static_cast<int>(context.query_words.size());
  const int nc = static_cast<int>(context.candidate_words.size());
  std::vector<Unit> shapes;
  for (int qi = 0; qi < nq; ++qi) {
    for (int qn = 1; qi + qn <= nq && qn <= kMaxJoinedWords; ++qn) {
      for (int ci = 0; ci < nc; ++ci) {
        for (int cn = 1; ci + cn <= nc && cn <= kMaxJoinedWords; ++cn) {
          if (qn > 1 && cn > 1) continue;
          Unit unit{qi, qn, ci, cn, {}};
          unit.match = CompareUnit(*context.query, context.query_words, qi, qn, *context.candidate,
                                   context.candidate_words, ci, cn);
          if (unit.match.similarity > 0) shapes.push_back(unit);
        }
      }
    }
  }
  return shapes;
}

void TrySubsets(const ScoringContext& context, const std::vector<Unit>& shapes, size_t next,
                std::vector<Unit>* chosen, double* best, std::vector<Unit>* best_units) {
  if (next == shapes.size()) {
    const double score = ScoreAssignment(context, *chosen);
    if (score > *best) {
      *best = score;
      *best_units = *chosen;
    }
    return;
  }
  TrySubsets(context, shapes, next + 1, chosen, best, best_units);
  for (const Unit& other : *chosen) {
    if (Overlaps(other, shapes[next])) return;
  }
  chosen->push_back(shapes[next]);
  TrySubsets(context, shapes, next + 1, chosen, best, best_units);
  chosen->pop_back();
}

}  // namespace

NameComparison ReferenceCompareNames(const PreparedName& query, const PreparedName& candidate) {
  const ScoringContext context = MakeScoringContext(query, candidate);
  const std::vector<Unit> shapes = AllUnitShapes(context);
  std::vector<Unit> chosen, best_units;
  double best = -1;
  TrySubsets(context, shapes, 0, &chosen, &best, &best_units);
  return ExplainAssignment(context, best_units, best);
}

}  // namespace catchall
