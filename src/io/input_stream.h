// Sequential byte input from a file, transparently gunzipped when the file starts with the gzip
// magic bytes (whatever its name). Gzip is inflated with ISA-L's igzip, about twice as fast as
// zlib, because on large OpenAlex snapshots inflation is the cost that bounds the whole run.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "base/result.h"

namespace catchall {

class InputStream {
 public:
  virtual ~InputStream() = default;

  // Opens `path`; an Error naming the file when it cannot be opened or is a directory.
  static Result<std::unique_ptr<InputStream>> Open(const std::string& path);

  // Reads up to `capacity` bytes of (decompressed) content into `buffer`; 0 means end of input.
  // An Error means the input is damaged from here on (truncated or corrupt gzip); every byte
  // returned before it is good.
  virtual Result<size_t> Read(char* buffer, size_t capacity) = 0;

  virtual bool compressed() const = 0;
  // Bytes of the file consumed so far and the file's size, for progress reports.
  virtual uint64_t file_bytes_read() const = 0;
  virtual uint64_t file_size() const = 0;
};

}  // namespace catchall
