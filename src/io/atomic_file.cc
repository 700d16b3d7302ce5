#include "io/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace catchall {
namespace {

std::string ErrnoText(int error) { return std::strerror(error); }

// fsync of the directory holding `path`, so a file created or renamed there stays.
void SyncParentDirectory(const std::string& path) {
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (parent.empty()) parent = ".";
  const int fd = ::open(parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;  // best effort: some file systems refuse to open directories
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

bool WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

AtomicFile::AtomicFile(std::string path, std::string temporary, int fd)
    : path_(std::move(path)), temporary_(std::move(temporary)), fd_(fd) {}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : path_(std::move(other.path_)),
      temporary_(std::move(other.temporary_)),
      fd_(other.fd_),
      error_(other.error_),
      committed_(other.committed_) {
  other.fd_ = -1;
  other.committed_ = true;  // the moved-from object owns nothing to clean up
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_) ::unlink(temporary_.c_str());
}

Result<AtomicFile> AtomicFile::Create(const std::string& path) {
  const std::string temporary = path + ".tmp" + std::to_string(::getpid());
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Error{"cannot create: " + ErrnoText(errno), {temporary, 0}};
  return AtomicFile(path, temporary, fd);
}

void AtomicFile::Write(std::string_view bytes) {
  if (error_ == 0 && !WriteAll(fd_, bytes)) error_ = errno;
}

Status AtomicFile::Commit() {
  if (error_ == 0 && ::fsync(fd_) != 0) error_ = errno;
  ::close(fd_);
  fd_ = -1;
  if (error_ != 0) return Error{"cannot write: " + ErrnoText(error_), {temporary_, 0}};
  if (::rename(temporary_.c_str(), path_.c_str()) != 0) {
    return Error{"cannot replace: " + ErrnoText(errno), {path_, 0}};
  }
  committed_ = true;
  SyncParentDirectory(path_);
  return Ok{};
}

Status WriteFileAtomically(const std::string& path, std::string_view bytes) {
  Result<AtomicFile> file = AtomicFile::Create(path);
  if (!file.ok()) return file.error();
  file->Write(bytes);
  return file->Commit();
}

}  // namespace catchall
