#include "cli/network_command.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>

#include "cli/data_dir.h"
#include "cli/exit_codes.h"
#include "lists/list_loader.h"
#include "network/author_identity.h"
#include "network/graph_files.h"
#include "network/network_output.h"
#include "network/network_view.h"
#include "output/json_lines.h"
#include "pipeline/record_stream.h"

namespace catchall {
namespace {

struct Loaded {
  std::unique_ptr<AffiliationResolver> resolver;
  std::unique_ptr<ListScreener> lists;
  std::vector<std::string> list_names;
};

int LoadReference(const NetworkArguments& arguments, Loaded& loaded) {
  auto resolver = AffiliationResolver::Load(FindDataDir(arguments.data_dir));
  if (!resolver.ok()) {
    std::fprintf(stderr, "catchall: %s\n", resolver.error().ToString().c_str());
    return exit_code::kReferenceData;
  }
  loaded.resolver = std::make_unique<AffiliationResolver>(std::move(resolver).value());
  if (arguments.lists.empty()) return exit_code::kOk;
  auto lists = LoadLists(arguments.lists, nullptr);
  if (!lists.ok()) {
    std::fprintf(stderr, "catchall: lists: %s\n", lists.error().ToString().c_str());
    return exit_code::kReferenceData;
  }
  for (const EntityList& list : *lists) {
    loaded.list_names.push_back(
        list.source.list + (list.source.version.empty() ? "" : " (" + list.source.version + ")"));
  }
  ListScreenOptions options;
  options.threshold = arguments.list_threshold;
  loaded.lists = std::make_unique<ListScreener>(NameIndex::Build(std::move(lists).value()), options,
                                                loaded.resolver.get());
  return exit_code::kOk;
}

// Writes DIR/<name> through `write`; false (with a message) when the file cannot be written.
template <typename Write>
bool WriteOutput(const std::string& dir, const std::string& name, Write write) {
  const std::string path = dir + "/" + name;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (out) write(out);
  out.flush();
  if (!out) {
    std::fprintf(stderr, "catchall: cannot write %s\n", path.c_str());
    return false;
  }
  return true;
}

// Resident memory now, for the progress lines of long runs (a 1M-record run must stay under 8 GB).
long ResidentMegabytes() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.starts_with("VmRSS:")) return std::atol(line.c_str() + 6) / 1024;
  }
  return 0;
}

void Progress(FILE* log, const char* stage) {
  if (log)
    std::fprintf(log, "catchall network: %s (%ld MB resident)\n", stage, ResidentMegabytes());
}

}  // namespace

void AddNetworkCommand(CLI::App& app, NetworkArguments& a) {
  CLI::App* network = app.add_subcommand(
      "network",
      "Build the collaboration network of publication records: bridges, paths to "
      "DPRK institutions, citation links, graph files and an interactive view");
  network->add_option("files", a.files, "Scopus CSV, Web of Science text or OpenAlex JSONL files")
      ->required();
  network->add_option("--out", a.out_dir, "Output directory (default catchall-network)");
  network->add_option("--format", a.format, "Force the input format: scopus, wos, openalex");
  network->add_option("--from", a.from,
                      "Institution (registry id or name) whose paths to DPRK institutions to find");
  network->add_option("--hops", a.hops, "Longest path, in edges of the graph (default 4)")
      ->check(CLI::Range(1, 20));
  network->add_option("--lists", a.lists,
                      "List files or directories: listed institutions are of concern too");
  network
      ->add_option("--list-threshold", a.list_threshold,
                   "Score for an institution to match a list entry (default 0.90)")
      ->check(CLI::Range(0.0, 1.0));
  network->add_option("--threads", a.threads, "Worker threads (default: one per core)");
  network->add_option("--data-dir", a.data_dir,
                      "Reference data directory (default: $CATCHALL_DATA or the built-in data/)");
  network->add_flag("--no-view", a.no_view, "Do not write network.html");
  network->add_flag("--quiet", a.quiet, "No progress messages");
}

int RunNetworkCommand(NetworkArguments& arguments) {
  const auto start = std::chrono::steady_clock::now();
  FILE* log = arguments.quiet ? nullptr : stderr;
  std::optional<InputFormat> format;
  if (!arguments.format.empty()) {
    format = ParseFormatName(arguments.format);
    if (!format) {
      std::fprintf(stderr, "catchall: unknown --format '%s' (scopus, wos, openalex)\n",
                   arguments.format.c_str());
      return exit_code::kUsage;
    }
  }
  auto inputs = PlanInputs(arguments.files, format);
  if (!inputs.ok()) {
    std::fprintf(stderr, "catchall: %s\n", inputs.error().ToString().c_str());
    return exit_code::kInput;
  }
  Loaded loaded;
  if (const int rc = LoadReference(arguments, loaded); rc != exit_code::kOk) return rc;
  std::error_code error;
  std::filesystem::create_directories(arguments.out_dir, error);
  std::ofstream rejects(arguments.out_dir + "/rejects.jsonl", std::ios::binary | std::ios::trunc);
  if (error || !rejects) {
    std::fprintf(stderr, "catchall: cannot write to %s\n", arguments.out_dir.c_str());
    return exit_code::kOutput;
  }

  const NetworkRecordBuilder builder(*loaded.resolver, loaded.lists.get());
  std::vector<NetworkRecord> records;
  RecordStreamOptions stream_options;
  stream_options.threads = arguments.threads;
  stream_options.log = log;
  stream_options.what = "catchall network";
  const std::function<NetworkRecord(const Publication&)> map = [&builder](const Publication& p) {
    return builder.Build(p);
  };
  // The record is copied, not moved: its strings were allocated on a worker thread amid the
  // parsed Publications of its batch, and keeping them would pin that memory (on a million
  // records, gigabytes of freed-but-resident pages); the copy lives on this thread's heap.
  // Institutions are shared across records (InstitutionPool).
  InstitutionPool institutions;
  const std::function<void(NetworkRecord &&)> sink = [&](NetworkRecord&& r) {
    institutions.Intern(r);
    records.push_back(r);
  };
  const RecordStreamCounts counts = StreamRecords<NetworkRecord>(
      *inputs, stream_options, map, sink,
      [&rejects](const RecordIssue& issue) { rejects << IssueJsonLine(issue) << '\n'; });
  if (log) std::fprintf(log, "catchall network: %zu records read\n", records.size());
  Progress(log, "merging authors");

  AuthorAssignment authors = AssignAuthors(records);
  ReleaseAuthorNames(records);
  Progress(log, "building the graph");
  const CollaborationGraph graph = BuildCollaborationGraph(records, authors);
  authors = AuthorAssignment{};
  Progress(log, "finding bridges, paths and citation links");
  const std::vector<Bridge> bridges = FindBridges(graph, records);
  const std::vector<CitationLink> links = FindCitationLinks(graph, records);
  int rc = exit_code::kOk;
  std::vector<NetworkPath> paths;
  if (!arguments.from.empty()) {
    auto from = FindInstitutions(graph, arguments.from);
    if (from.ok()) {
      paths = FindPaths(graph, *from, arguments.hops);
    } else {
      std::fprintf(stderr, "catchall: --from: %s\n", from.error().message.c_str());
      rc = exit_code::kInput;
    }
  }
  records.clear();
  records.shrink_to_fit();
  Progress(log, "writing the files");

  NetworkRunFacts facts;
  facts.inputs = arguments.files;
  facts.records = counts.records;
  facts.rejected = counts.rejected;
  facts.from = arguments.from;
  facts.hops = arguments.hops;
  facts.lists = loaded.list_names;
  const std::string& dir = arguments.out_dir;
  bool ok = WriteOutput(dir, "bridges.jsonl",
                        [&](std::ostream& o) { WriteBridges(graph, bridges, o); }) &&
            WriteOutput(dir, "citations.jsonl",
                        [&](std::ostream& o) { WriteCitationLinks(graph, links, o); }) &&
            WriteOutput(dir, "graph.graphml", [&](std::ostream& o) { WriteGraphMl(graph, o); }) &&
            WriteOutput(dir, "graph.gexf", [&](std::ostream& o) { WriteGexf(graph, o); }) &&
            WriteOutput(dir, "vosviewer_map.txt",
                        [&](std::ostream& o) { WriteVosviewerMap(graph, o); }) &&
            WriteOutput(dir, "vosviewer_network.txt",
                        [&](std::ostream& o) { WriteVosviewerNetwork(graph, o); });
  if (ok && !arguments.from.empty()) {
    ok = WriteOutput(dir, "paths.jsonl", [&](std::ostream& o) { WritePaths(graph, paths, o); });
  }
  if (ok && !arguments.no_view) {
    ok = WriteOutput(dir, "network.html", [&](std::ostream& o) {
      o << NetworkViewHtml(graph, bridges, paths, links, facts);
    });
  }
  facts.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ok = ok && WriteOutput(dir, "network_summary.json", [&](std::ostream& o) {
         o << NetworkSummaryJson(graph, bridges, paths, links, facts);
       });
  if (!ok) return exit_code::kOutput;
  if (log) {
    std::fprintf(log,
                 "catchall network: %zu nodes, %zu edges; %zu bridges, %zu paths, %zu citation "
                 "links; %llu records rejected; see %s/network_summary.json\n",
                 graph.nodes.size(), graph.edges.size(), bridges.size(), paths.size(), links.size(),
                 static_cast<unsigned long long>(counts.rejected), dir.c_str());
  }
  return rc;
}

}  // namespace catchall
