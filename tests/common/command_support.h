// Test helpers shared by every test binary (linked into each as catchall_test_support): running
// the built catchall or a shell command, temporary directories, reading files back.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace catchall::testing {

struct CommandResult {
  int exit_code = -1;
  std::string stdout_text;
  std::string stderr_text;
};

// Runs a shell command line, capturing stdout and stderr.
CommandResult RunShell(const std::string& command);

// Chromium, or "" when it is not installed.
std::string ChromiumPath();
// `chromium --headless --dump-dom URL` with the flags this machine needs: the DOM after the
// page's scripts ran.
CommandResult DumpDom(const std::string& url);
// Runs `catchall ARGS` (each argument single-quoted), capturing stdout and stderr.
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
  // Writes `bytes` to File(name), creating folders on the way; returns the path.
  std::string Write(const std::string& name, const std::string& bytes) const;

 private:
  std::filesystem::path path_;
};

std::string ReadFile(const std::string& path);
std::vector<nlohmann::json> ReadJsonLines(const std::string& path);
nlohmann::json ReadJson(const std::string& path);

// The shared real data directory (../shared/data), or "" when this checkout has none.
std::string SharedData();

}  // namespace catchall::testing
