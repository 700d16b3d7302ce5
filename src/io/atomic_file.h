// Files replaced whole: written beside the target, synced, renamed over it, and the directory
// synced, so a crash or a concurrent reader sees the old file or the new one, never a mix. Used
// for the report and CSV files, the harvest state and the compiled-pattern cache.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace catchall {

class AtomicFile {
 public:
  // Creates the temporary file `path.tmp<pid>` (the pid keeps concurrent writers apart).
  static Result<AtomicFile> Create(const std::string& path);
  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  // Not committed: the temporary file is removed and the target left as it was.
  ~AtomicFile();

  // The first failure is kept and reported by Commit.
  void Write(std::string_view bytes);
  // Syncs, renames over the target and syncs its directory.
  Status Commit();

 private:
  AtomicFile(std::string path, std::string temporary, int fd);

  std::string path_;
  std::string temporary_;
  int fd_ = -1;
  int error_ = 0;  // errno of the first failed write
  bool committed_ = false;
};

Status WriteFileAtomically(const std::string& path, std::string_view bytes);

// write(2) until every byte is out, retrying on EINTR and short writes; false with errno set.
bool WriteAll(int fd, std::string_view bytes);

}  // namespace catchall
