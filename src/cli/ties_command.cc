#include "cli/ties_command.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include "classify/classifier.h"
#include "cli/data_dir.h"
#include "cli/exit_codes.h"
#include "lists/list_loader.h"
#include "output/json_lines.h"
#include "pipeline/record_stream.h"
#include "ties/ties_output.h"

namespace catchall {
namespace {

std::vector<std::string> AssignedCategories(const Classifier& classifier, const Publication& p) {
  std::vector<std::string> out;
  for (const CategoryScore& score : classifier.Classify(p)) {
    if (score.assigned) out.push_back(score.id);
  }
  return out;
}

}  // namespace

void AddTiesCommand(CLI::App& app, TiesArguments& a) {
  CLI::App* ties = app.add_subcommand(
      "ties",
      "One organisation's co-authorships with military-linked, listed and DPRK "
      "institutions, by partner, risk level, list, year and technology category");
  AddCorpusOptions(*ties, a.corpus);
  ties->add_option("--org", a.org,
                   "The organisation: a registry id, its name or words of it (default: every "
                   "institution not of concern)");
  ties->add_option("--taxonomy", a.taxonomy_file, "A taxonomy file instead of the shipped one");
}

int RunTiesCommand(TiesArguments& arguments) {
  const CorpusArguments& corpus = arguments.corpus;
  FILE* log = corpus.quiet ? nullptr : stderr;
  std::vector<InputPlan> inputs;
  CorpusReference reference;
  if (const int rc = PrepareCorpus(corpus, inputs, reference); rc != exit_code::kOk) return rc;
  const std::string data_dir = FindDataDir(corpus.data_dir);
  auto classifier = Classifier::Load(arguments.taxonomy_file.empty() ? data_dir + "/taxonomy.yaml"
                                                                     : arguments.taxonomy_file);
  if (!classifier.ok()) {
    std::fprintf(stderr, "catchall: %s\n", classifier.error().ToString().c_str());
    return exit_code::kReferenceData;
  }
  TiesRunFacts facts;
  facts.lists = reference.list_names;
  const std::string& dir = corpus.out_dir;
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  std::ofstream rejects(dir + "/rejects.jsonl", std::ios::binary | std::ios::trunc);
  if (error || !rejects) {
    std::fprintf(stderr, "catchall: cannot write to %s\n", dir.c_str());
    return exit_code::kOutput;
  }
  const NetworkRecordBuilder builder(*reference.resolver, reference.lists.get());
  const Classifier& taxonomy = **classifier;
  std::vector<TiesRecord> records;
  RecordStreamOptions stream;
  stream.threads = corpus.threads;
  stream.log = log;
  stream.what = "catchall ties";
  const std::function<TiesRecord(const Publication&)> map = [&](const Publication& p) {
    return TiesRecord{builder.Build(p), AssignedCategories(taxonomy, p)};
  };
  InstitutionPool institutions;  // one copy of each institution across the records
  const std::function<void(TiesRecord &&)> sink = [&](TiesRecord&& r) {
    institutions.Intern(r.network);
    records.push_back(std::move(r));
  };
  const RecordStreamCounts counts = StreamRecords<TiesRecord>(
      inputs, stream, map, sink,
      [&rejects](const RecordIssue& issue) { rejects << IssueJsonLine(issue) << '\n'; });
  facts.inputs = corpus.files;
  facts.records = counts.records;
  facts.rejected = counts.rejected;
  auto ties = FindTies(records, arguments.org);
  if (!ties.ok()) {
    std::fprintf(stderr, "catchall: --org: %s\n", ties.error().message.c_str());
    return exit_code::kInput;
  }
  bool ok =
      WriteOutputFile(dir + "/ties.jsonl",
                      [&](std::ostream& o) { WriteTiesJsonl(records, *ties, o); }) &&
      WriteOutputFile(dir + "/ties.csv", [&](std::ostream& o) { WriteTiesCsv(records, *ties, o); });
  for (const std::string& by : TiesBreakdowns()) {
    ok = ok && WriteOutputFile(dir + "/ties_by_" + by + ".csv", [&](std::ostream& o) {
           WriteTiesBreakdownCsv(records, *ties, by, o);
         });
  }
  ok = ok &&
       WriteOutputFile(dir + "/ties_summary.json",
                       [&](std::ostream& o) { o << TiesSummaryJson(*ties, facts); }) &&
       WriteOutputFile(dir + "/ties.html",
                       [&](std::ostream& o) { o << TiesHtml(records, *ties, facts); });
  if (!ok) return exit_code::kOutput;
  if (log) {
    std::fprintf(
        log,
        "catchall ties: %llu records; the organisation's %llu papers and %llu researchers; "
        "%zu papers and %zu researchers with ties to %zu institutions of concern; see "
        "%s/ties.html\n",
        static_cast<unsigned long long>(counts.records),
        static_cast<unsigned long long>(ties->org_records),
        static_cast<unsigned long long>(ties->org_researchers), ties->records_with_ties.size(),
        ties->researchers_with_ties.size(), ties->by_partner.size(), dir.c_str());
  }
  return exit_code::kOk;
}

}  // namespace catchall
