// IPv4 addresses in dotted-quad form: four decimal octets 0-255 without leading zeros, not part of
// a longer dotted number (versions "1.2.3.4.5", dates), not after a version word ("v1.2.3.4",
// "version 10.0.0.1", "Firmware 10.4.2.117", "Versie 3.18.0.4"); and IPv6 addresses in any RFC
// 4291 §2.2 text form, validated with inet_pton and written in the RFC 5952 canonical form (lower
// case, longest zero run as "::"). Times such as "21:15:00" are not addresses. The dotted tail of
// an IPv6 address ("::ffff:192.0.2.1", RFC 4291 §2.5.5) is part of it, not a second (IPv4)
// address. A defanged address, its dots written "[.]" or "(.)" so that no program links it
// ("149[.]142[.]236[.]69", as threat reports and tips copy them), is the address; so is one with
// the word in brackets ("149[dot]142[dot]…"). Sources: RFC 791 §3.2; RFC 6943 §3.1.1; RFC 4291
// §2.2; RFC 5952 §4.
#include <arpa/inet.h>

#include <array>
#include <bit>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extract/extractor.h"
#include "extract/text_util.h"

namespace ariadne::extract {
namespace {

// A dotted IPv4 address as read: its value with plain dots and where it ends.
struct DottedQuad {
  std::string value;
  size_t end = 0;
};

// The length of a plain dot at `i`, 0 when none is there.
size_t PlainDotAt(std::string_view t, size_t i) {
  return i < t.size() && t[i] == '.' ? 1 : 0;
}

// Four octets from `i` (one to three digits, no leading zero, at most 255; the first not 0) joined
// by the dots `dot_at` measures (plain, or defanged too); nullopt when they are not there.
template <typename DotAt>
std::optional<DottedQuad> ReadDottedQuad(std::string_view t, size_t i, DotAt&& dot_at) {
  DottedQuad quad;
  for (int octet = 0; octet < 4; ++octet) {
    const size_t s = i;
    int v = 0;
    while (i < t.size() && IsDigit(t[i]) && i - s < 4) v = v * 10 + (t[i++] - '0');
    const size_t len = i - s;
    if (len < 1 || len > 3 || v > 255 || (len > 1 && t[s] == '0')) return std::nullopt;
    quad.value.append(t.substr(s, len));
    if (octet == 3) break;
    const size_t dot = dot_at(t, i);
    if (dot == 0) return std::nullopt;
    i += dot;
    quad.value.push_back('.');
  }
  if (quad.value.front() == '0') return std::nullopt;
  quad.end = i;
  return quad;
}

// Whether the dotted address `value` is one that many homes and offices use at once, so that it
// joins nobody: private (RFC 1918: 10/8, 172.16/12, 192.168/16), loopback (127/8), link-local
// (169.254/16, RFC 3927) and carrier-grade NAT's shared space (100.64/10, RFC 6598: a phone on a
// mobile network, a VPN such as Tailscale) ranges, all "Globally Reachable: False" in IANA's IPv4
// Special-Purpose Address Registry. A router's "192.168.0.1" in an ad is not a selector.
bool IsPrivateIpv4(std::string_view value) {
  int first = 0, second = 0;
  size_t i = 0;
  while (i < value.size() && IsDigit(value[i])) first = first * 10 + (value[i++] - '0');
  for (++i; i < value.size() && IsDigit(value[i]); ++i) second = second * 10 + (value[i] - '0');
  return first == 10 || first == 127 || (first == 172 && second >= 16 && second <= 31) ||
         (first == 192 && second == 168) || (first == 169 && second == 254) ||
         (first == 100 && second >= 64 && second <= 127);
}

// The IPv6 twins of IsPrivateIpv4's ranges, "Globally Reachable: False" in IANA's IPv6
// Special-Purpose Address Registry: unique-local (fc00::/7, RFC 4193: "fd12:3456::1" is chosen
// at random by each network and routed by none), link-local (fe80::/10, RFC 4291 2.5.6), loopback
// (::1) and the unspecified address (::). They join nobody.
bool IsNonGlobalIpv6(const std::string& canonical) {
  in6_addr address{};
  if (inet_pton(AF_INET6, canonical.c_str(), &address) != 1) return false;
  const uint8_t* b = address.s6_addr;
  if ((b[0] & 0xFE) == 0xFC || (b[0] == 0xFE && (b[1] & 0xC0) == 0x80)) return true;
  for (int k = 0; k < 15; ++k) {
    if (b[k] != 0) return false;
  }
  return b[15] <= 1;
}

// The dotted address `value` as a 32-bit number (its octets are valid: ReadDottedQuad).
uint32_t Ipv4Bits(std::string_view value) {
  uint32_t bits = 0, octet = 0;
  for (const char c : value) {
    if (c == '.') {
      bits = bits << 8 | octet;
      octet = 0;
    } else {
      octet = octet * 10 + static_cast<uint32_t>(c - '0');
    }
  }
  return bits << 8 | octet;
}

// Whether the dotted quad `value` is no host's address: a netmask, its ones then its zeros
// ("netmask 255.255.255.0", "/ 255.255.255.240", as configurations and tips copy them beside a
// gateway), or an address the IANA IPv4 Special-Purpose Address Registry (RFC 6890, updated by RFC
// 8190) marks as not global: 240.0.0.0/4, reserved (RFC 1112 4), with the limited broadcast
// 255.255.255.255 (RFC 919 7), and 0.0.0.0/8, "this network" (RFC 791 3.2), which ReadDottedQuad
// already refuses. The 240/4 test takes every mask of four ones or more (255.255.255.0,
// 255.255.255.240, …); the ones-then-zeros test adds only 128.0.0.0, 192.0.0.0 and 224.0.0.0, the
// masks of one to three ones, network addresses that join nobody either.
bool IsMaskOrReservedIpv4(std::string_view value) {
  const uint32_t bits = Ipv4Bits(value);
  if (bits >> 28 == 0xF) return true;                      // 240.0.0.0/4
  const uint32_t zeros = ~bits;                            // the host part of a mask: ones only
  return (bits >> 31) != 0 && (zeros & (zeros + 1)) == 0;  // ones then zeros
}

// Claims text[start, end) and emits it as the IPv4 address `value`; a private address, a netmask
// or a reserved one is claimed (no other extractor reads its digits) but not emitted.
void EmitIpv4(std::string value, size_t start, size_t end, ScanState& state) {
  state.Claim(start, end);
  if (IsPrivateIpv4(value)) return;
  if (IsMaskOrReservedIpv4(value)) return;
  Found f;
  f.type = SelectorType::kIp;
  f.value = std::move(value);
  f.start = start;
  f.end = end;
  f.details = {{"version", "4"}};
  state.Emit(std::move(f));
}

// Words after which a dotted quad is a version, not an address: "v1.2.3.4", "build 10.0.0.1",
// "Firmware 10.4.2.117", "Softwareversion 5.12.0.8" (a German compound ending in "version"),
// "Versie 3.18.0.4", "версия 2.1.0.4" in the languages of issue 3.
bool IsVersionWord(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "v",        "ver",    "version", "build",    "release", "firmware",
      "software", "fw",     "versie",  "versione", "versión", "versiune",
      "wersja",   "версия", "версія",  "версията", "верзия",
  };
  for (const std::string_view w : kWords) {
    if (EqualsLower(word, w)) return true;
  }
  constexpr std::string_view kSuffix = "version";
  return word.size() > kSuffix.size() &&
         EqualsLower(word.substr(word.size() - kSuffix.size()), kSuffix);
}

// Whether a plain dotted quad is a Danish phone number written in pairs ("33.43.61.96", as Danes
// write their eight digits): four groups of two digits, the first 2-9 (a Danish number starts so),
// in a text whose region hint is Denmark. Left to the phone extractor: an address written so in a
// Danish text is far rarer than a number.
bool IsDanishNumberInPairs(std::string_view quad, std::string_view region) {
  if (region != "DK" || quad.size() != 11 || quad[0] < '2' || quad[0] > '9') return false;
  for (size_t i = 0; i < quad.size(); ++i) {
    if (i % 3 == 2 ? quad[i] != '.' : !IsDigit(quad[i])) return false;
  }
  return true;
}

// `inside_ipv6`: the span of the last IPv6 address found, whose dotted tail (an IPv4-mapped or
// -embedded address, "::ffff:192.0.2.1", RFC 4291 2.5.5) is not a second address.
void ExtractIpv4(const Hit& hit, std::pair<size_t, size_t> inside_ipv6, ScanState& state) {
  const std::string_view t = state.text;
  const size_t start = hit.from, end = hit.to;
  if (start >= inside_ipv6.first && end <= inside_ipv6.second) return;
  if (start > 0 && (t[start - 1] == '.' || IsWordByte(t[start - 1]) || t[start - 1] == '-')) return;
  if (end < t.size() &&
      (IsWordByte(t[end]) || (t[end] == '.' && end + 1 < t.size() && IsDigit(t[end + 1])))) {
    return;
  }
  if (IsVersionWord(WordBefore(t, start))) return;
  const std::optional<DottedQuad> quad = ReadDottedQuad(t.substr(0, end), start, PlainDotAt);
  if (!quad || quad->end != end) return;
  if (IsDanishNumberInPairs(t.substr(start, end - start), state.region)) return;
  EmitIpv4(quad->value, start, end, state);
}

// The length of a defanging dot ("[.]", "(.)", "{.}", or the word in brackets: "[dot]", "(dot)",
// "{DOT}") or a plain dot at `i`, 0 when none is there.
size_t DotLengthAt(std::string_view t, size_t i) {
  if (i < t.size() && t[i] == '.') return 1;
  if (i + 2 >= t.size()) return 0;
  const char open = t[i];
  const char close = open == '[' ? ']' : open == '(' ? ')' : open == '{' ? '}' : '\0';
  if (close == '\0') return 0;
  if (t[i + 1] == '.') return t[i + 2] == close ? 3 : 0;
  const bool word = i + 4 < t.size() && EqualsLower(t.substr(i + 1, 3), "dot") && t[i + 4] == close;
  return word ? 5 : 0;
}

// The length of a defanging dot that ends right before `i`, 0 when none does.
size_t DotLengthBefore(std::string_view t, size_t i) {
  if (i >= 1 && t[i - 1] == '.') return 1;
  for (const size_t length : {size_t{3}, size_t{5}}) {
    if (i >= length && DotLengthAt(t, i - length) == length) return length;
  }
  return 0;
}

// A hit of kPatterns[2] (a digit, a defanging dot, a digit): the dotted quad around it, read with
// plain or defanging dots between its octets, as the dotted address. `done`: text before it was
// read by an earlier hit.
void ExtractDefangedIpv4(const Hit& hit, size_t& done, ScanState& state) {
  const std::string_view t = state.text;
  if (hit.to <= done) return;
  // Back to the first octet of the chain of digit runs joined by dots.
  size_t start = hit.to - 1;
  for (;;) {
    while (start > 0 && IsDigit(t[start - 1])) --start;
    const size_t dot = DotLengthBefore(t, start);
    if (dot == 0 || start < dot + 1 || !IsDigit(t[start - dot - 1])) break;
    start -= dot;
  }
  // Past the chain's last digit run: a chain of more than four octets holds no address, and no
  // later hit inside it needs reading again.
  size_t chain_end = start;
  for (;;) {
    while (chain_end < t.size() && IsDigit(t[chain_end])) ++chain_end;
    const size_t dot = DotLengthAt(t, chain_end);
    if (dot == 0 || chain_end + dot >= t.size() || !IsDigit(t[chain_end + dot])) break;
    chain_end += dot;
  }
  done = std::max(done, chain_end);
  const std::optional<DottedQuad> quad = ReadDottedQuad(t, start, DotLengthAt);
  if (!quad || quad->end != chain_end) return;
  if (start > 0 && (IsWordByte(t[start - 1]) || t[start - 1] == '-')) return;
  if (chain_end < t.size() && IsWordByte(t[chain_end])) return;
  EmitIpv4(quad->value, start, chain_end, state);
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

// The RFC 5952 form of the IPv6 address `text` (no time such as "21:15:00"), or "".
std::string CanonicalIpv6(std::string_view text) {
  if (LooksLikeTime(text)) return {};
  const std::string copy(text);
  in6_addr address{};
  if (inet_pton(AF_INET6, copy.c_str(), &address) != 1) return {};
  char canonical[INET6_ADDRSTRLEN];
  if (inet_ntop(AF_INET6, &address, canonical, sizeof canonical) == nullptr) return {};
  return canonical;
}

// An IPv6 address the folding changed, read from the original bytes where the folded candidate
// [start, end) came from: the digit look-alikes' folding reads an address's hex letters as digits
// ("2A01:3B39:…" folds to "2A01:3839:…") and its groups of zeros as one number ("0:0:0:0" to
// "0000"), but inside an IPv6 address they are hex digits and groups. Returns the address and the
// folded offset where its original ends, or nullopt.
std::optional<std::pair<std::string, size_t>> Ipv6FromOriginal(const ScanState& state, size_t start,
                                                               size_t end) {
  constexpr size_t kMaxText = 45;  // INET6_ADDRSTRLEN - 1
  const normalize::SourceMap* source = state.source;
  const std::string_view o = state.original;
  if (source == nullptr || end > source->size() || start >= end) return std::nullopt;
  const size_t o_start = source->Start(start);
  size_t o_end = source->End(end - 1);
  if (o_end - o_start == end - start &&
      o.substr(o_start, o_end - o_start) == state.text.substr(start, end - start)) {
    return std::nullopt;  // nothing was folded: the folded reading stands
  }
  while (o_end < o.size() && IsIpv6Byte(o[o_end]) && o_end - o_start <= kMaxText) ++o_end;
  while (o_end > o_start + 1 &&
         (o[o_end - 1] == '.' || (o[o_end - 1] == ':' && o[o_end - 2] != ':'))) {
    --o_end;
  }
  if (o_end - o_start < 3 || o_end - o_start > kMaxText) return std::nullopt;
  if ((o_start > 0 && (IsWordByte(o[o_start - 1]) || o[o_start - 1] == '@')) ||
      (o_end < o.size() && IsWordByte(o[o_end]))) {
    return std::nullopt;
  }
  std::string canonical = CanonicalIpv6(o.substr(o_start, o_end - o_start));
  if (canonical.empty()) return std::nullopt;
  size_t folded_end = start;
  while (folded_end < source->size() && source->Start(folded_end) < o_end) ++folded_end;
  return std::make_pair(std::move(canonical), folded_end);
}

// Returns the span of the address found, or {0, 0}.
std::pair<size_t, size_t> ExtractIpv6(const Hit& hit, size_t& done, ScanState& state) {
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
  if (end - start < 3 || end - start > kMaxText) return {0, 0};
  if ((start > 0 && (IsWordByte(t[start - 1]) || t[start - 1] == '@')) ||
      (end < t.size() && IsWordByte(t[end]))) {
    return {0, 0};
  }
  // Where folding changed the candidate, the original is read first: "2B77" folded to "2877" is
  // still an address, a wrong one.
  // A time ("21:15:00", most candidates) was no address before folding either.
  std::string canonical;
  const bool time = LooksLikeTime(t.substr(start, end - start));
  if (auto original = time ? std::nullopt : Ipv6FromOriginal(state, start, end)) {
    canonical = std::move(original->first);
    end = original->second;
    done = std::max(done, end);
  } else {
    canonical = CanonicalIpv6(t.substr(start, end - start));
    if (canonical.empty()) return {0, 0};
  }
  state.Claim(start, end);
  // A non-global address is claimed (its hex digits are no phone) but not emitted.
  if (IsNonGlobalIpv6(canonical)) return {start, end};
  Found f;
  f.type = SelectorType::kIp;
  f.value = std::move(canonical);
  f.start = start;
  f.end = end;
  f.details = {{"version", "6"}};
  state.Emit(std::move(f));
  return {start, end};
}

void ExtractIps(std::span<const Hit> hits, ScanState& state) {
  size_t done = 0;  // IPv6 text before this offset has been examined
  // The IPv6 address found last. Its hits come before those of a dotted tail: every IPv6 pattern
  // match needs colons, which precede the tail.
  std::pair<size_t, size_t> ipv6{0, 0};
  size_t defanged_done = 0;  // text before this offset was read for a defanged address
  for (const Hit& hit : hits) {
    if (hit.pattern == 2) {
      ExtractDefangedIpv4(hit, defanged_done, state);
    } else if (hit.pattern == 1) {
      // Matches ending within 8 bytes of each other are one hit, which may join two addresses
      // ("fe80::1 fe80::2"): the address around its first match is read too, before the last.
      const Hit first{hit.pattern, hit.from, hit.from};
      for (const Hit& at : {first, hit}) {
        if (at.to <= done) continue;
        if (const auto span = ExtractIpv6(at, done, state); span.second > 0) ipv6 = span;
      }
    } else {
      ExtractIpv4(hit, ipv6, state);
    }
  }
}

// Calls on_dot(d) for every '.' between two digits, ascending.
template <typename OnDot>
void ForEachDotBetweenDigits(const ByteClasses& classes, OnDot&& on_dot) {
  const std::vector<uint64_t>& digit = classes.digit;
  for (size_t b = 0; b + 1 < digit.size(); ++b) {
    const uint64_t digit_before = digit[b] << 1 | (b > 0 ? digit[b - 1] >> 63 : 0);
    const uint64_t digit_after = digit[b] >> 1 | digit[b + 1] << 63;
    for (uint64_t dots = classes.dot[b] & digit_before & digit_after; dots != 0; dots &= dots - 1) {
      on_dot(b * 64 + static_cast<size_t>(std::countr_zero(dots)));
    }
  }
}

// The matches of kPatterns[0], found without Vectorscan. Its dots are literal and its \b stand
// next to digits, so every group of a match is a whole run of digits: a match is four runs of one
// to three digits joined by single dots, the first not after a \b word byte ([A-Za-z0-9_]), the
// last not before one. Each end has one start, reported as Vectorscan reports it (SOM leftmost),
// by increasing end. Only dots between two digits are looked for (most digits of ordinary text
// are not next to one); from there the chain of runs joined by such dots is read once.
void FindDottedQuads(const ByteClasses& classes, uint32_t pattern, std::vector<Hit>& out) {
  const std::string_view text = classes.text;
  const size_t n = text.size();
  std::array<size_t, 4> starts{};  // the starts of the last runs of the chain, by chain % 4
  size_t chain = 0;                // runs of 1-3 digits joined by single dots, up to this one
  size_t previous_end = 0;         // the end of the previous run of the chain
  const auto add_run = [&](size_t i, size_t j) {
    if (j - i > 3) {
      chain = 0;
      return;
    }
    const bool joined = chain > 0 && previous_end + 1 == i && text[previous_end] == '.';
    chain = joined ? chain + 1 : 1;
    starts[chain % 4] = i;
    previous_end = j;
    if (chain >= 4 && (j == n || !IsBoundaryWordByte(text[j]))) {
      const size_t from = starts[(chain - 3) % 4];
      if (from == 0 || !IsBoundaryWordByte(text[from - 1])) out.push_back(Hit{pattern, from, j});
    }
  };
  size_t j = 0;  // the end of the last chain read
  ForEachDotBetweenDigits(classes, [&](size_t d) {
    if (d < j) return;  // inside the last chain
    // A new chain: the run before its first dot (no dot between digits comes right before it:
    // the previous chain went on over every such dot), then each run after a dot.
    size_t s = d;
    while (s > 0 && IsDigit(text[s - 1])) --s;
    chain = 0;
    add_run(s, d);
    j = d;
    while (j < n && text[j] == '.' && j + 1 < n && IsDigit(text[j + 1])) {
      const size_t i = j + 1;
      j = EndOfRun(classes.digit, i + 1);
      add_run(i, j);
    }
  });
}

constexpr PrescanPattern kPatterns[] = {
    // Found by FindDottedQuads, not by Vectorscan: made of character classes only, it ran an
    // automaton at every digit (about 6.6 instructions per byte of the bench corpus).
    {R"(\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b)", HS_FLAG_SOM_LEFTMOST, kCueDigit, false,
     FindDottedQuads},
    // Two colons among hex digits, or "::" then a digit: fires inside every IPv6 address.
    {R"((?:[0-9A-Fa-f]:[0-9A-Fa-f]{0,4}:|::[0-9A-Fa-f]))", 0, kCueColon},
    // A defanging dot between two digits ("149[.]142", "149(dot)142"): fires inside every
    // defanged address.
    {R"(\d(?:[\[({](?:\.|[Dd][Oo][Tt])[\])}])\d)", 0, kCueDigit | kCueOpenBracket, true},
};

}  // namespace

extern const ExtractorInfo kIpExtractor = {
    "ip",
    "IPv4 (dotted quads, not versions or dates) and IPv6 addresses (RFC 5952 form)",
    8,
    "RFC 791 3.2; RFC 6943 3.1.1; RFC 4291 2.2; RFC 5952 4; RFC 1918 3; RFC 6598; "
    "RFC 4193; RFC 6890; IANA IPv4 and IPv6 Special-Purpose Address Registries",
    kPatterns,
    ExtractIps,
};

}  // namespace ariadne::extract
