// `catchall match --lists PATH... "NAME"` or `--queries FILE.csv`: screens names against the
// loaded lists through the name index and writes one JSON line per query, in input order.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "match/name_index.h"

namespace catchall {

struct MatchArguments {
  std::vector<std::string> lists;  // files and directories
  std::string name;                // a single query (positional)
  std::string queries_file;        // CSV with query_id, name[, schema, country]
  double threshold = -1;           // < 0: the default of the mode
  size_t limit = 10;
  std::string schema;
  std::string country;
  std::vector<std::string> list_filter;
  bool ofac = false;
  unsigned threads = 0;  // 0: one per core
  bool quiet = false;
};

void AddMatchCommand(CLI::App& app, MatchArguments& arguments);
int RunMatchCommand(const MatchArguments& arguments);

}  // namespace catchall
