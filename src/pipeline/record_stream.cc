#include "pipeline/record_stream.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

#include "io/input_stream.h"

namespace catchall::record_stream_detail {
namespace {

constexpr size_t kBatchBytes = 4 << 20;
constexpr size_t kBatchRecords = 4096;
constexpr size_t kReadBlock = 1 << 20;
constexpr uint64_t kProgressEvery = 100000;

// Record texts of one file, in file order, and the issues the splitter found among them.
struct TextBatch {
  uint64_t sequence = 0;
  std::string file;
  std::shared_ptr<const RecordParser> parser;
  std::string arena;
  struct Entry {
    size_t offset = 0, length = 0;
    uint64_t line = 0, record = 0;
  };
  std::vector<Entry> entries;
  std::vector<RecordIssue> issues;
};

struct MappedBatch {
  std::shared_ptr<void> values;
  std::vector<RecordIssue> issues;
  uint64_t records = 0;
  uint64_t rejected = 0;
};

// Workers take text batches and leave mapped ones, keyed by sequence; the calling thread hands
// out batches and consumes results in sequence order, waiting when too many are in flight.
class Pool {
 public:
  Pool(unsigned threads, const BatchMap& map) : map_(map) {
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(); });
  }
  ~Pool() {
    {
      std::lock_guard lock(mutex_);
      closed_ = true;
    }
    changed_.notify_all();
    for (auto& worker : workers_) worker.join();
  }
  void Submit(TextBatch batch) {
    std::lock_guard lock(mutex_);
    queue_.push_back(std::move(batch));
    changed_.notify_all();
  }
  // The result of batch `sequence`, waiting for it.
  MappedBatch Take(uint64_t sequence) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return done_.count(sequence) > 0; });
    MappedBatch out = std::move(done_[sequence]);
    done_.erase(sequence);
    return out;
  }

 private:
  void Work() {
    while (true) {
      TextBatch batch;
      {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return closed_ || !queue_.empty(); });
        if (queue_.empty()) return;
        batch = std::move(queue_.front());
        queue_.pop_front();
      }
      MappedBatch mapped = Map(batch);
      {
        std::lock_guard lock(mutex_);
        done_.emplace(batch.sequence, std::move(mapped));
      }
      changed_.notify_all();
    }
  }

  MappedBatch Map(const TextBatch& batch) const {
    MappedBatch out;
    out.issues = batch.issues;
    out.rejected = batch.issues.size();
    std::vector<Publication> records;
    records.reserve(batch.entries.size());
    for (const TextBatch::Entry& entry : batch.entries) {
      const SourcePosition where{batch.file, entry.line, entry.record};
      ParseOutcome outcome = batch.parser->Parse(
          std::string_view(batch.arena).substr(entry.offset, entry.length), where);
      for (RecordIssue& issue : outcome.issues) {
        out.rejected += issue.kind == RecordIssue::Kind::kRejected ? 1 : 0;
        out.issues.push_back(std::move(issue));
      }
      if (outcome.record) records.push_back(std::move(*outcome.record));
    }
    out.records = records.size();
    out.values = map_(records);
    return out;
  }

  const BatchMap& map_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<TextBatch> queue_;
  std::map<uint64_t, MappedBatch> done_;
  bool closed_ = false;
  std::vector<std::thread> workers_;
};

// Splits one file into batches and hands them to the pool; consumes results as it goes.
class Reader final : public SplitSink {
 public:
  Reader(Pool& pool, const std::string& file, const Splitter& splitter,
         const std::function<void(TextBatch)>& submit)
      : pool_(pool), file_(file), splitter_(splitter), submit_(submit) {
    Reset();
  }
  void Record(std::string_view text, uint64_t first_line) override {
    batch_.entries.push_back({batch_.arena.size(), text.size(), first_line, ++records_});
    batch_.arena.append(text);
    if (batch_.arena.size() >= kBatchBytes || batch_.entries.size() >= kBatchRecords) Submit();
  }
  void Issue(RecordIssue issue) override {
    ++records_;
    batch_.issues.push_back(std::move(issue));
  }
  void FileError(const std::string& message) {
    RecordIssue issue;
    issue.kind = RecordIssue::Kind::kFileError;
    issue.where = {file_, 0, 0};
    issue.reason = message;
    batch_.issues.push_back(std::move(issue));
  }
  void Submit() {
    if (batch_.entries.empty() && batch_.issues.empty()) return;
    batch_.parser = splitter_.Parser();
    if (!batch_.parser) batch_.entries.clear();  // no header was found: the splitter said why
    submit_(std::move(batch_));
    Reset();
  }

 private:
  void Reset() {
    batch_ = TextBatch{};
    batch_.file = file_;
  }
  Pool& pool_;
  const std::string& file_;
  const Splitter& splitter_;
  const std::function<void(TextBatch)>& submit_;
  TextBatch batch_;
  uint64_t records_ = 0;
};

}  // namespace

RecordStreamCounts Run(const std::vector<InputPlan>& inputs, const RecordStreamOptions& options,
                       const BatchMap& map_batch, const BatchSink& sink_batch,
                       const IssueSink& issue) {
  const unsigned threads =
      options.threads > 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  RecordStreamCounts counts;
  Pool pool(threads, map_batch);
  uint64_t next_sequence = 0, next_to_sink = 0, last_progress = 0;
  auto sink_one = [&] {
    MappedBatch mapped = pool.Take(next_to_sink++);
    for (const RecordIssue& item : mapped.issues) issue(item);
    counts.records += mapped.records;
    counts.rejected += mapped.rejected;
    sink_batch(mapped.values);
    if (options.log != nullptr && counts.records >= last_progress + kProgressEvery) {
      last_progress = counts.records;
      std::fprintf(options.log, "%s: %llu records read\n", options.what.c_str(),
                   static_cast<unsigned long long>(counts.records));
    }
  };
  const std::function<void(TextBatch)> submit = [&](TextBatch batch) {
    batch.sequence = next_sequence++;
    pool.Submit(std::move(batch));
    while (next_sequence - next_to_sink > 2 * threads + 2) sink_one();
  };
  for (const InputPlan& input : inputs) {
    auto splitter = MakeSplitter(input.format, input.path, options.reader);
    Reader reader(pool, input.path, *splitter, submit);
    auto stream = InputStream::Open(input.path);
    if (!stream.ok()) {
      reader.FileError(stream.error().message);
      reader.Submit();
      continue;
    }
    std::string buffer(kReadBlock, '\0');
    uint64_t produced = 0;
    while (true) {
      auto n = (*stream)->Read(buffer.data(), buffer.size());
      if (!n.ok()) {
        splitter->Finish(reader);
        reader.FileError(n.error().message + "; records after that point are lost");
        break;
      }
      if (*n == 0) {
        if (produced == 0)
          reader.FileError("empty file: no records");
        else
          splitter->Finish(reader);
        break;
      }
      produced += *n;
      splitter->Feed(std::string_view(buffer.data(), *n), reader);
    }
    counts.bytes += (*stream)->file_bytes_read();
    reader.Submit();
  }
  while (next_to_sink < next_sequence) sink_one();
  return counts;
}

}  // namespace catchall::record_stream_detail
