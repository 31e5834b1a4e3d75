// Quotation marks in UTF-8 text, for readers that take a name or a quotation between them
// (extract/handle.cpp's quoted names, normalize/line_joins.cpp's quoted OCR numbers).
#pragma once

#include <cstddef>
#include <string_view>

namespace ariadne::core {

// Which marks count. kDouble: ASCII '"', “ ” „ « » ‹ ›. kAny adds ASCII '\'' and ‘ ’ ‚ ‛, which
// an apostrophe or a speck in OCR'd text also makes.
enum class QuoteMarks { kDouble, kAny };

// The bytes of the quotation mark at text[k], or 0 (also when k is past the end).
inline size_t QuoteMarkAt(std::string_view text, size_t k, QuoteMarks marks) {
  if (k >= text.size()) return 0;
  const auto byte = [&](size_t i) {
    return k + i < text.size() ? static_cast<unsigned char>(text[k + i]) : 0;
  };
  if (byte(0) == '"') return 1;
  if (byte(0) == '\'') return marks == QuoteMarks::kAny ? 1 : 0;
  if (byte(0) == 0xC2 && (byte(1) == 0xAB || byte(1) == 0xBB)) return 2;  // « »
  if (byte(0) == 0xE2 && byte(1) == 0x80) {
    const unsigned char c = byte(2);
    if ((c >= 0x9C && c <= 0x9E) || c == 0xB9 || c == 0xBA) return 3;   // “ ” „ ‹ ›
    if (c >= 0x98 && c <= 0x9B && marks == QuoteMarks::kAny) return 3;  // ‘ ’ ‚ ‛
  }
  return 0;
}

// The bytes of the quotation mark that ends right before text[e], starting at or after b, or 0.
inline size_t QuoteMarkBefore(std::string_view text, size_t b, size_t e, QuoteMarks marks) {
  for (size_t bytes = 1; bytes <= 3 && bytes <= e - b; ++bytes) {
    if (QuoteMarkAt(text, e - bytes, marks) == bytes) return bytes;
  }
  return 0;
}

}  // namespace ariadne::core
