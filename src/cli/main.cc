// catchall: finds sanctions-relevant technology transfer. The CLI only parses arguments and
// calls the library; each subcommand lives in its own file.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>

#include "cli/compare_command.h"
#include "cli/exit_codes.h"
#include "cli/fetch_command.h"
#include "cli/lists_command.h"
#include "cli/match_command.h"
#include "cli/report_command.h"
#include "cli/network_command.h"
#include "cli/registry_command.h"
#include "cli/screen_command.h"
#include "cli/ties_command.h"

// Anything thrown out of the library is a bug, reported as such with exit code 1; errors a user
// can cause never take this path (they are values).
int main(int argc, char** argv) try {
  CLI::App app{"catchall: screen publications for DPRK co-authorship and sanctions-relevant ties"};
  app.set_version_flag("--version", std::string("catchall ") + CATCHALL_VERSION);
  app.require_subcommand(1);
  catchall::ScreenArguments screen;
  catchall::AddScreenCommand(app, screen);
  catchall::FetchArguments fetch;
  catchall::AddFetchCommand(app, fetch);
  catchall::MatchArguments match;
  catchall::AddMatchCommand(app, match);
  catchall::ListsArguments lists;
  catchall::AddListsCommand(app, lists);
  catchall::CompareArguments compare;
  catchall::AddCompareCommand(app, compare);
  catchall::ReportArguments report;
  catchall::AddReportCommand(app, report);
  catchall::NetworkArguments network;
  catchall::AddNetworkCommand(app, network);
  catchall::RegistryArguments registry;
  catchall::AddRegistryCommand(app, registry);
  catchall::TiesArguments ties;
  catchall::AddTiesCommand(app, ties);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? catchall::exit_code::kOk : catchall::exit_code::kUsage;
  }
  if (app.got_subcommand("screen")) return catchall::RunScreenCommand(screen);
  if (app.got_subcommand("fetch")) return catchall::RunFetchCommand(fetch);
  if (app.got_subcommand("match")) return catchall::RunMatchCommand(match);
  if (app.got_subcommand("lists")) return catchall::RunListsCommand(lists);
  if (app.got_subcommand("compare")) return catchall::RunCompareCommand(compare);
  if (app.got_subcommand("report")) return catchall::RunReportCommand(report);
  if (app.got_subcommand("network")) return catchall::RunNetworkCommand(network);
  if (app.got_subcommand("registry")) return catchall::RunRegistryCommand(registry);
  if (app.got_subcommand("ties")) return catchall::RunTiesCommand(ties);
  return catchall::exit_code::kUsage;
} catch (const std::exception& e) {
  std::fprintf(stderr, "catchall: internal error: %s\n", e.what());
  return catchall::exit_code::kInternal;
}
