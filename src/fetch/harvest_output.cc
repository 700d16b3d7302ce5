#include "fetch/harvest_output.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "io/atomic_file.h"

namespace catchall {
namespace {

std::string ErrnoText() { return std::strerror(errno); }

}  // namespace

Result<std::string> GzipMember(std::string_view data) {
  z_stream stream{};
  // windowBits 15 + 16: a gzip header and trailer instead of a zlib one.
  if (deflateInit2(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    return Error{"cannot start gzip compression", {}};
  }
  std::string out(deflateBound(&stream, data.size()) + 32, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&stream, Z_FINISH);
  const size_t written = stream.total_out;
  deflateEnd(&stream);
  if (rc != Z_STREAM_END) return Error{"gzip compression failed", {}};
  out.resize(written);
  return out;
}

Result<std::unique_ptr<HarvestOutput>> HarvestOutput::Open(const std::string& path,
                                                           uint64_t keep_bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return Error{"cannot open for writing: " + ErrnoText(), {path, 0}};
  std::unique_ptr<HarvestOutput> output(
      new HarvestOutput(path, fd, keep_bytes, path.ends_with(".gz")));
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    return Error{errno == EWOULDBLOCK ? "another catchall fetch is writing this file"
                                      : "cannot lock: " + ErrnoText(),
                 {path, 0}};
  }
  struct stat info {};
  if (::fstat(fd, &info) != 0) return output->Fail("cannot stat");
  if (!S_ISREG(info.st_mode)) return Error{"not a regular file", {path, 0}};
  if (static_cast<uint64_t>(info.st_size) < keep_bytes) {
    return Error{"the file has " + std::to_string(info.st_size) + " bytes but the state file " +
                     "records " + std::to_string(keep_bytes) +
                     "; it was changed outside catchall (use --restart to start over)",
                 {path, 0}};
  }
  if (::ftruncate(fd, static_cast<off_t>(keep_bytes)) != 0) return output->Fail("cannot truncate");
  if (::lseek(fd, static_cast<off_t>(keep_bytes), SEEK_SET) < 0) return output->Fail("cannot seek");
  return output;
}

HarvestOutput::~HarvestOutput() { ::close(fd_); }

Error HarvestOutput::Fail(const std::string& what) const {
  return Error{what + ": " + ErrnoText(), {path_, 0}};
}

Status HarvestOutput::AppendPage(const std::vector<std::string>& works) {
  std::string text;
  size_t length = 0;
  for (const auto& work : works) length += work.size() + 1;
  text.reserve(length);
  for (const auto& work : works) {
    text += work;
    text += '\n';
  }
  if (compressed_) {
    auto member = GzipMember(text);
    if (!member.ok()) return Error{member.error().message, {path_, 0}};
    text = std::move(member).value();
  }
  if (!WriteAll(fd_, text)) return Fail("cannot write");
  if (::fsync(fd_) != 0) return Fail("cannot sync to disk");
  size_ += text.size();
  return Ok{};
}

}  // namespace catchall
