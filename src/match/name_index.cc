#include "match/name_index.h"

#include <algorithm>
#include <cctype>
#include <thread>
#include <unordered_map>

#include "match/candidate_search.h"
#include "match/ofac_score.h"
#include "match/prepared_name.h"
#include "match/word_vocabulary.h"

namespace catchall {
namespace {

// How many candidate names are scored per query: enough that the expected entry of a misspelt
// or reordered query is among them (tests/match/un_query_fixtures_eval_test.cc measures the
// recall against a full scan), few enough for thousands of queries per second per core.
constexpr size_t kCandidatesPerQuery = 24;
// ... and only those whose candidate rank (Dice of the IDF weights) reaches this fraction of the
// best one's: the scorer is the expensive part of a query.
constexpr float kMinRelativeRank = 0.6f;
// ... and not below this rank at all when the threshold is a verdict threshold (>= 0.5).
constexpr float kMinRank = 0.3f;

struct NameRef {
  uint32_t entity = 0;  // index into entities_
  uint32_t name = 0;    // index into that entity's names
};

bool SameAscii(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

// Persons match persons; vessels and aircraft their own kind; an organisation filter takes every
// kind of body (organisation, company, legal entity, institution). Entities of unknown schema
// are never dropped: the list did not say what they are.
bool SchemaAccepts(EntitySchema wanted, EntitySchema actual) {
  if (actual == EntitySchema::kUnknown || wanted == EntitySchema::kUnknown) return true;
  auto body = [](EntitySchema s) {
    return s != EntitySchema::kPerson && s != EntitySchema::kVessel && s != EntitySchema::kAircraft;
  };
  if (body(wanted)) return body(actual);
  return wanted == actual;
}

// An entity with no known country stays; one with countries stays only when one is `country`.
bool CountryAccepts(const std::string& country, const Entity& entity) {
  if (country.empty()) return true;
  if (entity.countries.empty() && entity.nationalities.empty()) return true;
  auto same = [&country](const std::string& c) { return SameAscii(c, country); };
  return std::any_of(entity.countries.begin(), entity.countries.end(), same) ||
         std::any_of(entity.nationalities.begin(), entity.nationalities.end(), same);
}

bool EntityAccepted(const MatchOptions& options, const Entity& entity) {
  if (options.schema && !SchemaAccepts(*options.schema, entity.schema)) return false;
  if (!options.lists.empty() &&
      std::find(options.lists.begin(), options.lists.end(), entity.list) == options.lists.end()) {
    return false;
  }
  return CountryAccepts(options.country, entity);
}

// A weak alias (UN "Low" quality, OFAC weak a.k.a.: "John", "Adam", "Abu Ali") is one word or
// two that many people share: it carries a hit only when it accounts for every name word of the
// query, never when the query has words it does not explain ("John Brown" against "John").
bool WeakAliasCarries(const Entity& entity, size_t name, const NameComparison& comparison) {
  return entity.names[name].kind != NameKind::kWeakAlias || comparison.unmatched_query.empty();
}

bool HasFilter(const MatchOptions& options) {
  return options.schema.has_value() || !options.country.empty() || !options.lists.empty();
}

class InvertedNameIndex final : public NameIndex {
 public:
  explicit InvertedNameIndex(std::vector<EntityList> lists) : lists_(std::move(lists)) {
    CollectNames();
    PrepareAll();
    BuildVocabulary();
  }

  std::vector<MatchHit> Match(std::string_view name, const MatchOptions& options) const override;
  const std::vector<EntityList>& lists() const override { return lists_; }
  size_t name_count() const override { return names_.size(); }

 private:
  void CollectNames();
  void PrepareAll();
  void BuildVocabulary();
  double Score(const PreparedName& query, std::string_view raw_query, uint32_t name,
               const MatchOptions& options, NameComparison* comparison) const;

  std::vector<EntityList> lists_;
  std::vector<const Entity*> entities_;
  std::vector<NameRef> names_;
  std::vector<PreparedName> prepared_;  // per name, with its entity's schema
  std::vector<float> name_weights_;     // per name, total IDF of its evidence keys
  WordVocabulary vocabulary_;
};

void InvertedNameIndex::CollectNames() {
  for (const EntityList& list : lists_) {
    for (const Entity& entity : list.entities) {
      const auto entity_index = static_cast<uint32_t>(entities_.size());
      entities_.push_back(&entity);
      for (size_t n = 0; n < entity.names.size(); ++n) {
        if (entity.names[n].text.empty()) continue;
        names_.push_back({entity_index, static_cast<uint32_t>(n)});
      }
    }
  }
}

// PrepareName (normalisation, transliteration, roles) is most of the build time: spread it over
// the cores, each thread a contiguous slice.
void InvertedNameIndex::PrepareAll() {
  prepared_.resize(names_.size());
  const size_t threads =
      std::clamp<size_t>(std::thread::hardware_concurrency(), 1, names_.size() / 4096 + 1);
  auto prepare_slice = [this, threads](size_t slice) {
    const size_t begin = names_.size() * slice / threads;
    const size_t end = names_.size() * (slice + 1) / threads;
    for (size_t i = begin; i < end; ++i) {
      const Entity& entity = *entities_[names_[i].entity];
      prepared_[i] = PrepareName(entity.names[names_[i].name].text, entity.schema);
    }
  };
  std::vector<std::thread> workers;
  for (size_t slice = 1; slice < threads; ++slice) workers.emplace_back(prepare_slice, slice);
  prepare_slice(0);
  for (auto& worker : workers) worker.join();
}

void InvertedNameIndex::BuildVocabulary() {
  std::vector<std::vector<std::string>> keys(prepared_.size());
  for (size_t i = 0; i < prepared_.size(); ++i) keys[i] = EvidenceKeys(prepared_[i]);
  vocabulary_ = WordVocabulary(keys);
  name_weights_.assign(prepared_.size(), 0.f);
  for (size_t i = 0; i < keys.size(); ++i) {
    for (const std::string& key : keys[i])
      name_weights_[i] += vocabulary_.Idf(vocabulary_.Find(key));
  }
}

double InvertedNameIndex::Score(const PreparedName& query, std::string_view raw_query,
                                uint32_t name, const MatchOptions& options,
                                NameComparison* comparison) const {
  if (options.ofac) {
    const Entity& entity = *entities_[names_[name].entity];
    return OfacScore(raw_query, entity.names[names_[name].name].text);
  }
  *comparison = CompareNames(query, prepared_[name]);
  return comparison->score;
}

std::vector<MatchHit> InvertedNameIndex::Match(std::string_view name,
                                               const MatchOptions& options) const {
  if (options.limit == 0) return {};
  const PreparedName query = PrepareName(name, options.schema.value_or(EntitySchema::kUnknown));
  // A query of unknown schema is compared in each candidate's own schema (person-name order,
  // initials, legal forms), as `catchall compare --schema` would: prepared once per schema met.
  std::vector<std::pair<EntitySchema, PreparedName>> by_schema;
  by_schema.reserve(8);  // one per EntitySchema value: references stay valid
  auto query_for = [&](uint32_t candidate) -> const PreparedName& {
    if (options.schema || options.ofac) return query;
    const EntitySchema schema = entities_[names_[candidate].entity]->schema;
    for (const auto& [s, prepared] : by_schema) {
      if (s == schema) return prepared;
    }
    by_schema.emplace_back(schema, PrepareName(name, schema));
    return by_schema.back().second;
  };
  CandidateRequest request;
  request.limit = std::max(kCandidatesPerQuery, options.limit * 2);
  request.min_relative_rank = kMinRelativeRank;
  // A low threshold (a reviewer asking for near misses) must still see weak candidates.
  request.min_rank = options.threshold >= 0.5 && !options.ofac ? kMinRank : 0.f;
  if (HasFilter(options)) {
    request.accept = [this, &options](uint32_t candidate) {
      return EntityAccepted(options, *entities_[names_[candidate].entity]);
    };
  }
  const CandidateCorpus corpus{&vocabulary_, &name_weights_};
  // One hit per entity: its best-scoring name (the first one on equal scores).
  std::unordered_map<uint32_t, MatchHit> best;
  for (uint32_t candidate : SearchCandidates(corpus, query, request)) {
    MatchHit hit;
    hit.score = Score(query_for(candidate), name, candidate, options, &hit.comparison);
    if (hit.score < options.threshold) continue;
    const NameRef ref = names_[candidate];
    if (!options.ofac && !WeakAliasCarries(*entities_[ref.entity], ref.name, hit.comparison)) {
      continue;
    }
    hit.entity = entities_[ref.entity];
    hit.name_index = ref.name;
    auto [it, added] = best.try_emplace(ref.entity, hit);
    const bool better = hit.score > it->second.score ||
                        (hit.score == it->second.score && hit.name_index < it->second.name_index);
    if (!added && better) it->second = std::move(hit);
  }
  std::vector<MatchHit> hits;
  hits.reserve(best.size());
  for (auto& [entity, hit] : best) hits.push_back(std::move(hit));
  std::sort(hits.begin(), hits.end(), [](const MatchHit& a, const MatchHit& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.entity->id != b.entity->id) return a.entity->id < b.entity->id;
    return a.name_index < b.name_index;
  });
  if (hits.size() > options.limit) hits.resize(options.limit);
  return hits;
}

}  // namespace

std::unique_ptr<NameIndex> NameIndex::Build(std::vector<EntityList> lists) {
  return std::make_unique<InvertedNameIndex>(std::move(lists));
}

}  // namespace catchall
