// Network analyses over a Graph (graph.h): connected components, Leiden communities (CPM),
// coreness, degree and strength, betweenness on a node subset, ego networks.
//
// How the graph is read: undirected; parallel edges between the same two nodes are merged into
// one whose weight is the sum of their weights; self-loops are ignored; an edge whose weight is
// not a finite number > 0 still connects its nodes (components, coreness, degree, ego networks)
// but adds no weight (Leiden, strength, weighted betweenness).
//
// Threads: Debian's igraph is built with IGRAPH_THREAD_SAFE 0 (its error stack, RNG and
// handlers are process globals), so EVERY igraph call in this module runs while holding
// IgraphMutex(). All functions here may be called from any thread; igraph work is serialised
// (two analyses started together run one after the other). Code elsewhere that calls igraph
// directly must hold IgraphMutex() too. Degree, Strength and EgoNetwork do not use igraph.
//
// Determinism: the same graph and options give the same result. Leiden seeds igraph's RNG with
// options.seed before each run; betweenness sampling uses its own seeded generator. Community
// ids are numbered 0, 1, 2, ... in order of their lowest node index.
//
// Errors: a node index out of range is InvalidInput; an igraph failure (out of memory) is
// Internal with igraph's message. The caller owns every returned value.
#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <span>
#include <string>
#include <vector>

#include "core/status.h"
#include "network/graph.h"

namespace ariadne::network {

// The one lock around igraph for the whole process.
std::mutex& IgraphMutex();

struct Components {
  std::vector<int> membership;  // per node: component id; ids numbered by lowest node index
  std::vector<int> sizes;       // per component id: number of nodes
};
// Weakly connected components (igraph_connected_components). An empty graph has none.
Result<Components> ConnectedComponents(const Graph& graph);

struct LeidenOptions {
  // CPM resolution γ: a community must have internal edge density above γ (in edge weight per
  // node pair) to hold together. Two triangles joined by one edge of weight 1 split for
  // 1/9 < γ < 1. Traag, Waltman & van Eck, "From Louvain to Leiden", Sci. Rep. 9:5233 (2019).
  double resolution = 0.05;
  double beta = 0.01;  // randomness of the refinement step (igraph's default)
  // Leiden passes run until one leaves the partition unchanged or improves the quality by less
  // than min_gain (igraph's CPM quality is divided by twice the total weight, so the gain is
  // scale-free), at most max_iterations. Each pass costs about as much as the first.
  int max_iterations = 10;
  double min_gain = 1e-5;
  uint64_t seed = 20240501;  // igraph RNG seed
};
struct Communities {
  // Per node of the graph: community id, or -1 for nodes outside the subset analysed.
  std::vector<int> membership;
  std::vector<int> sizes;  // per community id
  double quality = 0;      // igraph's CPM quality of the final partition
  int iterations = 0;      // Leiden passes run
  bool converged = false;  // stopped on no change or a gain below min_gain, not on the bound
};
// Leiden with the Constant Potts Model on edge weights (igraph_community_leiden, node weights 1).
// When `subset` is not empty, runs on the subgraph induced by those nodes only (duplicates are
// ignored); other nodes get -1.
Result<Communities> LeidenCpm(const Graph& graph, const LeidenOptions& options,
                              std::span<const int> subset = {});

// Per node: its k-core number (igraph_coreness, distinct neighbours, self-loops ignored).
Result<std::vector<int>> Coreness(const Graph& graph);
// Per node: the number of distinct neighbours (self excluded).
std::vector<int> Degree(const Graph& graph);
// Per node: the sum of the weights of its edges (finite weights > 0 only, self-loops excluded).
std::vector<double> Strength(const Graph& graph);

// A drawing of the graph: one point per node, both coordinates scaled to [0, 1]. Deterministic for
// a seed. Force-directed (Fruchterman-Reingold); meant for charts of up to a few thousand nodes.
struct Point {
  double x = 0;
  double y = 0;
};
Result<std::vector<Point>> Layout(const Graph& graph, uint64_t seed = 20261129);

struct BetweennessOptions {
  // Exact Brandes betweenness up to this many nodes (O(n·m): about 38 s for 20k nodes and 100k
  // edges, linking.md §3.3); above it, sampled-source estimation.
  int exact_limit = 20000;
  int samples = 256;  // source nodes sampled for the estimate
  uint64_t seed = 20240501;
  // false: every edge has length 1 (hops). true: length = 1 / weight, so strong evidence makes
  // nodes closer; edges with no positive weight are left out.
  bool weighted = false;
};
struct Betweenness {
  std::vector<int> nodes;      // the analysed nodes (original indices, ascending)
  std::vector<double> values;  // betweenness of nodes[i] within the induced subgraph
  bool approximate = false;    // true when estimated from sampled sources
  int sources = 0;             // shortest-path sources used (all nodes when exact)
  std::string method;          // one line for reports, e.g. "exact (Brandes)"
};
// Betweenness centrality (undirected pairs counted once) of the subgraph induced by `subset`
// (the whole graph when empty). Exact when it has at most options.exact_limit nodes; otherwise
// estimated from options.samples source nodes drawn uniformly without replacement, scaled by
// n / samples (Brandes & Pich, "Centrality estimation in large networks", 2007), and marked
// approximate.
Result<Betweenness> BetweennessOn(const Graph& graph, std::span<const int> subset,
                                  const BetweennessOptions& options = {});

struct Subgraph {
  Graph graph;                // nodes in ascending original index order, edges in original order
  std::vector<int> original;  // per node of `graph`: its index in the source graph
  std::vector<int> hops;      // per node of `graph`: distance to the nearest seed
  int hops_reached = 0;       // the deepest complete ring included
  bool truncated = false;     // max_nodes stopped the expansion before `hops`
};
// The ego network of `seeds`: every node within `hops` edges of a seed, and every edge of the
// source graph between two of them (parallel edges and all attributes kept). In a bipartite
// document–selector graph, hops 2 from a document reaches the documents sharing a selector with
// it. With max_nodes > 0, expansion stops before the first ring that would exceed it (seeds are
// always kept) and `truncated` is set. Duplicate seeds are ignored; hops < 0 is InvalidInput.
Result<Subgraph> EgoNetwork(const Graph& graph, std::span<const int> seeds, int hops,
                            size_t max_nodes = 0);

}  // namespace ariadne::network
