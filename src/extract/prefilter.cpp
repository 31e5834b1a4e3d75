// The pre-filter: cue bytes found 16 at a time with SSE2 compares (baseline on x86-64), windows
// around them merged in one pass. See prefilter.h for why it is lossless.
#include "extract/prefilter.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ariadne::extract {
namespace {

bool IsDigitByte(unsigned char c) {
  return c >= '0' && c <= '9';
}
bool IsAlnumByte(unsigned char c) {
  const unsigned char lower = c | 0x20;
  return IsDigitByte(c) || (lower >= 'a' && lower <= 'z');
}

bool IsLetterByte(unsigned char c) {
  const unsigned char lower = c | 0x20;
  return lower >= 'a' && lower <= 'z';
}

// The first bytes of the spaced at-words of email.cpp, each byte OR 0x20 (which maps both cases of
// an ASCII letter, and of the UTF-8 bytes below, to one value): at, ät/Ät (C3 A4, C3 84),
// arobase/arroba, apenstaartje, klammeraffe (also with the Kelvin sign K, E2 84 AA, that Unicode
// case folding maps to k), chiocciola, małpa/malpa, sobaka (also with the long s ſ, C5 BF),
// собака (D1 81) and Собака/СОБАКА (D0 A1), ат/АТ (D0 B0, D0 90), равлик/Равлик (D1 80, D0 A0),
// песик/Песик (D0 BF, D0 9F). The ASCII pairs also name the third byte (OR 0x20): ' ' stands for a
// space or control byte (the \s after "at"); any byte from 0x80 up is accepted as well, so that no
// non-ASCII look-alike a caseless match might accept is lost. The non-ASCII pairs (rare in text)
// are not checked further.
struct AtWordStart {
  unsigned char first;
  unsigned char second;
  unsigned char third;
  unsigned char third_alt;
};
constexpr AtWordStart kAtWordStarts[] = {
    {'a', 't', ' ', ' '}, {'a', 'r', 'o', 'r'}, {'a', 'p', 'e', 'e'}, {'k', 'l', 'a', 'a'},
    {'c', 'h', 'i', 'i'}, {'m', 'a', 'l', 'l'}, {'s', 'o', 'b', 'b'}, {0xE3, 0xA4, 0, 0},
    {0xE2, 0xA4, 0, 0},   {0xE5, 0xBF, 0, 0},   {0xF1, 0xA1, 0, 0},   {0xF0, 0xA1, 0, 0},
    {0xF0, 0xBA, 0, 0},   {0xF0, 0xBC, 0, 0},   {0xF0, 0xB0, 0, 0},   {0xF1, 0xA0, 0, 0},
    {0xF0, 0xA0, 0, 0},   {0xF0, 0xBF, 0, 0},
};

// The bytes an at-word may stand between: a space or control byte, or a separator glued to it
// ("anna_at_mail", "anna/at/mail", "anna*at*mail", "anna-at-mail", "anna.at.mail",
// "anna#at#mail": '*' to '/', '_' and '#').
bool IsAtWordGap(unsigned char c) {
  return c <= 0x20 || (c >= 0x2A && c <= 0x2F) || c == '_' || c == '#';
}

// The last byte of a character from U+0080 up: an ASCII at-word glued to an emoji or a quotation
// mark ("❤at❤", "🌙arroba🌙", "«chiocciola»") starts after one.
bool IsContinuationByte(unsigned char c) {
  return c >= 0x80 && c <= 0xBF;
}

// `ascii_only`: only the ASCII pairs (after a continuation byte; the non-ASCII pairs there would be
// letters inside words of their script).
bool IsAtWordStart(unsigned char first, unsigned char second, unsigned char third,
                   bool ascii_only = false) {
  first |= 0x20;
  second |= 0x20;
  const unsigned char lower_third = third | 0x20;
  for (const AtWordStart& start : kAtWordStarts) {
    if (start.first != first || start.second != second) continue;
    if (ascii_only && first >= 0x80) return false;
    if (start.third == 0 || third >= 0x80) return true;
    if (start.third == ' ') return IsAtWordGap(third);
    return lower_third == start.third || lower_third == start.third_alt;
  }
  return false;
}

// The cue classes of position i, given the length of the run of ASCII letters and digits that ends
// at i (0 when t[i] is not one).
unsigned CuesAt(std::string_view t, size_t i, size_t run) {
  const auto c = static_cast<unsigned char>(t[i]);
  unsigned cues = 0;
  if (IsDigitByte(c)) cues |= kCueDigit;
  if (c == '@') cues |= kCueAt;
  if (c == ':') cues |= kCueColon;
  if (c == '(' || c == '[' || c == '{' || c == '<') cues |= kCueOpenBracket;
  if (c == '.' && i > 0 && IsLetterByte(static_cast<unsigned char>(t[i - 1])) && i + 1 < t.size() &&
      IsAlnumByte(static_cast<unsigned char>(t[i + 1]))) {
    cues |= kCueDotAlnum;
  }
  if (i + 3 < t.size() && (c == '-' || c == '.') && (t[i + 1] | 0x20) == 'a' &&
      (t[i + 2] | 0x20) == 't' && static_cast<unsigned char>(t[i + 3]) == c) {
    cues |= kCueSpacedAtWord;  // "-at-", ".at."
  }
  if ((IsAtWordGap(c) || IsContinuationByte(c)) && i + 3 < t.size() &&
      IsAtWordStart(static_cast<unsigned char>(t[i + 1]), static_cast<unsigned char>(t[i + 2]),
                    static_cast<unsigned char>(t[i + 3]), /*ascii_only=*/!IsAtWordGap(c))) {
    cues |= kCueSpacedAtWord;
  }
  if (run >= kLongAlnumRun) cues |= kCueLongAlnumRun;
  if (c == '-') cues |= kCueHyphen;
  if (c >= 'A' && c <= 'Z' && i + 1 < t.size() &&
      IsDigitByte(static_cast<unsigned char>(t[i + 1]))) {
    cues |= kCueUpperDigit;
  }
  return cues;
}

uint32_t MarginOf(unsigned cues, const CueMargins& margins) {
  uint32_t margin = 0;
  for (size_t k = 0; k < kCueClasses; ++k) {
    if ((cues >> k) & 1) margin = std::max(margin, margins[k]);
  }
  return margin;
}

// Adds [begin, end), the windows of consecutive cues that start after every earlier cue (cues
// arrive in increasing order; a wider margin may reach back over earlier windows). Because the
// range holds a cue after every earlier one, the result is exactly the union of the windows.
void AddRange(size_t begin, size_t end, std::vector<Window>& out) {
  if (out.empty() || begin > out.back().end) {
    out.push_back(Window{begin, end});
    return;
  }
  Window& last = out.back();
  last.end = std::max(last.end, end);
  if (begin < last.begin) {
    last.begin = begin;
    while (out.size() >= 2 && out[out.size() - 2].end >= out.back().begin) {
      out[out.size() - 2].begin = std::min(out[out.size() - 2].begin, out.back().begin);
      out[out.size() - 2].end = std::max(out[out.size() - 2].end, out.back().end);
      out.pop_back();
    }
  }
}

// The window of one cue at `cue`.
void AddWindow(size_t cue, uint32_t margin, size_t size, std::vector<Window>& out) {
  AddRange(cue >= margin ? cue - margin : 0, std::min(size, cue + margin + 1), out);
}

// Positions [from, to) by the scalar definition; `run` is the alnum run length ending at from - 1.
void ScalarRange(std::string_view t, size_t from, size_t to, size_t run, unsigned wanted,
                 const CueMargins& margins, std::vector<Window>& out) {
  for (size_t i = from; i < to; ++i) {
    run = IsAlnumByte(static_cast<unsigned char>(t[i])) ? run + 1 : 0;
    const unsigned cues = CuesAt(t, i, run) & wanted;
    if (cues != 0) AddWindow(i, MarginOf(cues, margins), t.size(), out);
  }
}

// Margins below 8 are raised to 8 (wider windows lose nothing), which lets the SIMD pass join the
// windows of one 16-byte block into one range.
CueMargins EffectiveMargins(const CueMargins& margins) {
  CueMargins effective = margins;
  for (uint32_t& m : effective) {
    if (m > 0) m = std::max<uint32_t>(m, 8);
  }
  return effective;
}

unsigned WantedClasses(const CueMargins& margins) {
  unsigned wanted = 0;
  for (size_t k = 0; k < kCueClasses; ++k) {
    if (margins[k] > 0) wanted |= 1u << k;
  }
  return wanted;
}

#if defined(__SSE2__)
inline __m128i ByteSet(unsigned char c) {
  return _mm_set1_epi8(static_cast<char>(c));
}
// 0xFF where lo <= byte <= hi (unsigned).
inline __m128i InRange(__m128i v, unsigned char lo, unsigned char hi) {
  const __m128i shifted = _mm_sub_epi8(v, ByteSet(lo));
  return _mm_cmpeq_epi8(_mm_min_epu8(shifted, ByteSet(static_cast<unsigned char>(hi - lo))),
                        shifted);
}
inline __m128i Alnum(__m128i v) {
  const __m128i lower = _mm_or_si128(v, ByteSet(0x20));
  return _mm_or_si128(InRange(v, '0', '9'), InRange(lower, 'a', 'z'));
}
inline unsigned Mask(__m128i v) {
  return static_cast<unsigned>(_mm_movemask_epi8(v));
}
inline __m128i Eq(__m128i v, unsigned char c) {
  return _mm_cmpeq_epi8(v, ByteSet(c));
}
inline __m128i Pair(__m128i l1, __m128i l2, unsigned char first, unsigned char second) {
  return _mm_and_si128(Eq(l1, first), Eq(l2, second));
}

// The bytes of IsAtWordGap.
inline __m128i AtWordGap(__m128i v) {
  return _mm_or_si128(
      _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, ByteSet(0x20)), v), InRange(v, 0x2A, 0x2F)),
      _mm_or_si128(Eq(v, '_'), Eq(v, '#')));
}

// kCueSpacedAtWord for 16 positions: a space, control or separator byte (IsAtWordGap), then one
// of kAtWordStarts (lowered) and, for the ASCII pairs, its third byte; the ASCII pairs also after a
// continuation byte (IsContinuationByte).
unsigned SpacedAtWordMask(__m128i v0, __m128i v1, __m128i v2, __m128i v3) {
  const __m128i l1 = _mm_or_si128(v1, ByteSet(0x20));
  const __m128i l2 = _mm_or_si128(v2, ByteSet(0x20));
  // "-at-" and ".at.": "at" between two hyphens or two dots.
  const unsigned glued = Mask(_mm_and_si128(_mm_and_si128(Eq(l1, 'a'), Eq(l2, 't')),
                                            _mm_or_si128(_mm_and_si128(Eq(v0, '-'), Eq(v3, '-')),
                                                         _mm_and_si128(Eq(v0, '.'), Eq(v3, '.')))));
  const unsigned space = Mask(AtWordGap(v0));
  const unsigned ascii_gap = space | Mask(InRange(v0, 0x80, 0xBF));
  if (ascii_gap == 0) return glued;
  const __m128i l3 = _mm_or_si128(v3, ByteSet(0x20));
  const __m128i a = Eq(l1, 'a');
  __m128i pairs = _mm_and_si128(
      a, _mm_or_si128(_mm_and_si128(Eq(l2, 'r'), _mm_or_si128(Eq(l3, 'o'), Eq(l3, 'r'))),
                      _mm_and_si128(Eq(l2, 'p'), Eq(l3, 'e'))));
  pairs = _mm_or_si128(pairs, _mm_and_si128(Pair(l1, l2, 'k', 'l'), Eq(l3, 'a')));
  pairs = _mm_or_si128(pairs, _mm_and_si128(Pair(l1, l2, 'c', 'h'), Eq(l3, 'i')));
  pairs = _mm_or_si128(pairs, _mm_and_si128(Pair(l1, l2, 'm', 'a'), Eq(l3, 'l')));
  pairs = _mm_or_si128(pairs, _mm_and_si128(Pair(l1, l2, 's', 'o'), Eq(l3, 'b')));
  // "at" then a space, control or separator byte.
  const __m128i third_space = AtWordGap(v3);
  pairs = _mm_or_si128(pairs, _mm_and_si128(_mm_and_si128(a, Eq(l2, 't')), third_space));
  unsigned mask = Mask(pairs) & ascii_gap;
  // Any ASCII pair followed by a byte from 0x80 up (Mask(v3): the top bits).
  const unsigned third_high = Mask(v3) & ascii_gap;
  if (third_high != 0) {
    __m128i any =
        _mm_and_si128(a, _mm_or_si128(_mm_or_si128(Eq(l2, 't'), Eq(l2, 'r')), Eq(l2, 'p')));
    any = _mm_or_si128(any, _mm_or_si128(Pair(l1, l2, 'k', 'l'), Pair(l1, l2, 'c', 'h')));
    any = _mm_or_si128(any, _mm_or_si128(Pair(l1, l2, 'm', 'a'), Pair(l1, l2, 's', 'o')));
    mask |= Mask(any) & third_high;
  }
  // The lead bytes E2, E3, E5 (| 0x20 of C3, C5) and F0, F1 (of D0, D1): only when some byte is
  // that high.
  const unsigned high = Mask(_mm_cmpeq_epi8(_mm_max_epu8(l1, ByteSet(0xE2)), l1)) & space;
  if (high != 0) {
    __m128i more = _mm_or_si128(Pair(l1, l2, 0xE3, 0xA4), Pair(l1, l2, 0xE2, 0xA4));
    more = _mm_or_si128(more, Pair(l1, l2, 0xE5, 0xBF));
    // с and р (D1 81, D1 80; С and Р are D0 A1, D0 A0): собака, равлик.
    more = _mm_or_si128(more, _mm_and_si128(_mm_or_si128(Eq(l1, 0xF1), Eq(l1, 0xF0)),
                                            _mm_or_si128(Eq(l2, 0xA1), Eq(l2, 0xA0))));
    // к and м (D0 BA, D0 BC; К and М are D0 9A, D0 9C): the Bulgarian кучешка and маймунка.
    // And а (D0 B0; А is D0 90): the Russian and Bulgarian ат; п (D0 BF; П is D0 9F): песик.
    more = _mm_or_si128(
        more, _mm_and_si128(Eq(l1, 0xF0), _mm_or_si128(_mm_or_si128(Eq(l2, 0xBA), Eq(l2, 0xBC)),
                                                       _mm_or_si128(Eq(l2, 0xB0), Eq(l2, 0xBF)))));
    mask |= Mask(more) & high;
  }
  static_assert(std::size(kAtWordStarts) == 18, "update SpacedAtWordMask with kAtWordStarts");
  return mask | glued;
}
#endif

}  // namespace

unsigned CueClassesAt(std::string_view text, size_t i) {
  size_t run = 0;
  while (run <= i && run < kLongAlnumRun &&
         IsAlnumByte(static_cast<unsigned char>(text[i - run]))) {
    ++run;
  }
  return CuesAt(text, i, run);
}

void FindWindowsScalar(std::string_view text, const CueMargins& margins, std::vector<Window>& out) {
  out.clear();
  const CueMargins margin = EffectiveMargins(margins);
  ScalarRange(text, 0, text.size(), 0, WantedClasses(margin), margin, out);
}

void FindWindows(std::string_view text, const CueMargins& margins, std::vector<Window>& out) {
#if defined(__SSE2__)
  out.clear();
  const CueMargins margin = EffectiveMargins(margins);
  const unsigned wanted = WantedClasses(margin);
  const size_t n = text.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  uint32_t previous_alnum = 0;   // the alnum mask of the previous block, bits 0-15
  uint32_t previous_letter = 0;  // the letter mask of the previous block, bits 0-15
  // Per class: all bits (or all bytes) set when the class is looked for, else none.
  unsigned want_bits[kCueClasses];
  __m128i want[kCueClasses];
  for (size_t k = 0; k < kCueClasses; ++k) {
    want_bits[k] = ((wanted >> k) & 1u) != 0 ? 0xFFFFu : 0u;
    want[k] = _mm_set1_epi8(static_cast<char>(want_bits[k] & 0xFF));
  }
  size_t i = 0;
  // Each block reads 19 bytes: a cue may look at the three bytes after it.
  for (; i + 19 <= n; i += 16) {
    const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i));
    const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i + 1));
    const unsigned digit = Mask(InRange(v0, '0', '9'));
    const unsigned letter = Mask(InRange(_mm_or_si128(v0, ByteSet(0x20)), 'a', 'z'));
    const unsigned alnum = digit | letter;
    const unsigned letter_before = ((letter << 1) | (previous_letter >> 15)) & 0xFFFF;
    // Runs of at least 14: bit p set when bits p-13..p of the 32-bit history are all set.
    const uint32_t x = previous_alnum | (alnum << 16);
    const uint32_t r2 = x & (x << 1);
    const uint32_t r4 = r2 & (r2 << 2);
    const uint32_t r8 = r4 & (r4 << 4);
    const uint32_t r12 = r8 & (r4 << 8);
    const uint32_t r14 = r12 & (r2 << 12);
    static_assert(kLongAlnumRun == 14);
    previous_alnum = alnum;
    previous_letter = letter;
    // Most blocks hold no cue: the one-byte cues are tested together first, and the per-class
    // masks are made only for blocks that hold some cue.
    const __m128i at = Eq(v0, '@');
    const __m128i colon = Eq(v0, ':');
    const __m128i bracket = _mm_or_si128(_mm_or_si128(Eq(v0, '('), Eq(v0, '[')),
                                         _mm_or_si128(Eq(v0, '{'), Eq(v0, '<')));
    const __m128i hyphen = Eq(v0, '-');
    const __m128i upper_digit = _mm_and_si128(InRange(v0, 'A', 'Z'), InRange(v1, '0', '9'));
    __m128i single = _mm_and_si128(at, want[1]);
    single = _mm_or_si128(single, _mm_and_si128(colon, want[2]));
    single = _mm_or_si128(single, _mm_and_si128(bracket, want[3]));
    single = _mm_or_si128(single, _mm_and_si128(hyphen, want[7]));
    single = _mm_or_si128(single, _mm_and_si128(upper_digit, want[8]));
    unsigned dot = Mask(Eq(v0, '.')) & letter_before & want_bits[4];
    if (dot != 0) dot &= Mask(Alnum(v1));
    const unsigned spaced =
        want_bits[5] != 0
            ? SpacedAtWordMask(v0, v1,
                               _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i + 2)),
                               _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i + 3)))
            : 0;
    const unsigned long_run = (r14 >> 16) & want_bits[6];
    if ((Mask(single) | (digit & want_bits[0]) | dot | spaced | long_run) == 0) continue;
    unsigned masks[kCueClasses];
    masks[0] = digit & want_bits[0];
    masks[1] = Mask(at) & want_bits[1];
    masks[2] = Mask(colon) & want_bits[2];
    masks[3] = Mask(bracket) & want_bits[3];
    masks[4] = dot;
    masks[5] = spaced;
    masks[6] = long_run;
    masks[7] = Mask(hyphen) & want_bits[7];
    masks[8] = Mask(upper_digit) & want_bits[8];
    // With every margin at least 8 (EffectiveMargins), the windows of all cues of one block
    // overlap: cues of one class are less than 16 apart, so their windows (2 * 8 + 1 wide)
    // touch, and so do those of two classes. Their union is one range.
    size_t begin = SIZE_MAX, end = 0;
    for (size_t k = 0; k < kCueClasses; ++k) {
      if (masks[k] == 0) continue;
      const size_t low = i + static_cast<size_t>(__builtin_ctz(masks[k]));
      const size_t high = i + 31 - static_cast<size_t>(__builtin_clz(masks[k]));
      begin = std::min(begin, low >= margin[k] ? low - margin[k] : 0);
      end = std::max(end, std::min(n, high + margin[k] + 1));
    }
    AddRange(begin, end, out);
  }
  // The tail, with the alnum run that ends right before it.
  size_t run = 0;
  while (run < i && run < kLongAlnumRun && IsAlnumByte(bytes[i - 1 - run])) ++run;
  ScalarRange(text, i, n, run, wanted, margin, out);
#else
  FindWindowsScalar(text, margins, out);
#endif
}

}  // namespace ariadne::extract
