#include "common/command_support.h"

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

namespace catchall::testing {

namespace fs = std::filesystem;

CommandResult RunShell(const std::string& command) {
  TempDir scratch("cmd");
  const std::string out = scratch.File("stdout");
  const std::string err = scratch.File("stderr");
  const std::string line = command + " >'" + out + "' 2>'" + err + "'";
  const int status = std::system(line.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.stdout_text = ReadFile(out);
  result.stderr_text = ReadFile(err);
  return result;
}

CommandResult RunCatchall(const std::vector<std::string>& args) {
  std::string command = std::string("'") + CATCHALL_BINARY + "'";
  for (const auto& arg : args) command += " '" + arg + "'";
  return RunShell(command);
}

TempDir::TempDir(const std::string& tag) {
  std::random_device device;
  path_ = fs::temp_directory_path() / ("catchall_" + tag + "_" + std::to_string(device()));
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

std::string TempDir::Write(const std::string& name, const std::string& bytes) const {
  const std::string path = File(name);
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<nlohmann::json> ReadJsonLines(const std::string& path) {
  std::vector<nlohmann::json> lines;
  std::ifstream in(path, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) lines.push_back(nlohmann::json::parse(line));
  }
  return lines;
}

nlohmann::json ReadJson(const std::string& path) { return nlohmann::json::parse(ReadFile(path)); }

std::string SharedData() {
  const fs::path dir = CATCHALL_SHARED_DATA_DIR;
  return fs::is_directory(dir) ? dir.string() : "";
}

std::string ChromiumPath() {
  for (const char* path : {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
    if (fs::exists(path)) return path;
  }
  return "";
}

CommandResult DumpDom(const std::string& url) {
  TempDir profile("chromium");
  // The background-networking flags keep Chromium from reaching for Google's services, which
  // this machine's closed network refuses (see the machine notes of the project).
  const std::string command =
      "'" + ChromiumPath() +
      "' --headless --no-sandbox --disable-gpu --disable-quic --disable-background-networking "
      "--disable-component-update --disable-sync --no-first-run --disable-extensions "
      "--enable-logging=stderr --v=0 --user-data-dir='" +
      profile.path().string() + "' --dump-dom '" + url + "'";
  return RunShell(command);
}

}  // namespace catchall::testing
