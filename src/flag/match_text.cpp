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

// Appends `n` (1-4) bytes that stand for the input's [from, to). One push_back per byte: a
// vector's fill insert costs dozens of instructions a call, and this runs once per character.
void Append(MatchText& out, const char* bytes, size_t n, uint32_t from, uint32_t to) {
  out.text.append(bytes, n);
  for (size_t k = 0; k < n; ++k) {
    out.from.push_back(from);
    out.to.push_back(to);
  }
}

// Appends the input's [start, end), ASCII without white space, lower-cased: each byte stands for
// itself.
void AppendAsciiRun(MatchText& out, std::string_view input, uint32_t start, uint32_t end) {
  const size_t at = out.text.size();
  const size_t n = end - start;
  out.text.resize(at + n);
  out.from.resize(at + n);
  out.to.resize(at + n);
  for (size_t k = 0; k < n; ++k) {
    const char b = input[start + k];
    out.text[at + k] = b >= 'A' && b <= 'Z' ? static_cast<char>(b + ('a' - 'A')) : b;
    out.from[at + k] = static_cast<uint32_t>(start + k);
    out.to[at + k] = static_cast<uint32_t>(start + k + 1);
  }
}

// ASCII's white space by Unicode's White_Space property (what u_isUWhiteSpace says for them).
bool IsAsciiWhiteSpace(unsigned char b) {
  return b == ' ' || (b >= '\t' && b <= '\r');
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
    const auto first = static_cast<unsigned char>(input[static_cast<size_t>(i)]);
    UChar32 c = 0;
    bool space = false;
    if (first < 0x80) {  // most of an ad: no decoding, no property look-up
      c = first;
      ++i;
      space = IsAsciiWhiteSpace(first);
    } else {
      U8_NEXT(input.data(), i, length, c);
      space = c >= 0 && u_isUWhiteSpace(c);
    }
    if (space) {
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
    if (c < 0x80) {  // a run of ASCII without white space, at once
      while (i < length && static_cast<unsigned char>(input[static_cast<size_t>(i)]) < 0x80 &&
             !IsAsciiWhiteSpace(static_cast<unsigned char>(input[static_cast<size_t>(i)]))) {
        ++i;
      }
      AppendAsciiRun(out, input, static_cast<uint32_t>(start), static_cast<uint32_t>(i));
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
