// The scoring definition shared by the fast scorer (name_comparison.cc) and the reference
// scorer (reference_scorer.cc): which words take part, what a word weighs, how similar two
// "units" (one word against one word, or one word against two or three adjacent words) are, and
// the score of one assignment of units. The two scorers differ only in how they search the
// assignments for the best score. See src/match/README.md, "Scoring".
#pragma once

#include <array>
#include <vector>

#include "match/name_comparison.h"

namespace catchall {

// At most this many words of each name take part in the search (the rest count as unmatched):
// the search is exponential in the worst case and real names have fewer.
inline constexpr int kMaxScoredWords = 8;
// A unit joins at most this many adjacent words on one side ("plat ono vich").
inline constexpr int kMaxJoinedWords = 3;

// Indexes (into name.words) of the words that take part: every word but stop words, the first
// kMaxScoredWords of them.
std::vector<int> ScoredWords(const PreparedName& name);
// Weight of one word: long words more than short ones, legal forms and generic words little.
double WordWeight(const NameWord& word);
// True for words that carry identity: name words and numbers.
bool IsIdentityWord(const NameWord& word);

struct UnitSimilarity {
  double similarity = 0;  // 0: no match
  WordMatchHow how = WordMatchHow::kExact;
};

// Similarity of query words [qi, qi + qn) against candidate words [ci, ci + cn) (indexes into
// the scored word lists), one of qn, cn being 1.
UnitSimilarity CompareUnit(const PreparedName& query, const std::vector<int>& query_words, int qi,
                           int qn, const PreparedName& candidate,
                           const std::vector<int>& candidate_words, int ci, int cn);

// One chosen unit, in scored-list positions.
struct Unit {
  int qi = 0, qn = 1, ci = 0, cn = 1;
  UnitSimilarity match;
};

// Everything the score of an assignment depends on, fixed per pair of names.
struct ScoringContext {
  const PreparedName* query = nullptr;
  const PreparedName* candidate = nullptr;
  bool person = false;           // either name is a person's: person rules (initials, patronymics)
  bool korean = false;           // both names are Korean-like (romanisation keys)
  std::vector<int> query_words;  // ScoredWords(query)
  std::vector<int> candidate_words;  // ScoredWords(candidate)
  // WordWeight of each scored word, by scored position: ScoreAssignment runs once per assignment.
  std::array<double, kMaxScoredWords> query_weights{};
  std::array<double, kMaxScoredWords> candidate_weights{};
  double query_outside_weight = 0;  // weight of non-stop words beyond kMaxScoredWords
  double candidate_outside_weight = 0;
  // Of those, the weight of the words both sides share exactly (a multiset intersection): long
  // Arabic names ("... ABOU EL YAZID EL AYASHI") run past the window, and an identical name must
  // still score 1. Counted as matched on both sides, and taken out of the two outside weights.
  double outside_shared_weight = 0;
  bool query_has_identity = false;
  bool candidate_has_identity = false;
  bool numbers_differ = false;      // both have numbers, and not the same ones
  bool only_generic_equal = false;  // neither has a name word, and the texts are equal
};
ScoringContext MakeScoringContext(const PreparedName& query, const PreparedName& candidate);

// The score of one assignment (disjoint units). Order of `units` does not matter.
double ScoreAssignment(const ScoringContext& context, const std::vector<Unit>& units);

// The explanation of the best assignment, with the score.
NameComparison ExplainAssignment(const ScoringContext& context, std::vector<Unit> units,
                                 double score);

}  // namespace catchall
