// URLs with a scheme (http, https) or starting with "www.". Value normalised: scheme and host lower
// case, "http://" added to "www." links, fragment dropped, trailing sentence punctuation and
// unbalanced closing brackets removed. Profile links without a scheme ("t.me/name") are handles
// (handle.cpp), not URLs. Source: RFC 3986 §3 (components), §6.2.2.1 (case normalisation of scheme
// and host).
#include <algorithm>
#include <array>
#include <string>

#include "extract/extractor.h"
#include "extract/phone.h"
#include "extract/redirect.h"
#include "extract/text_util.h"

namespace ariadne::extract {
namespace {

bool IsUrlByte(char c) {
  return !(IsSpace(c) || c == '"' || c == '<' || c == '>' || c == '\'' || c == '`' || c == '{' ||
           c == '}' || c == '|' || c == '\\' || c == '^' || IsNonAscii(c) ||
           static_cast<unsigned char>(c) < 0x20);
}

// Query parameters that carry a phone number ("?tel=0647298106", "?nummer=%2B4915237741902",
// "&whatsapp=34699215408"), in the ads' languages: the URL claims its bytes, so the phone
// extractor never reads them.
bool IsPhoneParameter(std::string_view name) {
  static constexpr std::array<std::string_view, 30> kNames = {
      "cell",     "gsm",          "handy",       "mobil",     "mobile",        "mobile_phone",
      "num",      "numar",        "number",      "numer",     "numero",        "nummer",
      "phone",    "phone_number", "phonenumber", "tel",       "tele",          "telefon",
      "telefone", "telefono",     "telefoon",    "telephone", "telf",          "tlf",
      "wa",       "whatsapp",     "viber",       "phone_no",  "contact_phone", "mob"};
  return name.size() <= 16 && IsOneOf(AsciiLowerCopy(name), kNames);
}

// The number a link writes in [d, end): digits, maybe led by a '+' written or URL-encoded (%2B),
// with URL-encoded spaces (%20) and '-', '.', '(', ')' between them ("+49%20176%2031428867",
// "%2B7%20916%20482-37-19"). Appends the '+' and the digits to `digits`; false when anything else
// stands there.
bool LinkNumber(std::string_view t, size_t d, size_t end, std::string& digits) {
  if (d < end && t[d] == '+') {
    digits.push_back('+');
    ++d;
  } else if (end - d >= 3 && EqualsLower(t.substr(d, 3), "%2b")) {
    digits.push_back('+');
    d += 3;
  }
  while (d < end) {
    const char c = t[d];
    if (IsDigit(c)) {
      digits.push_back(c);
      ++d;
    } else if (c == '-' || c == '.' || c == '(' || c == ')') {
      ++d;
    } else if (end - d >= 3 && t.substr(d, 3) == "%20") {
      d += 3;
    } else {
      return false;
    }
  }
  return true;
}

// Emits the phone `digits` validate to, found in a link at [start, end) (source "url"), claiming
// the span, so the phone extractor reads none of its pieces ("%2031428867").
void EmitLinkPhone(const std::string& digits, size_t start, size_t end, ScanState& state) {
  const size_t count = digits.size() - (digits[0] == '+');
  if (count < 7 || count > 15) return;
  const ValidPhone* phone = ValidatePhone(digits, state.region);
  if (phone == nullptr) return;
  Found& f = state.EmitNew(SelectorType::kPhone);
  f.value = phone->e164;
  f.start = start;
  f.end = end;
  f.details.emplace_back("number_type", phone->number_type);
  f.details.emplace_back("country", phone->country);
  if (phone->fictional) f.details.emplace_back("fictional", "true");
  f.details.emplace_back("source", "url");
  state.Claim(start, end);
}

// A tel:, sms: or callto: link whose number holds URL escapes (kPatterns[1], its match ending at
// `to`): "tel:+49%20176%2031428867", "tel:%2B447700900624", "sms:0031%206%2019…". Links
// without escapes are read by the phone extractor as text. The scheme is a word of its own.
void PhoneLink(std::string_view t, size_t to, ScanState& state) {
  if (to < 4) return;
  size_t colon = to - 3;  // before the first "%2x"
  while (colon > 0 && (IsDigit(t[colon - 1]) || t[colon - 1] == '+')) --colon;
  if (colon == 0 || t[colon - 1] != ':') return;
  --colon;
  size_t scheme = colon;
  while (scheme > 0 && IsAsciiAlpha(t[scheme - 1]) && colon - scheme < 6) --scheme;
  if (scheme > 0 && IsWordByte(t[scheme - 1])) return;  // "hotel:"
  size_t end = colon + 1;
  while (end < t.size() && end - colon < 64 &&
         (IsAsciiAlnum(t[end]) || t[end] == '%' || t[end] == '+' || t[end] == '-' ||
          t[end] == '.' || t[end] == '(' || t[end] == ')')) {
    ++end;
  }
  while (end > colon + 1 && (t[end - 1] == '.' || t[end - 1] == '-')) --end;
  std::string digits;
  if (!LinkNumber(t, colon + 1, end, digits) || digits.empty() || state.Claimed(colon + 1, end)) {
    return;
  }
  EmitLinkPhone(digits, colon + 1, end, state);
}

// The phone numbers in the query of a URL: a phone parameter's value of digits, with its '+'
// written or URL-encoded (%2B) and maybe URL-encoded spaces or dashes between its groups
// (LinkNumber), validated as any number is (under the region hint, or as an international number
// whose '+' was dropped).
void PhonesInQuery(std::string_view t, size_t query, size_t end, ScanState& state) {
  size_t k = query;
  while (k < end) {
    size_t eq = k;
    while (eq < end && t[eq] != '=' && t[eq] != '&') ++eq;
    if (eq == end) return;
    size_t value_end = eq;
    while (value_end < end && t[value_end] != '&') ++value_end;
    if (t[eq] == '=' && IsPhoneParameter(t.substr(k, eq - k))) {
      std::string digits;
      if (LinkNumber(t, eq + 1, value_end, digits) && !digits.empty()) {
        EmitLinkPhone(digits, eq + 1, value_end, state);
      }
    }
    k = value_end + (value_end < end);
  }
}

// The matches of kPatterns[1], from the colons (among the marks): "tel", "sms" or "callto" in any
// case before the colon, then up to sixteen digits and '+', then "%20" or "%2B" (any case); the
// match ends after the escape. A colon has one match at most.
void FindPhoneLinks(const ByteClasses& classes, uint32_t pattern, std::vector<Hit>& out) {
  const std::string_view text = classes.text;
  const size_t n = text.size();
  ForEachBit(classes.mark, [&](size_t p) {
    if (text[p] != ':' || p < 3) return;
    const auto scheme_before = [&](std::string_view scheme) {
      return p >= scheme.size() &&
             EqualsLower(text.substr(p - scheme.size(), scheme.size()), scheme);
    };
    if (!scheme_before("tel") && !scheme_before("sms") && !scheme_before("callto")) return;
    size_t k = p + 1;
    while (k < n && k - p <= 16 && (IsDigit(text[k]) || text[k] == '+')) ++k;
    if (k - p > 17 || k + 3 > n || text[k] != '%' || text[k + 1] != '2') return;
    const char c = text[k + 2];
    if (c == '0' || c == 'b' || c == 'B') out.push_back(Hit{pattern, k + 3, k + 3});
  });
}

// Query parameters that only track where a click came from (Google Analytics' utm_*, Facebook's
// fbclid and mibextid, Instagram's igshid and igsh, Google Ads' gclid, Microsoft's msclkid,
// Yandex's yclid): the normalised URL leaves them out, so that one link shared from different
// places is one value.
bool IsTrackingParameter(std::string_view name) {
  static constexpr std::array<std::string_view, 9> kNames = {
      "fbclid", "gclid", "dclid", "msclkid", "igshid", "igsh", "mibextid", "yclid", "_ga"};
  if (name.size() > 4 && EqualsLower(name.substr(0, 4), "utm_")) return true;
  return name.size() <= 8 && IsOneOf(AsciiLowerCopy(name), kNames);
}

// The normalised form of the link `url` (its trailing punctuation already removed): scheme and
// host lower case, "http://" before a "www." link, no fragment, no tracking parameters. Sets
// `host_end` to the end of its host in `url`. "" when the host is no host (no dot, odd bytes).
std::string NormalisedUrl(std::string_view url, size_t& host_end) {
  const size_t scheme_end = url.find("://");
  std::string value;
  size_t host_start = 0;
  if (scheme_end != std::string_view::npos && scheme_end < 6) {
    value = AsciiLowerCopy(url.substr(0, scheme_end + 3));
    host_start = scheme_end + 3;
  } else {
    value = "http://";
  }
  host_end = host_start;
  while (host_end < url.size() && url[host_end] != '/' && url[host_end] != '?' &&
         url[host_end] != '#') {
    ++host_end;
  }
  const std::string_view host = url.substr(host_start, host_end - host_start);
  // A host: labels of letters, digits and '-', at least one dot, optionally a port.
  const size_t dot = host.find('.');
  if (host.empty() || dot == std::string_view::npos || dot == 0 || host.back() == '.') return {};
  for (const char c : host) {
    if (!(IsAsciiAlnum(c) || c == '-' || c == '.' || c == ':' || c == '@' || c == '_')) return {};
  }
  value += AsciiLowerCopy(host);
  std::string_view rest = url.substr(host_end);
  if (const size_t hash = rest.find('#'); hash != std::string_view::npos)
    rest = rest.substr(0, hash);
  const size_t query = rest.find('?');
  value += rest.substr(0, query);
  if (query == std::string_view::npos) return value;
  // The query without its tracking parameters (and without its '?' when none is left).
  char joiner = '?';
  for (size_t k = query + 1; k <= rest.size();) {
    size_t amp = rest.find('&', k);
    if (amp == std::string_view::npos) amp = rest.size();
    const std::string_view parameter = rest.substr(k, amp - k);
    if (!parameter.empty() && !IsTrackingParameter(parameter.substr(0, parameter.find('=')))) {
      value.push_back(joiner);
      value += parameter;
      joiner = '&';
    }
    k = amp + 1;
  }
  return value;
}

// The link a redirect wraps (WrappedLink), from a normalised URL, when it is a web link without
// spaces or control bytes; else "".
std::string RedirectTarget(std::string_view value) {
  std::string target = WrappedLink(value);
  const bool web = EqualsLower(std::string_view(target).substr(0, 7), "http://") ||
                   EqualsLower(std::string_view(target).substr(0, 8), "https://") ||
                   EqualsLower(std::string_view(target).substr(0, 4), "www.");
  if (!web || std::any_of(target.begin(), target.end(), [](char c) {
        return IsSpace(c) || static_cast<unsigned char>(c) < 0x20;
      })) {
    return {};
  }
  return target;
}

void ExtractUrls(std::span<const Hit> hits, ScanState& state) {
  const std::string_view t = state.text;
  size_t done = 0;
  for (const Hit& hit : hits) {
    if (hit.pattern == 1) {
      PhoneLink(t, hit.to, state);
      continue;
    }
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
    size_t host_end = 0;
    std::string value = NormalisedUrl(url, host_end);
    if (value.empty()) continue;
    // A redirect's wrapped link is the address the reader is sent to: its value is that link's.
    bool unwrapped = false;
    if (const std::string target = RedirectTarget(value); !target.empty()) {
      size_t target_host_end = 0;
      if (std::string inner = NormalisedUrl(target, target_host_end); !inner.empty()) {
        value = std::move(inner);
        unwrapped = true;
      }
    }
    std::string_view rest = url.substr(host_end);
    if (const size_t hash = rest.find('#'); hash != std::string_view::npos)
      rest = rest.substr(0, hash);
    Found f;
    f.type = SelectorType::kUrl;
    f.value = std::move(value);
    f.start = hit.from;
    f.end = end;
    if (unwrapped) f.details.emplace_back("redirect", "unwrapped");
    state.Claim(hit.from, end);
    state.Emit(std::move(f));
    // The query: from its '?' to the fragment (which `rest` leaves out).
    if (const size_t query = url.find('?', host_end);
        query != std::string_view::npos && query < host_end + rest.size()) {
      PhonesInQuery(t, hit.from + query + 1, hit.from + host_end + rest.size(), state);
    }
    done = end;
  }
}

constexpr PrescanPattern kPatterns[] = {
    {R"(\b(?:https?://|www\.)[A-Za-z0-9])", HS_FLAG_CASELESS | HS_FLAG_SOM_LEFTMOST,
     kCueColon | kCueDotAlnum},  // "://" or "www.x"
    // A tel:, sms: or callto: link whose number holds a URL escape of a space or a '+'
    // ("tel:+49%20176%2031428867", "tel:%2B4477…"): read by PhoneLink. Found by FindPhoneLinks
    // (in the database, with its SOM flag, it cost 0.25% more instructions on the bench corpus).
    {R"((?:tel|sms|callto):[+0-9]{0,16}%2[0bB])", HS_FLAG_CASELESS, kCueColon, /*every_end=*/true,
     FindPhoneLinks},
};

}  // namespace

namespace {

// The value of the query parameter `name` (lower case) in `query` (the part after '?', parameters
// joined by '&'; the name compared in any case), as written; "" when there is none.
std::string_view QueryValue(std::string_view query, std::string_view name) {
  for (size_t k = 0; k < query.size();) {
    size_t amp = query.find('&', k);
    if (amp == std::string_view::npos) amp = query.size();
    const std::string_view parameter = query.substr(k, amp - k);
    if (parameter.size() > name.size() && parameter[name.size()] == '=' &&
        EqualsLower(parameter.substr(0, name.size()), name)) {
      return parameter.substr(name.size() + 1);
    }
    k = amp + 1;
  }
  return {};
}

// `encoded` with its percent-escapes decoded (RFC 3986 2.1); a '%' without two hex digits and a
// '+' stay as written (a phone's '+' in a wrapped WhatsApp link).
std::string PercentDecoded(std::string_view encoded) {
  const auto hex = [](char c) {
    const char lower = AsciiLower(c);
    return c >= '0' && c <= '9' ? c - '0' : lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
  };
  std::string decoded;
  decoded.reserve(encoded.size());
  for (size_t d = 0; d < encoded.size(); ++d) {
    if (encoded[d] == '%' && d + 2 < encoded.size() && hex(encoded[d + 1]) >= 0 &&
        hex(encoded[d + 2]) >= 0) {
      decoded.push_back(static_cast<char>(hex(encoded[d + 1]) * 16 + hex(encoded[d + 2])));
      d += 2;
    } else {
      decoded.push_back(encoded[d]);
    }
  }
  return decoded;
}

}  // namespace

std::string WrappedLink(std::string_view link) {
  struct Shim {
    std::string_view host_and_path;  // lower case, up to the query's '?'
    std::string_view parameter;
    std::string_view fallback_parameter;
  };
  static constexpr std::array<Shim, 9> kShims = {{
      {"l.instagram.com/?", "u", ""},
      {"l.instagram.com?", "u", ""},
      {"lm.instagram.com/?", "u", ""},
      {"l.facebook.com/l.php?", "u", ""},
      {"lm.facebook.com/l.php?", "u", ""},
      {"m.facebook.com/l.php?", "u", ""},
      {"facebook.com/l.php?", "u", ""},
      {"google.com/url?", "q", "url"},
      {"google.de/url?", "q", "url"},
  }};
  if (const size_t scheme_end = link.find("://");
      scheme_end != std::string_view::npos && scheme_end < 6) {
    link.remove_prefix(scheme_end + 3);
  }
  if (link.size() >= 4 && EqualsLower(link.substr(0, 4), "www.")) link.remove_prefix(4);
  for (const Shim& shim : kShims) {
    if (link.size() < shim.host_and_path.size() ||
        !EqualsLower(link.substr(0, shim.host_and_path.size()), shim.host_and_path)) {
      continue;
    }
    const std::string_view query = link.substr(shim.host_and_path.size());
    std::string_view encoded = QueryValue(query, shim.parameter);
    if (encoded.empty() && !shim.fallback_parameter.empty()) {
      encoded = QueryValue(query, shim.fallback_parameter);
    }
    return PercentDecoded(encoded);
  }
  return {};
}

extern const ExtractorInfo kUrlExtractor = {
    "url",
    "Web addresses with a scheme or www.; scheme and host lower case, no fragment, no tracking "
    "parameters; a redirect's wrapped link unwrapped",
    5,
    "RFC 3986 3 and 6.2.2.1",
    kPatterns,
    ExtractUrls,
};

}  // namespace ariadne::extract
