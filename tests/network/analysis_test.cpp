#include "network/analysis.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <thread>

#include "network/test_graphs.h"

namespace ariadne::network {
namespace {

using testing::AddNamed;
using testing::Link;
using testing::TwoTriangles;

// `cliques` cliques of `size` nodes, clique i joined to clique i+1 (in a ring) by one edge.
Graph RingOfCliques(int cliques, int size) {
  Graph g;
  for (int i = 0; i < cliques * size; ++i) AddNamed(g, "n" + std::to_string(i));
  for (int c = 0; c < cliques; ++c) {
    for (int i = 0; i < size; ++i) {
      for (int j = i + 1; j < size; ++j) Link(g, c * size + i, c * size + j);
    }
    Link(g, c * size, ((c + 1) % cliques) * size + 1);
  }
  return g;
}

TEST(Components, TwoTrianglesJoinedByABridgeAreOneComponent) {
  const auto components = ConnectedComponents(TwoTriangles());
  ASSERT_TRUE(components.ok()) << components.status().message();
  EXPECT_EQ(components->membership, std::vector<int>(6, 0));
  EXPECT_EQ(components->sizes, std::vector<int>{6});
}

TEST(Components, NumberedByLowestNodeWithSizes) {
  Graph g;
  for (const char* key : {"a", "b", "c", "d", "e"}) AddNamed(g, key);
  Link(g, 1, 3);
  Link(g, 3, 4);
  const auto components = ConnectedComponents(g);
  ASSERT_TRUE(components.ok());
  EXPECT_EQ(components->membership, (std::vector<int>{0, 1, 2, 1, 1}));
  EXPECT_EQ(components->sizes, (std::vector<int>{1, 3, 1}));
}

TEST(Components, EmptyGraphHasNone) {
  const auto components = ConnectedComponents(Graph{});
  ASSERT_TRUE(components.ok());
  EXPECT_TRUE(components->membership.empty());
  EXPECT_TRUE(components->sizes.empty());
}

TEST(Leiden, CpmAtResolutionHalfSplitsTheTwoTriangles) {
  LeidenOptions options;
  options.resolution = 0.5;  // splits for 1/9 < γ < 1 (see LeidenOptions)
  const auto communities = LeidenCpm(TwoTriangles(), options);
  ASSERT_TRUE(communities.ok()) << communities.status().message();
  EXPECT_EQ(communities->membership, (std::vector<int>{0, 0, 0, 1, 1, 1}));
  EXPECT_EQ(communities->sizes, (std::vector<int>{3, 3}));
  EXPECT_TRUE(communities->converged);
  EXPECT_GE(communities->iterations, 2);  // the last pass confirmed nothing changes
}

TEST(Leiden, CpmAtLowResolutionKeepsTheTrianglesTogether) {
  LeidenOptions options;
  options.resolution = 0.05;
  const auto communities = LeidenCpm(TwoTriangles(), options);
  ASSERT_TRUE(communities.ok());
  EXPECT_EQ(communities->membership, std::vector<int>(6, 0));
}

TEST(Leiden, CpmFollowsEdgeWeights) {
  // A square whose heavy sides decide the pairs.
  Graph g;
  for (const char* key : {"a", "b", "c", "d"}) AddNamed(g, key);
  Link(g, 0, 1, 5);
  Link(g, 1, 2, 0.1);
  Link(g, 2, 3, 5);
  Link(g, 3, 0, 0.1);
  LeidenOptions options;
  options.resolution = 1;
  auto communities = LeidenCpm(g, options);
  ASSERT_TRUE(communities.ok());
  EXPECT_EQ(communities->membership, (std::vector<int>{0, 0, 1, 1}));

  Graph swapped;
  for (const char* key : {"a", "b", "c", "d"}) AddNamed(swapped, key);
  Link(swapped, 0, 1, 0.1);
  Link(swapped, 1, 2, 5);
  Link(swapped, 2, 3, 0.1);
  Link(swapped, 3, 0, 5);
  communities = LeidenCpm(swapped, options);
  ASSERT_TRUE(communities.ok());
  EXPECT_EQ(communities->membership, (std::vector<int>{0, 1, 1, 0}));
}

TEST(Leiden, ParallelEdgesAddTheirWeights) {
  // a-b twice at 0.4 (0.8 merged) against b-c once at 0.6: with γ = 0.35 the merged pair wins.
  Graph g;
  for (const char* key : {"a", "b", "c"}) AddNamed(g, key);
  Link(g, 0, 1, 0.4, "has_phone");
  Link(g, 0, 1, 0.4, "same_photo");
  Link(g, 1, 2, 0.6);
  LeidenOptions options;
  options.resolution = 0.35;
  const auto communities = LeidenCpm(g, options);
  ASSERT_TRUE(communities.ok());
  EXPECT_EQ(communities->membership, (std::vector<int>{0, 0, 1}));
}

TEST(Leiden, FindsEachCliqueInARingOfCliques) {
  const Graph g = RingOfCliques(10, 5);
  LeidenOptions options;
  options.resolution = 0.5;
  const auto communities = LeidenCpm(g, options);
  ASSERT_TRUE(communities.ok());
  ASSERT_EQ(communities->sizes, std::vector<int>(10, 5));
  for (int v = 0; v < 50; ++v) EXPECT_EQ(communities->membership[v], v / 5) << v;
}

TEST(Leiden, SameSeedGivesSameResult) {
  const Graph g = RingOfCliques(30, 4);
  LeidenOptions options;
  options.resolution = 0.05;
  const auto first = LeidenCpm(g, options);
  const auto second = LeidenCpm(g, options);
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(first->membership, second->membership);
  EXPECT_EQ(first->quality, second->quality);
}

TEST(Leiden, SubsetLeavesOtherNodesOut) {
  LeidenOptions options;
  options.resolution = 0.5;
  const std::vector<int> subset = {2, 1, 0, 3, 1};  // unsorted, with a duplicate
  const auto communities = LeidenCpm(TwoTriangles(), options, subset);
  ASSERT_TRUE(communities.ok()) << communities.status().message();
  // In the induced subgraph (triangle + pendant 3) the triangle holds; 3 alone or with it.
  EXPECT_EQ(communities->membership[0], 0);
  EXPECT_EQ(communities->membership[1], 0);
  EXPECT_EQ(communities->membership[2], 0);
  EXPECT_GE(communities->membership[3], 0);
  EXPECT_EQ(communities->membership[4], -1);
  EXPECT_EQ(communities->membership[5], -1);
}

TEST(Leiden, OutOfRangeSubsetIsInvalidInput) {
  const std::vector<int> subset = {0, 6};
  const auto communities = LeidenCpm(TwoTriangles(), LeidenOptions{}, subset);
  ASSERT_FALSE(communities.ok());
  EXPECT_EQ(communities.status().kind(), ErrorKind::kInvalidInput);
  EXPECT_NE(communities.status().message().find("6"), std::string::npos);
}

TEST(Leiden, MaxIterationsBoundsThePasses) {
  LeidenOptions options;
  options.resolution = 0.5;
  options.max_iterations = 1;
  const auto communities = LeidenCpm(RingOfCliques(10, 5), options);
  ASSERT_TRUE(communities.ok());
  EXPECT_EQ(communities->iterations, 1);
  EXPECT_FALSE(communities->converged);
}

TEST(Coreness, TwoTrianglesAreATwoCore) {
  Graph g = TwoTriangles();
  const int pendant = AddNamed(g, "pendant");
  Link(g, 0, pendant);
  Link(g, 0, pendant);  // a parallel edge does not raise the core
  const auto coreness = Coreness(g);
  ASSERT_TRUE(coreness.ok());
  EXPECT_EQ(*coreness, (std::vector<int>{2, 2, 2, 2, 2, 2, 1}));
}

TEST(DegreeAndStrength, CountDistinctNeighboursAndSumWeights) {
  Graph g;
  for (const char* key : {"a", "b", "c"}) AddNamed(g, key);
  Link(g, 0, 1, 2, "has_phone");
  Link(g, 0, 1, 0.5, "same_photo");
  Link(g, 1, 2, 1);
  Link(g, 2, 2, 7);   // self-loop: ignored
  Link(g, 0, 2, -3);  // not a usable weight: connects, adds nothing
  EXPECT_EQ(Degree(g), (std::vector<int>{2, 2, 2}));
  EXPECT_EQ(Strength(g), (std::vector<double>{2.5, 3.5, 1}));
}

TEST(Betweenness, BridgeEndpointsRankHighestExactly) {
  const auto result = BetweennessOn(TwoTriangles(), {});
  ASSERT_TRUE(result.ok()) << result.status().message();
  EXPECT_FALSE(result->approximate);
  EXPECT_EQ(result->nodes, (std::vector<int>{0, 1, 2, 3, 4, 5}));
  // Node 2 lies on every shortest path between {0,1} and {3,4,5}: 2 × 3 = 6 pairs; same for 3.
  EXPECT_EQ(result->values, (std::vector<double>{0, 0, 6, 6, 0, 0}));
}

TEST(Betweenness, SubsetUsesTheInducedSubgraph) {
  const std::vector<int> subset = {0, 1, 2, 3};
  const auto result = BetweennessOn(TwoTriangles(), subset);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->nodes, subset);
  EXPECT_EQ(result->values, (std::vector<double>{0, 0, 2, 0}));  // 0-3 and 1-3 through 2
}

TEST(Betweenness, WeightedUsesInverseWeightsAsLengths) {
  // Square a-b-c-d: a strong detour a-b-c beats the weak direct a-d-c... both are two hops, so
  // unweighted splits a-c between b and d; weighted sends it all through b.
  Graph g;
  for (const char* key : {"a", "b", "c", "d"}) AddNamed(g, key);
  Link(g, 0, 1, 10);
  Link(g, 1, 2, 10);
  Link(g, 2, 3, 1);
  Link(g, 3, 0, 1);
  auto plain = BetweennessOn(g, {});
  ASSERT_TRUE(plain.ok());
  EXPECT_DOUBLE_EQ(plain->values[1], plain->values[3]);
  BetweennessOptions options;
  options.weighted = true;
  auto weighted = BetweennessOn(g, {}, options);
  ASSERT_TRUE(weighted.ok());
  EXPECT_GT(weighted->values[1], weighted->values[3]);
  EXPECT_NE(weighted->method.find("1/weight"), std::string::npos);
}

TEST(Betweenness, AboveTheExactLimitIsSampledScaledAndSaysSo) {
  // A star: the centre lies on all C(100, 2) = 4950 leaf pairs.
  Graph g;
  const int centre = AddNamed(g, "centre");
  for (int i = 0; i < 100; ++i) Link(g, centre, AddNamed(g, "leaf" + std::to_string(i)));
  BetweennessOptions options;
  options.exact_limit = 50;
  options.samples = 40;
  const auto result = BetweennessOn(g, {}, options);
  ASSERT_TRUE(result.ok()) << result.status().message();
  EXPECT_TRUE(result->approximate);
  EXPECT_EQ(result->sources, 40);
  EXPECT_NE(result->method.find("approximate"), std::string::npos);
  // Each sampled leaf contributes its 99 pairs once; scaled by 101/40 the estimate is within
  // 3 % of the exact value whether or not the centre was drawn.
  EXPECT_NEAR(result->values[centre], 4950, 0.03 * 4950);
  for (int leaf = 1; leaf <= 100; ++leaf) EXPECT_EQ(result->values[leaf], 0);
}

TEST(Betweenness, SamplingAllNodesIsExact) {
  BetweennessOptions options;
  options.exact_limit = 0;
  options.samples = 6;
  const auto result = BetweennessOn(TwoTriangles(), {}, options);
  ASSERT_TRUE(result.ok());
  EXPECT_FALSE(result->approximate);
  EXPECT_EQ(result->values, (std::vector<double>{0, 0, 6, 6, 0, 0}));
}

TEST(EgoNetwork, OneAndTwoHopsContainExactlyTheExpectedNodes) {
  const Graph g = TwoTriangles();
  const std::vector<int> seed = {0};
  auto one = EgoNetwork(g, seed, 1);
  ASSERT_TRUE(one.ok()) << one.status().message();
  EXPECT_EQ(one->original, (std::vector<int>{0, 1, 2}));
  EXPECT_EQ(one->hops, (std::vector<int>{0, 1, 1}));
  EXPECT_EQ(one->graph.edge_count(), 3u);
  EXPECT_FALSE(one->truncated);

  auto two = EgoNetwork(g, seed, 2);
  ASSERT_TRUE(two.ok());
  EXPECT_EQ(two->original, (std::vector<int>{0, 1, 2, 3}));
  EXPECT_EQ(two->hops, (std::vector<int>{0, 1, 1, 2}));
  EXPECT_EQ(two->graph.edge_count(), 4u);  // the triangle and the bridge
  EXPECT_EQ(two->graph.nodes()[3].key, "d");
  EXPECT_EQ(two->graph.Find("d"), 3);
  EXPECT_EQ(two->hops_reached, 2);
}

TEST(EgoNetwork, BipartiteTwoHopsReachDocumentsSharingASelector) {
  Graph g;
  const int doc1 = AddNamed(g, "doc:1");
  const int doc2 = AddNamed(g, "doc:2");
  const int doc3 = AddNamed(g, "doc:3");
  const int phone_a = AddNamed(g, "phone:a", "phone");
  const int phone_b = AddNamed(g, "phone:b", "phone");
  Link(g, doc1, phone_a, 1, "has_phone");
  Link(g, doc2, phone_a, 1, "has_phone");
  Link(g, doc2, phone_b, 1, "has_phone");
  Link(g, doc3, phone_b, 1, "has_phone");
  const std::vector<int> seed = {doc1};
  const auto ego = EgoNetwork(g, seed, 2);
  ASSERT_TRUE(ego.ok());
  EXPECT_EQ(ego->original, (std::vector<int>{doc1, doc2, phone_a}));
  ASSERT_EQ(ego->graph.edge_count(), 2u);
  EXPECT_EQ(ego->graph.edges()[0].kind, "has_phone");
}

TEST(EgoNetwork, MaxNodesStopsBeforeTheRingThatWouldExceedIt) {
  const std::vector<int> seed = {0};
  const auto ego = EgoNetwork(TwoTriangles(), seed, 3, /*max_nodes=*/4);
  ASSERT_TRUE(ego.ok());
  EXPECT_TRUE(ego->truncated);
  EXPECT_EQ(ego->hops_reached, 2);
  EXPECT_EQ(ego->original, (std::vector<int>{0, 1, 2, 3}));
}

TEST(EgoNetwork, ZeroHopsIsTheSeedsAndTheirMutualEdges) {
  const std::vector<int> seeds = {3, 2, 3};
  const auto ego = EgoNetwork(TwoTriangles(), seeds, 0);
  ASSERT_TRUE(ego.ok());
  EXPECT_EQ(ego->original, (std::vector<int>{2, 3}));
  EXPECT_EQ(ego->graph.edge_count(), 1u);
}

TEST(EgoNetwork, BadSeedOrHopsIsInvalidInput) {
  const std::vector<int> bad_seed = {9};
  EXPECT_EQ(EgoNetwork(TwoTriangles(), bad_seed, 1).status().kind(), ErrorKind::kInvalidInput);
  const std::vector<int> seed = {0};
  EXPECT_EQ(EgoNetwork(TwoTriangles(), seed, -1).status().kind(), ErrorKind::kInvalidInput);
}

TEST(IgraphLock, AnalysesFromManyThreadsGiveTheSameAnswers) {
  const Graph g = RingOfCliques(20, 5);
  LeidenOptions options;
  options.resolution = 0.5;
  const auto expected = LeidenCpm(g, options);
  ASSERT_TRUE(expected.ok());
  std::vector<std::thread> threads;
  std::vector<int> same(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 10; ++round) {
        const auto communities = LeidenCpm(g, options);
        const auto cores = Coreness(g);
        const auto components = ConnectedComponents(g);
        if (communities.ok() && communities->membership == expected->membership && cores.ok() &&
            components.ok() && components->sizes.size() == 1) {
          ++same[t];
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(same, std::vector<int>(4, 10));
}

}  // namespace
}  // namespace ariadne::network

namespace ariadne::network {
namespace {

TEST(LayoutTest, PlacesEveryNodeInTheUnitSquareTheSameWayEachTime) {
  const Graph g = testing::TwoTriangles();
  auto a = Layout(g);
  auto b = Layout(g);
  ASSERT_TRUE(a.ok()) << a.status().message();
  ASSERT_EQ(a->size(), g.node_count());
  for (size_t i = 0; i < a->size(); ++i) {
    EXPECT_GE((*a)[i].x, 0);
    EXPECT_LE((*a)[i].x, 1);
    EXPECT_GE((*a)[i].y, 0);
    EXPECT_LE((*a)[i].y, 1);
    EXPECT_EQ((*a)[i].x, (*b)[i].x);
    EXPECT_EQ((*a)[i].y, (*b)[i].y);
  }
  EXPECT_TRUE(Layout(Graph{})->empty());
}

}  // namespace
}  // namespace ariadne::network
