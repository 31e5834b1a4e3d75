#include "link/split.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <string>

#include "network/analysis.h"
#include "network/graph.h"

namespace ariadne::link {
namespace {

std::vector<std::vector<int>> Whole(size_t documents) {
  std::vector<int> all(documents);
  std::iota(all.begin(), all.end(), 0);
  return {std::move(all)};
}

network::Node GraphNode(std::string key, std::string kind) {
  network::Node node;
  node.key = std::move(key);
  node.kind = std::move(kind);
  return node;
}

network::Edge GraphEdge(int from, int to, std::string kind, double weight) {
  network::Edge edge;
  edge.from = from;
  edge.to = to;
  edge.kind = std::move(kind);
  edge.weight = weight;
  return edge;
}

// The evidence graph: documents are nodes 0..n-1, each value or photo one more node.
network::Graph EvidenceGraph(size_t documents, const std::vector<Evidence>& evidence) {
  network::Graph graph;
  for (size_t d = 0; d < documents; ++d)
    graph.AddNode(GraphNode("d" + std::to_string(d), "document"));
  for (size_t e = 0; e < evidence.size(); ++e) {
    const Evidence& ev = evidence[e];
    if (ev.pair) {
      graph.AddEdge(GraphEdge(ev.members[0], ev.members[1], "same_text", ev.weight));
      continue;
    }
    // Each edge weighs like the (n - 1) / 2 document pairs per member that the value stands for.
    const double weight = ev.weight * static_cast<double>(ev.members.size() - 1) / 2.0;
    const int node = graph.AddNode(GraphNode("e" + std::to_string(e), "evidence"));
    for (int member : ev.members) graph.AddEdge(GraphEdge(member, node, "shares", weight));
  }
  return graph;
}

}  // namespace

std::vector<std::vector<int>> SplitWeaklyJoined(size_t documents,
                                                const std::vector<Evidence>& evidence,
                                                const SplitOptions& options) {
  if (documents < options.min_documents || documents > options.max_documents) {
    return Whole(documents);
  }
  const network::Graph graph = EvidenceGraph(documents, evidence);
  network::LeidenOptions leiden;
  leiden.resolution = options.resolution;
  Result<network::Communities> communities = network::LeidenCpm(graph, leiden);
  if (!communities.ok()) return Whole(documents);
  const std::vector<int>& member = communities->membership;
  double total = 0, cut = 0;
  for (const network::Edge& edge : graph.edges()) {
    total += edge.weight;
    if (member[edge.from] != member[edge.to]) cut += edge.weight;
  }
  if (cut == 0 || cut > options.max_cut_share * total) return Whole(documents);
  std::map<int, std::vector<int>> parts;  // community -> documents (ascending)
  for (size_t d = 0; d < documents; ++d) parts[member[d]].push_back(static_cast<int>(d));
  if (parts.size() < 2) return Whole(documents);
  std::vector<std::vector<int>> out;
  for (auto& [community, part] : parts) {
    if (part.size() < options.min_part) return Whole(documents);
    out.push_back(std::move(part));
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace ariadne::link
