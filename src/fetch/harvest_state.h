// The state file `OUT.state.json` beside a harvest's output: what was asked (filter, base URL,
// page size), how far it got (the cursor for the next page, records and pages written, the
// output's length once they were synced) and whether it is complete. Written atomically after
// every durable page, so a run that dies anywhere can resume at a page boundary. Format in
// docs/fetch.md; `format` is bumped if a field ever changes meaning.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "base/result.h"

namespace catchall {

struct HarvestState {
  static constexpr int kFormat = 1;

  std::string source = "openalex";
  std::string filter;
  std::string base_url;
  unsigned per_page = 0;
  std::string next_cursor = "*";  // the cursor of the next page to ask for; "" when complete
  uint64_t records = 0;           // works in the output
  uint64_t pages = 0;             // non-empty pages appended
  uint64_t output_bytes = 0;      // length of the output after the last appended page
  std::optional<uint64_t> count;  // meta.count the service last reported
  bool complete = false;
  std::string updated_at;  // UTC, ISO 8601; informative only
};

std::string StatePathFor(const std::string& output_path);

// nullopt when there is no state file; an Error naming the file when it exists but cannot be
// read or is not a state file this version understands.
Result<std::optional<HarvestState>> LoadHarvestState(const std::string& path);

// Stamps `updated_at` and replaces the file atomically.
Status SaveHarvestState(const std::string& path, HarvestState& state);

}  // namespace catchall
