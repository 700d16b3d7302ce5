// Technology classification of a publication against the taxonomy (taxonomy.h): every term,
// blocker and exclusion phrase is compiled into one Hyperscan database, scanned over the title,
// the keywords and the abstract. Scoring and suppression rules: README.md.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "base/result.h"
#include "classify/taxonomy.h"
#include "model/publication.h"

struct hs_database;
struct hs_scratch;

namespace catchall {

// One term occurrence that counted.
struct ClassEvidence {
  std::string term;   // the taxonomy phrase
  std::string field;  // "title", "abstract", "author_keywords", "index_keywords"
  std::string text;   // the matched text as written
  size_t offset = 0;  // byte offset in the field (keywords: in the list joined with "; ")
  double weight = 0;  // term weight x field weight
};

struct CategoryScore {
  std::string id;
  double score = 0;                     // 0..1, 1 - exp(-raw / kScoreScale)
  bool assigned = false;                // score >= the category's threshold
  std::vector<ClassEvidence> evidence;  // the counted terms, strongest first
};

// Field weights: titles and keywords state what a paper is about; abstracts also mention
// methods and applications in passing.
inline constexpr double kTitleWeight = 1.5;
inline constexpr double kAuthorKeywordsWeight = 1.5;
inline constexpr double kIndexKeywordsWeight = 1.2;
inline constexpr double kAbstractWeight = 1.0;
// raw = sum over distinct terms of weight x best field weight; score = 1 - exp(-raw / 5), so
// one defining term (weight 5) in the abstract gives 0.63, in the title 0.78.
inline constexpr double kScoreScale = 5.0;

class Classifier {
 public:
  static Result<std::unique_ptr<Classifier>> Build(Taxonomy taxonomy);
  // LoadTaxonomy(file) then Build.
  static Result<std::unique_ptr<Classifier>> Load(const std::string& file);
  ~Classifier();
  Classifier(const Classifier&) = delete;
  Classifier& operator=(const Classifier&) = delete;

  // Every category with counted evidence, highest score first. Thread-safe: each concurrent
  // call borrows its own Hyperscan scratch from a pool.
  std::vector<CategoryScore> Classify(const Publication& publication) const;

  const Taxonomy& taxonomy() const { return taxonomy_; }
  size_t pattern_count() const { return patterns_.size(); }

  // What a Hyperscan pattern id stands for (public for the scanning helpers in the .cc).
  struct Pattern {
    enum class Kind { kTerm, kBlocker, kExclude } kind = Kind::kTerm;
    uint32_t category = 0;  // kTerm
    uint32_t index = 0;     // term index in the category, blocker index, or exclusion index
  };

 private:
  explicit Classifier(Taxonomy taxonomy);
  Status Compile();
  // The counted occurrences of one term across the record, keyed by (category, term).
  struct TermTally {
    double best = 0;  // the highest term weight x field weight
    std::vector<ClassEvidence> evidence;
  };
  using Tallies = std::map<std::pair<uint32_t, uint32_t>, TermTally>;
  std::vector<CategoryScore> Summarise(const Tallies& tallies,
                                       const std::vector<bool>& exclusions_present) const;
  bool Excluded(uint32_t category, uint32_t term, const std::vector<bool>& present) const;
  hs_scratch* Borrow() const;
  void Return(hs_scratch* scratch) const;

  Taxonomy taxonomy_;
  std::vector<Pattern> patterns_;
  std::vector<std::string> exclusions_;  // distinct exclude_if phrases, by exclusion index
  // Per category, per term: exclusion indices and "@category" indices.
  std::vector<std::vector<std::vector<uint32_t>>> term_exclusions_;
  std::vector<std::vector<std::vector<uint32_t>>> term_category_exclusions_;
  hs_database* database_ = nullptr;
  hs_scratch* prototype_ = nullptr;
  mutable std::mutex pool_mutex_;
  mutable std::vector<hs_scratch*> pool_;
};

}  // namespace catchall
