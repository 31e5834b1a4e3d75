#include "custody/log.h"

#include <fmt/format.h>

#include <set>

#include "core/text.h"
#include "custody/canonical.h"

namespace ariadne::custody {

namespace {

Hash LeafOfHex(const std::string& hex) {
  const std::optional<Hash> raw = FromHex(hex);
  // A malformed stored hash still gets a leaf (of its text), so the root differs and verification
  // reports it rather than crashing.
  if (!raw) return LeafHash(hex);
  return LeafHash(std::string_view(reinterpret_cast<const char*>(raw->data()), raw->size()));
}

}  // namespace

std::string CheckpointOrigin(const PublicKey& key) {
  return "ariadne.case/" + KeyId(key);
}

Hash EventLeafHash(const std::string& event_hash_hex) {
  return LeafOfHex(event_hash_hex);
}

Hash SealsRoot(const std::vector<std::string>& seals_hex) {
  std::vector<Hash> leaves;
  leaves.reserve(seals_hex.size());
  for (const std::string& s : seals_hex) leaves.push_back(LeafOfHex(s));
  return RootFromLeafHashes(leaves);
}

std::string JoinHashes(const std::vector<std::string>& hashes) {
  std::string out;
  for (const std::string& h : hashes) out += (out.empty() ? "" : ",") + h;
  return out;
}

std::vector<std::string> SplitHashes(const std::string& joined) {
  std::vector<std::string> out;
  for (std::string_view part : Split(joined, ',')) {
    if (!part.empty()) out.emplace_back(part);
  }
  return out;
}

Result<std::unique_ptr<CustodyLog>> CustodyLog::Open(const std::filesystem::path& case_dir,
                                                     std::string actor, std::string tool_version) {
  Result<std::unique_ptr<store::CustodyStore>> s = store::OpenCustodyStore(case_dir);
  if (!s.ok()) return s.status();
  return std::unique_ptr<CustodyLog>(
      new CustodyLog(std::move(s).value(), std::move(actor), std::move(tool_version)));
}

Result<store::CustodyEventRow> CustodyLog::Record(const Event& e) {
  store::CustodyEventRow row;
  row.time = UtcNowIso8601();
  row.actor = actor_;
  row.action = e.action;
  row.object = e.object;
  row.hashes = JoinHashes(e.hashes);
  // Compact, sorted keys (nlohmann's object order), replacing invalid UTF-8: the stored text is
  // what is hashed, so its exact form only has to be stable once written.
  row.details = e.details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  row.tool_version = tool_version_;
  return store_->AppendEvent(std::move(row), EventHash);
}

// Seals every document of the import that has no seal yet (an import seals its documents as it
// stores them: see capture::ImportCallbacks::seal; documents of older versions and of crawls are
// sealed here), then returns all the import's seals (hex) in document order for its Merkle root.
Result<std::vector<std::string>> CustodyLog::SealDocuments(int64_t import_id) {
  std::vector<store::DocumentSealRow> seals;
  ARIADNE_RETURN_IF_ERROR(store_->ForEachUnsealedInput(import_id, [&](const store::SealInput& in) {
    seals.push_back({in.doc.id, in.import_id, DocumentSeal(in.doc, in.import_id)});
    return Status::Ok();
  }));
  if (!seals.empty()) ARIADNE_RETURN_IF_ERROR(store_->PutSeals(seals));
  std::vector<std::string> seal_hex;
  ARIADNE_RETURN_IF_ERROR(store_->ForEachSeal(import_id, [&](const store::DocumentSealRow& s) {
    seal_hex.push_back(s.seal);
    return Status::Ok();
  }));
  return seal_hex;
}

// A "capture" event for every blob of the case not in the log yet (captured before, or purged
// blobs are not logged again).
Status CustodyLog::LogFreshBlobs(int64_t import_id) {
  std::set<std::string> logged;
  ARIADNE_RETURN_IF_ERROR(store_->ForEachEvent(1, [&](const store::CustodyEventRow& e) {
    if (e.action == kActionCapture && e.object.rfind("blob:", 0) == 0) {
      logged.insert(e.object.substr(5));
    }
    return Status::Ok();
  }));
  std::vector<store::CustodyBlobRow> fresh;
  ARIADNE_RETURN_IF_ERROR(store_->ForEachBlob([&](const store::CustodyBlobRow& b) {
    if (logged.count(b.sha256) == 0) fresh.push_back(b);
    return Status::Ok();
  }));
  for (const store::CustodyBlobRow& b : fresh) {
    Event capture{kActionCapture,
                  "blob:" + b.sha256,
                  {b.sha256},
                  {{"size", b.size}, {"media_type", b.media_type}, {"import_id", import_id}}};
    Result<store::CustodyEventRow> r = Record(capture);
    if (!r.ok()) return r.status();
  }
  return Status::Ok();
}

Result<store::CustodyEventRow> CustodyLog::CompleteImport(int64_t import_id,
                                                          const std::string& blob_sha256,
                                                          const std::vector<std::string>& seals,
                                                          nlohmann::json details) {
  details["import_id"] = import_id;
  details["documents"] = static_cast<int64_t>(seals.size());
  details["documents_root"] = ToHex(SealsRoot(seals));
  return Record({kActionImportComplete,
                 fmt::format("import:{}", import_id),
                 {blob_sha256},
                 std::move(details)});
}

Result<store::CustodyEventRow> CustodyLog::SealImport(int64_t import_id,
                                                      const std::string& blob_sha256,
                                                      nlohmann::json details) {
  Result<std::vector<std::string>> seals = SealDocuments(import_id);
  if (!seals.ok()) return seals.status();
  ARIADNE_RETURN_IF_ERROR(LogFreshBlobs(import_id));
  return CompleteImport(import_id, blob_sha256, *seals, std::move(details));
}

Result<int64_t> CustodyLog::SealUnloggedImports(const nlohmann::json& details) {
  std::set<std::string> started;
  ARIADNE_RETURN_IF_ERROR(store_->ForEachEvent(1, [&](const store::CustodyEventRow& e) {
    if (e.action == kActionImportStart) started.insert(e.object);
    return Status::Ok();
  }));
  Result<std::vector<store::CustodyStore::ImportRef>> imports = store_->Imports();
  if (!imports.ok()) return imports.status();
  int64_t logged = 0;
  for (const store::CustodyStore::ImportRef& i : *imports) {
    const std::string object = fmt::format("import:{}", i.id);
    if (i.status != "complete" || started.count(object) > 0) continue;
    Result<store::CustodyEventRow> start =
        Record({kActionImportStart, object, {i.blob_sha256}, details});
    if (!start.ok()) return start.status();
    Result<std::vector<std::string>> seals = SealDocuments(i.id);
    if (!seals.ok()) return seals.status();
    Result<store::CustodyEventRow> done = CompleteImport(i.id, i.blob_sha256, *seals, details);
    if (!done.ok()) return done.status();
    ++logged;
  }
  if (logged > 0) ARIADNE_RETURN_IF_ERROR(LogFreshBlobs(0));
  return logged;
}

Result<store::CustodyEventRow> CustodyLog::RecordDecision(const std::string& object,
                                                          const std::string& decision,
                                                          const std::string& reason,
                                                          const std::vector<std::string>& hashes) {
  return Record({kActionDecision, object, hashes, {{"decision", decision}, {"reason", reason}}});
}

Result<store::CustodyEventRow> CustodyLog::RecordPurge(const std::string& object,
                                                       const std::vector<std::string>& hashes,
                                                       const std::string& reason) {
  return Record({kActionPurge, object, hashes, {{"reason", reason}}});
}

Result<std::optional<store::CustodyCheckpointRow>> CustodyLog::Checkpoint(const KeyPair& keys) {
  std::vector<Hash> leaves;
  ARIADNE_RETURN_IF_ERROR(store_->ForEachEvent(1, [&](const store::CustodyEventRow& e) {
    leaves.push_back(EventLeafHash(e.hash));
    return Status::Ok();
  }));
  if (leaves.empty()) return std::optional<store::CustodyCheckpointRow>();
  Result<std::vector<store::CustodyCheckpointRow>> existing = store_->Checkpoints();
  if (!existing.ok()) return existing.status();
  const int64_t size = static_cast<int64_t>(leaves.size());
  if (!existing->empty() && existing->back().tree_size == size) {
    return std::optional<store::CustodyCheckpointRow>(existing->back());
  }
  store::CustodyCheckpointRow cp;
  cp.tree_size = size;
  cp.root_hash = ToHex(RootFromLeafHashes(leaves));
  cp.time = UtcNowIso8601();
  cp.key_id = KeyId(keys.public_key);
  cp.signature =
      Sign(keys, CheckpointNote(CheckpointOrigin(keys.public_key), size, cp.root_hash, cp.time));
  ARIADNE_RETURN_IF_ERROR(store_->AddCheckpoint(cp));
  return std::optional<store::CustodyCheckpointRow>(cp);
}

Result<int64_t> CustodyLog::UnsignedEvents() {
  Result<int64_t> n = store_->EventCount();
  if (!n.ok()) return n.status();
  Result<std::vector<store::CustodyCheckpointRow>> cps = store_->Checkpoints();
  if (!cps.ok()) return cps.status();
  return *n - (cps->empty() ? 0 : cps->back().tree_size);
}

}  // namespace ariadne::custody
