#include "capture/folder.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <nlohmann/json.hpp>

#include "capture/registry.h"
#include "core/text.h"

namespace ariadne::capture {

namespace fs = std::filesystem;

namespace {

// Why a regular file is left out of the import ("" when it is taken).
std::string LeftOut(const fs::directory_entry& e, const FolderLimits& limits) {
  std::error_code ec;
  const auto size = static_cast<int64_t>(e.file_size(ec));
  if (ec) return fmt::format("cannot read: {}: left out", ec.message());
  if (::access(e.path().c_str(), R_OK) != 0) {
    return fmt::format("cannot be read ({}): left out", std::strerror(errno));
  }
  if (size > limits.max_file_bytes) {
    return fmt::format(
        "{} bytes, more than the {} bytes a file of a folder may have: left out (import it by "
        "name to take it)",
        size, limits.max_file_bytes);
  }
  if (limits.known_formats_only && DetectImporter(e.path()) == nullptr) {
    return "no importer recognises its format: left out (import it by name with --format)";
  }
  return "";
}

}  // namespace

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
    } else if (std::string why = LeftOut(e, limits); !why.empty()) {
      out.problems.push_back(fmt::format("{}: {}", e.path().string(), why));
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
  std::sort(out.problems.begin(), out.problems.end());
  return out;
}

Result<ImportSummary> RecordFolderWalk(store::Case& case_, const fs::path& dir,
                                       const FolderListing& listing,
                                       const ImportCallbacks& callbacks) {
  ImportSummary summary;
  summary.file = dir.string();
  summary.format = "folder";
  if (listing.problems.empty()) return summary;
  // The listing as stored: stable for the same folder (sorted, sizes, no times), so recording
  // the same walk twice finds the first record.
  nlohmann::json files = nlohmann::json::array();
  for (const fs::path& f : listing.files) {
    std::error_code ec;
    const auto size = fs::file_size(f, ec);
    files.push_back({{"path", fs::relative(f, dir, ec).string()},
                     {"size", ec ? -1 : static_cast<int64_t>(size)}});
  }
  const nlohmann::json manifest = {
      {"folder", dir.string()}, {"files", std::move(files)}, {"left_out", listing.problems}};
  Result<store::BlobInfo> blob = case_.blobs().PutBytes(
      manifest.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
  if (!blob.ok()) return blob.status();
  store::CaseStore& s = case_.store();
  ARIADNE_RETURN_IF_ERROR(s.Begin());
  store::ImportRecord record;
  Status st = [&]() -> Status {
    ARIADNE_RETURN_IF_ERROR(s.RecordBlob(*blob, "application/json"));
    Result<std::optional<store::ImportRecord>> found = s.FindImport(blob->sha256, "folder", "");
    if (!found.ok()) return found.status();
    if (found->has_value()) {
      record = **found;
      summary.already_complete = record.status == "complete";
      summary.resumed = !summary.already_complete;
      return Status::Ok();
    }
    record.blob_sha256 = blob->sha256;
    record.file_name = dir.string();
    record.format = "folder";
    record.status = "running";
    Result<int64_t> id = s.StartImport(record);
    if (!id.ok()) return id.status();
    record.id = *id;
    return Status::Ok();
  }();
  if (!st.ok()) {
    s.Rollback();
    return st;
  }
  ARIADNE_RETURN_IF_ERROR(s.Commit());
  summary.import_id = record.id;
  summary.blob_sha256 = record.blob_sha256;
  summary.skipped = static_cast<int64_t>(listing.problems.size());
  if (summary.already_complete) return summary;
  if (callbacks.on_start) ARIADNE_RETURN_IF_ERROR(callbacks.on_start(record, summary.resumed));
  ARIADNE_RETURN_IF_ERROR(s.Begin());
  st = [&]() -> Status {
    for (const std::string& p : listing.problems) {
      if (callbacks.on_problem) callbacks.on_problem(p);
      ARIADNE_RETURN_IF_ERROR(s.RecordProblem({record.id, 0, 0, p}));
    }
    record.status = "complete";
    record.skipped = summary.skipped;
    record.finished_at = UtcNowIso8601();
    return s.UpdateImport(record);
  }();
  if (!st.ok()) {
    s.Rollback();
    return st;
  }
  ARIADNE_RETURN_IF_ERROR(s.Commit());
  return summary;
}

}  // namespace ariadne::capture
