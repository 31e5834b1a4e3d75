#include "capture/folder.h"

#include <fmt/format.h>

#include <algorithm>

namespace ariadne::capture {

namespace fs = std::filesystem;

Result<FolderListing> ListFolder(const fs::path& dir, const FolderLimits& limits) {
  std::error_code ec;
  if (!fs::is_directory(fs::symlink_status(dir, ec)) && !fs::is_directory(dir, ec)) {
    return IoError(fmt::format("{}: not a folder", dir.string()));
  }
  FolderListing out;
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec);
  if (ec) return IoError(fmt::format("{}: cannot read the folder: {}", dir.string(), ec.message()));
  bool over_count = false;
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      out.problems.push_back(fmt::format("{}: cannot read: {}", it->path().string(), ec.message()));
      ec.clear();
      continue;
    }
    const fs::directory_entry& e = *it;
    const fs::file_status st = e.symlink_status(ec);
    if (ec) {
      out.problems.push_back(fmt::format("{}: cannot read: {}", e.path().string(), ec.message()));
      ec.clear();
      continue;
    }
    if (fs::is_symlink(st)) {
      out.problems.push_back(fmt::format(
          "{}: a symbolic link: not followed (import its target by name if it belongs to the "
          "case)",
          e.path().string()));
      continue;
    }
    if (fs::is_directory(st)) {
      if (it.depth() + 1 > limits.max_depth) {
        out.problems.push_back(fmt::format("{}: nested deeper than {} folders: not entered",
                                           e.path().string(), limits.max_depth));
        it.disable_recursion_pending();
      }
      continue;
    }
    if (!fs::is_regular_file(st)) {
      out.problems.push_back(fmt::format("{}: not a regular file (pipe, socket or device): skipped",
                                         e.path().string()));
      continue;
    }
    if (static_cast<int64_t>(out.files.size()) >= limits.max_files) {
      over_count = true;
      break;
    }
    out.files.push_back(e.path());
  }
  if (over_count) {
    out.problems.push_back(fmt::format("{}: more than {} files: only the first {} are imported",
                                       dir.string(), limits.max_files, limits.max_files));
  }
  std::sort(out.files.begin(), out.files.end());
  return out;
}

}  // namespace ariadne::capture
