// The case connection's settings while the analysis writes rows of documents it read (internal to
// the pipeline): the per-document stages' batches and the case-wide passes' flags and scores.
#pragma once

#include "core/status.h"
#include "store/case_store.h"
#include "store/sqlite/sqlite_case_store.h"
#include "store/sqlite/sqlite_db.h"

namespace ariadne::pipeline {

// Restored when leaving the scope; start it outside any transaction (store::sqlite::
// BulkWriteSettings, which imports use too):
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
  explicit CaseWriteSettings(store::CaseStore& s)
      : settings_(store::sqlite::ConnectionOf(s),
                  {.foreign_keys_off = true, .mmap_size = store::sqlite::kMaxMmapBytes}) {}
  Status Start() { return settings_.Start(); }

 private:
  store::sqlite::BulkWriteSettings settings_;
};

}  // namespace ariadne::pipeline
