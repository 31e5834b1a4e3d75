#include "link/link_case.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <future>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <span>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "link/band_index.h"
#include "link/mentions.h"
#include "link/minhash.h"
#include "link/photos.h"
#include "link/shingles.h"
#include "link/skeleton.h"
#include "link/text_skeleton.h"
#include "store/contact_kinds.h"
#include "store/selector_in_title.h"
#include "store/sqlite/sqlite_case_store.h"
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
    nlohmann::json reason = {{"kind", r.kind},
                             {"value", r.value},
                             {"documents", r.documents},
                             {"weight", std::round(r.weight * 100) / 100}};
    if (!r.quoted_on.empty()) {
      reason["quoted_on"] = r.quoted_on;
      reason["quoted_why"] = r.quoted_why;
    }
    out.push_back(std::move(reason));
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

namespace {

// The document's text as linking reads it (its site's footer left out) and the spans to mask in
// it, sorted and merged.
std::pair<std::string_view, std::vector<MaskSpan>> MaskedText(
    const Document& doc, const std::vector<store::StoredSelector>& selectors) {
  std::vector<MaskSpan> masked;
  for (const store::StoredSelector& s : selectors) {
    if (store::InTitle(s.details_json)) continue;  // its offsets are into the title
    masked.push_back({static_cast<size_t>(s.start), static_cast<size_t>(s.end)});
    // The words that mention someone else's contact (mentions.h): a blacklist paragraph copied
    // from ad to ad must not join them by text.
    if (const auto span = MentionedSpan(s.details_json)) masked.push_back(*span);
    // The listing block a quoted contact stands in (quoted.h): other ads' titles and names, the
    // same widget on many ads of a site, must not join them by text, nor keep a mirror of the ad
    // without the widget from its original.
    if (const auto span = ListingSpan(s.details_json)) masked.push_back(*span);
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
  const std::string_view text = WithoutSiteFooter(doc.text, doc.site);
  while (!merged.empty() && merged.back().start >= text.size()) merged.pop_back();
  if (!merged.empty()) merged.back().end = std::min(merged.back().end, text.size());
  return {text, std::move(merged)};
}

// How many distinct contact values the selectors name, 255 at most (skeleton.h,
// Skeleton::contacts).
uint8_t ContactsNamed(const std::vector<store::StoredSelector>& selectors) {
  std::set<std::pair<std::string_view, std::string_view>> values;
  for (const store::StoredSelector& s : selectors) {
    if (store::IsContactKind(s.type)) values.emplace(s.type, s.value);
  }
  return static_cast<uint8_t>(std::min<size_t>(values.size(), 255));
}

}  // namespace

namespace {

store::TextSignatureRow SignatureOf(int64_t document_id, std::string_view text,
                                    const std::vector<MaskSpan>& masked) {
  const std::vector<uint64_t> shingles = TextShingles(text, masked);
  return {document_id, static_cast<int64_t>(shingles.size()), ToBytes(MinHash(shingles))};
}

}  // namespace

store::TextSignatureRow SignDocument(const Document& doc,
                                     const std::vector<store::StoredSelector>& selectors) {
  const auto [text, masked] = MaskedText(doc, selectors);
  return SignatureOf(doc.id, text, masked);
}

TextEvidence TextEvidenceOf(const Document& doc,
                            const std::vector<store::StoredSelector>& selectors) {
  const auto [text, masked] = MaskedText(doc, selectors);
  return {SignatureOf(doc.id, text, masked),
          SkeletonBytes(SkeletonOf(text, masked, ContactsNamed(selectors)))};
}

SkeletonWriter::SkeletonWriter(store::CaseStore& s) : db_(store::sqlite::ConnectionOf(s)) {}

Status SkeletonWriter::Put(int64_t document_id, std::string_view skeleton) {
  if (db_ == nullptr) return Status::Ok();  // another backend: no skeleton evidence
  if (!put_) {
    auto st = db_->Prepare("UPDATE text_signatures SET skeleton = ? WHERE document_id = ?");
    if (!st.ok()) return st.status();
    put_ = std::move(st).value();
  }
  return put_->BindBlob(1, skeleton).Bind(2, document_id).Run();
}

std::string_view WithoutSiteFooter(std::string_view text, std::string_view site) {
  if (site.starts_with("www.")) site.remove_prefix(4);
  if (site.empty()) return text;
  // The last blank line: a line break, spaces or tabs (or a carriage return), a line break.
  for (size_t end = text.size(); end > 0;) {
    const size_t nl = text.rfind('\n', end - 1);
    if (nl == std::string_view::npos || nl == 0) return text;
    size_t before = nl;
    while (before > 0 &&
           (text[before - 1] == ' ' || text[before - 1] == '\t' || text[before - 1] == '\r'))
      --before;
    if (before > 0 && text[before - 1] == '\n') {
      const size_t start = before - 1;
      const std::string_view footer = text.substr(nl + 1);
      // Something of the advertiser's must come before it.
      if (text.substr(0, start).find_first_not_of(" \t\r\n") == std::string_view::npos) return text;
      return footer.find(site) != std::string_view::npos ? text.substr(0, start) : text;
    }
    end = nl;
  }
  return text;
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

store::StoredCluster ClusterRow(const Cluster& cluster,
                                const std::unordered_map<int64_t, DocumentFlags>& flags) {
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
  return row;
}

LinkageRows RowsOf(const Linkage& linkage,
                   const std::unordered_map<int64_t, DocumentFlags>& flags) {
  LinkageRows out;
  LinkSummary& summary = out.summary;
  summary.documents = linkage.documents;
  summary.text_pairs = linkage.text_pairs;
  // The rows (triage and JSON text) are made on two threads, every other cluster each (clusters
  // come largest first, so halves would not be even).
  const size_t count = linkage.clusters.size();
  out.clusters.resize(count);
  auto fill = [&](size_t parity) {
    for (size_t i = parity; i < count; i += 2)
      out.clusters[i] = ClusterRow(linkage.clusters[i], flags);
  };
  {
    std::thread helper(fill, 1);
    fill(0);
    helper.join();
  }
  for (const Cluster& cluster : linkage.clusters) {
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

// link_generic_texts' marker row (document -1): the link that wrote the table also recorded the
// text groups the organisations rule kept apart (negative groups). A case linked by an older
// version has none, and its next link is full.
constexpr int64_t kApartTextsMarker = -1;

// A band of the band index is read whole (BandIndex::ReadBand) when the new texts' keys in it are
// at least one per this many entries (one per 8 pages of 4 KiB): their searches in the map would
// first-touch pages that cost more than reading the whole band does.
constexpr size_t kKeysPerBandRead = 4096;

// Lookups in (key, value) pairs sorted by key: the value of `key`'s first pair, if any, and each
// value of `key`.
std::optional<int64_t> ValueOf(const std::vector<std::pair<int64_t, int64_t>>& pairs, int64_t key) {
  auto it =
      std::lower_bound(pairs.begin(), pairs.end(), std::pair<int64_t, int64_t>{key, INT64_MIN});
  if (it == pairs.end() || it->first != key) return std::nullopt;
  return it->second;
}
template <typename Fn>
void ForEachValueOf(const std::vector<std::pair<int64_t, int64_t>>& pairs, int64_t key, Fn&& fn) {
  for (auto it = std::lower_bound(pairs.begin(), pairs.end(),
                                  std::pair<int64_t, int64_t>{key, INT64_MIN});
       it != pairs.end() && it->first == key; ++it) {
    fn(it->second);
  }
}

// Records the members of the generic text groups of `linkage` (group: the smallest document id),
// of the text groups it kept apart (Linkage::apart_texts; group: minus the smallest document id)
// and the marker row, into an empty link_generic_texts.
Status PutGenericTexts(sql::Db& db, const Linkage& linkage) {
  auto put = db.Prepare(
      "INSERT OR REPLACE INTO link_generic_texts (document_id, text_group) VALUES (?, ?)");
  if (!put.ok()) return put.status();
  for (const GenericValue& g : linkage.generic) {
    if (g.kind != "text" || g.members.empty()) continue;
    for (int64_t d : g.members)
      ARIADNE_RETURN_IF_ERROR(put->Bind(1, d).Bind(2, g.members[0]).Run());
  }
  for (const std::vector<int64_t>& group : linkage.apart_texts) {
    for (int64_t d : group) ARIADNE_RETURN_IF_ERROR(put->Bind(1, d).Bind(2, -group[0]).Run());
  }
  return put->Bind(1, kApartTextsMarker).Bind(2, int64_t{0}).Run();
}

// What the last complete link saw (one row of link_state).
struct LinkState {
  int64_t last_document = 0;
  int64_t documents = 0;
  int64_t full_documents = 0;
  // The band index file written by the last full link (band_index.h): its token and the last
  // document it covers; token 0: none.
  int64_t bands_token = 0;
  int64_t bands_last_document = 0;
};

Status PutState(sql::Db& db, const LinkState& state) {
  auto put = db.Prepare(
      "INSERT OR REPLACE INTO link_state (id, last_document, documents, full_documents, "
      "bands_token, bands_last_document) VALUES (1, ?, ?, ?, ?, ?)");
  if (!put.ok()) return put.status();
  put->Bind(1, state.last_document).Bind(2, state.documents).Bind(3, state.full_documents);
  if (state.bands_token != 0) {
    put->Bind(4, state.bands_token).Bind(5, state.bands_last_document);
  } else {
    put->BindNull(4).BindNull(5);
  }
  return put->Run();
}

// A stored text signature, read apart from the resolver (on a thread of its own).
struct SignedRow {
  int64_t document;
  int64_t shingles;
  Signature signature;
};

// Every stored text signature in document order, read through `db`: a connection of its own, so
// that it can run on another thread while the case store reads the contacts.
Result<std::vector<SignedRow>> ReadSignatures(sql::Db& db) {
  auto st = db.Prepare("SELECT document_id, shingles, signature FROM text_signatures ORDER BY 1");
  if (!st.ok()) return st.status();
  std::vector<SignedRow> out;
  Status bad = Status::Ok();
  ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] {
    if (!bad.ok()) return;
    SignedRow& row = out.emplace_back();
    row.document = st->Int(0);
    row.shingles = st->Int(1);
    if (!FromBytes(st->Bytes(2), row.signature))
      bad = SignatureError(row.document, st->Bytes(2).size());
  }));
  ARIADNE_RETURN_IF_ERROR(bad);
  return out;
}

// Adds to `resolver` the sites of the case whose domain an e-mail address it holds is at
// (Resolver::AddSite): each domain looked up in the documents' sites (an index look-up each; a
// site written with "www." counts as its domain).
Status AddSitesOfAddresses(sql::Db& db, Resolver& resolver) {
  const std::vector<std::string> domains = resolver.AddressDomainsToLookUp();
  if (domains.empty()) return Status::Ok();
  auto st = db.Prepare("SELECT 1 FROM documents WHERE site IN (?, ?) LIMIT 1");
  if (!st.ok()) return st.status();
  for (const std::string& domain : domains) {
    const std::string www = "www." + domain;
    st->Bind(1, std::string_view(domain)).Bind(2, std::string_view(www));
    bool found = false;
    ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] { found = true; }));
    if (found) resolver.AddSite(domain);
  }
  return Status::Ok();
}

// A skeleton pair with its site (link_skeleton_pairs' row).
struct SitePair {
  std::string site;
  SkeletonPair pair;
};

Status SkeletonError(int64_t document_id) {
  return Corrupt(fmt::format(
      "text_signatures: the skeleton of document #{} cannot be read (damaged case): restore the "
      "case from a backup, or delete its row and run `ariadne analyze` again",
      document_id));
}

// The skeleton pairs (skeleton.h) of every site, or of `site` only when given, read through `db`,
// in (site, a, b) order. One site's skeletons are held at a time.
Result<std::vector<SitePair>> SkeletonPairs(sql::Db& db, std::optional<std::string_view> site) {
  auto st = db.Prepare(
      site ? "SELECT d.site, t.document_id, t.skeleton FROM documents d JOIN text_signatures t ON "
             "t.document_id = d.id WHERE d.site = ? ORDER BY t.document_id"
           : "SELECT d.site, t.document_id, t.skeleton FROM documents d JOIN text_signatures t ON "
             "t.document_id = d.id WHERE d.site <> '' ORDER BY d.site, t.document_id");
  if (!st.ok()) return st.status();
  if (site) st->Bind(1, *site);
  std::vector<SitePair> out;
  std::string current;
  std::vector<SiteDocument> documents;
  auto finish = [&] {
    for (const SkeletonPair& p : SiteSkeletonPairs(documents)) out.push_back({current, p});
    documents.clear();
  };
  Status bad = Status::Ok();
  ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] {
    if (!bad.ok()) return;
    const std::string_view row_site = st->Bytes(0);
    if (row_site != current) {
      finish();
      current = row_site;
    }
    SiteDocument& doc = documents.emplace_back();
    doc.id = st->Int(1);
    if (!SkeletonFromBytes(st->Bytes(2), doc.skeleton)) bad = SkeletonError(doc.id);
  }));
  ARIADNE_RETURN_IF_ERROR(bad);
  finish();
  return out;
}

// Replaces the stored skeleton pairs of `site` (of every site when not given) with `pairs`.
Status PutSkeletonPairs(sql::Db& db, std::optional<std::string_view> site,
                        const std::vector<SitePair>& pairs) {
  if (site) {
    auto drop = db.Prepare("DELETE FROM link_skeleton_pairs WHERE site = ?");
    if (!drop.ok()) return drop.status();
    ARIADNE_RETURN_IF_ERROR(drop->Bind(1, *site).Run());
  } else {
    ARIADNE_RETURN_IF_ERROR(db.Exec("DELETE FROM link_skeleton_pairs"));
  }
  auto put = db.Prepare(
      "INSERT INTO link_skeleton_pairs (site, doc_a, doc_b, words, lines, jaccard) VALUES (?, ?, "
      "?, ?, ?, ?)");
  if (!put.ok()) return put.status();
  for (const SitePair& p : pairs) {
    if (site && p.site != *site) continue;
    ARIADNE_RETURN_IF_ERROR(put->Bind(1, std::string_view(p.site))
                                .Bind(2, p.pair.a)
                                .Bind(3, p.pair.b)
                                .Bind(4, static_cast<int64_t>(p.pair.words))
                                .Bind(5, static_cast<int64_t>(p.pair.lines))
                                .Bind(6, p.pair.jaccard)
                                .Run());
  }
  return Status::Ok();
}

// Every stored skeleton pair, in (site, a, b) order.
Result<std::vector<SitePair>> StoredSkeletonPairs(sql::Db& db) {
  auto st = db.Prepare(
      "SELECT site, doc_a, doc_b, words, lines, jaccard FROM link_skeleton_pairs ORDER BY 1, 2, 3");
  if (!st.ok()) return st.status();
  std::vector<SitePair> out;
  ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] {
    out.push_back({st->Text(0),
                   {st->Int(1), st->Int(2), static_cast<uint32_t>(st->Int(3)),
                    static_cast<uint32_t>(st->Int(4)), st->Real(5)}});
  }));
  return out;
}

void AddSkeletonPairs(Resolver& resolver, const std::vector<SitePair>& pairs) {
  for (const SitePair& p : pairs)
    resolver.AddSkeletonPair(p.pair.a, p.pair.b, p.pair.words, p.pair.lines, p.pair.jaccard);
}

// A token that tells one full link's band index file from another's.
int64_t NewBandsToken() {
  const auto now = std::chrono::system_clock::now().time_since_epoch().count();
  const auto token =
      static_cast<int64_t>(static_cast<uint64_t>(now) ^ (static_cast<uint64_t>(getpid()) << 48));
  return token == 0 ? 1 : token;
}

}  // namespace

Result<LinkSummary> LinkCase(store::Case& c, const ResolveOptions& options) {
  store::CaseStore& s = c.store();
  Result<std::unique_ptr<sql::Db>> db = sql::OpenCaseDb(c.dir());
  if (!db.ok()) return db.status();
  // Until the new state is written, the next link is a full one (a killed run loses nothing). The
  // network flags read the linkage this replaces: their next run recomputes the whole case.
  ARIADNE_RETURN_IF_ERROR((*db)->Exec("DELETE FROM link_state"));
  ARIADNE_RETURN_IF_ERROR((*db)->Exec("DELETE FROM pass_state WHERE pass = 'network'"));
  std::vector<Phase> phases;
  PhaseClock clock(&phases);
  Resolver resolver(options);
  Result<std::vector<int64_t>> ids = s.DocumentIds();
  if (!ids.ok()) return ids.status();
  for (int64_t id : *ids) resolver.AddDocument(id);
  clock.Lap("read documents");
  // The signatures are read on a second thread (and connection) while this one reads the contacts.
  std::future<Result<std::vector<SignedRow>>> signatures =
      std::async(std::launch::async, [&db] { return ReadSignatures(**db); });
  std::vector<SitePair> skeleton_pairs;
  Status contacts = s.ForEachContact([&](const store::ContactRow& row) {
    resolver.AddContact(row.document_id, row.type, row.value, row.quoted, row.segment);
    resolver.AddOpening(row.document_id, row.opening);
    return Status::Ok();
  });
  {
    Result<std::vector<SignedRow>> signed_rows = signatures.get();
    ARIADNE_RETURN_IF_ERROR(contacts);
    if (!signed_rows.ok()) return signed_rows.status();
    for (const SignedRow& row : *signed_rows)
      resolver.AddText(row.document, row.signature, row.shingles);
  }
  clock.Lap("read contacts and text signatures");
  {
    Result<std::vector<SitePair>> found = SkeletonPairs(**db, std::nullopt);
    if (!found.ok()) return found.status();
    skeleton_pairs = std::move(found).value();
  }
  AddSkeletonPairs(resolver, skeleton_pairs);
  clock.Lap("template skeleton pairs");
  ARIADNE_RETURN_IF_ERROR(AddSitesOfAddresses(**db, resolver));
  ARIADNE_RETURN_IF_ERROR(AddPhotoEvidence(s, resolver));
  std::unordered_map<int64_t, DocumentFlags> flags;
  ARIADNE_RETURN_IF_ERROR(s.ForEachFlagFamily({"CTL", "EXP", "DEC", "AUT", "OBF"}, {"N-PHONE"},
                                              [&](const store::FlagFamilyRow& row) {
                                                AddFlag(flags, row);
                                                return Status::Ok();
                                              }));
  clock.Lap("read photos and flags");

  std::vector<std::vector<BandEntry>> bands;
  resolver.KeepBandIndex(&bands);
  resolver.RecordPhases(&phases);
  const Linkage linkage = resolver.Resolve();
  clock.Lap("resolve, total of the steps above");
  const int64_t last = ids->empty() ? 0 : ids->back();
  const auto count = static_cast<int64_t>(ids->size());
  LinkState state{last, count, count, 0, 0};
  // The band index file is written on a second thread while this one stores the linkage; link_state
  // (deleted above) names it only once both are done, so no reader trusts it while it is replaced.
  std::future<Status> band_file;
  if (!bands.empty()) {
    state.bands_token = NewBandsToken();
    state.bands_last_document = last;
    band_file = std::async(std::launch::async, [&] {
      Status written = WriteBandIndex(c.dir() / kBandIndexFile, state.bands_token, last, bands,
                                      resolver.Texts(), options.max_bucket_pairs);
      std::vector<std::vector<BandEntry>>().swap(bands);
      return written;
    });
  }
  LinkageRows rows = RowsOf(linkage, flags);
  clock.Lap("cluster rows (triage, reasons JSON)");
  ARIADNE_RETURN_IF_ERROR(s.Begin());
  if (Status st = s.ReplaceLinkage(rows.clusters, rows.links, rows.generic); !st.ok()) {
    s.Rollback();
    return st;
  }
  ARIADNE_RETURN_IF_ERROR(s.Commit());
  clock.Lap("write linkage rows (band index file beside)");
  if (band_file.valid()) ARIADNE_RETURN_IF_ERROR(band_file.get());
  clock.Lap("wait for the band index file");
  ARIADNE_RETURN_IF_ERROR(InTransaction(**db, [&] {
    ARIADNE_RETURN_IF_ERROR((*db)->Exec("DELETE FROM link_generic_texts"));
    ARIADNE_RETURN_IF_ERROR(PutGenericTexts(**db, linkage));
    ARIADNE_RETURN_IF_ERROR(PutSkeletonPairs(**db, std::nullopt, skeleton_pairs));
    return PutState(**db, state);
  }));
  clock.Lap("write generic texts and state");
  rows.summary.phases = std::move(phases);
  rows.summary.last_document = last;
  return rows.summary;
}

namespace {

// Reads one integer column of every row of `st` after binding `bind`.
template <typename Bind>
Result<std::vector<int64_t>> Ints(sql::Statement& st, Bind&& bind) {
  bind(st);
  std::vector<int64_t> out;
  ARIADNE_RETURN_IF_ERROR(st.ForEachRow([&] { out.push_back(st.Int(0)); }));
  return out;
}

// The ids as a JSON array, for one query over all of them (json_each) instead of one per id.
std::string IdArray(const std::vector<int64_t>& ids) {
  std::string out = "[";
  for (int64_t id : ids) {
    if (out.size() > 1) out.push_back(',');
    out += std::to_string(id);
  }
  out.push_back(']');
  return out;
}

// "on 250 documents beside 40 other contact values: ..." -> 40; -1 when absent.
int64_t OthersInWhy(const std::string& why) {
  const size_t at = why.find(" beside ");
  if (at == std::string::npos) return -1;
  return std::atoll(why.c_str() + at + 8);
}

// "353 documents with this text carry 146 different contact values: ..." -> 146; 0 when absent.
int64_t ContactsInWhy(const std::string& why) {
  const size_t at = why.find(" carry ");
  if (at == std::string::npos) return 0;
  return std::atoll(why.c_str() + at + 7);
}

// An old document proposed as near-identical to a new text (its index in the new texts). Eight
// bytes: a 1M case has about 800,000 of them for 10,000 new texts.
struct Candidate {
  uint32_t document;
  uint32_t text;
};

// Sorts `items` by key(item), a 32-bit number, keeping the order of items with equal keys: a radix
// sort (two passes of 11 bits for keys below 4 million, three at most), several times faster than
// comparison sorting hundreds of thousands of items.
template <typename T, typename Key>
void StableRadixSort(std::vector<T>& items, Key key) {
  constexpr int kBits = 11;
  constexpr size_t kDigits = size_t{1} << kBits;
  uint32_t highest = 0;
  for (const T& item : items) highest = std::max<uint32_t>(highest, key(item));
  std::vector<T> scratch(items.size());
  std::vector<size_t> start(kDigits);
  for (int shift = 0; shift < 32 && (highest >> shift) != 0; shift += kBits) {
    std::fill(start.begin(), start.end(), 0);
    auto digit = [&](const T& item) { return (key(item) >> shift) & (kDigits - 1); };
    for (const T& item : items) ++start[digit(item)];
    size_t sum = 0;
    for (size_t& s : start) sum += std::exchange(s, sum);
    for (const T& item : items) scratch[start[digit(item)]++] = item;
    items.swap(scratch);
  }
}

// Sorts candidates, made in ascending new-text order and each pair once, by document and then new
// text.
void SortByDocument(std::vector<Candidate>& candidates) {
  StableRadixSort(candidates, [](const Candidate& c) { return c.document; });
}

// The incremental link; returns an empty full_because on success, or why a full link is needed.
class Incremental {
 public:
  Incremental(store::Case& c, sql::Db& db, const ResolveOptions& options,
              const IncrementalOptions& incremental)
      : c_(c), db_(db), options_(options), incremental_(incremental) {}

  Result<LinkSummary> Run();

 private:
  Result<std::optional<LinkSummary>> RunInTransaction();  // nullopt: link the whole case
  Result<bool> Prepare();  // false: full link (full_because_ says why)
  Status NewSitesKeepAddresses(const std::set<std::string>& sites);
  Status FindTextNeighbours();  // old documents near-identical to a new one
  Status CountBuckets(const std::vector<Signature>& fresh);
  Status Confirm(std::vector<Candidate>& candidates, const std::vector<Signature>& fresh);
  Status ScanSignatures(int64_t after);
  std::optional<int64_t> StarCentre(int band, uint32_t key) const;
  static uint64_t BucketId(int band, uint32_t key) {
    return static_cast<uint64_t>(band) << 32 | key;
  }
  struct Bucket;
  // The bucket (band, key) of a new text; nullptr when no new text falls in it.
  const Bucket* FreshBucket(int band, uint32_t key) const {
    const std::vector<uint32_t>& keys = fresh_keys_[static_cast<size_t>(band)];
    auto it = std::lower_bound(keys.begin(), keys.end(), key);
    if (it == keys.end() || *it != key) return nullptr;
    return &buckets_[static_cast<size_t>(band)][static_cast<size_t>(it - keys.begin())];
  }
  // The scanned old texts in bucket (band, key).
  auto Scanned(int band, uint32_t key) const {
    const uint64_t id = BucketId(band, key);
    return std::make_pair(std::lower_bound(scanned_.begin(), scanned_.end(),
                                           std::pair<uint64_t, int64_t>{id, INT64_MIN}),
                          std::upper_bound(scanned_.begin(), scanned_.end(),
                                           std::pair<uint64_t, int64_t>{id, INT64_MAX}));
  }
  Result<bool> CloseRegion();  // false: region too large
  // Finds the new documents' sites' skeleton pairs again and brings the documents of every pair
  // that appeared or went since the last link into the region (a new document changes which
  // sentences and words of its site are rare, and so pairs of old documents too).
  Status FindSkeletonChanges();
  Result<bool> GenericStillHolds();
  Status LoadGenericTexts();
  // Whether `document` is in a stored generic text group: then a new document near-identical to it
  // joins that group (marked) instead of bringing it into the region.
  bool JoinsGenericText(int64_t document, uint32_t text) {
    const std::optional<int64_t> group = TextGroupOf(document);
    if (!group) return false;
    generic_text_groups_.insert(*group);
    marked_[fresh_ids_[text]].insert(*group);
    std::vector<int64_t>& marks = text_marks_[text];
    if (!TextMarked(text, *group)) marks.push_back(*group);
    return true;
  }
  // Whether new text `text` is known to join stored generic text group `group` (its entry of
  // marked_, without a search in that map).
  bool TextMarked(uint32_t text, int64_t group) const {
    const std::vector<int64_t>& marks = text_marks_[text];
    return std::find(marks.begin(), marks.end(), group) != marks.end();
  }
  // The stored generic text group `document` is in, if any.
  std::optional<int64_t> TextGroupOf(int64_t document) const {
    return ValueOf(text_group_of_, document);
  }
  // The stored group kept apart that `document` is in, if any.
  std::optional<int64_t> ApartGroupOf(int64_t document) const {
    return ValueOf(apart_of_, document);
  }
  // The stored link_generic_texts row of `document` (a generic group's or one kept apart), if any.
  std::optional<int64_t> StoredTextRow(int64_t document) const {
    const std::optional<int64_t> group = TextGroupOf(document);
    return group ? group : ApartGroupOf(document);
  }
  // How many distinct contact values that turned generic in the region the documents among
  // `documents` carry (`newly_generic_of`: document -> those values, kind '\0' value).
  int64_t NewlyGenericOn(
      const std::set<int64_t>& documents,
      const std::unordered_map<int64_t, std::vector<const std::string*>>& newly_generic_of) const;
  bool MergeGenericTexts(Linkage& linkage);  // false: link the whole case
  Status Write(const Linkage& linkage, const LinkageRows& rows);
  void Push(int64_t d) {
    const auto at = static_cast<size_t>(d);
    if (at >= in_region_.size()) in_region_.resize(at + 1);
    if (in_region_[at]) return;
    in_region_[at] = true;
    queue_.push_back(d);
  }
  bool InRegion(int64_t d) const {
    const auto at = static_cast<size_t>(d);
    return at < in_region_.size() && in_region_[at];
  }
  // The region's documents in id order.
  // The region's contact values the link does not hold generic, sorted and distinct.
  std::vector<store::ContactValue> OwnValuesOfRegion() const {
    std::vector<store::ContactValue> out;
    out.reserve(contacts_.size());
    std::string key;
    for (const Contact& ct : contacts_) {
      key = ct.kind;
      key.push_back('\0');
      key += ct.value;
      if (generic_.count(key) == 0) out.push_back({ct.kind, ct.value});
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  std::vector<int64_t> Region() const {
    std::vector<int64_t> region(queue_);
    std::sort(region.begin(), region.end());
    return region;
  }

  store::Case& c_;
  sql::Db& db_;
  ResolveOptions options_;
  IncrementalOptions incremental_;
  std::string full_because_;
  LinkState state_;
  std::vector<int64_t> new_ids_;
  std::vector<int64_t> fresh_ids_;  // the new documents with a text to link on
  // The band index file of the last full link, when valid.
  std::optional<BandIndex> index_;
  // (band << 32 | key, document) of every old text the band index does not cover, sorted.
  std::vector<std::pair<uint64_t, int64_t>> scanned_;
  // The LSH buckets (band, high 32 bits of the key) the new texts fall in, case-wide: by band, the
  // keys ascending and their buckets in the same order, and each new text's bucket in each band
  // (fresh_bucket_[text * kBands + band], an index into the band's buckets).
  struct Bucket {
    int64_t old_texts = 0;
    int64_t new_texts = 0;
    int64_t first = INT64_MAX;           // smallest document id
    std::span<const BandEntry> indexed;  // its entries in the band index
    bool pushed = false;                 // its old texts were brought into the region
  };
  std::vector<std::vector<uint32_t>> fresh_keys_ = std::vector<std::vector<uint32_t>>(kBands);
  std::vector<std::vector<Bucket>> buckets_ = std::vector<std::vector<Bucket>>(kBands);
  // By band, the entries of its buckets when the band was read whole (Bucket::indexed points in).
  std::vector<std::vector<BandEntry>> indexed_copies_ = std::vector<std::vector<BandEntry>>(kBands);
  std::vector<uint32_t> fresh_bucket_;
  int64_t total_ = 0;
  // Stored generic contact values (kind '\0' value) -> (documents, other contacts beside them).
  std::unordered_map<std::string, std::pair<int64_t, int64_t>> generic_;
  std::set<std::string> generic_touched_;
  std::unordered_set<std::string> generic_nationals_;  // of the stored generic phone numbers
  // Stored services' contacts (resolve.h, IsServiceWhy; kind '\0' value): judged from their own
  // documents, so not kept generic like generic_ but followed into the region and judged again.
  std::unordered_set<std::string> services_;
  std::set<std::string> services_touched_;
  std::vector<PhotoGroupRow> photo_groups_;
  std::unordered_map<int64_t, std::vector<int>> photo_groups_of_;
  // The region: by document id, whether it is in it (a bit each: a million documents take 125 KB,
  // and the candidates test it hundreds of thousands of times), and its documents in the order
  // they joined.
  std::vector<bool> in_region_;
  std::vector<int64_t> queue_;
  std::set<int64_t> old_clusters_;
  std::unordered_map<int64_t, int64_t> old_cluster_of_;  // region document -> stored cluster
  // The stored rows of the clusters reached (read once, for the split check and to write only the
  // clusters that change).
  struct OldCluster {
    int64_t size = 0;
    double evidence = 0;
    int64_t score = 0;
    std::string band, parts, reasons;
    bool split = false;  // one of the parts of a split group
  };
  std::unordered_map<int64_t, OldCluster> old_rows_;
  std::set<int64_t> generic_text_groups_;  // stored generic text groups touched
  // Stored generic text groups: (document, group: its smallest document id) by document, the same
  // pairs as (group, document) by group, and group -> the contact values its why counted.
  std::vector<std::pair<int64_t, int64_t>> text_group_of_;
  std::vector<std::pair<int64_t, int64_t>> text_group_;
  std::unordered_map<int64_t, int64_t> text_group_contacts_;
  // Stored text groups the organisations rule kept apart (Linkage::apart_texts; group: minus its
  // smallest document id): (document, group) by document and (group, document) by group. A region
  // holding one of a group's documents holds them all.
  std::vector<std::pair<int64_t, int64_t>> apart_of_;
  std::vector<std::pair<int64_t, int64_t>> apart_;
  // Region documents known to be in a stored generic text group (their own, or, for new documents,
  // the groups of the stored documents their text is near-identical to).
  std::map<int64_t, std::set<int64_t>> marked_;
  std::vector<std::vector<int64_t>> text_marks_;  // by new text: its groups in marked_
  std::vector<int> photo_groups_touched_;
  struct Contact {
    int64_t document;
    std::string kind, value;
    std::string quoted, segment, opening;  // store::ContactRow's
  };
  // A quote under a heading on a document left out of the region (Resolver::AddKnownQuote).
  struct KnownQuote {
    int64_t document;
    std::string kind, value, quoted, segment;
  };
  std::vector<KnownQuote> known_quotes_;
  std::vector<Contact> contacts_;
  // The sites of the new documents, whose skeleton pairs (skeleton.h) are found again; every
  // site's pairs as a full link would find them now (the stored ones of the other sites), and
  // each document's partners in them.
  std::set<std::string> new_sites_;
  std::vector<SitePair> skeleton_pairs_;
  std::unordered_map<int64_t, std::vector<int64_t>> skeleton_partners_;
};

// A site new to the case makes the addresses at its domain its own (Resolver::AddSite), on
// documents a region need not hold: when one is on the documents already linked, the whole case is
// linked (says full_because_).
Status Incremental::NewSitesKeepAddresses(const std::set<std::string>& sites) {
  auto old = db_.Prepare("SELECT 1 FROM documents WHERE site = ? AND id <= ? LIMIT 1");
  if (!old.ok()) return old.status();
  auto address = db_.Prepare(
      "SELECT 1 FROM selectors WHERE type = 'email' AND +document_id <= ? AND (value LIKE ? "
      "ESCAPE '!' OR "
      "value LIKE ? ESCAPE '!') LIMIT 1");
  if (!address.ok()) return address.status();
  for (const std::string& site : sites) {
    bool seen = false;
    old->Bind(1, std::string_view(site)).Bind(2, state_.last_document);
    ARIADNE_RETURN_IF_ERROR(old->ForEachRow([&] { seen = true; }));
    if (seen) continue;
    const std::string_view domain =
        site.starts_with("www.") ? std::string_view(site).substr(4) : std::string_view(site);
    std::string escaped;
    for (char ch : domain) {
      if (ch == '%' || ch == '_' || ch == '!') escaped.push_back('!');
      escaped.push_back(ch);
    }
    const std::string at = "%@" + escaped, under = "%." + escaped;
    address->Bind(1, state_.last_document)
        .Bind(2, std::string_view(at))
        .Bind(3, std::string_view(under));
    ARIADNE_RETURN_IF_ERROR(address->ForEachRow([&] {
      full_because_ = fmt::format(
          "site {} is new and addresses at its domain are on documents linked before", domain);
    }));
    if (!full_because_.empty()) break;
  }
  return Status::Ok();
}

Result<bool> Incremental::Prepare() {
  {
    auto st = db_.Prepare(
        "SELECT last_document, documents, full_documents, coalesce(bands_token, 0), "
        "coalesce(bands_last_document, 0) FROM link_state");
    if (!st.ok()) return st.status();
    bool found = false;
    ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] {
      state_ = {st->Int(0), st->Int(1), st->Int(2), st->Int(3), st->Int(4)};
      found = true;
    }));
    if (!found) {
      full_because_ = "no record of a previous complete link";
      return false;
    }
  }
  // Documents are never removed from a case (no command does; a tool that ever does must delete
  // link_state), so the documents after last_document are exactly the new ones.
  {
    auto st = db_.Prepare("SELECT id, site FROM documents WHERE id > ? ORDER BY id");
    if (!st.ok()) return st.status();
    st->Bind(1, state_.last_document);
    std::set<std::string>& sites = new_sites_;
    ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] {
      new_ids_.push_back(st->Int(0));
      if (const std::string_view site = st->Bytes(1); !site.empty()) sites.emplace(site);
    }));
    ARIADNE_RETURN_IF_ERROR(NewSitesKeepAddresses(sites));
    if (!full_because_.empty()) return false;
  }
  total_ = state_.documents + static_cast<int64_t>(new_ids_.size());
  if (incremental_.analysed_documents > static_cast<int64_t>(new_ids_.size())) {
    full_because_ = "documents linked before were analysed again";
    return false;
  }
  // The near-identical candidates keep old document ids in 32 bits (Candidate).
  if (state_.last_document > static_cast<int64_t>(UINT32_MAX)) {
    full_because_ = "document ids past 32 bits";
    return false;
  }
  if (static_cast<double>(new_ids_.size()) >
      incremental_.max_region_share * static_cast<double>(total_)) {
    full_because_ = fmt::format("{} new documents are more than {:.0f}% of the case",
                                new_ids_.size(), incremental_.max_region_share * 100);
    return false;
  }
  {
    auto marker = db_.Prepare("SELECT 1 FROM link_generic_texts WHERE document_id = ?");
    if (!marker.ok()) return marker.status();
    bool found = false;
    marker->Bind(1, kApartTextsMarker);
    ARIADNE_RETURN_IF_ERROR(marker->ForEachRow([&] { found = true; }));
    if (!found) {
      full_because_ =
          "linked by an older version, which kept no record of the near-identical texts the "
          "organisations rule keeps apart";
      return false;
    }
  }
  auto st = db_.Prepare("SELECT kind, value, documents, why FROM generic_values WHERE kind IN (" +
                        store::ContactKindsSql() + ")");
  if (!st.ok()) return st.status();
  ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] {
    std::string key = st->Text(0);
    key.push_back('\0');
    key += st->Text(1);
    if (IsServiceWhy(st->Text(3))) {
      services_.insert(std::move(key));
      return;
    }
    // A site's own address stays generic however many documents it is on (no count to check).
    generic_[key] = {st->Int(2), IsSiteWhy(st->Text(3)) ? INT64_MAX : OthersInWhy(st->Text(3))};
    if (st->Text(0) == "phone") {
      const std::string value = st->Text(1);
      if (const std::string_view national = NationalDigits(value); !national.empty())
        generic_nationals_.emplace(national);
    }
  }));
  return true;
}

// The old documents near-identical to a new one: candidates share an LSH bucket with a new document
// (band and high 32 bits of the key) and are confirmed as a full link would (estimated Jaccard >=
// text_threshold). A bucket larger than max_bucket_pairs case-wide is a star in a full link
// (resolve.h): a new text in it is compared with the bucket's smallest document id only, and when
// the new texts make a bucket cross that size, every old text of it joins the region (pairs a full
// link compared before are no longer compared). The band keys of the documents the last full link
// saw come from its band index file (band_index.h); the signatures of documents linked since
// (incrementally), or of all when there is no valid index, are read once and their keys kept.
Status Incremental::FindTextNeighbours() {
  std::vector<Signature> fresh;
  // The new documents' signatures.
  auto fresh_st = db_.Prepare(
      "SELECT document_id, shingles, signature FROM text_signatures WHERE document_id > ?");
  if (!fresh_st.ok()) return fresh_st.status();
  Status bad = Status::Ok();
  fresh_st->Bind(1, state_.last_document);
  ARIADNE_RETURN_IF_ERROR(fresh_st->ForEachRow([&] {
    if (fresh_st->Int(1) < options_.min_shingles) return;
    Signature signature;
    if (!FromBytes(fresh_st->Bytes(2), signature)) {
      bad = SignatureError(fresh_st->Int(0), fresh_st->Bytes(2).size());
      return;
    }
    fresh.push_back(signature);
    fresh_ids_.push_back(fresh_st->Int(0));
  }));
  ARIADNE_RETURN_IF_ERROR(bad);
  if (state_.bands_token != 0 && state_.bands_last_document <= state_.last_document) {
    std::optional<BandIndex> opened =
        BandIndex::Open(c_.dir() / kBandIndexFile, state_.bands_token, state_.bands_last_document,
                        options_.max_bucket_pairs);
    if (opened) index_.emplace(std::move(*opened));
  }
  ARIADNE_RETURN_IF_ERROR(ScanSignatures(index_ ? state_.bands_last_document : 0));
  if (fresh.empty()) return Status::Ok();
  ARIADNE_RETURN_IF_ERROR(CountBuckets(fresh));
  // (document, new signature) pairs to confirm: each new text's candidates from all its bands, once
  // each (a near-identical old text shares several of the 25 bands with it). `proposed_by` holds,
  // by old document, the last new text (+ 1) that proposed it.
  std::vector<Candidate> candidates;
  candidates.reserve(fresh.size() * 64);
  std::vector<uint32_t> proposed_by(
      static_cast<size_t>(std::max<int64_t>(state_.last_document, 0)) + 1);
  const auto cap = static_cast<int64_t>(options_.max_bucket_pairs);
  for (size_t i = 0; i < fresh.size(); ++i) {
    const auto propose = [&](int64_t document) {
      uint32_t& by = proposed_by[static_cast<size_t>(document)];
      if (by == i + 1) return;
      by = static_cast<uint32_t>(i + 1);
      candidates.push_back({static_cast<uint32_t>(document), static_cast<uint32_t>(i)});
    };
    for (int band = 0; band < kBands; ++band) {
      const uint32_t at = fresh_bucket_[i * kBands + static_cast<size_t>(band)];
      Bucket& bucket = buckets_[static_cast<size_t>(band)][at];
      const uint32_t key = fresh_keys_[static_cast<size_t>(band)][at];
      const bool star = bucket.old_texts + bucket.new_texts > cap;
      if (star && bucket.old_texts <= cap && !bucket.pushed) {
        bucket.pushed = true;
        for (const BandEntry& e : bucket.indexed) Push(e.document);
        for (auto [it, end] = Scanned(band, key); it != end; ++it) Push(it->second);
      }
      if (star) {
        if (bucket.old_texts > 0) propose(bucket.first);
        continue;
      }
      for (const BandEntry& e : bucket.indexed) propose(e.document);
      for (auto [it, end] = Scanned(band, key); it != end; ++it) propose(it->second);
    }
  }
  return Confirm(candidates, fresh);
}

// The new texts' buckets: how many texts each holds, old and new, and its smallest document id.
// The band index is read band by band with the new keys in key order: one sweep through each band
// (read whole when the keys are many, else through the map) instead of a search per key.
Status Incremental::CountBuckets(const std::vector<Signature>& fresh) {
  fresh_bucket_.assign(fresh.size() * kBands, 0);
  std::vector<BandEntry> band_buffer;
  std::vector<std::pair<uint32_t, uint32_t>> by_key(fresh.size());  // (key, new text)
  for (int band = 0; band < kBands; ++band) {
    for (size_t i = 0; i < fresh.size(); ++i)
      by_key[i] = {BandKey32(fresh[i], band), static_cast<uint32_t>(i)};
    StableRadixSort(by_key, [](const std::pair<uint32_t, uint32_t>& e) { return e.first; });
    std::vector<uint32_t>& keys = fresh_keys_[static_cast<size_t>(band)];
    std::vector<Bucket>& buckets = buckets_[static_cast<size_t>(band)];
    for (const auto& [key, i] : by_key) {
      if (keys.empty() || keys.back() != key) {
        keys.push_back(key);
        buckets.emplace_back();
      }
      Bucket& bucket = buckets.back();
      ++bucket.new_texts;
      bucket.first = std::min(bucket.first, fresh_ids_[i]);
      fresh_bucket_[static_cast<size_t>(i) * kBands + static_cast<size_t>(band)] =
          static_cast<uint32_t>(buckets.size() - 1);
    }
    // Many new keys reach most pages of the band: then it is read whole into a buffer reused band
    // after band (first touches of mapped pages are dear, band_index.h), and the buckets' entries
    // copied out of it; a few keys search the map.
    std::span<const BandEntry> entries;
    const bool read_whole =
        index_ && keys.size() * kKeysPerBandRead >= static_cast<size_t>(index_->entries_per_band());
    if (read_whole) {
      ARIADNE_RETURN_IF_ERROR(index_->ReadBand(band, band_buffer));
      entries = band_buffer;
    } else if (index_) {
      entries = index_->Entries(band);
    }
    std::vector<BandEntry>& copied = indexed_copies_[static_cast<size_t>(band)];
    const auto by_entry_key = [](const BandEntry& e, uint32_t key) { return e.key < key; };
    size_t at = 0;  // no entry before `at` has a key of this or a later new key
    for (size_t k = 0; k < keys.size(); ++k) {
      const uint32_t key = keys[k];
      size_t high = at, step = 1;  // gallop to a bracket, then a binary search inside it
      while (high < entries.size() && entries[high].key < key) {
        at = high + 1;
        high = at + step;
        step *= 2;
      }
      high = std::min(high, entries.size());
      at = static_cast<size_t>(std::lower_bound(entries.begin() + static_cast<std::ptrdiff_t>(at),
                                                entries.begin() + static_cast<std::ptrdiff_t>(high),
                                                key, by_entry_key) -
                               entries.begin());
      size_t end = at;
      while (end < entries.size() && entries[end].key == key) ++end;
      Bucket& bucket = buckets[k];
      bucket.indexed = entries.subspan(at, end - at);
      for (const BandEntry& e : bucket.indexed)
        bucket.first = std::min<int64_t>(bucket.first, e.document);
      bucket.old_texts = static_cast<int64_t>(bucket.indexed.size());
      if (read_whole) copied.insert(copied.end(), bucket.indexed.begin(), bucket.indexed.end());
      for (auto [it, last] = Scanned(band, key); it != last; ++it) {
        bucket.first = std::min(bucket.first, it->second);
        ++bucket.old_texts;
      }
    }
    if (!read_whole) continue;
    // The buffer is read over by the next band: the buckets keep the copies (in bucket order).
    size_t offset = 0;
    for (Bucket& bucket : buckets) {
      const size_t size = bucket.indexed.size();
      bucket.indexed = std::span<const BandEntry>(copied).subspan(offset, size);
      offset += size;
    }
  }
  return Status::Ok();
}

// Confirms every (old document, new signature) candidate, each old signature read once (in id
// order), and brings the near-identical old documents into the region.
Status Incremental::Confirm(std::vector<Candidate>& candidates,
                            const std::vector<Signature>& fresh) {
  SortByDocument(candidates);
  text_marks_.assign(fresh.size(), {});
  auto st = db_.Prepare("SELECT shingles, signature FROM text_signatures WHERE document_id = ?");
  if (!st.ok()) return st.status();
  Status bad = Status::Ok();
  std::optional<BandIndex::SignatureSweep> sweep;  // candidates come by ascending document
  if (index_) sweep.emplace(*index_);
  for (size_t k = 0; k < candidates.size();) {
    const int64_t document = candidates[k].document;
    size_t end = k;
    while (end < candidates.size() && candidates[end].document == document) ++end;
    // Nothing to learn from a document already in the region, or from a member of a generic text
    // group that every new document proposing it is already known to join.
    const std::optional<int64_t> group = TextGroupOf(document);
    bool needed = !group && !InRegion(document);
    for (size_t m = k; m < end && group && !needed; ++m)
      needed = !TextMarked(candidates[m].text, *group);
    if (!needed) {
      k = end;
      continue;
    }
    bool near = false;
    auto confirm = [&](const Signature& signature) {
      for (size_t m = k; m < end && !near; ++m) {
        const uint32_t i = candidates[m].text;
        if (EstimatedJaccard(signature, fresh[i]) < options_.text_threshold) continue;
        near = !JoinsGenericText(document, i);
      }
    };
    // The index keeps the signatures of the texts it indexed (those long enough to link on).
    if (Signature signature; sweep && document <= static_cast<int64_t>(UINT32_MAX) &&
                             sweep->Find(static_cast<uint32_t>(document), signature)) {
      confirm(signature);
    } else {
      st->Bind(1, document);
      ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] {
        if (st->Int(0) < options_.min_shingles) return;
        Signature signature;
        if (!FromBytes(st->Bytes(1), signature)) {
          bad = SignatureError(document, st->Bytes(1).size());
          return;
        }
        confirm(signature);
      }));
      ARIADNE_RETURN_IF_ERROR(bad);
    }
    if (near) Push(document);
    k = end;
  }
  return Status::Ok();
}

// Reads the signatures of the old documents after `after` once (no copy kept) and keeps their
// band keys (scanned_).
Status Incremental::ScanSignatures(int64_t after) {
  if (after >= state_.last_document) return Status::Ok();
  auto old_st = db_.Prepare(
      "SELECT document_id, shingles, signature FROM text_signatures WHERE document_id > ? AND "
      "document_id <= ?");
  if (!old_st.ok()) return old_st.status();
  Status bad = Status::Ok();
  old_st->Bind(1, after).Bind(2, state_.last_document);
  ARIADNE_RETURN_IF_ERROR(old_st->ForEachRow([&] {
    if (old_st->Int(1) < options_.min_shingles) return;
    Signature signature;
    if (!FromBytes(old_st->Bytes(2), signature)) {
      bad = SignatureError(old_st->Int(0), old_st->Bytes(2).size());
      return;
    }
    for (int band = 0; band < kBands; ++band)
      scanned_.emplace_back(BucketId(band, BandKey32(signature, band)), old_st->Int(0));
  }));
  std::sort(scanned_.begin(), scanned_.end());
  return bad;
}

// The star centre of the bucket (band, key) when it holds more than max_bucket_pairs texts
// case-wide (its smallest document id), for resolving the region as a full link would.
std::optional<int64_t> Incremental::StarCentre(int band, uint32_t key) const {
  const auto cap = static_cast<int64_t>(options_.max_bucket_pairs);
  if (const Bucket* b = FreshBucket(band, key)) {
    return b->old_texts + b->new_texts > cap ? std::optional<int64_t>(b->first) : std::nullopt;
  }
  // No new text in it: as large as the last link saw it.
  if (const LargeBucket* large = index_ ? index_->FindLarge(band, key) : nullptr) {
    return large->first;  // the documents scanned since are all later
  }
  auto [it, end] = Scanned(band, key);
  if (it == end) return std::nullopt;
  const std::span<const BandEntry> indexed =
      index_ ? index_->Find(band, key) : std::span<const BandEntry>();
  if (static_cast<int64_t>(indexed.size() + static_cast<size_t>(end - it)) <= cap) {
    return std::nullopt;
  }
  int64_t first = it->second;
  for (const BandEntry& e : indexed) first = std::min<int64_t>(first, e.document);
  return first;
}

// Adds to the region, until nothing changes, every document sharing evidence with one in it. A
// stored cluster that was not split is closed: every document sharing a non-generic value or a
// stored link with one of its documents is in it. So its documents are reached through its
// members; values and links are followed only from new documents, documents in no cluster and
// documents of split clusters (whose parts share the evidence that crossed between them).
Result<bool> Incremental::CloseRegion() {
  // The stored clusters and the contact values of a round's documents (those queued since the last
  // round), and the rows and members of the clusters first reached in it, are read in one query
  // each, not one per document or cluster; the documents are still taken one by one in queue
  // order, so the region and the order its contacts are read in are as before.
  auto cluster_of = db_.Prepare(
      "SELECT c.document_id, c.cluster_id FROM json_each(?) j CROSS JOIN cluster_members c ON "
      "c.document_id = j.value");
  auto members = db_.Prepare(
      "SELECT m.cluster_id, m.document_id FROM json_each(?) j CROSS JOIN cluster_members m INDEXED "
      "BY cluster_members_by_cluster ON m.cluster_id = j.value");
  auto rows = db_.Prepare(
      "SELECT c.id, c.size, c.evidence, c.score, c.band, c.parts, c.reasons FROM json_each(?) j "
      "CROSS JOIN clusters c ON c.id = j.value");
  // One index seek per document, its kinds checked on the index entries (`+`: the IN list is not
  // used to seek, which took a seek per kind, one per kind and document); the rows come in the same
  // order (by document, kind, row).
  auto contacts = db_.Prepare(
      "SELECT s.document_id, s.type, s.value, " + std::string(store::kContactPlaceColumns) +
      " FROM json_each(?) j CROSS JOIN selectors s INDEXED BY selectors_by_document_type ON "
      "s.document_id = j.value WHERE +s.type IN (" +
      store::ContactKindsSql() + ")");
  auto carriers = db_.Prepare(
      "SELECT document_id, json_extract(details, '$.quoted'), json_extract(details, '$.segment') "
      "FROM selectors WHERE type = ? AND value = ?");
  auto links = db_.Prepare(
      "SELECT doc_b FROM document_links WHERE doc_a = ?1 UNION ALL SELECT doc_a FROM "
      "document_links WHERE doc_b = ?1");
  for (auto* st : {&cluster_of, &members, &rows, &contacts, &carriers, &links}) {
    if (!st->ok()) return st->status();
  }
  // The documents queued before round_end have been read; the maps hold the last round's.
  size_t round_end = 0;
  std::unordered_map<int64_t, int64_t> round_cluster;
  std::unordered_map<int64_t, std::vector<Contact>> round_contacts;
  std::unordered_map<int64_t, std::vector<int64_t>> round_members;
  auto read_round = [&]() -> Status {
    round_cluster.clear();
    round_contacts.clear();
    round_members.clear();
    // In id order: the queries then walk their indexes forwards instead of all over them.
    std::vector<int64_t> ids(queue_.begin() + static_cast<std::ptrdiff_t>(round_end), queue_.end());
    std::sort(ids.begin(), ids.end());
    // Documents added since the last link are in no stored cluster (and have no stored links).
    std::vector<int64_t> unknown;
    for (int64_t id : ids) {
      if (id <= state_.last_document && old_cluster_of_.count(id) == 0) unknown.push_back(id);
    }
    round_end = queue_.size();
    cluster_of->Bind(1, IdArray(unknown));
    ARIADNE_RETURN_IF_ERROR(
        cluster_of->ForEachRow([&] { round_cluster[cluster_of->Int(0)] = cluster_of->Int(1); }));
    std::vector<int64_t> first_reached;
    for (const auto& [document, cluster] : round_cluster) {
      if (old_rows_.count(cluster) == 0) first_reached.push_back(cluster);
    }
    std::sort(first_reached.begin(), first_reached.end());
    first_reached.erase(std::unique(first_reached.begin(), first_reached.end()),
                        first_reached.end());
    const std::string clusters = IdArray(first_reached);
    rows->Bind(1, clusters);
    ARIADNE_RETURN_IF_ERROR(rows->ForEachRow([&] {
      OldCluster& row = old_rows_[rows->Int(0)];
      row.size = rows->Int(1);
      row.evidence = rows->Real(2);
      row.score = rows->Int(3);
      row.band = rows->Text(4);
      row.parts = rows->Text(5);
      row.reasons = rows->Text(6);
      row.split = row.reasons.find("\"kind\":\"split\"") != std::string::npos;
    }));
    members->Bind(1, clusters);
    ARIADNE_RETURN_IF_ERROR(
        members->ForEachRow([&] { round_members[members->Int(0)].push_back(members->Int(1)); }));
    contacts->Bind(1, IdArray(ids));
    ARIADNE_RETURN_IF_ERROR(contacts->ForEachRow([&] {
      const int64_t d = contacts->Int(0);
      round_contacts[d].push_back({d, contacts->Text(1), contacts->Text(2), contacts->Text(3),
                                   contacts->Text(4), contacts->Text(5)});
    }));
    return Status::Ok();
  };
  std::unordered_set<std::string> values_seen;
  std::unordered_set<std::string> own_here;
  std::unordered_map<int64_t, bool> cluster_closed;
  std::set<int> photo_seen;
  std::unordered_set<int64_t> apart_seen;
  const auto limit =
      static_cast<size_t>(incremental_.max_region_share * static_cast<double>(total_));
  std::string key;
  for (size_t next = 0; next < queue_.size(); ++next) {
    if (queue_.size() > limit) {
      full_because_ = fmt::format("the region new documents touch grew past {} documents", limit);
      return false;
    }
    if (next == round_end) ARIADNE_RETURN_IF_ERROR(read_round());
    const int64_t d = queue_[next];
    auto push_all = [&](const Result<std::vector<int64_t>>& ids) {
      if (ids.ok()) {
        for (int64_t id : *ids) Push(id);
      }
      return ids.status();
    };
    // A document reached as a member of its cluster needs no look-up of it.
    std::optional<int64_t> cluster;
    if (auto known = old_cluster_of_.find(d); known != old_cluster_of_.end()) {
      cluster = known->second;
    } else if (auto read = round_cluster.find(d); read != round_cluster.end()) {
      cluster = read->second;
    }
    bool closed = false;
    if (cluster) {
      const int64_t id = *cluster;
      old_cluster_of_[d] = id;
      auto [it, fresh] = cluster_closed.try_emplace(id, false);
      if (fresh) {
        old_clusters_.insert(id);
        const auto row = old_rows_.find(id);
        it->second = row != old_rows_.end() && !row->second.split;
        for (int64_t member : round_members[id]) {
          old_cluster_of_.try_emplace(member, id);
          Push(member);
        }
      }
      closed = it->second;
    }
    // The values this document carries as its own (an occurrence under no related-listings
    // heading, quoted.h).
    own_here.clear();
    std::vector<Contact>& contacts_here = round_contacts[d];
    for (const Contact& contact : contacts_here) {
      if (contact.quoted.empty()) own_here.insert(contact.kind + '\0' + contact.value);
    }
    for (Contact& contact : contacts_here) {
      const std::string& kind = contact.kind;
      const std::string& value = contact.value;
      key = kind;
      key.push_back('\0');
      key += value;
      if (generic_.count(key)) {
        generic_touched_.insert(key);
        continue;
      }
      // A number with the national digits of a stored generic number under another country code is
      // judged with it (resolve.h), over documents a region need not hold: the whole case is
      // linked.
      if (kind == "phone" && !generic_nationals_.empty()) {
        const std::string_view national = NationalDigits(value);
        if (!national.empty() && generic_nationals_.count(std::string(national))) {
          full_because_ = fmt::format(
              "phone {} has the national digits of a generic number under another country code",
              value);
          return false;
        }
      }
      // A service's contact is on other clusters too: its documents are judged again together.
      const bool service = services_.count(key) > 0;
      if (service) services_touched_.insert(key);
      // A value a document linked before only quotes under a heading joins it to nothing, and
      // judges the value's other documents as it did at the last link unless one of them is new
      // (which follows the value): not followed from here. Else a page of widgets would reach
      // every ad it lists, and they every ad they list.
      if (d <= state_.last_document && !contact.quoted.empty() && own_here.count(key) == 0)
        continue;
      // A value that needs corroboration (an IP address, store/contact_kinds.h) may be on
      // documents its cluster does not hold (their texts did not corroborate it): followed from a
      // closed cluster too, so that its documents are judged together as in a full link.
      const store::ContactKind* row = store::FindContactKind(kind);
      const bool spans_clusters = row != nullptr && row->needs_corroboration;
      if ((closed && !service && !spans_clusters) || !values_seen.insert(key).second) continue;
      // Its documents. One linked before that only quotes it under a heading (quoted.h) is not
      // re-resolved for it (it joins that document to nothing): the resolver is told of the quote
      // (Resolver::AddKnownQuote). Else a page of widgets would reach every ad it lists, and they
      // every page listing them.
      carriers->Bind(1, kind).Bind(2, value);
      std::map<int64_t, bool> carrier_own;  // document -> carries the value as its own
      std::vector<KnownQuote> quotes;
      ARIADNE_RETURN_IF_ERROR(carriers->ForEachRow([&] {
        const int64_t c = carriers->Int(0);
        std::string quoted = carriers->Text(1);
        bool& own = carrier_own[c];
        if (quoted.empty() || c > state_.last_document) {
          own = true;
        } else {
          quotes.push_back({c, kind, value, std::move(quoted), carriers->Text(2)});
        }
      }));
      for (const auto& [c, own] : carrier_own) {
        if (own) Push(c);
      }
      for (KnownQuote& q : quotes) {
        if (!carrier_own[q.document]) known_quotes_.push_back(std::move(q));
      }
    }
    // Kept in the order read (the region's resolver takes them in this order), moved, not copied;
    // contacts_ grows geometrically (a reserve per round would move every earlier round's again).
    std::move(contacts_here.begin(), contacts_here.end(), std::back_inserter(contacts_));
    if (!closed && d <= state_.last_document)
      ARIADNE_RETURN_IF_ERROR(push_all(Ints(*links, [&](sql::Statement& q) { q.Bind(1, d); })));
    // A document of a stored generic text group: the group stays generic (MergeGenericTexts), its
    // texts join nothing, so its other documents need not be re-resolved.
    if (const std::optional<int64_t> group = TextGroupOf(d)) {
      generic_text_groups_.insert(*group);
      marked_[d].insert(*group);
    }
    // A text group the organisations rule kept apart: whether it is generic, and so whether its
    // other pairs join, is judged on all its documents, as in a full link.
    if (const std::optional<int64_t> group = ApartGroupOf(d);
        group && apart_seen.insert(*group).second) {
      ForEachValueOf(apart_, *group, [&](int64_t member) { Push(member); });
    }
    if (auto it = photo_groups_of_.find(d); it != photo_groups_of_.end()) {
      for (int g : it->second) {
        if (!photo_seen.insert(g).second) continue;
        photo_groups_touched_.push_back(g);
        for (int64_t id : photo_groups_[static_cast<size_t>(g)].documents) Push(id);
      }
    }
    // A skeleton pair joins two documents when each gives one fresh contact: judged on both.
    if (auto it = skeleton_partners_.find(d); it != skeleton_partners_.end()) {
      for (int64_t partner : it->second) Push(partner);
    }
  }
  return true;
}

Status Incremental::FindSkeletonChanges() {
  Result<std::vector<SitePair>> stored = StoredSkeletonPairs(db_);
  if (!stored.ok()) return stored.status();
  std::vector<SitePair> now;
  // A pair whose figures changed (the new ads changed a word's rarity on its site) changes its
  // cluster's reason, weight and split as a new or a lost pair does: compared whole.
  using PairFigures = std::tuple<int64_t, int64_t, uint32_t, uint32_t, double>;
  const auto figures = [](const SkeletonPair& p) {
    return PairFigures{p.a, p.b, p.words, p.lines, p.jaccard};
  };
  std::vector<PairFigures> before, after;
  for (SitePair& p : *stored) {
    if (new_sites_.count(p.site)) {
      before.push_back(figures(p.pair));
    } else {
      now.push_back(std::move(p));
    }
  }
  for (const std::string& site : new_sites_) {
    Result<std::vector<SitePair>> found = SkeletonPairs(db_, site);
    if (!found.ok()) return found.status();
    for (SitePair& p : *found) {
      after.push_back(figures(p.pair));
      now.push_back(std::move(p));
    }
  }
  std::sort(before.begin(), before.end());
  std::sort(after.begin(), after.end());
  std::vector<PairFigures> changed;
  std::set_symmetric_difference(before.begin(), before.end(), after.begin(), after.end(),
                                std::back_inserter(changed));
  for (const PairFigures& c : changed) {
    Push(std::get<0>(c));
    Push(std::get<1>(c));
  }
  for (const SitePair& p : now) {
    skeleton_partners_[p.pair.a].push_back(p.pair.b);
    skeleton_partners_[p.pair.b].push_back(p.pair.a);
  }
  skeleton_pairs_ = std::move(now);
  return Status::Ok();
}

Status Incremental::LoadGenericTexts() {
  // In document order (the table's key): no sorting for text_group_of_.
  auto texts =
      db_.Prepare("SELECT document_id, text_group FROM link_generic_texts ORDER BY document_id");
  if (!texts.ok()) return texts.status();
  ARIADNE_RETURN_IF_ERROR(texts->ForEachRow([&] {
    const int64_t document = texts->Int(0), group = texts->Int(1);
    if (document == kApartTextsMarker) return;
    (group > 0 ? text_group_of_ : apart_of_).emplace_back(document, group);
  }));
  apart_.reserve(apart_of_.size());
  for (const auto& [document, group] : apart_of_) apart_.emplace_back(group, document);
  std::sort(apart_.begin(), apart_.end());
  text_group_.reserve(text_group_of_.size());
  for (const auto& [document, group] : text_group_of_) text_group_.emplace_back(group, document);
  std::sort(text_group_.begin(), text_group_.end());
  auto why = db_.Prepare("SELECT value, why FROM generic_values WHERE kind = 'text'");
  if (!why.ok()) return why.status();
  return why->ForEachRow([&] {
    const std::string value = why->Text(0);
    const size_t hash = value.rfind('#');
    if (hash == std::string::npos) return;
    text_group_contacts_[std::atoll(value.c_str() + hash + 1)] = ContactsInWhy(why->Text(1));
  });
}

int64_t Incremental::NewlyGenericOn(
    const std::set<int64_t>& documents,
    const std::unordered_map<int64_t, std::vector<const std::string*>>& newly_generic_of) const {
  std::unordered_set<const std::string*> on;
  for (int64_t d : documents) {
    if (auto it = newly_generic_of.find(d); it != newly_generic_of.end())
      on.insert(it->second.begin(), it->second.end());
  }
  return static_cast<int64_t>(on.size());
}

// The region's generic text groups merged with the stored groups they touch: in a full link they
// are one group of near-identical texts (joined through the new documents), generic because the
// stored group was and a group's distinct contacts only grow, unless a contact value on it turned
// generic: when the values that turned generic on the group's documents (NewlyGenericOn; every
// document carrying a value that turned generic is in the region) could take its count below the
// threshold, (false) the whole case is linked. The merged group's why counts the larger of the
// contacts its parts counted (docs/case-format.md).
bool Incremental::MergeGenericTexts(Linkage& linkage) {
  if (generic_text_groups_.empty()) return true;
  std::vector<GenericValue> rows, kept;
  std::unordered_set<std::string> newly_generic;  // kind '\0' value
  for (GenericValue& g : linkage.generic) {
    if (g.kind != "text") {
      // A service's contact judged so again was generic when the stored groups were counted.
      if (g.kind != "photo" && !services_.count(g.kind + '\0' + g.value))
        newly_generic.insert(g.kind + '\0' + g.value);
      kept.push_back(std::move(g));
    } else {
      rows.push_back(std::move(g));
    }
  }
  // The documents carrying each value that turned generic: the region's (any occurrence, quoted
  // too: the count errs on the side of a full link) and those left out that quote it under a
  // heading (the only carriers a region need not hold).
  std::unordered_map<int64_t, std::vector<const std::string*>> newly_generic_of;
  if (!newly_generic.empty()) {
    std::string key;
    auto carries = [&](int64_t document, const std::string& kind, const std::string& value) {
      key = kind;
      key.push_back('\0');
      key += value;
      if (auto it = newly_generic.find(key); it != newly_generic.end())
        newly_generic_of[document].push_back(&*it);
    };
    for (const Contact& ct : contacts_) carries(ct.document, ct.kind, ct.value);
    for (const KnownQuote& q : known_quotes_) carries(q.document, q.kind, q.value);
  }
  // Union-find over stored groups (their ids) and region rows (-1 - index).
  std::map<int64_t, int64_t> parent;
  std::function<int64_t(int64_t)> find = [&](int64_t x) {
    int64_t& p = parent.try_emplace(x, x).first->second;
    if (p != x) p = find(p);
    return p;
  };
  auto join = [&](int64_t x, int64_t y) {
    x = find(x);
    y = find(y);
    if (x != y) parent[std::max(x, y)] = std::min(x, y);
  };
  for (int64_t g : generic_text_groups_) find(g);
  for (size_t r = 0; r < rows.size(); ++r) {
    const int64_t key = -1 - static_cast<int64_t>(r);
    find(key);
    for (int64_t d : rows[r].members) {
      if (auto it = marked_.find(d); it != marked_.end()) {
        for (int64_t g : it->second) join(key, g);
      }
    }
  }
  for (const auto& [d, groups] : marked_) {
    for (int64_t g : groups) join(*groups.begin(), g);
  }
  struct Merged {
    std::set<int64_t> members;
    int64_t contacts = 0;
    bool stored = false;
  };
  std::map<int64_t, Merged> merged;
  for (int64_t g : generic_text_groups_) {
    Merged& m = merged[find(g)];
    m.stored = true;
    ForEachValueOf(text_group_, g, [&](int64_t member) { m.members.insert(member); });
    if (auto it = text_group_contacts_.find(g); it != text_group_contacts_.end())
      m.contacts = std::max(m.contacts, it->second);
  }
  for (const auto& [d, groups] : marked_) merged[find(*groups.begin())].members.insert(d);
  for (size_t r = 0; r < rows.size(); ++r) {
    Merged& m = merged[find(-1 - static_cast<int64_t>(r))];
    m.members.insert(rows[r].members.begin(), rows[r].members.end());
    m.contacts = std::max(m.contacts, ContactsInWhy(rows[r].why));
  }
  for (auto& [root, m] : merged) {
    const int64_t on_group = m.stored ? NewlyGenericOn(m.members, newly_generic_of) : 0;
    if (m.stored && m.contacts - on_group < options_.generic_text_contacts) {
      full_because_ = fmt::format(
          "a generic text group of {} documents might stop being generic: {} of its contact values "
          "turned generic",
          m.members.size(), on_group);
      return false;
    }
    GenericValue g;
    g.kind = "text";
    g.members.assign(m.members.begin(), m.members.end());
    g.value = fmt::format("near-identical text of document #{}", g.members.front());
    g.documents = static_cast<int64_t>(g.members.size());
    g.why = fmt::format(
        "{} documents with this text carry {} different contact values: a popular phrasing or "
        "boilerplate, not one author's template",
        g.documents, m.contacts);
    kept.push_back(std::move(g));
  }
  linkage.generic = std::move(kept);
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

// Writes the region's linkage, only the rows that differ from the stored ones (most of the region's
// clusters come out as they were).
Status Incremental::Write(const Linkage& linkage, const LinkageRows& rows) {
  return [&]() -> Status {
    auto old_links = db_.Prepare(
        "SELECT l.doc_a, l.doc_b, l.kind, l.similarity FROM json_each(?) j CROSS JOIN "
        "document_links l ON l.doc_a = j.value");
    auto drop_cluster = db_.Prepare("DELETE FROM clusters WHERE id = ?");
    auto drop_member = db_.Prepare("DELETE FROM cluster_members WHERE document_id = ?");
    auto drop_link =
        db_.Prepare("DELETE FROM document_links WHERE doc_a = ? AND doc_b = ? AND kind = ?");
    auto drop_group = db_.Prepare("DELETE FROM link_generic_texts WHERE document_id = ?");
    // A row known to exist (read in this transaction) is updated in place, a row known not to is
    // inserted: a REPLACE deletes and inserts the row and each of its index entries, and keeps a
    // statement journal (a copy of every page it changes) in case it fails half-way.
    auto put_group =
        db_.Prepare("INSERT INTO link_generic_texts (document_id, text_group) VALUES (?, ?)");
    auto move_group =
        db_.Prepare("UPDATE link_generic_texts SET text_group = ? WHERE document_id = ?");
    auto drop_generic = db_.Prepare("DELETE FROM generic_values WHERE kind = ? AND value = ?");
    auto drop_photo = db_.Prepare(
        "DELETE FROM generic_values WHERE kind = 'photo' AND value LIKE '%(first in document #' "
        "|| ? || ')'");
    auto put_cluster = db_.Prepare(
        "INSERT OR REPLACE INTO clusters (id, size, evidence, score, band, parts, reasons) VALUES "
        "(?, ?, ?, ?, ?, ?, ?)");
    auto update_cluster = db_.Prepare(
        "UPDATE clusters SET size = ?, evidence = ?, score = ?, band = ?, parts = ?, reasons = ? "
        "WHERE id = ?");
    auto put_member =
        db_.Prepare("INSERT INTO cluster_members (document_id, cluster_id) VALUES (?, ?)");
    auto move_member =
        db_.Prepare("UPDATE cluster_members SET cluster_id = ? WHERE document_id = ?");
    auto put_link = db_.Prepare(
        "INSERT INTO document_links (doc_a, doc_b, kind, similarity) VALUES (?, ?, ?, ?)");
    auto update_link = db_.Prepare(
        "UPDATE document_links SET similarity = ? WHERE doc_a = ? AND doc_b = ? AND kind = ?");
    auto put_generic = db_.Prepare(
        "INSERT OR REPLACE INTO generic_values (kind, value, documents, why) VALUES (?, ?, ?, ?)");
    auto set_count =
        db_.Prepare("UPDATE generic_values SET documents = ? WHERE kind = ? AND value = ?");
    for (auto* st :
         {&old_links, &drop_cluster, &drop_member, &drop_link, &drop_group, &put_group, &move_group,
          &drop_generic, &drop_photo, &put_cluster, &update_cluster, &put_member, &move_member,
          &put_link, &update_link, &put_generic, &set_count}) {
      if (!st->ok()) return st->status();
    }
    // Clusters.
    std::set<int64_t> gone = old_clusters_;
    std::vector<std::pair<int64_t, int64_t>> new_cluster_of;  // (document, cluster) by document
    for (const store::StoredCluster& cl : rows.clusters) {
      for (int64_t d : cl.documents) new_cluster_of.emplace_back(d, cl.id);
      gone.erase(cl.id);
      // The stored row of this id, when there is one: a cluster's id is its smallest document, a
      // region document, whose stored cluster was read.
      const auto old = old_rows_.find(cl.id);
      if (old != old_rows_.end()) {
        const OldCluster& row = old->second;
        if (row.size == cl.size && row.evidence == cl.evidence && row.score == cl.score &&
            row.band == cl.band && row.parts == cl.parts_json && row.reasons == cl.reasons_json) {
          continue;
        }
        ARIADNE_RETURN_IF_ERROR(update_cluster->Bind(1, cl.size)
                                    .Bind(2, cl.evidence)
                                    .Bind(3, cl.score)
                                    .Bind(4, cl.band)
                                    .Bind(5, cl.parts_json)
                                    .Bind(6, cl.reasons_json)
                                    .Bind(7, cl.id)
                                    .Run());
        continue;
      }
      ARIADNE_RETURN_IF_ERROR(put_cluster->Bind(1, cl.id)
                                  .Bind(2, cl.size)
                                  .Bind(3, cl.evidence)
                                  .Bind(4, cl.score)
                                  .Bind(5, cl.band)
                                  .Bind(6, cl.parts_json)
                                  .Bind(7, cl.reasons_json)
                                  .Run());
    }
    for (int64_t id : gone) ARIADNE_RETURN_IF_ERROR(drop_cluster->Bind(1, id).Run());
    // The generic text groups' members: document -> group (its smallest document id). A stored
    // group merged into one of the region's keeps most of its members in the same group: only the
    // rows that differ are written (a group can hold thousands of documents).
    std::sort(new_cluster_of.begin(), new_cluster_of.end());
    // (document, group) by document, the groups kept apart (all their documents in the region) too
    std::vector<std::pair<int64_t, int64_t>> text_group_now;
    for (const GenericValue& g : linkage.generic) {
      if (g.kind != "text" || g.members.empty()) continue;
      for (int64_t d : g.members) text_group_now.emplace_back(d, g.members.front());
    }
    for (const std::vector<int64_t>& group : linkage.apart_texts) {
      for (int64_t d : group) text_group_now.emplace_back(d, -group.front());
    }
    std::sort(text_group_now.begin(), text_group_now.end());
    // In id order, so that the rows read and written follow their tables' keys.
    const std::vector<int64_t> region = Region();
    // Members and generic text groups, document by document.
    for (int64_t d : region) {
      auto before = old_cluster_of_.find(d);
      const std::optional<int64_t> after = ValueOf(new_cluster_of, d);
      if (!after) {
        if (before != old_cluster_of_.end()) ARIADNE_RETURN_IF_ERROR(drop_member->Bind(1, d).Run());
      } else if (before == old_cluster_of_.end()) {  // every region document was looked up
        ARIADNE_RETURN_IF_ERROR(put_member->Bind(1, d).Bind(2, *after).Run());
      } else if (before->second != *after) {
        ARIADNE_RETURN_IF_ERROR(move_member->Bind(1, *after).Bind(2, d).Run());
      }
      if (StoredTextRow(d) && !ValueOf(text_group_now, d))
        ARIADNE_RETURN_IF_ERROR(drop_group->Bind(1, d).Run());
    }
    for (const auto& [d, group] : text_group_now) {
      const std::optional<int64_t> stored = StoredTextRow(d);  // every stored row was read
      if (stored == group) continue;
      ARIADNE_RETURN_IF_ERROR(stored ? move_group->Bind(1, group).Bind(2, d).Run()
                                     : put_group->Bind(1, d).Bind(2, group).Run());
    }
    // Links: the region's stored links (every link of a region document lies inside the region;
    // the documents added since the last link have none), read in one query, merged with the new
    // ones, both in (a, b, kind) order.
    std::vector<store::StoredLink> stored;
    old_links->Bind(1, IdArray(std::vector<int64_t>(
                           region.begin(),
                           std::upper_bound(region.begin(), region.end(), state_.last_document))));
    ARIADNE_RETURN_IF_ERROR(old_links->ForEachRow([&] {
      stored.push_back(
          {old_links->Int(0), old_links->Int(1), old_links->Text(2), old_links->Real(3)});
    }));
    const auto by_key = [](const store::StoredLink& x, const store::StoredLink& y) {
      return std::tie(x.a, x.b, x.kind) < std::tie(y.a, y.b, y.kind);
    };
    std::sort(stored.begin(), stored.end(), by_key);
    std::vector<store::StoredLink> now = rows.links;
    std::sort(now.begin(), now.end(), by_key);
    for (size_t i = 0, j = 0; i < stored.size() || j < now.size();) {
      if (j == now.size() || (i < stored.size() && by_key(stored[i], now[j]))) {
        const store::StoredLink& l = stored[i++];  // gone
        ARIADNE_RETURN_IF_ERROR(drop_link->Bind(1, l.a).Bind(2, l.b).Bind(3, l.kind).Run());
        continue;
      }
      const store::StoredLink& l = now[j++];
      if (i < stored.size() && !by_key(l, stored[i])) {  // stored before
        if (stored[i++].similarity == l.similarity) continue;
        ARIADNE_RETURN_IF_ERROR(
            update_link->Bind(1, l.similarity).Bind(2, l.a).Bind(3, l.b).Bind(4, l.kind).Run());
        continue;
      }
      ARIADNE_RETURN_IF_ERROR(
          put_link->Bind(1, l.a).Bind(2, l.b).Bind(3, l.kind).Bind(4, l.similarity).Run());
    }
    // Generic values.
    for (int64_t g : generic_text_groups_) {
      ARIADNE_RETURN_IF_ERROR(drop_generic->Bind(1, "text")
                                  .Bind(2, fmt::format("near-identical text of document #{}", g))
                                  .Run());
    }
    for (int g : photo_groups_touched_) {
      const std::vector<int64_t>& docs = photo_groups_[static_cast<size_t>(g)].documents;
      ARIADNE_RETURN_IF_ERROR(drop_photo->Bind(1, std::to_string(docs.front())).Run());
    }
    // A service's contact the region no longer judges generic joins its documents again.
    for (const std::string& key : services_touched_) {
      const size_t zero = key.find('\0');
      const std::string_view kind = std::string_view(key).substr(0, zero);
      const std::string_view value = std::string_view(key).substr(zero + 1);
      if (std::none_of(rows.generic.begin(), rows.generic.end(),
                       [&](const auto& g) { return g.kind == kind && g.value == value; })) {
        ARIADNE_RETURN_IF_ERROR(
            drop_generic->Bind(1, std::string(kind)).Bind(2, std::string(value)).Run());
      }
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
    LinkState state = state_;
    state.last_document = new_ids_.back();
    state.documents = total_;
    return PutState(db_, state);
  }();
}

// Reads and writes in one transaction: nothing else writes the case between what the region is
// read from and what is written, and a killed run leaves the linkage as it was.
Result<LinkSummary> Incremental::Run() {
  ARIADNE_RETURN_IF_ERROR(db_.Exec("BEGIN IMMEDIATE"));
  Result<std::optional<LinkSummary>> done = RunInTransaction();
  if (!done.ok() || !done->has_value()) (void)db_.Exec("ROLLBACK");
  if (!done.ok()) return done.status();
  if (!done->has_value()) {
    if (incremental_.pending_flags) {
      // The caller writes its pending flags first, then links the whole case itself.
      LinkSummary left;
      left.full_link_left = true;
      left.new_documents = static_cast<int64_t>(new_ids_.size());
      left.full_because = full_because_;
      return left;
    }
    Result<LinkSummary> full = LinkCase(c_, options_);
    if (full.ok()) {
      full->new_documents = static_cast<int64_t>(new_ids_.size());
      full->full_because = full_because_;
    }
    return full;
  }
  // The commit writes every page the link changed to the log: timed as a phase of its own.
  std::vector<Phase> commit;
  PhaseClock clock(&commit);
  ARIADNE_RETURN_IF_ERROR(db_.Exec("COMMIT"));
  clock.Lap("commit");
  (*done)->phases.push_back(std::move(commit.front()));
  return **done;
}

Result<std::optional<LinkSummary>> Incremental::RunInTransaction() {
  LinkSummary summary;
  std::vector<Phase> phases;
  PhaseClock clock(&phases);
  Result<bool> ready = Prepare();
  if (!ready.ok()) return ready.status();
  summary.linked_after = state_.last_document;
  summary.last_document = new_ids_.empty() ? state_.last_document : new_ids_.back();
  if (*ready && new_ids_.empty()) {
    summary.incremental = true;
    summary.documents = state_.documents;
  } else if (*ready) {
    in_region_.resize(static_cast<size_t>(std::max(state_.last_document, new_ids_.back())) + 1);
    for (int64_t id : new_ids_) Push(id);
    ARIADNE_RETURN_IF_ERROR(FindSkeletonChanges());
    clock.Lap("template skeleton pairs of the new documents' sites");
    ARIADNE_RETURN_IF_ERROR(LoadGenericTexts());
    clock.Lap("state, generic values and texts");
    ARIADNE_RETURN_IF_ERROR(FindTextNeighbours());
    clock.Lap("near-identical old texts (band index)");
    if (incremental_.photo_groups != nullptr) {
      photo_groups_ = *incremental_.photo_groups;
    } else {
      Result<std::vector<PhotoGroupRow>> photos = PhotoGroups(c_.store());
      if (!photos.ok()) return photos.status();
      photo_groups_ = std::move(photos).value();
    }
    for (size_t g = 0; g < photo_groups_.size(); ++g) {
      for (int64_t d : photo_groups_[g].documents)
        photo_groups_of_[d].push_back(static_cast<int>(g));
    }
    clock.Lap("photo groups");
    ready = CloseRegion();
    if (ready.ok() && *ready) ready = GenericStillHolds();
    if (!ready.ok()) return ready.status();
    clock.Lap("close the region");
  }
  if (!*ready) return std::optional<LinkSummary>();
  if (!new_ids_.empty()) {
    ResolveOptions region_options = options_;
    region_options.case_documents = total_;
    Resolver resolver(region_options);
    // Read-only look-ups, safe from the resolver's two threads.
    resolver.SetStarCentres([this](int band, uint32_t key) { return StarCentre(band, key); });
    std::vector<int64_t> region = Region();
    if (incremental_.region_closed) incremental_.region_closed(region, OwnValuesOfRegion());
    for (int64_t d : region) resolver.AddDocument(d);
    for (const std::string& key : generic_touched_) {
      const size_t zero = key.find('\0');
      resolver.AddKnownGeneric(std::string_view(key).substr(0, zero),
                               std::string_view(key).substr(zero + 1));
    }
    // Ignored for the documents the region holds after all (reached another way).
    for (const KnownQuote& q : known_quotes_)
      resolver.AddKnownQuote(q.document, q.kind, q.value, q.quoted, q.segment);
    for (const Contact& ct : contacts_) {
      resolver.AddContact(ct.document, ct.kind, ct.value, ct.quoted, ct.segment);
      resolver.AddOpening(ct.document, ct.opening);
    }
    ARIADNE_RETURN_IF_ERROR(AddSitesOfAddresses(db_, resolver));
    {
      auto st =
          db_.Prepare("SELECT shingles, signature FROM text_signatures WHERE document_id = ?");
      if (!st.ok()) return st.status();
      Status bad = Status::Ok();
      // The band index file keeps the signature of every text the last full link could link on:
      // the documents it covers are read from it (no look-up in the database each); one it has
      // none for has no text to link on.
      const bool indexed = index_ && index_->has_signatures();
      std::optional<BandIndex::SignatureSweep> sweep;  // the region ascends
      if (indexed) sweep.emplace(*index_);
      for (int64_t d : region) {
        if (indexed && d <= state_.bands_last_document && d <= static_cast<int64_t>(UINT32_MAX)) {
          if (Signature signature; sweep->Find(static_cast<uint32_t>(d), signature))
            resolver.AddText(d, signature, options_.min_shingles);
          continue;
        }
        st->Bind(1, d);
        ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] {
          Signature signature;
          if (!FromBytes(st->Bytes(1), signature)) {
            bad = SignatureError(d, st->Bytes(1).size());
            return;
          }
          resolver.AddText(d, signature, st->Int(0));
        }));
        ARIADNE_RETURN_IF_ERROR(bad);
      }
    }
    for (int g : photo_groups_touched_) {
      const PhotoGroupRow& row = photo_groups_[static_cast<size_t>(g)];
      resolver.AddPhotoGroup(row.documents, row.similarity, row.description);
    }
    for (const SitePair& p : skeleton_pairs_) {
      if (InRegion(p.pair.a) && InRegion(p.pair.b))
        resolver.AddSkeletonPair(p.pair.a, p.pair.b, p.pair.words, p.pair.lines, p.pair.jaccard);
    }
    std::unordered_map<int64_t, DocumentFlags> flags;
    {
      // The flags a pass beside the link is about to write replace its stored ones on the
      // documents it covers.
      std::optional<IncrementalOptions::PendingFlags> pending;
      if (incremental_.pending_flags) {
        Result<IncrementalOptions::PendingFlags> known = incremental_.pending_flags();
        if (!known.ok()) return known.status();
        pending = std::move(known).value();
      }
      const auto replaced = [&](int64_t document, std::string_view indicator) {
        if (!pending) return false;
        if (std::find(pending->indicators.begin(), pending->indicators.end(), indicator) ==
            pending->indicators.end()) {
          return false;
        }
        return pending->whole_case ||
               std::binary_search(pending->scope.begin(), pending->scope.end(), document);
      };
      auto st = db_.Prepare(
          "SELECT f.document_id, f.indicator, f.family FROM json_each(?) j CROSS JOIN "
          "flags f INDEXED BY flags_by_document_indicator ON f.document_id = j.value WHERE "
          "f.family IN ('CTL', 'EXP', 'DEC', 'AUT', 'OBF') OR f.indicator = 'N-PHONE'");
      if (!st.ok()) return st.status();
      st->Bind(1, IdArray(region));
      // AddFlag keeps sets: a row seen twice changes nothing (no DISTINCT and its temporary
      // b-tree).
      ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] {
        const int64_t document = st->Int(0);
        std::string indicator = st->Text(1);
        if (replaced(document, indicator)) return;
        AddFlag(flags, {document, std::move(indicator), st->Text(2)});
      }));
      if (pending) {
        for (const store::FlagFamilyRow& f : pending->flags) {
          if (!std::binary_search(region.begin(), region.end(), f.document_id)) continue;
          if (!IsControlFamily(f.family) && !IsInauthenticFamily(f.family) &&
              f.indicator != "N-PHONE") {
            continue;
          }
          AddFlag(flags, f);
        }
      }
    }
    for (const auto& [d, groups] : marked_) resolver.AddKnownGenericText(d);
    clock.Lap("read the region's evidence");
    Linkage linkage = resolver.Resolve();
    if (!MergeGenericTexts(linkage)) return std::optional<LinkSummary>();
    const LinkageRows rows = RowsOf(linkage, flags);
    clock.Lap("resolve the region, cluster rows");
    ARIADNE_RETURN_IF_ERROR(Write(linkage, rows));
    for (const std::string& site : new_sites_)
      ARIADNE_RETURN_IF_ERROR(PutSkeletonPairs(db_, site, skeleton_pairs_));
    clock.Lap("write the region's rows");
    const int64_t linked_after = summary.linked_after, last_document = summary.last_document;
    summary = rows.summary;
    summary.incremental = true;
    summary.documents = total_;
    summary.new_documents = static_cast<int64_t>(new_ids_.size());
    summary.region_documents = static_cast<int64_t>(region.size());
    summary.linked_after = linked_after;
    summary.last_document = last_document;
    summary.region = std::move(region);
    // Distinct values in order: sorted as pointers (a value is on many of the region's documents;
    // moving the strings through the sort cost more than comparing them).
    std::vector<const Contact*> by_value;
    by_value.reserve(contacts_.size());
    for (const Contact& ct : contacts_) by_value.push_back(&ct);
    const auto value_less = [](const Contact* x, const Contact* y) {
      const int kind = x->kind.compare(y->kind);
      return kind != 0 ? kind < 0 : x->value < y->value;
    };
    std::sort(by_value.begin(), by_value.end(), value_less);
    for (size_t i = 0; i < by_value.size(); ++i) {
      if (i > 0 && !value_less(by_value[i - 1], by_value[i])) continue;
      summary.region_contacts.push_back({by_value[i]->kind, by_value[i]->value});
    }
    summary.region_links = rows.links;
    for (const store::StoredCluster& cl : rows.clusters) {
      std::vector<int64_t>& documents = summary.region_clusters[cl.id];
      documents = cl.documents;
      std::sort(documents.begin(), documents.end());
    }
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
  clock.Lap("count the clusters");
  summary.phases = std::move(phases);
  return std::optional<LinkSummary>(std::move(summary));
}

}  // namespace

Result<LinkSummary> LinkNewDocuments(store::Case& c, const ResolveOptions& options,
                                     const IncrementalOptions& incremental) {
  Result<std::unique_ptr<sql::Db>> db = sql::OpenCaseDb(c.dir());
  if (!db.ok()) return db.status();
  // The region's rows are read one document at a time all over the file: mapped pages cost no
  // read call and no copy each (SQLite caps the map at its own maximum, 2 GB on Debian).
  ARIADNE_RETURN_IF_ERROR((*db)->Exec("PRAGMA mmap_size=2147418112"));
  // The only rows written here that reference another table are cluster_members', each for a
  // document read from this case in the same transaction: checking each against documents cost a
  // look-up in the largest table per member written (scattered pages, often not yet in memory).
  ARIADNE_RETURN_IF_ERROR((*db)->Exec("PRAGMA foreign_keys=OFF"));
  return Incremental(c, **db, options, incremental).Run();
}

}  // namespace ariadne::link
