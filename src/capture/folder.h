// Walking a folder of seized files for `ariadne import --case DIR FOLDER`: which files to import,
// and what was left out and why. Each file is then imported on its own (import.h), detected with
// the importer table, so each keeps its own blob as provenance.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "capture/import.h"
#include "core/status.h"
#include "store/case.h"

namespace ariadne::capture {

struct FolderLimits {
  int max_depth = 32;                         // folders nested deeper are not entered
  int64_t max_files = 1000000;                // files beyond this many are not listed
  int64_t max_file_bytes = int64_t{4} << 30;  // larger files are left out (import them by name)
  // Leaves out (with a problem) files that no importer recognises; off when the caller names the
  // format for every file.
  bool known_formats_only = false;
};

struct FolderListing {
  std::vector<std::filesystem::path> files;  // regular files, sorted by path
  std::vector<std::string> problems;         // "PATH: what was left out and why"
};

// The regular files under `dir`. Symbolic links are never followed (a link could lead out of the
// folder, or loop) and are listed as problems, as are sockets, pipes and devices (opening a pipe
// would hang), unreadable files and folders, files over the size cap, files of no known format
// (with `known_formats_only`) and anything beyond the limits. IoError only when `dir` itself
// cannot be read.
Result<FolderListing> ListFolder(const std::filesystem::path& dir, const FolderLimits& limits = {});

// Records in the case what a walk of `dir` left out, so that it is kept with the evidence and not
// only printed: the listing (the files taken with their sizes, and the problems) is stored as a
// blob, and an import of format "folder" of that blob holds one import problem per file left out.
// Nothing is recorded when nothing was left out; recording the same listing again adds nothing
// (`already_complete`). `on_start` and `on_problem` of `callbacks` are called as for a file import.
Result<ImportSummary> RecordFolderWalk(store::Case& case_, const std::filesystem::path& dir,
                                       const FolderListing& listing,
                                       const ImportCallbacks& callbacks);

}  // namespace ariadne::capture
