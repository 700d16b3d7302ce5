// `catchall compare "A" "B"` and `catchall compare --pairs FILE.csv`: the name scorer on pairs
// of names, one JSON line per pair with the score, the verdict and the explanation.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace catchall {

struct CompareArguments {
  std::vector<std::string> names;  // exactly two, unless --pairs
  std::string pairs_file;
  std::string schema;
  std::string data_dir;
  double threshold = -1;  // < 0: the default (kDefaultMatchThreshold, or 80 with --ofac)
  bool ofac = false;
};

void AddCompareCommand(CLI::App& app, CompareArguments& arguments);
int RunCompareCommand(CompareArguments& arguments);

}  // namespace catchall
