#include "link/resolve.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_set>

namespace ariadne::link {

namespace {

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  int Find(int x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }
  void Union(int a, int b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<int> parent_;
};

uint64_t PairKey(int a, int b) {
  if (a > b) std::swap(a, b);
  return (static_cast<uint64_t>(static_cast<uint32_t>(a)) << 32) | static_cast<uint32_t>(b);
}

// Groups the documents of `pairs` into connected components: component root -> documents, and
// root -> the pairs inside it.
struct PairComponents {
  std::unordered_map<int, std::vector<int>> documents;
  std::unordered_map<int, std::vector<size_t>> pairs;
};

template <typename PairT>
PairComponents ComponentsOf(const std::vector<PairT>& pairs, size_t document_count) {
  UnionFind uf(document_count);
  for (const PairT& p : pairs) uf.Union(p.a, p.b);
  PairComponents out;
  std::unordered_set<int> seen;
  for (size_t i = 0; i < pairs.size(); ++i) {
    const int root = uf.Find(pairs[i].a);
    out.pairs[root].push_back(i);
    for (int d : {pairs[i].a, pairs[i].b}) {
      if (seen.insert(d).second) out.documents[root].push_back(d);
    }
  }
  for (auto& [root, docs] : out.documents) std::sort(docs.begin(), docs.end());
  return out;
}

}  // namespace

void Resolver::AddDocument(int64_t id) {
  if (index_.count(id) != 0) return;
  index_[id] = static_cast<int>(ids_.size());
  ids_.push_back(id);
  contacts_of_.emplace_back();
}

int Resolver::Index(int64_t id) const {
  auto it = index_.find(id);
  return it == index_.end() ? -1 : it->second;
}

void Resolver::AddContact(int64_t document_id, const std::string& kind, const std::string& value) {
  const int doc = Index(document_id);
  if (doc < 0) return;
  std::string key = kind;
  key.push_back('\0');
  key += value;
  auto [it, inserted] = value_index_.try_emplace(std::move(key), static_cast<int>(values_.size()));
  if (inserted) values_.push_back({kind, value, {}});
  Value& v = values_[it->second];
  if (v.documents.empty() || v.documents.back() != doc) v.documents.push_back(doc);
  std::vector<int>& mine = contacts_of_[doc];
  if (std::find(mine.begin(), mine.end(), it->second) == mine.end()) mine.push_back(it->second);
}

void Resolver::AddText(int64_t document_id, const Signature& signature, int64_t shingles) {
  const int doc = Index(document_id);
  if (doc < 0 || shingles < options_.min_shingles) return;
  texts_.push_back({doc, signature});
}

void Resolver::AddPhotoGroup(const std::vector<int64_t>& documents, double similarity,
                             const std::string& description) {
  PhotoGroup group{{}, similarity, description};
  for (int64_t id : documents) {
    const int d = Index(id);
    if (d >= 0) group.documents.push_back(d);
  }
  std::sort(group.documents.begin(), group.documents.end());
  group.documents.erase(std::unique(group.documents.begin(), group.documents.end()),
                        group.documents.end());
  if (group.documents.size() >= 2) photo_groups_.push_back(std::move(group));
}

size_t Resolver::ContactsOn(const std::vector<int>& documents,
                            const std::vector<bool>& generic) const {
  std::unordered_set<int> contacts;
  for (int d : documents) {
    for (int c : contacts_of_[d]) {
      if (!generic[c]) contacts.insert(c);
    }
  }
  return contacts.size();
}

// LSH banding (sort-based buckets), then each candidate pair confirmed on its signatures.
void Resolver::FindTextLinks(Linkage& out) {
  struct Entry {
    uint64_t key;
    int band;
    int text;
  };
  std::vector<Entry> entries;
  entries.reserve(texts_.size() * kBands);
  for (int t = 0; t < static_cast<int>(texts_.size()); ++t) {
    const auto keys = BandKeys(texts_[t].signature);
    for (int band = 0; band < kBands; ++band) entries.push_back({keys[band], band, t});
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& x, const Entry& y) {
    return std::tie(x.band, x.key, x.text) < std::tie(y.band, y.key, y.text);
  });
  // Candidate pairs from every bucket, each kept once, then confirmed on the signatures.
  std::vector<uint64_t> candidates;
  auto consider = [&](int tx, int ty) {
    if (texts_[tx].document != texts_[ty].document) candidates.push_back(PairKey(tx, ty));
  };
  for (size_t begin = 0; begin < entries.size();) {
    size_t end = begin + 1;
    while (end < entries.size() && entries[end].band == entries[begin].band &&
           entries[end].key == entries[begin].key) {
      ++end;
    }
    const size_t size = end - begin;
    if (size > options_.max_bucket_pairs) {
      for (size_t i = begin + 1; i < end; ++i) consider(entries[begin].text, entries[i].text);
    } else {
      for (size_t i = begin; i < end; ++i) {
        for (size_t k = i + 1; k < end; ++k) consider(entries[i].text, entries[k].text);
      }
    }
    begin = end;
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  for (uint64_t key : candidates) {
    const Text& x = texts_[key >> 32];
    const Text& y = texts_[key & 0xffffffffu];
    const double j = EstimatedJaccard(x.signature, y.signature);
    if (j >= options_.text_threshold) {
      text_pairs_.push_back(
          {std::min(x.document, y.document), std::max(x.document, y.document), j, ""});
    }
  }
  for (const Pair& p : text_pairs_) {
    out.links.push_back({ids_[p.a], ids_[p.b], "text", p.similarity});
  }
}

Linkage Resolver::Resolve() {
  Linkage out;
  out.documents = static_cast<int64_t>(ids_.size());
  const double n = std::max<double>(2, static_cast<double>(ids_.size()));

  // Generic contact values: many documents, many unrelated other contacts beside them.
  std::vector<bool> generic(values_.size(), false);
  for (size_t v = 0; v < values_.size(); ++v) {
    const Value& value = values_[v];
    const auto df = static_cast<int64_t>(value.documents.size());
    if (df < options_.generic_min_documents) continue;
    std::unordered_set<int> others;
    for (int d : value.documents) {
      for (int o : contacts_of_[d]) {
        if (o != static_cast<int>(v)) others.insert(o);
      }
    }
    const auto other_count = static_cast<int64_t>(others.size());
    if (other_count >= options_.generic_min_other_contacts &&
        static_cast<double>(other_count) >=
            options_.generic_other_share * static_cast<double>(df)) {
      generic[v] = true;
      out.generic.push_back(
          {value.kind, value.value, df,
           fmt::format("on {} documents beside {} other contact values: a shared or site-wide "
                       "contact, not one advertiser's",
                       df, other_count)});
    }
  }

  FindTextLinks(out);
  // Generic text: a group of near-identical texts that carries many different contacts is a
  // popular phrasing or site boilerplate, not one author's template.
  std::vector<bool> text_pair_generic(text_pairs_.size(), false);
  const PairComponents text_groups = ComponentsOf(text_pairs_, ids_.size());
  for (const auto& [root, docs] : text_groups.documents) {
    const size_t contacts = ContactsOn(docs, generic);
    if (static_cast<int64_t>(contacts) < options_.generic_text_contacts) continue;
    for (size_t i : text_groups.pairs.at(root)) text_pair_generic[i] = true;
    out.generic.push_back(
        {"text", fmt::format("near-identical text of document #{}", ids_[docs.front()]),
         static_cast<int64_t>(docs.size()),
         fmt::format("{} documents with this text carry {} different contact values: a popular "
                     "phrasing or boilerplate, not one author's template",
                     docs.size(), contacts)});
  }
  // Generic photos: the same picture next to many different contacts is a stock photo.
  std::vector<Pair> photo_pairs;
  std::vector<const PhotoGroup*> joining_photos;
  for (const PhotoGroup& g : photo_groups_) {
    const size_t contacts = ContactsOn(g.documents, generic);
    if (static_cast<int64_t>(contacts) >= options_.generic_text_contacts) {
      out.generic.push_back(
          {"photo", fmt::format("{} (first in document #{})", g.description, ids_[g.documents[0]]),
           static_cast<int64_t>(g.documents.size()),
           fmt::format("{} documents show this photo beside {} different contact values: a stock "
                       "or widely copied photo, not one advertiser's",
                       g.documents.size(), contacts)});
      continue;
    }
    joining_photos.push_back(&g);
    for (size_t i = 1; i < g.documents.size(); ++i) {
      photo_pairs.push_back({g.documents[0], g.documents[i], g.similarity, g.description});
    }
  }

  UnionFind uf(ids_.size());
  for (size_t v = 0; v < values_.size(); ++v) {
    if (generic[v]) continue;
    const std::vector<int>& docs = values_[v].documents;
    for (size_t i = 1; i < docs.size(); ++i) uf.Union(docs[0], docs[i]);
  }
  std::vector<Pair> joining_text;
  for (size_t i = 0; i < text_pairs_.size(); ++i) {
    if (text_pair_generic[i]) continue;
    uf.Union(text_pairs_[i].a, text_pairs_[i].b);
    joining_text.push_back(text_pairs_[i]);
  }
  for (const Pair& p : photo_pairs) {
    uf.Union(p.a, p.b);
    out.links.push_back({ids_[p.a], ids_[p.b], "photo", p.similarity});
  }

  // Clusters and their reasons.
  std::unordered_map<int, size_t> cluster_of_root;
  std::vector<std::vector<int>> members;
  for (int d = 0; d < static_cast<int>(ids_.size()); ++d) {
    const int root = uf.Find(d);
    auto [it, inserted] = cluster_of_root.try_emplace(root, members.size());
    if (inserted) members.emplace_back();
    members[it->second].push_back(d);
  }
  std::vector<Cluster> clusters(members.size());
  auto documents_of = [&](const std::vector<int>& docs) {
    std::vector<int64_t> out_ids;
    for (int d : docs) out_ids.push_back(ids_[d]);
    std::sort(out_ids.begin(), out_ids.end());
    return out_ids;
  };
  for (size_t v = 0; v < values_.size(); ++v) {
    const Value& value = values_[v];
    if (generic[v] || value.documents.size() < 2) continue;
    const double idf = std::log(n / static_cast<double>(value.documents.size()));
    clusters[cluster_of_root[uf.Find(value.documents[0])]].reasons.push_back(
        {value.kind, value.value, documents_of(value.documents), idf});
  }
  auto add_text_reasons = [&](const std::vector<Pair>& pairs, const std::string& kind,
                              const char* what) {
    const PairComponents groups = ComponentsOf(pairs, ids_.size());
    for (const auto& [root, docs] : groups.documents) {
      double sum = 0, low = 1;
      for (size_t i : groups.pairs.at(root)) {
        sum += pairs[i].similarity;
        low = std::min(low, pairs[i].similarity);
      }
      const double mean = sum / static_cast<double>(groups.pairs.at(root).size());
      clusters[cluster_of_root[uf.Find(docs.front())]].reasons.push_back(
          {kind,
           fmt::format("{} on {} documents ({} confirmed pairs, similarity {:.2f} on average, "
                       "{:.2f} at least)",
                       what, docs.size(), groups.pairs.at(root).size(), mean, low),
           documents_of(docs), mean * std::log(n / static_cast<double>(docs.size()))});
    }
  };
  add_text_reasons(joining_text, "text", "near-identical text");
  for (const PhotoGroup* g : joining_photos) {
    clusters[cluster_of_root[uf.Find(g->documents.front())]].reasons.push_back(
        {"photo", g->description, documents_of(g->documents),
         g->similarity * std::log(n / static_cast<double>(g->documents.size()))});
  }

  for (size_t c = 0; c < clusters.size(); ++c) {
    if (members[c].size() < 2) continue;
    Cluster& cluster = clusters[c];
    cluster.documents = documents_of(members[c]);
    std::sort(cluster.reasons.begin(), cluster.reasons.end(), [](const Reason& a, const Reason& b) {
      const double wa = a.weight * static_cast<double>(a.documents.size());
      const double wb = b.weight * static_cast<double>(b.documents.size());
      return wa != wb ? wa > wb : a.value < b.value;
    });
    for (const Reason& r : cluster.reasons) cluster.evidence += r.weight;
    out.clusters.push_back(std::move(cluster));
  }
  std::sort(out.clusters.begin(), out.clusters.end(), [](const Cluster& a, const Cluster& b) {
    return a.documents.size() != b.documents.size() ? a.documents.size() > b.documents.size()
                                                    : a.documents.front() < b.documents.front();
  });
  return out;
}

}  // namespace ariadne::link
