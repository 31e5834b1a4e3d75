// IPv4 addresses in dotted-quad form: four decimal octets 0-255 without leading zeros, not part of
// a longer dotted number (versions "1.2.3.4.5", dates), not after a version word ("v1.2.3.4",
// "version 10.0.0.1"); and IPv6 addresses in any RFC 4291 §2.2 text form, validated with inet_pton
// and written in the RFC 5952 canonical form (lower case, longest zero run as "::"). Times such as
// "21:15:00" are not addresses. Sources: RFC 791 §3.2; RFC 6943 §3.1.1; RFC 4291 §2.2; RFC 5952 §4.
#include <arpa/inet.h>

#include <array>

#include "extract/extractor.h"
#include "extract/text_util.h"

namespace ariadne::extract {
namespace {

void ExtractIpv4(const Hit& hit, ScanState& state) {
  const std::string_view t = state.text;
  const size_t start = hit.from, end = hit.to;
  if (start > 0 && (t[start - 1] == '.' || IsWordByte(t[start - 1]) || t[start - 1] == '-')) return;
  if (end < t.size() &&
      (IsWordByte(t[end]) || (t[end] == '.' && end + 1 < t.size() && IsDigit(t[end + 1])))) {
    return;
  }
  const std::string_view word = WordBefore(t, start);
  if (EqualsLower(word, "v") || EqualsLower(word, "version") || EqualsLower(word, "ver") ||
      EqualsLower(word, "build") || EqualsLower(word, "release")) {
    return;
  }
  std::array<int, 4> octets{};
  size_t i = start;
  bool ok = true;
  for (int k = 0; k < 4 && ok; ++k) {
    const size_t s = i;
    int v = 0;
    while (i < end && IsDigit(t[i])) v = v * 10 + (t[i++] - '0');
    const size_t len = i - s;
    ok = len >= 1 && len <= 3 && v <= 255 && !(len > 1 && t[s] == '0');
    octets[k] = v;
    if (k < 3) ok = ok && i < end && t[i++] == '.';
  }
  if (!ok || i != end || octets[0] == 0) return;
  Found f;
  f.type = "ip";
  f.value = std::string(t.substr(start, end - start));
  f.start = start;
  f.end = end;
  f.details = {{"version", "4"}};
  state.Claim(start, end);
  state.Emit(std::move(f));
}

bool IsHexDigit(char c) {
  return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool IsIpv6Byte(char c) {
  return IsHexDigit(c) || c == ':' || c == '.';
}

// "10:30:00", "1:2:3": colon-separated groups of at most two decimal digits read as times or
// scores, not as addresses, unless "::" says otherwise.
bool LooksLikeTime(std::string_view s) {
  if (s.find("::") != std::string_view::npos) return false;
  size_t group = 0;
  for (char c : s) {
    if (c == ':') {
      group = 0;
    } else if (!IsDigit(c) || ++group > 2) {
      return false;
    }
  }
  return true;
}

void ExtractIpv6(const Hit& hit, size_t& done, ScanState& state) {
  const std::string_view t = state.text;
  constexpr size_t kMaxText = 45;  // INET6_ADDRSTRLEN - 1
  size_t start = hit.to;
  while (start > done && IsIpv6Byte(t[start - 1]) && hit.to - start < kMaxText) --start;
  size_t end = hit.to;
  while (end < t.size() && IsIpv6Byte(t[end]) && end - start < kMaxText + 1) ++end;
  done = std::max(done, end);
  // A sentence may end right after the address.
  while (end > start + 1 && (t[end - 1] == '.' || (t[end - 1] == ':' && t[end - 2] != ':'))) {
    --end;
  }
  if (end - start < 3 || end - start > kMaxText) return;
  if ((start > 0 && (IsWordByte(t[start - 1]) || t[start - 1] == '@')) ||
      (end < t.size() && IsWordByte(t[end]))) {
    return;
  }
  const std::string text(t.substr(start, end - start));
  in6_addr address{};
  if (inet_pton(AF_INET6, text.c_str(), &address) != 1 || LooksLikeTime(text)) return;
  char canonical[INET6_ADDRSTRLEN];
  if (inet_ntop(AF_INET6, &address, canonical, sizeof canonical) == nullptr) return;
  Found f;
  f.type = "ip";
  f.value = canonical;
  f.start = start;
  f.end = end;
  f.details = {{"version", "6"}};
  state.Claim(start, end);
  state.Emit(std::move(f));
}

void ExtractIps(std::span<const Hit> hits, ScanState& state) {
  size_t done = 0;  // IPv6 text before this offset has been examined
  for (const Hit& hit : hits) {
    if (hit.pattern == 1) {
      if (hit.to > done) ExtractIpv6(hit, done, state);
    } else {
      ExtractIpv4(hit, state);
    }
  }
}

constexpr PrescanPattern kPatterns[] = {
    {R"(\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b)", HS_FLAG_SOM_LEFTMOST},
    // Two colons among hex digits, or "::" then a digit: fires inside every IPv6 address.
    {R"((?:[0-9A-Fa-f]:[0-9A-Fa-f]{0,4}:|::[0-9A-Fa-f]))", 0},
};

}  // namespace

extern const ExtractorInfo kIpExtractor = {
    "ip",      "IPv4 (dotted quads, not versions or dates) and IPv6 addresses (RFC 5952 form)",
    2,         "RFC 791 3.2; RFC 6943 3.1.1; RFC 4291 2.2; RFC 5952 4",
    kPatterns, ExtractIps,
};

}  // namespace ariadne::extract
