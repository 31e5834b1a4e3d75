// How subcommands plug into the `ariadne` binary: each cmd_*.cpp file adds one subcommand to the
// CLI11 app and, when that subcommand is chosen, sets the action to run. The table is in main.cpp.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace ariadne::cli {

// What main() runs after parsing; returns the process exit code (core/exit_code.h).
using Action = std::function<int()>;

void AddInitCommand(CLI::App& app, Action& action);
void AddInfoCommand(CLI::App& app, Action& action);
void AddImportCommand(CLI::App& app, Action& action);
void AddSearchCommand(CLI::App& app, Action& action);
void AddShowCommand(CLI::App& app, Action& action);
void AddReportCommand(CLI::App& app, Action& action);
void AddDemoCommand(CLI::App& app, Action& action);
void AddExtractCommand(CLI::App& app, Action& action);
void AddFlagCommand(CLI::App& app, Action& action);
void AddRulesCommand(CLI::App& app, Action& action);
void AddAnalyzeCommand(CLI::App& app, Action& action);
void AddSelectorsCommand(CLI::App& app, Action& action);
void AddFlagsCommand(CLI::App& app, Action& action);
void AddCheckJobCommand(CLI::App& app, Action& action);
void AddClustersCommand(CLI::App& app, Action& action);
void AddNetworkCommand(CLI::App& app, Action& action);
void AddExportCommand(CLI::App& app, Action& action);
void AddVerifyCommand(CLI::App& app, Action& action);
void AddCrawlCommand(CLI::App& app, Action& action);
void AddRecipeCommand(CLI::App& app, Action& action);
void AddServeCommand(CLI::App& app, Action& action);
void AddUserCommand(CLI::App& app, Action& action);
void AddTipsCommand(CLI::App& app, Action& action);

}  // namespace ariadne::cli
