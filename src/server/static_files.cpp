#include "server/static_files.h"

#include <fstream>
#include <sstream>

#include "server/http_util.h"

namespace ariadne::server {

namespace fs = std::filesystem;

namespace {

// Files of the UI are small (a Vite build); anything larger is not served.
constexpr uintmax_t kMaxFileBytes = 32u * 1024 * 1024;

bool SafeRelative(std::string_view path) {
  if (path.find('\0') != std::string_view::npos || path.find('\\') != std::string_view::npos)
    return false;
  size_t start = 0;
  while (start <= path.size()) {
    const size_t slash = path.find('/', start);
    const std::string_view seg = path.substr(
        start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (seg == ".." || (!seg.empty() && seg.front() == '.')) return false;
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return true;
}

}  // namespace

std::string MimeTypeOf(const fs::path& file) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".map", "application/json; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".webp", "image/webp"},
      {".gif", "image/gif"},
      {".ico", "image/x-icon"},
      {".woff", "font/woff"},
      {".woff2", "font/woff2"},
      {".txt", "text/plain; charset=utf-8"},
      {".wasm", "application/wasm"},
  };
  const std::string ext = file.extension().string();
  for (const auto& [e, type] : kTypes) {
    if (ext == e) return type;
  }
  return "application/octet-stream";
}

void StaticFiles::Alias(std::string path, std::string file) {
  aliases_.emplace_back(std::move(path), std::move(file));
}

bool StaticFiles::SendFile(const fs::path& relative, httplib::Response& res) const {
  if (root_.empty()) return false;
  const fs::path file = root_ / relative;
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) return false;
  // Symlinks out of the UI folder are not followed.
  const fs::path real = fs::weakly_canonical(file, ec);
  const fs::path real_root = fs::weakly_canonical(root_, ec);
  if (ec) return false;
  const std::string r = real.string();
  const std::string rr = real_root.string() + "/";
  if (r.compare(0, rr.size(), rr) != 0) return false;
  if (fs::file_size(real, ec) > kMaxFileBytes || ec) return false;
  std::ifstream in(real, std::ios::binary);
  if (!in) return false;
  std::ostringstream body;
  body << in.rdbuf();
  res.status = 200;
  res.set_content(body.str(), MimeTypeOf(real).c_str());
  return true;
}

void StaticFiles::Serve(const httplib::Request& req, httplib::Response& res) const {
  const std::string& path = req.path;
  for (const auto& [from, file] : aliases_) {
    if (path == from && SendFile(file, res)) return;
  }
  if (path.empty() || path.front() != '/' || !SafeRelative(path)) {
    return ReplyError(res, 404, "not found");
  }
  const std::string relative = path == "/" ? "index.html" : path.substr(1);
  if (path.rfind("/api/", 0) != 0) {
    if (SendFile(relative, res)) return;
    // Client-side routes (/search, /ads/42) have no extension: the app's index answers them.
    const bool route_like = fs::path(relative).extension().empty();
    if (spa_fallback_ && route_like && SendFile("index.html", res)) return;
  }
  if (root_.empty() && path == "/") {
    return ReplyError(res, 404,
                      "the web UI is not built: run scripts/setup (or npm run build in web/), or "
                      "set ARIADNE_WEB to the folder holding index.html");
  }
  ReplyError(res, 404, "not found");
}

}  // namespace ariadne::server
