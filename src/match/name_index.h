// The name index over every loaded list: candidate search through an inverted index of word
// keys (with a deletion neighbourhood for misspellings), so a query never scans all entries;
// the candidates are then scored with CompareNames (or OfacScore in --ofac mode) and filtered.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "match/name_comparison.h"
#include "model/entity.h"

namespace catchall {

struct MatchOptions {
  double threshold = kDefaultMatchThreshold;  // 0..1 (0..100 when ofac)
  size_t limit = 10;
  std::optional<EntitySchema> schema;  // only entities of this schema (persons vs the rest)
  std::string country;                 // ISO alpha-2; entities with other known countries drop
  std::vector<std::string> lists;      // only these list keys (empty: all)
  bool ofac = false;                   // score with OfacScore (0..100), OFAC SLS parity mode
};

struct MatchHit {
  const Entity* entity = nullptr;
  size_t name_index = 0;  // which of entity->names matched best
  double score = 0;
  NameComparison comparison;  // empty in ofac mode
};

class NameIndex {
 public:
  // Takes ownership of the lists; entities keep their addresses for the index's lifetime.
  static std::unique_ptr<NameIndex> Build(std::vector<EntityList> lists);
  virtual ~NameIndex() = default;

  // Best first, at most options.limit hits at or above options.threshold, one per entity.
  // Thread-safe.
  virtual std::vector<MatchHit> Match(std::string_view name, const MatchOptions& options) const = 0;

  virtual const std::vector<EntityList>& lists() const = 0;
  virtual size_t name_count() const = 0;
};

}  // namespace catchall
