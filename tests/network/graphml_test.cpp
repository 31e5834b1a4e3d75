#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "network/export.h"
#include "network/test_graphs.h"
#include "support/temp_dir.h"

namespace ariadne::network {
namespace {

using testing::Attr;
using testing::Elements;
using testing::Text;

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// data key -> text, for one <node> or <edge>.
std::map<std::string, std::string> DataOf(xmlNode* element) {
  std::map<std::string, std::string> out;
  for (xmlNode* child = element->children; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) out[Attr(child, "key")] = Text(child);
  }
  return out;
}

TEST(GraphMl, IsWellFormedWithOneElementPerNodeAndEdge) {
  ariadne::testing::TempDir dir;
  const auto path = (dir / "g.graphml").string();
  ASSERT_TRUE(WriteGraphMl(testing::ExportSample(), path).ok());
  const auto doc = testing::ParseXmlFile(path);
  ASSERT_NE(doc, nullptr) << "not well-formed XML";
  xmlNode* root = xmlDocGetRootElement(doc.get());
  EXPECT_STREQ(reinterpret_cast<const char*>(root->name), "graphml");
  EXPECT_STREQ(reinterpret_cast<const char*>(root->ns->href),
               "http://graphml.graphdrawing.org/xmlns");
  EXPECT_EQ(Elements(doc, "node").size(), 3u);
  EXPECT_EQ(Elements(doc, "edge").size(), 2u);
  const auto graphs = Elements(doc, "graph");
  ASSERT_EQ(graphs.size(), 1u);
  EXPECT_EQ(Attr(graphs[0], "edgedefault"), "undirected");
}

TEST(GraphMl, DeclaresKeysForEveryFieldAndNodeAttribute) {
  ariadne::testing::TempDir dir;
  const auto path = (dir / "g.graphml").string();
  ASSERT_TRUE(WriteGraphMl(testing::ExportSample(), path).ok());
  const auto doc = testing::ParseXmlFile(path);
  ASSERT_NE(doc, nullptr);
  std::multimap<std::string, std::string> keys;  // for -> attr.name
  for (xmlNode* key : Elements(doc, "key")) keys.emplace(Attr(key, "for"), Attr(key, "attr.name"));
  std::set<std::string> node_keys, edge_keys;
  for (const auto& [for_what, name] : keys)
    (for_what == "node" ? node_keys : edge_keys).insert(name);
  EXPECT_EQ(node_keys,
            (std::set<std::string>{"key", "kind", "label", "site", "posted_at", "attr_label"}));
  EXPECT_EQ(edge_keys, (std::set<std::string>{"kind", "label", "weight", "first_seen", "last_seen",
                                              "evidence_documents"}));
}

TEST(GraphMl, HostileTextIsEscapedAndRoundTripsWithoutInvalidCharacters) {
  ariadne::testing::TempDir dir;
  const auto path = (dir / "g.graphml").string();
  ASSERT_TRUE(WriteGraphMl(testing::ExportSample(), path).ok());
  const std::string raw = ReadAll(path);
  EXPECT_EQ(raw.find('\x01'), std::string::npos);
  EXPECT_EQ(raw.find("<script>"), std::string::npos);
  EXPECT_NE(raw.find("&lt;script&gt;&quot;&amp;"), std::string::npos);

  const auto doc = testing::ParseXmlFile(path);
  ASSERT_NE(doc, nullptr);
  const auto nodes = Elements(doc, "node");
  ASSERT_EQ(nodes.size(), 3u);
  EXPECT_EQ(Attr(nodes[0], "id"), "n0");
  auto data = DataOf(nodes[0]);
  EXPECT_EQ(data["label"], testing::kHostileLabelCleaned);
  EXPECT_EQ(data["key"], "doc:1");
  EXPECT_EQ(data["kind"], "document");
  EXPECT_EQ(DataOf(nodes[2])["label"], "tab\there\nnew line");
}

TEST(GraphMl, EdgesCarryEndpointsWeightDatesAndEvidence) {
  ariadne::testing::TempDir dir;
  const auto path = (dir / "g.graphml").string();
  ASSERT_TRUE(WriteGraphMl(testing::ExportSample(), path).ok());
  const auto doc = testing::ParseXmlFile(path);
  ASSERT_NE(doc, nullptr);
  const auto edges = Elements(doc, "edge");
  ASSERT_EQ(edges.size(), 2u);
  EXPECT_EQ(Attr(edges[0], "source"), "n0");
  EXPECT_EQ(Attr(edges[0], "target"), "n1");
  auto data = DataOf(edges[0]);
  EXPECT_EQ(data["weight"], "2.5");
  EXPECT_EQ(data["ekind"], "has_phone");
  EXPECT_EQ(data["elabel"], "=HYPERLINK(\"http://x\")");
  EXPECT_EQ(data["first_seen"], "2024-05-01");
  EXPECT_EQ(data["last_seen"], "2024-06-01");
  EXPECT_EQ(data["evidence"], "1;42");
  EXPECT_EQ(Attr(edges[1], "source"), "n2");
}

TEST(GraphMl, InvalidUtf8BecomesReplacementCharacter) {
  Graph g;
  g.AddNode({"doc:\xFF", "document", "bad \xC3 byte", {}});
  ariadne::testing::TempDir dir;
  const auto path = (dir / "g.graphml").string();
  ASSERT_TRUE(WriteGraphMl(g, path).ok());
  const auto doc = testing::ParseXmlFile(path);
  ASSERT_NE(doc, nullptr);
  auto data = DataOf(Elements(doc, "node").at(0));
  EXPECT_EQ(data["label"], "bad \xEF\xBF\xBD byte");
  EXPECT_EQ(data["key"], "doc:\xEF\xBF\xBD");
}

TEST(GraphMl, LargeGraphIsCompleteAcrossBufferFlushes) {
  Graph g;
  const int n = 10000;  // about 2.5 MB: several 1 MB flushes
  for (int i = 0; i < n; ++i) {
    g.AddNode({"doc:" + std::to_string(i), "document", std::string(100, 'x'), {{"site", "s"}}});
  }
  for (int i = 0; i < n; ++i) testing::Link(g, i, (i + 1) % n);
  ariadne::testing::TempDir dir;
  const auto path = (dir / "big.graphml").string();
  ASSERT_TRUE(WriteGraphMl(g, path).ok());
  const auto doc = testing::ParseXmlFile(path);
  ASSERT_NE(doc, nullptr);
  EXPECT_EQ(Elements(doc, "node").size(), static_cast<size_t>(n));
  EXPECT_EQ(Elements(doc, "edge").size(), static_cast<size_t>(n));
}

}  // namespace
}  // namespace ariadne::network
