// ariadne report --case DIR -o FILE
#include <fmt/format.h>

#include <memory>

#include "cli/case_report_data.h"
#include "cli/command.h"
#include "cli/custody_hooks.h"
#include "cli/output.h"
#include "core/exit_code.h"

namespace ariadne::cli {

namespace {

struct ReportOptions {
  std::string dir;
  std::string output;
};

int RunReport(const ReportOptions& o) {
  Result<std::unique_ptr<store::Case>> c = store::Case::Open(o.dir);
  if (!c.ok()) return ReportError(c.status());
  const std::string path =
      o.output.empty() ? (std::filesystem::path(o.dir) / "report.html").string() : o.output;
  Status s = WriteCaseReport(**c, path);
  if (!s.ok()) return ReportError(s);
  s = LogEvent(o.dir, {custody::kActionReport,
                       "file:" + std::filesystem::path(path).filename().string(),
                       {FileSha256(path)},
                       {{"path", path}, {"format", "html"}}});
  if (s.ok()) s = SignLogHead(o.dir, /*required=*/false);
  if (!s.ok()) return ReportError(s);
  fmt::print("Report written to {}\n", path);
  return kExitOk;
}

}  // namespace

void AddReportCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<ReportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "report",
      "Write a self-contained HTML report of a case (charts, flags, clusters drawn, samples)");
  cmd->add_option("--case", o->dir, "the case folder")->required();
  cmd->add_option("-o,--output", o->output, "the HTML file to write (default: DIR/report.html)");
  cmd->footer("Example:\n  ariadne report --case mycase -o mycase-report.html");
  cmd->callback([o, &action] { action = [o] { return RunReport(*o); }; });
}

}  // namespace ariadne::cli
