// The technology taxonomy (data/taxonomy.yaml): the categories of UNSCR 2270 para 17 and 2321
// paras 10-11 plus the medical exemption, each with weighted term phrases. Plain data and its
// loader; matching lives in classifier.h.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"

namespace catchall {

// One phrase of a category. `phrase` uses the term syntax of src/classify/README.md: words
// separated by spaces match any run of spaces/hyphens, a hyphen inside a word is optional
// ("re-entry" = "reentry" = "re entry"), the last word also matches its plural, a trailing
// '*' matches any word continuation ("fissil*").
struct Term {
  std::string phrase;
  double weight = 0;            // 1 (weak, supportive) .. 5 (defining, unambiguous)
  bool case_sensitive = false;  // for acronyms that are also words: "PET", "CAD"
  // Phrases (same syntax) that, anywhere in the record, void this term; "@category" means
  // "the record already reaches that category's threshold on its other evidence".
  std::vector<std::string> exclude_if;
  std::string note;  // source or rationale
  unsigned long long line = 0;
};

struct Category {
  std::string id;
  std::string label;
  std::string legal_basis;
  std::vector<std::string> wassenaar;  // "0".."9", optionally with a group: "1C", "9E"
  std::vector<std::string> mtcr;       // "I-1", "II-6", ...
  double threshold = 0.5;
  std::vector<Term> terms;
  unsigned long long line = 0;
};

struct Taxonomy {
  std::string file;
  std::string version;  // the file's `version`, reported with every run
  std::vector<Category> categories;
  // Phrases that contain a category term but mean something else ("nuclear norm"); a match
  // inside a blocker's span does not count. They score nothing themselves.
  std::vector<Term> blockers;
};

// The category ids every taxonomy must define, in report order.
const std::vector<std::string>& KnownCategoryIds();

// <data dir>/taxonomy.yaml.
std::string TaxonomyFile(const std::string& data_dir);

// Loads and validates a taxonomy file: unknown fields, unknown or missing categories, weights
// outside 1..5, duplicate phrases, bad "@category" references are Errors with file and line.
Result<Taxonomy> LoadTaxonomy(const std::string& file);

}  // namespace catchall
