// Scores catchall's technology categories and sanctions tiers against the hand-written labelled
// sets: tests/eval/topics (299 papers) and tests/eval/holdout (174 papers, written blind and never
// used for tuning), each paper in Scopus CSV, WoS and OpenAlex form (tests/eval/README.md). Prints
// precision, recall and F1 of every category, per file and overall, the tier accuracy with a
// confusion table, and every record whose categories or tier differ from the labels, with the
// evidence catchall gave.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "eval_support.h"

namespace catchall::eval {
namespace {

// A labelled set: its folder under tests/eval, its three files, and its size limits. `topics`
// is the set the taxonomy was tuned on after its first scoring; `holdout` was written blind
// (tests/eval/holdout/README.md) and is only ever measured.
struct LabelledSet {
  const char* dir;
  const char* files[3];
  char id_letter;  // the record ids of the notes: t001..., h001...
  size_t min_records_per_file;
  int min_per_judged_category;
  const char* reuse_env;  // names an earlier --all output dir to score instead of running
};

const LabelledSet kTopics = {
    "topics", {"topics_scopus.csv", "topics_wos.txt", "topics_openalex.jsonl"},
    't',      260,
    30,       "CATCHALL_TOPICS_OUT_DIR"};
const LabelledSet kHoldout = {
    "holdout", {"holdout_scopus.csv", "holdout_wos.txt", "holdout_openalex.jsonl"},
    'h',       160,
    25,        "CATCHALL_HOLDOUT_OUT_DIR"};
constexpr const char* kCategories[] = {"advanced_manufacturing",
                                       "advanced_materials",
                                       "advanced_physics",
                                       "aerospace",
                                       "chemical_engineering",
                                       "computer_simulation",
                                       "electrical_engineering",
                                       "geospatial_navigation",
                                       "industrial_engineering",
                                       "mechanical_engineering",
                                       "medical",
                                       "nuclear"};
// The categories the sanctions judgement depends on, and the targets they are held to.
constexpr const char* kJudged[] = {"nuclear", "aerospace", "advanced_manufacturing", "medical"};
constexpr const char* kTiers[] = {"clear", "pre_2321", "committee_exemption_required",
                                  "medical_exempt", "state_determination_required"};
constexpr double kMinJudgedMeanF1 = 0.85;
constexpr double kMinTierAccuracy = 0.95;
std::string SetPath(const LabelledSet& set, const std::string& name) {
  return SourceDir() + "/tests/eval/" + set.dir + "/" + name;
}

template <typename List>
bool Contains(const List& list, const std::string& value) {
  return std::find(std::begin(list), std::end(list), value) != std::end(list);
}

// One row of tests/eval/topics/labels.tsv.
struct TopicLabel {
  std::string file;
  std::string id;
  std::set<std::string> categories;
  std::string tier;
  std::string note;  // "t001 kp_cn/post date=2019-03-14; ..."
  bool DateAmbiguous() const { return note.find("date_ambiguous") != std::string::npos; }
  std::string RecordId() const { return note.substr(0, note.find(' ')); }
};

std::vector<std::string> Split(const std::string& text, char separator) {
  std::vector<std::string> cells;
  std::stringstream in(text);
  std::string cell;
  while (std::getline(in, cell, separator)) cells.push_back(cell);
  return cells;
}

std::vector<TopicLabel> ReadTopicLabels(const LabelledSet& set) {
  std::vector<TopicLabel> labels;
  std::ifstream in(SetPath(set, "labels.tsv"));
  std::string line;
  std::getline(in, line);  // header: file id categories tier note
  while (std::getline(in, line)) {
    std::vector<std::string> cells = Split(line, '\t');
    if (cells.size() < 4) continue;
    TopicLabel label{
        cells[0], NormalizeId(cells[1]), {}, cells[3], cells.size() > 4 ? cells[4] : ""};
    for (const auto& category : Split(cells[2], ';')) {
      if (!category.empty()) label.categories.insert(category);
    }
    labels.push_back(std::move(label));
  }
  return labels;
}

std::string JoinKey(const std::string& file, const std::string& id) {
  return file + "\t" + NormalizeId(id);
}

// What catchall said about one record: its assigned categories and tier.
struct TopicFinding {
  std::set<std::string> categories;
  std::string tier;
  bool has_tier_certain = false;
  bool tier_certain = false;
  nlohmann::json raw;
};

std::string SourceFileName(const nlohmann::json& line) {
  if (!line.contains("source") || !line["source"].is_object()) return "";
  return std::filesystem::path(StringField(line["source"], "file")).filename().string();
}

TopicFinding ParseTopicFinding(nlohmann::json line) {
  TopicFinding finding;
  if (line.contains("categories") && line["categories"].is_array()) {
    for (const auto& category : line["categories"]) {
      std::string id = category.is_object()
                           ? StringField(category, "id")
                           : (category.is_string() ? category.get<std::string>() : std::string());
      if (!id.empty()) finding.categories.insert(id);
    }
  }
  finding.tier = StringField(line, "tier");
  finding.has_tier_certain = line.contains("tier_certain") && line["tier_certain"].is_boolean();
  finding.tier_certain = BoolField(line, "tier_certain");
  finding.raw = std::move(line);
  return finding;
}

// Findings keyed by (file basename, id); a line without source.file is keyed with an empty file.
std::map<std::string, TopicFinding> ReadTopicFindings(const std::string& path) {
  std::map<std::string, TopicFinding> findings;
  for (auto& line : ReadJsonLines(path)) {
    if (!line.is_object() || !line.contains("id") || !line["id"].is_string()) continue;
    std::string key = JoinKey(SourceFileName(line), line["id"].get<std::string>());
    findings[key] = ParseTopicFinding(std::move(line));
  }
  return findings;
}

const TopicFinding* FindTopic(const std::map<std::string, TopicFinding>& findings,
                              const TopicLabel& label) {
  auto it = findings.find(JoinKey(label.file, label.id));
  if (it == findings.end()) it = findings.find(JoinKey("", label.id));
  return it == findings.end() ? nullptr : &it->second;
}

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  void Add(bool truth, bool predicted) {
    tp += truth && predicted;
    fp += !truth && predicted;
    fn += truth && !predicted;
  }
  double Precision() const { return tp + fp == 0 ? 1.0 : double(tp) / (tp + fp); }
  double Recall() const { return tp + fn == 0 ? 1.0 : double(tp) / (tp + fn); }
  double F1() const { return tp + fp + fn == 0 ? 1.0 : 2.0 * tp / (2.0 * tp + fp + fn); }
};

struct TopicScores {
  std::map<std::string, Counts> categories;
  std::map<std::pair<std::string, std::string>, int> tiers;  // (truth, got) -> records
  int records = 0, missing = 0, tier_right = 0;
  int ambiguous = 0, ambiguous_not_uncertain = 0, certain_but_flagged = 0;

  double MeanJudgedF1() const {
    double sum = 0;
    for (const char* category : kJudged) {
      auto it = categories.find(category);
      sum += it == categories.end() ? 1.0 : it->second.F1();
    }
    return sum / std::size(kJudged);
  }
  double TierAccuracy() const { return records == 0 ? 0.0 : double(tier_right) / records; }
};

void ScoreDateCertainty(const TopicLabel& label, const TopicFinding* finding, TopicScores& s) {
  bool flagged_uncertain = finding && finding->has_tier_certain && !finding->tier_certain;
  if (label.DateAmbiguous()) {
    ++s.ambiguous;
    s.ambiguous_not_uncertain += !flagged_uncertain;
  } else if (label.tier != "clear") {
    s.certain_but_flagged += flagged_uncertain;
  }
}

void Score(const TopicLabel& label, const TopicFinding* finding, TopicScores& s) {
  ++s.records;
  s.missing += finding == nullptr;
  for (const char* category : kCategories) {
    bool got = finding && finding->categories.count(category);
    s.categories[category].Add(label.categories.count(category) > 0, got);
  }
  std::string tier = finding ? finding->tier : "(missing)";
  if (tier.empty()) tier = "(none)";
  ++s.tiers[{label.tier, tier}];
  s.tier_right += tier == label.tier;
  ScoreDateCertainty(label, finding, s);
}

std::string CategoryTable(const std::string& name, const TopicScores& s) {
  std::ostringstream out;
  out << "--- " << name << ": " << s.records << " records, " << s.missing << " missing ---\n";
  for (const char* category : kCategories) {
    const Counts& c = s.categories.at(category);
    char line[160];
    std::snprintf(line, sizeof line, "  %-24s P=%.3f R=%.3f F1=%.3f (tp %d fp %d fn %d)%s\n",
                  category, c.Precision(), c.Recall(), c.F1(), c.tp, c.fp, c.fn,
                  Contains(kJudged, category) ? "  [judged]" : "");
    out << line;
  }
  char summary[128];
  std::snprintf(summary, sizeof summary,
                "  mean F1 of the judged four %.3f | tier accuracy %.3f (%d of %d right)\n",
                s.MeanJudgedF1(), s.TierAccuracy(), s.tier_right, s.records);
  return out.str() + summary;
}

std::string TierConfusion(const TopicScores& s) {
  std::set<std::string> got_columns;
  for (const auto& [pair, n] : s.tiers) got_columns.insert(pair.second);
  std::ostringstream out;
  out << "tier confusion (rows: labelled, columns: catchall):\n  " << std::string(30, ' ');
  for (const auto& got : got_columns) out << " " << got.substr(0, 12);
  out << "\n";
  for (const char* truth : kTiers) {
    char row[40];
    std::snprintf(row, sizeof row, "  %-30s", truth);
    out << row;
    for (const auto& got : got_columns) {
      auto it = s.tiers.find({truth, got});
      char cell[24];
      std::snprintf(cell, sizeof cell, " %12d", it == s.tiers.end() ? 0 : it->second);
      out << cell;
    }
    out << "\n";
  }
  return out.str();
}

std::string JoinSet(const std::set<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ";") + item;
  return out.empty() ? "-" : out;
}

// The categories catchall assigned, each with its score and (shortened) evidence.
std::string DescribeEvidence(const nlohmann::json& finding) {
  if (!finding.contains("categories") || !finding["categories"].is_array()) return "";
  std::string out;
  for (const auto& category : finding["categories"]) {
    std::string evidence =
        category.is_object() && category.contains("evidence") ? category["evidence"].dump() : "";
    if (evidence.size() > 300) evidence = evidence.substr(0, 300) + "...";
    std::string score = category.is_object() && category.contains("score")
                            ? category["score"].dump()
                            : std::string("?");
    std::string id = category.is_object() ? StringField(category, "id") : category.dump();
    out.append("      ").append(id).append(" score=").append(score);
    out.append(" evidence=").append(evidence).append("\n");
  }
  return out;
}

bool Mislabelled(const TopicLabel& label, const TopicFinding* finding) {
  return !finding || finding->categories != label.categories || finding->tier != label.tier;
}

std::string DescribeMislabel(const TopicLabel& label, const TopicFinding* finding) {
  std::string out = "  " + label.file + " " + label.id + "  [" + label.note + "]\n";
  if (!finding) return out + "    NOTHING (record missing from findings.jsonl)\n";
  out += "    title: " + StringField(finding->raw, "title") + "\n";
  out += "    categories expected " + JoinSet(label.categories) + "  got " +
         JoinSet(finding->categories) + "\n";
  out += "    tier expected " + label.tier + "  got " +
         (finding->tier.empty() ? std::string("(none)") : finding->tier) +
         (finding->has_tier_certain ? (finding->tier_certain ? " (certain)" : " (uncertain)")
                                    : " (no tier_certain)") +
         "\n";
  return out + DescribeEvidence(finding->raw);
}

// --- data-only checks ------------------------------------------------------------------------

// The tier a label must have given its categories, for DPRK-foreign records after 2016-11-30.
std::string PostTier(const std::set<std::string>& categories) {
  for (const char* category : {"nuclear", "aerospace", "advanced_manufacturing"}) {
    if (categories.count(category)) return "committee_exemption_required";
  }
  return categories.count("medical") ? "medical_exempt" : "state_determination_required";
}

void CheckLabelValues(const TopicLabel& label, char id_letter) {
  SCOPED_TRACE(label.file + " " + label.id + " " + label.RecordId());
  EXPECT_TRUE(Contains(kTiers, label.tier)) << "unknown tier " << label.tier;
  for (const auto& category : label.categories) {
    EXPECT_TRUE(Contains(kCategories, category)) << "unknown category " << category;
  }
  bool post = label.tier != "clear" && label.tier != "pre_2321";
  if (post) {
    EXPECT_EQ(label.tier, PostTier(label.categories)) << "tier disagrees with categories";
  }
  if (label.DateAmbiguous()) {
    EXPECT_TRUE(post) << "an ambiguous date needs the post-2321 tier";
  }
  EXPECT_EQ(label.RecordId().rfind(id_letter, 0), 0u) << "note must start with the record id";
}

struct FileTally {
  std::set<std::string> ids, records;
  std::map<std::string, int> categories, tiers;
};

class LabelledSetTest : public ::testing::TestWithParam<const LabelledSet*> {};

TEST_P(LabelledSetTest, LabelsMatchTheDataFiles) {
  const LabelledSet& set = *GetParam();
  auto labels = ReadTopicLabels(set);
  std::map<std::string, FileTally> tally;
  for (const auto& label : labels) {
    CheckLabelValues(label, set.id_letter);
    FileTally& t = tally[label.file];
    EXPECT_TRUE(t.ids.insert(label.id).second) << "duplicate id " << label.id;
    EXPECT_TRUE(t.records.insert(label.RecordId()).second) << "duplicate " << label.RecordId();
    for (const auto& category : label.categories) ++t.categories[category];
    ++t.tiers[label.tier];
  }
  for (const char* name : set.files) {
    SCOPED_TRACE(name);
    std::string text = ReadFile(SetPath(set, name));
    ASSERT_FALSE(text.empty()) << "missing " << SetPath(set, name);
    const FileTally& t = tally[name];
    EXPECT_EQ(CountRecords(SetPath(set, name)), t.ids.size()) << "records vs labels";
    EXPECT_GE(t.ids.size(), set.min_records_per_file);
    EXPECT_EQ(t.records, tally[set.files[0]].records) << "every file holds the same papers";
    for (const auto& id : t.ids) EXPECT_NE(text.find(id), std::string::npos) << id;
    for (const char* category : kJudged) {
      EXPECT_GE(t.categories.count(category) ? t.categories.at(category) : 0,
                set.min_per_judged_category)
          << category;
    }
    for (const char* tier : kTiers) EXPECT_GT(t.tiers.count(tier), 0u) << "no record of " << tier;
  }
}

// --- scoring the binary ----------------------------------------------------------------------

RunResult RunOrReuse(const LabelledSet& set) {
  RunResult run;
  if (const char* existing = std::getenv(set.reuse_env)) {
    run.exit_code = 0;  // score an earlier `catchall screen <set files> --all` run instead
    run.out_dir = existing;
    return run;
  }
  std::vector<std::string> files;
  for (const char* name : set.files) files.push_back(SetPath(set, name));
  return RunScreen(files, {"--all"});
}

TEST_P(LabelledSetTest, MeetsCategoryAndTierTargets) {
  const LabelledSet& set = *GetParam();
  if (!std::getenv(set.reuse_env)) {
    ASSERT_TRUE(BinaryExists()) << "catchall binary not found at " << BinaryPath()
                                << ": build the `catchall` target before test_eval";
  }
  RunResult run = RunOrReuse(set);
  ASSERT_EQ(run.exit_code, 0) << "catchall screen failed:\n" << run.log;
  auto findings = ReadTopicFindings(run.out_dir + "/findings.jsonl");
  ASSERT_FALSE(findings.empty()) << "no findings written in " << run.out_dir << "\n" << run.log;

  TopicScores all;
  std::map<std::string, TopicScores> by_file;
  std::string mislabelled;
  for (const auto& label : ReadTopicLabels(set)) {
    const TopicFinding* finding = FindTopic(findings, label);
    Score(label, finding, all);
    Score(label, finding, by_file[label.file]);
    if (Mislabelled(label, finding)) mislabelled += DescribeMislabel(label, finding);
  }
  std::cout << "\n=== catchall categories and tiers on tests/eval/" << set.dir << " ("
            << all.records << " labelled records) ===\n";
  for (const auto& [file, scores] : by_file) std::cout << CategoryTable(file, scores);
  std::cout << CategoryTable("all files", all) << TierConfusion(all)
            << "date-ambiguous records: " << all.ambiguous
            << ", of them not tier_certain=false: " << all.ambiguous_not_uncertain
            << "; dated DPRK records flagged uncertain: " << all.certain_but_flagged << "\n"
            << (mislabelled.empty() ? "no mislabelled records\n" : "mislabelled:\n" + mislabelled)
            << std::flush;

  EXPECT_EQ(all.missing, 0) << "labelled records absent from findings.jsonl despite --all";
  EXPECT_GE(all.MeanJudgedF1(), kMinJudgedMeanF1) << "mean F1 of the four judged categories";
  EXPECT_GE(all.TierAccuracy(), kMinTierAccuracy) << "tier accuracy";
  EXPECT_EQ(all.ambiguous_not_uncertain, 0) << "year-only 2016 records need tier_certain=false";
}

INSTANTIATE_TEST_SUITE_P(Sets, LabelledSetTest, ::testing::Values(&kTopics, &kHoldout),
                         [](const ::testing::TestParamInfo<const LabelledSet*>& info) {
                           return std::string(info.param->dir);
                         });

}  // namespace
}  // namespace catchall::eval
