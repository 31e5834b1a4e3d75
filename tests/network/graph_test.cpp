#include "network/graph.h"

#include <gtest/gtest.h>

namespace ariadne::network {
namespace {

TEST(Graph, AddNodeNumbersNodesInInsertionOrder) {
  Graph g;
  EXPECT_EQ(g.AddNode({"doc:1", "document", "ad 1", {}}), 0);
  EXPECT_EQ(g.AddNode({"phone:+447700900123", "phone", "+447700900123", {}}), 1);
  EXPECT_EQ(g.node_count(), 2u);
}

TEST(Graph, AddNodeWithExistingKeyReturnsExistingIndexAndKeepsFirstNode) {
  Graph g;
  g.AddNode({"doc:1", "document", "first", {}});
  g.AddNode({"doc:2", "document", "second", {}});
  EXPECT_EQ(g.AddNode({"doc:1", "document", "replacement", {}}), 0);
  EXPECT_EQ(g.node_count(), 2u);
  EXPECT_EQ(g.nodes()[0].label, "first");
}

TEST(Graph, FindReturnsIndexOrNullopt) {
  Graph g;
  g.AddNode({"doc:1", "document", "", {}});
  g.AddNode({"email:a@b.example", "email", "", {}});
  EXPECT_EQ(g.Find("email:a@b.example"), 1);
  EXPECT_EQ(g.Find("doc:1"), 0);
  EXPECT_EQ(g.Find("doc:3"), std::nullopt);
}

TEST(Graph, AddEdgeRejectsEndpointsThatAreNotNodes) {
  Graph g;
  g.AddNode({"a", "document", "", {}});
  g.AddNode({"b", "document", "", {}});
  Edge good;
  good.from = 0;
  good.to = 1;
  EXPECT_EQ(g.AddEdge(good), 0);
  Edge bad = good;
  bad.to = 2;
  EXPECT_EQ(g.AddEdge(bad), -1);
  bad.to = -1;
  EXPECT_EQ(g.AddEdge(bad), -1);
  EXPECT_EQ(g.edge_count(), 1u);
}

TEST(Graph, ParallelEdgesAndSelfLoopsAreStoredAsGiven) {
  Graph g;
  g.AddNode({"a", "document", "", {}});
  g.AddNode({"b", "document", "", {}});
  Edge e;
  e.from = 0;
  e.to = 1;
  e.kind = "has_phone";
  g.AddEdge(e);
  e.kind = "same_photo";
  g.AddEdge(e);
  e.to = 0;
  g.AddEdge(e);
  ASSERT_EQ(g.edge_count(), 3u);
  EXPECT_EQ(g.edges()[1].kind, "same_photo");
}

}  // namespace
}  // namespace ariadne::network
