// A case on disk: the folder that holds one investigation.
//   DIR/case.db   the CaseStore (SQLite, WAL)
//   DIR/blobs/    the BlobStore (content-addressed originals)
//   DIR/keys/     the case's signing keys (custody)
// `Case` owns both stores. Not thread-safe; open one per thread or process.
#pragma once

#include <filesystem>
#include <memory>

#include "core/status.h"
#include "store/blob_store.h"
#include "store/case_store.h"

namespace ariadne::store {

class Case {
 public:
  // Creates a new case in `dir` (which may exist but must not hold a case). `info.name`, `purpose`
  // and `legal_basis` must not be empty and `retention_days` must be positive: InvalidInput
  // otherwise.
  static Result<std::unique_ptr<Case>> Create(const std::filesystem::path& dir, CaseInfo info);
  // Opens the case in `dir`; IoError when there is none.
  static Result<std::unique_ptr<Case>> Open(const std::filesystem::path& dir);

  CaseStore& store() { return *store_; }
  BlobStore& blobs() { return blobs_; }
  const std::filesystem::path& dir() const { return dir_; }

 private:
  Case(std::filesystem::path dir, std::unique_ptr<CaseStore> store);
  std::filesystem::path dir_;
  std::unique_ptr<CaseStore> store_;
  BlobStore blobs_;
};

}  // namespace ariadne::store
