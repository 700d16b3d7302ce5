// Helpers of the report tests: running the built catchall and headless Chromium, temporary
// directories, synthetic findings lines, and reading back what the report wrote.
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace catchall::report::testing {

inline const std::string kSource = CATCHALL_SOURCE_DIR;

struct CommandResult {
  int exit_code = -1;
  std::string stdout_text;
  std::string stderr_text;
};

// Runs a shell command line, capturing stdout and stderr.
CommandResult RunShell(const std::string& command);
// Runs `catchall ARGS` (each argument single-quoted).
CommandResult RunCatchall(const std::vector<std::string>& args);

// A fresh temporary directory, removed when the object goes away.
class TempDir {
 public:
  explicit TempDir(const std::string& tag);
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string File(const std::string& name) const { return (path_ / name).string(); }
  std::string Write(const std::string& name, const std::string& bytes) const;

 private:
  std::filesystem::path path_;
};

std::string ReadFile(const std::string& path);
size_t Count(const std::string& haystack, const std::string& needle);

// Screens the shipped samples into DIR (report included); returns the command's result.
CommandResult ScreenSamples(const std::string& dir);

// A findings.jsonl line in the shape `catchall screen` writes, with the given id and tier.
nlohmann::ordered_json SyntheticFinding(int index, const std::string& tier);
// summary.json text matching a findings file made of SyntheticFinding lines.
std::string SyntheticSummary(const std::vector<nlohmann::ordered_json>& findings);

// RFC 4180 parsing (BOM stripped), for checking the CSV files.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text);
// A by_*.csv as key -> {column -> value}.
std::map<std::string, std::map<std::string, std::string>> CsvByKey(const std::string& text);

// Chromium, or "" when it is not installed.
std::string ChromiumPath();
// `chromium --headless --dump-dom URL` with the flags this machine needs: the DOM after the
// page's scripts ran.
CommandResult DumpDom(const std::string& url);

}  // namespace catchall::report::testing
