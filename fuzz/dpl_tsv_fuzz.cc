// Fuzzes ReadDplTsv: any bytes give an EntityList or an Error, never a crash, and what is read
// passes the shared oracles (list_fuzz_checks.h).
#include <cstddef>
#include <cstdint>
#include <string>

#include "list_fuzz_checks.h"
#include "lists/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const catchall::ListFile file{"fuzz.input",
                                std::string(reinterpret_cast<const char*>(data), size)};
  catchall::fuzzing::CheckListResult(catchall::ReadDplTsv(file));
  return 0;
}
