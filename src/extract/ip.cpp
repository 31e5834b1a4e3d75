// IPv4 addresses in dotted-quad form: four decimal octets 0-255 without leading zeros, not part of
// a longer dotted number (versions "1.2.3.4.5", dates), not after a version word ("v1.2.3.4",
// "version 10.0.0.1"). IPv6 is not extracted yet. Source: RFC 791 §3.2 (addresses); RFC 6943 §3.1.1
// (dotted-decimal form).
#include <array>

#include "extract/extractor.h"
#include "extract/text_util.h"

namespace ariadne::extract {
namespace {

void ExtractIps(std::span<const Hit> hits, ScanState& state) {
  const std::string_view t = state.text;
  for (const Hit& hit : hits) {
    const size_t start = hit.from, end = hit.to;
    if (start > 0 && (t[start - 1] == '.' || IsWordByte(t[start - 1]) || t[start - 1] == '-'))
      continue;
    if (end < t.size() &&
        (IsWordByte(t[end]) || (t[end] == '.' && end + 1 < t.size() && IsDigit(t[end + 1])))) {
      continue;
    }
    const std::string_view word = WordBefore(t, start);
    if (EqualsLower(word, "v") || EqualsLower(word, "version") || EqualsLower(word, "ver") ||
        EqualsLower(word, "build") || EqualsLower(word, "release")) {
      continue;
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
    if (!ok || i != end || octets[0] == 0) continue;
    Found f;
    f.type = "ip";
    f.value = std::string(t.substr(start, end - start));
    f.start = start;
    f.end = end;
    state.Claim(start, end);
    state.Emit(std::move(f));
  }
}

constexpr PrescanPattern kPatterns[] = {
    {R"(\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b)", HS_FLAG_SOM_LEFTMOST},
};

}  // namespace

extern const ExtractorInfo kIpExtractor = {
    "ip",      "IPv4 addresses (dotted quads), not version numbers or dates",
    1,         "RFC 791 3.2; RFC 6943 3.1.1",
    kPatterns, ExtractIps,
};

}  // namespace ariadne::extract
