// Helpers for the end-to-end tests of tests/eval: run the built `catchall screen`, read what it
// wrote (findings.jsonl, summary.json, rejects.jsonl) and the labels of the evaluation set.
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace catchall::eval {

// One row of tests/eval/labels.tsv.
struct Label {
  std::string file;  // e.g. "eval_wos.txt"
  std::string id;    // EID, UT or OpenAlex work id ("W...")
  bool dprk_tie = false;
  bool dprk_coauthored = false;
  bool has_rok = false;
  std::string note;
};

// What catchall said about one record (one findings.jsonl line).
struct Finding {
  std::string id;
  bool dprk_tie = false;
  bool dprk_coauthored = false;
  std::vector<std::string> countries;
  nlohmann::json raw;  // the whole line, for the misclassification report
};

struct RunResult {
  int exit_code = -1;
  std::string out_dir;
  std::string log;  // stdout and stderr of the run
};

std::string SourceDir();
std::string BinaryPath();
bool BinaryExists();

// A fresh empty directory under the system temp dir.
std::string MakeTempDir(const std::string& prefix);

// Runs `catchall screen <files> <extra_args> --out <fresh dir>`.
RunResult RunScreen(const std::vector<std::string>& files,
                    const std::vector<std::string>& extra_args);

std::string ReadFile(const std::string& path);
// Every non-empty line of a JSON-lines file parsed; a line that is not JSON becomes a
// discarded value (is_discarded()) so the caller can report it.
std::vector<nlohmann::json> ReadJsonLines(const std::string& path);

// Strips "https://openalex.org/" so OpenAlex ids join whether or not the URL form is used.
std::string NormalizeId(const std::string& id);

std::vector<Label> ReadLabels(const std::string& path);

// One row of tests/eval/affiliations.tsv: the true country of one affiliation string.
struct AffiliationLabel {
  std::string file;
  std::string id;
  std::string country;
  std::string note;
  std::string raw;
};
std::vector<AffiliationLabel> ReadAffiliationLabels(const std::string& path);

// Affiliation text for joining: ASCII lower case, trimmed, without a trailing full stop (WoS).
std::string NormalizeRaw(const std::string& raw);
std::map<std::string, Finding> ReadFindings(const std::string& path);

// Record counts computed independently of catchall's readers.
uint64_t CountCsvRecords(const std::string& text);  // quote-aware, minus the header
uint64_t CountWosRecords(const std::string& text);  // lines that are exactly "ER"
uint64_t CountJsonLines(const std::string& text);   // non-blank lines
uint64_t CountRecords(const std::string& path);     // by extension

// A counter in summary.json: top level, or under "totals" (the contract leaves the nesting
// open). -1 when absent.
int64_t SummaryCount(const nlohmann::json& summary, const std::string& key);

// Field accessors that never throw: a missing, null or mistyped field gives the fallback.
std::string StringField(const nlohmann::json& object, const char* key);
bool BoolField(const nlohmann::json& object, const char* key);
int64_t IntField(const nlohmann::json& object, const char* key, int64_t fallback);

// One line per affiliation of a finding: "[KP] raw text  <- city:Pyongyang".
std::string DescribeAffiliations(const nlohmann::json& finding);

}  // namespace catchall::eval
