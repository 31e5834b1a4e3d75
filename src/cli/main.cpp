// The `ariadne` binary: a thin shell over the library modules. Each subcommand lives in its own
// cmd_*.cpp.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <exception>

#include "cli/command.h"
#include "cli/custody_hooks.h"
#include "core/exit_code.h"

namespace {

using ariadne::cli::Action;

// The subcommands, in the order --help lists them.
constexpr void (*kCommands[])(CLI::App&, Action&) = {
    ariadne::cli::AddDemoCommand,     ariadne::cli::AddInitCommand,
    ariadne::cli::AddInfoCommand,     ariadne::cli::AddImportCommand,
    ariadne::cli::AddCrawlCommand,    ariadne::cli::AddRecipeCommand,
    ariadne::cli::AddAnalyzeCommand,  ariadne::cli::AddSearchCommand,
    ariadne::cli::AddShowCommand,     ariadne::cli::AddSelectorsCommand,
    ariadne::cli::AddFlagsCommand,    ariadne::cli::AddClustersCommand,
    ariadne::cli::AddNetworkCommand,  ariadne::cli::AddExportCommand,
    ariadne::cli::AddCheckJobCommand, ariadne::cli::AddExtractCommand,
    ariadne::cli::AddFlagCommand,     ariadne::cli::AddRulesCommand,
    ariadne::cli::AddReportCommand,   ariadne::cli::AddVerifyCommand,
    ariadne::cli::AddServeCommand,    ariadne::cli::AddUserCommand,
    ariadne::cli::AddTipsCommand,
};

constexpr const char* kExitCodes =
    "Exit codes: 0 ok; 1 negative answer (nothing found); 2 usage error; 65 bad input data (what "
    "could\nbe used was used, the rest reported); 70 internal error (a bug: please report it); 74 "
    "a "
    "file or the\ncase could not be read or written.";

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Ariadne: an investigation engine against online human trafficking.\n"
      "Scores and figures rank work for a person; they never decide about a person."};
  app.name("ariadne");
  app.set_version_flag("--version", std::string(ARIADNE_VERSION));
  app.require_subcommand(1);
  app.footer(kExitCodes);
  ariadne::cli::AddCustodyOptions(app);
  Action action;
  for (auto add : kCommands) add(app, action);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e) == 0 ? ariadne::kExitOk : ariadne::kExitUsage;
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e) == 0 ? ariadne::kExitOk : ariadne::kExitUsage;
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e) == 0 ? ariadne::kExitOk : ariadne::kExitUsage;
  } catch (const CLI::ParseError& e) {
    // CLI11's own codes (100+) must not leak: every parse error is a usage error.
    fmt::print(stderr,
               "ariadne: usage error: {}\nRun `ariadne --help` or `ariadne COMMAND --help`.\n",
               e.what());
    return ariadne::kExitUsage;
  }
  try {
    return action ? action() : ariadne::kExitUsage;
  } catch (const std::exception& e) {
    fmt::print(stderr, "ariadne: internal error: {} (please report this)\n", e.what());
    return ariadne::kExitSoftware;
  }
}
