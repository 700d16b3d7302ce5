#include "analysis/list_screening.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "text/normalize.h"

namespace catchall {
namespace {

constexpr size_t kMaxCachedQueries = 200000;
constexpr size_t kHitsPerQuery = 5;
// A part of an affiliation shorter than this (after normalisation) is a country code or a
// department abbreviation, not an institution worth a list look-up (acronyms on the lists such
// as NUDT and BUAA have four letters).
constexpr size_t kMinQueryChars = 4;

std::string CacheKey(ListSubject subject, const std::string& text) {
  return std::string(1, static_cast<char>('0' + static_cast<int>(subject))) + text;
}

bool WantsSchema(ListSubject subject, EntitySchema schema) {
  // An author is a person; an affiliation or a funder is a body. Unknown schemas stay in.
  if (schema == EntitySchema::kUnknown) return true;
  return (subject == ListSubject::kAuthor) == IsPersonSchema(schema);
}

ListHit HitOf(ListSubject subject, const std::string& text, const MatchHit& match,
              const std::vector<EntityList>& lists) {
  const Entity& entity = *match.entity;
  ListHit hit;
  hit.subject = subject;
  hit.text = text;
  hit.entity_id = entity.id;
  hit.list = entity.list;
  for (const auto& list : lists) {
    if (list.source.list == entity.list) hit.list_version = list.source.version;
  }
  hit.reference = entity.reference;
  hit.schema = std::string(SchemaName(entity.schema));
  if (match.name_index < entity.names.size()) {
    hit.matched_name = entity.names[match.name_index].text;
    hit.name_kind = std::string(NameKindName(entity.names[match.name_index].kind));
  }
  hit.score = match.score;
  hit.tags = entity.tags;
  hit.tags.insert(hit.tags.end(), entity.programs.begin(), entity.programs.end());
  hit.risk_level = entity.risk_level;
  hit.comparison = match.comparison;
  return hit;
}

void AddQuery(ListSubject subject, std::string_view text, std::set<std::string>& seen,
              std::vector<std::string>& texts, std::vector<ListSubject>& subjects) {
  std::string trimmed(text);
  while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '.')) trimmed.pop_back();
  while (!trimmed.empty() && trimmed.front() == ' ') trimmed.erase(trimmed.begin());
  const std::string normalized = NormalizeText(trimmed);
  if (normalized.size() < kMinQueryChars) return;
  // Postcodes and street numbers name nothing on a list.
  const bool has_letter = std::any_of(normalized.begin(), normalized.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x80 || std::isalpha(static_cast<unsigned char>(c));
  });
  if (!has_letter) return;
  if (!seen.insert(CacheKey(subject, trimmed)).second) return;
  texts.push_back(std::move(trimmed));
  subjects.push_back(subject);
}

}  // namespace

const char* ListSubjectName(ListSubject subject) {
  switch (subject) {
    case ListSubject::kInstitution: return "institution";
    case ListSubject::kAuthor: return "author";
    case ListSubject::kFunder: return "funder";
  }
  return "institution";
}

ListScreener::ListScreener(std::unique_ptr<NameIndex> index, ListScreenOptions options,
                           const AffiliationResolver* places)
    : index_(std::move(index)), options_(options), places_(places) {}

bool ListScreener::IsOnlyAPlace(const std::string& text) const {
  if (places_ == nullptr) return false;
  const AffiliationResolution resolution = places_->Resolve(Affiliation{text, {}});
  if (resolution.institution) return false;
  const std::string whole = NormalizeText(text);
  for (const auto& evidence : resolution.decided_by) {
    const bool place = evidence.kind == "country_name" || evidence.kind == "city" ||
                       evidence.kind == "postal_code" || evidence.kind == "us_state";
    if (place && NormalizeText(evidence.text) == whole) return true;
  }
  return false;
}

std::vector<ListScreener::Query> ListScreener::QueriesOf(
    const Publication& record, const RecordScreening& screening,
    const std::vector<NormalizedFunder>& funders) const {
  std::set<std::string> seen;
  std::vector<std::string> texts;
  std::vector<ListSubject> subjects;
  for (const auto& affiliation : record.affiliations) {
    for (const TextSegment& part : SplitSegments(affiliation.raw)) {
      AddQuery(ListSubject::kInstitution,
               std::string_view(affiliation.raw).substr(part.begin, part.end - part.begin), seen,
               texts, subjects);
    }
    for (const auto& institution : affiliation.source_institutions) {
      AddQuery(ListSubject::kInstitution, institution.display_name, seen, texts, subjects);
    }
  }
  for (const auto* group : {&screening.dprk, &screening.foreign}) {
    for (const auto& item : *group) {
      if (item.resolution.institution) {
        AddQuery(ListSubject::kInstitution, item.resolution.institution->name, seen, texts,
                 subjects);
      }
    }
  }
  for (const auto& funder : funders) {
    AddQuery(ListSubject::kFunder, funder.name, seen, texts, subjects);
  }
  for (const auto& funder : record.funders) {
    AddQuery(ListSubject::kFunder, funder.name, seen, texts, subjects);
  }
  if (options_.all_authors || screening.reportable()) {
    for (const auto& author : record.authors) {
      AddQuery(ListSubject::kAuthor, author.full_name.empty() ? author.name : author.full_name,
               seen, texts, subjects);
    }
  }
  std::vector<Query> queries;
  for (size_t i = 0; i < texts.size(); ++i) queries.push_back({subjects[i], std::move(texts[i])});
  return queries;
}

std::vector<ListHit> ListScreener::MatchUncached(const Query& query) const {
  if (query.subject == ListSubject::kInstitution && IsOnlyAPlace(query.text)) return {};
  MatchOptions match_options;
  match_options.threshold = options_.threshold;
  match_options.limit = kHitsPerQuery * 2;
  if (query.subject == ListSubject::kAuthor) match_options.schema = EntitySchema::kPerson;
  std::vector<ListHit> hits;
  std::string cleared_by;
  for (const MatchHit& match : index_->Match(query.text, match_options)) {
    if (!WantsSchema(query.subject, match.entity->schema)) continue;
    const auto& tags = match.entity->tags;
    if (std::find(tags.begin(), tags.end(), kClearedTag) != tags.end()) {
      if (cleared_by.empty()) cleared_by = match.entity->id;
      continue;
    }
    if (hits.size() < kHitsPerQuery) {
      hits.push_back(HitOf(query.subject, query.text, match, index_->lists()));
    }
  }
  for (auto& hit : hits) hit.cleared_by = cleared_by;
  return hits;
}

std::vector<ListHit> ListScreener::Lookup(const Query& query) const {
  const std::string key = CacheKey(query.subject, query.text);
  {
    std::shared_lock lock(cache_mutex_);
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  }
  std::vector<ListHit> hits = MatchUncached(query);
  std::unique_lock lock(cache_mutex_);
  if (cache_.size() >= kMaxCachedQueries) cache_.clear();
  cache_.emplace(key, hits);
  return hits;
}

std::vector<ListHit> ListScreener::Screen(const Publication& record,
                                          const RecordScreening& screening,
                                          const std::vector<NormalizedFunder>& funders) const {
  std::vector<ListHit> hits;
  for (const Query& query : QueriesOf(record, screening, funders)) {
    for (ListHit& hit : Lookup(query)) {
      const auto same = std::find_if(hits.begin(), hits.end(), [&](const ListHit& other) {
        return other.subject == hit.subject && other.entity_id == hit.entity_id;
      });
      if (same == hits.end()) {
        hits.push_back(std::move(hit));
      } else if (hit.score > same->score) {
        *same = std::move(hit);
      }
    }
  }
  std::stable_sort(hits.begin(), hits.end(),
                   [](const ListHit& a, const ListHit& b) { return a.score > b.score; });
  return hits;
}

}  // namespace catchall
