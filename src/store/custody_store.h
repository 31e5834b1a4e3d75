// The custody tables of a case (schema v5): the hash-chained custody log, its signed checkpoints
// and the seals of imported documents, plus the read-only views of the rest of the case that
// verification needs (blobs, documents as imported, dangling references). The custody module
// (src/custody) owns the meaning; this interface only stores and reads rows, and callers never see
// SQL.
//
// The SQLite implementation opens its own connection to DIR/case.db (WAL), so it can be used next
// to the Case's CaseStore; do not call it while that CaseStore holds an open transaction (the
// append would wait for it). Every write is one transaction. One CustodyStore per thread.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace ariadne::store {

// One custody event as stored. `hashes` is the comma-separated list of the hex SHA-256 of the
// objects the event is about (may be empty); `details` is JSON text, hashed as stored.
struct CustodyEventRow {
  int64_t seq = 0;  // 1, 2, 3… without gaps
  std::string time;
  std::string actor;
  std::string action;
  std::string object;
  std::string hashes;
  std::string details = "{}";
  std::string tool_version;
  std::string prev_hash;  // hex hash of event seq-1; 64 zeros for the first
  std::string hash;       // hex SHA-256 of the event's canonical bytes (custody/canonical.h)
};

// A signed tree head over the first `tree_size` events.
struct CustodyCheckpointRow {
  int64_t tree_size = 0;
  std::string root_hash;  // hex
  std::string time;
  std::string key_id;     // fingerprint of the signing public key
  std::string signature;  // base64 Ed25519 signature of the checkpoint note
};

struct CustodyBlobRow {
  std::string sha256;
  int64_t size = 0;
  std::string media_type;
};

struct DocumentSealRow {
  int64_t document_id = 0;
  int64_t import_id = 0;
  std::string seal;  // hex SHA-256 of the document's canonical bytes at import
};

// A document as imported (the fields a seal covers) with the import it came from.
struct SealInput {
  Document doc;  // images and provenance filled; analysis results are not part of it
  int64_t import_id = 0;
};

class CustodyStore {
 public:
  virtual ~CustodyStore() = default;

  // Appends one event in one transaction: sets `seq` and `prev_hash` from the last stored event,
  // then `hash` = hasher(row), and stores it. Returns the stored row. Safe against concurrent
  // appenders (the transaction is IMMEDIATE).
  virtual Result<CustodyEventRow> AppendEvent(
      CustodyEventRow row, const std::function<std::string(const CustodyEventRow&)>& hasher) = 0;
  // Every event with seq >= from_seq, in seq order.
  virtual Status ForEachEvent(int64_t from_seq,
                              const std::function<Status(const CustodyEventRow&)>& visit) = 0;
  virtual Result<int64_t> EventCount() = 0;

  virtual Status AddCheckpoint(const CustodyCheckpointRow& row) = 0;
  // All checkpoints by tree size.
  virtual Result<std::vector<CustodyCheckpointRow>> Checkpoints() = 0;

  // Every blob recorded in the case, by hash.
  virtual Status ForEachBlob(const std::function<Status(const CustodyBlobRow&)>& visit) = 0;
  // Documents as imported, in id order: of one import, or all when `import_id` is 0.
  virtual Status ForEachSealInput(int64_t import_id,
                                  const std::function<Status(const SealInput&)>& visit) = 0;
  // The same, only the documents that have no seal yet (sealing at the end of an import seals
  // what was not sealed as it was stored: documents of older versions or of a crawl).
  virtual Status ForEachUnsealedInput(int64_t import_id,
                                      const std::function<Status(const SealInput&)>& visit) = 0;
  // Seals in document order: of one import, or all when `import_id` is 0.
  virtual Status ForEachSeal(int64_t import_id,
                             const std::function<Status(const DocumentSealRow&)>& visit) = 0;
  // The seal of one document; empty when it has none.
  virtual Result<std::optional<DocumentSealRow>> SealOf(int64_t document_id) = 0;
  // Stores seals (replacing any of the same documents) in one transaction.
  virtual Status PutSeals(const std::vector<DocumentSealRow>& seals) = 0;
  // Import status by id ("running"/"complete") and blob hash, for all imports.
  struct ImportRef {
    int64_t id = 0;
    std::string blob_sha256;
    std::string status;
  };
  virtual Result<std::vector<ImportRef>> Imports() = 0;
  // Every public tip's id and text, by id (to check them against their `tip.received` events).
  virtual Status ForEachTip(
      const std::function<Status(int64_t id, const std::string& text)>& visit) = 0;
  // Derived rows that point at something that does not exist, or outside the text they point
  // into: one line each, naming the row ("selector 12: document 99 does not exist").
  virtual Result<std::vector<std::string>> DanglingReferences() = 0;
};

class CaseStore;

// Writes seals through the connection of a Case's CaseStore, inside its open transaction: an
// import seals each document as it stores it, so a document and its seal commit together (a
// killed import leaves neither alone) and nothing has to be read back to seal the import. Only for
// SQLite cases (Internal otherwise). Lives as long as `case_store`; same thread.
class SealWriter {
 public:
  virtual ~SealWriter() = default;
  // Stores (or replaces) one seal in the open transaction.
  virtual Status Put(const DocumentSealRow& row) = 0;
};
Result<std::unique_ptr<SealWriter>> OpenSealWriter(CaseStore& case_store);

// Opens the custody tables of the case in `case_dir` (the case must exist and be migrated: open it
// with Case::Open first). IoError when there is no case.
Result<std::unique_ptr<CustodyStore>> OpenCustodyStore(const std::filesystem::path& case_dir);

}  // namespace ariadne::store
