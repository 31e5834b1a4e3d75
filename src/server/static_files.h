// The web UI's files (web/dist) with a single-page-app fallback (internal to src/server).
#pragma once

#include <httplib.h>

#include <filesystem>
#include <string>

namespace ariadne::server {

// The MIME type of a file name by its extension ("application/octet-stream" when unknown).
std::string MimeTypeOf(const std::filesystem::path& file);

// Serves GET requests for files under `root`: the file itself, `/` as index.html, and when
// `spa_fallback` any other path without an extension as index.html. Paths with "..", NUL,
// backslashes or hidden segments are 404. `aliases` maps exact paths (e.g. "/tip") to files.
class StaticFiles {
 public:
  StaticFiles(std::filesystem::path root, bool spa_fallback)
      : root_(std::move(root)), spa_fallback_(spa_fallback) {}
  void Alias(std::string path, std::string file);
  // Answers the request (200 with the file, or 404 JSON). Returns false when not a GET/HEAD.
  void Serve(const httplib::Request& req, httplib::Response& res) const;

 private:
  bool SendFile(const std::filesystem::path& relative, httplib::Response& res) const;
  std::filesystem::path root_;
  bool spa_fallback_;
  std::vector<std::pair<std::string, std::string>> aliases_;
};

}  // namespace ariadne::server
