// ariadne rules check|doc [--rules DIR]: validate the rule packs, or document them in Markdown.
#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/rules_loading.h"
#include "core/exit_code.h"
#include "flag/flag.h"
#include "flag/rules_check.h"
#include "flag/rules_doc.h"

namespace ariadne::cli {

std::shared_ptr<const flag::RuleSet> LoadRulesOrReport(const std::string& rules_dir,
                                                       int* exit_code) {
  Result<std::filesystem::path> directory = flag::FindRulesDirectory(rules_dir);
  if (!directory.ok()) {
    fmt::print(stderr, "ariadne: error: {}\n", directory.status().message());
    *exit_code = kExitIoErr;
    return nullptr;
  }
  flag::LoadReport report = flag::LoadRules(*directory);
  for (const flag::LoadError& e : report.errors) fmt::print(stderr, "{}\n", e.ToString());
  if (!report.ok()) {
    fmt::print(stderr,
               "ariadne: error: {} problem(s) in the rule packs of {}; nothing was "
               "flagged with them. Fix them and run `ariadne rules check`.\n",
               report.errors.size(), directory->string());
    *exit_code = kExitDataErr;
    return nullptr;
  }
  return std::make_shared<const flag::RuleSet>(std::move(report.rules));
}

namespace {

struct RulesOptions {
  std::string rules;
};

void PrintCounts(const flag::RuleSet& rules, size_t patterns) {
  const flag::RuleCounts counts = flag::CountRules(rules);
  fmt::print("rules: {}\n", rules.directory.string());
  fmt::print("packs: {}\n", counts.packs);
  fmt::print("indicators: {} ({} structural, {} scored)\n", counts.indicators, counts.structural,
             counts.scored);
  fmt::print("terms: {} ({} sourced, {} candidate)\n", counts.terms.total(), counts.terms.sourced,
             counts.terms.candidate);
  for (const auto& [lang, c] : counts.terms_by_lang) {
    fmt::print("  {}: {} ({} sourced, {} candidate)\n", lang, c.total(), c.sourced, c.candidate);
  }
  fmt::print("compiled: {} patterns (with candidates) into one Vectorscan database\n", patterns);
}

// Loads and compiles every term, candidates included, so that a broken candidate is found now
// rather than when someone passes --candidates.
int RunCheck(const RulesOptions& o) {
  int exit_code = kExitOk;
  auto rules = LoadRulesOrReport(o.rules, &exit_code);
  if (!rules) return exit_code;
  auto flagger = flag::Flagger::Create(rules, flag::FlagOptions{.candidates = true});
  if (!flagger.ok()) {
    fmt::print(stderr, "{}\n", flagger.status().message());
    return kExitDataErr;
  }
  const std::vector<flag::LoadError> unplaced = flag::TermsWithoutMatchStart(*rules);
  for (const flag::LoadError& e : unplaced) fmt::print(stderr, "{}\n", e.ToString());
  if (!unplaced.empty()) {
    fmt::print(stderr,
               "ariadne: error: {} regex term(s) whose flags could not point at the words\n",
               unplaced.size());
    return kExitDataErr;
  }
  PrintCounts(*rules, (*flagger)->pattern_count());
  fmt::print("ok\n");
  return kExitOk;
}

int RunDoc(const RulesOptions& o) {
  int exit_code = kExitOk;
  auto rules = LoadRulesOrReport(o.rules, &exit_code);
  if (!rules) return exit_code;
  std::cout << flag::RulesMarkdown(*rules);
  return kExitOk;
}

}  // namespace

void AddRulesCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<RulesOptions>();
  CLI::App* cmd = app.add_subcommand("rules", "Check or document the red-flag rule packs");
  cmd->require_subcommand(1);
  CLI::App* check = cmd->add_subcommand(
      "check", "Validate every pack and scoring.toml; print counts (exit 65 on any problem)");
  check->add_option("--rules", o->rules, kRulesOptionHelp);
  check->callback([o, &action] { action = [o] { return RunCheck(*o); }; });
  CLI::App* doc = cmd->add_subcommand(
      "doc", "Print Markdown documentation of every indicator (the source of docs/indicators.md)");
  doc->add_option("--rules", o->rules, kRulesOptionHelp);
  doc->callback([o, &action] { action = [o] { return RunDoc(*o); }; });
  cmd->footer("Problems are printed as FILE:LINE:COLUMN: reason.");
}

}  // namespace ariadne::cli
