// report.html: the page around the sections, with the run's provenance, what to read it by, the
// notices (lines skipped, counts that disagree, rows left out) and the findings table.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "report/context.h"
#include "report/finding.h"
#include "report/findings_reader.h"

namespace catchall::report {

struct PageInput {
  const ReportContext* context = nullptr;
  std::vector<const Finding*> rows;  // embedded table rows, in display order
  uint64_t shown = 0;                // records in the report (embedded or not)
  ReadStats read;                    // of findings.jsonl
  std::vector<std::string> mismatches;
  std::string run_dir;
  std::string generated_at;
  std::vector<std::string> csv_files;  // names, linked relative to the page
};

std::string RenderPage(const PageInput& input);

}  // namespace catchall::report
