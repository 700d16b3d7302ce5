// The vocabulary of the name index: every distinct word key (NameWord::key) of the indexed names,
// the names each one occurs in (postings, compact uint32 arrays), its rarity (IDF), and a
// deletion neighbourhood (SymSpell style) that finds the vocabulary words within a small edit
// distance of a misspelt query word without comparing it to every word.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace catchall {

// Edit distance allowed between a query word and a vocabulary word, from their lengths (bytes of
// the romanisation-folded key): 0 under 3, 1 from 3, 2 from 8. One edit turns many three-letter
// words into other real words ("kim" / "lim" / "kin"), but Korean syllables are mostly three
// letters and their typos ("SKO" for "SOK") must still find the entry; candidates are ranked by
// rarity and scored by CompareNames, which keeps "lim" for "kim" below the threshold.
int AllowedEditDistance(size_t length_a, size_t length_b);

class WordVocabulary {
 public:
  static constexpr uint32_t kNoWord = UINT32_MAX;

  // Builds from the distinct keys of each name: name_keys[name] lists that name's keys (each
  // key once).
  explicit WordVocabulary(const std::vector<std::vector<std::string>>& name_keys);
  WordVocabulary() = default;
  // ids_ holds views into words_: a move keeps them valid (the strings stay where they are), a
  // copy would not.
  WordVocabulary(const WordVocabulary&) = delete;
  WordVocabulary& operator=(const WordVocabulary&) = delete;
  WordVocabulary(WordVocabulary&&) = default;
  WordVocabulary& operator=(WordVocabulary&&) = default;

  uint32_t Find(std::string_view key) const;  // kNoWord when absent
  size_t size() const { return words_.size(); }
  const std::string& word(uint32_t id) const { return words_[id]; }
  std::span<const uint32_t> postings(uint32_t id) const {
    return {postings_.data() + offsets_[id], postings_.data() + offsets_[id + 1]};
  }
  size_t document_frequency(uint32_t id) const { return offsets_[id + 1] - offsets_[id]; }
  // log(1 + names / df): rare words weigh more. 0 for kNoWord.
  float Idf(uint32_t id) const { return id == kNoWord ? 0.f : idf_[id]; }

  // Calls found(word, distance) for every vocabulary word within AllowedEditDistance of `key`,
  // the exact word (distance 0) included; each word at most once.
  void FindSimilar(std::string_view key, const std::function<void(uint32_t, int)>& found) const;

  size_t deletion_entries() const { return deletions_.size(); }
  size_t MemoryBytes() const;

 private:
  void BuildDeletions();

  std::vector<std::string> words_;
  std::unordered_map<std::string_view, uint32_t> ids_;  // views into words_
  std::vector<uint32_t> offsets_;                       // words_.size() + 1
  std::vector<uint32_t> postings_;                      // name ids, ascending per word
  std::vector<float> idf_;
  // (hash of a deletion variant, word id), sorted: a variant's words are one binary search away.
  std::vector<std::pair<uint64_t, uint32_t>> deletions_;
};

}  // namespace catchall
