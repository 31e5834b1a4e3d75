// Terms as Vectorscan expressions (see patterns.h).
#include "flag/patterns.h"

#include <hs/hs.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <cctype>
#include <cstdlib>
#include <vector>

namespace ariadne::flag {
namespace {

constexpr unsigned kTermFlags =
    HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_UCP | HS_FLAG_SOM_LEFTMOST;

// Vectorscan's \w: letters, marks, decimal digits and connector punctuation (the underscore).
bool IsWordCodePoint(UChar32 c) {
  return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK | U_GC_PC_MASK)) != 0;
}

// Phrases are folded like the text they are matched in (NFKC), so a phrase typed with combining
// accents still matches.
std::string Nfkc(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* nfkc = unorm2_getNFKCInstance(&status);
  std::vector<UChar> utf16(s.size() + 1);
  int32_t utf16_length = 0;
  u_strFromUTF8(utf16.data(), static_cast<int32_t>(utf16.size()), &utf16_length, s.data(),
                static_cast<int32_t>(s.size()), &status);
  std::vector<UChar> folded(utf16_length * 18 + 1);  // NFKC expands a code unit 18-fold at most
  const int32_t folded_length = unorm2_normalize(nfkc, utf16.data(), utf16_length, folded.data(),
                                                 static_cast<int32_t>(folded.size()), &status);
  std::string out(static_cast<size_t>(folded_length) * 3, '\0');
  int32_t out_length = 0;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &out_length, folded.data(),
              folded_length, &status);
  if (U_FAILURE(status)) return std::string(s);
  out.resize(static_cast<size_t>(out_length));
  return out;
}

// Spellings that ads use interchangeably for one character of a phrase.
const char* Alternatives(UChar32 c) {
  switch (c) {
    case '\'':
    case 0x2019:  // right single quotation mark
    case 0x02BC:  // modifier letter apostrophe (Ukrainian)
      return "(?:'|\u2019|\u02BC)";
    case 0x0219:  // ș, comma below (the correct Romanian letter)
    case 0x015F:  // ş, cedilla (the legacy one, still common)
    case 0x0218:
    case 0x015E:
      return "(?:\u0219|\u015F)";
    case 0x021B:  // ț
    case 0x0163:  // ţ
    case 0x021A:
    case 0x0162:
      return "(?:\u021B|\u0163)";
    default:
      return nullptr;
  }
}

void AppendLiteral(UChar32 c, std::string_view bytes, std::string& out) {
  if (const char* alternatives = Alternatives(c)) {
    out += alternatives;
  } else if (c < 0x80 && !std::isalnum(static_cast<unsigned char>(c))) {
    out += '\\';
    out += static_cast<char>(c);
  } else {
    out += bytes;
  }
}

TermPattern PhrasePattern(std::string_view raw_phrase) {
  const std::string phrase = Nfkc(raw_phrase);
  TermPattern pattern;
  pattern.flags = kTermFlags;
  bool in_space = false;
  bool first = true;
  UChar32 last = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(phrase.size());) {
    const int32_t begin = i;
    UChar32 c = 0;
    U8_NEXT(phrase.data(), i, static_cast<int32_t>(phrase.size()), c);
    if (u_isUWhiteSpace(c)) {
      in_space = !first;
      continue;
    }
    if (in_space) pattern.expression += "\\s+";
    in_space = false;
    if (first) pattern.left_boundary = IsWordCodePoint(c);
    first = false;
    last = c;
    AppendLiteral(c, std::string_view(phrase).substr(begin, i - begin), pattern.expression);
  }
  pattern.right_boundary = !first && IsWordCodePoint(last);
  return pattern;
}

}  // namespace

TermPattern BuildPattern(const Term& term) {
  if (!term.phrase.empty()) return PhrasePattern(term.phrase);
  TermPattern pattern;
  pattern.expression = term.regex;
  pattern.flags = kTermFlags;
  return pattern;
}

std::string PatternProblem(const TermPattern& pattern) {
  if (pattern.expression.empty()) return "the pattern is empty";
  hs_expr_info_t* info = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_expression_info(pattern.expression.c_str(), pattern.flags, &info, &error) == HS_SUCCESS) {
    const bool matches_empty = info->min_width == 0;
    std::free(info);
    return matches_empty ? "it can match empty text" : "";
  }
  std::string message = error != nullptr && error->message != nullptr ? error->message : "rejected";
  hs_free_compile_error(error);
  return message;
}

bool AtWordBoundaries(std::string_view text, size_t start, size_t end, const TermPattern& pattern) {
  const auto length = static_cast<int32_t>(text.size());
  if (pattern.left_boundary && start > 0) {
    int32_t i = static_cast<int32_t>(start);
    UChar32 before = 0;
    U8_PREV(text.data(), 0, i, before);
    if (IsWordCodePoint(before)) return false;
  }
  if (pattern.right_boundary && end < text.size()) {
    int32_t i = static_cast<int32_t>(end);
    UChar32 after = 0;
    U8_NEXT(text.data(), i, length, after);
    if (IsWordCodePoint(after)) return false;
  }
  return true;
}

}  // namespace ariadne::flag
