// URLs as the crawler sees them: resolved against the page they were found on, without fragment,
// http and https only. Built on libcurl's URL parser (curl_url), the same one that fetches them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ariadne::capture {

struct UrlParts {
  std::string scheme;          // "http" or "https", lower case
  std::string host;            // lower case, without port
  std::string port;            // "" when the scheme's default
  std::string path_and_query;  // "/" at least
  std::string normalized;      // the whole URL as fetched (no fragment)
  // "host" or "host:port": the unit of politeness and robots.txt.
  std::string Authority() const { return port.empty() ? host : host + ":" + port; }
  std::string Origin() const { return scheme + "://" + Authority(); }
};

// Parses an absolute http(s) URL; nothing for other schemes or malformed URLs.
std::optional<UrlParts> ParseHttpUrl(std::string_view url);

// `ref` (as written in an href or Location header) resolved against `base`; nothing when the result
// is not an http(s) URL. Whitespace around `ref` is ignored; the fragment is dropped.
std::optional<std::string> ResolveUrl(std::string_view base, std::string_view ref);

}  // namespace ariadne::capture
