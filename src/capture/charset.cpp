#include "capture/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <memory>

#include "core/text.h"

namespace ariadne::capture {

namespace {

// Charsets servers announce by default whatever the page is written in (the HTML standard maps
// both to windows-1252): a detector with high confidence overrides them.
bool IsDefaultishLatin(std::string_view name) {
  const std::string n = AsciiLower(name);
  return n == "iso-8859-1" || n == "latin1" || n == "latin-1" || n == "windows-1252" ||
         n == "us-ascii" || n == "ascii" || n == "cp1252";
}

// Charsets of non-Latin scripts: when the detector reads a page declared Latin-1 as one of these,
// the declaration is the mistake (Latin-1 text never looks like Cyrillic or Greek statistics).
bool IsNonLatinScript(std::string_view name) {
  static const char* const kNames[] = {"windows-1251", "koi8-r",     "iso-8859-5",   "iso-8859-7",
                                       "windows-1253", "iso-8859-6", "windows-1256", "iso-8859-8",
                                       "windows-1255", "shift_jis",  "euc-jp",       "euc-kr",
                                       "gb18030",      "big5",       "iso-2022-jp"};
  const std::string n = AsciiLower(name);
  for (const char* k : kNames)
    if (n == k) return true;
  return false;
}

bool IsUtf8Name(std::string_view name) {
  const std::string n = AsciiLower(name);
  return n == "utf-8" || n == "utf8";
}

// The value after "charset=" in `s` starting at `pos`, without quotes.
std::string CharsetValueAt(std::string_view s, size_t pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '"' || s[pos] == '\'')) ++pos;
  size_t end = pos;
  while (end < s.size() && end - pos < 40) {
    const char c = s[end];
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' ||
          c == '.'))
      break;
    ++end;
  }
  return std::string(s.substr(pos, end - pos));
}

bool KnownToIcu(const std::string& name) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter* c = ucnv_open(name.c_str(), &err);
  if (c != nullptr) ucnv_close(c);
  return U_SUCCESS(err) && c != nullptr;
}

std::string Convert(std::string_view bytes, const std::string& charset) {
  if (IsUtf8Name(charset)) {
    // ICU's UTF-8 converter replaces invalid sequences with U+FFFD, like every other charset here.
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(bytes.data(), static_cast<int32_t>(bytes.size())));
    std::string out;
    return u.toUTF8String(out);
  }
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), charset.c_str());
  std::string out;
  if (u.isBogus()) return std::string(bytes);
  return u.toUTF8String(out);
}

struct Detection {
  std::string name;
  int confidence = 0;
};

Detection Detect(std::string_view bytes) {
  UErrorCode err = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&err);
  if (U_FAILURE(err)) return {};
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> guard(det, ucsdet_close);
  // Markup is ASCII and would drown the text's statistics.
  ucsdet_enableInputFilter(det, true);
  const size_t n = std::min<size_t>(bytes.size(), size_t{1} << 20);
  ucsdet_setText(det, bytes.data(), static_cast<int32_t>(n), &err);
  const UCharsetMatch* m = ucsdet_detect(det, &err);
  if (U_FAILURE(err) || m == nullptr) return {};
  const char* name = ucsdet_getName(m, &err);
  const int conf = ucsdet_getConfidence(m, &err);
  if (U_FAILURE(err) || name == nullptr) return {};
  return {name, conf};
}

}  // namespace

std::string CharsetFromContentType(std::string_view content_type) {
  const std::string lower = AsciiLower(content_type);
  const size_t at = lower.find("charset=");
  if (at == std::string::npos) return "";
  return CharsetValueAt(content_type, at + 8);
}

std::string CharsetFromMeta(std::string_view html) {
  const std::string head = AsciiLower(html.substr(0, 4096));
  size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    const size_t end = head.find('>', pos);
    const std::string_view tag = std::string_view(head).substr(
        pos, end == std::string::npos ? std::string::npos : end - pos);
    const size_t cs = tag.find("charset");
    if (cs != std::string_view::npos) {
      size_t v = cs + 7;
      while (v < tag.size() && tag[v] == ' ') ++v;
      if (v < tag.size() && tag[v] == '=') {
        std::string name = CharsetValueAt(html.substr(pos), v + 1);
        if (!name.empty()) return name;
      }
    }
    if (end == std::string::npos) break;
    pos = end;
  }
  return "";
}

DecodedText DecodeToUtf8(std::string_view bytes, std::string_view content_type) {
  DecodedText out;
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    out.charset = "UTF-8";
    out.source = "bom";
    out.utf8 = Convert(bytes.substr(3), out.charset);
    return out;
  }
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    out.charset = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    out.source = "bom";
    out.utf8 = Convert(bytes.substr(2), out.charset);
    return out;
  }
  std::string declared = CharsetFromContentType(content_type);
  std::string source = "header";
  if (declared.empty() || !KnownToIcu(declared)) {
    if (!declared.empty()) out.warning = "unknown charset \"" + declared + "\" in the header";
    declared = CharsetFromMeta(bytes);
    source = "meta";
    if (!declared.empty() && !KnownToIcu(declared)) {
      out.warning = "unknown charset \"" + declared + "\" in <meta>";
      declared.clear();
    }
  }
  if (!declared.empty()) {
    if (IsUtf8Name(declared)) {
      if (!FindInvalidUtf8(bytes)) {
        out.charset = "UTF-8";
        out.source = source;
        out.utf8 = std::string(bytes);
        return out;
      }
      out.warning = "declared UTF-8 (" + source + ") but the bytes are not UTF-8";
    } else if (IsDefaultishLatin(declared)) {
      Detection d = Detect(bytes);
      if (d.confidence >= 30 && IsNonLatinScript(d.name)) {
        out.warning = "declared " + declared + " (" + source + ") but the text reads as " + d.name;
        out.charset = d.name;
        out.source = "detected";
        out.utf8 = Convert(bytes, d.name);
        return out;
      }
      out.charset = declared;
      out.source = source;
      out.utf8 = Convert(bytes, declared);
      return out;
    } else {
      out.charset = declared;
      out.source = source;
      out.utf8 = Convert(bytes, declared);
      return out;
    }
  }
  if (!FindInvalidUtf8(bytes)) {
    out.charset = "UTF-8";
    out.source = "default";
    out.utf8 = std::string(bytes);
    return out;
  }
  Detection d = Detect(bytes);
  out.charset = d.name.empty() || !KnownToIcu(d.name) ? "windows-1252" : d.name;
  out.source = d.name.empty() ? "default" : "detected";
  out.utf8 = Convert(bytes, out.charset);
  return out;
}

}  // namespace ariadne::capture
