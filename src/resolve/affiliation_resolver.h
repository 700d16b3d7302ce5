// Affiliation resolution: an affiliation string (and, for OpenAlex, the institutions the source
// linked to it) -> an ISO 3166-1 country, a canonical institution from the shipped registry
// where known, and the evidence that decided. See src/resolve/README.md for the decision order.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "model/publication.h"

namespace catchall {

// One piece of evidence for a country.
struct CountryEvidence {
  // "institution" (registry alias), "country_name", "city", "postal_code", "us_state",
  // "source_country_code" (e.g. OpenAlex institutions[].country_code), "source_ror".
  std::string kind;
  std::string text;     // the words as they appear in the raw string (or the source's value)
  std::string country;  // ISO alpha-2 this evidence points to
};

struct ResolvedInstitution {
  std::string id;       // registry id, e.g. "kp-kim-il-sung-university"
  std::string name;     // canonical English name
  std::string country;  // ISO alpha-2
  std::string type;     // university, academy, institute, company, hospital, government, ...
  std::vector<std::string> tags;  // the registry's labels ("seven_sons", "un_1718")
};

struct AffiliationResolution {
  std::string country;  // ISO alpha-2, "" when nothing decides
  std::optional<ResolvedInstitution> institution;
  std::vector<CountryEvidence> decided_by;  // the evidence the country rests on
  std::vector<CountryEvidence> overruled;   // evidence pointing elsewhere (a conflict)
  std::vector<std::string> warnings;        // human-readable: conflicts, ambiguous "Korea", ...
  bool conflict() const { return !overruled.empty(); }
};

class AffiliationResolver {
 public:
  // Loads the registry, gazetteers and abbreviation tables from `data_dir` (the project's
  // data/ folder or a user's copy). An Error names the file and line of a bad entry.
  static Result<AffiliationResolver> Load(const std::string& data_dir);

  AffiliationResolver(AffiliationResolver&&) noexcept;
  AffiliationResolver& operator=(AffiliationResolver&&) noexcept;
  ~AffiliationResolver();

  // Thread-safe.
  AffiliationResolution Resolve(const Affiliation& affiliation) const;

  // Every phrase (in normalised form: lower case, ASCII letters, digits and single spaces, or
  // NFC Hangul/Han) of which at least one must occur in the normalised affiliation text for
  // Resolve to return "KP" from the text alone. The prefilter builds its patterns from these;
  // a test checks the promise.
  std::vector<std::string> DprkTriggerPhrases() const;

  // Number of institutions in the registry, for `catchall info` and the logs.
  size_t institution_count() const;
  // Every registry institution (ids and tags are what rule files may name).
  std::vector<ResolvedInstitution> Institutions() const;

 private:
  struct Impl;
  explicit AffiliationResolver(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace catchall
