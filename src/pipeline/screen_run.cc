#include "pipeline/screen_run.h"

#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <thread>

#include "base/clock.h"
#include "io/input_stream.h"
#include "output/json_lines.h"
#include "pipeline/batch.h"
#include "pipeline/prefilter.h"
#include "pipeline/work_queue.h"
#include "text/utf8.h"

namespace catchall {
namespace {

constexpr size_t kReadBlock = 4 << 20;
constexpr size_t kBatchBytes = 2 << 20;
constexpr size_t kBatchRecords = 2048;
constexpr size_t kSniffBytes = 64 << 10;

// Shared between the reader thread, the workers and the writer.
struct Flow {
  explicit Flow(size_t max_in_flight) : max_in_flight(max_in_flight) {}
  const size_t max_in_flight;
  WorkQueue<Batch> work;
  std::mutex mutex;
  std::condition_variable changed;
  std::map<uint64_t, BatchResult> done;  // finished batches waiting for their turn
  uint64_t submitted = 0;
  uint64_t written = 0;
  bool reading_finished = false;
  std::atomic<uint64_t> bytes_read{0};
  std::atomic<uint64_t> bytes_total{0};
  // Arenas of processed batches, handed back to the reader: reusing them saves a page fault per
  // 4 KiB of every new batch.
  std::vector<std::string> spare_arenas;

  std::string TakeArena() {
    std::lock_guard lock(mutex);
    if (spare_arenas.empty()) return {};
    std::string arena = std::move(spare_arenas.back());
    spare_arenas.pop_back();
    arena.clear();
    return arena;
  }
  void ReturnArena(std::string arena) {
    std::lock_guard lock(mutex);
    if (spare_arenas.size() < max_in_flight) spare_arenas.push_back(std::move(arena));
  }
};

// Collects what a splitter finds into batches and submits them.
class Batcher final : public SplitSink {
 public:
  Batcher(Flow& flow, const InputPlan& input, const Splitter& splitter)
      : flow_(flow), input_(input), splitter_(splitter) {
    Reset();
  }

  void Record(std::string_view text, uint64_t first_line) override {
    if (!batch_.parser) batch_.parser = splitter_.Parser();
    const uint64_t offset = batch_.arena.size();
    batch_.arena.append(text);
    batch_.entries.push_back({offset, text.size(), first_line, ++records_, -1});
    if (batch_.arena.size() >= kBatchBytes || batch_.entries.size() >= kBatchRecords) Submit();
  }

  void Issue(RecordIssue issue) override {
    issue.where.file = input_.path;
    if (issue.kind != RecordIssue::Kind::kFileError) issue.where.record = ++records_;
    batch_.entries.push_back(
        {0, 0, issue.where.line, issue.where.record, static_cast<int64_t>(batch_.issues.size())});
    batch_.issues.push_back(std::move(issue));
  }

  void FileError(std::string reason, uint64_t line) {
    Issue(
        RecordIssue{RecordIssue::Kind::kFileError, {input_.path, line, 0}, std::move(reason), ""});
  }

  void Submit() {
    if (batch_.entries.empty()) return;
    if (!batch_.parser) batch_.parser = splitter_.Parser();
    {
      std::unique_lock lock(flow_.mutex);
      flow_.changed.wait(lock,
                         [&] { return flow_.submitted - flow_.written < flow_.max_in_flight; });
      batch_.sequence = flow_.submitted++;
    }
    flow_.work.Push(std::move(batch_));
    Reset();
  }

 private:
  void Reset() {
    batch_ = Batch{};
    batch_.file = input_.path;
    batch_.format = input_.format;
    batch_.arena = flow_.TakeArena();
    batch_.arena.reserve(kBatchBytes + (64 << 10));
  }

  Flow& flow_;
  const InputPlan& input_;
  const Splitter& splitter_;
  Batch batch_;
  uint64_t records_ = 0;
};

void ReadOneFile(Flow& flow, const InputPlan& input, const ReaderOptions& reader_options,
                 FileCounts& counts) {
  counts.format = FormatName(input.format);
  auto stream = InputStream::Open(input.path);
  auto splitter = MakeSplitter(input.format, input.path, reader_options);
  Batcher batcher(flow, input, *splitter);
  if (!stream.ok()) {
    batcher.FileError(stream.error().message, 0);
    batcher.Submit();
    return;
  }
  counts.compressed = (*stream)->compressed();
  std::string buffer(kReadBlock, '\0');
  uint64_t previous = 0;
  uint64_t produced = 0;
  while (true) {
    auto n = (*stream)->Read(buffer.data(), buffer.size());
    const uint64_t now = (*stream)->file_bytes_read();
    flow.bytes_read += now - previous;
    previous = now;
    if (!n.ok()) {
      splitter->Finish(batcher);
      batcher.FileError(n.error().message + "; records after that point are lost", 0);
      break;
    }
    if (*n == 0) {
      if (produced == 0) {
        batcher.FileError("empty file: no records", 0);
      } else {
        splitter->Finish(batcher);
      }
      break;
    }
    produced += *n;
    splitter->Feed(std::string_view(buffer.data(), *n), batcher);
  }
  batcher.Submit();
}

void ReadAll(Flow& flow, const std::vector<InputPlan>& inputs, const ReaderOptions& options,
             std::map<std::string, FileCounts>& file_counts) {
  for (const InputPlan& input : inputs) ReadOneFile(flow, input, options, file_counts[input.path]);
  {
    std::lock_guard lock(flow.mutex);
    flow.reading_finished = true;
  }
  flow.work.Close();
  flow.changed.notify_all();
}

void Work(Flow& flow, const BatchContext& context) {
  while (auto batch = flow.work.Pop()) {
    BatchResult result = ProcessBatch(*batch, context);
    flow.ReturnArena(std::move(batch->arena));
    {
      std::lock_guard lock(flow.mutex);
      flow.done.emplace(result.sequence, std::move(result));
    }
    flow.changed.notify_all();
  }
}

class OutputFiles {
 public:
  static Result<OutputFiles> Open(const std::string& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return Error{"cannot create output directory: " + ec.message(), {dir, 0}};
    OutputFiles files;
    files.dir_ = dir;
    files.findings_.open(dir + "/findings.jsonl", std::ios::binary | std::ios::trunc);
    files.rejects_.open(dir + "/rejects.jsonl", std::ios::binary | std::ios::trunc);
    if (!files.findings_ || !files.rejects_) {
      return Error{"cannot write findings.jsonl / rejects.jsonl", {dir, 0}};
    }
    return files;
  }
  std::ofstream& findings() { return findings_; }
  std::ofstream& rejects() { return rejects_; }
  Status WriteText(const std::string& name, const std::string& text) {
    std::ofstream out(dir_ + "/" + name, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) return Error{"cannot write " + name, {dir_, 0}};
    return Ok{};
  }
  Status Close() {
    findings_.close();
    rejects_.close();
    if (findings_.fail() || rejects_.fail()) return Error{"write failed (disk full?)", {dir_, 0}};
    return Ok{};
  }

 private:
  std::string dir_;
  std::ofstream findings_;
  std::ofstream rejects_;
};

class IssueLog {
 public:
  IssueLog(FILE* log, unsigned cap_per_file) : log_(log), cap_(cap_per_file) {}
  void Report(const RecordIssue& issue) {
    if (log_ == nullptr) return;
    unsigned& count = per_file_[issue.where.file];
    if (++count > cap_) {
      if (count == cap_ + 1) {
        std::fprintf(log_, "%s: more issues, listed in rejects.jsonl\n", issue.where.file.c_str());
      }
      return;
    }
    const char* kind = issue.kind == RecordIssue::Kind::kRepaired ? "repaired" : "rejected";
    if (issue.kind == RecordIssue::Kind::kFileError) kind = "file error";
    std::fprintf(log_, "%s:%llu: %s: %s\n", issue.where.file.c_str(),
                 static_cast<unsigned long long>(issue.where.line), kind, issue.reason.c_str());
  }

 private:
  FILE* log_;
  unsigned cap_;
  std::map<std::string, unsigned> per_file_;
};

class Progress {
 public:
  Progress(FILE* log, const Flow& flow)
      : log_(log), flow_(flow), start_(Clock::now()), last_(start_) {
    enabled_ = log_ != nullptr && (isatty(fileno(log_)) || flow.bytes_total > (16u << 20));
  }
  void Tick(const ScreenSummary& summary, bool final_line) {
    if (!enabled_) return;
    const auto now = Clock::now();
    if (!final_line && now - last_ < std::chrono::seconds(1)) return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double mb = static_cast<double>(flow_.bytes_read.load()) / 1e6;
    const double total = static_cast<double>(flow_.bytes_total.load()) / 1e6;
    std::fprintf(log_,
                 "screen: %.0f/%.0f MB, %llu records, %llu with DPRK tie, %llu DPRK-foreign, "
                 "%.1f s%s",
                 mb, total, static_cast<unsigned long long>(summary.records_read),
                 static_cast<unsigned long long>(summary.records_with_dprk_affiliation),
                 static_cast<unsigned long long>(summary.dprk_coauthored), seconds,
                 final_line ? "\n" : "\r");
    std::fflush(log_);
  }

 private:
  using Clock = std::chrono::steady_clock;
  FILE* log_;
  const Flow& flow_;
  bool enabled_ = false;
  Clock::time_point start_;
  Clock::time_point last_;
};

// Writes finished batches in sequence order until every submitted batch is written.
Status WriteInOrder(Flow& flow, OutputFiles& outputs, ScreenSummary& summary, IssueLog& issues,
                    Progress& progress) {
  while (true) {
    BatchResult result;
    {
      std::unique_lock lock(flow.mutex);
      flow.changed.wait_for(lock, std::chrono::milliseconds(500), [&] {
        return flow.done.count(flow.written) > 0 ||
               (flow.reading_finished && flow.written == flow.submitted);
      });
      if (flow.reading_finished && flow.written == flow.submitted) break;
      auto it = flow.done.find(flow.written);
      if (it == flow.done.end()) {
        lock.unlock();
        progress.Tick(summary, false);
        continue;
      }
      result = std::move(it->second);
      flow.done.erase(it);
    }
    outputs.findings() << result.findings;
    for (const RecordIssue& issue : result.issues) {
      outputs.rejects() << IssueJsonLine(issue) << '\n';
      issues.Report(issue);
    }
    summary.Merge(result.summary);
    {
      std::lock_guard lock(flow.mutex);
      ++flow.written;
    }
    flow.changed.notify_all();
    progress.Tick(summary, false);
  }
  progress.Tick(summary, true);
  return outputs.Close();
}

// With lists loaded every record's parties are screened, so none may skip parsing.
Result<std::unique_ptr<Prefilter>> MaybeBuildPrefilter(const ScreenOptions& options,
                                                       const Assessor& assessor) {
  if (!options.prefilter || options.all_records || assessor.list_screener() != nullptr) {
    return std::unique_ptr<Prefilter>();
  }
  return Prefilter::Build(assessor.resolver().DprkTriggerPhrases());
}

}  // namespace

Result<std::vector<InputPlan>> PlanInputs(const std::vector<std::string>& files,
                                          std::optional<InputFormat> forced) {
  if (files.empty()) return Error{"no input files given", {}};
  std::vector<InputPlan> plans;
  for (const std::string& path : files) {
    auto stream = InputStream::Open(path);
    if (!stream.ok()) return stream.error();
    std::string head(kSniffBytes, '\0');
    auto n = (*stream)->Read(head.data(), head.size());
    head.resize(n.ok() ? *n : 0);
    InputPlan plan{path, forced.value_or(InputFormat::kUnknown), head.empty()};
    if (plan.format == InputFormat::kUnknown && !plan.empty) {
      plan.format = DetectFormat(head);
      if (plan.format == InputFormat::kUnknown) {
        return Error{
            "unknown format: not a Scopus CSV export, Web of Science text or OpenAlex "
            "JSON Lines (use --format scopus|wos|openalex to force one)",
            {path, 1}};
      }
    }
    if (plan.format == InputFormat::kUnknown) plan.format = InputFormat::kOpenAlexJsonl;
    plans.push_back(std::move(plan));
  }
  return plans;
}

Result<ScreenResult> RunScreen(const ScreenOptions& options, const std::vector<InputPlan>& inputs,
                               const Assessor& assessor) {
  const AffiliationResolver& resolver = assessor.resolver();
  const auto started = std::chrono::steady_clock::now();
  ScreenResult result;
  RunInfo& run = result.run;
  run.version = CATCHALL_VERSION;
  run.started_at = UtcNowIso();
  run.threads =
      options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  run.all_records = options.all_records;
  run.data_dir = options.data_dir;
  run.registry_institutions = resolver.institution_count();
  const Taxonomy& taxonomy = assessor.classifier().taxonomy();
  run.taxonomy_file = taxonomy.file;
  run.taxonomy_version = taxonomy.version;
  run.registry_funders = assessor.funders().registry().funders().size();
  run.funders_file = FundersFile(options.data_dir);
  run.rule_files = assessor.rules().files();
  run.tiers = assessor.rules().Tiers();
  for (const auto& input : inputs) run.inputs.push_back(input.path);
  if (const ListScreener* lists = assessor.list_screener()) {
    for (const EntityList& list : lists->index().lists()) {
      run.lists.push_back({list.source, list.entities.size(), list.issues.size()});
    }
  }

  auto outputs = OutputFiles::Open(options.out_dir);
  if (!outputs.ok()) return outputs.error();

  Flow flow(2 * run.threads + 2);
  for (const auto& input : inputs) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(input.path, ec);
    if (!ec) flow.bytes_total += size;
  }
  std::map<std::string, FileCounts> file_counts;
  // The reader starts first: it fills the queue while the prefilter compiles.
  std::thread reader([&] { ReadAll(flow, inputs, options.reader, file_counts); });
  auto prefilter = MaybeBuildPrefilter(options, assessor);
  if (!prefilter.ok()) {
    // The prefilter only saves time: without it every record is parsed, with the same results.
    if (options.log) {
      std::fprintf(options.log, "catchall: prefilter unavailable, parsing every record: %s\n",
                   prefilter.error().ToString().c_str());
    }
    prefilter = std::unique_ptr<Prefilter>();
  }
  run.prefilter = *prefilter != nullptr;
  const BatchContext context{&assessor, prefilter->get(), options.all_records};
  std::vector<std::thread> workers;
  for (unsigned i = 0; i < run.threads; ++i) workers.emplace_back([&] { Work(flow, context); });

  IssueLog issues(options.log, options.max_logged_issues_per_file);
  Progress progress(options.log, flow);
  const Status written = WriteInOrder(flow, *outputs, result.summary, issues, progress);
  reader.join();
  for (auto& worker : workers) worker.join();
  if (!written.ok()) return written.error();

  for (const auto& [file, counts] : file_counts) {
    FileCounts& merged = result.summary.by_file[file];
    merged.format = counts.format;
    merged.compressed = counts.compressed;
  }
  run.elapsed_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (auto s = outputs->WriteText("summary.json", SummaryJson(result.summary, run)); !s.ok()) {
    return s.error();
  }
  if (auto s = outputs->WriteText("summary.md", SummaryMarkdown(result.summary, run)); !s.ok()) {
    return s.error();
  }
  return result;
}

}  // namespace catchall
