#include "network/graph.h"

namespace ariadne::network {

int Graph::AddNode(Node node) {
  if (auto it = index_.find(std::string_view(node.key)); it != index_.end()) return it->second;
  const int index = static_cast<int>(nodes_.size());
  index_.emplace(node.key, index);
  nodes_.push_back(std::move(node));
  return index;
}

std::optional<int> Graph::Find(std::string_view key) const {
  if (auto it = index_.find(key); it != index_.end()) return it->second;
  return std::nullopt;
}

int Graph::AddEdge(Edge edge) {
  const int n = static_cast<int>(nodes_.size());
  if (edge.from < 0 || edge.from >= n || edge.to < 0 || edge.to >= n) return -1;
  edges_.push_back(std::move(edge));
  return static_cast<int>(edges_.size() - 1);
}

void Graph::Reserve(size_t nodes, size_t edges) {
  nodes_.reserve(nodes);
  edges_.reserve(edges);
  index_.reserve(nodes);
}

}  // namespace ariadne::network
