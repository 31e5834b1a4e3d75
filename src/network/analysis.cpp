#include "network/analysis.h"

#include <fmt/format.h>
#include <igraph/igraph.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <utility>

namespace ariadne::network {

std::mutex& IgraphMutex() {
  static std::mutex mutex;
  return mutex;
}

namespace {

// Holds IgraphMutex() and, on first use, makes igraph return error codes instead of aborting
// the process (its default handler calls abort()). The handler is a process global, set once.
class IgraphLock {
 public:
  IgraphLock() : lock_(IgraphMutex()) {
    static bool handlers_set = false;
    if (!handlers_set) {
      igraph_set_error_handler(igraph_error_handler_ignore);
      igraph_set_warning_handler(igraph_warning_handler_ignore);
      handlers_set = true;
    }
  }

 private:
  std::lock_guard<std::mutex> lock_;
};

// RAII owners for the igraph objects used here. Constructed and destroyed under IgraphLock.
struct IntVector {
  igraph_vector_int_t v;
  IntVector() { igraph_vector_int_init(&v, 0); }
  ~IntVector() { igraph_vector_int_destroy(&v); }
  IntVector(const IntVector&) = delete;
  IntVector& operator=(const IntVector&) = delete;
};
struct RealVector {
  igraph_vector_t v;
  RealVector() { igraph_vector_init(&v, 0); }
  ~RealVector() { igraph_vector_destroy(&v); }
  RealVector(const RealVector&) = delete;
  RealVector& operator=(const RealVector&) = delete;
};
struct IGraph {
  igraph_t g;
  bool live = false;
  IGraph() = default;
  ~IGraph() {
    if (live) igraph_destroy(&g);
  }
  IGraph(const IGraph&) = delete;
  IGraph& operator=(const IGraph&) = delete;
};

Status IgraphError(igraph_error_t code, std::string_view what) {
  return Internal(fmt::format("network: igraph failed in {}: {}", what, igraph_strerror(code)));
}

bool UsableWeight(double w) {
  return std::isfinite(w) && w > 0;
}

// The undirected simple graph the analyses see (see analysis.h): local node ids 0..n-1, one
// entry per connected pair with the summed usable weight.
struct SimpleGraph {
  int n = 0;
  std::vector<igraph_integer_t> ends;  // 2 per edge: a, b with a < b
  std::vector<double> weights;         // per edge
  size_t edge_count() const { return weights.size(); }
};

// `local` maps an original node index to its local id, or -1 to leave it out; empty = identity.
SimpleGraph Collapse(const Graph& graph, const std::vector<int>& local, int local_count) {
  const bool identity = local.empty();
  std::vector<std::pair<uint64_t, double>> pairs;
  pairs.reserve(graph.edge_count());
  for (const Edge& e : graph.edges()) {
    int a = identity ? e.from : local[e.from];
    int b = identity ? e.to : local[e.to];
    if (a < 0 || b < 0 || a == b) continue;
    if (a > b) std::swap(a, b);
    pairs.emplace_back((static_cast<uint64_t>(a) << 32) | static_cast<uint32_t>(b),
                       UsableWeight(e.weight) ? e.weight : 0.0);
  }
  std::sort(pairs.begin(), pairs.end(),
            [](const auto& x, const auto& y) { return x.first < y.first; });
  SimpleGraph out;
  out.n = identity ? static_cast<int>(graph.node_count()) : local_count;
  out.ends.reserve(pairs.size() * 2);
  out.weights.reserve(pairs.size());
  for (size_t i = 0; i < pairs.size();) {
    const uint64_t key = pairs[i].first;
    double w = 0;
    for (; i < pairs.size() && pairs[i].first == key; ++i) w += pairs[i].second;
    out.ends.push_back(static_cast<igraph_integer_t>(key >> 32));
    out.ends.push_back(static_cast<igraph_integer_t>(key & 0xffffffffu));
    out.weights.push_back(w);
  }
  return out;
}

// Builds the igraph graph. Call under IgraphLock.
Status ToIgraph(const SimpleGraph& simple, IGraph& out) {
  igraph_vector_int_t edges{};
  igraph_vector_int_view(&edges, simple.ends.data(),
                         static_cast<igraph_integer_t>(simple.ends.size()));
  const igraph_error_t rc = igraph_create(&out.g, &edges, simple.n, IGRAPH_UNDIRECTED);
  if (rc != IGRAPH_SUCCESS) return IgraphError(rc, "igraph_create");
  out.live = true;
  return Status::Ok();
}

// Validates `subset` and returns the sorted, de-duplicated node list plus the original → local
// map (-1 outside).
Result<std::pair<std::vector<int>, std::vector<int>>> LocalIds(const Graph& graph,
                                                               std::span<const int> subset,
                                                               std::string_view what) {
  const int n = static_cast<int>(graph.node_count());
  std::vector<int> nodes(subset.begin(), subset.end());
  for (int v : nodes) {
    if (v < 0 || v >= n) {
      return InvalidInput(fmt::format(
          "network: {}: node index {} is out of range (graph has {} nodes)", what, v, n));
    }
  }
  std::sort(nodes.begin(), nodes.end());
  nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
  std::vector<int> local(graph.node_count(), -1);
  for (size_t i = 0; i < nodes.size(); ++i) local[nodes[i]] = static_cast<int>(i);
  return std::make_pair(std::move(nodes), std::move(local));
}

// Renumbers community labels 0, 1, 2, ... by first appearance; returns the sizes.
std::vector<int> Renumber(std::vector<int>& labels) {
  std::vector<int> remap;
  std::vector<int> sizes;
  for (int& label : labels) {
    if (label < 0) continue;
    if (static_cast<size_t>(label) >= remap.size()) remap.resize(label + 1, -1);
    if (remap[label] < 0) {
      remap[label] = static_cast<int>(sizes.size());
      sizes.push_back(0);
    }
    label = remap[label];
    ++sizes[label];
  }
  return sizes;
}

}  // namespace

Result<Components> ConnectedComponents(const Graph& graph) {
  const SimpleGraph simple = Collapse(graph, {}, 0);
  IgraphLock lock;
  IGraph g;
  ARIADNE_RETURN_IF_ERROR(ToIgraph(simple, g));
  IntVector membership, sizes;
  igraph_integer_t count = 0;
  const igraph_error_t rc =
      igraph_connected_components(&g.g, &membership.v, &sizes.v, &count, IGRAPH_WEAK);
  if (rc != IGRAPH_SUCCESS) return IgraphError(rc, "igraph_connected_components");
  Components out;
  out.membership.resize(simple.n);
  for (int i = 0; i < simple.n; ++i) out.membership[i] = static_cast<int>(VECTOR(membership.v)[i]);
  // igraph numbers components in order of their lowest vertex already; renumbering makes that a
  // promise of this module rather than of igraph's implementation.
  out.sizes = Renumber(out.membership);
  return out;
}

Result<Communities> LeidenCpm(const Graph& graph, const LeidenOptions& options,
                              std::span<const int> subset) {
  if (!(options.resolution >= 0) || !std::isfinite(options.resolution)) {
    return InvalidInput(fmt::format(
        "network: Leiden resolution must be a finite number >= 0, got {}", options.resolution));
  }
  std::vector<int> nodes, local;
  SimpleGraph simple;
  if (subset.empty()) {
    simple = Collapse(graph, {}, 0);
  } else {
    auto ids = LocalIds(graph, subset, "Leiden subset");
    if (!ids.ok()) return ids.status();
    nodes = std::move(ids->first);
    local = std::move(ids->second);
    simple = Collapse(graph, local, static_cast<int>(nodes.size()));
  }

  Communities out;
  std::vector<int> labels(simple.n, 0);
  {
    IgraphLock lock;
    IGraph g;
    ARIADNE_RETURN_IF_ERROR(ToIgraph(simple, g));
    igraph_vector_t weights{};
    igraph_vector_view(&weights, simple.weights.data(),
                       static_cast<igraph_integer_t>(simple.weights.size()));
    IntVector membership;
    igraph_rng_seed(igraph_rng_default(), options.seed);
    const int max_iterations = std::max(1, options.max_iterations);
    std::vector<int> current(simple.n);
    for (int pass = 0; pass < max_iterations; ++pass) {
      igraph_integer_t clusters = 0;
      igraph_real_t quality = 0;
      // One pass at a time (n_iterations = 1, starting from the previous membership) so the
      // loop is bounded and can stop on a negligible gain: on a 100k-ad Zipf graph later passes
      // keep shuffling tied nodes for gains below 1e-5 (bench/network_bench.cpp).
      const igraph_error_t rc = igraph_community_leiden(
          &g.g, &weights, /*node_weights=*/nullptr, options.resolution, options.beta,
          /*start=*/pass > 0, /*n_iterations=*/1, &membership.v, &clusters, &quality);
      if (rc != IGRAPH_SUCCESS) return IgraphError(rc, "igraph_community_leiden");
      out.iterations = pass + 1;
      for (int i = 0; i < simple.n; ++i) current[i] = static_cast<int>(VECTOR(membership.v)[i]);
      Renumber(current);  // igraph relabels communities every pass: compare partitions, not ids
      if (pass > 0 && quality < out.quality) {  // never hand back a worse partition
        out.converged = true;
        break;
      }
      const bool same = pass > 0 && current == labels;
      const bool small_gain = pass > 0 && quality - out.quality < options.min_gain;
      labels.swap(current);
      out.quality = quality;
      if (same || small_gain) {
        out.converged = true;
        break;
      }
    }
  }
  if (subset.empty()) {
    out.membership = std::move(labels);
  } else {
    out.membership.assign(graph.node_count(), -1);
    for (size_t i = 0; i < nodes.size(); ++i) out.membership[nodes[i]] = labels[i];
  }
  out.sizes = Renumber(out.membership);
  return out;
}

Result<std::vector<int>> Coreness(const Graph& graph) {
  const SimpleGraph simple = Collapse(graph, {}, 0);
  IgraphLock lock;
  IGraph g;
  ARIADNE_RETURN_IF_ERROR(ToIgraph(simple, g));
  IntVector cores;
  const igraph_error_t rc = igraph_coreness(&g.g, &cores.v, IGRAPH_ALL);
  if (rc != IGRAPH_SUCCESS) return IgraphError(rc, "igraph_coreness");
  std::vector<int> out(simple.n);
  for (int i = 0; i < simple.n; ++i) out[i] = static_cast<int>(VECTOR(cores.v)[i]);
  return out;
}

Result<std::vector<Point>> Layout(const Graph& graph, uint64_t seed) {
  const SimpleGraph simple = Collapse(graph, {}, 0);
  std::vector<Point> out(static_cast<size_t>(simple.n));
  if (simple.n == 0) return out;
  IgraphLock lock;
  IGraph g;
  ARIADNE_RETURN_IF_ERROR(ToIgraph(simple, g));
  igraph_rng_seed(igraph_rng_default(), seed);
  igraph_matrix_t coordinates;
  igraph_matrix_init(&coordinates, 0, 0);
  // Fruchterman-Reingold (1991), unweighted: strong and weak evidence are drawn alike, the chart
  // shows structure; the reasons say how strong each link is.
  const igraph_error_t rc = igraph_layout_fruchterman_reingold(
      &g.g, &coordinates, /*use_seed=*/false, /*niter=*/500, /*start_temp=*/std::sqrt(simple.n),
      IGRAPH_LAYOUT_AUTOGRID, nullptr, nullptr, nullptr, nullptr, nullptr);
  if (rc != IGRAPH_SUCCESS) {
    igraph_matrix_destroy(&coordinates);
    return IgraphError(rc, "igraph_layout_fruchterman_reingold");
  }
  double min_x = MATRIX(coordinates, 0, 0), max_x = min_x;
  double min_y = MATRIX(coordinates, 0, 1), max_y = min_y;
  for (int i = 0; i < simple.n; ++i) {
    out[i] = {MATRIX(coordinates, i, 0), MATRIX(coordinates, i, 1)};
    min_x = std::min(min_x, out[i].x);
    max_x = std::max(max_x, out[i].x);
    min_y = std::min(min_y, out[i].y);
    max_y = std::max(max_y, out[i].y);
  }
  igraph_matrix_destroy(&coordinates);
  for (Point& p : out) {
    p.x = max_x > min_x ? (p.x - min_x) / (max_x - min_x) : 0.5;
    p.y = max_y > min_y ? (p.y - min_y) / (max_y - min_y) : 0.5;
  }
  return out;
}

std::vector<int> Degree(const Graph& graph) {
  const SimpleGraph simple = Collapse(graph, {}, 0);
  std::vector<int> out(simple.n, 0);
  for (size_t i = 0; i < simple.ends.size(); ++i) ++out[simple.ends[i]];
  return out;
}

std::vector<double> Strength(const Graph& graph) {
  std::vector<double> out(graph.node_count(), 0.0);
  for (const Edge& e : graph.edges()) {
    if (e.from == e.to || !UsableWeight(e.weight)) continue;
    out[e.from] += e.weight;
    out[e.to] += e.weight;
  }
  return out;
}

Result<Betweenness> BetweennessOn(const Graph& graph, std::span<const int> subset,
                                  const BetweennessOptions& options) {
  Betweenness out;
  std::vector<int> local;
  if (subset.empty()) {
    out.nodes.resize(graph.node_count());
    std::iota(out.nodes.begin(), out.nodes.end(), 0);
  } else {
    auto ids = LocalIds(graph, subset, "betweenness subset");
    if (!ids.ok()) return ids.status();
    out.nodes = std::move(ids->first);
    local = std::move(ids->second);
  }
  SimpleGraph simple = Collapse(graph, local, static_cast<int>(out.nodes.size()));
  const int n = simple.n;
  if (options.weighted) {
    // Brandes needs positive lengths: drop pairs without usable weight, length = 1 / weight.
    size_t kept = 0;
    for (size_t i = 0; i < simple.weights.size(); ++i) {
      if (!(simple.weights[i] > 0)) continue;
      simple.ends[2 * kept] = simple.ends[2 * i];
      simple.ends[2 * kept + 1] = simple.ends[2 * i + 1];
      simple.weights[kept++] = 1.0 / simple.weights[i];
    }
    simple.ends.resize(2 * kept);
    simple.weights.resize(kept);
  }

  out.approximate = n > options.exact_limit && options.samples < n;
  std::vector<igraph_integer_t> sources;
  if (out.approximate) {
    // Partial Fisher–Yates with our own seeded generator: the same sample on every platform run.
    std::vector<igraph_integer_t> all(n);
    std::iota(all.begin(), all.end(), 0);
    std::mt19937_64 rng(options.seed);
    const int k = std::max(1, options.samples);
    for (int i = 0; i < k; ++i) {
      std::uniform_int_distribution<int> pick(i, n - 1);
      std::swap(all[i], all[pick(rng)]);
    }
    sources.assign(all.begin(), all.begin() + k);
    std::sort(sources.begin(), sources.end());
    out.sources = k;
    out.method = fmt::format(
        "approximate: {} of {} nodes sampled as sources, scaled by {:.1f} (Brandes & Pich 2007)", k,
        n, static_cast<double>(n) / k);
  } else {
    out.sources = n;
    out.method = "exact (Brandes)";
  }
  if (options.weighted) out.method += ", lengths 1/weight";

  out.values.assign(n, 0.0);
  if (n == 0) return out;
  IgraphLock lock;
  IGraph g;
  ARIADNE_RETURN_IF_ERROR(ToIgraph(simple, g));
  igraph_vector_t weights{};
  igraph_vector_view(&weights, simple.weights.data(),
                     static_cast<igraph_integer_t>(simple.weights.size()));
  const igraph_vector_t* weights_arg = options.weighted ? &weights : nullptr;
  RealVector result;
  igraph_error_t rc;
  if (out.approximate) {
    igraph_vector_int_t source_view{};
    igraph_vector_int_view(&source_view, sources.data(),
                           static_cast<igraph_integer_t>(sources.size()));
    rc = igraph_betweenness_subset(&g.g, &result.v, igraph_vss_all(), IGRAPH_UNDIRECTED,
                                   igraph_vss_vector(&source_view), igraph_vss_all(), weights_arg);
  } else {
    rc = igraph_betweenness(&g.g, &result.v, igraph_vss_all(), IGRAPH_UNDIRECTED, weights_arg);
  }
  if (rc != IGRAPH_SUCCESS) return IgraphError(rc, "igraph_betweenness");
  const double scale = out.approximate ? static_cast<double>(n) / out.sources : 1.0;
  for (int i = 0; i < n; ++i) out.values[i] = VECTOR(result.v)[i] * scale;
  return out;
}

Result<Subgraph> EgoNetwork(const Graph& graph, std::span<const int> seeds, int hops,
                            size_t max_nodes) {
  if (hops < 0) {
    return InvalidInput(fmt::format("network: ego network hops must be >= 0, got {}", hops));
  }
  const int n = static_cast<int>(graph.node_count());
  // Adjacency in compressed rows, both directions, parallel edges kept (BFS does not mind).
  std::vector<int> offsets(n + 1, 0);
  for (const Edge& e : graph.edges()) {
    ++offsets[e.from + 1];
    ++offsets[e.to + 1];
  }
  std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
  std::vector<int> neighbours(offsets[n]);
  {
    std::vector<int> fill(offsets.begin(), offsets.end() - 1);
    for (const Edge& e : graph.edges()) {
      neighbours[fill[e.from]++] = e.to;
      neighbours[fill[e.to]++] = e.from;
    }
  }

  std::vector<int> distance(n, -1);
  std::vector<int> reached;
  for (int s : seeds) {
    if (s < 0 || s >= n) {
      return InvalidInput(
          fmt::format("network: ego network seed {} is out of range (graph has {} nodes)", s, n));
    }
    if (distance[s] < 0) {
      distance[s] = 0;
      reached.push_back(s);
    }
  }
  Subgraph out;
  size_t ring_start = 0;
  for (int ring = 1; ring <= hops; ++ring) {
    const size_t ring_end = reached.size();
    for (size_t i = ring_start; i < ring_end; ++i) {
      const int u = reached[i];
      for (int k = offsets[u]; k < offsets[u + 1]; ++k) {
        const int v = neighbours[k];
        if (distance[v] >= 0) continue;
        distance[v] = ring;
        reached.push_back(v);
      }
    }
    if (max_nodes > 0 && reached.size() > max_nodes) {
      for (size_t i = ring_end; i < reached.size(); ++i) distance[reached[i]] = -1;
      reached.resize(ring_end);
      out.truncated = true;
      break;
    }
    if (reached.size() == ring_end) {  // nothing new: later rings are empty too
      out.hops_reached = hops;
      break;
    }
    out.hops_reached = ring;
    ring_start = ring_end;
  }

  std::sort(reached.begin(), reached.end());
  std::vector<int> local(n, -1);
  out.graph.Reserve(reached.size(), 0);
  for (int v : reached) {
    local[v] = out.graph.AddNode(graph.nodes()[v]);
    out.original.push_back(v);
    out.hops.push_back(distance[v]);
  }
  for (const Edge& e : graph.edges()) {
    if (local[e.from] < 0 || local[e.to] < 0) continue;
    Edge copy = e;
    copy.from = local[e.from];
    copy.to = local[e.to];
    out.graph.AddEdge(std::move(copy));
  }
  return out;
}

}  // namespace ariadne::network
