#include "capture/folder.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>

namespace ariadne::capture {

namespace fs = std::filesystem;

Result<FolderListing> ListFolder(const fs::path& dir, const FolderLimits& limits) {
  std::error_code ec;
  if (!fs::is_directory(fs::symlink_status(dir, ec)) && !fs::is_directory(dir, ec)) {
    return IoError(fmt::format("{}: not a folder", dir.string()));
  }
  FolderListing out;
  // skip_permission_denied is the safety net; unreadable folders are found and reported first.
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) return IoError(fmt::format("{}: cannot read the folder: {}", dir.string(), ec.message()));
  bool over_count = false;
  while (it != fs::recursive_directory_iterator()) {
    const fs::directory_entry& e = *it;
    const fs::file_status st = e.symlink_status(ec);
    if (ec) {
      out.problems.push_back(fmt::format("{}: cannot read: {}", e.path().string(), ec.message()));
      ec.clear();
    } else if (fs::is_symlink(st)) {
      out.problems.push_back(fmt::format(
          "{}: a symbolic link: not followed (import its target by name if it belongs to the "
          "case)",
          e.path().string()));
    } else if (fs::is_directory(st)) {
      if (it.depth() + 1 > limits.max_depth) {
        out.problems.push_back(fmt::format("{}: nested deeper than {} folders: not entered",
                                           e.path().string(), limits.max_depth));
        it.disable_recursion_pending();
      } else if (::access(e.path().c_str(), R_OK | X_OK) != 0) {
        out.problems.push_back(
            fmt::format("{}: cannot read the folder: not entered", e.path().string()));
        it.disable_recursion_pending();
      }
    } else if (!fs::is_regular_file(st)) {
      out.problems.push_back(fmt::format("{}: not a regular file (pipe, socket or device): skipped",
                                         e.path().string()));
    } else if (static_cast<int64_t>(out.files.size()) >= limits.max_files) {
      over_count = true;
      break;
    } else {
      out.files.push_back(e.path());
    }
    // An error here ends the iteration (the iterator becomes the end): say so, keep what was found.
    it.increment(ec);
    if (ec) {
      out.problems.push_back(
          fmt::format("{}: the walk stopped early: {}; the files found so far are imported",
                      dir.string(), ec.message()));
      break;
    }
  }
  if (over_count) {
    out.problems.push_back(fmt::format("{}: more than {} files: only the first {} are imported",
                                       dir.string(), limits.max_files, limits.max_files));
  }
  std::sort(out.files.begin(), out.files.end());
  return out;
}

}  // namespace ariadne::capture
