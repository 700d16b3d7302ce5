// Candidate generation of the name index: from a prepared query to the few indexed names worth
// scoring. Every query name word is looked up in the vocabulary exactly and within a small edit
// distance (plus the joins of adjacent words and the splits of a word, for "Ilsung" against
// "Il Sung"); each name a matched word occurs in collects that word's rarity (IDF), and the
// names are ranked by a Dice coefficient of the collected weight against the query's and the
// name's total weight. Legal forms, generic and stop words are no evidence unless the query has
// nothing else.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "match/prepared_name.h"
#include "match/word_vocabulary.h"

namespace catchall {

// The index side of the search: the vocabulary and, per indexed name, the total IDF of its
// evidence words (the Dice denominator).
struct CandidateCorpus {
  const WordVocabulary* vocabulary = nullptr;
  const std::vector<float>* name_weights = nullptr;
};

// The keys a name contributes as evidence: its name words, or, when it has none, its legal-form
// and generic words; never stop words. Each key once, in reading order.
std::vector<std::string> EvidenceKeys(const PreparedName& name);

struct CandidateRequest {
  size_t limit = 100;  // at most this many candidates
  // Candidates whose rank falls below this fraction of the best accepted candidate's are not
  // worth scoring: they share only a minor part of the query's weight with it.
  float min_relative_rank = 0;
  // Candidates ranked below this (Dice of the IDF weights, 0..1) share too little of the query to
  // score at a threshold: a name with one of three equally rare words ranks about 0.33.
  float min_rank = 0;
  // Names the caller will not accept (schema, country, list filters); null accepts all. Called
  // only for names that rank high enough to be kept.
  std::function<bool(uint32_t)> accept;
};

// Name ids, best candidate first (ties: lower id first). Thread-safe.
std::vector<uint32_t> SearchCandidates(const CandidateCorpus& corpus, const PreparedName& query,
                                       const CandidateRequest& request);

}  // namespace catchall
