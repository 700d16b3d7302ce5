#include "cli/corpus_inputs.h"

#include "cli/data_dir.h"
#include "cli/exit_codes.h"
#include "lists/list_loader.h"

namespace catchall {

void AddCorpusOptions(CLI::App& command, CorpusArguments& a) {
  command.add_option("files", a.files, "Scopus CSV, Web of Science text or OpenAlex JSONL files")
      ->required();
  command.add_option("--out", a.out_dir, "Output directory (default " + a.out_dir + ")");
  command.add_option("--format", a.format, "Force the input format: scopus, wos, openalex");
  command.add_option("--lists", a.lists,
                     "List files or directories: listed institutions are of concern too");
  command
      .add_option("--list-threshold", a.list_threshold,
                  "Score for an institution to match a list entry (default 0.90)")
      ->check(CLI::Range(0.0, 1.0));
  command.add_option("--threads", a.threads, "Worker threads (default: one per core)");
  command.add_option("--data-dir", a.data_dir,
                     "Reference data directory (default: $CATCHALL_DATA or the built-in data/)");
  command.add_flag("--quiet", a.quiet, "No progress messages");
}

int PrepareCorpus(const CorpusArguments& arguments, std::vector<InputPlan>& inputs,
                  CorpusReference& reference) {
  std::optional<InputFormat> format;
  if (!arguments.format.empty() && !(format = ParseFormatName(arguments.format))) {
    std::fprintf(stderr, "catchall: unknown --format '%s' (scopus, wos, openalex)\n",
                 arguments.format.c_str());
    return exit_code::kUsage;
  }
  auto planned = PlanInputs(arguments.files, format);
  if (!planned.ok()) {
    std::fprintf(stderr, "catchall: %s\n", planned.error().ToString().c_str());
    return exit_code::kInput;
  }
  inputs = std::move(planned).value();
  auto resolver = AffiliationResolver::Load(FindDataDir(arguments.data_dir));
  if (!resolver.ok()) {
    std::fprintf(stderr, "catchall: %s\n", resolver.error().ToString().c_str());
    return exit_code::kReferenceData;
  }
  reference.resolver = std::make_unique<AffiliationResolver>(std::move(resolver).value());
  if (arguments.lists.empty()) return exit_code::kOk;
  auto lists = LoadLists(arguments.lists, nullptr);
  if (!lists.ok()) {
    std::fprintf(stderr, "catchall: lists: %s\n", lists.error().ToString().c_str());
    return exit_code::kReferenceData;
  }
  for (const EntityList& list : *lists) {
    reference.list_names.push_back(
        list.source.list + (list.source.version.empty() ? "" : " (" + list.source.version + ")"));
  }
  ListScreenOptions options;
  options.threshold = arguments.list_threshold;
  reference.lists = std::make_unique<ListScreener>(NameIndex::Build(std::move(lists).value()),
                                                   options, reference.resolver.get());
  return exit_code::kOk;
}

}  // namespace catchall
