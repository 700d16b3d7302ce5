// Units of work passed between the pipeline's threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "analysis/summary.h"
#include "model/publication.h"
#include "readers/reader.h"

namespace catchall {

// Record texts of one file, in file order, copied into one arena. Issues found while splitting
// (framing errors) sit between the records where they occurred.
struct Batch {
  uint64_t sequence = 0;
  std::string file;
  InputFormat format = InputFormat::kUnknown;
  std::shared_ptr<const RecordParser> parser;
  std::string arena;
  struct Entry {
    uint64_t offset = 0;
    uint64_t length = 0;
    uint64_t line = 0;
    uint64_t record = 0;
    int64_t issue = -1;  // index into issues when this entry is a splitter issue
  };
  std::vector<Entry> entries;
  std::vector<RecordIssue> issues;
};

// What a worker made of a batch: serialised output lines and the batch's part of the summary.
struct BatchResult {
  uint64_t sequence = 0;
  std::string findings;  // JSON lines
  std::vector<RecordIssue> issues;
  ScreenSummary summary;
  uint64_t records = 0;
};

class Prefilter;
class Assessor;

struct BatchContext {
  const Assessor* assessor = nullptr;
  const Prefilter* prefilter = nullptr;  // null: parse everything
  bool all_records = false;
};

BatchResult ProcessBatch(const Batch& batch, const BatchContext& context);

}  // namespace catchall
