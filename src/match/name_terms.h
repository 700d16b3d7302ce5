// The word lists of data/name_terms.yaml (legal forms, generic words, stop words, titles, name
// particles) and the Korean surname table of data/korean_romanisation.yaml, loaded once.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "base/result.h"
#include "match/korean_romanisation.h"

namespace catchall {

struct NameTerms {
  // Legal form phrase (normalised words joined by one space) -> canonical form ("ag").
  std::unordered_map<std::string, std::string> legal_forms;
  size_t longest_legal_form = 1;  // in words
  std::unordered_set<std::string> generic;
  std::unordered_set<std::string> stop;
  std::unordered_set<std::string> titles;
  // Particle spelling -> canonical spelling ("ibn" -> "bin").
  std::unordered_map<std::string, std::string> particles;
  KoreanSurnameTable korean_surnames;
};

// Reads data_dir/name_terms.yaml and data_dir/korean_romanisation.yaml.
Result<NameTerms> ReadNameTerms(const std::string& data_dir);

// Makes the terms of `data_dir` the ones PrepareName uses from now on (thread-safe; names
// prepared before keep the old terms). `catchall compare` and `catchall match` call it with the
// --data-dir directory; tests may call it too.
Status LoadNameTerms(const std::string& data_dir);

// The terms in use. Without a LoadNameTerms call, the first use loads them from $CATCHALL_DATA
// or the source tree's data/ (CATCHALL_DEFAULT_DATA_DIR); when that fails the lists are empty
// (names are still prepared, with every word a name word) and NameTermsLoadError() says why.
std::shared_ptr<const NameTerms> CurrentNameTerms();
std::string NameTermsLoadError();

}  // namespace catchall
