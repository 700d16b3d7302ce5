// How the institution registry compares names, for tools that write registry files (`catchall
// registry build`): the key under which the loader holds an alias (normalised and canonicalised
// words, data/abbreviations.tsv), so that a file never gives one alias to two entries, and the
// country codes a registry entry may use (data/countries.tsv).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "base/result.h"

namespace catchall {

class InstitutionAliasKeys {
 public:
  // Loads the reference data of `data_dir` (the files AffiliationResolver::Load reads).
  static Result<InstitutionAliasKeys> Load(const std::string& data_dir);

  // "" when the name has no words ("Harbin Institute of Technology" and "Harbin Inst. Technol."
  // give one key). Thread-safe.
  std::string Key(std::string_view name) const;
  // An ISO 3166-1 alpha-2 code of countries.tsv.
  bool IsCountryCode(const std::string& code) const;

 private:
  struct Impl;
  explicit InstitutionAliasKeys(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace catchall
