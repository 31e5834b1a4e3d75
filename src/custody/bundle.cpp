#include "custody/bundle.h"

#include <fmt/format.h>
#include <sodium.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <deque>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/sha256.h"
#include "core/text.h"
#include "custody/canonical.h"
#include "custody/log.h"
#include "custody/merkle.h"
#include "custody/report_pdf.h"
#include "store/chat_segment.h"
#include "store/contact_kinds.h"
#include "store/selector_in_title.h"

namespace ariadne::custody {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kBundleFormat = "ariadne-bundle/1";
constexpr int64_t kMaxJsonMember = int64_t{1} << 30;

std::string Dump(const json& j) {
  return j.dump(2, ' ', false, json::error_handler_t::replace);
}

json ProofJson(uint64_t index, uint64_t size, const std::vector<Hash>& path) {
  json p = json::array();
  for (const Hash& h : path) p.push_back(ToHex(h));
  return {{"index", index}, {"tree_size", size}, {"path", p}};
}

std::vector<Hash> PathFromJson(const json& p, bool* ok) {
  std::vector<Hash> out;
  *ok = p.is_array();
  if (!*ok) return out;
  for (const json& h : p) {
    std::optional<Hash> v = h.is_string() ? FromHex(h.get<std::string>()) : std::nullopt;
    if (!v) {
      *ok = false;
      return {};
    }
    out.push_back(*v);
  }
  return out;
}

json EventJson(const store::CustodyEventRow& e) {
  return {{"seq", e.seq},
          {"time", e.time},
          {"actor", e.actor},
          {"action", e.action},
          {"object", e.object},
          {"hashes", e.hashes},
          {"details", e.details},
          {"tool_version", e.tool_version},
          {"prev_hash", e.prev_hash},
          {"hash", e.hash}};
}

store::CustodyEventRow EventFromJson(const json& j) {
  store::CustodyEventRow e;
  e.seq = j.value("seq", int64_t{0});
  e.time = j.value("time", "");
  e.actor = j.value("actor", "");
  e.action = j.value("action", "");
  e.object = j.value("object", "");
  e.hashes = j.value("hashes", "");
  e.details = j.value("details", "");
  e.tool_version = j.value("tool_version", "");
  e.prev_hash = j.value("prev_hash", "");
  e.hash = j.value("hash", "");
  return e;
}

// The fields a seal covers, as the bundle carries them.
json SealedJson(const Document& d, int64_t import_id) {
  json images = json::array();
  for (const ImageRef& im : d.images) {
    images.push_back({{"ref", im.ref}, {"blob_sha256", im.blob_sha256}, {"status", im.status}});
  }
  return {{"id", d.id},
          {"import_id", import_id},
          {"source_id", d.source_id},
          {"site", d.site},
          {"url", d.url},
          {"title", d.title},
          {"text", d.text},
          {"posted_at", d.posted_at},
          {"location", d.location},
          {"lang", d.lang},
          {"region", d.region},
          {"kind", d.kind},
          {"attributes", d.attributes_json},
          {"original",
           {{"sha256", d.provenance.blob_sha256},
            {"file_name", d.provenance.file_name},
            {"line", d.provenance.line},
            {"byte_start", d.provenance.byte_start},
            {"byte_end", d.provenance.byte_end}}},
          {"imported_at", d.imported_at},
          {"images", images}};
}

Document DocumentFromJson(const json& j) {
  Document d;
  d.id = j.value("id", int64_t{0});
  d.source_id = j.value("source_id", "");
  d.site = j.value("site", "");
  d.url = j.value("url", "");
  d.title = j.value("title", "");
  d.text = j.value("text", "");
  d.posted_at = j.value("posted_at", "");
  d.location = j.value("location", "");
  d.lang = j.value("lang", "");
  d.region = j.value("region", "");
  d.kind = j.value("kind", "");
  d.attributes_json = j.value("attributes", "");
  const json o = j.value("original", json::object());
  d.provenance.blob_sha256 = o.value("sha256", "");
  d.provenance.file_name = o.value("file_name", "");
  d.provenance.line = o.value("line", int64_t{0});
  d.provenance.byte_start = o.value("byte_start", int64_t{0});
  d.provenance.byte_end = o.value("byte_end", int64_t{0});
  for (const json& im : j.value("images", json::array())) {
    d.images.push_back({im.value("ref", ""), im.value("blob_sha256", ""), im.value("status", "")});
  }
  return d;
}

// Consistent pseudonyms: "phone-" + 12 hex digits of a keyed BLAKE2b of the value. The key is
// derived from the case's secret key, so the same value gets the same pseudonym in every bundle of
// the case and nobody without the key can test a guess.
class Pseudonymiser {
 public:
  explicit Pseudonymiser(const KeyPair& keys, const std::vector<std::string>& keep)
      : keep_(keep.begin(), keep.end()) {
    const std::string label = "ariadne-pseudonym/1";
    crypto_generichash(key_.data(), key_.size(),
                       reinterpret_cast<const unsigned char*>(label.data()), label.size(),
                       keys.secret_key.data(), 32);
  }
  // Every kind that links people (store/contact_kinds.h): phones, e-mail addresses, handles, and
  // the bank accounts, wallets and IP addresses that are as personal.
  bool Applies(const std::string& type, const std::string& value) const {
    return store::IsContactKind(type) && keep_.count(value) == 0;
  }
  std::string Of(const std::string& type, const std::string& value) {
    std::array<unsigned char, 16> out;
    const std::string in = type + ":" + value;
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(in.data()),
                       in.size(), key_.data(), key_.size());
    std::string hex;
    for (size_t i = 0; i < 6; ++i) hex += fmt::format("{:02x}", out[i]);
    const std::string p = type + "-" + hex;
    replaced_.emplace(value, p);
    return p;
  }
  void Alias(const std::string& from, const std::string& to) {
    if (!from.empty()) replaced_.emplace(from, to);
  }
  // Every value replaced so far, longest first (so a value inside another is not cut).
  std::vector<std::pair<std::string, std::string>> Replacements() const {
    std::vector<std::pair<std::string, std::string>> v(replaced_.begin(), replaced_.end());
    std::sort(v.begin(), v.end(),
              [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    return v;
  }

 private:
  std::array<unsigned char, 32> key_{};
  std::set<std::string> keep_;
  std::map<std::string, std::string> replaced_;
};

std::string ReplaceAll(std::string s, const std::string& from, const std::string& to) {
  if (from.empty()) return s;
  for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size())) {
    s.replace(pos, from.size(), to);
  }
  return s;
}

// One zip being written: members are kept alive until Close() (libzip reads them then).
class ZipWriter {
 public:
  Status Open(const fs::path& path) {
    int err = 0;
    zip_ = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (zip_ == nullptr) return IoError(fmt::format("{}: cannot create the zip", path.string()));
    return Status::Ok();
  }
  ~ZipWriter() {
    if (zip_ != nullptr) zip_discard(zip_);
  }
  Status AddBytes(const std::string& name, std::string bytes) {
    members_.push_back({{"path", name},
                        {"sha256", Sha256Hex(bytes)},
                        {"size", static_cast<int64_t>(bytes.size())}});
    buffers_.push_back(std::move(bytes));
    zip_source_t* src = zip_source_buffer(zip_, buffers_.back().data(), buffers_.back().size(), 0);
    return Add(name, src);
  }
  Status AddFile(const std::string& name, const fs::path& file, const std::string& sha256,
                 int64_t size) {
    members_.push_back({{"path", name}, {"sha256", sha256}, {"size", size}});
    zip_source_t* src = zip_source_file(zip_, file.c_str(), 0, -1);
    return Add(name, src);
  }
  Status Close(const fs::path& path) {
    const int rc = zip_close(zip_);
    if (rc != 0) {
      const std::string why = zip_strerror(zip_);
      zip_discard(zip_);
      zip_ = nullptr;
      return IoError(fmt::format("{}: cannot write the zip: {}", path.string(), why));
    }
    zip_ = nullptr;
    return Status::Ok();
  }
  const json& members() const { return members_; }

 private:
  Status Add(const std::string& name, zip_source_t* src) {
    if (src == nullptr || zip_file_add(zip_, name.c_str(), src, ZIP_FL_ENC_UTF_8) < 0) {
      if (src != nullptr) zip_source_free(src);
      return IoError(fmt::format("bundle member {}: {}", name, zip_strerror(zip_)));
    }
    return Status::Ok();
  }
  zip_t* zip_ = nullptr;
  std::deque<std::string> buffers_;
  json members_ = json::array();
};

struct DocumentEntry {
  Document doc;
  int64_t import_id = 0;
  std::string seal;
  json proof;
  json selectors = json::array();
  json flags = json::array();
  json score;
  json cluster;
};

Status GatherDocument(store::Case& c, store::CustodyStore& cs, int64_t id,
                      std::map<int64_t, std::vector<std::string>>& seals_by_import,
                      DocumentEntry& e) {
  store::CaseStore& s = c.store();
  Result<Document> d = s.GetDocument(id);
  if (!d.ok()) return d.status();
  e.doc = std::move(d).value();
  Result<std::optional<store::DocumentSealRow>> seal = cs.SealOf(id);
  if (!seal.ok()) return seal.status();
  if (!*seal) {
    return InvalidInput(fmt::format(
        "document {} has no seal (its import never completed): run `ariadne verify`", id));
  }
  e.import_id = (*seal)->import_id;
  e.seal = (*seal)->seal;
  if (DocumentSeal(e.doc, e.import_id) != e.seal) {
    return Corrupt(fmt::format(
        "document {} changed since import: run `ariadne verify` before exporting evidence", id));
  }
  auto [it, fresh] = seals_by_import.try_emplace(e.import_id);
  if (fresh) {
    ARIADNE_RETURN_IF_ERROR(cs.ForEachSeal(e.import_id, [&](const store::DocumentSealRow& r) {
      it->second.push_back(r.seal);
      return Status::Ok();
    }));
  }
  std::vector<Hash> leaves;
  uint64_t index = 0;
  for (size_t i = 0; i < it->second.size(); ++i) {
    if (it->second[i] == e.seal) index = i;
    leaves.push_back(EventLeafHash(it->second[i]));
  }
  e.proof = ProofJson(index, leaves.size(), *InclusionProof(leaves, index));
  e.proof["import_id"] = e.import_id;
  Result<std::vector<store::StoredSelector>> sel = s.SelectorsOf(id);
  if (!sel.ok()) return sel.status();
  for (const store::StoredSelector& x : *sel) {
    e.selectors.push_back(
        {{"type", x.type}, {"value", x.value}, {"start", x.start}, {"end", x.end}, {"raw", x.raw}});
    // A title's contact: its offsets are into the title (store/selector_in_title.h).
    if (store::InTitle(x.details_json)) e.selectors.back()["in"] = "title";
  }
  Result<std::vector<store::StoredFlag>> flags = s.FlagsOf(id);
  if (!flags.ok()) return flags.status();
  for (const store::StoredFlag& f : *flags) {
    e.flags.push_back({{"id", f.indicator},
                       {"revision", f.revision},
                       {"family", f.family},
                       {"tier", f.tier},
                       {"weight", f.weight},
                       {"why", f.why},
                       {"spans", json::parse(f.spans_json, nullptr, false)},
                       {"matched", json::parse(f.matched_json, nullptr, false)},
                       {"evidence", json::parse(f.evidence_json, nullptr, false)},
                       {"structural", f.structural}});
  }
  Result<std::optional<store::StoredScore>> score = s.ScoreOf(id);
  if (!score.ok()) return score.status();
  if (*score) {
    e.score = {{"kind", (*score)->kind},
               {"score", (*score)->score},
               {"band", (*score)->band},
               {"fraud_score", (*score)->fraud_score},
               {"fraud_band", (*score)->fraud_band}};
  }
  Result<std::optional<int64_t>> cluster = s.ClusterIdOf(id);
  if (!cluster.ok()) return cluster.status();
  if (*cluster) e.cluster = fmt::format("C{}", **cluster);
  return Status::Ok();
}

void Pseudonymise(DocumentEntry& e, Pseudonymiser& p) {
  // Replace the selector spans in the text from the end, so earlier offsets stay right; then the
  // same values wherever else they appear (title, URL, attributes, flags).
  std::vector<std::tuple<int64_t, int64_t, std::string>> spans;
  for (json& s : e.selectors) {
    const std::string type = s.value("type", "");
    const std::string value = s.value("value", "");
    if (!p.Applies(type, value)) continue;
    const std::string pseudonym = p.Of(type, value);
    p.Alias(s.value("raw", ""), pseudonym);  // the spelling as written gets the same pseudonym
    // A title's contact is replaced in the title with the other places below (by its alias).
    if (s.value("in", "") != "title") {
      spans.emplace_back(s.value("start", int64_t{0}), s.value("end", int64_t{0}), pseudonym);
    }
    s["value"] = pseudonym;
    s["raw"] = pseudonym;
    s.erase("start");
    s.erase("end");
  }
  std::sort(spans.begin(), spans.end(),
            [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
  const Document before = store::IsChatSegment(e.doc.attributes_json) ? e.doc : Document{};
  std::vector<std::tuple<int64_t, int64_t, int64_t>> applied;  // start, end, new length
  int64_t limit = static_cast<int64_t>(e.doc.text.size());
  for (const auto& [start, end, pseudonym] : spans) {
    if (start < 0 || end > limit || start >= end) continue;
    e.doc.text.replace(static_cast<size_t>(start), static_cast<size_t>(end - start), pseudonym);
    applied.emplace_back(start, end, static_cast<int64_t>(pseudonym.size()));
    limit = start;
  }
  if (applied.empty() || before.attributes_json.empty()) return;
  // A chat segment's message index gives text ranges: move them with the replacements.
  auto new_offset = [&](int64_t o) {
    int64_t shift = 0;
    for (const auto& [start, end, length] : applied) {
      if (end <= o) {
        shift += length - (end - start);
      } else if (start < o) {
        shift += std::min(o - start, length) - (o - start);  // inside a replaced span
      }
    }
    return o + shift;
  };
  if (std::optional<std::string> a =
          store::ChatSegmentAttributesForEditedText(before, new_offset)) {
    e.doc.attributes_json = std::move(*a);
  }
}

void ApplyReplacements(DocumentEntry& e, const Pseudonymiser& p) {
  for (const auto& [from, to] : p.Replacements()) {
    for (std::string* f :
         {&e.doc.text, &e.doc.title, &e.doc.url, &e.doc.attributes_json, &e.doc.source_id}) {
      *f = ReplaceAll(*f, from, to);
    }
  }
  std::string flags = e.flags.dump();
  for (const auto& [from, to] : p.Replacements()) flags = ReplaceAll(flags, from, to);
  e.flags = json::parse(flags, nullptr, false);
}

// The events a reader of these documents needs: the case's creation, the imports they came from,
// the captures of their originals, views, decisions and purges of them, analysis runs and this
// export. Their proofs lead to the checkpoint of `tree_size` events.
Result<json> CustodyExcerpt(store::CustodyStore& cs, const std::set<int64_t>& imports,
                            const std::set<std::string>& blobs, const std::set<int64_t>& docs,
                            int64_t bundle_event, int64_t tree_size) {
  std::vector<Hash> leaves;
  std::vector<store::CustodyEventRow> chosen;
  Status st = cs.ForEachEvent(1, [&](const store::CustodyEventRow& e) {
    if (e.seq > tree_size) return Status::Ok();
    if (EventHash(e) != e.hash) {
      return Corrupt(fmt::format(
          "custody event {} was altered: run `ariadne verify` before exporting evidence", e.seq));
    }
    leaves.push_back(EventLeafHash(e.hash));
    const std::string& o = e.object;
    bool want = e.seq == 1 || e.seq == bundle_event || e.action == kActionAnalyze;
    if (o.rfind("import:", 0) == 0) want |= imports.count(std::atoll(o.c_str() + 7)) > 0;
    if (o.rfind("blob:", 0) == 0) want |= blobs.count(o.substr(5)) > 0;
    if (o.rfind("document:", 0) == 0) want |= docs.count(std::atoll(o.c_str() + 9)) > 0;
    if (want) chosen.push_back(e);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  std::string lines;
  for (const store::CustodyEventRow& e : chosen) {
    json j = EventJson(e);
    j["proof"] = ProofJson(static_cast<uint64_t>(e.seq - 1), leaves.size(),
                           *InclusionProof(leaves, static_cast<uint64_t>(e.seq - 1)));
    lines += j.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
  }
  return json{{"lines", lines}, {"count", chosen.size()}};
}

std::vector<ReportSection> ReportSections(const json& manifest,
                                          const std::vector<DocumentEntry>& docs,
                                          const std::string& events_jsonl) {
  std::vector<ReportSection> out;
  const json& cp = manifest["checkpoint"];
  out.push_back(
      {"About this bundle",
       {fmt::format("Case: {}\nPurpose: {}\nLegal basis: {}",
                    manifest["case"]["name"].get<std::string>(),
                    manifest["case"]["purpose"].get<std::string>(),
                    manifest["case"]["legal_basis"].get<std::string>()),
        fmt::format("Selection: {}\nMade by {} on {} with {}\nAuthorisation: {}",
                    manifest["selection"].get<std::string>(),
                    manifest["made_by"].get<std::string>(), manifest["created"].get<std::string>(),
                    manifest["tool"].get<std::string>(),
                    manifest["authorisation"].get<std::string>()),
        manifest["pseudonymised"].get<bool>()
            ? "Pseudonymised: phone numbers, e-mail addresses, handles, bank accounts, crypto "
              "wallets and IP addresses are replaced by consistent pseudonyms; the original files "
              "are not included."
            : "Not pseudonymised: the original files are included."}});
  out.push_back(
      {"How to check it",
       {"Run: ariadne verify-bundle THIS-FILE --public-key case.pub",
        fmt::format("Signing key fingerprint (SHA-256): {}\nCompare it with the fingerprint the "
                    "case owner gives you by another channel.",
                    manifest["public_key"]["fingerprint"].get<std::string>()),
        fmt::format("Signed checkpoint: {} events, root {}, at {}", cp["tree_size"].get<int64_t>(),
                    cp["root_hash"].get<std::string>(), cp["time"].get<std::string>())}});
  for (const DocumentEntry& e : docs) {
    ReportSection s;
    const Document& d = e.doc;
    s.title = fmt::format("Document #{} ({} / {})", d.id, d.site.empty() ? "no site" : d.site,
                          d.source_id);
    std::string head;
    if (!d.title.empty()) head += "Title: " + d.title + "\n";
    if (!d.url.empty()) head += "URL: " + d.url + "\n";
    if (!d.posted_at.empty()) head += "Posted: " + d.posted_at + "\n";
    if (!d.location.empty()) head += "Location: " + d.location + "\n";
    head += fmt::format("Original: {} line {}, bytes {}-{}, sha256 {}\nSeal: {}",
                        d.provenance.file_name, d.provenance.line, d.provenance.byte_start,
                        d.provenance.byte_end, d.provenance.blob_sha256, e.seal);
    s.paragraphs.push_back(head);
    s.paragraphs.push_back(d.text);
    if (!e.score.is_null()) {
      s.paragraphs.push_back(fmt::format("Priority for review: {} ({}); a ranking, never a verdict",
                                         e.score.value("score", int64_t{0}),
                                         e.score.value("band", "")));
    }
    for (const json& f : e.flags) {
      s.paragraphs.push_back(fmt::format("Flag {} ({} pts): {}", f.value("id", ""),
                                         f.value("weight", int64_t{0}), f.value("why", "")));
    }
    out.push_back(std::move(s));
  }
  ReportSection log{"Custody excerpt", {}};
  for (std::string_view line : Split(events_jsonl, '\n')) {
    const json e = json::parse(line, nullptr, false);
    if (!e.is_object()) continue;
    log.paragraphs.push_back(fmt::format("#{} {} {} {} {}", e.value("seq", int64_t{0}),
                                         e.value("time", ""), e.value("actor", ""),
                                         e.value("action", ""), e.value("object", "")));
  }
  out.push_back(std::move(log));
  return out;
}

}  // namespace

Result<BundleSummary> WriteBundle(store::Case& c, const KeyPair& keys, const BundleOptions& o) {
  if (o.documents.empty()) return InvalidInput("the bundle selection holds no documents");
  Result<std::unique_ptr<CustodyLog>> log = CustodyLog::Open(c.dir(), o.actor, o.tool_version);
  if (!log.ok()) return log.status();
  store::CustodyStore& cs = (*log)->store();
  Result<PublicKey> case_key = LoadPublicKey(c.dir());
  if (!case_key.ok()) return case_key.status();
  if (*case_key != keys.public_key) {
    return Corrupt("keys/case.pub does not match the case's secret key: run `ariadne verify`");
  }
  // The documents, checked against their seals.
  std::vector<DocumentEntry> docs;
  std::map<int64_t, std::vector<std::string>> seals_by_import;
  std::set<int64_t> ids(o.documents.begin(), o.documents.end());
  std::set<int64_t> imports;
  std::set<std::string> blobs;
  for (int64_t id : ids) {
    DocumentEntry e;
    ARIADNE_RETURN_IF_ERROR(GatherDocument(c, cs, id, seals_by_import, e));
    imports.insert(e.import_id);
    blobs.insert(e.doc.provenance.blob_sha256);
    for (const ImageRef& im : e.doc.images) {
      if (!im.blob_sha256.empty()) blobs.insert(im.blob_sha256);
    }
    docs.push_back(std::move(e));
  }
  Result<store::CaseInfo> info = c.store().Info();
  if (!info.ok()) return info.status();
  // Log the export, then sign the head so the excerpt's proofs include this very event.
  const std::string created = UtcNowIso8601();
  Result<store::CustodyEventRow> event =
      (*log)->Record({kActionBundle,
                      "file:" + o.output.filename().string(),
                      {},
                      {{"selection", o.selection},
                       {"documents", json(std::vector<int64_t>(ids.begin(), ids.end()))},
                       {"pseudonymised", o.pseudonymise},
                       {"authorisation", o.authorisation}}});
  if (!event.ok()) return event.status();
  Result<std::optional<store::CustodyCheckpointRow>> cp = (*log)->Checkpoint(keys);
  if (!cp.ok()) return cp.status();
  const store::CustodyCheckpointRow& checkpoint = **cp;
  Result<json> excerpt = CustodyExcerpt(cs, imports, blobs, ids, event->seq, checkpoint.tree_size);
  if (!excerpt.ok()) return excerpt.status();
  const std::string events_jsonl = (*excerpt)["lines"].get<std::string>();

  BundleSummary summary;
  summary.documents = static_cast<int64_t>(docs.size());
  summary.events = (*excerpt)["count"].get<int64_t>();
  summary.key_fingerprint = Fingerprint(keys.public_key);
  if (o.pseudonymise) {
    Pseudonymiser p(keys, o.keep);
    for (DocumentEntry& e : docs) Pseudonymise(e, p);
    for (DocumentEntry& e : docs) ApplyReplacements(e, p);
    summary.pseudonyms = static_cast<int64_t>(p.Replacements().size());
  }

  const fs::path tmp = o.output.string() + ".partial";
  const fs::path work = o.output.string() + ".work";
  std::error_code ec;
  fs::create_directories(work, ec);
  if (ec) return IoError(fmt::format("{}: cannot create: {}", work.string(), ec.message()));
  // The decompressed originals and the PDF live in `work` until the zip is closed.
  struct RemoveOnExit {
    fs::path dir;
    ~RemoveOnExit() {
      std::error_code ignored;
      fs::remove_all(dir, ignored);
    }
  } remove_work{work};
  ZipWriter zip;
  ARIADNE_RETURN_IF_ERROR(zip.Open(tmp));
  // Originals (left out of pseudonymised bundles: they hold the identifiers in clear).
  if (!o.pseudonymise) {
    for (const std::string& sha : blobs) {
      const fs::path file = work / sha;
      {
        std::ofstream out(file, std::ios::binary);
        if (Status s = c.blobs().CopyTo(sha, out); !s.ok()) {
          return s;
        }
      }
      ARIADNE_RETURN_IF_ERROR(zip.AddFile("originals/" + sha, file, sha,
                                          static_cast<int64_t>(fs::file_size(file, ec))));
      ++summary.originals;
    }
  }
  json documents = json::array();
  for (const DocumentEntry& e : docs) {
    json j = SealedJson(e.doc, e.import_id);
    j["seal"] = e.seal;
    j["seal_proof"] = e.proof;
    j["selectors"] = e.selectors;
    j["flags"] = e.flags;
    j["score"] = e.score;
    j["cluster"] = e.cluster;
    documents.push_back(std::move(j));
  }
  ARIADNE_RETURN_IF_ERROR(zip.AddBytes("documents.json", Dump(documents)));
  const json checkpoint_json = {{"origin", CheckpointOrigin(keys.public_key)},
                                {"tree_size", checkpoint.tree_size},
                                {"root_hash", checkpoint.root_hash},
                                {"time", checkpoint.time},
                                {"key_id", checkpoint.key_id},
                                {"signature", checkpoint.signature}};
  ARIADNE_RETURN_IF_ERROR(zip.AddBytes("custody/checkpoint.json", Dump(checkpoint_json)));
  ARIADNE_RETURN_IF_ERROR(zip.AddBytes("custody/events.jsonl", events_jsonl));
  ARIADNE_RETURN_IF_ERROR(zip.AddBytes("keys/case.pub", PublicKeyFileText(keys.public_key)));

  const std::string tool = "Ariadne " + o.tool_version;
  json manifest = {
      {"@context",
       {{"uco-core", "https://ontology.unifiedcyberontology.org/uco/core/"},
        {"uco-action", "https://ontology.unifiedcyberontology.org/uco/action/"},
        {"uco-tool", "https://ontology.unifiedcyberontology.org/uco/tool/"},
        {"investigation", "https://ontology.caseontology.org/case/investigation/"}}},
      {"format", kBundleFormat},
      {"created", created},
      {"made_by", o.actor},
      {"tool", tool},
      {"selection", o.selection},
      {"authorisation", o.authorisation.empty() ? "(none given)" : o.authorisation},
      {"pseudonymised", o.pseudonymise},
      {"case",
       {{"name", info->name}, {"purpose", info->purpose}, {"legal_basis", info->legal_basis}}},
      {"public_key",
       {{"algorithm", "ed25519"},
        {"path", "keys/case.pub"},
        {"fingerprint", summary.key_fingerprint}}},
      {"checkpoint", checkpoint_json},
      {"export_event", event->seq},
  };
  // Provenance in CASE/UCO terms: the export is an investigative action by the analyst with
  // Ariadne, on the documents' originals, under the authorisation, giving this bundle.
  json objects = json::array();
  for (const std::string& sha : blobs) objects.push_back("sha256:" + sha);
  json action = {{"@type", "investigation:InvestigativeAction"},
                 {"uco-core:name", "export evidence bundle"},
                 {"uco-action:performer", o.actor},
                 {"uco-action:instrument", {{"@type", "uco-tool:Tool"}, {"uco-core:name", tool}}},
                 {"uco-action:startTime", created},
                 {"uco-action:endTime", UtcNowIso8601()},
                 {"uco-action:object", objects},
                 {"uco-action:result", "this bundle (manifest.json)"}};
  if (!o.authorisation.empty()) {
    action["investigation:relevantAuthorization"] = {
        {"@type", "investigation:Authorization"},
        {"investigation:authorizationIdentifier", o.authorisation}};
  }
  manifest["provenance"] = {
      {"@type", "investigation:ProvenanceRecord"},
      {"investigation:exhibitNumber", fmt::format("{}-{}", checkpoint.key_id, event->seq)},
      {"uco-core:object", objects},
      {"actions", json::array({action})}};

  const std::vector<ReportSection> sections = [&] {
    json m = manifest;
    return ReportSections(m, docs, events_jsonl);
  }();
  const std::string title = "Evidence bundle: " + info->name;
  ARIADNE_RETURN_IF_ERROR(zip.AddBytes("report.html", RenderReportHtml(title, sections)));
  const fs::path pdf = work / "report.pdf";
  if (Status s = WriteReportPdf(pdf, title, sections); !s.ok()) {
    return s;
  }
  {
    std::ifstream in(pdf, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ARIADNE_RETURN_IF_ERROR(zip.AddBytes("report.pdf", std::move(bytes)));
  }
  manifest["members"] = zip.members();
  const std::string manifest_bytes = Dump(manifest) + "\n";
  const std::string signature = Sign(keys, manifest_bytes);
  ARIADNE_RETURN_IF_ERROR(zip.AddBytes("manifest.json", manifest_bytes));
  ARIADNE_RETURN_IF_ERROR(zip.AddBytes("manifest.sig", signature + "\n"));
  Status closed = zip.Close(tmp);
  if (!closed.ok()) return closed;
  fs::rename(tmp, o.output, ec);
  if (ec) return IoError(fmt::format("{}: cannot write: {}", o.output.string(), ec.message()));
  std::ifstream in(o.output, std::ios::binary);
  Sha256 h;
  std::string buf(1 << 16, '\0');
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    h.Update(std::string_view(buf.data(), static_cast<size_t>(in.gcount())));
  }
  summary.sha256 = h.HexDigest();
  return summary;
}

namespace {

class ZipReader {
 public:
  ~ZipReader() {
    if (zip_ != nullptr) zip_discard(zip_);
  }
  Status Open(const fs::path& path) {
    int err = 0;
    zip_ = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &err);
    if (zip_ == nullptr) {
      zip_error_t e;
      zip_error_init_with_code(&e, err);
      const std::string why = zip_error_strerror(&e);
      zip_error_fini(&e);
      return InvalidInput(fmt::format("{}: not a readable bundle (zip): {}", path.string(), why));
    }
    return Status::Ok();
  }
  std::vector<std::string> Names() const {
    std::vector<std::string> out;
    const zip_int64_t n = zip_get_num_entries(zip_, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
      if (const char* name = zip_get_name(zip_, static_cast<zip_uint64_t>(i), 0)) {
        out.emplace_back(name);
      }
    }
    return out;
  }
  // Streams a member through `hash` (and into `keep` when not null, up to `max` bytes).
  Status Read(const std::string& name, std::string* hash_hex, std::string* keep, int64_t max,
              int64_t* size) {
    zip_file_t* f = zip_fopen(zip_, name.c_str(), 0);
    if (f == nullptr) return NotFound(fmt::format("{}: not in the bundle", name));
    Sha256 h;
    std::string buf(1 << 16, '\0');
    int64_t total = 0;
    for (;;) {
      const zip_int64_t got = zip_fread(f, buf.data(), buf.size());
      if (got < 0) {
        zip_fclose(f);
        return Corrupt(fmt::format("{}: damaged in the zip", name));
      }
      if (got == 0) break;
      total += got;
      h.Update(std::string_view(buf.data(), static_cast<size_t>(got)));
      if (keep != nullptr) {
        if (total > max) {
          zip_fclose(f);
          return InvalidInput(fmt::format("{}: larger than {} bytes", name, max));
        }
        keep->append(buf.data(), static_cast<size_t>(got));
      }
    }
    zip_fclose(f);
    if (hash_hex != nullptr) *hash_hex = h.HexDigest();
    if (size != nullptr) *size = total;
    return Status::Ok();
  }

 private:
  zip_t* zip_ = nullptr;
};

}  // namespace

Result<BundleReport> VerifyBundle(const fs::path& bundle, const fs::path& public_key_file) {
  ZipReader zip;
  ARIADNE_RETURN_IF_ERROR(zip.Open(bundle));
  BundleReport r;
  std::set<std::string> present;
  for (const std::string& n : zip.Names()) present.insert(n);
  auto read_small = [&](const std::string& name, std::string* out) -> bool {
    Status s = zip.Read(name, nullptr, out, kMaxJsonMember, nullptr);
    if (!s.ok()) {
      r.findings.push_back(fmt::format("{}: {} (removed or damaged)", name, s.message()));
      return false;
    }
    return true;
  };
  std::string manifest_bytes, signature, key_text;
  const bool have_manifest = read_small("manifest.json", &manifest_bytes);
  const bool have_sig = read_small("manifest.sig", &signature);
  const bool have_key = read_small("keys/case.pub", &key_text);
  // The key: the one given, else the bundle's own (whose fingerprint must be compared).
  std::optional<PublicKey> key;
  std::optional<PublicKey> bundle_key;
  if (have_key) {
    Result<PublicKey> k = ParsePublicKey(key_text, "keys/case.pub");
    if (k.ok())
      bundle_key = *k;
    else
      r.findings.push_back(k.status().message());
  }
  if (!public_key_file.empty()) {
    Result<PublicKey> k = ReadPublicKeyFile(public_key_file);
    if (!k.ok()) return k.status();
    key = *k;
    r.key_from_bundle = false;
    if (bundle_key && *bundle_key != *key) {
      r.findings.push_back(
          "keys/case.pub: not the public key given with --public-key (bundle signed by another "
          "key)");
    }
  } else {
    key = bundle_key;
  }
  if (!key) return r;
  r.key_fingerprint = Fingerprint(*key);
  if (!have_manifest) return r;
  if (!have_sig || !VerifySignature(*key, manifest_bytes, signature)) {
    r.findings.push_back("manifest.json: signature invalid (manifest or manifest.sig altered)");
  }
  const json manifest = json::parse(manifest_bytes, nullptr, false);
  if (!manifest.is_object() || manifest.value("format", "") != kBundleFormat) {
    r.findings.push_back(fmt::format("manifest.json: not an {} manifest", kBundleFormat));
    return r;
  }
  r.pseudonymised = manifest.value("pseudonymised", false);
  // Every listed member present and unchanged; nothing unlisted.
  std::set<std::string> listed = {"manifest.json", "manifest.sig"};
  for (const json& m : manifest.value("members", json::array())) {
    const std::string path = m.value("path", "");
    listed.insert(path);
    ++r.members;
    if (present.count(path) == 0) {
      r.findings.push_back(fmt::format("{}: listed in the manifest but missing (removed)", path));
      continue;
    }
    std::string hash;
    if (Status s = zip.Read(path, &hash, nullptr, 0, nullptr); !s.ok()) {
      r.findings.push_back(fmt::format("{}: {}", path, s.message()));
      continue;
    }
    if (hash != m.value("sha256", "")) {
      r.findings.push_back(
          fmt::format("{}: content altered (SHA-256 differs from the manifest)", path));
    }
    if (path.rfind("originals/", 0) == 0) {
      ++r.originals;
      if (hash != path.substr(10)) {
        r.findings.push_back(fmt::format("{}: content does not hash to its name (altered)", path));
      }
    }
  }
  for (const std::string& n : present) {
    if (listed.count(n) == 0) {
      r.findings.push_back(fmt::format("{}: in the bundle but not in the manifest (added)", n));
    }
  }
  // The signed checkpoint.
  std::string cp_bytes, events_bytes, docs_bytes;
  if (!read_small("custody/checkpoint.json", &cp_bytes)) return r;
  const json cp = json::parse(cp_bytes, nullptr, false);
  const std::optional<Hash> root =
      cp.is_object() ? FromHex(cp.value("root_hash", "")) : std::nullopt;
  const int64_t tree_size = cp.is_object() ? cp.value("tree_size", int64_t{0}) : 0;
  if (!root || !VerifySignature(*key,
                                CheckpointNote(CheckpointOrigin(*key), tree_size,
                                               cp.value("root_hash", ""), cp.value("time", "")),
                                cp.value("signature", ""))) {
    r.findings.push_back("custody/checkpoint.json: signature invalid (checkpoint altered)");
    return r;
  }
  // Each event: its hash from its fields, and its proof of inclusion under the signed root.
  std::map<int64_t, json> complete_events;  // import id -> details
  if (!read_small("custody/events.jsonl", &events_bytes)) return r;
  for (std::string_view line : Split(events_bytes, '\n')) {
    if (Trim(line).empty()) continue;
    const json j = json::parse(line, nullptr, false);
    if (!j.is_object()) {
      r.findings.push_back("custody/events.jsonl: a line is not JSON (altered)");
      continue;
    }
    ++r.events;
    const store::CustodyEventRow e = EventFromJson(j);
    const std::string hash = EventHash(e);
    bool ok = false;
    const json proof = j.value("proof", json::object());
    const std::vector<Hash> path = PathFromJson(proof.value("path", json()), &ok);
    if (hash != e.hash) {
      r.findings.push_back(
          fmt::format("event {} ({}): content altered (hash mismatch)", e.seq, e.action));
    } else if (!ok || proof.value("tree_size", int64_t{-1}) != tree_size ||
               !VerifyInclusion(static_cast<uint64_t>(e.seq - 1), static_cast<uint64_t>(tree_size),
                                EventLeafHash(hash), path, *root)) {
      r.findings.push_back(
          fmt::format("event {} ({}): not included in the signed checkpoint (altered or forged)",
                      e.seq, e.action));
    } else if (e.action == kActionImportComplete && e.object.rfind("import:", 0) == 0) {
      complete_events[std::atoll(e.object.c_str() + 7)] = json::parse(e.details, nullptr, false);
    }
  }
  // Each document: its seal from its fields, proved under its import's signed root.
  if (!read_small("documents.json", &docs_bytes)) return r;
  const json docs = json::parse(docs_bytes, nullptr, false);
  if (!docs.is_array()) {
    r.findings.push_back("documents.json: not a JSON array (altered)");
    return r;
  }
  for (const json& j : docs) {
    ++r.documents;
    const Document d = DocumentFromJson(j);
    const int64_t import_id = j.value("import_id", int64_t{0});
    const std::string seal = j.value("seal", "");
    const std::string name = fmt::format("document {}", d.id);
    if (!r.pseudonymised && DocumentSeal(d, import_id) != seal) {
      r.findings.push_back(name + ": content differs from its seal (altered)");
      continue;
    }
    const json proof = j.value("seal_proof", json::object());
    auto ev = complete_events.find(import_id);
    const std::optional<Hash> import_root = ev == complete_events.end() || !ev->second.is_object()
                                                ? std::nullopt
                                                : FromHex(ev->second.value("documents_root", ""));
    bool ok = false;
    const std::vector<Hash> path = PathFromJson(proof.value("path", json()), &ok);
    if (!import_root) {
      r.findings.push_back(fmt::format("{}: the signed event of its import {} is not in the bundle",
                                       name, import_id));
    } else if (!ok || !VerifyInclusion(proof.value("index", uint64_t{0}),
                                       proof.value("tree_size", uint64_t{0}), EventLeafHash(seal),
                                       path, *import_root)) {
      r.findings.push_back(name + ": its seal is not in its import's signed seals (altered)");
    }
    if (!r.pseudonymised && present.count("originals/" + d.provenance.blob_sha256) == 0) {
      r.findings.push_back(fmt::format("{}: its original {} is not in the bundle (removed)", name,
                                       d.provenance.blob_sha256.substr(0, 12) + "…"));
    }
  }
  if (r.pseudonymised) {
    r.notes.push_back(
        "pseudonymised bundle: document seals prove the originals were in the case, but the "
        "pseudonymised text cannot be compared with them, and the originals are not included");
  }
  return r;
}

}  // namespace ariadne::custody
