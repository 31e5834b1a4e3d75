// The import runner: takes one file into a case with any importer. It stores the original in the
// blob store, records an import, reads records in batches of one transaction each, stores
// referenced images, records every problem, and can resume: a process killed mid-import leaves the
// case as it was at the last committed batch, and running the same import again continues from
// there. Re-importing a complete file adds nothing. The full-text index is written beside the
// import but not waited for (store/search_index.h: SearchIndexBacklog says what is left).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "capture/importer.h"
#include "core/sha256.h"
#include "core/status.h"
#include "store/case.h"

namespace ariadne::capture {

struct ImportProgress {
  int64_t bytes_done = 0;
  int64_t bytes_total = 0;
  int64_t records = 0;  // records read in this run
};

struct ImportSummary {
  std::string file;
  std::string format;
  int64_t import_id = 0;
  std::string blob_sha256;  // of the file as imported
  int64_t imported = 0;     // new documents (over all runs of this import)
  int64_t skipped = 0;      // malformed records
  int64_t duplicated = 0;   // documents already in the case
  int64_t warnings = 0;     // records imported with a problem noted (this run)
  int64_t images_stored = 0;
  int64_t images_missing = 0;
  bool already_complete = false;  // the same file was imported before: nothing was read
  bool resumed = false;           // an interrupted import was continued
};

struct ImportCallbacks {
  // Each problem as "FILE:LINE: reason", as it is found.
  std::function<void(const std::string&)> on_problem;
  // After each batch.
  std::function<void(const ImportProgress&)> on_progress;
  // Once the file is stored and its import record started or found, before any record is read
  // (not called when the file was imported completely before). An error stops the import: the
  // custody log uses it so that nothing is imported unlogged.
  std::function<Status(const store::ImportRecord&, bool resumed)> on_start;
  // When set: the seal of each document the import stores (custody::DocumentSeal), computed as it
  // is stored and written in the same transaction (store::SealWriter), so that sealing the import
  // afterwards reads nothing back.
  std::function<std::string(const Document&, int64_t import_id)> seal;
  // When set with `seal`: the same seal in two steps (custody::DocumentSealBeforeImages and
  // FinishDocumentSeal), so that a chat segment's fields, its text above all, are hashed on the
  // parse side with the row id the segment is expected to get; the storing side adds the images,
  // or seals the segment whole when its id turned out otherwise.
  std::function<Sha256(const Document&, int64_t import_id)> seal_before_images;
  std::function<std::string(Sha256 before_images, const std::vector<ImageRef>&)> finish_seal;
};

// Imports `file` in `format` (an importer name; empty: detect from the file). Record-level problems
// are reported and counted, not returned; the Status is an error only when the file as a whole
// could not be imported (unreadable, unknown format, no header, the case not writable).
Result<ImportSummary> ImportFile(store::Case& case_, const std::filesystem::path& file,
                                 std::string_view format, const ImportOptions& options,
                                 const ImportCallbacks& callbacks);

}  // namespace ariadne::capture
