// The funder registry (data/funders.yaml): who funds research, in which country, and whether
// the funder is a government body. Loaded once; read-only afterwards, so thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace catchall {

struct FunderInfo {
  std::string id;       // e.g. "cn-nsfc"
  std::string name;     // canonical name
  std::string country;  // ISO 3166-1 alpha-2, or "EU" (exceptionally reserved) for EU bodies
  bool government = false;
  std::string type;                  // one of FunderTypes()
  std::vector<std::string> aliases;  // not including `name`
  std::string source;                // URL
  unsigned long long line = 0;       // where the entry starts in its file
};

class FunderRegistry {
 public:
  // Reads a funders.yaml. Refuses (Error with file and line) unknown fields, missing or empty
  // required fields, a bad country code, an unknown type, a duplicate id and an alias claimed
  // by two entries.
  static Result<FunderRegistry> Load(const std::string& file);
  // Same from YAML text; `file` only names it in errors.
  static Result<FunderRegistry> Parse(std::string_view yaml, const std::string& file);

  const std::vector<FunderInfo>& funders() const { return funders_; }
  const FunderInfo* Find(std::string_view id) const;

 private:
  std::vector<FunderInfo> funders_;
};

// The `type` values a registry entry may have.
const std::vector<std::string>& FunderTypes();

// <data dir>/funders.yaml.
std::string FundersFile(const std::string& data_dir);

}  // namespace catchall
