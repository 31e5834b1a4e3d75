// The in-memory investigation graph: documents, selectors (phones, e-mails, handles), images,
// places and clusters as nodes; the evidence that connects them as edges. Built by `link` from a
// case and handed to the analyses (analysis.h) and exporters (export.h). No database access.
//
// Edges are stored as given and may be parallel (a document pair can share a phone AND a photo).
// The graph is undirected for every analysis; `from`/`to` only keep the order the caller used,
// which the exports show as ent1/ent2 or source/target.
//
// Not thread-safe for writing; concurrent const use is safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ariadne::network {

struct Node {
  std::string key;    // unique in the graph, e.g. "doc:42", "phone:+447700900123"
  std::string kind;   // "document", "phone", "email", "handle", "image", "place", "cluster"
  std::string label;  // what a person reads on the chart
  // Free-form properties in the caller's order (site, posted_at, score, ...). Exporters write
  // them as typed-as-string attributes; a name repeated on one node keeps its first value.
  std::vector<std::pair<std::string, std::string>> attributes;
};

struct Edge {
  int from = 0;  // node indices returned by Graph::AddNode
  int to = 0;
  std::string kind;   // "has_phone", "same_text", "same_photo", ...
  double weight = 1;  // evidence strength, > 0; larger is stronger
  std::string label;
  std::string first_seen, last_seen;        // ISO 8601 or empty
  std::vector<int64_t> evidence_documents;  // document ids that show this link
};

class Graph {
 public:
  // Adds `node` and returns its index (0, 1, 2, ... in insertion order). When a node with the
  // same key exists, nothing is changed and the existing index is returned.
  int AddNode(Node node);
  // The index of the node with `key`, or nullopt.
  std::optional<int> Find(std::string_view key) const;
  // Adds `edge` and returns its index. Returns -1 and adds nothing when `from` or `to` is not a
  // node index. Self-loops are stored (and exported) but ignored by the analyses.
  int AddEdge(Edge edge);

  const std::vector<Node>& nodes() const { return nodes_; }
  const std::vector<Edge>& edges() const { return edges_; }
  size_t node_count() const { return nodes_.size(); }
  size_t edge_count() const { return edges_.size(); }

  // Pre-allocates room for `nodes` nodes and `edges` edges.
  void Reserve(size_t nodes, size_t edges);

 private:
  // Transparent hashing so Find(string_view) does not allocate.
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  std::unordered_map<std::string, int, KeyHash, std::equal_to<>> index_;
};

}  // namespace ariadne::network
