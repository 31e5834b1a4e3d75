// ariadne export --case DIR --format graphml|gexf|csv|xlsx -o FILE [--cluster ID | --docs IDS]
// ariadne export --case DIR --format bundle (--cluster ID | --query Q | --docs IDS) -o FILE
#include <fmt/format.h>

#include <memory>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/custody_hooks.h"
#include "cli/output.h"
#include "core/exit_code.h"
#include "custody/bundle.h"
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
  std::string query;
  bool include_generic = false;
  // Bundles only.
  bool pseudonymise = false;
  std::vector<std::string> keep;
  std::string authorisation;
};

constexpr const char* kBundleFormat = "bundle";

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

// The documents a bundle holds: a cluster's, a search's (every hit) or the listed ones.
Result<std::pair<std::vector<int64_t>, std::string>> BundleSelection(store::CaseStore& s,
                                                                     const ExportOptions& o) {
  if (!o.cluster.empty()) {
    int64_t id = 0;
    if (!ParseClusterId(o.cluster, &id)) {
      return InvalidInput(fmt::format("--cluster {}: expected an id like C42", o.cluster));
    }
    Result<std::optional<store::StoredCluster>> cluster = s.ClusterById(id);
    if (!cluster.ok()) return cluster.status();
    if (!*cluster) {
      return NotFound(
          fmt::format("no cluster C{} in this case: list them with `ariadne clusters`", id));
    }
    return std::make_pair((*cluster)->documents, fmt::format("cluster C{}", id));
  }
  if (!o.query.empty()) {
    Result<store::SearchQuery> q = store::ParseSearchQuery(o.query);
    if (!q.ok()) return q.status();
    q->limit = 1000;
    std::vector<int64_t> ids;
    for (q->offset = 0;; q->offset += q->limit) {
      Result<store::SearchResults> r = s.Search(*q);
      if (!r.ok()) return r.status();
      for (const store::SearchHit& h : r->hits) ids.push_back(h.id);
      if (r->hits.size() < static_cast<size_t>(q->limit)) break;
    }
    if (ids.empty()) return NotFound(fmt::format("--query \"{}\" finds no document", o.query));
    return std::make_pair(ids, fmt::format("search \"{}\"", o.query));
  }
  if (!o.docs.empty()) {
    std::string list;
    for (int64_t id : o.docs) list += (list.empty() ? "" : ",") + std::to_string(id);
    return std::make_pair(o.docs, "documents " + list);
  }
  return InvalidInput("a bundle needs a selection: --cluster ID, --query Q or --docs IDS");
}

int RunBundleExport(const ExportOptions& o) {
  Result<std::unique_ptr<store::Case>> c = store::Case::Open(o.dir);
  if (!c.ok()) return ReportError(c.status());
  Result<std::pair<std::vector<int64_t>, std::string>> selection =
      BundleSelection((*c)->store(), o);
  if (!selection.ok()) return ReportError(selection.status());
  Result<std::string> passphrase = Passphrase();
  if (!passphrase.ok()) return ReportError(passphrase.status());
  Result<custody::KeyPair> keys = custody::LoadKeyPair(o.dir, *passphrase);
  if (!keys.ok()) return ReportError(keys.status());
  custody::BundleOptions options;
  options.documents = selection->first;
  options.selection = selection->second;
  options.output = o.output;
  options.actor = Actor();
  options.tool_version = ARIADNE_VERSION;
  options.authorisation = o.authorisation;
  options.pseudonymise = o.pseudonymise;
  options.keep = o.keep;
  Result<custody::BundleSummary> r = custody::WriteBundle(**c, *keys, options);
  if (!r.ok()) return ReportError(r.status());
  // The bundle's own hash goes in the next event (it cannot be inside itself).
  Status st = LogEvent(o.dir, {custody::kActionExport,
                               "file:" + std::filesystem::path(o.output).filename().string(),
                               {r->sha256},
                               {{"format", kBundleFormat}, {"path", o.output}}});
  if (st.ok()) st = SignLogHead(o.dir, /*required=*/true);
  if (!st.ok()) return ReportError(st);
  fmt::print(stderr,
             "export: bundle of {} documents, {} originals, {} custody events{} written to {}\n"
             "  sha256 {}\n  signed by key {}\n",
             r->documents, r->originals, r->events,
             o.pseudonymise ? fmt::format(", {} values pseudonymised", r->pseudonyms) : "",
             o.output, r->sha256, r->key_fingerprint);
  return kExitOk;
}

int RunExport(const ExportOptions& o) {
  if (o.format == kBundleFormat) return RunBundleExport(o);
  if (!o.query.empty() || o.pseudonymise || !o.keep.empty() || !o.authorisation.empty()) {
    fmt::print(stderr,
               "export: --query, --pseudonymise, --keep and --authorisation are for --format "
               "bundle\n");
    return kExitUsage;
  }
  const network::ExporterInfo* exporter = network::FindExporter(o.format);
  if (exporter == nullptr) {
    std::string known;
    for (const network::ExporterInfo* e : network::Exporters()) {
      known += (known.empty() ? "" : ", ") + std::string(e->name);
    }
    known += std::string(", ") + kBundleFormat;
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
  Status logged = LogEvent(o.dir, {custody::kActionExport,
                                   "file:" + std::filesystem::path(o.output).filename().string(),
                                   {FileSha256(o.output)},
                                   {{"format", o.format},
                                    {"path", o.output},
                                    {"cluster", o.cluster},
                                    {"documents", documents}}});
  if (logged.ok()) logged = SignLogHead(o.dir, /*required=*/false);
  if (!logged.ok()) return ReportError(logged);
  fmt::print(stderr, "export: {} nodes and {} links written to {} ({})\n", graph->node_count(),
             graph->edge_count(), o.output, exporter->description);
  return kExitOk;
}

}  // namespace

void AddExportCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "export",
      "Export the case's network (or one cluster's) for Gephi, i2, Maltego or Excel, or an "
      "evidence bundle");
  cmd->add_option("--case", o->dir, "the case folder")->required();
  std::string formats;
  for (const network::ExporterInfo* e : network::Exporters()) {
    formats += fmt::format("\n  {:<8} {}", e->name, e->description);
  }
  formats += fmt::format(
      "\n  {:<8} {}", kBundleFormat,
      "Evidence bundle (.zip): originals, documents and flags, custody excerpt with proofs, signed "
      "manifest, HTML and PDF report; check it with `ariadne verify-bundle`");
  cmd->add_option("--format", o->format, "the file format:" + formats)->required();
  cmd->add_option("-o,--output", o->output, "the file to write")->required();
  auto* cluster = cmd->add_option("--cluster", o->cluster, "only this cluster (e.g. C42)");
  auto* docs = cmd->add_option("--docs", o->docs, "only these documents (case ids, e.g. 4,8,15)")
                   ->delimiter(',')
                   ->excludes(cluster);
  cmd->add_option("--query", o->query, "bundle: the documents a search finds (search syntax)")
      ->excludes(cluster)
      ->excludes(docs);
  cmd->add_flag("--pseudonymise", o->pseudonymise,
                "bundle: replace phone numbers, e-mail addresses and handles with consistent "
                "pseudonyms (e.g. phone-7f3a…) and leave the originals out");
  cmd->add_option("--keep", o->keep,
                  "bundle with --pseudonymise: a selector value to keep in clear (repeatable), "
                  "e.g. a suspect's number");
  cmd->add_option("--authorisation", o->authorisation,
                  "bundle: the authorisation the export is made under (e.g. \"warrant 2026/123\")");
  cmd->add_flag("--include-generic", o->include_generic,
                "also include values shared by many unrelated ads");
  cmd->footer(
      "Every link keeps its evidence documents and first/last seen dates.\n\nExamples:\n"
      "  ariadne export --case mycase --format gexf -o case.gexf\n"
      "  ariadne export --case mycase --format csv --cluster C42 -o c42-links.csv\n"
      "  ariadne export --case mycase --format bundle --cluster C42 -o c42-evidence.zip\n"
      "Every export is recorded in the case's custody log.");
  cmd->callback([o, &action] { action = [o] { return RunExport(*o); }; });
}

}  // namespace ariadne::cli
