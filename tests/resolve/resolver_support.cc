#include "resolver_support.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "text/normalize.h"

namespace catchall::testing {

const AffiliationResolver& ProjectResolver() {
  static const AffiliationResolver* resolver = [] {
    auto loaded = AffiliationResolver::Load(std::string(CATCHALL_SOURCE_DIR) + "/data");
    if (!loaded.ok()) {
      std::fprintf(stderr, "cannot load data/: %s\n", loaded.error().ToString().c_str());
      std::abort();
    }
    return new AffiliationResolver(std::move(loaded).value());
  }();
  return *resolver;
}

std::vector<ResolverCase> LoadCases(const std::string& path) {
  std::vector<ResolverCase> cases;
  std::ifstream in(path);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    size_t start = 0;
    while (true) {
      const size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string::npos ? tab : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    EXPECT_EQ(fields.size(), 5u) << path << ":" << number;
    if (fields.size() != 5) continue;
    ResolverCase c;
    c.line = number;
    c.raw = fields[0];
    c.source_country = fields[1] == "-" ? "" : fields[1];
    c.expected = fields[2] == "?" ? "" : fields[2];
    c.institution = fields[3] == "-" ? "" : fields[3];
    c.note = fields[4];
    cases.push_back(std::move(c));
  }
  return cases;
}

Affiliation MakeAffiliation(const std::string& raw, const std::string& source_country) {
  Affiliation affiliation;
  affiliation.raw = raw;
  if (!source_country.empty()) {
    SourceInstitution source;
    source.display_name = "source institution";
    source.country_code = source_country;
    affiliation.source_institutions.push_back(source);
  }
  return affiliation;
}

bool HasTriggerPhrase(const std::string& raw) {
  static const std::vector<std::string> phrases = ProjectResolver().DprkTriggerPhrases();
  const std::string text = NormalizeText(raw);
  for (const auto& phrase : phrases) {
    if (text.find(phrase) != std::string::npos) return true;
  }
  return false;
}

}  // namespace catchall::testing
