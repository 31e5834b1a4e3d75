#include "capture/folder_names.h"

#include <sys/stat.h>

#include <string_view>
#include <system_error>

namespace ariadne::capture {

namespace fs = std::filesystem;

namespace {

bool IsAscii(std::string_view s) {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// `name` with the case of every ASCII letter swapped, or "" when it has no ASCII letter.
std::string SwappedCase(std::string_view name) {
  std::string out(name);
  bool letter = false;
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') {
      c = static_cast<char>(c - 'a' + 'A');
      letter = true;
    } else if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
      letter = true;
    }
  }
  return letter ? out : std::string();
}

}  // namespace

void FolderNames::List() {
  tried_ = true;
  std::error_code ec;
  for (fs::directory_iterator it(folder_, ec), end; !ec && it != end; it.increment(ec)) {
    if (names_.size() >= max_entries_) {
      names_.clear();
      return;
    }
    names_.insert(it->path().filename().string());
  }
  if (ec) {
    names_.clear();
    return;
  }
  // A folder that folds case (ext4's casefold, a FAT or SMB mount) finds a file by a name the
  // listing does not hold: one listed name, its letters' case swapped, tells. Two listed names
  // that differ only in case cannot be in such a folder, so those tell nothing.
  for (const std::string& name : names_) {
    const std::string swapped = SwappedCase(name);
    if (swapped.empty() || names_.count(swapped) > 0) continue;
    struct stat st {};
    if (::lstat((folder_ / swapped).c_str(), &st) == 0) {
      names_.clear();
      return;
    }
    break;
  }
  usable_ = true;
}

bool FolderNames::SurelyMissing(std::string_view name) {
  if (!tried_) List();
  if (!usable_ || name.empty() || name == "." || name == ".." ||
      name.find('/') != std::string_view::npos || !IsAscii(name))
    return false;
  return names_.find(std::string(name)) == names_.end();
}

}  // namespace ariadne::capture
