// `catchall ties FILE... [--org NAME] --out DIR`: one organisation's co-authorships with
// institutions of concern (src/ties), as JSON lines, CSV breakdowns, a summary and an HTML page.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "analysis/list_screening.h"

namespace catchall {

struct TiesArguments {
  std::vector<std::string> files;
  std::string out_dir = "catchall-ties";
  std::string org;
  std::string format;
  std::string data_dir;
  std::string taxonomy_file;
  std::vector<std::string> lists;
  double list_threshold = kDefaultListScreenThreshold;
  unsigned threads = 0;
  bool quiet = false;
};

void AddTiesCommand(CLI::App& app, TiesArguments& arguments);
int RunTiesCommand(TiesArguments& arguments);

}  // namespace catchall
