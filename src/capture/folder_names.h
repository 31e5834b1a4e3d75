// The names in one folder, listed once, for answering "is this file missing?" without a `stat`
// per name: a chat export names thousands of attachments that the export left out, and each
// distinct one cost a `stat` of the storing thread (about 8% of it, mostly in the kernel, for a
// WhatsApp export with photos left out).
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_set>

namespace ariadne::capture {

class FolderNames {
 public:
  // Folders with more entries than this (by default) are not listed (the listing would cost more
  // than the `stat`s it saves): `SurelyMissing` then answers false for every name.
  static constexpr size_t kMaxEntries = 100000;

  // `folder` may be empty: the current directory.
  explicit FolderNames(std::filesystem::path folder, size_t max_entries = kMaxEntries)
      : folder_(folder.empty() ? std::filesystem::path(".") : std::move(folder)),
        max_entries_(max_entries) {}

  // True only when `name`, one name in the folder (no '/'), is surely not in it: a name of ASCII
  // characters that the listing does not hold, in a folder that is not case-insensitive. False
  // when it may be there: listed, a path with a folder part, "" or "..", not ASCII (a file system
  // may normalise or fold it), or the folder could not be listed, has too many entries or folds
  // case. A false answer leaves the question to `stat`, so the answers given are those of `stat`,
  // except for a file created in the folder after the listing (an import reads a finished
  // export). The folder is listed at the first call. Not thread-safe.
  bool SurelyMissing(std::string_view name);

  // Whether the folder was listed and its listing is used (after the first call).
  bool listed() const { return usable_; }

 private:
  void List();

  const std::filesystem::path folder_;
  const size_t max_entries_;
  bool tried_ = false;
  bool usable_ = false;
  std::unordered_set<std::string> names_;
};

}  // namespace ariadne::capture
