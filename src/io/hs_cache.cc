#include "io/hs_cache.h"

#include <hs/hs.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string_view>

#include "io/atomic_file.h"

namespace catchall {
namespace {

std::string CacheDir() {
  if (const char* dir = std::getenv("CATCHALL_CACHE"); dir && *dir) {
    return std::string(dir) == "off" ? "" : dir;
  }
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
    return std::string(xdg) + "/catchall";
  }
  if (const char* home = std::getenv("HOME"); home && *home) {
    return std::string(home) + "/.cache/catchall";
  }
  return "";
}

}  // namespace

std::string HyperscanCachePath(const std::string& tag, const std::vector<std::string>& parts) {
  const std::string dir = CacheDir();
  if (dir.empty()) return "";
  uint64_t hash = 1469598103934665603ull;  // FNV-1a
  const auto mix = [&](std::string_view bytes) {
    for (const char c : bytes) hash = (hash ^ static_cast<uint8_t>(c)) * 1099511628211ull;
    hash = (hash ^ 0xFF) * 1099511628211ull;
  };
  mix(hs_version());
  mix(tag);
  for (const auto& part : parts) mix(part);
  char name[80];
  std::snprintf(name, sizeof name, "-%016llx.hsdb", static_cast<unsigned long long>(hash));
  return dir + "/" + tag + name;
}

hs_database* LoadCachedDatabase(const std::string& path) {
  if (path.empty()) return nullptr;
  std::ifstream in(path, std::ios::binary);
  if (!in) return nullptr;
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  hs_database_t* database = nullptr;
  if (hs_deserialize_database(bytes.data(), bytes.size(), &database) != HS_SUCCESS) return nullptr;
  return database;
}

void StoreCachedDatabase(const std::string& path, const hs_database* database) {
  if (path.empty()) return;
  char* bytes = nullptr;
  size_t length = 0;
  if (hs_serialize_database(database, &bytes, &length) != HS_SUCCESS) return;
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  // Best effort: a failure only costs the next run a compile.
  (void)WriteFileAtomically(path, std::string_view(bytes, length));
  std::free(bytes);
}

}  // namespace catchall
