// What `catchall network` and `catchall ties` share: their common options (input files, --out,
// --format, --lists, --list-threshold, --threads, --data-dir, --quiet), loading the resolver and
// the optional list screener, and writing an output file with a message when it cannot be.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "analysis/list_screening.h"
#include "pipeline/screen_run.h"
#include "resolve/affiliation_resolver.h"

namespace catchall {

struct CorpusArguments {
  explicit CorpusArguments(std::string default_out_dir) : out_dir(std::move(default_out_dir)) {}
  std::vector<std::string> files;
  std::string out_dir;
  std::string format;
  std::string data_dir;
  std::vector<std::string> lists;
  double list_threshold = kDefaultListScreenThreshold;
  unsigned threads = 0;
  bool quiet = false;
};

void AddCorpusOptions(CLI::App& command, CorpusArguments& arguments);

struct CorpusReference {
  std::unique_ptr<AffiliationResolver> resolver;
  std::unique_ptr<ListScreener> lists;  // null without --lists
  std::vector<std::string> list_names;  // "list (version)"
};

// The inputs planned (exit code 2 for an unknown --format, 3 for a file that cannot be read or
// told) and the reference data loaded (4 when it or a --lists file cannot be read); 0 on success.
int PrepareCorpus(const CorpusArguments& arguments, std::vector<InputPlan>& inputs,
                  CorpusReference& reference);

// Writes `path` through `write(std::ostream&)`; false, with a message, when it cannot.
template <typename Write>
bool WriteOutputFile(const std::string& path, Write write) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (out) write(out);
  out.flush();
  if (!out) std::fprintf(stderr, "catchall: cannot write %s\n", path.c_str());
  return static_cast<bool>(out);
}

}  // namespace catchall
