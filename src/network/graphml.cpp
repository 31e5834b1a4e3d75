// GraphML for Gephi. Follows the GraphML primer
// (graphml.graphdrawing.org/primer/graphml-primer.html): <key> declarations for every data field,
// then one undirected <graph>. Gephi maps the key named "label" to node labels and "weight" to edge
// weights. Written by hand rather than through igraph_write_graph_graphml so that the escaping
// rules (export_util.h) and the provenance fields (first_seen, last_seen, evidence documents) are
// ours.
#include <fmt/format.h>

#include "network/export.h"
#include "network/export_util.h"

namespace ariadne::network {

namespace {

constexpr size_t kFlushBytes = 1 << 20;

void Data(std::string& out, std::string_view key, std::string_view value) {
  if (value.empty()) return;
  out += "<data key=\"";
  out += key;
  out += "\">";
  detail::AppendXmlEscaped(out, value);
  out += "</data>";
}

void Key(std::string& out, std::string_view id, std::string_view for_what, std::string_view name,
         std::string_view type) {
  out += "  <key id=\"";
  out += id;
  out += "\" for=\"";
  out += for_what;
  out += "\" attr.name=\"";
  detail::AppendXmlEscaped(out, name);
  out += "\" attr.type=\"";
  out += type;
  out += "\"/>\n";
}

}  // namespace

Status WriteGraphMl(const Graph& graph, const std::string& path) {
  detail::OutputFile file;
  ARIADNE_RETURN_IF_ERROR(file.Open(path));
  const detail::AttributeColumns attributes =
      detail::CollectAttributeColumns(graph, {"key", "kind", "label"});

  std::string out;
  out.reserve(kFlushBytes + 4096);
  out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  Key(out, "key", "node", "key", "string");
  Key(out, "kind", "node", "kind", "string");
  Key(out, "label", "node", "label", "string");
  for (size_t i = 0; i < attributes.names.size(); ++i) {
    Key(out, fmt::format("a{}", i), "node", attributes.names[i], "string");
  }
  Key(out, "ekind", "edge", "kind", "string");
  Key(out, "elabel", "edge", "label", "string");
  Key(out, "weight", "edge", "weight", "double");
  Key(out, "first_seen", "edge", "first_seen", "string");
  Key(out, "last_seen", "edge", "last_seen", "string");
  Key(out, "evidence", "edge", "evidence_documents", "string");
  out += "  <graph id=\"G\" edgedefault=\"undirected\">\n";

  for (size_t v = 0; v < graph.node_count(); ++v) {
    const Node& node = graph.nodes()[v];
    out += fmt::format("    <node id=\"n{}\">", v);
    Data(out, "key", node.key);
    Data(out, "kind", node.kind);
    Data(out, "label", detail::NodeLabel(node));
    for (size_t a = 0; a < node.attributes.size(); ++a) {
      const int column = attributes.column[v][a];
      if (column >= 0) Data(out, fmt::format("a{}", column), node.attributes[a].second);
    }
    out += "</node>\n";
    if (out.size() > kFlushBytes) {
      file.Write(out);
      out.clear();
    }
  }
  for (size_t e = 0; e < graph.edge_count(); ++e) {
    const Edge& edge = graph.edges()[e];
    out +=
        fmt::format("    <edge id=\"e{}\" source=\"n{}\" target=\"n{}\">", e, edge.from, edge.to);
    Data(out, "ekind", edge.kind);
    Data(out, "elabel", edge.label);
    Data(out, "weight", detail::FormatWeight(edge.weight));
    Data(out, "first_seen", edge.first_seen);
    Data(out, "last_seen", edge.last_seen);
    Data(out, "evidence", detail::JoinEvidence(edge.evidence_documents));
    out += "</edge>\n";
    if (out.size() > kFlushBytes) {
      file.Write(out);
      out.clear();
    }
  }
  out += "  </graph>\n</graphml>\n";
  file.Write(out);
  return file.Commit();
}

extern const ExporterInfo kGraphMlExporter = {
    "graphml",
    "GraphML for Gephi and yEd: nodes and links with kind, label, weight, dates and evidence",
    1,
    "graphml",
    "GraphML 1.0, graphml.graphdrawing.org",
    [](const Graph& graph, std::span<const ClusterRow>, const std::string& path) {
      return WriteGraphMl(graph, path);
    },
};

}  // namespace ariadne::network
