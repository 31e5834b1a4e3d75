// The investigation graph of a case, or of part of it, for network analysis and exports: document
// nodes, contact nodes (phone, e-mail, handle) and the evidence between them (a document carries a
// contact; two documents have near-identical text or the same photo). Values recognised as generic
// (resolve.h) are left out unless asked for, so that a site's own address does not make every ad
// a neighbour of every other.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"
#include "network/graph.h"
#include "store/case_store.h"

namespace ariadne::link {

struct GraphOptions {
  bool include_generic = false;
  // Ego networks stop growing before a ring would pass this many nodes (and say so).
  size_t max_nodes = 5000;
};

// The graph of `documents` (every document of the case when empty) with their contacts and the
// links among them. Each node carries attributes (site, posted_at, cluster, score...) for charts.
Result<network::Graph> BuildGraph(store::CaseStore& store, const std::vector<int64_t>& documents,
                                  const GraphOptions& options = {});

struct EgoGraph {
  network::Graph graph;
  std::vector<int> seeds;  // node indexes of the starting points
  int hops_reached = 0;
  bool truncated = false;  // max_nodes stopped the expansion
};

// The ego network around a document or a contact value, `hops` steps in the bipartite
// document-contact graph (plus document-document links): from an ad, hop 1 reaches its contacts
// and linked ads, hop 2 the other ads of those contacts. Expanded through the store, so it costs
// only what it reaches. NotFound when the start is not in the case.
Result<EgoGraph> EgoNetworkOfDocument(store::CaseStore& store, int64_t document_id, int hops,
                                      const GraphOptions& options = {});
Result<EgoGraph> EgoNetworkOfContact(store::CaseStore& store, const std::string& type,
                                     const std::string& value, int hops,
                                     const GraphOptions& options = {});

}  // namespace ariadne::link
