// Turning the bytes of a web page into UTF-8: which charset, and why. Order (after the WHATWG
// encoding sniffing algorithm, simplified): a byte-order mark, the HTTP Content-Type charset, a
// <meta charset> or <meta http-equiv> in the first 4 KiB, then ICU's charset detector (ucsdet).
// A declared charset that the bytes contradict (invalid UTF-8 declared as UTF-8; a page the
// detector reads with high confidence as another charset than a declared Latin-1) is overridden and
// the reason kept, so a wrong header never turns a page into mojibake silently.
#pragma once

#include <string>
#include <string_view>

namespace ariadne::capture {

struct DecodedText {
  std::string utf8;
  std::string charset;  // the ICU name used, e.g. "UTF-8", "windows-1251"
  std::string source;   // "bom", "header", "meta", "detected", "default"
  std::string warning;  // why a declared charset was not used, or "" when it was
};

// The charset parameter of a Content-Type value ("text/html; charset=KOI8-R" -> "KOI8-R"); "" when
// none.
std::string CharsetFromContentType(std::string_view content_type);

// The charset a <meta> tag declares in the first 4 KiB of `html`; "" when none.
std::string CharsetFromMeta(std::string_view html);

// Decodes `bytes` (a page or text file) to UTF-8 by the order above. Never fails: bytes that are
// invalid in the chosen charset become U+FFFD. Thread-safe.
DecodedText DecodeToUtf8(std::string_view bytes, std::string_view content_type);

}  // namespace ariadne::capture
