// The prefilter must never clear an affiliation the resolver places in the DPRK from its text,
// whether the text comes as written or JSON-escaped inside an OpenAlex line.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "pipeline/prefilter.h"
#include "resolve/affiliation_resolver.h"

namespace catchall {
namespace {

const std::string kSource = CATCHALL_SOURCE_DIR;

// Affiliation strings of a tab-separated file, from the given column.
std::vector<std::string> Column(const std::string& path, size_t column) {
  std::vector<std::string> values;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream row(line);
    std::string field;
    while (std::getline(row, field, '\t')) fields.push_back(field);
    if (fields.size() > column) values.push_back(fields[column]);
  }
  return values;
}

TEST(PrefilterPromise, NoTextBasedDprkAffiliationIsCleared) {
  auto resolver = AffiliationResolver::Load(kSource + "/data");
  ASSERT_TRUE(resolver.ok()) << resolver.error().ToString();
  auto prefilter = Prefilter::Build(resolver->DprkTriggerPhrases());
  ASSERT_TRUE(prefilter.ok()) << prefilter.error().ToString();
  std::vector<std::string> raws = Column(kSource + "/tests/resolve/cases.tsv", 0);
  for (auto& raw : Column(kSource + "/tests/eval/affiliations.tsv", 4)) raws.push_back(raw);
  for (auto& raw : Column(kSource + "/tests/eval/gen/hard_cases.tsv", 1)) raws.push_back(raw);
  ASSERT_GT(raws.size(), 300u);
  size_t dprk = 0;
  for (const std::string& raw : raws) {
    Affiliation affiliation;
    affiliation.raw = raw;
    if (resolver->Resolve(affiliation).country != "KP") continue;
    ++dprk;
    const std::string as_json = nlohmann::json(raw).dump();
    EXPECT_TRUE((*prefilter)->MayMatter(raw)) << raw;
    EXPECT_TRUE((*prefilter)->MayMatter(R"({"raw_affiliation_strings":[)" + as_json + "]}"))
        << as_json;
  }
  EXPECT_GT(dprk, 100u);
  std::printf("%zu DPRK affiliations of %zu strings all pass the prefilter\n", dprk, raws.size());
}

}  // namespace
}  // namespace catchall
