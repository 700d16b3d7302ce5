// Reading findings.jsonl back: one Finding per line, streamed, so a report over a run of any
// size holds only what it keeps. A line that is not a finding (bad JSON, a cut-off last line, a
// field of the wrong type) is skipped and counted with its line number and reason: a damaged file
// still gives a report, which says what it could not read.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "report/finding.h"

namespace catchall::report {

struct SkippedLine {
  uint64_t line = 0;
  std::string reason;
};

struct ReadStats {
  uint64_t lines = 0;                      // non-empty lines
  uint64_t findings = 0;                   // lines read as findings
  uint64_t skipped = 0;                    // lines that were not
  std::vector<SkippedLine> first_skipped;  // the first kMaxListedSkips, for messages
};

inline constexpr size_t kMaxListedSkips = 20;

// Parses one line; on failure `reason` says why and `out` is unspecified.
bool ParseFindingLine(std::string_view line, Finding& out, std::string& reason);

// Calls visit(finding) for each finding of `path`, in file order. An Error only when the file
// cannot be opened or read.
Result<ReadStats> ReadFindings(const std::string& path,
                               const std::function<void(Finding&&)>& visit);

}  // namespace catchall::report
