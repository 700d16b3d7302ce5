// The labelled set (labelled.tsv: id, title, abstract, keywords ";"-separated, expected
// categories ";"-separated, judged only over the four categories issue 3 scores): per-category
// precision, recall and F1 are printed; their mean F1 must reach 0.85.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "classify_support.h"

namespace catchall {
namespace {

const std::vector<std::string> kJudged = {"nuclear", "aerospace", "advanced_manufacturing",
                                          "medical"};

std::vector<std::string> Split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(text);
  while (std::getline(in, part, separator)) {
    const size_t first = part.find_first_not_of(' ');
    if (first == std::string::npos) continue;
    parts.push_back(part.substr(first, part.find_last_not_of(' ') - first + 1));
  }
  return parts;
}

struct Counts {
  int tp = 0, fp = 0, fn = 0;
};

TEST(LabelledSet, F1OverTheFourJudgedCategories) {
  std::ifstream in("tests/classify/labelled.tsv");
  ASSERT_TRUE(in) << "tests/classify/labelled.tsv missing";
  std::string line;
  std::getline(in, line);  // header
  std::map<std::string, Counts> counts;
  int records = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::vector<std::string> cells;
    std::string cell;
    std::istringstream row(line);
    while (std::getline(row, cell, '\t')) cells.push_back(cell);
    cells.resize(5);
    ++records;
    const Publication publication = MakePublication(cells[1], cells[2], Split(cells[3], ';'));
    const auto scores = ShippedClassifier().Classify(publication);
    const std::set<std::string> got = Assigned(scores);
    const std::vector<std::string> expected_list = Split(cells[4], ';');
    const std::set<std::string> expected(expected_list.begin(), expected_list.end());
    for (const auto& id : kJudged) {
      const bool g = got.count(id) > 0;
      const bool e = expected.count(id) > 0;
      if (g && e) ++counts[id].tp;
      if (g && !e) ++counts[id].fp;
      if (!g && e) ++counts[id].fn;
      if (g != e) {
        std::printf("  miss %s %s: expected %d got %d (score %.2f) %s\n", cells[0].c_str(),
                    id.c_str(), e, g, ScoreOf(scores, id), cells[1].c_str());
      }
    }
  }
  ASSERT_GE(records, 60);
  double f1_sum = 0;
  std::printf("  %-24s %9s %9s %9s\n", "category", "precision", "recall", "F1");
  for (const auto& id : kJudged) {
    const Counts& c = counts[id];
    const double precision = c.tp + c.fp ? double(c.tp) / (c.tp + c.fp) : 1.0;
    const double recall = c.tp + c.fn ? double(c.tp) / (c.tp + c.fn) : 1.0;
    const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    f1_sum += f1;
    std::printf("  %-24s %9.3f %9.3f %9.3f\n", id.c_str(), precision, recall, f1);
  }
  const double mean_f1 = f1_sum / static_cast<double>(kJudged.size());
  std::printf("  records %d, mean F1 %.3f\n", records, mean_f1);
  EXPECT_GE(mean_f1, 0.85);
}

}  // namespace
}  // namespace catchall
