// URLs with a scheme (http, https) or starting with "www.". Value normalised: scheme and host lower
// case, "http://" added to "www." links, fragment dropped, trailing sentence punctuation and
// unbalanced closing brackets removed. Profile links without a scheme ("t.me/name") are handles
// (handle.cpp), not URLs. Source: RFC 3986 §3 (components), §6.2.2.1 (case normalisation of scheme
// and host).
#include <algorithm>

#include "extract/extractor.h"
#include "extract/text_util.h"

namespace ariadne::extract {
namespace {

bool IsUrlByte(char c) {
  return !(IsSpace(c) || c == '"' || c == '<' || c == '>' || c == '\'' || c == '`' || c == '{' ||
           c == '}' || c == '|' || c == '\\' || c == '^' || IsNonAscii(c) ||
           static_cast<unsigned char>(c) < 0x20);
}

void ExtractUrls(std::span<const Hit> hits, ScanState& state) {
  const std::string_view t = state.text;
  size_t done = 0;
  for (const Hit& hit : hits) {
    if (hit.from < done) continue;
    size_t end = hit.from;
    while (end < t.size() && IsUrlByte(t[end]) && end - hit.from < 4096) ++end;
    // Trailing punctuation belongs to the sentence; a ')' only to the URL when it has its '('.
    while (end > hit.from) {
      const char c = t[end - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '*') {
        --end;
        continue;
      }
      if (c == ')' || c == ']') {
        const char open = c == ')' ? '(' : '[';
        const std::string_view body = t.substr(hit.from, end - hit.from);
        if (std::count(body.begin(), body.end(), open) < std::count(body.begin(), body.end(), c)) {
          --end;
          continue;
        }
      }
      break;
    }
    const std::string_view url = t.substr(hit.from, end - hit.from);
    size_t scheme_end = url.find("://");
    std::string value;
    size_t host_start;
    if (scheme_end != std::string_view::npos && scheme_end < 6) {
      value = AsciiLowerCopy(url.substr(0, scheme_end + 3));
      host_start = scheme_end + 3;
    } else {
      value = "http://";
      host_start = 0;
    }
    size_t host_end = host_start;
    while (host_end < url.size() && url[host_end] != '/' && url[host_end] != '?' &&
           url[host_end] != '#') {
      ++host_end;
    }
    const std::string_view host = url.substr(host_start, host_end - host_start);
    // A host: labels of letters, digits and '-', at least one dot, optionally a port.
    const size_t dot = host.find('.');
    if (host.empty() || dot == std::string_view::npos || dot == 0 || host.back() == '.') continue;
    bool ok = true;
    for (char c : host)
      ok &= IsAsciiAlnum(c) || c == '-' || c == '.' || c == ':' || c == '@' || c == '_';
    if (!ok) continue;
    value += AsciiLowerCopy(host);
    std::string_view rest = url.substr(host_end);
    if (const size_t hash = rest.find('#'); hash != std::string_view::npos)
      rest = rest.substr(0, hash);
    value += rest;
    Found f;
    f.type = SelectorType::kUrl;
    f.value = std::move(value);
    f.start = hit.from;
    f.end = end;
    state.Claim(hit.from, end);
    state.Emit(std::move(f));
    done = end;
  }
}

constexpr PrescanPattern kPatterns[] = {
    {R"(\b(?:https?://|www\.)[A-Za-z0-9])", HS_FLAG_CASELESS | HS_FLAG_SOM_LEFTMOST,
     kCueColon | kCueDotAlnum},  // "://" or "www.x"
};

}  // namespace

extern const ExtractorInfo kUrlExtractor = {
    "url",     "Web addresses with a scheme or www.; scheme and host lower case, no fragment",
    1,         "RFC 3986 3 and 6.2.2.1",
    kPatterns, ExtractUrls,
};

}  // namespace ariadne::extract
