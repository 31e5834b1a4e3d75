// Walking a folder of seized files for `ariadne import --case DIR FOLDER`: which files to import,
// and what was left out and why. Each file is then imported on its own (import.h), detected with
// the importer table, so each keeps its own blob as provenance.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/status.h"

namespace ariadne::capture {

struct FolderLimits {
  int max_depth = 32;           // folders nested deeper are not entered
  int64_t max_files = 1000000;  // files beyond this many are not listed
};

struct FolderListing {
  std::vector<std::filesystem::path> files;  // regular files, sorted by path
  std::vector<std::string> problems;         // "PATH: what was left out and why"
};

// The regular files under `dir`. Symbolic links are never followed (a link could lead out of the
// folder, or loop) and are listed as problems, as are sockets, pipes and devices (opening a pipe
// would hang), unreadable folders and anything beyond the limits. IoError only when `dir` itself
// cannot be read.
Result<FolderListing> ListFolder(const std::filesystem::path& dir, const FolderLimits& limits = {});

}  // namespace ariadne::capture
