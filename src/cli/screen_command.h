// `catchall screen`: wires argument values to the screening run and maps failures to exit codes.
#pragma once

#include <CLI/CLI.hpp>

#include "analysis/list_screening.h"
#include "pipeline/screen_run.h"

namespace catchall {

struct ScreenArguments {
  ScreenOptions options;
  std::string format;
  std::string data_dir;
  std::vector<std::string> rule_files;
  std::string taxonomy_file;
  bool quiet = false;
  bool no_prefilter = false;
  bool no_report = false;
  std::vector<std::string> lists;  // --lists: list files and directories to screen parties against
  double list_threshold = kDefaultListScreenThreshold;
  bool list_all_authors = false;
};

void AddScreenCommand(CLI::App& app, ScreenArguments& arguments);
int RunScreenCommand(ScreenArguments& arguments);

}  // namespace catchall
