#include "link/case_graph.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "store/contact_kinds.h"

namespace ariadne::link {

namespace {

std::string ContactKey(const std::string& type, const std::string& value) {
  return type + ":" + value;
}

// Grows a graph from the store: documents and contacts are added with their attributes once, and
// the edges between what is known.
class GraphBuilder {
 public:
  GraphBuilder(store::CaseStore& store, const GraphOptions& options)
      : store_(store), options_(options) {}

  Status LoadGeneric() {
    if (options_.include_generic) return Status::Ok();
    Result<std::vector<store::StoredGeneric>> generic = store_.GenericValues();
    if (!generic.ok()) return generic.status();
    for (const store::StoredGeneric& g : *generic) generic_.insert(ContactKey(g.kind, g.value));
    return Status::Ok();
  }

  // Adds documents and returns their node indexes.
  Result<std::vector<int>> AddDocuments(const std::vector<int64_t>& ids) {
    std::vector<int64_t> missing;
    for (int64_t id : ids) {
      if (!document_node_.count(id)) missing.push_back(id);
    }
    Result<std::vector<store::DocumentHeader>> headers = store_.DocumentHeaders(missing);
    if (!headers.ok()) return headers.status();
    for (const store::DocumentHeader& h : *headers) {
      network::Node node;
      node.key = fmt::format("doc:{}", h.id);
      node.kind = "document";
      node.label = h.site.empty() ? h.source_id : h.site + ":" + h.source_id;
      node.attributes = {{"document_id", std::to_string(h.id)},
                         {"site", h.site},
                         {"source_id", h.source_id},
                         {"posted_at", h.posted_at},
                         {"location", h.location},
                         {"title", h.title},
                         {"ad_kind", h.kind}};
      Result<std::optional<int64_t>> cluster = store_.ClusterIdOf(h.id);
      if (!cluster.ok()) return cluster.status();
      if (*cluster) node.attributes.push_back({"cluster", fmt::format("C{}", **cluster)});
      Result<std::optional<store::StoredScore>> score = store_.ScoreOf(h.id);
      if (!score.ok()) return score.status();
      if (*score) node.attributes.push_back({"priority", std::to_string((*score)->score)});
      document_node_[h.id] = graph_.AddNode(std::move(node));
      posted_at_[h.id] = h.posted_at;
    }
    std::vector<int> out;
    for (int64_t id : ids) {
      auto it = document_node_.find(id);
      if (it != document_node_.end()) out.push_back(it->second);
    }
    return out;
  }

  // The contacts of a document (not generic), as (type, value).
  Result<std::vector<std::pair<std::string, std::string>>> ContactsOf(int64_t id) {
    Result<std::vector<store::StoredSelector>> selectors = store_.SelectorsOf(id);
    if (!selectors.ok()) return selectors.status();
    std::set<std::pair<std::string, std::string>> out;
    for (const store::StoredSelector& s : *selectors) {
      if (store::IsContactKind(s.type) && !generic_.count(ContactKey(s.type, s.value))) {
        out.insert({s.type, s.value});
      }
    }
    return std::vector<std::pair<std::string, std::string>>(out.begin(), out.end());
  }

  int ContactNode(const std::string& type, const std::string& value) {
    const std::string key = ContactKey(type, value);
    if (auto found = graph_.Find(key)) return *found;
    network::Node node{key, type, value, {}};
    if (generic_.count(key)) node.attributes.push_back({"generic", "yes"});
    return graph_.AddNode(std::move(node));
  }

  // Edge document -> contact, once.
  void Carry(int64_t document_id, int contact_node, const std::string& type) {
    if (!edges_seen_.insert({document_node_.at(document_id), contact_node}).second) return;
    network::Edge e;
    e.from = document_node_.at(document_id);
    e.to = contact_node;
    e.kind = "has_" + type;
    e.label = "carries";
    e.first_seen = e.last_seen = posted_at_[document_id];
    e.evidence_documents = {document_id};
    graph_.AddEdge(std::move(e));
  }

  // Document-document links between documents already in the graph.
  Status AddLinksAmong(const std::vector<int64_t>& ids) {
    Result<std::vector<store::StoredLink>> links = store_.DocumentLinks(ids);
    if (!links.ok()) return links.status();
    for (const store::StoredLink& l : *links) {
      auto a = document_node_.find(l.a);
      auto b = document_node_.find(l.b);
      if (a == document_node_.end() || b == document_node_.end()) continue;
      if (!edges_seen_.insert({std::min(a->second, b->second), -1 - std::max(a->second, b->second)})
               .second) {
        continue;
      }
      network::Edge e;
      e.from = a->second;
      e.to = b->second;
      e.kind = "same_" + l.kind;
      e.weight = l.similarity;
      e.label = fmt::format("{} similarity {:.2f}", l.kind, l.similarity);
      e.first_seen = std::min(posted_at_[l.a], posted_at_[l.b]);
      e.last_seen = std::max(posted_at_[l.a], posted_at_[l.b]);
      e.evidence_documents = {l.a, l.b};
      graph_.AddEdge(std::move(e));
    }
    return Status::Ok();
  }

  // Documents linked to `id` (text, photo).
  Result<std::vector<int64_t>> LinkedDocuments(int64_t id) {
    Result<std::vector<store::StoredLink>> links = store_.DocumentLinks({id});
    if (!links.ok()) return links.status();
    std::vector<int64_t> out;
    for (const store::StoredLink& l : *links) out.push_back(l.a == id ? l.b : l.a);
    return out;
  }

  bool Knows(int64_t document_id) const { return document_node_.count(document_id) != 0; }
  bool IsGeneric(const std::string& type, const std::string& value) const {
    return generic_.count(ContactKey(type, value)) != 0;
  }
  std::vector<int64_t> KnownDocuments() const {
    std::vector<int64_t> out;
    for (const auto& [id, node] : document_node_) out.push_back(id);
    return out;
  }
  network::Graph& graph() { return graph_; }
  store::CaseStore& store() { return store_; }

 private:
  store::CaseStore& store_;
  GraphOptions options_;
  network::Graph graph_;
  std::set<std::string> generic_;
  std::map<int64_t, int> document_node_;
  std::map<int64_t, std::string> posted_at_;
  std::set<std::pair<int, int>> edges_seen_;
};

// Breadth-first growth from documents and contacts, one bipartite step per hop.
Result<EgoGraph> Expand(GraphBuilder& b, std::vector<int64_t> documents,
                        std::vector<std::pair<std::string, std::string>> contacts, int hops,
                        const GraphOptions& options) {
  if (hops < 0) return InvalidInput(fmt::format("--hops {}: must be 0 or more", hops));
  EgoGraph out;
  Result<std::vector<int>> seeds = b.AddDocuments(documents);
  if (!seeds.ok()) return seeds.status();
  out.seeds = *seeds;
  for (const auto& [type, value] : contacts) out.seeds.push_back(b.ContactNode(type, value));
  std::set<std::pair<std::string, std::string>> contacts_seen(contacts.begin(), contacts.end());
  for (int hop = 1; hop <= hops; ++hop) {
    std::vector<int64_t> next_documents;
    std::vector<std::pair<std::string, std::string>> next_contacts;
    // Documents reach their contacts and linked documents ...
    for (int64_t d : documents) {
      Result<std::vector<std::pair<std::string, std::string>>> mine = b.ContactsOf(d);
      if (!mine.ok()) return mine.status();
      for (const auto& c : *mine) {
        if (contacts_seen.insert(c).second) next_contacts.push_back(c);
      }
      Result<std::vector<int64_t>> linked = b.LinkedDocuments(d);
      if (!linked.ok()) return linked.status();
      for (int64_t l : *linked) {
        if (!b.Knows(l)) next_documents.push_back(l);
      }
    }
    // ... contacts reach the documents that carry them (generic ones reach nothing).
    for (const auto& [type, value] : contacts) {
      if (b.IsGeneric(type, value)) continue;
      Result<std::vector<int64_t>> carriers = b.store().DocumentsWithContact(type, value);
      if (!carriers.ok()) return carriers.status();
      for (int64_t d : *carriers) {
        if (!b.Knows(d)) next_documents.push_back(d);
      }
    }
    std::sort(next_documents.begin(), next_documents.end());
    next_documents.erase(std::unique(next_documents.begin(), next_documents.end()),
                         next_documents.end());
    if (b.graph().node_count() + next_documents.size() + next_contacts.size() > options.max_nodes) {
      out.truncated = true;
      break;
    }
    Result<std::vector<int>> added = b.AddDocuments(next_documents);
    if (!added.ok()) return added.status();
    for (const auto& [type, value] : next_contacts) b.ContactNode(type, value);
    out.hops_reached = hop;
    documents = std::move(next_documents);
    contacts = std::move(next_contacts);
  }
  // Every edge among what was reached.
  const std::vector<int64_t> known = b.KnownDocuments();
  for (int64_t d : known) {
    Result<std::vector<std::pair<std::string, std::string>>> mine = b.ContactsOf(d);
    if (!mine.ok()) return mine.status();
    for (const auto& [type, value] : *mine) {
      if (auto node = b.graph().Find(ContactKey(type, value))) b.Carry(d, *node, type);
    }
  }
  ARIADNE_RETURN_IF_ERROR(b.AddLinksAmong(known));
  out.graph = std::move(b.graph());
  return out;
}

}  // namespace

Result<network::Graph> BuildGraph(store::CaseStore& store, const std::vector<int64_t>& documents,
                                  const GraphOptions& options) {
  GraphBuilder b(store, options);
  ARIADNE_RETURN_IF_ERROR(b.LoadGeneric());
  std::vector<int64_t> ids = documents;
  if (ids.empty()) {
    Result<std::vector<int64_t>> all = store.DocumentIds();
    if (!all.ok()) return all.status();
    ids = std::move(all).value();
  }
  Result<std::vector<int>> nodes = b.AddDocuments(ids);
  if (!nodes.ok()) return nodes.status();
  for (int64_t d : ids) {
    Result<std::vector<std::pair<std::string, std::string>>> mine = b.ContactsOf(d);
    if (!mine.ok()) return mine.status();
    for (const auto& [type, value] : *mine) b.Carry(d, b.ContactNode(type, value), type);
  }
  ARIADNE_RETURN_IF_ERROR(b.AddLinksAmong(documents.empty() ? std::vector<int64_t>{} : ids));
  return std::move(b.graph());
}

Result<EgoGraph> EgoNetworkOfDocument(store::CaseStore& store, int64_t document_id, int hops,
                                      const GraphOptions& options) {
  GraphBuilder b(store, options);
  ARIADNE_RETURN_IF_ERROR(b.LoadGeneric());
  Result<std::vector<store::DocumentHeader>> header = store.DocumentHeaders({document_id});
  if (!header.ok()) return header.status();
  if (header->empty()) {
    return NotFound(fmt::format("document #{} is not in this case", document_id));
  }
  return Expand(b, {document_id}, {}, hops, options);
}

Result<EgoGraph> EgoNetworkOfContact(store::CaseStore& store, const std::string& type,
                                     const std::string& value, int hops,
                                     const GraphOptions& options) {
  GraphBuilder b(store, options);
  ARIADNE_RETURN_IF_ERROR(b.LoadGeneric());
  Result<std::vector<int64_t>> carriers = store.DocumentsWithContact(type, value);
  if (!carriers.ok()) return carriers.status();
  if (carriers->empty()) {
    return NotFound(fmt::format("no document in this case carries the {} {}", type, value));
  }
  // The contact is hop 0; its documents are hop 1.
  Result<EgoGraph> ego = Expand(b, {}, {{type, value}}, hops, options);
  return ego;
}

}  // namespace ariadne::link
