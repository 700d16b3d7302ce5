// The screening run: files -> records -> DPRK co-authorship -> findings, rejects and summary.
//
// Threads: one reader thread reads and splits the files in order and hands batches of record
// texts to worker threads (parse, prefilter, resolve, serialise); the calling thread writes the
// results in input order. At most a few batches are in flight, so memory is bounded by the
// batch size, not the input size.
#pragma once

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "analysis/assessment.h"
#include "analysis/summary.h"
#include "base/result.h"
#include "model/publication.h"
#include "output/summary_writer.h"
#include "readers/reader.h"
#include "resolve/affiliation_resolver.h"

namespace catchall {

struct ScreenOptions {
  std::vector<std::string> files;
  std::optional<InputFormat> format;  // forced; otherwise detected per file
  std::string out_dir = "catchall-out";
  bool all_records = false;  // write every record to findings.jsonl
  unsigned threads = 0;      // 0: one per core
  bool prefilter = true;     // let the DPRK prefilter clear OpenAlex records unparsed
  std::string data_dir;
  ReaderOptions reader;
  FILE* log = stderr;  // progress and per-record messages; null for silence
  unsigned max_logged_issues_per_file = 20;
};

// A file ready to be read: its format known.
struct InputPlan {
  std::string path;
  InputFormat format = InputFormat::kUnknown;
  bool empty = false;
};

// Checks every input before anything runs: a missing or unreadable file, or one whose format
// cannot be told, is an Error (the run cannot do what was asked). Empty files are not errors:
// they are reported in rejects.jsonl and the run goes on.
Result<std::vector<InputPlan>> PlanInputs(const std::vector<std::string>& files,
                                          std::optional<InputFormat> forced);

struct ScreenResult {
  ScreenSummary summary;
  RunInfo run;
};

// Runs the screening and writes DIR/findings.jsonl, DIR/rejects.jsonl, DIR/summary.json and
// DIR/summary.md. An Error only when the run could not be done (outputs not writable).
Result<ScreenResult> RunScreen(const ScreenOptions& options, const std::vector<InputPlan>& inputs,
                               const Assessor& assessor);

}  // namespace catchall
