// Fuzzes the user list readers: an even first byte feeds the rest to ReadUserCsv, an odd one to
// ReadUserYaml. Any bytes give an EntityList or an Error (no escaped yaml-cpp exception), and
// what is read passes the shared oracles (list_fuzz_checks.h).
#include <cstddef>
#include <cstdint>
#include <string>

#include "list_fuzz_checks.h"
#include "lists/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const catchall::ListFile file{"fuzz_list.input",
                                std::string(reinterpret_cast<const char*>(data) + 1, size - 1)};
  catchall::fuzzing::CheckListResult(data[0] % 2 == 0 ? catchall::ReadUserCsv(file)
                                                      : catchall::ReadUserYaml(file));
  return 0;
}
