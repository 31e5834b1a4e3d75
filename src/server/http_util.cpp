#include "server/http_util.h"

#include "core/text.h"

namespace ariadne::server {

std::string CookieValue(const httplib::Request& req, std::string_view name) {
  const size_t n = req.get_header_value_count("Cookie");
  for (size_t i = 0; i < n; ++i) {
    const std::string value = req.get_header_value("Cookie", i);  // a copy: keep it alive
    std::string_view header = value;
    while (!header.empty()) {
      const size_t semi = header.find(';');
      std::string_view pair = Trim(header.substr(0, semi));
      header = semi == std::string_view::npos ? std::string_view() : header.substr(semi + 1);
      const size_t eq = pair.find('=');
      if (eq != std::string_view::npos && Trim(pair.substr(0, eq)) == name) {
        return std::string(Trim(pair.substr(eq + 1)));
      }
    }
  }
  return {};
}

bool IsJsonContentType(std::string_view content_type) {
  return AsciiLower(Trim(content_type.substr(0, content_type.find(';')))) == "application/json";
}

void ReplyJson(httplib::Response& res, const nlohmann::json& body, int status) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json; charset=utf-8");
}

void ReplyError(httplib::Response& res, int status, std::string_view message) {
  ReplyJson(res, {{"error", std::string(message)}}, status);
}

void AddSecurityHeaders(const httplib::Request& req, httplib::Response& res) {
  auto add = [&](const char* name, const std::string& value) {
    if (!res.has_header(name)) res.set_header(name, value);
  };
  add("Content-Security-Policy", kCsp);
  add("X-Content-Type-Options", "nosniff");
  add("Referrer-Policy", "no-referrer");
  add("Cross-Origin-Opener-Policy", "same-origin");
  // The API never caches; the UI's files are revalidated (a new build takes effect at once).
  add("Cache-Control", req.path.rfind("/api/", 0) == 0 ? "no-store" : "no-cache");
}

std::string PathForLog(const httplib::Request& req) {
  // Receipt codes travel in request bodies; an old client or a mistyped address may still put
  // one in the path, and the log must not keep it.
  constexpr std::string_view kTips = "/api/v1/public/tips/";
  const std::string& path = req.path;
  if (path.size() > kTips.size() && path.starts_with(kTips) &&
      path != "/api/v1/public/tips/status") {
    return std::string(kTips) + "(redacted)";
  }
  return path;
}

}  // namespace ariadne::server
