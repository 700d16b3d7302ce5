// Google Benchmark micro-benchmarks of the per-record stages issue 3 added: technology
// classification, funder normalisation and the rules, on the records of the shipped samples
// (real-paper-style titles, abstracts, keywords and funding texts). Run from the repository root:
//
//   build/bench/assess_bench [--benchmark_filter=Classify]
//
// Figures: bench/README.md.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

#include "analysis/assessment.h"
#include "readers/reader.h"

namespace catchall {
namespace {

struct Fixture {
  std::unique_ptr<AffiliationResolver> resolver;
  std::unique_ptr<Assessor> assessor;
  std::vector<Publication> records;
  size_t text_bytes = 0;  // title + abstract + keywords of all records
};

// Reads a sample file whole through the project's own splitter and parser.
class Collect final : public SplitSink {
 public:
  // The parser exists once the splitter has read the header, before the first record.
  Collect(const Splitter& splitter, std::vector<Publication>& out)
      : splitter_(splitter), out_(out) {}
  void Record(std::string_view text, uint64_t line) override {
    ParseOutcome outcome = splitter_.Parser()->Parse(text, {"sample", line, 0});
    if (outcome.record) out_.push_back(std::move(*outcome.record));
  }
  void Issue(RecordIssue) override {}

 private:
  const Splitter& splitter_;
  std::vector<Publication>& out_;
};

void ReadSample(const char* path, InputFormat format, std::vector<Publication>& out) {
  FILE* in = std::fopen(path, "rb");
  if (in == nullptr) {
    std::fprintf(stderr, "assess_bench: cannot open %s (run from the repository root)\n", path);
    std::exit(2);
  }
  std::string text;
  char buffer[65536];
  size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, in)) > 0) text.append(buffer, n);
  std::fclose(in);
  auto splitter = MakeSplitter(format, path, ReaderOptions{});
  Collect sink(*splitter, out);
  splitter->Feed(text, sink);
  splitter->Finish(sink);
}

const Fixture& Data() {
  static const Fixture* fixture = [] {
    auto* f = new Fixture;
    auto resolver = AffiliationResolver::Load("data");
    if (!resolver.ok()) std::exit(2);
    f->resolver = std::make_unique<AffiliationResolver>(std::move(resolver).value());
    auto assessor = Assessor::Load({"data", {}, ""}, *f->resolver);
    if (!assessor.ok()) std::exit(2);
    f->assessor = std::move(assessor).value();
    ReadSample("samples/scopus_dprk_sample.csv", InputFormat::kScopusCsv, f->records);
    ReadSample("samples/wos_dprk_sample.txt", InputFormat::kWosText, f->records);
    ReadSample("samples/openalex_dprk_sample.jsonl", InputFormat::kOpenAlexJsonl, f->records);
    for (const auto& r : f->records) {
      f->text_bytes += r.title.size() + r.abstract.size();
      for (const auto& k : r.author_keywords) f->text_bytes += k.size() + 2;
      for (const auto& k : r.index_keywords) f->text_bytes += k.size() + 2;
    }
    return f;
  }();
  return *fixture;
}

void BM_Classify(benchmark::State& state) {
  const Fixture& f = Data();
  for (auto _ : state) {
    for (const auto& record : f.records) {
      benchmark::DoNotOptimize(f.assessor->classifier().Classify(record));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(f.records.size()));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(f.text_bytes));
}
BENCHMARK(BM_Classify);

void BM_MatchFunders(benchmark::State& state) {
  const Fixture& f = Data();
  for (auto _ : state) {
    for (const auto& record : f.records) {
      benchmark::DoNotOptimize(f.assessor->funders().Match(record));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(f.records.size()));
}
BENCHMARK(BM_MatchFunders);

void BM_ApplyRules(benchmark::State& state) {
  const Fixture& f = Data();
  std::vector<RecordFacts> facts;
  for (const auto& record : f.records) {
    const RecordAssessment a = f.assessor->Assess(record, true);
    facts.push_back(
        FactsOf(record, a.screening, a.categories, a.funders, f.assessor->classifier().taxonomy()));
  }
  for (auto _ : state) {
    for (const auto& record_facts : facts) {
      benchmark::DoNotOptimize(ApplyRules(f.assessor->rules(), record_facts));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(facts.size()));
}
BENCHMARK(BM_ApplyRules);

// The whole per-record path: screening (affiliation resolution) and every issue-3 stage.
void BM_AssessRecord(benchmark::State& state) {
  const Fixture& f = Data();
  for (auto _ : state) {
    for (const auto& record : f.records) benchmark::DoNotOptimize(f.assessor->Assess(record, true));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(f.records.size()));
}
BENCHMARK(BM_AssessRecord);

// Screening alone (part 1's per-record work), the baseline the stages above add to.
void BM_ScreenRecordOnly(benchmark::State& state) {
  const Fixture& f = Data();
  for (auto _ : state) {
    for (const auto& record : f.records) {
      benchmark::DoNotOptimize(ScreenRecord(record, *f.resolver));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(f.records.size()));
}
BENCHMARK(BM_ScreenRecordOnly);

}  // namespace
}  // namespace catchall

BENCHMARK_MAIN();
