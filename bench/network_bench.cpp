// Network analysis at case scale: a synthetic bipartite ad–identifier graph (each ad carries 1–3
// identifiers drawn from a Zipf distribution, like phones and e-mails reused across ads) built
// through network::Graph, then components, coreness, Leiden CPM and, for an ad's 2-hop ego
// network, betweenness. Prints the time of each step and peak RSS.
//   build/release/bench/network_bench [--ads N] [--identifiers M] [--zipf S] [--resolution G]
//                                     [--leiden-iterations K] [--seed X]
// Reference figures (igraph, 1 core, linking.md §3.3): components and coreness about 0.5 s and
// Leiden CPM 30 s (2 passes) on a 2 M-ad, 3.9 M-edge graph.
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "network/analysis.h"
#include "network/graph.h"

namespace {

using ariadne::network::Edge;
using ariadne::network::Graph;
using ariadne::network::Node;

long PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;  // KiB on Linux
}

long CurrentRssMb() {
  long pages = 0, resident = 0;
  if (std::FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  return resident * sysconf(_SC_PAGESIZE) / (1024 * 1024);
}

double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

// Wall and CPU time per step: on a shared machine the CPU figure is the one to compare.
class Stopwatch {
 public:
  std::string Lap() {
    const auto now = std::chrono::steady_clock::now();
    const double cpu = CpuSeconds();
    char text[64];
    std::snprintf(text, sizeof text, "%6.2f s (cpu %6.2f s)",
                  std::chrono::duration<double>(now - wall_).count(), cpu - cpu_);
    wall_ = now;
    cpu_ = cpu;
    return text;
  }

 private:
  std::chrono::steady_clock::time_point wall_ = std::chrono::steady_clock::now();
  double cpu_ = CpuSeconds();
};

// Zipf(s) over ranks 1..n by inverse transform on the cumulative weights.
class Zipf {
 public:
  Zipf(size_t n, double s) : cumulative_(n) {
    double total = 0;
    for (size_t k = 0; k < n; ++k) cumulative_[k] = total += 1.0 / std::pow(double(k + 1), s);
  }
  size_t operator()(std::mt19937_64& rng) const {
    const double u = std::uniform_real_distribution<double>(0, cumulative_.back())(rng);
    return std::upper_bound(cumulative_.begin(), cumulative_.end(), u) - cumulative_.begin();
  }

 private:
  std::vector<double> cumulative_;
};

}  // namespace

int main(int argc, char** argv) {
  size_t ads = 1'000'000;
  size_t identifiers = 400'000;
  double zipf_s = 1.1;
  double resolution = 0.01;
  int leiden_iterations = 10;
  uint64_t seed = 7;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--ads"))
      ads = std::strtoull(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--identifiers"))
      identifiers = std::strtoull(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--zipf"))
      zipf_s = std::atof(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--resolution"))
      resolution = std::atof(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--leiden-iterations"))
      leiden_iterations = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--seed"))
      seed = std::strtoull(argv[i + 1], nullptr, 10);
    else {
      std::fprintf(stderr, "unknown option %s\n", argv[i]);
      return 2;
    }
  }

  Stopwatch clock;
  const Zipf zipf(identifiers, zipf_s);
  std::mt19937_64 rng(seed);
  const char* const kinds[] = {"phone", "email", "handle"};
  Graph graph;
  graph.Reserve(ads + identifiers, ads * 2);
  for (size_t ad = 0; ad < ads; ++ad) {
    const int doc = graph.AddNode(Node{"doc:" + std::to_string(ad), "document", "", {}});
    const int count = 1 + static_cast<int>(rng() % 3);
    for (int k = 0; k < count; ++k) {
      const size_t rank = zipf(rng);
      const char* kind = kinds[rank % 3];
      const int id =
          graph.AddNode(Node{std::string(kind) + ":" + std::to_string(rank), kind, "", {}});
      Edge edge;
      edge.from = doc;
      edge.to = id;
      edge.kind = std::string("has_") + kind;
      edge.evidence_documents = {static_cast<int64_t>(ad)};
      graph.AddEdge(std::move(edge));
    }
  }
  std::printf("graph build:   %s  %zu nodes (%zu ads, %zu identifiers), %zu edges\n",
              clock.Lap().c_str(), graph.node_count(), ads, graph.node_count() - ads,
              graph.edge_count());

  std::printf("               RSS with the graph built: %ld MB\n", CurrentRssMb());
  clock.Lap();

  const auto components = ariadne::network::ConnectedComponents(graph);
  const std::string components_s = clock.Lap();
  if (!components.ok()) {
    std::fprintf(stderr, "%s\n", components.status().message().c_str());
    return 70;
  }
  std::printf("components:    %s  %zu components, largest %d nodes\n", components_s.c_str(),
              components->sizes.size(),
              *std::max_element(components->sizes.begin(), components->sizes.end()));

  const auto coreness = ariadne::network::Coreness(graph);
  const std::string coreness_s = clock.Lap();
  if (!coreness.ok()) {
    std::fprintf(stderr, "%s\n", coreness.status().message().c_str());
    return 70;
  }
  std::printf("coreness:      %s  max core %d\n", coreness_s.c_str(),
              *std::max_element(coreness->begin(), coreness->end()));

  ariadne::network::LeidenOptions options;
  options.resolution = resolution;
  options.max_iterations = leiden_iterations;
  const auto communities = ariadne::network::LeidenCpm(graph, options);
  const std::string leiden_s = clock.Lap();
  if (!communities.ok()) {
    std::fprintf(stderr, "%s\n", communities.status().message().c_str());
    return 70;
  }
  std::printf(
      "leiden CPM:    %s  gamma %g, %zu communities, largest %d, %d passes%s, quality %.4g\n",
      leiden_s.c_str(), resolution, communities->sizes.size(),
      *std::max_element(communities->sizes.begin(), communities->sizes.end()),
      communities->iterations, communities->converged ? " (converged)" : " (bound reached)",
      communities->quality);

  const std::vector<int> seed_ad = {static_cast<int>(ads / 2)};
  const auto ego = ariadne::network::EgoNetwork(graph, seed_ad, 2);
  const std::string ego_s = clock.Lap();
  if (!ego.ok()) return 70;
  const auto betweenness = ariadne::network::BetweennessOn(ego->graph, {});
  const std::string betweenness_s = clock.Lap();
  if (!betweenness.ok()) return 70;
  std::printf("ego (2 hops):  %s  %zu nodes, %zu edges\n", ego_s.c_str(), ego->graph.node_count(),
              ego->graph.edge_count());
  std::printf("betweenness:   %s  on the ego network, %s\n", betweenness_s.c_str(),
              betweenness->method.c_str());
  std::printf("peak RSS:      %ld MB\n", PeakRssMb());
  return 0;
}
