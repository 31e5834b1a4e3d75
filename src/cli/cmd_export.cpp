// ariadne export --case DIR --format graphml|gexf|csv|xlsx -o FILE [--cluster ID | --docs IDS]
#include <fmt/format.h>

#include <memory>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/output.h"
#include "core/exit_code.h"
#include "link/case_graph.h"
#include "network/export.h"
#include "store/case.h"

namespace ariadne::cli {

namespace {

struct ExportOptions {
  std::string dir;
  std::string format;
  std::string output;
  std::string cluster;
  std::vector<int64_t> docs;
  bool include_generic = false;
};

// A cluster id as printed ("C42") or bare ("42").
bool ParseClusterId(const std::string& text, int64_t* id) {
  const std::string digits =
      !text.empty() && (text[0] == 'C' || text[0] == 'c') ? text.substr(1) : text;
  if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos) return false;
  *id = std::stoll(digits);
  return true;
}

std::vector<network::ClusterRow> ClusterRows(const std::vector<store::StoredCluster>& clusters) {
  std::vector<network::ClusterRow> rows;
  for (const store::StoredCluster& c : clusters) {
    network::ClusterRow row;
    row.id = fmt::format("C{}", c.id);
    row.documents = c.size;
    row.score = static_cast<double>(c.score);
    const nlohmann::json reasons = nlohmann::json::parse(c.reasons_json, nullptr, false);
    std::string kinds, values;
    int shown = 0;
    for (const nlohmann::json& r : reasons) {
      const std::string kind = r.value("kind", "");
      if (kinds.find(kind) == std::string::npos) kinds += (kinds.empty() ? "" : ", ") + kind;
      if (shown++ < 5) values += (values.empty() ? "" : "; ") + r.value("value", "");
    }
    row.reasons = kinds;
    row.top_values = values;
    rows.push_back(std::move(row));
  }
  return rows;
}

int RunExport(const ExportOptions& o) {
  const network::ExporterInfo* exporter = network::FindExporter(o.format);
  if (exporter == nullptr) {
    std::string known;
    for (const network::ExporterInfo* e : network::Exporters()) {
      known += (known.empty() ? "" : ", ") + std::string(e->name);
    }
    fmt::print(stderr, "export: unknown format \"{}\": use one of {}\n", o.format, known);
    return kExitUsage;
  }
  Result<std::unique_ptr<store::Case>> c = store::Case::Open(o.dir);
  if (!c.ok()) return ReportError(c.status());
  store::CaseStore& s = (*c)->store();
  std::vector<int64_t> documents = o.docs;
  std::vector<store::StoredCluster> clusters;
  if (!o.cluster.empty()) {
    int64_t id = 0;
    if (!ParseClusterId(o.cluster, &id)) {
      fmt::print(stderr, "export: --cluster {}: expected an id like C42\n", o.cluster);
      return kExitUsage;
    }
    Result<std::optional<store::StoredCluster>> cluster = s.ClusterById(id);
    if (!cluster.ok()) return ReportError(cluster.status());
    if (!*cluster) {
      return ReportError(NotFound(fmt::format(
          "no cluster C{} in this case: list them with `ariadne clusters --case {}`", id, o.dir)));
    }
    documents = (*cluster)->documents;
    clusters.push_back(**cluster);
  } else {
    Result<std::vector<store::StoredCluster>> all = s.Clusters(2, 1000000);
    if (!all.ok()) return ReportError(all.status());
    clusters = std::move(all).value();
  }
  link::GraphOptions options;
  options.include_generic = o.include_generic;
  Result<network::Graph> graph = link::BuildGraph(s, documents, options);
  if (!graph.ok()) return ReportError(graph.status());
  const std::vector<network::ClusterRow> rows = ClusterRows(clusters);
  if (Status st = exporter->write(*graph, rows, o.output); !st.ok()) return ReportError(st);
  fmt::print(stderr, "export: {} nodes and {} links written to {} ({})\n", graph->node_count(),
             graph->edge_count(), o.output, exporter->description);
  return kExitOk;
}

}  // namespace

void AddExportCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "export", "Export the case's network (or one cluster's) for Gephi, i2, Maltego or Excel");
  cmd->add_option("--case", o->dir, "the case folder")->required();
  std::string formats;
  for (const network::ExporterInfo* e : network::Exporters()) {
    formats += fmt::format("\n  {:<8} {}", e->name, e->description);
  }
  cmd->add_option("--format", o->format, "the file format:" + formats)->required();
  cmd->add_option("-o,--output", o->output, "the file to write")->required();
  auto* cluster = cmd->add_option("--cluster", o->cluster, "only this cluster (e.g. C42)");
  cmd->add_option("--docs", o->docs, "only these documents (case ids)")->excludes(cluster);
  cmd->add_flag("--include-generic", o->include_generic,
                "also include values shared by many unrelated ads");
  cmd->footer(
      "Every link keeps its evidence documents and first/last seen dates.\n\nExamples:\n"
      "  ariadne export --case mycase --format gexf -o case.gexf\n"
      "  ariadne export --case mycase --format csv --cluster C42 -o c42-links.csv");
  cmd->callback([o, &action] { action = [o] { return RunExport(*o); }; });
}

}  // namespace ariadne::cli
