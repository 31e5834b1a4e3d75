#include "intake/text_limits.h"

#include <fmt/format.h>

#include "core/text.h"

namespace ariadne::intake {

Result<std::string> CleanPublicText(std::string_view text, size_t max_bytes, std::string_view what,
                                    bool single_line) {
  if (text.size() > max_bytes) {
    return InvalidInput(fmt::format("{}: {} bytes, at most {} are accepted: shorten it", what,
                                    text.size(), max_bytes));
  }
  if (std::optional<size_t> bad = FindInvalidUtf8(text)) {
    return InvalidInput(
        fmt::format("{}: not valid UTF-8 at byte {}: send the text as UTF-8", what, *bad));
  }
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') continue;  // CR LF: the LF is kept
      out += single_line ? ' ' : '\n';
    } else if (c == '\n' || c == '\t') {
      out += single_line ? ' ' : static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7F) {
      continue;
    } else if (c == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      ++i;  // C1 control U+0080-U+009F
    } else if (c == 0xE2 && i + 2 < text.size() &&
               ((static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                 static_cast<unsigned char>(text[i + 2]) >= 0xAA &&
                 static_cast<unsigned char>(text[i + 2]) <= 0xAE) ||
                (static_cast<unsigned char>(text[i + 1]) == 0x81 &&
                 static_cast<unsigned char>(text[i + 2]) >= 0xA6 &&
                 static_cast<unsigned char>(text[i + 2]) <= 0xA9))) {
      i += 2;  // U+202A-U+202E, U+2066-U+2069: text that displays in another order than stored
    } else {
      out += static_cast<char>(c);
    }
  }
  std::string trimmed(Trim(out));
  if (trimmed.empty()) return InvalidInput(fmt::format("{}: empty: write something", what));
  return trimmed;
}

bool IsLanguageCode(std::string_view code) {
  return code.size() == 2 && code[0] >= 'a' && code[0] <= 'z' && code[1] >= 'a' && code[1] <= 'z';
}

}  // namespace ariadne::intake
