// Small hand-built graphs with known answers, shared by the network tests.
#pragma once

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "network/graph.h"

namespace ariadne::network::testing {

inline int AddNamed(Graph& graph, std::string_view key, std::string_view kind = "document") {
  return graph.AddNode(Node{std::string(key), std::string(kind), std::string(key), {}});
}

inline void Link(Graph& graph, int a, int b, double weight = 1,
                 std::string_view kind = "same_text") {
  Edge edge;
  edge.from = a;
  edge.to = b;
  edge.weight = weight;
  edge.kind = std::string(kind);
  graph.AddEdge(std::move(edge));
}

// Triangles {0,1,2} and {3,4,5} joined by the bridge 2-3.
inline Graph TwoTriangles() {
  Graph g;
  for (const char* key : {"a", "b", "c", "d", "e", "f"}) AddNamed(g, key);
  Link(g, 0, 1);
  Link(g, 1, 2);
  Link(g, 0, 2);
  Link(g, 3, 4);
  Link(g, 4, 5);
  Link(g, 3, 5);
  Link(g, 2, 3);
  return g;
}

// A label with markup, a quote, an ampersand and a control character XML 1.0 forbids.
inline constexpr std::string_view kHostileLabel = "<script>\"&\x01";
inline constexpr std::string_view kHostileLabelCleaned = "<script>\"&";

// A document with one hostile label, attributes, and evidence on its edges.
inline Graph ExportSample() {
  Graph g;
  g.AddNode(Node{"doc:1",
                 "document",
                 std::string(kHostileLabel),
                 {{"site", "example.org"}, {"posted_at", "2024-05-01"}}});
  g.AddNode(Node{"phone:+447700900123", "phone", "+447700900123", {{"label", "shadowed"}}});
  g.AddNode(Node{"doc:2", "document", "tab\there\nnew line", {{"site", "other, site"}}});
  Edge e1;
  e1.from = 0;
  e1.to = 1;
  e1.kind = "has_phone";
  e1.label = "=HYPERLINK(\"http://x\")";
  e1.weight = 2.5;
  e1.first_seen = "2024-05-01";
  e1.last_seen = "2024-06-01";
  e1.evidence_documents = {1, 42};
  g.AddEdge(e1);
  Edge e2;
  e2.from = 2;
  e2.to = 1;
  e2.kind = "has_phone";
  e2.weight = 1;
  e2.evidence_documents = {2};
  g.AddEdge(e2);
  return g;
}

// libxml2 document owner; null when the file is not well-formed XML.
struct XmlDocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDoc = std::unique_ptr<xmlDoc, XmlDocDeleter>;

inline XmlDoc ParseXmlFile(const std::string& path) {
  return XmlDoc(xmlReadFile(path.c_str(), nullptr, XML_PARSE_NONET));
}
inline XmlDoc ParseXmlString(const std::string& text) {
  return XmlDoc(xmlReadMemory(text.data(), static_cast<int>(text.size()), "memory.xml", nullptr,
                              XML_PARSE_NONET));
}

// Every element named `name` (local name), in document order.
inline void CollectElements(xmlNode* node, std::string_view name, std::vector<xmlNode*>& out) {
  for (; node != nullptr; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    if (name == reinterpret_cast<const char*>(node->name)) out.push_back(node);
    CollectElements(node->children, name, out);
  }
}
inline std::vector<xmlNode*> Elements(const XmlDoc& doc, std::string_view name) {
  std::vector<xmlNode*> out;
  CollectElements(xmlDocGetRootElement(doc.get()), name, out);
  return out;
}

inline std::string Attr(xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return "<missing>";
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}
inline std::string Text(xmlNode* node) {
  xmlChar* value = xmlNodeGetContent(node);
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

}  // namespace ariadne::network::testing
