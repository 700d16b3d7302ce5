// The resolver's reference data (institution registry, country and place gazetteers,
// abbreviation table) and the phrase index built from them. Internal to src/resolve/.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/result.h"
#include "model/entity.h"
#include "text/normalize.h"

namespace catchall::resolve {

struct Institution {
  std::string id;
  std::string name;
  std::string country;
  std::string type;
  std::string city;
  std::string source;
  // Free-form labels rules can test ("seven_sons", "un_1718"; vocabulary in data/README.md).
  std::vector<std::string> tags;
  // Registries built from official lists (`catchall registry build`; empty in the shipped
  // registry): the highest grade of the lists ("very_high", "high", "medium", "low"), every
  // listing, and the names of the sub-units rolled up into this entry.
  std::string risk_level;
  std::vector<InstitutionListing> lists;
  std::vector<std::string> sub_units;
};

// What a phrase of the gazetteers stands for.
enum class PlaceKind {
  kCountry,      // countries.tsv: a country name
  kBlocker,      // countries.tsv with code "-": words that look like a country but are not
  kCity,         // cities.tsv kind "city"
  kRegion,       // province, state, prefecture ("Gyeonggi-do", "Jilin Province")
  kUsState,      // a US state's full name
  kUsStateCode,  // a US state's postal code: evidence only right before a ZIP code
  kHint,         // address words used only in one country (ROK road names "-ro", "-gil")
};

struct Place {
  std::string name;  // as written in the data file
  std::string country;
  PlaceKind kind = PlaceKind::kCity;
  bool weak = false;        // ambiguous name: weak evidence only
  bool bare_korea = false;  // "Korea" with nothing saying which one
};

// A phrase hit: an institution (index into institutions) or a place (index into places).
struct PhraseTarget {
  bool is_institution = false;
  uint32_t index = 0;
};

// Canonical token sequences -> targets. Keys are canonical tokens joined by single spaces.
class PhraseIndex {
 public:
  void Add(const std::vector<std::string>& tokens, PhraseTarget target);
  // Targets of the exact key (nullptr if none); `has_longer` says whether some phrase starts
  // with `key` and is longer, so a longest-match scan knows when to stop.
  const std::vector<PhraseTarget>* Probe(const std::string& key, bool* has_longer) const;
  size_t max_tokens() const { return max_tokens_; }
  size_t size() const { return entries_.size(); }
  // Every key with its targets (for trigger phrases and tests).
  template <typename Fn>
  void ForEach(Fn&& fn) const {
    for (const auto& [key, node] : entries_) fn(key, node.targets);
  }

 private:
  struct Node {
    std::vector<PhraseTarget> targets;
    bool has_longer = false;
  };
  std::unordered_map<std::string, Node> entries_;
  size_t max_tokens_ = 0;
};

// Token canonicalisation shared by the registry side and the input side ("Univ",
// "University", "Universität" -> "univ"), plus the optional words ("of", "the") that Web of
// Science drops.
class Canonicalizer {
 public:
  void Add(const std::string& variant, const std::string& canonical) {
    canonical_[variant] = canonical;
    if (variant != canonical) variants_[canonical].push_back(variant);
  }
  void AddOptional(const std::string& word) { optional_.insert(word); }
  const std::string& Canonical(const std::string& token) const {
    auto it = canonical_.find(token);
    return it == canonical_.end() ? token : it->second;
  }
  bool IsOptional(const std::string& canonical) const { return optional_.count(canonical) > 0; }
  // Every surface form whose canonical form is `canonical` (itself included).
  std::vector<std::string> SurfaceForms(const std::string& canonical) const;
  const std::unordered_map<std::string, std::string>& table() const { return canonical_; }

 private:
  std::unordered_map<std::string, std::string> canonical_;
  std::unordered_map<std::string, std::vector<std::string>> variants_;  // canonical -> variants
  std::unordered_set<std::string> optional_;
};

struct ReferenceData {
  Canonicalizer canonicalizer;
  std::vector<Institution> institutions;
  std::vector<Place> places;
  PhraseIndex index;
  std::unordered_set<std::string> country_codes;  // ISO alpha-2 codes of countries.tsv
  // Canonical token sequences of every phrase, for DprkTriggerPhrases: (tokens, target).
  std::vector<std::pair<std::vector<NormToken>, PhraseTarget>> phrases;
};

// Loads abbreviations.tsv, countries.tsv, cities.tsv and institutions.yaml (or
// institutions/*.yaml) from `data_dir`.
Result<ReferenceData> LoadReferenceData(const std::string& data_dir);

// Normalised tokens of a name as the registry side sees them (for loading and tests).
std::vector<NormToken> CanonicalTokens(const Canonicalizer& canonicalizer, std::string_view name);

// The key under which the registry holds an alias: its canonical tokens joined ("" when the
// alias has no words). Two aliases with one key are one alias, which one entry may claim.
std::string AliasKey(const Canonicalizer& canonicalizer, std::string_view alias);

}  // namespace catchall::resolve
