// Points Ariadne's disk cache of compiled databases (ARIADNE_CACHE_DIR) at a folder for the life
// of the object, then restores what was set before.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

namespace ariadne::testing {

class CacheFolder {
 public:
  explicit CacheFolder(const std::filesystem::path& dir) {
    if (const char* old = std::getenv("ARIADNE_CACHE_DIR")) old_ = old;
    ::setenv("ARIADNE_CACHE_DIR", dir.c_str(), 1);
  }
  ~CacheFolder() {
    if (old_) {
      ::setenv("ARIADNE_CACHE_DIR", old_->c_str(), 1);
    } else {
      ::unsetenv("ARIADNE_CACHE_DIR");
    }
  }
  CacheFolder(const CacheFolder&) = delete;
  CacheFolder& operator=(const CacheFolder&) = delete;

 private:
  std::optional<std::string> old_;
};

}  // namespace ariadne::testing
