// Small byte-level helpers shared by the extractors. The folded text is valid UTF-8; bytes >= 0x80
// are treated as parts of letters (every non-ASCII character that survives folding is a letter or a
// symbol, and neither may be glued to a selector).
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ariadne::extract {

inline bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}
inline bool IsAsciiAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool IsAsciiAlnum(char c) {
  return IsDigit(c) || IsAsciiAlpha(c);
}
inline bool IsNonAscii(char c) {
  return static_cast<unsigned char>(c) >= 0x80;
}
// A byte that belongs to a word: letters, digits, '_' and any non-ASCII byte.
inline bool IsWordByte(char c) {
  return IsAsciiAlnum(c) || c == '_' || IsNonAscii(c);
}
inline bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline char AsciiLower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
inline char AsciiUpper(char c) {
  return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

inline std::string AsciiLowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

// The first position from `i` whose byte is one of the ASCII bytes `a`, `b`, `c` (pass one byte
// more than once for fewer), or text.size(). Sixteen bytes at a time where SSE2 is available.
inline size_t FindByteOf(std::string_view text, size_t i, char a, char b, char c) {
  const size_t n = text.size();
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b), vc = _mm_set1_epi8(c);
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)),
                                     _mm_cmpeq_epi8(v, vc));
    const auto mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
    if (mask != 0) return i + static_cast<size_t>(std::countr_zero(mask));
  }
#endif
  while (i < n && text[i] != a && text[i] != b && text[i] != c) ++i;
  return i;
}

// The first position from `i` holding an ASCII digit, or text.size().
inline size_t FindDigit(std::string_view text, size_t i) {
  const size_t n = text.size();
#if defined(__SSE2__)
  // Unsigned byte - '0' <= 9, as a signed compare after flipping the sign bit.
  const __m128i zero = _mm_set1_epi8('0');
  const __m128i flip = _mm_set1_epi8(static_cast<char>(0x80));
  const __m128i limit = _mm_set1_epi8(static_cast<char>(0x80 + 10));
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i digit = _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(v, zero), flip), limit);
    const auto mask = static_cast<unsigned>(_mm_movemask_epi8(digit));
    if (mask != 0) return i + static_cast<size_t>(std::countr_zero(mask));
  }
#endif
  while (i < n && !IsDigit(text[i])) ++i;
  return i;
}

// A byte of a word for Vectorscan's \b (without HS_FLAG_UCP): an ASCII letter, digit or '_'.
inline bool IsBoundaryWordByte(char c) {
  return IsAsciiAlnum(c) || c == '_';
}

// Calls on_run(start, end) for every whole run of \b word bytes (IsBoundaryWordByte) at least
// `min_length` >= 23 bytes long, in order. Such a run holds sixteen word bytes in a row starting
// at a multiple of eight from where the search (re)starts, so only those are looked for, sixteen
// bytes at a time where SSE2 is available (words of prose are shorter: a longer condition, eight
// bytes, sent every long word of prose to a byte-by-byte look).
template <typename OnRun>
void ForEachLongWordRun(std::string_view text, size_t min_length, OnRun&& on_run) {
  const size_t n = text.size();
  const auto run_around = [&](size_t at) {  // the whole run through the word byte at `at`
    size_t start = at, end = at + 1;
    while (start > 0 && IsBoundaryWordByte(text[start - 1])) --start;
    while (end < n && IsBoundaryWordByte(text[end])) ++end;
    if (end - start >= min_length) on_run(start, end);
    return end;
  };
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i flip = _mm_set1_epi8(static_cast<char>(0x80));
  const auto in_range = [&](__m128i v, char lo, int span) {
    return _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(v, _mm_set1_epi8(lo)), flip),
                          _mm_set1_epi8(static_cast<char>(0x80 + span)));
  };
  const auto word_mask = [&](size_t at) {  // bit k: text[at + k] is a word byte
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
    const __m128i word = _mm_or_si128(
        _mm_or_si128(in_range(v, '0', 10), in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 26)),
        _mm_cmpeq_epi8(v, _mm_set1_epi8('_')));
    return static_cast<unsigned>(_mm_movemask_epi8(word));
  };
  // A first, cheaper test: word bytes are among 0x30-0x7F (one signed compare), and prose has a
  // space or punctuation mark in almost every sixteen bytes. Only blocks that pass it are tested
  // for word bytes.
  const __m128i below = _mm_set1_epi8(0x2F);
  bool previous_half = false;  // the last eight bytes before i passed the first test
  while (i + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const auto maybe = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpgt_epi8(v, below)));
    if (maybe == 0xFFFF || (previous_half && (maybe & 0xFF) == 0xFF)) {
      const unsigned word = word_mask(i);
      const bool previous_words = previous_half && (word_mask(i - 16) >> 8) == 0xFF;
      if (word == 0xFFFF || (previous_words && (word & 0xFF) == 0xFF)) {
        i = run_around(i);
        previous_half = false;
        continue;
      }
    }
    previous_half = (maybe >> 8) == 0xFF;
    i += 16;
  }
#endif
  // The rest, byte by byte.
  while (i < n) {
    if (!IsBoundaryWordByte(text[i])) {
      ++i;
      continue;
    }
    i = run_around(i);
  }
}

// True when `word` (already lower case) is one of `list`: the keyword tables of the extractors.
template <size_t N>
inline bool IsOneOf(std::string_view word, const std::array<std::string_view, N>& list) {
  for (std::string_view entry : list) {
    if (word == entry) return true;
  }
  return false;
}

// True when the ASCII-lower-cased `s` equals `lower` (which must be lower case).
inline bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (AsciiLower(s[i]) != lower[i]) return false;
  }
  return true;
}

// A fixed list of lower-case ASCII keywords, asked whether a word is one of them in any case
// (IsOneOf(AsciiLowerCopy(word), list) without the copy). The keyword tests run once per digit
// run: the entries are sifted by length and first letter (one bit each in two masks), so a word is
// compared with the few entries that share both, not with the whole list.
template <size_t N>
class LowerKeywords {
  static_assert(N <= 64, "one bit per entry");

 public:
  // Every entry non-empty, lower case, and not longer than kMaxLength.
  constexpr explicit LowerKeywords(const std::array<std::string_view, N>& list) : list_(list) {
    for (size_t k = 0; k < N; ++k) {
      by_length_[list[k].size()] |= uint64_t{1} << k;
      by_first_[static_cast<unsigned char>(list[k][0])] |= uint64_t{1} << k;
    }
  }
  bool Has(std::string_view word) const {
    if (word.empty() || word.size() > kMaxLength) return false;
    uint64_t candidates =
        by_length_[word.size()] & by_first_[static_cast<unsigned char>(AsciiLower(word[0]))];
    while (candidates != 0) {
      const auto k = static_cast<size_t>(std::countr_zero(candidates));
      candidates &= candidates - 1;
      if (EqualsLower(word, list_[k])) return true;
    }
    return false;
  }

 private:
  static constexpr size_t kMaxLength = 15;
  std::array<std::string_view, N> list_;
  std::array<uint64_t, kMaxLength + 1> by_length_{};
  std::array<uint64_t, 256> by_first_{};
};

// The word (ASCII letters/digits, '.', or any non-ASCII bytes) that ends right before `end`,
// skipping `skip` bytes of spaces and ":#." punctuation first. Used for "keyword before a number"
// tests.
inline std::string_view WordBefore(std::string_view text, size_t end) {
  size_t e = end;
  while (e > 0 && (IsSpace(text[e - 1]) || text[e - 1] == ':' || text[e - 1] == '.' ||
                   text[e - 1] == '#' || text[e - 1] == '-' || text[e - 1] == '=')) {
    --e;
    if (end - e > 6) return {};
  }
  size_t s = e;
  while (s > 0 && (IsAsciiAlpha(text[s - 1]) || IsNonAscii(text[s - 1])) && e - s < 40) --s;
  return text.substr(s, e - s);
}

}  // namespace ariadne::extract
