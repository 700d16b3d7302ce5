#include "cli/match_command.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "cli/exit_codes.h"
#include "lists/list_loader.h"
#include "match/match_json.h"
#include "match/query_csv.h"

namespace catchall {
namespace {

// Queries are matched in blocks: each block is spread over the threads and written out in input
// order before the next starts, so output streams and memory stays flat for any file size.
constexpr size_t kBlockSize = 4096;
// Progress lines only for files big enough to take a while.
constexpr size_t kProgressMinQueries = 20000;

Result<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot open the query file", {path, 0}};
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return Error{"cannot read the query file", {path, 0}};
  return bytes.str();
}

void PrintRejects(const std::vector<RecordIssue>& rejects) {
  for (const RecordIssue& issue : rejects) {
    std::fprintf(stderr, "catchall: %s:%llu: rejected query: %s: %s\n", issue.where.file.c_str(),
                 static_cast<unsigned long long>(issue.where.line), issue.reason.c_str(),
                 issue.excerpt.c_str());
  }
}

MatchOptions QueryOptions(const MatchOptions& base, const MatchQuery& query) {
  MatchOptions options = base;
  if (query.schema) options.schema = query.schema;
  if (!query.country.empty()) options.country = query.country;
  return options;
}

std::string MatchOne(const NameIndex& index, const MatchOptions& base, const MatchQuery& query) {
  const MatchOptions options = QueryOptions(base, query);
  const std::vector<MatchHit> hits = index.Match(query.name, options);
  return MatchResultLine(query.id, query.name, options.schema.value_or(EntitySchema::kUnknown),
                         hits, index, options.ofac);
}

void MatchBlock(const NameIndex& index, const MatchOptions& options,
                const std::vector<MatchQuery>& queries, size_t begin, size_t end, unsigned threads,
                std::vector<std::string>& lines) {
  lines.assign(end - begin, std::string());
  const size_t workers = std::max<size_t>(1, std::min<size_t>(threads, end - begin));
  auto work = [&](size_t worker) {
    for (size_t i = begin + worker; i < end; i += workers) {
      lines[i - begin] = MatchOne(index, options, queries[i]);
    }
  };
  std::vector<std::thread> pool;
  for (size_t w = 1; w < workers; ++w) pool.emplace_back(work, w);
  work(0);
  for (auto& t : pool) t.join();
}

int MatchAll(const NameIndex& index, const MatchOptions& options,
             const std::vector<MatchQuery>& queries, const MatchArguments& arguments) {
  unsigned threads = arguments.threads;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  const bool progress = !arguments.quiet && queries.size() >= kProgressMinQueries;
  std::vector<std::string> lines;
  for (size_t begin = 0; begin < queries.size(); begin += kBlockSize) {
    const size_t end = std::min(queries.size(), begin + kBlockSize);
    MatchBlock(index, options, queries, begin, end, threads, lines);
    for (const std::string& line : lines) {
      std::fwrite(line.data(), 1, line.size(), stdout);
      std::fputc('\n', stdout);
    }
    if (progress) std::fprintf(stderr, "catchall: matched %zu of %zu\n", end, queries.size());
  }
  if (std::fflush(stdout) != 0) {
    std::fprintf(stderr, "catchall: cannot write the results\n");
    return exit_code::kOutput;
  }
  return exit_code::kOk;
}

void SayLoaded(const std::vector<EntityList>& lists, size_t names) {
  size_t entities = 0, issues = 0;
  for (const EntityList& list : lists) {
    entities += list.entities.size();
    issues += list.issues.size();
  }
  std::fprintf(stderr, "catchall: %zu lists, %zu entities, %zu names indexed", lists.size(),
               entities, names);
  if (issues > 0) std::fprintf(stderr, " (%zu list records rejected or repaired)", issues);
  std::fputc('\n', stderr);
}

}  // namespace

void AddMatchCommand(CLI::App& app, MatchArguments& arguments) {
  CLI::App* match =
      app.add_subcommand("match", "Match names against sanctions and export-control lists");
  match->add_option("--lists", arguments.lists, "List files or directories (format detected)")
      ->required();
  match->add_option("name", arguments.name, "One name to match");
  match->add_option("--queries", arguments.queries_file,
                    "CSV of queries: query_id, name, optional schema and country");
  match->add_option("--threshold", arguments.threshold,
                    "Minimum score (0..1; 0..100 with --ofac; default " +
                        std::to_string(kDefaultMatchThreshold).substr(0, 4) +
                        ", x100 with --ofac)");
  match->add_option("--limit", arguments.limit, "At most this many results per query")
      ->capture_default_str();
  match->add_option("--schema", arguments.schema,
                    "Only entities of this schema (Person, Organization, Vessel, ...)");
  match->add_option("--country", arguments.country,
                    "ISO alpha-2; entities with other known countries are dropped");
  match->add_option("--list", arguments.list_filter, "Only this list key (repeatable)");
  match->add_flag("--ofac", arguments.ofac, "Score as OFAC's Sanctions List Search (0..100)");
  match->add_option("--threads", arguments.threads, "Worker threads (default: one per core)")
      ->check(CLI::Range(0u, 256u));
  match->add_flag("-q,--quiet", arguments.quiet, "No progress or summary on stderr");
}

int RunMatchCommand(const MatchArguments& given) {
  // `--lists A B "NAME"`: the option takes every following word, so the name arrives as the last
  // list path. A last "path" that does not exist is the name.
  MatchArguments arguments = given;
  if (arguments.name.empty() && arguments.queries_file.empty() && arguments.lists.size() >= 2 &&
      !std::filesystem::exists(arguments.lists.back())) {
    arguments.name = arguments.lists.back();
    arguments.lists.pop_back();
  }
  if (arguments.name.empty() == arguments.queries_file.empty()) {
    std::fprintf(stderr, "catchall: match needs either a NAME or --queries FILE.csv\n");
    return exit_code::kUsage;
  }
  MatchOptions options;
  options.ofac = arguments.ofac;
  options.threshold = arguments.threshold >= 0 ? arguments.threshold
                      : arguments.ofac         ? kDefaultMatchThreshold * 100
                                               : kDefaultMatchThreshold;
  options.limit = arguments.limit;
  options.lists = arguments.list_filter;
  options.country = arguments.country;
  for (char& c : options.country)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (!arguments.schema.empty()) {
    options.schema = ParseSchema(arguments.schema);
    if (!options.schema) {
      std::fprintf(stderr, "catchall: unknown --schema \"%s\"\n", arguments.schema.c_str());
      return exit_code::kUsage;
    }
  }
  std::vector<MatchQuery> queries;
  if (!arguments.queries_file.empty()) {
    auto bytes = ReadWholeFile(arguments.queries_file);
    if (!bytes.ok()) {
      std::fprintf(stderr, "catchall: %s\n", bytes.error().ToString().c_str());
      return exit_code::kInput;
    }
    auto file = ParseQueryCsv(arguments.queries_file, *bytes);
    if (!file.ok()) {
      std::fprintf(stderr, "catchall: %s\n", file.error().ToString().c_str());
      return exit_code::kInput;
    }
    PrintRejects(file->rejects);
    if (!arguments.quiet && !file->rejects.empty()) {
      std::fprintf(stderr, "catchall: %zu query rows rejected\n", file->rejects.size());
    }
    queries = std::move(file->queries);
  } else {
    queries.push_back({"1", arguments.name, std::nullopt, "", 0});
  }
  auto lists = LoadLists(arguments.lists, nullptr);
  if (!lists.ok()) {
    std::fprintf(stderr, "catchall: lists: %s\n", lists.error().ToString().c_str());
    return exit_code::kReferenceData;
  }
  const auto index = NameIndex::Build(std::move(lists).value());
  if (!arguments.quiet) SayLoaded(index->lists(), index->name_count());
  return MatchAll(*index, options, queries, arguments);
}

}  // namespace catchall
