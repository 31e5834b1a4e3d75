// A disk cache of compiled Vectorscan databases (see database_cache.h).
#include "vectorscan/database_cache.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

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

std::string CachePath(const std::string& dir, std::string_view user, const std::string& key) {
  return dir + "/" + std::string(user) + "-" + key + ".hsdb";
}

}  // namespace

hs_database_t* LoadCachedDatabase(std::string_view user, const std::string& key) {
  const std::string dir = CacheDirectory();
  if (dir.empty()) return nullptr;
  std::ifstream in(CachePath(dir, user, key), std::ios::binary);
  if (!in) return nullptr;
  std::stringstream bytes;
  bytes << in.rdbuf();
  const std::string serialized = bytes.str();
  hs_database_t* db = nullptr;
  if (hs_deserialize_database(serialized.data(), serialized.size(), &db) != HS_SUCCESS) {
    return nullptr;  // truncated, or from another Vectorscan: compile again
  }
  return db;
}

void StoreCachedDatabase(std::string_view user, const std::string& key, const hs_database_t* db) {
  const std::string dir = CacheDirectory();
  if (dir.empty()) return;
  char* bytes = nullptr;
  size_t length = 0;
  if (hs_serialize_database(db, &bytes, &length) != HS_SUCCESS) return;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  const std::string final_path = CachePath(dir, user, key);
  const std::string temporary = final_path + ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(temporary, std::ios::binary);
    out.write(bytes, static_cast<std::streamsize>(length));
    if (!out) std::filesystem::remove(temporary, ec);
  }
  std::free(bytes);
  std::filesystem::rename(temporary, final_path, ec);
  if (ec) std::filesystem::remove(temporary, ec);
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
