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
  AddCorpusOptions(*network, a.corpus);
  network->add_option("--from", a.from,
                      "Institution (registry id or name) whose paths to DPRK institutions to find");
  network->add_option("--hops", a.hops, "Longest path, in edges of the graph (default 4)")
      ->check(CLI::Range(1, 20));
  network->add_flag("--no-view", a.no_view, "Do not write network.html");
}

int RunNetworkCommand(NetworkArguments& arguments) {
  const auto start = std::chrono::steady_clock::now();
  const CorpusArguments& corpus = arguments.corpus;
  FILE* log = corpus.quiet ? nullptr : stderr;
  std::vector<InputPlan> inputs;
  CorpusReference loaded;
  if (const int rc = PrepareCorpus(corpus, inputs, loaded); rc != exit_code::kOk) return rc;
  std::error_code error;
  std::filesystem::create_directories(corpus.out_dir, error);
  std::ofstream rejects(corpus.out_dir + "/rejects.jsonl", std::ios::binary | std::ios::trunc);
  if (error || !rejects) {
    std::fprintf(stderr, "catchall: cannot write to %s\n", corpus.out_dir.c_str());
    return exit_code::kOutput;
  }

  const NetworkRecordBuilder builder(*loaded.resolver, loaded.lists.get());
  std::vector<NetworkRecord> records;
  RecordStreamOptions stream_options;
  stream_options.threads = corpus.threads;
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
      inputs, stream_options, map, sink,
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
  facts.inputs = corpus.files;
  facts.records = counts.records;
  facts.rejected = counts.rejected;
  facts.from = arguments.from;
  facts.hops = arguments.hops;
  facts.lists = loaded.list_names;
  const std::string& dir = corpus.out_dir;
  bool ok =
      WriteOutputFile(dir + "/bridges.jsonl",
                      [&](std::ostream& o) { WriteBridges(graph, bridges, o); }) &&
      WriteOutputFile(dir + "/citations.jsonl",
                      [&](std::ostream& o) { WriteCitationLinks(graph, links, o); }) &&
      WriteOutputFile(dir + "/graph.graphml", [&](std::ostream& o) { WriteGraphMl(graph, o); }) &&
      WriteOutputFile(dir + "/graph.gexf", [&](std::ostream& o) { WriteGexf(graph, o); }) &&
      WriteOutputFile(dir + "/vosviewer_map.txt",
                      [&](std::ostream& o) { WriteVosviewerMap(graph, o); }) &&
      WriteOutputFile(dir + "/vosviewer_network.txt",
                      [&](std::ostream& o) { WriteVosviewerNetwork(graph, o); });
  if (ok && !arguments.from.empty()) {
    ok = WriteOutputFile(dir + "/paths.jsonl",
                         [&](std::ostream& o) { WritePaths(graph, paths, o); });
  }
  if (ok && !arguments.no_view) {
    ok = WriteOutputFile(dir + "/network.html", [&](std::ostream& o) {
      o << NetworkViewHtml(graph, bridges, paths, links, facts);
    });
  }
  facts.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ok = ok && WriteOutputFile(dir + "/network_summary.json", [&](std::ostream& o) {
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
