// `catchall registry build`: the institution registry of concern, merged from the official lists
// (src/registry/), written as a registry file a data directory's institutions/ folder can hold.
// Wires arguments to src/registry and maps failures to exit codes (a list file or the reference
// data that cannot be read: exit 4; a bad argument: 2; an output that cannot be written: 5).
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace catchall {

struct RegistryArguments {
  std::vector<std::string> lists;  // --lists
  std::string out;                 // --out FILE.yaml
  std::string base;                // --base (default: institutions.yaml of the data directory)
  std::string data_dir;            // --data-dir
  bool quiet = false;
  CLI::App* build = nullptr;
};

void AddRegistryCommand(CLI::App& app, RegistryArguments& arguments);
int RunRegistryCommand(RegistryArguments& arguments);

}  // namespace catchall
