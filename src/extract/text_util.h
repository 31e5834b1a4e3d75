// Small byte-level helpers shared by the extractors. The folded text is valid UTF-8; bytes >= 0x80
// are treated as parts of letters (every non-ASCII character that survives folding is a letter or a
// symbol, and neither may be glued to a selector).
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/byte_classes.h"

namespace ariadne::extract {

// The classes of a byte, one table lookup each: the tests below run on every byte around every
// candidate, and as chains of compares their branches were mispredicted at word and space ends.
namespace byte_class {
constexpr uint8_t kDigit = 1, kAlpha = 2, kSpace = 4, kUnderscore = 8, kNonAscii = 16;
constexpr std::array<uint8_t, 256> kTable = [] {
  std::array<uint8_t, 256> t{};
  for (size_t c = 0; c < 256; ++c) {
    if (c >= '0' && c <= '9') t[c] |= kDigit;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) t[c] |= kAlpha;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') t[c] |= kSpace;
    if (c >= 0x80) t[c] |= kNonAscii;
  }
  t['_'] |= kUnderscore;
  return t;
}();
inline bool Is(char c, uint8_t classes) {
  return (kTable[static_cast<unsigned char>(c)] & classes) != 0;
}
}  // namespace byte_class

inline bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}
inline bool IsAsciiAlpha(char c) {
  return byte_class::Is(c, byte_class::kAlpha);
}
inline bool IsAsciiUpper(char c) {
  return c >= 'A' && c <= 'Z';
}
inline bool IsAsciiAlnum(char c) {
  return byte_class::Is(c, byte_class::kDigit | byte_class::kAlpha);
}
inline bool IsNonAscii(char c) {
  return static_cast<unsigned char>(c) >= 0x80;
}
// A byte that belongs to a word: letters, digits, '_' and any non-ASCII byte.
inline bool IsWordByte(char c) {
  using namespace byte_class;
  return Is(c, kDigit | kAlpha | kUnderscore | kNonAscii);
}
inline bool IsSpace(char c) {
  return byte_class::Is(c, byte_class::kSpace);
}
// An ASCII letter or a byte of a non-ASCII character: a byte of a word of letters in any script.
inline bool IsLetterByte(char c) {
  return byte_class::Is(c, byte_class::kAlpha | byte_class::kNonAscii);
}
// Runs of bytes of one class, read sixteen bytes at a time where the text has them: the byte
// loops' exits, at a word's or a name's end, were mispredicted about once a word. `bits16(p)`
// gives the bits of the sixteen bytes at p that are of the class (SSE2), `is(c)` the same for one
// byte.
namespace byte_runs {
#if defined(__SSE2__)
// A byte in [lo, lo + span): adding 0x80 - lo maps those to the lowest `span` signed values.
inline __m128i InRange(__m128i c, char lo, int span) {
  return _mm_cmplt_epi8(_mm_add_epi8(c, _mm_set1_epi8(static_cast<char>(0x80 - lo))),
                        _mm_set1_epi8(static_cast<char>(-128 + span)));
}
inline __m128i AsciiAlpha(__m128i c) {
  return InRange(_mm_or_si128(c, _mm_set1_epi8(0x20)), 'a', 26);
}
inline __m128i Is(__m128i c, char byte) {
  return _mm_cmpeq_epi8(c, _mm_set1_epi8(byte));
}
inline __m128i Load(const char* p) {
  return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
}
inline uint32_t Bits(__m128i x) {
  return static_cast<uint32_t>(_mm_movemask_epi8(x));
}
// IsLetterByte(): an ASCII letter or a byte from 0x80 on (its sign bit).
inline uint32_t LetterBits(const char* p) {
  const __m128i c = Load(p);
  return Bits(_mm_or_si128(AsciiAlpha(c), c));
}
// IsWordByte(): letters, digits, '_' and bytes from 0x80 on.
inline uint32_t WordBits(const char* p) {
  const __m128i c = Load(p);
  return Bits(
      _mm_or_si128(_mm_or_si128(AsciiAlpha(c), c), _mm_or_si128(InRange(c, '0', 10), Is(c, '_'))));
}
// A handle's bytes: ASCII letters and digits, '_', '.', '-'.
inline uint32_t NameBits(const char* p) {
  const __m128i c = Load(p);
  return Bits(_mm_or_si128(_mm_or_si128(AsciiAlpha(c), InRange(c, '0', 10)),
                           _mm_or_si128(Is(c, '_'), _mm_or_si128(Is(c, '.'), Is(c, '-')))));
}
#define ARIADNE_BYTE_RUNS_SIMD 1
#else
inline uint32_t LetterBits(const char*) {
  return 0;
}  // not called
inline uint32_t WordBits(const char*) {
  return 0;
}
inline uint32_t NameBits(const char*) {
  return 0;
}
#define ARIADNE_BYTE_RUNS_SIMD 0
#endif

// The first k >= i that is the text's end, i + max, or a byte not of the class.
template <typename Bits16, typename Is>
inline size_t RunEnd(std::string_view text, size_t i, size_t max, [[maybe_unused]] Bits16 bits16,
                     Is is) {
  const size_t limit = std::min(text.size(), i + max);
  if constexpr (ARIADNE_BYTE_RUNS_SIMD) {
    for (; i + 16 <= text.size() && i < limit; i += 16) {
      const auto run = static_cast<size_t>(std::countr_one(bits16(text.data() + i)));
      if (run < 16) return std::min(i + run, limit);
    }
    if (i >= limit) return limit;
  }
  while (i < limit && is(text[i])) ++i;
  return i;
}
// The last k <= end that is 0, end - max, or right after a byte not of the class.
template <typename Bits16, typename Is>
inline size_t RunStart(std::string_view text, size_t end, size_t max,
                       [[maybe_unused]] Bits16 bits16, Is is) {
  const size_t floor = end > max ? end - max : 0;
  size_t k = end;
  if constexpr (ARIADNE_BYTE_RUNS_SIMD) {
    for (; k >= 16 && k > floor; k -= 16) {
      const auto bits = static_cast<uint16_t>(bits16(text.data() + k - 16));
      const auto run = static_cast<size_t>(std::countl_one(bits));
      if (run < 16) return std::max(k - run, floor);
    }
    if (k <= floor) return floor;
  }
  while (k > floor && is(text[k - 1])) --k;
  return k;
}
}  // namespace byte_runs

// The end of the run of IsLetterByte() bytes from i, but at most i + max.
inline size_t LetterRunEnd(std::string_view text, size_t i, size_t max) {
  return byte_runs::RunEnd(text, i, max, byte_runs::LetterBits, IsLetterByte);
}
// The start of the run of IsWordByte() bytes that ends at `end`, but at most `max` bytes before it.
inline size_t WordRunStart(std::string_view text, size_t end, size_t max) {
  return byte_runs::RunStart(text, end, max, byte_runs::WordBits, IsWordByte);
}
// The end of the run of a handle's bytes (ASCII letters and digits, '_', '.', '-') from i, but at
// most i + max.
inline size_t NameRunEnd(std::string_view text, size_t i, size_t max) {
  return byte_runs::RunEnd(text, i, max, byte_runs::NameBits, [](char c) {
    return IsAsciiAlnum(c) || c == '_' || c == '.' || c == '-';
  });
}

inline char AsciiLower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
inline char AsciiUpper(char c) {
  return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

// ASCII-lower-cases the eight bytes at p in place: a byte gets the 0x20 bit when it is below
// 0x80, at least 'A' and at most 'Z'.
inline void AsciiLowerEight(char* p) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  uint64_t x;
  std::memcpy(&x, p, 8);
  const uint64_t low7 = x & ~kHigh;  // each byte's low seven bits: no carry between bytes
  const uint64_t from_a = low7 + kOnes * (0x80 - 'A');
  const uint64_t past_z = low7 + kOnes * (0x80 - 'Z' - 1);
  const uint64_t upper = from_a & ~past_z & ~x & kHigh;
  x |= upper >> 2;  // 0x80 >> 2 is the case bit
  std::memcpy(p, &x, 8);
}
// ASCII-lower-cases the bytes [p, p + n) in place, eight at a time (a byte at a time was about
// 0.3 instructions per byte of the bench corpus, most of it the e-mail values). Lower-casing twice
// changes nothing, so the last eight bytes may overlap the ones before.
inline void AsciiLowerInPlace(char* p, size_t n) {
  if (n < 8) {
    for (size_t k = 0; k < n; ++k) p[k] = AsciiLower(p[k]);
    return;
  }
  for (size_t k = 0; k + 8 < n; k += 8) AsciiLowerEight(p + k);
  AsciiLowerEight(p + n - 8);
}
inline std::string AsciiLowerCopy(std::string_view s) {
  std::string out(s);
  AsciiLowerInPlace(out.data(), out.size());
  return out;
}

// The end of the run of ASCII digits that starts at i: eight bytes per test where eight can be
// read (a byte per test was most of the phone extractor's reading of digit groups).
inline size_t DigitRunEnd(std::string_view t, size_t i) {
  if constexpr (std::endian::native == std::endian::little) {
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    while (i + 8 <= t.size()) {
      uint64_t x;
      std::memcpy(&x, t.data() + i, 8);
      const uint64_t y = x ^ (kOnes * '0');  // a digit's byte is now its value, 0 to 9
      // The top bit of each byte whose value is 10 or more: not a digit.
      const uint64_t other = (((y & ~kHigh) + kOnes * (0x80 - 10)) | y) & kHigh;
      if (other != 0) return i + static_cast<size_t>(std::countr_zero(other)) / 8;
      i += 8;
    }
  }
  while (i < t.size() && IsDigit(t[i])) ++i;
  return i;
}

// A byte of a word for Vectorscan's \b (without HS_FLAG_UCP): an ASCII letter, digit or '_'.
inline bool IsBoundaryWordByte(char c) {
  return IsAsciiAlnum(c) || c == '_';
}

// Calls on_run(start, end) for every whole run of \b word bytes (IsBoundaryWordByte) at least
// `min_length` >= 16 bytes long, in order. Word bytes are of the class `high` (byte_classes.h),
// and prose has a space or mark in almost every sixteen bytes: only where sixteen `high` bytes
// come in a row (inside a 64-byte block, found with four shifts, or across two blocks, from the
// run that ends one and the run that starts the next) are the bytes read one by one.
template <typename OnRun>
void ForEachLongWordRun(const ByteClasses& classes, size_t min_length, OnRun&& on_run) {
  const std::string_view text = classes.text;
  const std::vector<uint64_t>& high = classes.high;
  const size_t n = text.size();
  size_t done = 0;  // every run before this has been read
  // Sixteen word bytes in a row from `at`: reads the run through them.
  const auto look_at = [&](size_t at) {
    if (at < done) return;
    size_t end = at;
    while (end < at + 16 && IsBoundaryWordByte(text[end])) ++end;
    if (end < at + 16) {  // a byte that is no word byte: no run of sixteen starts before it
      done = end + 1;
      return;
    }
    size_t start = at;
    while (start > 0 && IsBoundaryWordByte(text[start - 1])) --start;
    while (end < n && IsBoundaryWordByte(text[end])) ++end;
    if (end - start >= min_length) on_run(start, end);
    done = end;
  };
  size_t ending = 0;  // `high` bytes at the end of the previous block
  for (size_t b = 0; b + 1 < high.size(); ++b) {
    const uint64_t bits = high[b];
    const auto starting = static_cast<size_t>(std::countr_one(bits));
    // Sixteen across the boundary, not all in one block (those are found below).
    if (ending < 16 && starting < 16 && ending + starting >= 16) look_at(64 * b - ending);
    // Bit k: bits k to k + 15 of the block are all set.
    uint64_t sixteen = bits & bits >> 1;
    sixteen &= sixteen >> 2;
    sixteen &= sixteen >> 4;
    sixteen &= sixteen >> 8;
    for (; sixteen != 0; sixteen &= sixteen - 1) {
      look_at(64 * b + static_cast<size_t>(std::countr_zero(sixteen)));
    }
    ending = static_cast<size_t>(std::countl_one(bits));
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
  bool Has(std::string_view word) const { return Find(word) >= 0; }
  // The index in the list of the entry `word` is (in any case), or -1.
  int Find(std::string_view word) const {
    if (word.empty() || word.size() > kMaxLength) return -1;
    uint64_t candidates =
        by_length_[word.size()] & by_first_[static_cast<unsigned char>(AsciiLower(word[0]))];
    while (candidates != 0) {
      const auto k = static_cast<size_t>(std::countr_zero(candidates));
      candidates &= candidates - 1;
      if (EqualsLower(word, list_[k])) return static_cast<int>(k);
    }
    return -1;
  }

 private:
  static constexpr size_t kMaxLength = 31;  // "маймунка" is 16 bytes
  std::array<std::string_view, N> list_;
  std::array<uint64_t, kMaxLength + 1> by_length_{};
  std::array<uint64_t, 256> by_first_{};
};

// A word lower-cased in the scripts of the ads' languages: ASCII, Latin-1 and Latin Extended-A
// (ß stays, Ł → ł, Ș → ș), and Cyrillic (А → а, І → і, Є → є). Other characters are kept as they
// are. The keyword tables of the extractors hold words in this form; a word longer than the buffer
// is cut short (no keyword is that long). Thread-safe; no allocation.
class LowerWord {
 public:
  explicit LowerWord(std::string_view word) {
    for (size_t i = 0; i < word.size() && size_ + 2 <= sizeof(data_);) {
      const auto b = static_cast<unsigned char>(word[i]);
      if (b < 0x80) {
        data_[size_++] = AsciiLower(word[i]);
        ++i;
        continue;
      }
      if ((b & 0xE0) != 0xC0 || i + 1 >= word.size()) {  // not a two-byte character: as it is
        data_[size_++] = word[i++];
        continue;
      }
      uint32_t cp = (b & 0x1Fu) << 6 | (static_cast<unsigned char>(word[i + 1]) & 0x3Fu);
      cp = LowerCodePoint(cp);
      data_[size_++] = static_cast<char>(0xC0 | cp >> 6);
      data_[size_++] = static_cast<char>(0x80 | (cp & 0x3F));
      i += 2;
    }
  }
  std::string_view view() const { return {data_, size_}; }

 private:
  static uint32_t LowerCodePoint(uint32_t cp) {
    if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x410 && cp <= 0x42F)) return cp + 0x20;
    if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
    // Latin Extended-A: upper case even, lower case odd, except U+0139-0148 and U+0179-017E
    // (upper odd); U+0218-021B (Ș, Ț) as the even ones.
    const bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    if ((cp >= 0x100 && cp <= 0x17F && cp != 0x130 && cp != 0x131 && cp != 0x138 && cp != 0x149 &&
         cp != 0x178 && cp != 0x17F) ||
        (cp >= 0x218 && cp <= 0x21B)) {
      if (odd_upper ? (cp & 1) == 1 : (cp & 1) == 0) return cp + 1;
    }
    return cp;
  }
  char data_[64];
  size_t size_ = 0;
};

// A set of words in LowerWord form, asked whether a word (in any case) is one of them: the word is
// lowered, hashed and looked up with a probe or two. The keyword tables of the extractors ask about
// the word before or after every digit run, so a sorted list's dozen comparisons cost too much.
// Built once (a function-local static); immutable and thread-safe afterwards.
class LowerWordSet {
 public:
  template <size_t N>
  explicit LowerWordSet(const std::array<std::string_view, N>& words) {
    size_t slots = 16;
    while (slots < 4 * N) slots *= 2;
    slots_.assign(slots, std::string_view());
    for (const std::string_view w : words) {
      longest_ = std::max(longest_, w.size());
      size_t i = Hash(w) & (slots - 1);
      while (!slots_[i].empty() && slots_[i] != w) i = (i + 1) & (slots - 1);
      slots_[i] = w;
      // The lengths of the words by first byte, under every first byte a word in another case
      // may have: both cases of an ASCII letter, and the two lead bytes a Cyrillic (D0, D1) or
      // Latin Extended-A (C4, C5) letter's cases are split over.
      const auto first = static_cast<unsigned char>(w[0]);
      for (const unsigned char b : {first, static_cast<unsigned char>(AsciiUpper(w[0]))}) {
        lengths_by_first_[b] |= uint64_t{1} << std::min<size_t>(w.size(), 63);
      }
      if (first == 0xD0 || first == 0xD1 || first == 0xC4 || first == 0xC5) {
        lengths_by_first_[first ^ 1] |= uint64_t{1} << std::min<size_t>(w.size(), 63);
      }
      // The same by last byte, in both cases of an ASCII letter (a non-ASCII last byte passes
      // whatever the length: lowering may change it).
      const char last = w.back();
      for (const char b : {last, AsciiUpper(last)}) {
        lengths_by_last_[static_cast<unsigned char>(b)] |= uint64_t{1}
                                                           << std::min<size_t>(w.size(), 63);
      }
    }
    for (size_t b = 0x80; b < 256; ++b) lengths_by_last_[b] = ~uint64_t{0};
  }
  // Inlined: the length filters turn away most words asked about (bench/extract_bench: about
  // nine in ten), and a call with the lookup's frame cost more than they do.
  [[gnu::always_inline]] bool Has(std::string_view word) const {
    // Lowering keeps the length in bytes: a word of a length no entry with its first byte has is
    // none of them (most words asked about, at the cost of a lookup). Words of prose before a
    // number ("call", "phone") mostly share a first byte and a length with some entry: the last
    // byte sifts out most of them (of the words before a digit run, DecoyBefore lowered and
    // hashed nearly every one).
    if (word.empty() || word.size() > longest_) return false;
    const uint64_t lengths = lengths_by_first_[static_cast<unsigned char>(word[0])] &
                             lengths_by_last_[static_cast<unsigned char>(word.back())];
    if (((lengths >> word.size()) & 1) == 0) return false;
    return Lookup(word);
  }

 private:
  [[gnu::noinline]] bool Lookup(std::string_view word) const {
    // An ASCII word is hashed and compared lower-cased as it is read, without a LowerWord copy.
    uint64_t h = kHashSeed;
    unsigned char any = 0;
    for (const char c : word) {
      any |= static_cast<unsigned char>(c);
      h = HashStep(h, AsciiLower(c));
    }
    if (any < 0x80) {
      for (size_t i = Finish(h) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
        if (slots_[i].empty()) return false;
        if (EqualsLower(word, slots_[i])) return true;
      }
    }
    const LowerWord lower(word);
    const std::string_view key = lower.view();
    for (size_t i = Hash(key) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i].empty()) return false;
      if (slots_[i] == key) return true;
    }
  }

  // FNV-1a.
  static constexpr uint64_t kHashSeed = 0xcbf29ce484222325ULL;
  static uint64_t HashStep(uint64_t h, char c) {
    return (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  }
  static size_t Finish(uint64_t h) { return static_cast<size_t>(h ^ (h >> 29)); }
  static size_t Hash(std::string_view s) {
    uint64_t h = kHashSeed;
    for (const char c : s) h = HashStep(h, c);
    return Finish(h);
  }
  std::vector<std::string_view> slots_;
  size_t longest_ = 0;
  std::array<uint64_t, 256> lengths_by_first_{};
  std::array<uint64_t, 256> lengths_by_last_{};
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
  // Letters and non-ASCII bytes, one table lookup each (this runs before every digit run).
  static constexpr std::array<bool, 256> kWordBytes = [] {
    std::array<bool, 256> t{};
    for (size_t c = 0; c < 256; ++c) {
      t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    }
    return t;
  }();
  const size_t floor = e > 40 ? e - 40 : 0;
  size_t s = e;
  while (s > floor && kWordBytes[static_cast<unsigned char>(text[s - 1])]) --s;
  return text.substr(s, e - s);
}

}  // namespace ariadne::extract
