// `catchall ties FILE... [--org NAME] --out DIR`: one organisation's co-authorships with
// institutions of concern (src/ties), as JSON lines, CSV breakdowns, a summary and an HTML page.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "cli/corpus_inputs.h"

namespace catchall {

struct TiesArguments {
  CorpusArguments corpus{"catchall-ties"};
  std::string org;
  std::string taxonomy_file;
};

void AddTiesCommand(CLI::App& app, TiesArguments& arguments);
int RunTiesCommand(TiesArguments& arguments);

}  // namespace catchall
