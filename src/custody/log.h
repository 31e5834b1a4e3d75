// The custody log of a case: an append-only list of events (who did what, when, to which objects,
// with which tool version), each carrying the hash of the one before (docs/custody.md). The events
// are also the leaves of an RFC 6962 Merkle tree whose head (size, root, time) is signed with the
// case's Ed25519 key at checkpoints, so one event can be proved without revealing the others and
// no earlier event can be changed without breaking a signed checkpoint.
//
// Every event is committed on its own (one transaction) before the caller goes on. One CustodyLog
// per thread; several processes may append to the same case at once.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "custody/keys.h"
#include "custody/merkle.h"
#include "store/custody_store.h"

namespace ariadne::custody {

// Actions written by Ariadne today (docs/custody.md lists what each carries).
inline constexpr const char* kActionInit = "case.init";
inline constexpr const char* kActionCapture = "capture";  // a blob entered the case
inline constexpr const char* kActionImportStart = "import.start";
inline constexpr const char* kActionImportComplete = "import.complete";
inline constexpr const char* kActionAnalyze = "analysis.run";
inline constexpr const char* kActionView = "view";  // a person saw an original document
inline constexpr const char* kActionReport = "report";
inline constexpr const char* kActionExport = "export";
inline constexpr const char* kActionBundle = "export.bundle";
inline constexpr const char* kActionDecision = "decision";
inline constexpr const char* kActionPurge = "purge";
inline constexpr const char* kActionTipReceived = "tip.received";  // a public tip was stored
inline constexpr const char* kActionTipUpdate = "tip.update";      // an analyst answered a tip

struct Event {
  std::string action;
  std::string object;  // "case", "import:3", "document:42", "blob:<sha256>", "file:…"
  std::vector<std::string> hashes;  // hex SHA-256 of the objects concerned
  nlohmann::json details = nlohmann::json::object();
};

class CustodyLog {
 public:
  // Opens the log of the case in `case_dir` (open the Case first: it migrates the schema). `actor`
  // is who acts (a user name); `tool_version` the Ariadne version.
  static Result<std::unique_ptr<CustodyLog>> Open(const std::filesystem::path& case_dir,
                                                  std::string actor, std::string tool_version);

  // Appends one event, stamped with the actor, the tool version and the current UTC time.
  Result<store::CustodyEventRow> Record(const Event& e);

  // After an import run: seals every document of the import (the hash of it as imported), logs a
  // "capture" event for every blob of the case not logged yet, then "import.complete" with the
  // Merkle root of the import's seals. `details` is merged into the event's details.
  Result<store::CustodyEventRow> SealImport(int64_t import_id, const std::string& blob_sha256,
                                            nlohmann::json details);

  // After a capture that creates imports of its own (a crawl stores each page as one): logs every
  // complete import that the log does not know yet as "import.start", its documents' seals and
  // "import.complete" (as SealImport does), with `details` in each event, and a "capture" event
  // for every blob not logged yet. Returns how many imports were logged.
  Result<int64_t> SealUnloggedImports(const nlohmann::json& details);

  // After an import that failed once it had stored its original (a corrupt zip, a file that
  // changed while read): a "capture" event for every blob of the case not in the log yet, naming
  // the import, so that the original kept as evidence is accounted for. The import stays
  // "running" (its start is logged; a later run resumes or completes it).
  Status LogBlobsOfFailedImport(int64_t import_id) { return LogFreshBlobs(import_id); }

  // For the review workflow (issue 8): an analyst's decision about an object, and the purge of
  // data at the end of its retention or on request. A purged blob or document is expected to be
  // absent by `ariadne verify`.
  Result<store::CustodyEventRow> RecordDecision(const std::string& object,
                                                const std::string& decision,
                                                const std::string& reason,
                                                const std::vector<std::string>& hashes);
  Result<store::CustodyEventRow> RecordPurge(const std::string& object,
                                             const std::vector<std::string>& hashes,
                                             const std::string& reason);

  // Signs the head of the log (tree size, root, time) unless a checkpoint of this size exists.
  // Returns the checkpoint covering the whole log; empty when the log is empty.
  Result<std::optional<store::CustodyCheckpointRow>> Checkpoint(const KeyPair& keys);
  // Events not covered by a checkpoint yet.
  Result<int64_t> UnsignedEvents();

  store::CustodyStore& store() { return *store_; }

 private:
  Result<std::vector<std::string>> SealDocuments(int64_t import_id);
  Status LogFreshBlobs(int64_t import_id);
  Result<store::CustodyEventRow> CompleteImport(int64_t import_id, const std::string& blob_sha256,
                                                const std::vector<std::string>& seals,
                                                nlohmann::json details);
  CustodyLog(std::unique_ptr<store::CustodyStore> store, std::string actor,
             std::string tool_version)
      : store_(std::move(store)),
        actor_(std::move(actor)),
        tool_version_(std::move(tool_version)) {}
  std::unique_ptr<store::CustodyStore> store_;
  std::string actor_;
  std::string tool_version_;
};

// The origin line of a case's checkpoints: "ariadne.case/<key id>".
std::string CheckpointOrigin(const PublicKey& key);
// The Merkle leaf of an event: its 32-byte hash (the leaf hash is SHA-256(0x00 || those bytes)).
Hash EventLeafHash(const std::string& event_hash_hex);
// The Merkle root of the seals (hex) of one import, in document id order, leaves being the 32
// seal bytes.
Hash SealsRoot(const std::vector<std::string>& seals_hex);
std::string JoinHashes(const std::vector<std::string>& hashes);
std::vector<std::string> SplitHashes(const std::string& joined);

}  // namespace ariadne::custody
