// Exports of a Graph (graph.h) for the tools analysts already use: Gephi (GraphML, GEXF), i2
// Analyst's Notebook and Maltego (a CSV link table), Excel (XLSX). Formats and the columns each
// tool expects: ../shared/knowledge/linking.md §3.4.
//
// Every exporter is one file behind ExportFn, listed in one table (export_registry.cpp, STYLE.md
// rule 1). Every exporter:
//   - writes `path` atomically: into "<path>.tmp" first, renamed over `path` only on success, so a
//     failed or killed export never leaves a half-written file (the temporary file is removed on
//     failure);
//   - treats all text as hostile: invalid UTF-8 becomes U+FFFD, characters XML 1.0 forbids (C0
//     controls other than tab, LF, CR; U+FFFE, U+FFFF) are removed, XML is escaped, CSV is
//     quoted (RFC 4180) and guarded against formula injection;
//   - is deterministic: the same graph gives the same bytes (no timestamps);
//   - returns IoError naming the path and the system's reason when the file cannot be written,
//     InvalidInput when the graph does not fit the format (XLSX row limit).
// A node without a label is labelled with its key. Nodes are written in index order, edges in index
// order. Exporters only read the graph and may run concurrently on different paths.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/status.h"
#include "network/graph.h"

namespace ariadne::network {

// One row of the XLSX 'clusters' sheet (the cluster summary `link` produces).
struct ClusterRow {
  std::string id;
  int64_t documents = 0;
  double score = 0;
  std::string reasons;
  std::string top_values;
};

// The link-table columns, shared by the CSV export and the XLSX 'links' sheet: one row per edge.
// ent1 is the edge's `from` node, ent2 its `to` node; *_id is the node key; evidence_doc_ids are
// the edge's evidence document ids joined by ';'.
inline constexpr const char* kLinkTableColumns[] = {
    "ent1_type",  "ent1_id",   "ent1_label",       "link_type", "link_label", "weight",
    "first_seen", "last_seen", "evidence_doc_ids", "ent2_type", "ent2_id",    "ent2_label"};

// Writes `graph` (and, for formats with a summary, `clusters`) to `path`.
using ExportFn = Status (*)(const Graph& graph, std::span<const ClusterRow> clusters,
                            const std::string& path);

// Self-description (STYLE.md rule 2).
struct ExporterInfo {
  const char* name;         // the --format value: "graphml", "gexf", "csv", "xlsx"
  const char* description;  // one line for --help and docs
  int revision;             // bumped whenever the output for some graph changes
  const char* extension;    // conventional file extension, without the dot
  const char* source;       // the format specification followed
  ExportFn write;
};

// Every exporter, in --help order (export_registry.cpp).
std::span<const ExporterInfo* const> Exporters();
// The exporter called `name`, or nullptr.
const ExporterInfo* FindExporter(std::string_view name);

// GraphML (graphml.graphdrawing.org), undirected, as Gephi reads it. Node ids are "n<index>";
// keys: node key, kind, label and one string key per node attribute name; edge kind, label,
// weight (double), first_seen, last_seen, evidence_documents.
Status WriteGraphMl(const Graph& graph, const std::string& path);
// GEXF 1.3 (gexf.net), static, undirected; the same fields as GraphML, as declared attributes.
Status WriteGexf(const Graph& graph, const std::string& path);
// The link table as CSV (RFC 4180, CRLF, UTF-8 without BOM), header row first. Text cells that
// start with = + - @ tab or CR get a leading ' (OWASP "CSV injection").
Status WriteLinkTableCsv(const Graph& graph, const std::string& path);
// XLSX with sheets 'clusters' (from `clusters`), 'links' (the link table) and 'nodes' (key,
// kind, label, degree, then one column per node attribute name). Cells are typed strings or
// numbers, never formulas. Cells are cut to Excel's 32,767 characters; a sheet over Excel's
// 1,048,576 rows is InvalidInput (use the CSV).
Status WriteXlsx(const Graph& graph, std::span<const ClusterRow> clusters, const std::string& path);

}  // namespace ariadne::network
