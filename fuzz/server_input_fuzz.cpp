// Fuzz target: what `ariadne serve` reads from a request before any route runs (the Cookie
// header, the Content-Type), and the snippet markers it turns into segments. The input is split
// at the first two newlines: cookie header, content type, snippet.
#include <cstdint>
#include <string>
#include <string_view>

#include "server/case_json.h"
#include "server/http_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::string parts[3];
  for (int i = 0; i < 2; ++i) {
    const size_t nl = in.find('\n');
    parts[i] = std::string(in.substr(0, nl));
    in = nl == std::string_view::npos ? std::string_view() : in.substr(nl + 1);
  }
  parts[2] = std::string(in);
  httplib::Request req;
  req.headers.emplace("Cookie", parts[0]);
  req.headers.emplace("Cookie", parts[2]);
  const std::string token = ariadne::server::CookieValue(req, ariadne::server::kSessionCookie);
  if (token.size() > parts[0].size() + parts[2].size()) __builtin_trap();
  (void)ariadne::server::IsJsonContentType(parts[1]);
  // Segments hold exactly the snippet's text without the markers.
  const nlohmann::json segments = ariadne::server::SnippetSegments(parts[2]);
  std::string joined;
  for (const auto& s : segments) joined += s["text"].get<std::string>();
  std::string plain;
  for (char c : parts[2]) {
    if (c != '\x02' && c != '\x03') plain.push_back(c);
  }
  if (joined != plain) __builtin_trap();
  return 0;
}
