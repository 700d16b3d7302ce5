#include "io/input_stream.h"

#include <fcntl.h>
#include <isa-l/igzip_lib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace catchall {
namespace {

class FileHandle {
 public:
  explicit FileHandle(int fd) : fd_(fd) {}
  FileHandle(const FileHandle&) = delete;
  FileHandle& operator=(const FileHandle&) = delete;
  ~FileHandle() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

// read(2) until `capacity` bytes or end of file; retries on EINTR.
Result<size_t> ReadFully(int fd, char* buffer, size_t capacity, const std::string& path) {
  size_t total = 0;
  while (total < capacity) {
    const ssize_t n = ::read(fd, buffer + total, capacity - total);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      return Error{std::string("read failed: ") + std::strerror(errno), {path, 0}};
    }
    total += static_cast<size_t>(n);
  }
  return total;
}

class PlainInput final : public InputStream {
 public:
  PlainInput(std::string path, int fd, uint64_t size, std::vector<char> head)
      : path_(std::move(path)), file_(fd), size_(size), head_(std::move(head)) {}

  Result<size_t> Read(char* buffer, size_t capacity) override {
    // First the bytes read while sniffing for the gzip magic, then the file, in one call, so
    // that a caller asking for N bytes gets N bytes until the end of the file.
    size_t from_head = 0;
    if (head_pos_ < head_.size()) {
      from_head = std::min(capacity, head_.size() - head_pos_);
      std::memcpy(buffer, head_.data() + head_pos_, from_head);
      head_pos_ += from_head;
      read_ += from_head;
    }
    auto n = ReadFully(file_.get(), buffer + from_head, capacity - from_head, path_);
    if (!n.ok()) return n;
    read_ += *n;
    return from_head + *n;
  }
  bool compressed() const override { return false; }
  uint64_t file_bytes_read() const override { return read_; }
  uint64_t file_size() const override { return size_; }

 private:
  std::string path_;
  FileHandle file_;
  uint64_t size_;
  std::vector<char> head_;  // bytes read while sniffing for the gzip magic
  size_t head_pos_ = 0;
  uint64_t read_ = 0;
};

class GzipInput final : public InputStream {
 public:
  GzipInput(std::string path, int fd, uint64_t size, std::vector<char> head)
      : path_(std::move(path)), file_(fd), size_(size), in_(kInputBuffer) {
    std::memcpy(in_.data(), head.data(), head.size());
    in_len_ = head.size();
    read_ = head.size();
    isal_inflate_init(&state_);
    state_.crc_flag = ISAL_GZIP;
    state_.next_in = reinterpret_cast<uint8_t*>(in_.data());
    state_.avail_in = static_cast<uint32_t>(in_len_);
  }

  Result<size_t> Read(char* buffer, size_t capacity) override {
    if (done_) return size_t{0};
    state_.next_out = reinterpret_cast<uint8_t*>(buffer);
    state_.avail_out = static_cast<uint32_t>(std::min<size_t>(capacity, UINT32_MAX));
    while (state_.avail_out > 0) {
      if (state_.block_state == ISAL_BLOCK_FINISH) {
        // End of one gzip member: another may follow (concatenated gzip, as pigz and bgzip
        // write), or trailing zero padding, or the end of the file.
        if (!RefillIfEmpty()) {
          done_ = true;
          break;
        }
        if (OnlyZeroPaddingLeft()) {
          done_ = true;
          break;
        }
        isal_inflate_reset(&state_);
        state_.crc_flag = ISAL_GZIP;
      }
      if (state_.avail_in == 0 && !eof_) {
        auto refilled = Refill();
        if (!refilled.ok()) return refilled.error();
      }
      const uint32_t before_out = state_.avail_out;
      const uint32_t before_in = state_.avail_in;
      const int rc = isal_inflate(&state_);
      if (rc < 0) {
        return Error{"corrupt gzip data (" + DescribeError(rc) + ") after " +
                         std::to_string(total_out_ + (before_out - state_.avail_out)) +
                         " decompressed bytes",
                     {path_, 0}};
      }
      const bool progressed = state_.avail_out != before_out || state_.avail_in != before_in;
      if (!progressed && state_.avail_in == 0 && eof_ && state_.block_state != ISAL_BLOCK_FINISH) {
        const size_t produced = capacity - state_.avail_out;
        total_out_ += produced;
        if (produced > 0) return produced;  // hand over what we have; report on the next call
        done_ = true;
        return Error{"truncated gzip file: the compressed stream ends after " +
                         std::to_string(total_out_) + " decompressed bytes",
                     {path_, 0}};
      }
    }
    const size_t produced = capacity - state_.avail_out;
    total_out_ += produced;
    return produced;
  }
  bool compressed() const override { return true; }
  uint64_t file_bytes_read() const override { return read_ - state_.avail_in; }
  uint64_t file_size() const override { return size_; }

 private:
  static constexpr size_t kInputBuffer = 1 << 20;

  static std::string DescribeError(int rc) {
    switch (rc) {
      case ISAL_INVALID_BLOCK:
        return "invalid deflate block";
      case ISAL_INVALID_SYMBOL:
        return "invalid deflate symbol";
      case ISAL_INVALID_LOOKBACK:
        return "invalid back-reference";
      case ISAL_INVALID_WRAPPER:
        return "invalid gzip header";
      case ISAL_UNSUPPORTED_METHOD:
        return "unsupported compression method";
      case ISAL_INCORRECT_CHECKSUM:
        return "checksum mismatch";
      default:
        return "error " + std::to_string(rc);
    }
  }

  Status Refill() {
    auto n = ReadFully(file_.get(), in_.data(), in_.size(), path_);
    if (!n.ok()) return n.error();
    read_ += *n;
    if (*n == 0) eof_ = true;
    state_.next_in = reinterpret_cast<uint8_t*>(in_.data());
    state_.avail_in = static_cast<uint32_t>(*n);
    return Ok{};
  }

  // Makes sure some input is buffered; false at the end of the file.
  bool RefillIfEmpty() {
    if (state_.avail_in > 0) return true;
    if (eof_) return false;
    auto refilled = Refill();
    return refilled.ok() && state_.avail_in > 0;
  }

  bool OnlyZeroPaddingLeft() {
    for (uint32_t i = 0; i < state_.avail_in; ++i) {
      if (state_.next_in[i] != 0) return false;
    }
    state_.avail_in = 0;
    return !RefillIfEmpty() || OnlyZeroPaddingLeft();
  }

  std::string path_;
  FileHandle file_;
  uint64_t size_;
  std::vector<char> in_;
  size_t in_len_ = 0;
  uint64_t read_ = 0;
  uint64_t total_out_ = 0;
  bool eof_ = false;
  bool done_ = false;
  inflate_state state_{};
};

}  // namespace

Result<std::unique_ptr<InputStream>> InputStream::Open(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Error{std::string("cannot open: ") + std::strerror(errno), {path, 0}};
  FileHandle guard(fd);
  struct stat info {};
  if (::fstat(fd, &info) != 0) return Error{"cannot stat file", {path, 0}};
  if (S_ISDIR(info.st_mode)) return Error{"is a directory, not a file", {path, 0}};
  std::vector<char> head(2);
  auto n = ReadFully(fd, head.data(), head.size(), path);
  if (!n.ok()) return n.error();
  head.resize(*n);
  const bool gzip = head.size() == 2 && static_cast<uint8_t>(head[0]) == 0x1f &&
                    static_cast<uint8_t>(head[1]) == 0x8b;
  const int owned = ::dup(fd);
  if (owned < 0) return Error{"cannot duplicate file handle", {path, 0}};
  const auto size = static_cast<uint64_t>(info.st_size);
  if (gzip) return std::unique_ptr<InputStream>(new GzipInput(path, owned, size, std::move(head)));
  return std::unique_ptr<InputStream>(new PlainInput(path, owned, size, std::move(head)));
}

}  // namespace catchall
