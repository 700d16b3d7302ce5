#include "cli/data_dir.h"

#include <cstdlib>
#include <filesystem>

namespace catchall {

std::string FindDataDir(const std::string& flag_value) {
  namespace fs = std::filesystem;
  if (!flag_value.empty()) return flag_value;
  if (const char* env = std::getenv("CATCHALL_DATA"); env != nullptr && *env != '\0') return env;
  if (fs::is_directory(CATCHALL_DEFAULT_DATA_DIR)) return CATCHALL_DEFAULT_DATA_DIR;
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = self.parent_path() / ".." / "share" / "catchall" / "data";
    if (fs::is_directory(installed)) return installed.string();
  }
  return CATCHALL_DEFAULT_DATA_DIR;
}

}  // namespace catchall
