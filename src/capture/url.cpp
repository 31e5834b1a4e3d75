#include "capture/url.h"

#include <curl/curl.h>

#include <memory>

#include "core/text.h"

namespace ariadne::capture {

namespace {

struct UrlDeleter {
  void operator()(CURLU* u) const { curl_url_cleanup(u); }
};
using UrlHandle = std::unique_ptr<CURLU, UrlDeleter>;

std::optional<std::string> Part(CURLU* u, CURLUPart part, unsigned flags = 0) {
  char* value = nullptr;
  if (curl_url_get(u, part, &value, flags) != CURLUE_OK || value == nullptr) return std::nullopt;
  std::string out(value);
  curl_free(value);
  return out;
}

std::optional<UrlParts> PartsOf(CURLU* u) {
  curl_url_set(u, CURLUPART_FRAGMENT, nullptr, 0);
  UrlParts p;
  std::optional<std::string> scheme = Part(u, CURLUPART_SCHEME);
  std::optional<std::string> host = Part(u, CURLUPART_HOST);
  if (!scheme || !host || host->empty()) return std::nullopt;
  p.scheme = AsciiLower(*scheme);
  if (p.scheme != "http" && p.scheme != "https") return std::nullopt;
  p.host = AsciiLower(*host);
  p.port = Part(u, CURLUPART_PORT).value_or("");
  std::optional<std::string> path = Part(u, CURLUPART_PATH);
  p.path_and_query = path && !path->empty() ? *path : "/";
  if (std::optional<std::string> q = Part(u, CURLUPART_QUERY)) p.path_and_query += "?" + *q;
  std::optional<std::string> whole = Part(u, CURLUPART_URL);
  if (!whole) return std::nullopt;
  p.normalized = *whole;
  return p;
}

std::string Clean(std::string_view s) {
  s = Trim(s);
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    // Browsers drop tabs and newlines inside URLs and encode spaces.
    if (c == '\t' || c == '\n' || c == '\r') continue;
    if (c == ' ') {
      out += "%20";
      continue;
    }
    out += c;
  }
  return out;
}

}  // namespace

std::optional<UrlParts> ParseHttpUrl(std::string_view url) {
  UrlHandle u(curl_url());
  if (!u) return std::nullopt;
  const std::string s = Clean(url);
  if (s.size() > 8192) return std::nullopt;
  if (curl_url_set(u.get(), CURLUPART_URL, s.c_str(), 0) != CURLUE_OK) return std::nullopt;
  return PartsOf(u.get());
}

std::optional<std::string> ResolveUrl(std::string_view base, std::string_view ref) {
  const std::string r = Clean(ref);
  if (r.empty() || r.size() > 8192) return std::nullopt;
  const std::string lower = AsciiLower(std::string_view(r).substr(0, 11));
  if (lower.rfind("javascript:", 0) == 0 || lower.rfind("mailto:", 0) == 0 ||
      lower.rfind("data:", 0) == 0 || lower.rfind("tel:", 0) == 0) {
    return std::nullopt;
  }
  UrlHandle u(curl_url());
  if (!u) return std::nullopt;
  const std::string b = Clean(base);
  if (curl_url_set(u.get(), CURLUPART_URL, b.c_str(), 0) != CURLUE_OK) return std::nullopt;
  // Setting a relative URL on a handle holding an absolute one resolves it (RFC 3986 section 5).
  if (curl_url_set(u.get(), CURLUPART_URL, r.c_str(), 0) != CURLUE_OK) return std::nullopt;
  std::optional<UrlParts> p = PartsOf(u.get());
  if (!p) return std::nullopt;
  return p->normalized;
}

}  // namespace ariadne::capture
