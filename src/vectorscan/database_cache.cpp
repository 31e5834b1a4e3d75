// A disk cache of compiled Vectorscan databases (see database_cache.h).
#include "vectorscan/database_cache.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <optional>
#include <set>
#include <utility>

#include "core/sha256.h"

namespace ariadne::vectorscan {

std::string CacheDirectory() {
  if (const char* dir = std::getenv("ARIADNE_CACHE_DIR"); dir != nullptr && *dir != '\0') {
    return std::string(dir) == "off" ? "" : dir;
  }
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0') {
    return std::string(xdg) + "/ariadne";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return std::string(home) + "/.cache/ariadne";
  }
  return "";
}

std::string DatabaseKey(const std::vector<const char*>& expressions,
                        const std::vector<unsigned>& flags) {
  Sha256 hash;
  hash.Update(hs_version());  // version, build and target features
  hash.Update(std::string(1, '\0'));
  for (size_t i = 0; i < expressions.size(); ++i) {
    hash.Update(expressions[i]);
    hash.Update(std::string(1, '\0') + std::to_string(flags[i]) + std::string(1, '\0'));
  }
  return hash.HexDigest();
}

namespace {

constexpr std::string_view kDatabaseSuffix = ".hsdb";

std::string CachePath(const std::string& dir, std::string_view user, const std::string& key,
                      std::string_view suffix) {
  return dir + "/" + std::string(user) + "-" + key + std::string(suffix);
}

// Whether `name` is "<user>-<64 hex digits><suffix>": the exact form, so that kind "flag" does not
// claim another kind's files ("flag-start-….hsdb" of older versions) or the pattern-check file.
bool IsFileOf(std::string_view name, std::string_view user, std::string_view suffix) {
  constexpr size_t kKeyLength = 64;
  if (name.size() != user.size() + 1 + kKeyLength + suffix.size()) return false;
  if (name.substr(0, user.size()) != user || name[user.size()] != '-') return false;
  if (name.substr(name.size() - suffix.size()) != suffix) return false;
  const std::string_view key = name.substr(user.size() + 1, kKeyLength);
  return std::all_of(key.begin(), key.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// When a file was last used: written (mtime) or, on file systems that record it (relatime, the
// Linux default, refreshes it on the first read after a write and then daily), read (atime). A
// database still loaded every run thus counts as recent however long ago it was compiled.
std::time_t LastUse(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return 0;
  return std::max(info.st_mtime, info.st_atime);
}

// Deletes all but the `kept` most recently used databases of `user` in `dir`: every
// rule-pack or extraction change compiles a new database and leaves the old one unused. Runs once
// per folder and kind in a process (listing the folder after each write would cost more than it
// saves); best-effort, errors ignored.
void PruneKind(const std::string& dir, std::string_view user, std::string_view suffix,
               size_t kept) {
  static std::mutex mu;
  static std::set<std::string> pruned;  // "dir\0user\0suffix"
  {
    std::lock_guard lock(mu);
    if (!pruned.insert(dir + '\0' + std::string(user) + '\0' + std::string(suffix)).second) return;
  }
  std::error_code ec;
  std::vector<std::string> paths;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (IsFileOf(it->path().filename().native(), user, suffix)) {
      paths.push_back(it->path().native());
    }
  }
  if (paths.size() <= kept) return;
  std::vector<std::pair<std::time_t, std::string>> by_use;
  for (std::string& path : paths) by_use.emplace_back(LastUse(path), std::move(path));
  std::sort(by_use.begin(), by_use.end(), [](const auto& a, const auto& b) { return a > b; });
  for (size_t i = kept; i < by_use.size(); ++i) std::filesystem::remove(by_use[i].second, ec);
}

}  // namespace

std::optional<std::string> LoadCachedFile(std::string_view user, const std::string& key,
                                          std::string_view suffix) {
  const std::string dir = CacheDirectory();
  if (dir.empty()) return std::nullopt;
  // One read into a buffer of the file's size: a stringstream grew by doubling and copied the
  // rule packs' 50 MB database about three times (a third of a 1,000-ad `ariadne flag` run).
  std::ifstream in(CachePath(dir, user, key, suffix), std::ios::binary | std::ios::ate);
  if (!in) return std::nullopt;
  const std::streamoff size = in.tellg();
  if (size < 0 || !in.seekg(0)) return std::nullopt;
  std::string bytes(static_cast<size_t>(size), '\0');
  if (!in.read(bytes.data(), size)) return std::nullopt;
  return bytes;
}

void StoreCachedFile(std::string_view user, const std::string& key, std::string_view suffix,
                     std::string_view bytes, size_t kept) {
  const std::string dir = CacheDirectory();
  if (dir.empty()) return;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  const std::string final_path = CachePath(dir, user, key, suffix);
  // Unique per process and write: two threads writing one temporary file would rename a mixture
  // into place.
  static std::atomic<uint64_t> writes{0};
  const std::string temporary =
      final_path + ".tmp" + std::to_string(::getpid()) + "-" + std::to_string(++writes);
  {
    std::ofstream out(temporary, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) std::filesystem::remove(temporary, ec);
  }
  std::filesystem::rename(temporary, final_path, ec);
  if (ec) {
    std::filesystem::remove(temporary, ec);
    return;
  }
  PruneKind(dir, user, suffix, kept);
  // Kinds no version writes any more, deleted at a process's first write: the flagger's one-regex
  // start-of-match databases ("flag-start", up to 8,192 files and ~330 MB) before PCRE2 found the
  // starts.
  for (const std::string_view retired : {"flag-start"}) PruneKind(dir, retired, kDatabaseSuffix, 0);
}

hs_database_t* LoadCachedDatabase(std::string_view user, const std::string& key) {
  const std::string dir = CacheDirectory();
  if (dir.empty()) return nullptr;
  // Mapped, not read: Vectorscan copies the bytes into its own allocation anyway, so a buffer of
  // our own would be one more 50 MB fill and copy. A cached file is never written in place (a
  // new one is renamed over it), so the mapping cannot change while it is read.
  const int fd = ::open(CachePath(dir, user, key, kDatabaseSuffix).c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat info {};
  void* bytes = MAP_FAILED;
  if (::fstat(fd, &info) == 0 && info.st_size > 0) {
    bytes = ::mmap(nullptr, static_cast<size_t>(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  }
  ::close(fd);
  if (bytes == MAP_FAILED) return nullptr;
  hs_database_t* db = nullptr;
  const hs_error_t status = hs_deserialize_database(static_cast<const char*>(bytes),
                                                    static_cast<size_t>(info.st_size), &db);
  ::munmap(bytes, static_cast<size_t>(info.st_size));
  return status == HS_SUCCESS ? db : nullptr;  // else truncated, or another Vectorscan's: compile
}

void StoreCachedDatabase(std::string_view user, const std::string& key, const hs_database_t* db,
                         size_t kept) {
  if (CacheDirectory().empty()) return;
  char* bytes = nullptr;
  size_t length = 0;
  if (hs_serialize_database(db, &bytes, &length) != HS_SUCCESS) return;
  StoreCachedFile(user, key, kDatabaseSuffix, std::string_view(bytes, length), kept);
  std::free(bytes);
}

hs_database_t* LoadOrCompile(std::string_view user, const std::vector<const char*>& expressions,
                             const std::vector<unsigned>& flags, hs_compile_error_t** error,
                             bool* from_cache) {
  *error = nullptr;
  const std::string key = DatabaseKey(expressions, flags);
  hs_database_t* db = LoadCachedDatabase(user, key);
  if (from_cache != nullptr) *from_cache = db != nullptr;
  if (db != nullptr) return db;
  std::vector<unsigned> ids(expressions.size());
  for (size_t i = 0; i < ids.size(); ++i) ids[i] = static_cast<unsigned>(i);
  if (hs_compile_multi(expressions.data(), flags.data(), ids.data(),
                       static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, nullptr, &db,
                       error) != HS_SUCCESS) {
    return nullptr;
  }
  StoreCachedDatabase(user, key, db);
  return db;
}

}  // namespace ariadne::vectorscan
