// Reading every record of a set of input files for a whole-corpus analysis (the collaboration
// network, ties): the calling thread splits the files in order, `threads` workers parse each
// batch of records and map every Publication to a compact value, and the calling thread
// receives the values in input order. Memory holds a few batches of record text, not the
// input; what the caller keeps of each record is up to its `map`. Issues (rejected or repaired
// records, file errors) reach the caller in input order too.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "model/publication.h"
#include "pipeline/screen_run.h"
#include "readers/reader.h"

namespace catchall {

struct RecordStreamOptions {
  unsigned threads = 0;  // 0: one per core
  ReaderOptions reader;
  FILE* log = nullptr;            // progress lines on long runs when not null
  std::string what = "catchall";  // prefix of the progress lines
};

struct RecordStreamCounts {
  uint64_t records = 0;   // parsed into a Publication
  uint64_t rejected = 0;  // records that could not be read (and file errors)
  uint64_t bytes = 0;     // bytes read from the files
};

using IssueSink = std::function<void(const RecordIssue&)>;

// The type-erased engine behind RecordStream<T>.
namespace record_stream_detail {
using BatchMap = std::function<std::shared_ptr<void>(const std::vector<Publication>&)>;
using BatchSink = std::function<void(const std::shared_ptr<void>&)>;
RecordStreamCounts Run(const std::vector<InputPlan>& inputs, const RecordStreamOptions& options,
                       const BatchMap& map_batch, const BatchSink& sink_batch,
                       const IssueSink& issue);
}  // namespace record_stream_detail

// `map` runs on the worker threads (it must be thread-safe); `sink` and `issue` run on the
// calling thread, in input order.
template <typename T>
RecordStreamCounts StreamRecords(const std::vector<InputPlan>& inputs,
                                 const RecordStreamOptions& options,
                                 const std::function<T(const Publication&)>& map,
                                 const std::function<void(T&&)>& sink, const IssueSink& issue) {
  auto map_batch = [&map](const std::vector<Publication>& records) -> std::shared_ptr<void> {
    auto values = std::make_shared<std::vector<T>>();
    values->reserve(records.size());
    for (const Publication& record : records) values->push_back(map(record));
    return values;
  };
  auto sink_batch = [&sink](const std::shared_ptr<void>& holder) {
    for (T& value : *std::static_pointer_cast<std::vector<T>>(holder)) sink(std::move(value));
  };
  return record_stream_detail::Run(inputs, options, map_batch, sink_batch, issue);
}

}  // namespace catchall
