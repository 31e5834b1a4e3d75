#include "flag/match_text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <limits>

namespace ariadne::flag {
namespace {

// The character `c` is matched as (before the length check).
UChar32 Folded(UChar32 c) {
  switch (c) {
    case 0x2019:  // right single quotation mark
    case 0x02BC:  // modifier letter apostrophe (Ukrainian)
      return '\'';
    default:
      break;
  }
  const UChar32 lower = u_tolower(c);
  switch (lower) {
    case 0x015F:  // ş (cedilla, the legacy letter, still common) -> ș
      return 0x0219;
    case 0x0163:  // ţ -> ț
      return 0x021B;
    default:
      return lower;
  }
}

void Append(MatchText& out, const char* bytes, size_t n, uint32_t from, uint32_t to) {
  out.text.append(bytes, n);
  out.from.insert(out.from.end(), n, from);
  out.to.insert(out.to.end(), n, to);
}

}  // namespace

void FoldForMatching(std::string_view input, MatchText& out) {
  out.text.clear();
  out.from.clear();
  out.to.clear();
  const auto length =
      static_cast<int32_t>(std::min<size_t>(input.size(), std::numeric_limits<int32_t>::max()));
  out.text.reserve(static_cast<size_t>(length));
  out.from.reserve(static_cast<size_t>(length));
  out.to.reserve(static_cast<size_t>(length));
  int32_t space_start = -1;  // the white-space run being read
  bool space_has_newline = false;
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(input.data(), i, length, c);
    if (c >= 0 && u_isUWhiteSpace(c)) {
      if (space_start < 0) space_start = start;
      space_has_newline = space_has_newline || c == '\n';
      continue;
    }
    if (space_start >= 0) {
      Append(out, space_has_newline ? "\n" : " ", 1, static_cast<uint32_t>(space_start),
             static_cast<uint32_t>(start));
      space_start = -1;
      space_has_newline = false;
    }
    if (c < 0) {  // invalid byte(s): copied as they are
      Append(out, input.data() + start, static_cast<size_t>(i - start), start, i);
      continue;
    }
    const UChar32 folded = Folded(c);
    char bytes[U8_MAX_LENGTH];
    int32_t n = 0;
    U8_APPEND_UNSAFE(bytes, n, folded);
    Append(out, bytes, static_cast<size_t>(n), static_cast<uint32_t>(start),
           static_cast<uint32_t>(i));
  }
  if (space_start >= 0) {
    Append(out, space_has_newline ? "\n" : " ", 1, static_cast<uint32_t>(space_start),
           static_cast<uint32_t>(length));
  }
}

std::string FoldForMatching(std::string_view input) {
  MatchText folded;
  FoldForMatching(input, folded);
  return std::move(folded.text);
}

}  // namespace ariadne::flag
