// The JSON of `catchall match` results: one object per hit (entity, list, the matched name as
// printed, score and explanation) and one line per query. Documented in src/match/README.md
// ("Index"); fields are only ever added, never renamed.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "match/name_comparison.h"
#include "match/name_index.h"
#include "match/prepared_name.h"

namespace catchall {

// Which query words matched which list words and how, what had no partner, what was discounted.
nlohmann::ordered_json ComparisonExplanationJson(const NameComparison& comparison,
                                                 const PreparedName& query,
                                                 const PreparedName& candidate);

// One element of "results". `query` is the prepared query (for the explanation's words);
// `raw_query` the query as given (for the OFAC breakdown in ofac mode).
nlohmann::ordered_json MatchHitJson(const MatchHit& hit, const NameIndex& index,
                                    const PreparedName& query, std::string_view raw_query,
                                    bool ofac);

// {"query_id","name","results":[...]} as one compact line (no newline). `query_schema` must be
// the schema the query was matched with (MatchOptions::schema; kUnknown when none, in which case
// each hit was compared in its entity's schema), so that the explanation's word indexes refer to
// the same prepared words.
std::string MatchResultLine(std::string_view query_id, std::string_view name,
                            EntitySchema query_schema, const std::vector<MatchHit>& hits,
                            const NameIndex& index, bool ofac);

}  // namespace catchall
