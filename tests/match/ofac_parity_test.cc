// Parity of OfacScore with the scores OFAC's Sanctions List Search tool reported
// (/work/shared/data/ofac-sls-parity, 170 rows). A row agrees when the rounded score is within
// 5 points; rows with score -1 record that the name did not appear with the tool's slider at
// 80, so they agree when the score is below 80.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "common/command_support.h"
#include "match/ofac_score.h"

namespace catchall {
namespace {

constexpr int kTolerance = 5;
constexpr int kSliderForAbsentRows = 80;

struct FixtureRow {
  int line = 0;
  std::string query;
  std::string result;
  int ofac_score = 0;
};

// Splits one CSV line with double-quoted fields ("" is a quote inside one).
std::vector<std::string> SplitCsvLine(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c != '\r') {
      fields.back() += c;
    }
  }
  return fields;
}

std::vector<FixtureRow> LoadFixture(const std::string& path) {
  std::ifstream in(path);
  std::vector<FixtureRow> rows;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    if (++number == 1 || line.empty()) continue;  // header
    const std::vector<std::string> fields = SplitCsvLine(line);
    EXPECT_EQ(fields.size(), 3u) << path << ":" << number << ": " << line;
    if (fields.size() != 3) continue;
    rows.push_back({number, fields[0], fields[1], std::stoi(fields[2])});
  }
  return rows;
}

struct RowOutcome {
  const FixtureRow* row;
  int score;
  int error;  // points outside the agreement (0 when it agrees, for absent rows)
  bool agrees;
};

RowOutcome Evaluate(const FixtureRow& row) {
  const int score = static_cast<int>(std::lround(OfacScore(row.query, row.result)));
  if (row.ofac_score < 0) {
    const bool agrees = score < kSliderForAbsentRows;
    return {&row, score, agrees ? 0 : score - kSliderForAbsentRows + 1, agrees};
  }
  const int error = std::abs(score - row.ofac_score);
  return {&row, score, error, error <= kTolerance};
}

double AgreeingShare(const std::vector<RowOutcome>& outcomes, int parity) {
  int total = 0;
  int agreeing = 0;
  for (size_t i = 0; i < outcomes.size(); ++i) {
    if (parity >= 0 && static_cast<int>(i % 2) != parity) continue;
    ++total;
    agreeing += outcomes[i].agrees;
  }
  return total > 0 ? static_cast<double>(agreeing) / total : 0;
}

TEST(OfacParityTest, ReproducesSanctionsListSearchScores) {
  const std::string path = testing::SharedData() + "/ofac-sls-parity/ofac_fixtures.csv";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "OFAC parity fixture absent: " << path;
  const std::vector<FixtureRow> rows = LoadFixture(path);
  ASSERT_GT(rows.size(), 100u) << path;

  std::vector<RowOutcome> outcomes;
  double absolute_error = 0;
  int scored_rows = 0;
  int scored_agreeing = 0;
  int absent_rows = 0;
  int absent_agreeing = 0;
  for (const FixtureRow& row : rows) {
    outcomes.push_back(Evaluate(row));
    const bool scored = row.ofac_score >= 0;
    (scored ? scored_rows : absent_rows) += 1;
    (scored ? scored_agreeing : absent_agreeing) += outcomes.back().agrees;
    if (scored) absolute_error += outcomes.back().error;
  }
  const double share = AgreeingShare(outcomes, -1);
  std::printf(
      "OFAC parity: %.1f%% of %zu rows agree (even rows %.1f%%, odd rows %.1f%%): %d/%d "
      "scored rows within %d points, %d/%d absent rows below %d; mean absolute error %.2f "
      "points over the scored rows\n",
      100 * share, rows.size(), 100 * AgreeingShare(outcomes, 0), 100 * AgreeingShare(outcomes, 1),
      scored_agreeing, scored_rows, kTolerance, absent_agreeing, absent_rows, kSliderForAbsentRows,
      absolute_error / scored_rows);
  std::vector<RowOutcome> worst = outcomes;
  std::stable_sort(worst.begin(), worst.end(),
                   [](const RowOutcome& a, const RowOutcome& b) { return a.error > b.error; });
  std::printf("Worst rows (line: query | list name | OFAC -> ours):\n");
  for (size_t i = 0; i < std::min<size_t>(10, worst.size()); ++i) {
    const RowOutcome& o = worst[i];
    std::printf("  %d: %s | %s | %d -> %d\n", o.row->line, o.row->query.c_str(),
                o.row->result.c_str(), o.row->ofac_score, o.score);
  }
  // The target: 96% (164 of 170 rows). The derived algorithm reaches 164 (96.5%, see
  // src/match/README.md "OFAC mode" for the six misses).
  EXPECT_GE(share, 0.96);
}

}  // namespace
}  // namespace catchall
