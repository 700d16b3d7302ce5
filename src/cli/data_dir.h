// Where the reference data (data/) is found: --data-dir, else $CATCHALL_DATA, else the source
// tree the binary was built from, else ../share/catchall/data next to the binary.
#pragma once

#include <string>

namespace catchall {

std::string FindDataDir(const std::string& flag_value);

}  // namespace catchall
