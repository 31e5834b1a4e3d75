// Per-thread Vectorscan scratch space, shared by every module that scans with Vectorscan.
// hs_alloc_scratch() grows an existing scratch so that it is valid for every database it has been
// allocated for, so one scratch per thread serves every database of the process. Header-only: the
// modules that use it link Vectorscan themselves.
#pragma once

#include <hs/hs.h>

namespace ariadne {

// This thread's scratch, ready for `db`; nullptr when Vectorscan cannot allocate it (out of
// memory). Valid until the thread ends.
inline hs_scratch_t* ThreadScratchFor(const hs_database_t* db) {
  struct Holder {
    hs_scratch_t* scratch = nullptr;
    const hs_database_t* ready_for = nullptr;
    ~Holder() {
      if (scratch != nullptr) hs_free_scratch(scratch);
    }
  };
  thread_local Holder holder;
  if (holder.ready_for != db) {
    if (hs_alloc_scratch(db, &holder.scratch) != HS_SUCCESS) return nullptr;
    holder.ready_for = db;
  }
  return holder.scratch;
}

}  // namespace ariadne
