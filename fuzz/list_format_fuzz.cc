// Fuzzes list format detection (the step that decides which reader `--lists` uses): any bytes
// give a format or none, never a crash; the answer depends only on the first kDetectionBytes;
// a detected format has a name that parses back to it; DetectListBytesFormat agrees with
// DetectListFormat and, when it refuses, says why.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "lists/list_format.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto detected = catchall::DetectListFormat(bytes);
  const auto again = catchall::DetectListFormat(bytes.substr(0, catchall::kDetectionBytes));
  if (detected.has_value() != again.has_value()) std::abort();
  if (detected) {
    if (detected->format != again->format || detected->ofac_part != again->ofac_part) std::abort();
    const auto name = catchall::ListFormatName(detected->format);
    if (name.empty() || catchall::ParseListFormatName(name) != detected->format) std::abort();
  }
  const auto from_bytes = catchall::DetectListBytesFormat(bytes, "fuzz_list.input");
  if (!from_bytes.ok() && from_bytes.error().message.empty()) std::abort();
  return 0;
}
