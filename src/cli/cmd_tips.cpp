// ariadne tips purge --case DIR [--before DATE | --id N] [--reason R] [--dry-run]: deletes public
// tips and kept job-ad checks at the end of the case's retention period (or one tip on request),
// each deletion logged as a custody `purge` event (intake/tip_retention.h).
#include <fmt/format.h>

#include <memory>

#include "cli/command.h"
#include "cli/custody_hooks.h"
#include "cli/output.h"
#include "core/exit_code.h"
#include "intake/tip_retention.h"

namespace ariadne::cli {

namespace {

struct TipsPurgeOptions {
  std::string case_dir;
  std::string before;
  int64_t id = 0;
  std::string reason;
  bool dry_run = false;
};

int RunPurge(const TipsPurgeOptions& o) {
  intake::PurgeOptions options;
  options.before = o.before;
  if (o.id > 0) options.tip_id = o.id;
  options.reason = o.reason;
  options.actor = Actor();
  options.tool_version = ARIADNE_VERSION;
  options.dry_run = o.dry_run;
  Result<intake::PurgeReport> report = intake::PurgeTips(o.case_dir, options);
  if (!report.ok()) return ReportError(report.status());
  const char* verb = o.dry_run ? "would delete" : "deleted";
  if (options.tip_id) {
    fmt::print("{} tip {}\n", verb, o.id);
  } else {
    fmt::print("{} {} tip(s) and {} kept job-ad check(s) received before {}\n", verb, report->tips,
               report->job_checks, report->cutoff);
  }
  return kExitOk;
}

}  // namespace

void AddTipsCommand(CLI::App& app, Action& action) {
  CLI::App* cmd = app.add_subcommand("tips", "Public tips of a case: retention");
  cmd->require_subcommand(1);
  auto o = std::make_shared<TipsPurgeOptions>();
  CLI::App* purge = cmd->add_subcommand(
      "purge",
      "Delete tips and kept job-ad checks older than the case's retention period (or one tip), "
      "each logged in the custody log");
  purge->add_option("--case", o->case_dir, "the case folder")->required();
  CLI::Option* before =
      purge->add_option("--before", o->before,
                        "delete what arrived before this UTC date or time (default: now minus "
                        "the case's retention days)");
  purge->add_option("--id", o->id, "delete only this tip, whatever its age (a request to delete)")
      ->check(CLI::PositiveNumber)
      ->excludes(before);
  purge->add_option("--reason", o->reason, "why, for the custody log (default: the retention)");
  purge->add_flag("--dry-run", o->dry_run, "count what would be deleted; delete nothing");
  purge->footer(
      "Example (every night from cron):\n  ariadne tips purge --case cases/mycase\n"
      "A reporter's receipt code stops working once the tip is deleted.");
  purge->callback([o, &action] { action = [o] { return RunPurge(*o); }; });
}

}  // namespace ariadne::cli
