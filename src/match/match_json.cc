#include "match/match_json.h"

#include <cmath>

#include "lists/entity_json.h"
#include "match/ofac_score.h"

namespace catchall {
namespace {

using Json = nlohmann::ordered_json;

// Scores are printed to 4 decimals: more digits only make outputs differ across compilers.
double Rounded(double value) { return std::round(value * 10000.0) / 10000.0; }

// The words at `indexes` as printed, joined by spaces ("il sung" for a joined pair).
std::string WordsText(const PreparedName& name, const std::vector<int>& indexes) {
  std::string text;
  for (int i : indexes) {
    if (i < 0 || static_cast<size_t>(i) >= name.words.size()) continue;
    if (!text.empty()) text += ' ';
    text += name.words[i].raw.empty() ? name.words[i].text : name.words[i].raw;
  }
  return text;
}

Json UnmatchedJson(const PreparedName& name, const std::vector<int>& indexes) {
  Json out = Json::array();
  for (int i : indexes) out.push_back(WordsText(name, {i}));
  return out;
}

const std::string& ListVersion(const NameIndex& index, const std::string& list) {
  static const std::string kNone;
  for (const EntityList& loaded : index.lists()) {
    if (loaded.source.list == list) return loaded.source.version;
  }
  return kNone;
}

Json OfacExplanationJson(std::string_view query, std::string_view list_name) {
  const OfacScoreParts parts = OfacScoreBreakdown(query, list_name);
  return {{"mode", "ofac"},
          {"whole_name", Rounded(parts.whole_name * 100)},
          {"words", Rounded(parts.words * 100)}};
}

}  // namespace

Json ComparisonExplanationJson(const NameComparison& comparison, const PreparedName& query,
                               const PreparedName& candidate) {
  Json pairs = Json::array();
  for (const WordPair& pair : comparison.pairs) {
    pairs.push_back({{"query", WordsText(query, pair.query_words)},
                     {"candidate", WordsText(candidate, pair.candidate_words)},
                     {"how", WordMatchHowName(pair.how)},
                     {"similarity", Rounded(pair.similarity)}});
  }
  return {{"pairs", pairs},
          {"unmatched_query", UnmatchedJson(query, comparison.unmatched_query)},
          {"unmatched_candidate", UnmatchedJson(candidate, comparison.unmatched_candidate)},
          {"discounted", comparison.discounted},
          {"order_changed", comparison.order_changed}};
}

Json MatchHitJson(const MatchHit& hit, const NameIndex& index, const PreparedName& query,
                  std::string_view raw_query, bool ofac) {
  const Entity& entity = *hit.entity;
  const EntityName& name = entity.names[hit.name_index];
  Json explanation;
  if (ofac) {
    explanation = OfacExplanationJson(raw_query, name.text);
  } else {
    // The candidate is prepared again (as the index did) to name its words; only hits pay.
    explanation =
        ComparisonExplanationJson(hit.comparison, query, PrepareName(name.text, entity.schema));
  }
  return {{"entity_id", entity.id},
          {"list", entity.list},
          {"list_version", ListVersion(index, entity.list)},
          {"reference", entity.reference},
          {"schema", std::string(SchemaName(entity.schema))},
          {"name", name.text},
          {"name_kind", std::string(NameKindName(name.kind))},
          {"score", Rounded(hit.score)},
          {"explanation", explanation}};
}

std::string MatchResultLine(std::string_view query_id, std::string_view name,
                            EntitySchema query_schema, const std::vector<MatchHit>& hits,
                            const NameIndex& index, bool ofac) {
  Json results = Json::array();
  for (const MatchHit& hit : hits) {
    // As NameIndex::Match compared it: in the query's schema, or else in the entity's.
    const EntitySchema schema =
        query_schema == EntitySchema::kUnknown ? hit.entity->schema : query_schema;
    results.push_back(MatchHitJson(hit, index, PrepareName(name, schema), name, ofac));
  }
  Json line = {
      {"query_id", std::string(query_id)}, {"name", std::string(name)}, {"results", results}};
  return JsonLine(line);
}

}  // namespace catchall
