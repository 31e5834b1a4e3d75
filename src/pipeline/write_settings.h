// The case connection's settings while the analysis writes rows of documents it read (internal to
// the pipeline): the per-document stages' batches and the case-wide passes' flags and scores.
#pragma once

#include <fmt/format.h>

#include <cstdint>

#include "core/status.h"
#include "store/case_store.h"
#include "store/sqlite/sqlite_case_store.h"
#include "store/sqlite/sqlite_db.h"

namespace ariadne::pipeline {

// Restored when leaving the scope; start it outside any transaction (SQLite ignores a change of
// foreign_keys inside one):
// - no reference checks: every row written (selectors, signature, flags, score, done marks) is of
//   a document read from the case, and documents are never removed; the check was a look-up in
//   the documents table per row written, about 2,000 instructions each;
// - the file mapped up to SQLite's maximum (2 GB on Debian, as the link maps it), not 256 MB:
//   each new selector goes into `selectors_by_value` at a random place of the file (2.3 GB at a
//   million ads), as the passes' flags and scores go into their tables and indexes, and each of
//   those pages beyond the map was read with a `pread` call, about 40% of storing the selectors.
//   Only the pages touched count as memory.
class CaseWriteSettings {
 public:
  explicit CaseWriteSettings(store::CaseStore& s) : db_(store::sqlite::ConnectionOf(s)) {}
  CaseWriteSettings(const CaseWriteSettings&) = delete;
  CaseWriteSettings& operator=(const CaseWriteSettings&) = delete;
  ~CaseWriteSettings() {
    if (db_ == nullptr || !started_) return;
    (void)db_->Exec(fmt::format("PRAGMA foreign_keys=ON; PRAGMA mmap_size={}", mmap_size_));
  }
  Status Start() {
    if (db_ == nullptr) return Status::Ok();  // not SQLite's store: nothing to change
    Result<store::sqlite::Statement> st = db_->Prepare("PRAGMA mmap_size");
    if (!st.ok()) return st.status();
    ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] { mmap_size_ = st->Int(0); }));
    started_ = true;
    return db_->Exec("PRAGMA foreign_keys=OFF; PRAGMA mmap_size=2147418112");
  }

 private:
  store::sqlite::Db* db_;
  bool started_ = false;
  int64_t mmap_size_ = 0;  // the connection's own, restored
};

}  // namespace ariadne::pipeline
