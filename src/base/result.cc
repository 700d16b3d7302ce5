#include "base/result.h"

#include <string>

namespace catchall {

std::string Error::ToString() const {
  if (where.file.empty()) return message;
  if (where.line == 0) return where.file + ": " + message;
  return where.file + ":" + std::to_string(where.line) + ": " + message;
}

}  // namespace catchall
