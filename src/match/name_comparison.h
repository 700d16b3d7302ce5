// Scoring one query name against one list name: a graded score in [0, 1] and the explanation
// (which query words matched which list words and how, and what was discounted).
// CompareNames is the fast scorer; ReferenceCompareNames (reference_scorer.h) is the slow,
// obviously correct one it is tested against.
#pragma once

#include <string>
#include <vector>

#include "match/prepared_name.h"

namespace catchall {

enum class WordMatchHow {
  kExact,           // same normalised text
  kTransliterated,  // equal after transliteration from another script
  kRomanisation,    // equal romanisation-folded keys (Korean MR / RR variants)
  kEditDistance,    // similar spelling
  kInitial,         // "J" against "Joachim"
  kJoined,          // "ilsung" against "il" + "sung"
};
const char* WordMatchHowName(WordMatchHow how);  // "exact", "transliterated", ...

struct WordPair {
  std::vector<int> query_words;      // indexes into the query's words (several when joined)
  std::vector<int> candidate_words;  // indexes into the candidate's words
  WordMatchHow how = WordMatchHow::kExact;
  double similarity = 0;  // 0..1
};

struct NameComparison {
  double score = 0;  // 0..1
  std::vector<WordPair> pairs;
  std::vector<int> unmatched_query;      // name words of the query with no partner
  std::vector<int> unmatched_candidate;  // name words of the candidate with no partner
  std::vector<std::string> discounted;   // legal forms / generic / stop words, as printed
  bool order_changed = false;            // matched words appear in another order
};

// The default verdict threshold of `catchall compare` and `catchall match` (README, docs).
// 0.72 maximised F1 on the tuning half of the OpenSanctions labelled name pairs (0.910; 0.893 on
// the check half, 0.902 on all 826 pairs): src/match/README.md, "Evaluation".
inline constexpr double kDefaultMatchThreshold = 0.72;

NameComparison CompareNames(const PreparedName& query, const PreparedName& candidate);

}  // namespace catchall
