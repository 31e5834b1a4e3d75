#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <map>
#include <set>

#include "network/export.h"
#include "network/test_graphs.h"
#include "support/temp_dir.h"

namespace ariadne::network {
namespace {

using testing::Attr;
using testing::Elements;

// attvalue for -> value, for one <node> or <edge>.
std::map<std::string, std::string> AttValues(xmlNode* element) {
  std::map<std::string, std::string> out;
  std::vector<xmlNode*> values;
  testing::CollectElements(element->children, "attvalue", values);
  for (xmlNode* v : values) out[Attr(v, "for")] = Attr(v, "value");
  return out;
}

class GexfTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (dir_ / "g.gexf").string();
    const Status status = WriteGexf(testing::ExportSample(), path_);
    ASSERT_TRUE(status.ok()) << status.message();
    doc_ = testing::ParseXmlFile(path_);
    ASSERT_NE(doc_, nullptr) << "not well-formed XML";
  }
  ariadne::testing::TempDir dir_;
  std::string path_;
  testing::XmlDoc doc_;
};

TEST_F(GexfTest, IsWellFormedGexf13WithOneElementPerNodeAndEdge) {
  xmlNode* root = xmlDocGetRootElement(doc_.get());
  EXPECT_STREQ(reinterpret_cast<const char*>(root->name), "gexf");
  EXPECT_STREQ(reinterpret_cast<const char*>(root->ns->href), "http://gexf.net/1.3");
  EXPECT_EQ(Attr(root, "version"), "1.3");
  EXPECT_EQ(Elements(doc_, "node").size(), 3u);
  EXPECT_EQ(Elements(doc_, "edge").size(), 2u);
  EXPECT_EQ(Attr(Elements(doc_, "graph").at(0), "defaultedgetype"), "undirected");
}

TEST_F(GexfTest, DeclaresNodeAndEdgeAttributes) {
  std::map<std::string, std::set<std::string>> titles;  // class -> titles
  for (xmlNode* block : Elements(doc_, "attributes")) {
    std::vector<xmlNode*> attributes;
    testing::CollectElements(block->children, "attribute", attributes);
    for (xmlNode* a : attributes) titles[Attr(block, "class")].insert(Attr(a, "title"));
  }
  EXPECT_EQ(titles["node"],
            (std::set<std::string>{"key", "kind", "site", "posted_at", "attr_label"}));
  EXPECT_EQ(titles["edge"],
            (std::set<std::string>{"kind", "first_seen", "last_seen", "evidence_documents"}));
}

TEST_F(GexfTest, HostileLabelsRoundTripWithoutInvalidCharacters) {
  const auto nodes = Elements(doc_, "node");
  ASSERT_EQ(nodes.size(), 3u);
  EXPECT_EQ(Attr(nodes[0], "label"), testing::kHostileLabelCleaned);
  // Tab and newline survive attribute-value normalisation because they are written as &#9; &#10;.
  EXPECT_EQ(Attr(nodes[2], "label"), "tab\there\nnew line");
  auto values = AttValues(nodes[0]);
  EXPECT_EQ(values["key"], "doc:1");
  EXPECT_EQ(values["kind"], "document");
  EXPECT_EQ(values["a0"], "example.org");  // site: the first node attribute name
  EXPECT_EQ(AttValues(nodes[2])["a0"], "other, site");
}

TEST_F(GexfTest, EdgesCarryEndpointsWeightKindAndEvidence) {
  const auto edges = Elements(doc_, "edge");
  ASSERT_EQ(edges.size(), 2u);
  EXPECT_EQ(Attr(edges[0], "source"), "n0");
  EXPECT_EQ(Attr(edges[0], "target"), "n1");
  EXPECT_EQ(Attr(edges[0], "weight"), "2.5");
  EXPECT_EQ(Attr(edges[0], "kind"), "has_phone");
  EXPECT_EQ(Attr(edges[0], "label"), "=HYPERLINK(\"http://x\")");
  auto values = AttValues(edges[0]);
  EXPECT_EQ(values["evidence"], "1;42");
  EXPECT_EQ(values["first_seen"], "2024-05-01");
  EXPECT_EQ(AttValues(edges[1])["evidence"], "2");
}

TEST(Gexf, SameGraphGivesSameBytes) {
  ariadne::testing::TempDir dir;
  const auto a = (dir / "a.gexf").string();
  const auto b = (dir / "b.gexf").string();
  ASSERT_TRUE(WriteGexf(testing::ExportSample(), a).ok());
  ASSERT_TRUE(WriteGexf(testing::ExportSample(), b).ok());
  const auto read = [](const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  EXPECT_EQ(read(a), read(b));
}

}  // namespace
}  // namespace ariadne::network
