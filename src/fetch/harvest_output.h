// The harvest's output file, grown one page at a time. Each page is appended as a whole (a
// complete gzip member when compressing, so the file is a valid multi-member gzip after every
// page) and made durable with fsync before the caller records it in the state file. While open,
// the file is locked so two harvests cannot interleave pages in it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.h"

namespace catchall {

// `data` as one complete gzip member (zlib, level 6).
Result<std::string> GzipMember(std::string_view data);

class HarvestOutput {
 public:
  // Opens (creating it if missing) `path` and cuts it to `keep_bytes`, which drops whatever a
  // run that died mid-page left after the last recorded page. Gzip when `path` ends in ".gz".
  static Result<std::unique_ptr<HarvestOutput>> Open(const std::string& path, uint64_t keep_bytes);
  ~HarvestOutput();
  HarvestOutput(const HarvestOutput&) = delete;
  HarvestOutput& operator=(const HarvestOutput&) = delete;

  // Appends one line per work ('\n' after each) and syncs the file to disk.
  Status AppendPage(const std::vector<std::string>& works);

  uint64_t size() const { return size_; }
  bool compressed() const { return compressed_; }

 private:
  HarvestOutput(std::string path, int fd, uint64_t size, bool compressed)
      : path_(std::move(path)), fd_(fd), size_(size), compressed_(compressed) {}
  Error Fail(const std::string& what) const;

  std::string path_;
  int fd_;
  uint64_t size_;
  bool compressed_;
};

}  // namespace catchall
