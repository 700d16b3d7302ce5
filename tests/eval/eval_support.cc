#include "eval_support.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace catchall::eval {

namespace fs = std::filesystem;

std::string SourceDir() { return CATCHALL_SOURCE_DIR; }
std::string BinaryPath() { return CATCHALL_BINARY; }
bool BinaryExists() { return fs::exists(BinaryPath()); }

std::string MakeTempDir(const std::string& prefix) {
  std::string pattern = (fs::temp_directory_path() / (prefix + "XXXXXX")).string();
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  const char* made = mkdtemp(buffer.data());
  return made ? std::string(made) : std::string();
}

namespace {

// Single-quotes a word for /bin/sh.
std::string ShellQuote(const std::string& word) {
  std::string quoted = "'";
  for (char c : word) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

}  // namespace

RunResult RunScreen(const std::vector<std::string>& files,
                    const std::vector<std::string>& extra_args) {
  RunResult result;
  std::string work = MakeTempDir("catchall_eval_");
  result.out_dir = work + "/out";
  std::string log_path = work + "/run.log";
  std::string command = ShellQuote(BinaryPath()) + " screen";
  for (const auto& file : files) command += " " + ShellQuote(file);
  for (const auto& arg : extra_args) command += " " + ShellQuote(arg);
  command += " --out " + ShellQuote(result.out_dir) + " >" + ShellQuote(log_path) + " 2>&1";
  int status = std::system(command.c_str());
  result.exit_code = (status != -1 && WIFEXITED(status)) ? WEXITSTATUS(status) : -1;
  result.log = ReadFile(log_path);
  return result;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<nlohmann::json> ReadJsonLines(const std::string& path) {
  std::vector<nlohmann::json> values;
  std::ifstream in(path, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    values.push_back(nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false));
  }
  return values;
}

std::string NormalizeId(const std::string& id) {
  static const std::string kPrefix = "https://openalex.org/";
  return id.rfind(kPrefix, 0) == 0 ? id.substr(kPrefix.size()) : id;
}

std::vector<Label> ReadLabels(const std::string& path) {
  std::vector<Label> labels;
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::vector<std::string> cells;
    std::stringstream row(line);
    std::string cell;
    while (std::getline(row, cell, '\t')) cells.push_back(cell);
    if (cells.size() < 5) continue;
    labels.push_back({cells[0], NormalizeId(cells[1]), cells[2] == "1", cells[3] == "1",
                      cells[4] == "1", cells.size() > 5 ? cells[5] : ""});
  }
  return labels;
}

std::vector<AffiliationLabel> ReadAffiliationLabels(const std::string& path) {
  std::vector<AffiliationLabel> labels;
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::stringstream row(line);
    std::string cell;
    while (std::getline(row, cell, '\t')) cells.push_back(cell);
    if (cells.size() < 5) continue;
    labels.push_back({cells[0], NormalizeId(cells[1]), cells[2], cells[3], cells[4]});
  }
  return labels;
}

std::string NormalizeRaw(const std::string& raw) {
  std::string text = raw;
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '.')) text.pop_back();
  size_t start = text.find_first_not_of(' ');
  return start == std::string::npos ? std::string() : text.substr(start);
}

std::map<std::string, Finding> ReadFindings(const std::string& path) {
  std::map<std::string, Finding> findings;
  for (auto& line : ReadJsonLines(path)) {
    if (!line.is_object() || !line.contains("id") || !line["id"].is_string()) continue;
    Finding finding;
    finding.id = NormalizeId(line["id"].get<std::string>());
    finding.dprk_tie = BoolField(line, "dprk_tie");
    finding.dprk_coauthored = BoolField(line, "dprk_coauthored");
    if (line.contains("countries") && line["countries"].is_array()) {
      for (const auto& country : line["countries"]) {
        if (country.is_string()) finding.countries.push_back(country.get<std::string>());
      }
    }
    finding.raw = std::move(line);
    findings[finding.id] = std::move(finding);
  }
  return findings;
}

uint64_t CountCsvRecords(const std::string& text) {
  uint64_t rows = 0;
  bool in_quotes = false;
  bool row_has_content = false;
  for (char c : text) {
    if (c == '"') in_quotes = !in_quotes;  // "" toggles twice: stays inside
    if (c == '\n' && !in_quotes) {
      if (row_has_content) ++rows;
      row_has_content = false;
    } else if (c != '\r') {
      row_has_content = true;
    }
  }
  if (row_has_content) ++rows;
  return rows > 0 ? rows - 1 : 0;
}

uint64_t CountWosRecords(const std::string& text) {
  uint64_t records = 0;
  std::stringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line == "ER") ++records;
  }
  return records;
}

uint64_t CountJsonLines(const std::string& text) {
  uint64_t lines = 0;
  std::stringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") != std::string::npos) ++lines;
  }
  return lines;
}

uint64_t CountRecords(const std::string& path) {
  std::string text = ReadFile(path);
  std::string ext = fs::path(path).extension().string();
  if (ext == ".csv") return CountCsvRecords(text);
  if (ext == ".jsonl") return CountJsonLines(text);
  return CountWosRecords(text);
}

int64_t SummaryCount(const nlohmann::json& summary, const std::string& key) {
  for (const auto* level : {&summary, summary.contains("totals") ? &summary["totals"] : nullptr}) {
    if (level && level->is_object() && level->contains(key) && (*level)[key].is_number()) {
      return (*level)[key].get<int64_t>();
    }
  }
  return -1;
}

std::string StringField(const nlohmann::json& object, const char* key) {
  if (!object.is_object() || !object.contains(key) || !object[key].is_string()) return "";
  return object[key].get<std::string>();
}

bool BoolField(const nlohmann::json& object, const char* key) {
  return object.is_object() && object.contains(key) && object[key].is_boolean() &&
         object[key].get<bool>();
}

int64_t IntField(const nlohmann::json& object, const char* key, int64_t fallback) {
  if (!object.is_object() || !object.contains(key) || !object[key].is_number()) return fallback;
  return object[key].get<int64_t>();
}

namespace {

void DescribeList(const nlohmann::json& finding, const char* key, std::string& out) {
  if (!finding.contains(key) || !finding[key].is_array()) return;
  for (const auto& affiliation : finding[key]) {
    std::string country = StringField(affiliation, "country");
    out += "      [" + (country.empty() ? std::string("??") : country) + "] " +
           StringField(affiliation, "raw");
    if (affiliation.contains("decided_by") && affiliation["decided_by"].is_array()) {
      std::string evidence;
      for (const auto& e : affiliation["decided_by"]) {
        evidence += (evidence.empty() ? "" : ", ") + StringField(e, "kind") + ":" +
                    StringField(e, "text") + "->" + StringField(e, "country");
      }
      if (!evidence.empty()) out += "   <- " + evidence;
    }
    out += "\n";
  }
}

}  // namespace

std::string DescribeAffiliations(const nlohmann::json& finding) {
  std::string out;
  DescribeList(finding, "dprk_affiliations", out);
  DescribeList(finding, "foreign_affiliations", out);
  DescribeList(finding, "unresolved_affiliations", out);
  return out;
}

}  // namespace catchall::eval
