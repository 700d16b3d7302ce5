// Shared helpers for the resolver tests: the loaded resolver, the case file, the trigger check.
#pragma once

#include <string>
#include <vector>

#include "resolve/affiliation_resolver.h"

namespace catchall::testing {

// The resolver loaded from the project's data/ folder once per test binary.
const AffiliationResolver& ProjectResolver();

struct ResolverCase {
  int line = 0;
  std::string raw;
  std::string source_country;  // "" when none
  std::string expected;        // "" when the country must stay open
  std::string institution;     // "" when any
  std::string note;
};

std::vector<ResolverCase> LoadCases(const std::string& path);

Affiliation MakeAffiliation(const std::string& raw, const std::string& source_country = "");

// True when one of the resolver's trigger phrases occurs in NormalizeText(raw).
bool HasTriggerPhrase(const std::string& raw);

}  // namespace catchall::testing
