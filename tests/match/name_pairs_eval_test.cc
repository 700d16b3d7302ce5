// Accuracy of the default verdict on the OpenSanctions labelled name pairs (issue 4: F1 >= 0.90;
// OpenSanctions logic-v2 scores 0.790). Prints precision, recall and F1 overall, per case group
// and for the two halves of a fixed hash split (tuning / check), and the logic-v2 baseline.
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <string>

#include "common/command_support.h"
#include "match/name_comparison.h"
#include "match/pairs_csv.h"
#include "match/prepared_name.h"

namespace catchall {
namespace {

struct Counts {
  int tp = 0, fp = 0, fn = 0, tn = 0;
  void Add(bool truth, bool predicted) {
    if (truth && predicted)
      ++tp;
    else if (predicted)
      ++fp;
    else if (truth)
      ++fn;
    else
      ++tn;
  }
  double Precision() const { return tp + fp ? static_cast<double>(tp) / (tp + fp) : 0; }
  double Recall() const { return tp + fn ? static_cast<double>(tp) / (tp + fn) : 0; }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

// FNV-1a 64 of "name1 \x1f name2 \x1f schema": even rows tune, odd rows check.
std::string Half(const std::string& name1, const std::string& name2, const std::string& schema) {
  uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : name1 + '\x1f' + name2 + '\x1f' + schema) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash % 2 == 0 ? "tune" : "check";
}

int Column(const PairFile& file, const std::string& name) {
  for (size_t i = 0; i < file.header.size(); ++i) {
    if (file.header[i] == name) return static_cast<int>(i);
  }
  return -1;
}

void Print(const std::map<std::string, Counts>& table) {
  for (const auto& [key, c] : table) {
    std::printf("%-34s P=%.3f R=%.3f F1=%.3f  (tp %d fp %d fn %d tn %d)\n", key.c_str(),
                c.Precision(), c.Recall(), c.F1(), c.tp, c.fp, c.fn, c.tn);
  }
}

TEST(NamePairsEval, DefaultVerdictReachesF1Target) {
  const std::string dir = testing::SharedData();
  const std::string cases = dir + "/opensanctions-name-match-pairs/cases.csv";
  if (dir.empty() || !std::filesystem::exists(cases)) {
    GTEST_SKIP() << "shared data opensanctions-name-match-pairs/cases.csv not available";
  }
  auto file = ParsePairsCsv(cases, testing::ReadFile(cases));
  ASSERT_TRUE(file.ok()) << file.error().ToString();
  ASSERT_TRUE(file->rejects.empty());
  ASSERT_EQ(file->pairs.size(), 826u);
  const int is_match = Column(*file, "is_match");
  const int group = Column(*file, "case_group");
  const int schema = Column(*file, "schema");
  ASSERT_GE(is_match, 0);
  std::map<std::string, Counts> table;
  for (const NamePair& pair : file->pairs) {
    const NameComparison comparison =
        CompareNames(PrepareName(pair.name1, pair.schema), PrepareName(pair.name2, pair.schema));
    const bool predicted = comparison.score >= kDefaultMatchThreshold;
    const bool truth = pair.fields[is_match] == "true";
    const std::string half = Half(pair.name1, pair.name2, pair.fields[schema]);
    table["all"].Add(truth, predicted);
    table["half " + half].Add(truth, predicted);
    table["group " + pair.fields[group]].Add(truth, predicted);
    table["half " + half + " / " + pair.fields[group]].Add(truth, predicted);
  }
  std::printf("catchall at threshold %.2f on %zu pairs:\n", kDefaultMatchThreshold,
              file->pairs.size());
  Print(table);

  const std::string baseline = dir + "/opensanctions-name-match-pairs/logicv2-frozen.csv";
  if (std::filesystem::exists(baseline)) {
    auto frozen = ParsePairsCsv(baseline, testing::ReadFile(baseline));
    ASSERT_TRUE(frozen.ok()) << frozen.error().ToString();
    const int truth_column = Column(*frozen, "is_match");
    const int predicted_column = Column(*frozen, "predicted_match");
    std::map<std::string, Counts> logic_v2;
    for (const NamePair& pair : frozen->pairs) {
      logic_v2["logic-v2 (frozen, " + std::to_string(frozen->pairs.size()) + " pairs)"].Add(
          pair.fields[truth_column] == "true", pair.fields[predicted_column] == "true");
    }
    Print(logic_v2);
  }
  EXPECT_GE(table["all"].F1(), 0.90);
}

}  // namespace
}  // namespace catchall
