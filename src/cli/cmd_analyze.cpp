// ariadne analyze --case DIR: runs every analysis stage over the documents not yet analysed.
#include <fmt/format.h>

#include <memory>

#include "cli/command.h"
#include "cli/custody_hooks.h"
#include "cli/output.h"
#include "cli/progress.h"
#include "cli/rules_loading.h"
#include "core/exit_code.h"
#include "pipeline/pipeline.h"
#include "store/case.h"

namespace ariadne::cli {

namespace {

struct AnalyzeCliOptions {
  std::string dir;
  std::string rules_dir;
  bool candidates = false;
  bool json = false;
};

std::string Found(const std::map<std::string, int64_t>& found) {
  std::string s;
  for (const auto& [type, n] : found) s += fmt::format("{}{} {}", s.empty() ? "" : ", ", n, type);
  return s.empty() ? "nothing found" : s;
}

int RunAnalyze(const AnalyzeCliOptions& o) {
  Result<std::unique_ptr<store::Case>> c = store::Case::Open(o.dir);
  if (!c.ok()) return ReportError(c.status());
  pipeline::AnalyzeOptions options;
  int rules_exit = kExitOk;
  options.rules = LoadRulesOrReport(o.rules_dir, &rules_exit);
  if (options.rules == nullptr) return rules_exit;
  options.candidates = o.candidates;
  ProgressLine progress("documents");
  options.on_progress = [&](const pipeline::StageProgress& p) {
    progress.Update(p.done, p.total, p.done);
  };
  Result<std::vector<pipeline::StageSummary>> r = pipeline::Analyze(**c, options);
  progress.Finish();
  if (!r.ok()) return ReportError(r.status());
  if (Status st = LogAnalysis(o.dir, StagesJson(*r)); !st.ok()) return ReportError(st);
  if (Status st = SignLogHead(o.dir, /*required=*/false); !st.ok()) return ReportError(st);
  for (const pipeline::StageSummary& s : *r) {
    if (o.json) {
      PrintJsonLine({{"stage", s.stage},
                     {"version", s.version},
                     {"documents", s.documents},
                     {"found", s.found},
                     {"note", s.note}});
    } else if (!s.note.empty()) {
      fmt::print("{} (v{}): skipped: {}\n", s.stage, s.version, s.note);
    } else if (s.documents == 0) {
      fmt::print("{} (v{}): up to date\n", s.stage, s.version);
    } else {
      fmt::print("{} (v{}): {} documents analysed: {}\n", s.stage, s.version, s.documents,
                 Found(s.found));
    }
  }
  return kExitOk;
}

std::string StageList() {
  std::string s =
      "Stages (per-document ones run only on documents not yet seen at their version; structural,\n"
      "photos, link and network flags work over the whole case, photos hashing only new images):\n";
  for (const auto& st : pipeline::Stages()) {
    s += fmt::format("  {} v{}: {}\n", st.name, st.version, st.description);
  }
  return s;
}

}  // namespace

void AddAnalyzeCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<AnalyzeCliOptions>();
  CLI::App* cmd =
      app.add_subcommand("analyze", "Run the analysis stages over a case (incremental)");
  cmd->add_option("--case", o->dir, "the case folder")->required();
  cmd->add_option("--rules", o->rules_dir, kRulesOptionHelp);
  cmd->add_flag("--candidates", o->candidates,
                "also match candidate terms of the rule packs (not yet validated by a native "
                "speaker; every flag they raise says so)");
  cmd->add_flag("--json", o->json, "one JSON line per stage");
  cmd->footer(StageList() +
              "\nA killed run loses at most one batch; running it again continues.\n\nExample:\n"
              "  ariadne analyze --case mycase");
  cmd->callback([o, &action] { action = [o] { return RunAnalyze(*o); }; });
}

}  // namespace ariadne::cli
