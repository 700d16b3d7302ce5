// Fuzzes the institution list readers (DoD 1286, DoD 1260H, EU annex, risk table, BIS MIEU):
// the first byte picks the reader, the rest is the file. Any bytes give an EntityList or an
// Error, never a crash, and what is read passes the shared oracles (list_fuzz_checks.h).
#include <cstddef>
#include <cstdint>
#include <string>

#include "list_fuzz_checks.h"
#include "lists/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  using Reader = catchall::Result<catchall::EntityList> (*)(const catchall::ListFile&);
  static constexpr Reader kReaders[] = {catchall::ReadDod1286Csv, catchall::ReadDod1260hCsv,
                                        catchall::ReadEuAnnexCsv, catchall::ReadRiskTableCsv,
                                        catchall::ReadBisMieuCsv};
  const Reader reader = kReaders[data[0] % (sizeof kReaders / sizeof kReaders[0])];
  const catchall::ListFile file{"fuzz.csv",
                                std::string(reinterpret_cast<const char*>(data) + 1, size - 1)};
  catchall::fuzzing::CheckListResult(reader(file));
  return 0;
}
