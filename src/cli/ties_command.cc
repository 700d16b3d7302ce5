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

template <typename Write>
bool WriteTo(const std::string& path, Write write) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (out) write(out);
  out.flush();
  if (!out) std::fprintf(stderr, "catchall: cannot write %s\n", path.c_str());
  return static_cast<bool>(out);
}

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
  ties->add_option("files", a.files, "Scopus CSV, Web of Science text or OpenAlex JSONL files")
      ->required();
  ties->add_option("--org", a.org,
                   "The organisation: a registry id, its name or words of it (default: every "
                   "institution not of concern)");
  ties->add_option("--out", a.out_dir, "Output directory (default catchall-ties)");
  ties->add_option("--format", a.format, "Force the input format: scopus, wos, openalex");
  ties->add_option("--lists", a.lists,
                   "List files or directories: listed institutions are of concern too");
  ties->add_option("--list-threshold", a.list_threshold,
                   "Score for an institution to match a list entry (default 0.90)")
      ->check(CLI::Range(0.0, 1.0));
  ties->add_option("--taxonomy", a.taxonomy_file, "A taxonomy file instead of the shipped one");
  ties->add_option("--threads", a.threads, "Worker threads (default: one per core)");
  ties->add_option("--data-dir", a.data_dir,
                   "Reference data directory (default: $CATCHALL_DATA or the built-in data/)");
  ties->add_flag("--quiet", a.quiet, "No progress messages");
}

int RunTiesCommand(TiesArguments& arguments) {
  FILE* log = arguments.quiet ? nullptr : stderr;
  std::optional<InputFormat> format;
  if (!arguments.format.empty() && !(format = ParseFormatName(arguments.format))) {
    std::fprintf(stderr, "catchall: unknown --format '%s' (scopus, wos, openalex)\n",
                 arguments.format.c_str());
    return exit_code::kUsage;
  }
  auto inputs = PlanInputs(arguments.files, format);
  if (!inputs.ok()) {
    std::fprintf(stderr, "catchall: %s\n", inputs.error().ToString().c_str());
    return exit_code::kInput;
  }
  const std::string data_dir = FindDataDir(arguments.data_dir);
  auto resolver = AffiliationResolver::Load(data_dir);
  auto classifier = Classifier::Load(arguments.taxonomy_file.empty() ? data_dir + "/taxonomy.yaml"
                                                                     : arguments.taxonomy_file);
  if (!resolver.ok() || !classifier.ok()) {
    std::fprintf(stderr, "catchall: %s\n",
                 (!resolver.ok() ? resolver.error() : classifier.error()).ToString().c_str());
    return exit_code::kReferenceData;
  }
  std::unique_ptr<ListScreener> lists;
  TiesRunFacts facts;
  if (!arguments.lists.empty()) {
    auto loaded = LoadLists(arguments.lists, nullptr);
    if (!loaded.ok()) {
      std::fprintf(stderr, "catchall: lists: %s\n", loaded.error().ToString().c_str());
      return exit_code::kReferenceData;
    }
    for (const EntityList& list : *loaded) {
      facts.lists.push_back(list.source.list +
                            (list.source.version.empty() ? "" : " (" + list.source.version + ")"));
    }
    ListScreenOptions options;
    options.threshold = arguments.list_threshold;
    lists = std::make_unique<ListScreener>(NameIndex::Build(std::move(loaded).value()), options,
                                           &*resolver);
  }
  const std::string& dir = arguments.out_dir;
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  std::ofstream rejects(dir + "/rejects.jsonl", std::ios::binary | std::ios::trunc);
  if (error || !rejects) {
    std::fprintf(stderr, "catchall: cannot write to %s\n", dir.c_str());
    return exit_code::kOutput;
  }
  const NetworkRecordBuilder builder(*resolver, lists.get());
  const Classifier& taxonomy = **classifier;
  std::vector<TiesRecord> records;
  RecordStreamOptions stream;
  stream.threads = arguments.threads;
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
      *inputs, stream, map, sink,
      [&rejects](const RecordIssue& issue) { rejects << IssueJsonLine(issue) << '\n'; });
  facts.inputs = arguments.files;
  facts.records = counts.records;
  facts.rejected = counts.rejected;
  auto ties = FindTies(records, arguments.org);
  if (!ties.ok()) {
    std::fprintf(stderr, "catchall: --org: %s\n", ties.error().message.c_str());
    return exit_code::kInput;
  }
  bool ok =
      WriteTo(dir + "/ties.jsonl", [&](std::ostream& o) { WriteTiesJsonl(records, *ties, o); }) &&
      WriteTo(dir + "/ties.csv", [&](std::ostream& o) { WriteTiesCsv(records, *ties, o); });
  for (const std::string& by : TiesBreakdowns()) {
    ok = ok && WriteTo(dir + "/ties_by_" + by + ".csv",
                       [&](std::ostream& o) { WriteTiesBreakdownCsv(records, *ties, by, o); });
  }
  ok = ok &&
       WriteTo(dir + "/ties_summary.json",
               [&](std::ostream& o) { o << TiesSummaryJson(*ties, facts); }) &&
       WriteTo(dir + "/ties.html", [&](std::ostream& o) { o << TiesHtml(records, *ties, facts); });
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
