#include "match/word_vocabulary.h"

#include "match/edit_distance.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace catchall {
namespace {

uint64_t HashKey(std::string_view text) { return std::hash<std::string_view>{}(text); }

// How deep the deletion neighbourhood of a word of `length` bytes goes: as deep as the largest
// distance AllowedEditDistance grants it with any partner.
int DeletionDepth(size_t length) {
  if (length >= 8) return 2;
  if (length >= 3) return 1;
  return 0;
}

// Every distinct string obtained from `word` by removing up to `depth` bytes, `word` first.
void CollectDeletions(const std::string& word, int depth, std::vector<std::string>& out) {
  out.clear();
  out.push_back(word);
  size_t level_begin = 0;
  for (int d = 0; d < depth; ++d) {
    const size_t level_end = out.size();
    for (size_t i = level_begin; i < level_end; ++i) {
      for (size_t cut = 0; cut < out[i].size(); ++cut) {
        std::string variant = out[i];
        variant.erase(cut, 1);
        out.push_back(std::move(variant));
      }
    }
    // Deleting either letter of a double ("mm") gives the same string: keep one of each.
    std::sort(out.begin() + level_end, out.end());
    out.erase(std::unique(out.begin() + level_end, out.end()), out.end());
    level_begin = level_end;
  }
}

}  // namespace

int AllowedEditDistance(size_t length_a, size_t length_b) {
  const size_t shorter = std::min(length_a, length_b);
  if (shorter >= 8) return 2;
  if (shorter >= 3) return 1;
  return 0;
}

WordVocabulary::WordVocabulary(const std::vector<std::vector<std::string>>& name_keys) {
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<uint32_t> counts;
  for (const auto& keys : name_keys) {
    for (const std::string& key : keys) {
      auto [it, added] = ids.try_emplace(key, static_cast<uint32_t>(counts.size()));
      if (added) counts.push_back(0);
      ++counts[it->second];
    }
  }
  words_.resize(counts.size());
  for (auto& [key, id] : ids) words_[id] = key;
  ids.clear();
  ids_.reserve(words_.size());
  for (uint32_t id = 0; id < words_.size(); ++id) ids_.emplace(words_[id], id);

  offsets_.assign(words_.size() + 1, 0);
  for (size_t id = 0; id < counts.size(); ++id) offsets_[id + 1] = offsets_[id] + counts[id];
  postings_.resize(offsets_.back());
  std::vector<uint32_t> fill(offsets_.begin(), offsets_.end() - 1);
  // Names are visited in id order, so every posting list comes out ascending.
  for (uint32_t name = 0; name < name_keys.size(); ++name) {
    for (const std::string& key : name_keys[name]) postings_[fill[Find(key)]++] = name;
  }
  idf_.resize(words_.size());
  const double names = static_cast<double>(std::max<size_t>(name_keys.size(), 1));
  for (size_t id = 0; id < words_.size(); ++id) {
    idf_[id] = static_cast<float>(std::log(1.0 + names / std::max<uint32_t>(counts[id], 1)));
  }
  BuildDeletions();
}

void WordVocabulary::BuildDeletions() {
  std::vector<std::string> variants;
  for (uint32_t id = 0; id < words_.size(); ++id) {
    CollectDeletions(words_[id], DeletionDepth(words_[id].size()), variants);
    // The word itself is found through ids_; only its proper deletions go here.
    for (size_t i = 1; i < variants.size(); ++i) deletions_.emplace_back(HashKey(variants[i]), id);
  }
  std::sort(deletions_.begin(), deletions_.end());
  deletions_.erase(std::unique(deletions_.begin(), deletions_.end()), deletions_.end());
  deletions_.shrink_to_fit();
}

uint32_t WordVocabulary::Find(std::string_view key) const {
  auto it = ids_.find(key);
  return it == ids_.end() ? kNoWord : it->second;
}

void WordVocabulary::FindSimilar(std::string_view key,
                                 const std::function<void(uint32_t, int)>& found) const {
  if (key.empty()) return;
  std::vector<uint32_t> seen;
  auto consider = [&](uint32_t id) {
    if (std::find(seen.begin(), seen.end(), id) != seen.end()) return;
    seen.push_back(id);
    const std::string& word = words_[id];
    const int allowed = AllowedEditDistance(key.size(), word.size());
    const int distance = BoundedEditDistance(key, word, allowed);
    if (distance <= allowed) found(id, distance);
  };
  std::vector<std::string> variants;
  CollectDeletions(std::string(key), DeletionDepth(key.size()), variants);
  for (const std::string& variant : variants) {
    // A query deletion may be a vocabulary word itself (the query has an extra letter) ...
    const uint32_t exact = Find(variant);
    if (exact != kNoWord) consider(exact);
    // ... or a deletion of one (a letter missing, changed or swapped).
    const uint64_t hash = HashKey(variant);
    auto it = std::lower_bound(deletions_.begin(), deletions_.end(), std::make_pair(hash, 0u));
    for (; it != deletions_.end() && it->first == hash; ++it) consider(it->second);
  }
}

size_t WordVocabulary::MemoryBytes() const {
  size_t bytes = postings_.capacity() * sizeof(uint32_t) + offsets_.capacity() * sizeof(uint32_t) +
                 idf_.capacity() * sizeof(float) +
                 deletions_.capacity() * sizeof(std::pair<uint64_t, uint32_t>);
  for (const auto& word : words_) bytes += sizeof(std::string) + word.capacity();
  return bytes + ids_.size() * 48;
}

}  // namespace catchall
