#include "classify/classifier.h"

#include <hs/hs.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>

#include "classify/term_pattern.h"
#include "io/hs_cache.h"

namespace catchall {
namespace {

struct Hit {
  unsigned id = 0;
  size_t from = 0;
  size_t to = 0;
};

int CollectHit(unsigned id, unsigned long long from, unsigned long long to, unsigned /*flags*/,
               void* context) {
  static_cast<std::vector<Hit>*>(context)->push_back(
      {id, static_cast<size_t>(from), static_cast<size_t>(to)});
  return 0;
}

struct Field {
  const char* name;
  std::string text;
  double weight;
};

// A hit lying inside a longer hit's span is the less specific reading of the same words
// ("nuclear" inside "nuclear medicine", "reactor" inside "packed bed reactor").
bool Covered(const Hit& hit, const std::vector<Hit>& spans) {
  return std::any_of(spans.begin(), spans.end(), [&](const Hit& other) {
    return other.from <= hit.from && other.to >= hit.to &&
           (other.to - other.from) > (hit.to - hit.from);
  });
}

double Score(double raw) { return 1.0 - std::exp(-raw / kScoreScale); }

}  // namespace

Classifier::Classifier(Taxonomy taxonomy) : taxonomy_(std::move(taxonomy)) {}

Classifier::~Classifier() {
  for (hs_scratch* scratch : pool_) hs_free_scratch(scratch);
  if (prototype_) hs_free_scratch(prototype_);
  if (database_) hs_free_database(database_);
}

Result<std::unique_ptr<Classifier>> Classifier::Build(Taxonomy taxonomy) {
  std::unique_ptr<Classifier> classifier(new Classifier(std::move(taxonomy)));
  if (Status status = classifier->Compile(); !status.ok()) return status.error();
  return classifier;
}

Result<std::unique_ptr<Classifier>> Classifier::Load(const std::string& file) {
  Result<Taxonomy> taxonomy = LoadTaxonomy(file);
  if (!taxonomy.ok()) return taxonomy.error();
  return Build(std::move(*taxonomy));
}

Status Classifier::Compile() {
  std::vector<std::string> expressions;
  std::vector<unsigned> flags;
  const auto add = [&](const std::string& phrase, bool case_sensitive, unsigned extra,
                       Pattern pattern) -> Status {
    Result<std::string> expression = TermExpression(phrase);
    if (!expression.ok()) return Error{expression.error().message, {taxonomy_.file, 0}};
    expressions.push_back(*expression);
    flags.push_back((case_sensitive ? 0u : HS_FLAG_CASELESS) | extra);
    patterns_.push_back(pattern);
    return Ok{};
  };
  std::map<std::string, uint32_t> exclusion_index;
  std::map<std::string, uint32_t> category_index;
  for (uint32_t c = 0; c < taxonomy_.categories.size(); ++c) {
    category_index[taxonomy_.categories[c].id] = c;
  }
  term_exclusions_.resize(taxonomy_.categories.size());
  term_category_exclusions_.resize(taxonomy_.categories.size());
  for (uint32_t c = 0; c < taxonomy_.categories.size(); ++c) {
    const auto& terms = taxonomy_.categories[c].terms;
    term_exclusions_[c].resize(terms.size());
    term_category_exclusions_[c].resize(terms.size());
    for (uint32_t t = 0; t < terms.size(); ++t) {
      Status s = add(terms[t].phrase, terms[t].case_sensitive, HS_FLAG_SOM_LEFTMOST,
                     {Pattern::Kind::kTerm, c, t});
      if (!s.ok()) return s;
      for (const auto& item : terms[t].exclude_if) {
        if (item.front() == '@') {
          term_category_exclusions_[c][t].push_back(category_index.at(item.substr(1)));
          continue;
        }
        const std::string key = TermKey(item, false);
        auto [it, fresh] = exclusion_index.emplace(key, static_cast<uint32_t>(exclusions_.size()));
        if (fresh) {
          exclusions_.push_back(item);
          s = add(item, false, HS_FLAG_SINGLEMATCH, {Pattern::Kind::kExclude, 0, it->second});
          if (!s.ok()) return s;
        }
        term_exclusions_[c][t].push_back(it->second);
      }
    }
  }
  for (uint32_t b = 0; b < taxonomy_.blockers.size(); ++b) {
    Status s = add(taxonomy_.blockers[b].phrase, taxonomy_.blockers[b].case_sensitive,
                   HS_FLAG_SOM_LEFTMOST, {Pattern::Kind::kBlocker, 0, b});
    if (!s.ok()) return s;
  }
  std::vector<const char*> pointers;
  std::vector<unsigned> ids;
  for (size_t i = 0; i < expressions.size(); ++i) {
    pointers.push_back(expressions[i].c_str());
    ids.push_back(static_cast<unsigned>(i));
  }
  std::vector<std::string> parts = expressions;
  for (const unsigned f : flags) parts.push_back(std::to_string(f));
  const std::string cache = HyperscanCachePath("taxonomy", parts);
  database_ = LoadCachedDatabase(cache);
  const bool cached = database_ != nullptr;
  hs_compile_error_t* error = nullptr;
  if (!database_ && hs_compile_multi(pointers.data(), flags.data(), ids.data(),
                                     static_cast<unsigned>(pointers.size()), HS_MODE_BLOCK, nullptr,
                                     &database_, &error) != HS_SUCCESS) {
    std::string reason = error && error->message ? error->message : "unknown error";
    if (error && error->expression >= 0)
      reason += " (pattern " + expressions[error->expression] + ")";
    hs_free_compile_error(error);
    return Error{"taxonomy: Hyperscan rejected the terms: " + reason, {taxonomy_.file, 0}};
  }
  if (!cached) StoreCachedDatabase(cache, database_);
  if (hs_alloc_scratch(database_, &prototype_) != HS_SUCCESS) {
    return Error{"taxonomy: cannot allocate Hyperscan scratch", {taxonomy_.file, 0}};
  }
  return Ok{};
}

hs_scratch* Classifier::Borrow() const {
  {
    std::lock_guard<std::mutex> lock(pool_mutex_);
    if (!pool_.empty()) {
      hs_scratch* scratch = pool_.back();
      pool_.pop_back();
      return scratch;
    }
  }
  hs_scratch* scratch = nullptr;
  if (hs_clone_scratch(prototype_, &scratch) != HS_SUCCESS) throw std::bad_alloc();
  return scratch;
}

void Classifier::Return(hs_scratch* scratch) const {
  std::lock_guard<std::mutex> lock(pool_mutex_);
  pool_.push_back(scratch);
}

std::vector<CategoryScore> Classifier::Classify(const Publication& publication) const {
  const Field fields[] = {
      {"title", publication.title, kTitleWeight},
      {"author_keywords", JoinKeywords(publication.author_keywords), kAuthorKeywordsWeight},
      {"index_keywords", JoinKeywords(publication.index_keywords), kIndexKeywordsWeight},
      {"abstract", publication.abstract, kAbstractWeight}};
  std::vector<bool> excluded_present(exclusions_.size(), false);
  Tallies tallies;
  hs_scratch* scratch = Borrow();
  std::vector<Hit> hits;
  for (const Field& field : fields) {
    if (field.text.empty()) continue;
    hits.clear();
    const std::string folded = FoldSeparators(field.text);
    hs_scan(database_, folded.data(), static_cast<unsigned>(folded.size()), 0, scratch, CollectHit,
            &hits);
    std::vector<Hit> spans;  // term and blocker hits, for the containment rule
    for (const Hit& hit : hits) {
      const Pattern& p = patterns_[hit.id];
      if (p.kind == Pattern::Kind::kExclude) {
        excluded_present[p.index] = true;
      } else {
        spans.push_back(hit);
      }
    }
    for (const Hit& hit : spans) {
      const Pattern& p = patterns_[hit.id];
      if (p.kind != Pattern::Kind::kTerm || Covered(hit, spans)) continue;
      const Term& term = taxonomy_.categories[p.category].terms[p.index];
      TermTally& tally = tallies[{p.category, p.index}];
      const double weight = term.weight * field.weight;
      tally.best = std::max(tally.best, weight);
      if (tally.evidence.size() < 3) {
        tally.evidence.push_back({term.phrase, field.name,
                                  field.text.substr(hit.from, hit.to - hit.from), hit.from,
                                  weight});
      }
    }
  }
  Return(scratch);
  return Summarise(tallies, excluded_present);
}

bool Classifier::Excluded(uint32_t category, uint32_t term,
                          const std::vector<bool>& present) const {
  const auto& list = term_exclusions_[category][term];
  return std::any_of(list.begin(), list.end(), [&](uint32_t e) { return present[e]; });
}

// Two passes so that "@category" exclusions see the other evidence: pass 1 scores the terms
// without such references, pass 2 adds those whose referenced categories stayed below their
// thresholds in pass 1.
std::vector<CategoryScore> Classifier::Summarise(const Tallies& tallies,
                                                 const std::vector<bool>& present) const {
  const size_t n = taxonomy_.categories.size();
  std::vector<double> raw(n, 0.0);
  std::vector<std::vector<const TermTally*>> counted(n);
  for (const auto& [key, tally] : tallies) {
    const auto [c, t] = key;
    if (term_category_exclusions_[c][t].empty() && !Excluded(c, t, present)) {
      raw[c] += tally.best;
      counted[c].push_back(&tally);
    }
  }
  std::vector<double> first_pass = raw;
  for (const auto& [key, tally] : tallies) {
    const auto [c, t] = key;
    const auto& refs = term_category_exclusions_[c][t];
    if (refs.empty() || Excluded(c, t, present)) continue;
    const bool blocked = std::any_of(refs.begin(), refs.end(), [&](uint32_t other) {
      return Score(first_pass[other]) >= taxonomy_.categories[other].threshold;
    });
    if (blocked) continue;
    raw[c] += tally.best;
    counted[c].push_back(&tally);
  }
  std::vector<CategoryScore> out;
  for (size_t c = 0; c < n; ++c) {
    if (counted[c].empty()) continue;
    CategoryScore score;
    score.id = taxonomy_.categories[c].id;
    score.score = Score(raw[c]);
    score.assigned = score.score >= taxonomy_.categories[c].threshold;
    std::vector<const TermTally*> order = counted[c];
    std::stable_sort(order.begin(), order.end(),
                     [](const TermTally* a, const TermTally* b) { return a->best > b->best; });
    for (const TermTally* tally : order) {
      score.evidence.insert(score.evidence.end(), tally->evidence.begin(), tally->evidence.end());
    }
    out.push_back(std::move(score));
  }
  std::stable_sort(out.begin(), out.end(), [](const CategoryScore& a, const CategoryScore& b) {
    return a.score > b.score;
  });
  return out;
}

}  // namespace catchall
