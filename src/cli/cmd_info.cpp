// ariadne info --case DIR [--json]
#include <fmt/format.h>

#include <memory>

#include "cli/command.h"
#include "cli/output.h"
#include "core/exit_code.h"
#include "store/case.h"

namespace ariadne::cli {

namespace {

struct InfoOptions {
  std::string dir;
  bool json = false;
};

int RunInfo(const InfoOptions& o) {
  Result<std::unique_ptr<store::Case>> c = store::Case::Open(o.dir);
  if (!c.ok()) return ReportError(c.status());
  Result<store::CaseInfo> info = (*c)->store().Info();
  if (!info.ok()) return ReportError(info.status());
  Result<store::CaseCounts> n = (*c)->store().Counts();
  if (!n.ok()) return ReportError(n.status());
  if (o.json) {
    PrintJsonLine({{"name", info->name},
                   {"purpose", info->purpose},
                   {"legal_basis", info->legal_basis},
                   {"retention_days", info->retention_days},
                   {"region", info->region},
                   {"created_at", info->created_at},
                   {"tool_version", info->tool_version},
                   {"schema_version", info->schema_version},
                   {"counts",
                    {{"documents", n->documents},
                     {"blobs", n->blobs},
                     {"blob_bytes", n->blob_bytes},
                     {"imports", n->imports},
                     {"images", n->images},
                     {"images_missing", n->images_missing},
                     {"problems", n->problems}}}});
    return kExitOk;
  }
  fmt::print("Case:         {}\n", info->name);
  fmt::print("Purpose:      {}\n", info->purpose);
  fmt::print("Legal basis:  {}\n", info->legal_basis);
  fmt::print("Retention:    {} days\n", info->retention_days);
  fmt::print("Region:       {}\n", info->region.empty() ? "(none)" : info->region);
  fmt::print("Created:      {} (Ariadne {}, schema v{})\n", info->created_at, info->tool_version,
             info->schema_version);
  fmt::print("Documents:    {}\n", n->documents);
  fmt::print("Originals:    {} blobs, {:.1f} MB\n", n->blobs,
             static_cast<double>(n->blob_bytes) / 1e6);
  fmt::print("Imports:      {}\n", n->imports);
  fmt::print("Images:       {} referenced, {} missing\n", n->images, n->images_missing);
  fmt::print("Problems:     {} recorded at import\n", n->problems);
  return kExitOk;
}

}  // namespace

void AddInfoCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<InfoOptions>();
  CLI::App* cmd = app.add_subcommand("info", "Show a case's purpose, legal basis and counts");
  cmd->add_option("--case", o->dir, "the case folder")->required();
  cmd->add_flag("--json", o->json, "print one JSON object");
  cmd->footer("Example:\n  ariadne info --case mycase");
  cmd->callback([o, &action] { action = [o] { return RunInfo(*o); }; });
}

}  // namespace ariadne::cli
