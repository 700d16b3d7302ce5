#include "cli/screen_command.h"

#include <cstdio>
#include <future>
#include <thread>

#include "cli/data_dir.h"
#include "cli/exit_codes.h"
#include "cli/report_command.h"
#include "lists/list_loader.h"
#include "text/skeleton.h"

namespace catchall {

void AddScreenCommand(CLI::App& app, ScreenArguments& arguments) {
  CLI::App* screen = app.add_subcommand(
      "screen", "Find DPRK-affiliated and DPRK-foreign co-authored records in publication exports");
  ScreenOptions& o = arguments.options;
  screen->add_option("files", o.files, "Scopus CSV, Web of Science text, OpenAlex JSONL[.gz]")
      ->required();
  screen->add_option("--format", arguments.format, "Force the input format")
      ->check(CLI::IsMember({"scopus", "wos", "openalex"}));
  screen->add_option("--out", o.out_dir, "Output directory")->capture_default_str();
  screen->add_flag("--all", o.all_records,
                   "Write every record to findings.jsonl, not only DPRK ties");
  screen->add_option("--threads", o.threads, "Worker threads (default: one per core)")
      ->check(CLI::Range(0u, 256u));
  screen
      ->add_option("--rules", arguments.rule_files,
                   "Rule file adding to or replacing (by id) the default rules; repeatable")
      ->check(CLI::ExistingFile);
  screen
      ->add_option("--taxonomy", arguments.taxonomy_file,
                   "Technology taxonomy to use instead of the shipped data/taxonomy.yaml")
      ->check(CLI::ExistingFile);
  screen->add_option("--data-dir", arguments.data_dir,
                     "Reference data directory (default: $CATCHALL_DATA or the built-in data/)");
  screen
      ->add_option("--max-record-bytes", o.reader.max_record_bytes,
                   "Reject records larger than this (bytes)")
      ->capture_default_str();
  screen->add_flag("--no-report", arguments.no_report,
                   "Write findings, rejects and summaries only (no report.html or CSV files)");
  screen->add_flag("--no-prefilter", arguments.no_prefilter,
                   "Parse every OpenAlex record in full (slower; same findings)");
  screen
      ->add_option("--lists", arguments.lists,
                   "Sanctions, export-control or institution list files or directories (any "
                   "format of docs/list-formats.md): screen every record's institutions, funders "
                   "and (for DPRK ties) authors against them; repeatable")
      ->check(CLI::ExistingPath);
  screen
      ->add_option("--list-threshold", arguments.list_threshold,
                   "Name-match score (0-1) from which a party counts as on a list")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  screen->add_flag("--list-all-authors", arguments.list_all_authors,
                   "Match the authors of every record against the lists, not only of DPRK ties");
  screen->add_flag("-q,--quiet", arguments.quiet, "No progress or per-record messages on stderr");
}

int RunScreenCommand(ScreenArguments& arguments) {
  ScreenOptions& options = arguments.options;
  if (arguments.quiet) options.log = nullptr;
  options.prefilter = !arguments.no_prefilter;
  if (!arguments.format.empty()) options.format = ParseFormatName(arguments.format);
  options.data_dir = FindDataDir(arguments.data_dir);

  // The skeleton tables (65,536 code points through ICU) are built while the inputs are checked
  // and the reference data loads: a few milliseconds, but every run pays them.
  std::thread warm_up([] { Skeleton(""); });
  struct Join {
    std::thread& thread;
    ~Join() { thread.join(); }
  } join{warm_up};
  auto inputs = PlanInputs(options.files, options.format);
  if (!inputs.ok()) {
    std::fprintf(stderr, "catchall: %s\n", inputs.error().ToString().c_str());
    return exit_code::kInput;
  }
  // The classifier and the funder registry load while the resolver does (about 18 ms each).
  const AssessorFiles files{options.data_dir, arguments.rule_files, arguments.taxonomy_file};
  auto parts = std::async(std::launch::async, [&files] { return LoadAssessorParts(files); });
  auto resolver = AffiliationResolver::Load(options.data_dir);
  if (!resolver.ok()) {
    std::fprintf(stderr, "catchall: reference data: %s\n", resolver.error().ToString().c_str());
    return exit_code::kReferenceData;
  }
  auto loaded_parts = parts.get();
  if (!loaded_parts.ok()) {
    std::fprintf(stderr, "catchall: reference data: %s\n", loaded_parts.error().ToString().c_str());
    return exit_code::kReferenceData;
  }
  auto assessor = Assessor::Load(files, std::move(loaded_parts).value(), *resolver);
  if (!assessor.ok()) {
    std::fprintf(stderr, "catchall: %s\n", assessor.error().ToString().c_str());
    return exit_code::kReferenceData;
  }
  std::unique_ptr<ListScreener> list_screener;
  if (!arguments.lists.empty()) {
    auto lists = LoadLists(arguments.lists, nullptr);
    if (!lists.ok()) {
      std::fprintf(stderr, "catchall: lists: %s\n", lists.error().ToString().c_str());
      return exit_code::kReferenceData;
    }
    ListScreenOptions list_options;
    list_options.threshold = arguments.list_threshold;
    list_options.all_authors = arguments.list_all_authors;
    list_screener = std::make_unique<ListScreener>(NameIndex::Build(std::move(lists).value()),
                                                   list_options, &(*resolver));
    (*assessor)->set_list_screener(list_screener.get());
  }
  auto result = RunScreen(options, *inputs, **assessor);
  if (!result.ok()) {
    std::fprintf(stderr, "catchall: %s\n", result.error().ToString().c_str());
    return exit_code::kOutput;
  }
  const ScreenSummary& s = result->summary;
  if (options.log != nullptr) {
    std::fprintf(options.log,
                 "catchall: %llu records read, %llu rejected, %llu with a DPRK affiliation, %llu "
                 "DPRK-foreign co-authored; see %s/summary.md\n",
                 static_cast<unsigned long long>(s.records_read),
                 static_cast<unsigned long long>(s.records_rejected),
                 static_cast<unsigned long long>(s.records_with_dprk_affiliation),
                 static_cast<unsigned long long>(s.dprk_coauthored), options.out_dir.c_str());
  }
  // The analyst report (report.html, CSV files) is part of every run's output unless a batch job
  // (shards merged later, a pipe) asks for the machine-readable files only.
  if (arguments.no_report) return exit_code::kOk;
  report::ReportOptions report_options;
  report_options.run_dir = options.out_dir;
  report_options.data_dir = options.data_dir;
  // Its inputs are this run's own outputs, so any failure is one of writing them.
  const int report_rc = WriteReportAndSay(report_options, options.log);
  return report_rc == exit_code::kOk ? report_rc : exit_code::kOutput;
}

}  // namespace catchall
