// `catchall fetch openalex`: wires argument values to the OpenAlex harvester and maps its
// failures to exit codes.
#pragma once

#include <CLI/CLI.hpp>

#include "fetch/openalex_harvester.h"

namespace catchall {

struct FetchArguments {
  HarvestOptions options;
  HttpClientOptions http;
  bool quiet = false;
};

// Adds `fetch` with its `openalex` subcommand.
void AddFetchCommand(CLI::App& app, FetchArguments& arguments);
int RunFetchCommand(FetchArguments& arguments);

}  // namespace catchall
