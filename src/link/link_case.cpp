#include "link/link_case.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "link/minhash.h"
#include "link/photos.h"
#include "link/shingles.h"
#include "store/sqlite/sqlite_db.h"

namespace ariadne::link {

namespace {

// Flag families that make up the triage parts. Control: coercion, control and exploitation
// (CTL, EXP) and deceptive recruitment (DEC); inauthentic account: AUT and obfuscated contact
// (OBF). Network evidence comes from the links themselves, not from NET flags.
bool IsControlFamily(const std::string& family) {
  return family == "CTL" || family == "EXP" || family == "DEC";
}
bool IsInauthenticFamily(const std::string& family) {
  return family == "AUT" || family == "OBF";
}

std::string Band(int64_t score) {
  return score >= 60 ? "high" : score >= 25 ? "medium" : "low";
}

nlohmann::json ReasonsJson(const Cluster& cluster) {
  nlohmann::json out = nlohmann::json::array();
  for (const Reason& r : cluster.reasons) {
    out.push_back({{"kind", r.kind},
                   {"value", r.value},
                   {"documents", r.documents},
                   {"weight", std::round(r.weight * 100) / 100}});
  }
  return out;
}

struct DocumentFlags {
  std::set<std::string> control;
  std::set<std::string> inauthentic;
  bool shared_contact_personas = false;  // N-PHONE
};

TriageParts PartsOf(const Cluster& cluster,
                    const std::unordered_map<int64_t, DocumentFlags>& flags) {
  TriageParts parts;
  const auto size = static_cast<double>(cluster.documents.size());
  // Network: how many ads the evidence joins (saturating at 10), full when N-PHONE saw several
  // personas on one contact.
  int64_t with_control = 0, with_inauthentic = 0, personas = 0;
  std::set<std::string> control_ids, inauthentic_ids;
  for (int64_t d : cluster.documents) {
    auto it = flags.find(d);
    if (it == flags.end()) continue;
    if (!it->second.control.empty()) ++with_control;
    if (!it->second.inauthentic.empty()) ++with_inauthentic;
    if (it->second.shared_contact_personas) ++personas;
    control_ids.insert(it->second.control.begin(), it->second.control.end());
    inauthentic_ids.insert(it->second.inauthentic.begin(), it->second.inauthentic.end());
  }
  parts.network = std::min(1.0, std::log2(size) / std::log2(10.0));
  parts.network_why = fmt::format("{} ads joined by {} pieces of evidence",
                                  cluster.documents.size(), cluster.reasons.size());
  if (personas > 0) {
    parts.network = 1;
    parts.network_why +=
        fmt::format("; {} ads show several personas on one contact (N-PHONE)", personas);
  }
  auto join = [](const std::set<std::string>& ids) {
    std::string out;
    for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + id;
    return out;
  };
  parts.control = static_cast<double>(with_control) / size;
  parts.control_why =
      with_control == 0 ? "no control or exploitation indicator in its ads"
                        : fmt::format("{} of {} ads carry control or exploitation indicators ({})",
                                      with_control, cluster.documents.size(), join(control_ids));
  parts.inauthentic = static_cast<double>(with_inauthentic) / size;
  parts.inauthentic_why =
      with_inauthentic == 0
          ? "no inauthentic-account indicator in its ads"
          : fmt::format("{} of {} ads carry inauthentic-account indicators ({})", with_inauthentic,
                        cluster.documents.size(), join(inauthentic_ids));
  return parts;
}

nlohmann::json PartsJson(const TriageParts& p, int64_t score) {
  auto part = [](double value, const std::string& why) {
    return nlohmann::json{{"value", std::round(value * 100) / 100}, {"why", why}};
  };
  return {{"network", part(p.network, p.network_why)},
          {"control", part(p.control, p.control_why)},
          {"inauthentic", part(p.inauthentic, p.inauthentic_why)},
          {"score", score},
          {"formula", "100 x network x (0.2 + 0.8 x control) x (0.6 + 0.4 x inauthentic)"}};
}

}  // namespace

int64_t TriageScore(const TriageParts& p) {
  return std::lround(100 * p.network * (0.2 + 0.8 * p.control) * (0.6 + 0.4 * p.inauthentic));
}

store::TextSignatureRow SignDocument(const Document& doc,
                                     const std::vector<store::StoredSelector>& selectors) {
  std::vector<MaskSpan> masked;
  for (const store::StoredSelector& s : selectors) {
    masked.push_back({static_cast<size_t>(s.start), static_cast<size_t>(s.end)});
  }
  std::sort(masked.begin(), masked.end(),
            [](const MaskSpan& a, const MaskSpan& b) { return a.start < b.start; });
  // Overlapping selectors (a handle inside a URL) are masked as one span.
  std::vector<MaskSpan> merged;
  for (const MaskSpan& m : masked) {
    if (!merged.empty() && m.start < merged.back().end) {
      merged.back().end = std::max(merged.back().end, m.end);
    } else {
      merged.push_back(m);
    }
  }
  const std::vector<uint64_t> shingles = TextShingles(doc.text, merged);
  return {doc.id, static_cast<int64_t>(shingles.size()), ToBytes(MinHash(shingles))};
}

namespace {

namespace sql = store::sqlite;

void AddFlag(std::unordered_map<int64_t, DocumentFlags>& flags, const store::FlagFamilyRow& row) {
  DocumentFlags& f = flags[row.document_id];
  if (IsControlFamily(row.family)) f.control.insert(row.indicator);
  if (IsInauthenticFamily(row.family)) f.inauthentic.insert(row.indicator);
  if (row.indicator == "N-PHONE") f.shared_contact_personas = true;
}

Status SignatureError(int64_t document_id, size_t bytes) {
  return Corrupt(
      fmt::format("document #{}: stored text signature has {} bytes, not {}: run "
                  "`ariadne analyze` again to recompute it",
                  document_id, bytes, kPermutations * 2));
}

// The rows to store for a linkage, and its summary.
struct LinkageRows {
  std::vector<store::StoredCluster> clusters;
  std::vector<store::StoredLink> links;
  std::vector<store::StoredGeneric> generic;
  LinkSummary summary;
};

LinkageRows RowsOf(const Linkage& linkage,
                   const std::unordered_map<int64_t, DocumentFlags>& flags) {
  LinkageRows out;
  LinkSummary& summary = out.summary;
  summary.documents = linkage.documents;
  summary.text_pairs = linkage.text_pairs;
  out.clusters.reserve(linkage.clusters.size());
  for (const Cluster& cluster : linkage.clusters) {
    const TriageParts parts = PartsOf(cluster, flags);
    const int64_t score = TriageScore(parts);
    store::StoredCluster row;
    row.id = cluster.documents.front();
    row.size = static_cast<int64_t>(cluster.documents.size());
    row.evidence = cluster.evidence;
    row.score = score;
    row.band = Band(score);
    row.parts_json = PartsJson(parts, score).dump();
    row.reasons_json = ReasonsJson(cluster).dump();
    row.documents = cluster.documents;
    out.clusters.push_back(std::move(row));
    ++summary.clusters;
    summary.linked_documents += static_cast<int64_t>(cluster.documents.size());
    summary.largest_cluster =
        std::max(summary.largest_cluster, static_cast<int64_t>(cluster.documents.size()));
  }
  out.links.reserve(linkage.links.size());
  for (const DocumentLink& l : linkage.links) {
    out.links.push_back({l.a, l.b, l.kind, l.similarity});
    if (l.kind == "text") ++summary.text_links;
  }
  for (const GenericValue& g : linkage.generic)
    out.generic.push_back({g.kind, g.value, g.documents, g.why});
  summary.generic_values = static_cast<int64_t>(out.generic.size());
  return out;
}

// Runs `body` in one write transaction of `db`, rolled back when it fails.
template <typename Body>
Status InTransaction(sql::Db& db, Body&& body) {
  ARIADNE_RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
  Status st = body();
  if (st.ok()) st = db.Exec("COMMIT");
  if (!st.ok()) (void)db.Exec("ROLLBACK");
  return st;
}

// Records the members of the generic text groups of `generic` (replacing those of `documents`,
// or all when `documents` is null).
Status PutGenericTexts(sql::Db& db, const std::vector<GenericValue>& generic) {
  auto put = db.Prepare(
      "INSERT OR REPLACE INTO link_generic_texts (document_id, text_group) VALUES (?, ?)");
  if (!put.ok()) return put.status();
  for (const GenericValue& g : generic) {
    if (g.kind != "text" || g.members.empty()) continue;
    for (int64_t d : g.members)
      ARIADNE_RETURN_IF_ERROR(put->Bind(1, d).Bind(2, g.members[0]).Run());
  }
  return Status::Ok();
}

Status PutState(sql::Db& db, int64_t last_document, int64_t documents, int64_t full_documents) {
  auto put = db.Prepare(
      "INSERT OR REPLACE INTO link_state (id, last_document, documents, full_documents) VALUES "
      "(1, ?, ?, ?)");
  if (!put.ok()) return put.status();
  return put->Bind(1, last_document).Bind(2, documents).Bind(3, full_documents).Run();
}

}  // namespace

Result<LinkSummary> LinkCase(store::Case& c, const ResolveOptions& options) {
  store::CaseStore& s = c.store();
  Result<std::unique_ptr<sql::Db>> db = sql::OpenCaseDb(c.dir());
  if (!db.ok()) return db.status();
  // Until the new state is written, the next link is a full one (a killed run loses nothing).
  ARIADNE_RETURN_IF_ERROR((*db)->Exec("DELETE FROM link_state"));
  Resolver resolver(options);
  Result<std::vector<int64_t>> ids = s.DocumentIds();
  if (!ids.ok()) return ids.status();
  for (int64_t id : *ids) resolver.AddDocument(id);
  ARIADNE_RETURN_IF_ERROR(s.ForEachContact([&](const store::ContactRow& row) {
    resolver.AddContact(row.document_id, row.type, row.value);
    return Status::Ok();
  }));
  ARIADNE_RETURN_IF_ERROR(s.ForEachTextSignature([&](const store::TextSignatureRow& row) {
    Signature signature;
    if (!FromBytes(row.signature, signature)) {
      return SignatureError(row.document_id, row.signature.size());
    }
    resolver.AddText(row.document_id, signature, row.shingles);
    return Status::Ok();
  }));
  ARIADNE_RETURN_IF_ERROR(AddPhotoEvidence(s, resolver));
  std::unordered_map<int64_t, DocumentFlags> flags;
  ARIADNE_RETURN_IF_ERROR(s.ForEachFlagFamily({"CTL", "EXP", "DEC", "AUT", "OBF"}, {"N-PHONE"},
                                              [&](const store::FlagFamilyRow& row) {
                                                AddFlag(flags, row);
                                                return Status::Ok();
                                              }));

  const Linkage linkage = resolver.Resolve();
  LinkageRows rows = RowsOf(linkage, flags);
  ARIADNE_RETURN_IF_ERROR(s.Begin());
  if (Status st = s.ReplaceLinkage(rows.clusters, rows.links, rows.generic); !st.ok()) {
    s.Rollback();
    return st;
  }
  ARIADNE_RETURN_IF_ERROR(s.Commit());
  const int64_t last = ids->empty() ? 0 : ids->back();
  const auto count = static_cast<int64_t>(ids->size());
  ARIADNE_RETURN_IF_ERROR(InTransaction(**db, [&] {
    ARIADNE_RETURN_IF_ERROR((*db)->Exec("DELETE FROM link_generic_texts"));
    ARIADNE_RETURN_IF_ERROR(PutGenericTexts(**db, linkage.generic));
    return PutState(**db, last, count, count);
  }));
  return rows.summary;
}

namespace {

struct LinkState {
  int64_t last_document = 0;
  int64_t documents = 0;
  int64_t full_documents = 0;
};

// Reads one integer column of every row of `st` after binding `bind`.
template <typename Bind>
Result<std::vector<int64_t>> Ints(sql::Statement& st, Bind&& bind) {
  bind(st);
  std::vector<int64_t> out;
  ARIADNE_RETURN_IF_ERROR(st.ForEachRow([&] { out.push_back(st.Int(0)); }));
  return out;
}

// "on 250 documents beside 40 other contact values: ..." -> 40; -1 when absent.
int64_t OthersInWhy(const std::string& why) {
  const size_t at = why.find(" beside ");
  if (at == std::string::npos) return -1;
  return std::atoll(why.c_str() + at + 8);
}

// The incremental link; returns an empty full_because on success, or why a full link is needed.
class Incremental {
 public:
  Incremental(store::Case& c, sql::Db& db, const ResolveOptions& options,
              const IncrementalOptions& incremental)
      : c_(c), db_(db), options_(options), incremental_(incremental) {}

  Result<LinkSummary> Run();

 private:
  Result<bool> Prepare();       // false: full link (full_because_ says why)
  Status FindTextNeighbours();  // old documents near-identical to a new one
  Result<bool> CloseRegion();   // false: region too large
  Result<bool> GenericStillHolds();
  Status Write(const Linkage& linkage, const LinkageRows& rows);
  void Push(int64_t d) {
    if (in_region_.insert(d).second) queue_.push_back(d);
  }

  store::Case& c_;
  sql::Db& db_;
  ResolveOptions options_;
  IncrementalOptions incremental_;
  std::string full_because_;
  LinkState state_;
  std::vector<int64_t> new_ids_;
  int64_t total_ = 0;
  // Stored generic contact values (kind '\0' value) -> (documents, other contacts beside them).
  std::unordered_map<std::string, std::pair<int64_t, int64_t>> generic_;
  std::set<std::string> generic_touched_;
  // Signatures of every document (ids ascending).
  std::vector<int64_t> sig_ids_;
  std::vector<Signature> sigs_;
  std::vector<int64_t> sig_shingles_;
  std::vector<PhotoGroupRow> photo_groups_;
  std::unordered_map<int64_t, std::vector<int>> photo_groups_of_;
  // The region.
  std::unordered_set<int64_t> in_region_;
  std::vector<int64_t> queue_;
  std::set<int64_t> old_clusters_;
  std::set<int64_t> generic_text_groups_;
  std::vector<int> photo_groups_touched_;
  struct Contact {
    int64_t document;
    std::string kind, value;
  };
  std::vector<Contact> contacts_;
};

Result<bool> Incremental::Prepare() {
  {
    auto st = db_.Prepare("SELECT last_document, documents, full_documents FROM link_state");
    if (!st.ok()) return st.status();
    bool found = false;
    ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] {
      state_ = {st->Int(0), st->Int(1), st->Int(2)};
      found = true;
    }));
    if (!found) {
      full_because_ = "no record of a previous complete link";
      return false;
    }
  }
  {
    auto st = db_.Prepare("SELECT count(*) FROM documents WHERE id <= ?");
    if (!st.ok()) return st.status();
    auto n = Ints(*st, [&](sql::Statement& q) { q.Bind(1, state_.last_document); });
    if (!n.ok()) return n.status();
    if (n->empty() || (*n)[0] != state_.documents) {
      full_because_ = "documents linked before were removed";
      return false;
    }
  }
  {
    auto st = db_.Prepare("SELECT id FROM documents WHERE id > ? ORDER BY id");
    if (!st.ok()) return st.status();
    auto ids = Ints(*st, [&](sql::Statement& q) { q.Bind(1, state_.last_document); });
    if (!ids.ok()) return ids.status();
    new_ids_ = std::move(ids).value();
  }
  total_ = state_.documents + static_cast<int64_t>(new_ids_.size());
  if (incremental_.analysed_documents > static_cast<int64_t>(new_ids_.size())) {
    full_because_ = "documents linked before were analysed again";
    return false;
  }
  if (static_cast<double>(new_ids_.size()) >
      incremental_.max_region_share * static_cast<double>(total_)) {
    full_because_ = fmt::format("{} new documents are more than {:.0f}% of the case",
                                new_ids_.size(), incremental_.max_region_share * 100);
    return false;
  }
  auto st = db_.Prepare(
      "SELECT kind, value, documents, why FROM generic_values WHERE kind IN ('phone', 'email', "
      "'handle')");
  if (!st.ok()) return st.status();
  ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] {
    std::string key = st->Text(0);
    key.push_back('\0');
    key += st->Text(1);
    generic_[key] = {st->Int(2), OthersInWhy(st->Text(3))};
  }));
  return true;
}

// Every stored signature is read once; the new documents' band keys are looked up for each, and a
// candidate is confirmed as a full link would (estimated Jaccard >= text_threshold).
Status Incremental::FindTextNeighbours() {
  ARIADNE_RETURN_IF_ERROR(c_.store().ForEachTextSignature([&](const store::TextSignatureRow& row) {
    if (row.shingles < options_.min_shingles) return Status::Ok();
    Signature signature;
    if (!FromBytes(row.signature, signature)) {
      return SignatureError(row.document_id, row.signature.size());
    }
    sig_ids_.push_back(row.document_id);
    sigs_.push_back(signature);
    return Status::Ok();
  }));
  // (band key ^ band) -> new documents' signature indexes.
  std::unordered_map<uint64_t, std::vector<int>> new_keys;
  const auto first_new = static_cast<size_t>(
      std::lower_bound(sig_ids_.begin(), sig_ids_.end(), state_.last_document + 1) -
      sig_ids_.begin());
  if (!std::is_sorted(sig_ids_.begin(), sig_ids_.end())) {
    return Internal("text signatures are not read in document order");
  }
  for (size_t i = first_new; i < sigs_.size(); ++i) {
    for (int band = 0; band < kBands; ++band) {
      new_keys[BandKey(sigs_[i], band) * 31 + static_cast<uint64_t>(band)].push_back(
          static_cast<int>(i));
    }
  }
  if (new_keys.empty()) return Status::Ok();
  for (size_t i = 0; i < first_new; ++i) {
    for (int band = 0; band < kBands; ++band) {
      auto it = new_keys.find(BandKey(sigs_[i], band) * 31 + static_cast<uint64_t>(band));
      if (it == new_keys.end()) continue;
      bool joined = false;
      for (int j : it->second) {
        if (EstimatedJaccard(sigs_[i], sigs_[static_cast<size_t>(j)]) >= options_.text_threshold) {
          joined = true;
          break;
        }
      }
      if (joined) {
        Push(sig_ids_[i]);
        break;
      }
    }
  }
  return Status::Ok();
}

// Adds to the region, until nothing changes, every document sharing evidence with one in it.
Result<bool> Incremental::CloseRegion() {
  auto cluster_of = db_.Prepare("SELECT cluster_id FROM cluster_members WHERE document_id = ?");
  auto members = db_.Prepare("SELECT document_id FROM cluster_members WHERE cluster_id = ?");
  auto contacts = db_.Prepare(
      "SELECT type, value FROM selectors WHERE document_id = ? AND type IN ('phone', 'email', "
      "'handle')");
  auto carriers = db_.Prepare("SELECT document_id FROM selectors WHERE type = ? AND value = ?");
  auto links = db_.Prepare(
      "SELECT doc_b FROM document_links WHERE doc_a = ?1 UNION ALL SELECT doc_a FROM "
      "document_links WHERE doc_b = ?1");
  auto group_of = db_.Prepare("SELECT text_group FROM link_generic_texts WHERE document_id = ?");
  auto group = db_.Prepare("SELECT document_id FROM link_generic_texts WHERE text_group = ?");
  for (auto* st : {&cluster_of, &members, &contacts, &carriers, &links, &group_of, &group}) {
    if (!st->ok()) return st->status();
  }
  std::unordered_set<std::string> values_seen;
  std::set<int> photo_seen;
  const auto limit =
      static_cast<size_t>(incremental_.max_region_share * static_cast<double>(total_));
  std::string key;
  for (size_t next = 0; next < queue_.size(); ++next) {
    if (in_region_.size() > limit) {
      full_because_ = fmt::format("the region new documents touch grew past {} documents", limit);
      return false;
    }
    const int64_t d = queue_[next];
    auto push_all = [&](const Result<std::vector<int64_t>>& ids) {
      if (ids.ok()) {
        for (int64_t id : *ids) Push(id);
      }
      return ids.status();
    };
    auto cluster = Ints(*cluster_of, [&](sql::Statement& q) { q.Bind(1, d); });
    if (!cluster.ok()) return cluster.status();
    for (int64_t id : *cluster) {
      if (!old_clusters_.insert(id).second) continue;
      ARIADNE_RETURN_IF_ERROR(push_all(Ints(*members, [&](sql::Statement& q) { q.Bind(1, id); })));
    }
    sql::Statement& cq = *contacts;
    cq.Bind(1, d);
    std::vector<std::pair<std::string, std::string>> found;
    ARIADNE_RETURN_IF_ERROR(cq.ForEachRow([&] { found.emplace_back(cq.Text(0), cq.Text(1)); }));
    for (auto& [kind, value] : found) {
      key = kind;
      key.push_back('\0');
      key += value;
      contacts_.push_back({d, kind, value});
      if (generic_.count(key)) {
        generic_touched_.insert(key);
        continue;
      }
      if (!values_seen.insert(key).second) continue;
      ARIADNE_RETURN_IF_ERROR(
          push_all(Ints(*carriers, [&](sql::Statement& q) { q.Bind(1, kind).Bind(2, value); })));
    }
    ARIADNE_RETURN_IF_ERROR(push_all(Ints(*links, [&](sql::Statement& q) { q.Bind(1, d); })));
    auto text_group = Ints(*group_of, [&](sql::Statement& q) { q.Bind(1, d); });
    if (!text_group.ok()) return text_group.status();
    for (int64_t g : *text_group) {
      if (!generic_text_groups_.insert(g).second) continue;
      ARIADNE_RETURN_IF_ERROR(push_all(Ints(*group, [&](sql::Statement& q) { q.Bind(1, g); })));
    }
    if (auto it = photo_groups_of_.find(d); it != photo_groups_of_.end()) {
      for (int g : it->second) {
        if (!photo_seen.insert(g).second) continue;
        photo_groups_touched_.push_back(g);
        for (int64_t id : photo_groups_[static_cast<size_t>(g)].documents) Push(id);
      }
    }
  }
  return true;
}

// A stored generic contact value stays generic when the documents added cannot have pushed the
// share of other contacts beside it below the threshold (those only grow; its documents grow too).
Result<bool> Incremental::GenericStillHolds() {
  auto count =
      db_.Prepare("SELECT count(DISTINCT document_id) FROM selectors WHERE type = ? AND value = ?");
  if (!count.ok()) return count.status();
  for (const std::string& key : generic_touched_) {
    const size_t zero = key.find('\0');
    const std::string kind = key.substr(0, zero), value = key.substr(zero + 1);
    auto n = Ints(*count, [&](sql::Statement& q) { q.Bind(1, kind).Bind(2, value); });
    if (!n.ok()) return n.status();
    auto& [documents, others] = generic_[key];
    const int64_t now = n->empty() ? 0 : (*n)[0];
    if (others < 0 ||
        static_cast<double>(others) < options_.generic_other_share * static_cast<double>(now)) {
      full_because_ = fmt::format("{} {} is now on {} documents and might stop being generic", kind,
                                  value, now);
      return false;
    }
    documents = now;
  }
  return true;
}

Status Incremental::Write(const Linkage& linkage, const LinkageRows& rows) {
  return InTransaction(db_, [&]() -> Status {
    auto drop_cluster = db_.Prepare("DELETE FROM clusters WHERE id = ?");
    auto drop_member = db_.Prepare("DELETE FROM cluster_members WHERE document_id = ?");
    auto drop_links = db_.Prepare("DELETE FROM document_links WHERE doc_a = ?1 OR doc_b = ?1");
    auto drop_group = db_.Prepare("DELETE FROM link_generic_texts WHERE document_id = ?");
    auto drop_generic = db_.Prepare("DELETE FROM generic_values WHERE kind = ? AND value = ?");
    auto drop_photo = db_.Prepare(
        "DELETE FROM generic_values WHERE kind = 'photo' AND value LIKE '%(first in document #' "
        "|| ? || ')'");
    auto put_cluster = db_.Prepare(
        "INSERT OR REPLACE INTO clusters (id, size, evidence, score, band, parts, reasons) VALUES "
        "(?, ?, ?, ?, ?, ?, ?)");
    auto put_member = db_.Prepare(
        "INSERT OR REPLACE INTO cluster_members (document_id, cluster_id) VALUES (?, ?)");
    auto put_link = db_.Prepare(
        "INSERT OR REPLACE INTO document_links (doc_a, doc_b, kind, similarity) VALUES (?, ?, ?, "
        "?)");
    auto put_generic = db_.Prepare(
        "INSERT OR REPLACE INTO generic_values (kind, value, documents, why) VALUES (?, ?, ?, ?)");
    auto set_count =
        db_.Prepare("UPDATE generic_values SET documents = ? WHERE kind = ? AND value = ?");
    for (auto* st : {&drop_cluster, &drop_member, &drop_links, &drop_group, &drop_generic,
                     &drop_photo, &put_cluster, &put_member, &put_link, &put_generic, &set_count}) {
      if (!st->ok()) return st->status();
    }
    for (int64_t id : old_clusters_) ARIADNE_RETURN_IF_ERROR(drop_cluster->Bind(1, id).Run());
    for (int64_t d : in_region_) {
      ARIADNE_RETURN_IF_ERROR(drop_member->Bind(1, d).Run());
      ARIADNE_RETURN_IF_ERROR(drop_links->Bind(1, d).Run());
      ARIADNE_RETURN_IF_ERROR(drop_group->Bind(1, d).Run());
    }
    for (int64_t g : generic_text_groups_) {
      ARIADNE_RETURN_IF_ERROR(drop_generic->Bind(1, "text")
                                  .Bind(2, fmt::format("near-identical text of document #{}", g))
                                  .Run());
    }
    for (int g : photo_groups_touched_) {
      const std::vector<int64_t>& docs = photo_groups_[static_cast<size_t>(g)].documents;
      ARIADNE_RETURN_IF_ERROR(drop_photo->Bind(1, std::to_string(docs.front())).Run());
    }
    for (const store::StoredCluster& cl : rows.clusters) {
      ARIADNE_RETURN_IF_ERROR(put_cluster->Bind(1, cl.id)
                                  .Bind(2, cl.size)
                                  .Bind(3, cl.evidence)
                                  .Bind(4, cl.score)
                                  .Bind(5, cl.band)
                                  .Bind(6, cl.parts_json)
                                  .Bind(7, cl.reasons_json)
                                  .Run());
      for (int64_t d : cl.documents)
        ARIADNE_RETURN_IF_ERROR(put_member->Bind(1, d).Bind(2, cl.id).Run());
    }
    for (const store::StoredLink& l : rows.links) {
      ARIADNE_RETURN_IF_ERROR(
          put_link->Bind(1, l.a).Bind(2, l.b).Bind(3, l.kind).Bind(4, l.similarity).Run());
    }
    for (const store::StoredGeneric& g : rows.generic) {
      ARIADNE_RETURN_IF_ERROR(
          put_generic->Bind(1, g.kind).Bind(2, g.value).Bind(3, g.documents).Bind(4, g.why).Run());
    }
    for (const std::string& key : generic_touched_) {
      const size_t zero = key.find('\0');
      ARIADNE_RETURN_IF_ERROR(set_count->Bind(1, generic_[key].first)
                                  .Bind(2, key.substr(0, zero))
                                  .Bind(3, key.substr(zero + 1))
                                  .Run());
    }
    ARIADNE_RETURN_IF_ERROR(PutGenericTexts(db_, linkage.generic));
    return PutState(db_, new_ids_.back(), total_, state_.full_documents);
  });
}

Result<LinkSummary> Incremental::Run() {
  LinkSummary summary;
  Result<bool> ready = Prepare();
  if (!ready.ok()) return ready.status();
  if (*ready && new_ids_.empty()) {
    summary.incremental = true;
    summary.documents = state_.documents;
  } else if (*ready) {
    for (int64_t id : new_ids_) Push(id);
    ARIADNE_RETURN_IF_ERROR(FindTextNeighbours());
    Result<std::vector<PhotoGroupRow>> photos = PhotoGroups(c_.store());
    if (!photos.ok()) return photos.status();
    photo_groups_ = std::move(photos).value();
    for (size_t g = 0; g < photo_groups_.size(); ++g) {
      for (int64_t d : photo_groups_[g].documents)
        photo_groups_of_[d].push_back(static_cast<int>(g));
    }
    ready = CloseRegion();
    if (ready.ok() && *ready) ready = GenericStillHolds();
    if (!ready.ok()) return ready.status();
  }
  if (!*ready) {
    Result<LinkSummary> full = LinkCase(c_, options_);
    if (full.ok()) {
      full->new_documents = static_cast<int64_t>(new_ids_.size());
      full->full_because = full_because_;
    }
    return full;
  }
  if (!new_ids_.empty()) {
    ResolveOptions region_options = options_;
    region_options.case_documents = total_;
    Resolver resolver(region_options);
    std::vector<int64_t> region(in_region_.begin(), in_region_.end());
    std::sort(region.begin(), region.end());
    for (int64_t d : region) resolver.AddDocument(d);
    for (const std::string& key : generic_touched_) {
      const size_t zero = key.find('\0');
      resolver.AddKnownGeneric(std::string_view(key).substr(0, zero),
                               std::string_view(key).substr(zero + 1));
    }
    for (const Contact& ct : contacts_) resolver.AddContact(ct.document, ct.kind, ct.value);
    for (int64_t d : region) {
      auto it = std::lower_bound(sig_ids_.begin(), sig_ids_.end(), d);
      if (it == sig_ids_.end() || *it != d) continue;
      resolver.AddText(d, sigs_[static_cast<size_t>(it - sig_ids_.begin())], options_.min_shingles);
    }
    for (int g : photo_groups_touched_) {
      const PhotoGroupRow& row = photo_groups_[static_cast<size_t>(g)];
      resolver.AddPhotoGroup(row.documents, row.similarity, row.description);
    }
    std::unordered_map<int64_t, DocumentFlags> flags;
    {
      auto st = db_.Prepare(
          "SELECT DISTINCT indicator, family FROM flags WHERE document_id = ? AND (family IN "
          "('CTL', 'EXP', 'DEC', 'AUT', 'OBF') OR indicator = 'N-PHONE')");
      if (!st.ok()) return st.status();
      for (int64_t d : region) {
        st->Bind(1, d);
        ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] {
          AddFlag(flags, {d, st->Text(0), st->Text(1)});
        }));
      }
    }
    const Linkage linkage = resolver.Resolve();
    const LinkageRows rows = RowsOf(linkage, flags);
    ARIADNE_RETURN_IF_ERROR(Write(linkage, rows));
    summary = rows.summary;
    summary.incremental = true;
    summary.documents = total_;
    summary.new_documents = static_cast<int64_t>(new_ids_.size());
    summary.region_documents = static_cast<int64_t>(region.size());
  }
  auto st =
      db_.Prepare("SELECT count(*), coalesce(sum(size), 0), coalesce(max(size), 0) FROM clusters");
  if (!st.ok()) return st.status();
  ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] {
    summary.clusters = st->Int(0);
    summary.linked_documents = st->Int(1);
    summary.largest_cluster = st->Int(2);
  }));
  auto generic = db_.Prepare("SELECT count(*) FROM generic_values");
  if (!generic.ok()) return generic.status();
  ARIADNE_RETURN_IF_ERROR(generic->ForEachRow([&] { summary.generic_values = generic->Int(0); }));
  return summary;
}

}  // namespace

Result<LinkSummary> LinkNewDocuments(store::Case& c, const ResolveOptions& options,
                                     const IncrementalOptions& incremental) {
  Result<std::unique_ptr<sql::Db>> db = sql::OpenCaseDb(c.dir());
  if (!db.ok()) return db.status();
  return Incremental(c, **db, options, incremental).Run();
}

}  // namespace ariadne::link
