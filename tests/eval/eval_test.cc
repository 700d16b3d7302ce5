// Scores `catchall screen` against the labelled evaluation set in tests/eval (540 records in
// Scopus CSV, WoS and OpenAlex form; see tests/eval/README.md). Prints precision and recall of
// dprk_tie and dprk_coauthored, overall and per format, and every misclassified record with its
// affiliations as catchall resolved them.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
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

const char* const kEvalFiles[] = {"eval_scopus.csv", "eval_wos.txt", "eval_openalex.jsonl"};

std::string EvalPath(const std::string& name) { return SourceDir() + "/tests/eval/" + name; }

struct Confusion {
  int tp = 0, fp = 0, fn = 0, tn = 0;
  void Add(bool truth, bool predicted) {
    if (truth && predicted) ++tp;
    if (!truth && predicted) ++fp;
    if (truth && !predicted) ++fn;
    if (!truth && !predicted) ++tn;
  }
  double Precision() const { return tp + fp == 0 ? 1.0 : double(tp) / (tp + fp); }
  double Recall() const { return tp + fn == 0 ? 1.0 : double(tp) / (tp + fn); }
};

struct Scores {
  Confusion tie, coauthored;
  int records = 0, missing = 0, rok_taken_for_kp = 0, rok_records = 0, rok_seen_as_kr = 0;
};

std::string Line(const std::string& name, const Scores& s) {
  char buffer[320];
  std::snprintf(buffer, sizeof buffer,
                "%-22s n=%3d missing=%d | dprk_tie P=%.3f R=%.3f (tp %d fp %d fn %d) | "
                "dprk_coauthored P=%.3f R=%.3f (tp %d fp %d fn %d) | ROK->KP %d of %d, "
                "ROK seen as KR %d",
                name.c_str(), s.records, s.missing, s.tie.Precision(), s.tie.Recall(), s.tie.tp,
                s.tie.fp, s.tie.fn, s.coauthored.Precision(), s.coauthored.Recall(),
                s.coauthored.tp, s.coauthored.fp, s.coauthored.fn, s.rok_taken_for_kp,
                s.rok_records, s.rok_seen_as_kr);
  return buffer;
}

void Score(const Label& label, const Finding* finding, Scores& s) {
  ++s.records;
  if (!finding) ++s.missing;
  bool tie = finding && finding->dprk_tie;
  bool coauthored = finding && finding->dprk_coauthored;
  s.tie.Add(label.dprk_tie, tie);
  s.coauthored.Add(label.dprk_coauthored, coauthored);
  if (label.has_rok) {
    ++s.rok_records;
    if (!label.dprk_tie && tie) ++s.rok_taken_for_kp;
    if (finding) {
      for (const auto& c : finding->countries) s.rok_seen_as_kr += c == "KR";
    }
  }
}

std::string DescribeMiss(const Label& label, const Finding* finding) {
  std::string out = "  " + label.file + " " + label.id +
                    "  truth tie=" + std::to_string(label.dprk_tie) +
                    " co=" + std::to_string(label.dprk_coauthored) + "  got ";
  if (!finding) return out + "NOTHING (record missing from findings.jsonl)  [" + label.note + "]\n";
  out += "tie=" + std::to_string(finding->dprk_tie) +
         " co=" + std::to_string(finding->dprk_coauthored) + "  [" + label.note + "]\n";
  return out + DescribeAffiliations(finding->raw);
}

// Affiliation-level figures: a record can be right while one of its affiliations is wrong.
struct AffiliationScores {
  int labelled = 0, found = 0, correct = 0, unresolved = 0;
  int kp_truth = 0, kp_found = 0, kp_missed = 0, taken_for_kp = 0, kr_taken_for_kp = 0;
  std::string wrong, not_found;
};

AffiliationScores ScoreAffiliations(const std::map<std::string, Finding>& findings) {
  AffiliationScores s;
  std::map<std::pair<std::string, std::string>, std::string> predicted;  // (id, raw) -> country
  for (const auto& [id, finding] : findings) {
    for (const char* list :
         {"dprk_affiliations", "foreign_affiliations", "unresolved_affiliations"}) {
      if (!finding.raw.contains(list) || !finding.raw[list].is_array()) continue;
      for (const auto& affiliation : finding.raw[list]) {
        predicted[{id, NormalizeRaw(StringField(affiliation, "raw"))}] =
            StringField(affiliation, "country");
      }
    }
  }
  for (const auto& label : ReadAffiliationLabels(EvalPath("affiliations.tsv"))) {
    ++s.labelled;
    s.kp_truth += label.country == "KP";
    auto it = predicted.find({label.id, NormalizeRaw(label.raw)});
    if (it == predicted.end()) {
      // E.g. an OpenAlex institution without raw string whose institution another author's
      // raw string already carries: the reader keeps one affiliation for both.
      s.not_found +=
          "  " + label.file + " " + label.id + "  [" + label.note + "]  " + label.raw + "\n";
      continue;
    }
    ++s.found;
    const std::string& got = it->second;
    s.unresolved += got.empty();
    if (got == label.country) {
      ++s.correct;
      s.kp_found += got == "KP";
      continue;
    }
    s.kp_missed += label.country == "KP";
    s.taken_for_kp += got == "KP";
    s.kr_taken_for_kp += got == "KP" && label.country == "KR";
    s.wrong += "  " + label.file + " " + label.id + "  truth " + label.country + " got " +
               (got.empty() ? std::string("??") : got) + "  [" + label.note + "]  " + label.raw +
               "\n";
  }
  return s;
}

TEST(EvalSet, LabelsMatchTheDataFiles) {
  auto labels = ReadLabels(EvalPath("labels.tsv"));
  std::map<std::string, int> labelled;
  for (const auto& label : labels) ++labelled[label.file];
  for (const char* name : kEvalFiles) {
    SCOPED_TRACE(name);
    std::string text = ReadFile(EvalPath(name));
    ASSERT_FALSE(text.empty()) << "missing " << EvalPath(name);
    EXPECT_GE(CountRecords(EvalPath(name)), 150u);
    EXPECT_EQ(CountRecords(EvalPath(name)), uint64_t(labelled[name]));
  }
  std::set<std::string> ids;
  for (const auto& label : labels) {
    EXPECT_TRUE(ids.insert(label.id).second) << "duplicate id " << label.id;
    EXPECT_NE(ReadFile(EvalPath(label.file)).find(label.id), std::string::npos)
        << label.id << " not in " << label.file;
    EXPECT_TRUE(!label.dprk_coauthored || label.dprk_tie) << label.id;
  }
}

TEST(EvalSet, MeetsRecallAndPrecisionTargets) {
  RunResult run;
  if (const char* existing = std::getenv("CATCHALL_EVAL_OUT_DIR")) {
    // Score an earlier run instead (e.g. of a release binary): its --out directory.
    run.exit_code = 0;
    run.out_dir = existing;
  } else {
    ASSERT_TRUE(BinaryExists()) << "catchall binary not found at " << BinaryPath()
                                << ": build the `catchall` target before test_eval";
    std::vector<std::string> files;
    for (const char* name : kEvalFiles) files.push_back(EvalPath(name));
    run = RunScreen(files, {"--all"});
  }
  ASSERT_EQ(run.exit_code, 0) << "catchall screen failed:\n" << run.log;
  auto findings = ReadFindings(run.out_dir + "/findings.jsonl");
  ASSERT_FALSE(findings.empty()) << "no findings written in " << run.out_dir << "\n" << run.log;

  Scores all;
  std::map<std::string, Scores> by_file;
  std::string misses;
  for (const auto& label : ReadLabels(EvalPath("labels.tsv"))) {
    auto it = findings.find(label.id);
    const Finding* finding = it == findings.end() ? nullptr : &it->second;
    Score(label, finding, all);
    Score(label, finding, by_file[label.file]);
    if (!finding || finding->dprk_tie != label.dprk_tie ||
        finding->dprk_coauthored != label.dprk_coauthored) {
      misses += DescribeMiss(label, finding);
    }
  }
  std::cout << "\n=== catchall evaluation (" << all.records << " labelled records) ===\n"
            << Line("all", all) << "\n";
  for (const auto& [file, scores] : by_file) std::cout << Line(file, scores) << "\n";
  std::cout << (misses.empty() ? "no misclassified records\n" : "misclassified:\n" + misses)
            << std::flush;

  AffiliationScores affiliations = ScoreAffiliations(findings);
  std::cout << "affiliations: " << affiliations.labelled << " labelled, " << affiliations.found
            << " found in findings, " << affiliations.correct << " right country, "
            << affiliations.unresolved << " unresolved; KP " << affiliations.kp_found << " of "
            << affiliations.kp_truth << " found, " << affiliations.taken_for_kp
            << " non-KP taken for KP (" << affiliations.kr_taken_for_kp << " of them ROK)\n"
            << (affiliations.wrong.empty()
                    ? ""
                    : "affiliations with a wrong country:\n" + affiliations.wrong)
            << (affiliations.not_found.empty()
                    ? ""
                    : "labelled affiliations not in findings:\n" + affiliations.not_found)
            << std::flush;

  EXPECT_EQ(all.missing, 0) << "records absent from findings.jsonl despite --all";
  EXPECT_EQ(affiliations.kr_taken_for_kp, 0) << "ROK affiliations resolved to KP";
  EXPECT_GE(affiliations.kp_found, affiliations.kp_truth * 99 / 100)
      << "DPRK affiliations missed at affiliation level";
  EXPECT_GE(all.tie.Recall(), 0.99);
  EXPECT_GE(all.tie.Precision(), 0.99);
  EXPECT_GE(all.coauthored.Recall(), 0.99);
  EXPECT_GE(all.coauthored.Precision(), 0.99);
  EXPECT_EQ(all.rok_taken_for_kp, 0) << "ROK-only records flagged as DPRK";
}

// A person's name as a sorted list of lower-case words, so "Kim, Chol Nam", "Chol Nam Kim" and
// "Kim Chol-Nam" compare equal.
std::string NameKey(const std::string& name) {
  std::vector<std::string> words;
  std::string word;
  for (char c : name + " ") {
    if (c == ' ' || c == ',' || c == '-' || c == '.') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  std::sort(words.begin(), words.end());
  std::string key;
  for (const auto& w : words) key += w + " ";
  return key;
}

std::multiset<std::string> NameKeys(const std::vector<std::string>& names) {
  std::multiset<std::string> keys;
  for (const auto& name : names) {
    if (!name.empty()) keys.insert(NameKey(name));
  }
  return keys;
}

std::vector<std::string> SplitNames(const std::string& list) {
  std::vector<std::string> names;
  size_t start = 0;
  while (start <= list.size()) {
    size_t end = list.find("; ", start);
    if (end == std::string::npos) end = list.size();
    names.push_back(list.substr(start, end - start));
    start = end + 2;
  }
  return names;
}

// dprk_authors: the authors linked to a DPRK affiliation (tests/eval/dprk_authors.tsv). Records
// whose source has no author-address links (old upper-case WoS) are reported, not scored.
TEST(EvalSet, DprkAuthorsAreLinked) {
  ASSERT_TRUE(BinaryExists()) << "catchall binary not found at " << BinaryPath();
  std::vector<std::string> files;
  for (const char* name : kEvalFiles) files.push_back(EvalPath(name));
  RunResult run = RunScreen(files, {"--all"});
  ASSERT_EQ(run.exit_code, 0) << run.log;
  auto findings = ReadFindings(run.out_dir + "/findings.jsonl");
  std::ifstream in(EvalPath("dprk_authors.tsv"));
  std::string line, wrong;
  std::getline(in, line);
  int linked = 0, linked_right = 0, unlinked = 0, unlinked_right = 0;
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::stringstream row(line);
    std::string cell;
    while (std::getline(row, cell, '\t')) cells.push_back(cell);
    if (cells.size() < 4) continue;
    auto it = findings.find(NormalizeId(cells[1]));
    std::vector<std::string> got;
    if (it != findings.end() && it->second.raw.contains("dprk_authors") &&
        it->second.raw["dprk_authors"].is_array()) {
      for (const auto& name : it->second.raw["dprk_authors"]) {
        if (name.is_string()) got.push_back(name.get<std::string>());
      }
    }
    bool right = NameKeys(got) == NameKeys(SplitNames(cells[3]));
    bool has_links = cells[2] == "linked";
    (has_links ? linked : unlinked) += 1;
    (has_links ? linked_right : unlinked_right) += right;
    if (!right && has_links) {
      std::string got_list;
      for (const auto& name : got) got_list += (got_list.empty() ? "" : "; ") + name;
      wrong +=
          "  " + cells[0] + " " + cells[1] + "  truth: " + cells[3] + "  got: " + got_list + "\n";
    }
  }
  std::cout << "dprk_authors: " << linked_right << " of " << linked
            << " records with author-address links right; " << unlinked_right << " of " << unlinked
            << " without links (old WoS) match\n"
            << (wrong.empty() ? "" : "wrong dprk_authors:\n" + wrong) << std::flush;
  EXPECT_GE(linked_right, linked * 95 / 100);
}

// The default run (no --all) uses the prefilter, which skips OpenAlex records without a DPRK
// trigger phrase: it must not lose a record that --all finds.
TEST(EvalSet, PrefilterLosesNoDprkRecord) {
  ASSERT_TRUE(BinaryExists()) << "catchall binary not found at " << BinaryPath();
  std::vector<std::string> files;
  for (const char* name : kEvalFiles) files.push_back(EvalPath(name));
  RunResult full = RunScreen(files, {"--all"});
  RunResult filtered = RunScreen(files, {});
  ASSERT_EQ(full.exit_code, 0) << full.log;
  ASSERT_EQ(filtered.exit_code, 0) << filtered.log;
  auto all_findings = ReadFindings(full.out_dir + "/findings.jsonl");
  auto filtered_findings = ReadFindings(filtered.out_dir + "/findings.jsonl");
  std::string lost;
  for (const auto& [id, finding] : all_findings) {
    auto it = filtered_findings.find(id);
    if (finding.dprk_tie && (it == filtered_findings.end() || !it->second.dprk_tie)) {
      lost += "  " + id + "\n" + DescribeAffiliations(finding.raw);
    }
  }
  EXPECT_TRUE(lost.empty()) << "DPRK records found with --all but not by a default run:\n" << lost;
}

}  // namespace
}  // namespace catchall::eval
