// CompareNames (fast search) against ReferenceCompareNames (naive enumeration of unit subsets):
// equal scores on every pair of cases.csv and on random names from a fixed seed.
#include "match/reference_scorer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "common/command_support.h"
#include "match/name_comparison.h"
#include "match/pairs_csv.h"
#include "match/prepared_name.h"

namespace catchall {
namespace {

void ExpectSameScore(const std::string& a, const std::string& b, EntitySchema schema) {
  const PreparedName query = PrepareName(a, schema);
  const PreparedName candidate = PrepareName(b, schema);
  const NameComparison fast = CompareNames(query, candidate);
  const NameComparison reference = ReferenceCompareNames(query, candidate);
  EXPECT_NEAR(fast.score, reference.score, 1e-9) << a << " / " << b;
  EXPECT_GE(fast.score, 0.0);
  EXPECT_LE(fast.score, 1.0);
}

TEST(ReferenceScorer, AgreesOnHandPickedPairs) {
  ExpectSameScore("Ri Pyong Chol", "Lee Byeong-cheol", EntitySchema::kPerson);
  ExpectSameScore("Kim Ilsung", "Kim Il Sung", EntitySchema::kPerson);
  ExpectSameScore("Sergey Sergey Shoigu", "Shoigu Sergey", EntitySchema::kPerson);
  ExpectSameScore("Nikolai Plat Ono Vich Patrushev", "Nikolai Platonovich Patrushev",
                  EntitySchema::kPerson);
  ExpectSameScore("SiemensAG", "Siemens Aktiengesellschaft", EntitySchema::kCompany);
  ExpectSameScore("", "Siemens", EntitySchema::kCompany);
  ExpectSameScore("", "", EntitySchema::kUnknown);
}

TEST(ReferenceScorer, AgreesOnEveryLabelledPair) {
  const std::string dir = testing::SharedData();
  const std::string cases = dir + "/opensanctions-name-match-pairs/cases.csv";
  if (dir.empty() || !std::filesystem::exists(cases)) {
    GTEST_SKIP() << "shared data opensanctions-name-match-pairs/cases.csv not available";
  }
  auto file = ParsePairsCsv(cases, testing::ReadFile(cases));
  ASSERT_TRUE(file.ok()) << file.error().ToString();
  ASSERT_GT(file->pairs.size(), 800u);
  for (const NamePair& pair : file->pairs) ExpectSameScore(pair.name1, pair.name2, pair.schema);
}

// Random names over a small vocabulary with near spellings, joins, legal forms, particles,
// numbers and Korean syllables, so that many words are similar and the search has choices.
TEST(ReferenceScorer, AgreesOnRandomNames) {
  const std::vector<std::string> vocabulary = {
      "kim",     "jong",      "jeong",   "un",      "il",    "sung", "ilsung",    "ri",
      "lee",     "pyong",     "chol",    "cheol",   "hans",  "hanz", "friedrich", "fridrich",
      "j",       "joachim",   "bin",     "ibn",     "al",    "rawi", "muhammad",  "mohammed",
      "co",      "ltd",       "limited", "trading", "group", "1",    "2",         "ag",
      "siemens", "siemensag", "abc",     "a",       "b",     "c",    "the",       "of"};
  const EntitySchema schemas[] = {EntitySchema::kPerson, EntitySchema::kCompany,
                                  EntitySchema::kVessel, EntitySchema::kUnknown};
  std::mt19937 random(20261201);
  std::uniform_int_distribution<size_t> pick(0, vocabulary.size() - 1);
  std::uniform_int_distribution<int> length(0, 5);
  auto make_name = [&] {
    std::string name;
    for (int i = length(random); i > 0; --i) name += vocabulary[pick(random)] + " ";
    return name;
  };
  for (int round = 0; round < 1500; ++round) {
    ExpectSameScore(make_name(), make_name(), schemas[round % 4]);
  }
}

}  // namespace
}  // namespace catchall
