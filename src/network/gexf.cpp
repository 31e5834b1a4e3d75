// GEXF 1.3 (gexf.net/schema.html, "GEXF 1.3 primer"): Gephi's native format. Static, undirected
// graph; node and edge fields declared in <attributes> and given per element in <attvalues>.
// The node label and the edge label and weight use GEXF's own XML attributes; the edge kind is
// also written as GEXF's edge `kind` so Gephi keeps parallel links of different kinds apart.
#include <fmt/format.h>

#include "network/export.h"
#include "network/export_util.h"

namespace ariadne::network {

namespace {

constexpr size_t kFlushBytes = 1 << 20;

void Attribute(std::string& out, std::string_view id, std::string_view title,
               std::string_view type) {
  out += "      <attribute id=\"";
  out += id;
  out += "\" title=\"";
  detail::AppendXmlEscaped(out, title);
  out += "\" type=\"";
  out += type;
  out += "\"/>\n";
}

void AttValue(std::string& out, std::string_view id, std::string_view value) {
  if (value.empty()) return;
  out += "<attvalue for=\"";
  out += id;
  out += "\" value=\"";
  detail::AppendXmlEscaped(out, value);
  out += "\"/>";
}

// Node attribute ids: "key", "kind", then "a0", "a1", ... for the node attribute names.
// Edge attribute ids: "ekind", "first_seen", "last_seen", "evidence".

}  // namespace

Status WriteGexf(const Graph& graph, const std::string& path) {
  detail::OutputFile file;
  ARIADNE_RETURN_IF_ERROR(file.Open(path));
  const detail::AttributeColumns attributes =
      detail::CollectAttributeColumns(graph, {"key", "kind", "label"});

  std::string out;
  out.reserve(kFlushBytes + 4096);
  out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" "
      "version=\"1.3\">\n"
      "  <meta>\n    <creator>Ariadne</creator>\n  </meta>\n"
      "  <graph mode=\"static\" defaultedgetype=\"undirected\">\n"
      "    <attributes class=\"node\">\n";
  Attribute(out, "key", "key", "string");
  Attribute(out, "kind", "kind", "string");
  for (size_t i = 0; i < attributes.names.size(); ++i) {
    Attribute(out, fmt::format("a{}", i), attributes.names[i], "string");
  }
  out += "    </attributes>\n    <attributes class=\"edge\">\n";
  Attribute(out, "ekind", "kind", "string");
  Attribute(out, "first_seen", "first_seen", "string");
  Attribute(out, "last_seen", "last_seen", "string");
  Attribute(out, "evidence", "evidence_documents", "string");
  out += "    </attributes>\n    <nodes>\n";

  for (size_t v = 0; v < graph.node_count(); ++v) {
    const Node& node = graph.nodes()[v];
    out += fmt::format("      <node id=\"n{}\" label=\"", v);
    detail::AppendXmlEscaped(out, detail::NodeLabel(node));
    out += "\"><attvalues>";
    AttValue(out, "key", node.key);
    AttValue(out, "kind", node.kind);
    for (size_t a = 0; a < node.attributes.size(); ++a) {
      const int column = attributes.column[v][a];
      if (column >= 0) AttValue(out, fmt::format("a{}", column), node.attributes[a].second);
    }
    out += "</attvalues></node>\n";
    if (out.size() > kFlushBytes) {
      file.Write(out);
      out.clear();
    }
  }
  out += "    </nodes>\n    <edges>\n";
  for (size_t e = 0; e < graph.edge_count(); ++e) {
    const Edge& edge = graph.edges()[e];
    out += fmt::format("      <edge id=\"e{}\" source=\"n{}\" target=\"n{}\" weight=\"{}\"", e,
                       edge.from, edge.to, detail::FormatWeight(edge.weight));
    if (!edge.kind.empty()) {
      out += " kind=\"";
      detail::AppendXmlEscaped(out, edge.kind);
      out += "\"";
    }
    out += " label=\"";
    detail::AppendXmlEscaped(out, edge.label);
    out += "\"><attvalues>";
    AttValue(out, "ekind", edge.kind);
    AttValue(out, "first_seen", edge.first_seen);
    AttValue(out, "last_seen", edge.last_seen);
    AttValue(out, "evidence", detail::JoinEvidence(edge.evidence_documents));
    out += "</attvalues></edge>\n";
    if (out.size() > kFlushBytes) {
      file.Write(out);
      out.clear();
    }
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  file.Write(out);
  return file.Commit();
}

extern const ExporterInfo kGexfExporter = {
    "gexf",
    "GEXF 1.3, Gephi's native format: nodes and links with their attributes and evidence",
    1,
    "gexf",
    "GEXF 1.3, gexf.net/schema.html",
    [](const Graph& graph, std::span<const ClusterRow>, const std::string& path) {
      return WriteGexf(graph, path);
    },
};

}  // namespace ariadne::network
