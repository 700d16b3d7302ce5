// Process exit codes of the catchall command (documented in README.md).
#pragma once

namespace catchall::exit_code {

inline constexpr int kOk = 0;        // the run completed (rejected records included)
inline constexpr int kInternal = 1;  // a bug: please report it
inline constexpr int kUsage = 2;     // bad command line
inline constexpr int kInput = 3;     // an input file is missing, unreadable or of unknown format
inline constexpr int kReferenceData = 4;  // the data directory (registry, gazetteers) is unusable
inline constexpr int kOutput = 5;         // the output directory cannot be written
inline constexpr int kRemote = 6;  // a remote service (OpenAlex) still failed after all retries

}  // namespace catchall::exit_code
