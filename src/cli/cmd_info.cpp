// ariadne info --case DIR [--json]
#include <fmt/format.h>

#include <memory>
#include <set>
#include <string>
#include <vector>

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

// Imports by what made them: files named on the command line, folder walks, and the crawl's
// imports grouped under their crawl run (a crawl stores many pages per import, and older versions
// one import per page: neither is listed page by page).
struct ImportGroups {
  int64_t files = 0;
  int64_t folders = 0;
  std::set<std::string> crawl_runs;
  int64_t crawl_imports = 0;
  int64_t crawl_documents = 0;
  int64_t page_imports = 0;  // "web-page": one per page, from before crawl batching
};

ImportGroups GroupImports(const std::vector<store::ImportRecord>& imports) {
  ImportGroups g;
  for (const store::ImportRecord& i : imports) {
    if (i.format == "web-crawl") {
      ++g.crawl_imports;
      g.crawl_documents += i.imported;
      g.crawl_runs.insert(i.options.substr(0, i.options.find(';')));
    } else if (i.format == "web-page") {
      ++g.page_imports;
      g.crawl_documents += i.imported;
    } else if (i.format == "folder") {
      ++g.folders;
    } else {
      ++g.files;
    }
  }
  return g;
}

std::string Plural(int64_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string DescribeImports(const ImportGroups& g) {
  std::vector<std::string> parts;
  if (g.files > 0) parts.push_back(Plural(g.files, "file", "files"));
  if (g.folders > 0) {
    parts.push_back(Plural(g.folders, "folder walk", "folder walks") + " with files left out");
  }
  if (!g.crawl_runs.empty()) {
    parts.push_back(Plural(static_cast<int64_t>(g.crawl_runs.size()), "crawl run", "crawl runs") +
                    " (" + Plural(g.crawl_imports, "import", "imports") + ")");
  }
  if (g.page_imports > 0) {
    parts.push_back(Plural(g.page_imports, "crawled page", "crawled pages") +
                    " (one import each, older crawls)");
  }
  if (!g.crawl_runs.empty() || g.page_imports > 0) {
    parts.push_back(Plural(g.crawl_documents, "document crawled", "documents crawled"));
  }
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

int RunInfo(const InfoOptions& o) {
  Result<std::unique_ptr<store::Case>> c = store::Case::Open(o.dir);
  if (!c.ok()) return ReportError(c.status());
  Result<store::CaseInfo> info = (*c)->store().Info();
  if (!info.ok()) return ReportError(info.status());
  Result<store::CaseCounts> n = (*c)->store().Counts();
  if (!n.ok()) return ReportError(n.status());
  Result<std::vector<store::ImportRecord>> imports = (*c)->store().Imports();
  if (!imports.ok()) return ReportError(imports.status());
  const ImportGroups groups = GroupImports(*imports);
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
                     {"import_groups",
                      {{"files", groups.files},
                       {"folder_walks", groups.folders},
                       {"crawl_runs", static_cast<int64_t>(groups.crawl_runs.size())},
                       {"crawl_imports", groups.crawl_imports},
                       {"crawled_page_imports", groups.page_imports},
                       {"crawled_documents", groups.crawl_documents}}},
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
  const std::string described = DescribeImports(groups);
  fmt::print("Imports:      {}{}\n", n->imports, described.empty() ? "" : " (" + described + ")");
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
