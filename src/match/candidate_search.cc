#include "match/candidate_search.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace catchall {
namespace {

// A misspelt word is weaker evidence than an exact one, but must still outrank a name that shares
// only the query's commonest word.
float DistanceFactor(int distance) {
  switch (distance) {
    case 0:
      return 1.0f;
    case 1:
      return 0.8f;
    default:
      return 0.6f;
  }
}

constexpr float kSplitFactor = 0.9f;  // "ilsung" -> "il" + "sung"
constexpr size_t kMinSplitLength = 5;
constexpr size_t kMinSplitPart = 2;

// Per-thread accumulators over all indexed names, reused from query to query so that a query
// costs what its posting lists cost, not the size of the index. `stamp` says which evidence
// group last credited a name, so a name gets one credit (the best) per query word. Score and
// stamp of a name share a cache line: on a large index every posting is a cache miss, once.
struct Cell {
  float score = 0.f;
  uint32_t stamp = 0;
};

struct Scratch {
  std::vector<Cell> cells;
  std::vector<uint32_t> touched;
  uint32_t next_stamp = 0;

  void Prepare(size_t names) {
    if (cells.size() < names) {
      cells.assign(names, Cell{});
      next_stamp = 0;
    }
    touched.clear();
  }
  uint32_t NewStamp() {
    if (++next_stamp == 0) {  // wrapped: forget old stamps
      for (Cell& cell : cells) cell.stamp = 0;
      next_stamp = 1;
    }
    return next_stamp;
  }
  void Reset() {
    for (uint32_t name : touched) cells[name].score = 0.f;
    touched.clear();
  }
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

// The vocabulary words standing for one query word (or join of words), with their weights.
using EvidenceGroup = std::vector<std::pair<uint32_t, float>>;

EvidenceGroup SimilarWords(const WordVocabulary& vocabulary, const std::string& key) {
  EvidenceGroup group;
  vocabulary.FindSimilar(key, [&](uint32_t word, int distance) {
    group.emplace_back(word, vocabulary.Idf(word) * DistanceFactor(distance));
  });
  return group;
}

// The split of `key` into two vocabulary words whose rarer half is the rarest, as two groups.
void AddBestSplit(const WordVocabulary& vocabulary, const std::string& key,
                  std::vector<EvidenceGroup>& groups) {
  if (key.size() < kMinSplitLength) return;
  uint32_t best_left = WordVocabulary::kNoWord, best_right = WordVocabulary::kNoWord;
  float best = 0;
  for (size_t cut = kMinSplitPart; cut + kMinSplitPart <= key.size(); ++cut) {
    const uint32_t left = vocabulary.Find(std::string_view(key).substr(0, cut));
    const uint32_t right = vocabulary.Find(std::string_view(key).substr(cut));
    if (left == WordVocabulary::kNoWord || right == WordVocabulary::kNoWord) continue;
    const float weight = std::min(vocabulary.Idf(left), vocabulary.Idf(right));
    if (weight > best) {
      best = weight;
      best_left = left;
      best_right = right;
    }
  }
  if (best_left == WordVocabulary::kNoWord) return;
  groups.push_back({{best_left, vocabulary.Idf(best_left) * kSplitFactor}});
  groups.push_back({{best_right, vocabulary.Idf(best_right) * kSplitFactor}});
}

struct QueryEvidence {
  std::vector<EvidenceGroup> groups;
  float total = 0;  // the query's side of the Dice denominator
};

QueryEvidence CollectEvidence(const WordVocabulary& vocabulary,
                              const std::vector<std::string>& keys, size_t names) {
  QueryEvidence evidence;
  // A query word the lists do not know weighs as much as the rarest word.
  const float unknown_weight = static_cast<float>(std::log(1.0 + static_cast<double>(names)));
  for (size_t i = 0; i < keys.size(); ++i) {
    EvidenceGroup group = SimilarWords(vocabulary, keys[i]);
    float strongest = 0;
    for (const auto& [word, weight] : group) strongest = std::max(strongest, weight);
    evidence.total += group.empty() ? unknown_weight : strongest;
    if (vocabulary.Find(keys[i]) == WordVocabulary::kNoWord) {
      AddBestSplit(vocabulary, keys[i], evidence.groups);
    }
    if (!group.empty()) evidence.groups.push_back(std::move(group));
    // Joins are looked up exactly: a join and a typo in one word is too rare to pay for the
    // deletion neighbourhood of a long string on every query.
    if (i + 1 < keys.size()) {
      const uint32_t joined = vocabulary.Find(keys[i] + keys[i + 1]);
      if (joined != WordVocabulary::kNoWord) {
        evidence.groups.push_back({{joined, vocabulary.Idf(joined)}});
      }
    }
  }
  return evidence;
}

void Accumulate(const WordVocabulary& vocabulary, std::vector<EvidenceGroup>& groups,
                Scratch& scratch) {
  for (EvidenceGroup& group : groups) {
    // Strongest first: a name that holds several of the group's words keeps the best credit.
    std::sort(group.begin(), group.end(),
              [](const auto& a, const auto& b) { return a.second > b.second; });
    const uint32_t stamp = scratch.NewStamp();
    for (const auto& [word, weight] : group) {
      for (uint32_t name : vocabulary.postings(word)) {
        Cell& cell = scratch.cells[name];
        if (cell.stamp == stamp) continue;
        cell.stamp = stamp;
        if (cell.score == 0.f) scratch.touched.push_back(name);
        cell.score += weight;
      }
    }
  }
}

using Ranked = std::pair<float, uint32_t>;

bool Better(const Ranked& a, const Ranked& b) {
  return a.first != b.first ? a.first > b.first : a.second < b.second;
}

// The best `request.limit` accepted names. Only a prefix of the ranking is sorted; it grows when
// the filter rejects too many.
std::vector<uint32_t> SelectBest(std::vector<Ranked>& ranked, const CandidateRequest& request) {
  std::vector<uint32_t> out;
  size_t sorted = 0;
  float floor = 0;
  while (out.size() < request.limit && sorted < ranked.size()) {
    const size_t want = std::max<size_t>(request.limit * 4, sorted * 2);
    const size_t end = std::min(ranked.size(), want);
    std::nth_element(ranked.begin() + sorted, ranked.begin() + end - 1, ranked.end(), Better);
    std::sort(ranked.begin() + sorted, ranked.begin() + end, Better);
    for (size_t i = sorted; i < end && out.size() < request.limit; ++i) {
      if (ranked[i].first < floor || ranked[i].first < request.min_rank) return out;
      if (request.accept && !request.accept(ranked[i].second)) continue;
      if (out.empty()) floor = ranked[i].first * request.min_relative_rank;
      out.push_back(ranked[i].second);
    }
    sorted = end;
  }
  return out;
}

}  // namespace

std::vector<std::string> EvidenceKeys(const PreparedName& name) {
  std::vector<std::string> keys;
  auto add = [&keys](const NameWord& word) {
    if (word.key.empty()) return;
    if (std::find(keys.begin(), keys.end(), word.key) == keys.end()) keys.push_back(word.key);
  };
  for (const NameWord& word : name.words) {
    if (word.role == WordRole::kName) add(word);
  }
  if (!keys.empty()) return keys;
  for (const NameWord& word : name.words) {
    if (word.role == WordRole::kLegalForm || word.role == WordRole::kGeneric) add(word);
  }
  return keys;
}

std::vector<uint32_t> SearchCandidates(const CandidateCorpus& corpus, const PreparedName& query,
                                       const CandidateRequest& request) {
  const WordVocabulary& vocabulary = *corpus.vocabulary;
  const std::vector<float>& name_weights = *corpus.name_weights;
  const std::vector<std::string> keys = EvidenceKeys(query);
  if (keys.empty() || request.limit == 0) return {};
  QueryEvidence evidence = CollectEvidence(vocabulary, keys, name_weights.size());
  Scratch& scratch = ThreadScratch();
  scratch.Prepare(name_weights.size());
  Accumulate(vocabulary, evidence.groups, scratch);
  std::vector<Ranked> ranked;
  ranked.reserve(scratch.touched.size());
  for (uint32_t name : scratch.touched) {
    const float collected = 2.f * scratch.cells[name].score;
    // The Dice coefficient is at most collected / total (a name weighs at least nothing): names
    // that cannot reach the minimum rank are dropped before their weight is read, which on a
    // large index is a cache miss per name.
    if (collected / evidence.total < request.min_rank) continue;
    ranked.emplace_back(collected / (evidence.total + name_weights[name]), name);
  }
  scratch.Reset();
  return SelectBest(ranked, request);
}

}  // namespace catchall
