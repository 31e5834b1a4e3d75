// The byte classes of the native finders (see byte_classes.h).
#include "extract/byte_classes.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <cstdlib>
#include <cstring>

namespace ariadne::extract {
namespace {

// Each ClassifyBlocks variant writes the masks of blocks [0, blocks) of the 64 * blocks bytes at
// p. Written straight into the masks, byte classes from compares: digits are the `high` bytes
// below ':' (bytes from 0x80 on are negative, so neither high nor digits).
struct Masks {
  uint64_t *digit, *dot, *at, *mark, *high, *spaced_at;
};
using ClassifyBlocksFn = void (*)(const unsigned char* p, size_t blocks, const Masks& out);

// The spaced_at bits of one block from its bits of 'a' and 't' (either case) and its high bits.
// A bit that depends on another block's byte is set when this block's bytes allow it: bit 0 (the
// byte before), 62 (the byte after the 't') and 63 (the 't' and the byte after it). Classify then
// decides those from the other blocks' bits.
inline uint64_t SpacedAtBits(uint64_t a, uint64_t t, uint64_t high) {
  return a & ((t >> 1) | uint64_t{1} << 63) & ~(high << 1) & ~(high >> 2);
}
constexpr uint64_t kSpacedAtEdges = uint64_t{1} | uint64_t{3} << 62;

[[maybe_unused]] void ClassifyBlocksScalar(const unsigned char* p, size_t blocks,
                                           const Masks& out) {
  for (size_t b = 0; b < blocks; ++b) {
    uint64_t digit = 0, dot = 0, at = 0, mark = 0, high = 0, a = 0, t = 0;
    for (int k = 0; k < 64; ++k) {
      const unsigned char c = p[64 * b + k];
      const uint64_t bit = uint64_t{1} << k;
      if (c >= '0' && c <= '9') digit |= bit;
      if (c == '.') dot |= bit;
      if (c == '@') at |= bit;
      if (c == ':' || c == '@' || c == '-' || c == '~' || c == '=' || c == '>' || c == '_' ||
          (c | 0x20) == 0xE2) {
        mark |= bit;
      }
      if (c >= 0x30 && c < 0x80) high |= bit;
      if ((c | 0x20) == 'a') a |= bit;
      if ((c | 0x20) == 't') t |= bit;
    }
    out.digit[b] = digit;
    out.dot[b] = dot;
    out.at[b] = at;
    out.mark[b] = mark;
    out.high[b] = high;
    out.spaced_at[b] = SpacedAtBits(a, t, high);
  }
}

#if defined(__SSE2__)
void ClassifyBlocksSse2(const unsigned char* p, size_t blocks, const Masks& out) {
  const __m128i below_high = _mm_set1_epi8(0x2F);
  const __m128i above_digit = _mm_set1_epi8(':');
  const __m128i dot = _mm_set1_epi8('.');
  const __m128i at = _mm_set1_epi8('@');
  const __m128i colon = _mm_set1_epi8(':');
  const __m128i hyphen = _mm_set1_epi8('-');
  const __m128i tilde = _mm_set1_epi8('~');
  const __m128i equals = _mm_set1_epi8('=');
  const __m128i greater = _mm_set1_epi8('>');
  const __m128i underscore = _mm_set1_epi8('_');
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i lead = _mm_set1_epi8(static_cast<char>(0xE2));  // 0xC2 or 0xE2 with 0x20 set
  const __m128i letter_a = _mm_set1_epi8('a');
  const __m128i letter_t = _mm_set1_epi8('t');
  for (size_t b = 0; b < blocks; ++b) {
    uint64_t digit = 0, dots = 0, ats = 0, mark = 0, high = 0, a = 0, t = 0;
    for (int k = 0; k < 4; ++k) {
      const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 64 * b + 16 * k));
      const __m128i is_high = _mm_cmpgt_epi8(c, below_high);
      const __m128i is_at = _mm_cmpeq_epi8(c, at);
      const auto bits = [k](__m128i x) {
        return static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(x))) << (16 * k);
      };
      high |= bits(is_high);
      digit |= bits(_mm_and_si128(is_high, _mm_cmplt_epi8(c, above_digit)));
      dots |= bits(_mm_cmpeq_epi8(c, dot));
      ats |= bits(is_at);
      const __m128i ascii_marks =
          _mm_or_si128(_mm_or_si128(is_at, _mm_cmpeq_epi8(c, colon)),
                       _mm_or_si128(_mm_cmpeq_epi8(c, hyphen), _mm_cmpeq_epi8(c, tilde)));
      const __m128i other_marks =
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(c, equals), _mm_cmpeq_epi8(c, greater)),
                       _mm_or_si128(_mm_cmpeq_epi8(_mm_or_si128(c, case_bit), lead),
                                    _mm_cmpeq_epi8(c, underscore)));
      mark |= bits(_mm_or_si128(ascii_marks, other_marks));
      const __m128i lower = _mm_or_si128(c, case_bit);
      a |= bits(_mm_cmpeq_epi8(lower, letter_a));
      t |= bits(_mm_cmpeq_epi8(lower, letter_t));
    }
    out.digit[b] = digit;
    out.dot[b] = dots;
    out.at[b] = ats;
    out.mark[b] = mark;
    out.high[b] = high;
    out.spaced_at[b] = SpacedAtBits(a, t, high);
  }
}
#endif

#if defined(__x86_64__) && defined(__GNUC__)
// Thirty-two bytes per compare: half the instructions of the SSE2 variant. Chosen at run time.
__attribute__((target("avx2"))) void ClassifyBlocksAvx2(const unsigned char* p, size_t blocks,
                                                        const Masks& out) {
  const __m256i below_high = _mm256_set1_epi8(0x2F);
  const __m256i above_digit = _mm256_set1_epi8(':');
  const __m256i dot = _mm256_set1_epi8('.');
  const __m256i at = _mm256_set1_epi8('@');
  // The marks by nibble (one shuffle each, where a compare per mark byte spilled registers): a
  // byte is a mark when the bits its low and its high nibble look up meet. Bit 0: '-' (0x2D);
  // bit 1: ':', '=', '>' (0x3A, 0x3D, 0x3E); bit 2: '@' (0x40); bit 3: '~' (0x7E); bit 4: 0xC2,
  // 0xE2; bit 5: '_' (0x5F). Bits 6 and 7 are no marks: 'a' and 'A' (0x61, 0x41), 't' and 'T'
  // (0x74, 0x54), for spaced_at.
  const __m256i mark_by_low =
      _mm256_setr_epi8(4, 64, 16, 0, -128, 0, 0, 0, 0, 0, 2, 0, 0, 3, 10, 32,  //
                       4, 64, 16, 0, -128, 0, 0, 0, 0, 0, 2, 0, 0, 3, 10, 32);
  const __m256i mark_by_high =
      _mm256_setr_epi8(0, 0, 1, 2, 68, -96, 64, -120, 0, 0, 0, 0, 16, 0, 16, 0,  //
                       0, 0, 1, 2, 68, -96, 64, -120, 0, 0, 0, 0, 16, 0, 16, 0);
  const __m256i low_nibble = _mm256_set1_epi8(0x0F);
  const __m256i mark_bits = _mm256_set1_epi8(0x3F);
  const __m256i zero = _mm256_setzero_si256();
  // The two halves of a block written out (a loop over them shifted by a variable amount).
  uint32_t half_high[2], half_digit[2], half_dot[2], half_at[2], half_mark[2], half_a[2], half_t[2];
  for (size_t b = 0; b < blocks; ++b) {
    for (int k = 0; k < 2; ++k) {
      const __m256i c = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 64 * b + 32 * k));
      const __m256i is_high = _mm256_cmpgt_epi8(c, below_high);
      const __m256i is_at = _mm256_cmpeq_epi8(c, at);
      half_high[k] = static_cast<uint32_t>(_mm256_movemask_epi8(is_high));
      half_digit[k] = static_cast<uint32_t>(
          _mm256_movemask_epi8(_mm256_and_si256(is_high, _mm256_cmpgt_epi8(above_digit, c))));
      half_dot[k] = static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(c, dot)));
      half_at[k] = static_cast<uint32_t>(_mm256_movemask_epi8(is_at));
      const __m256i low = _mm256_and_si256(c, low_nibble);
      const __m256i high = _mm256_and_si256(_mm256_srli_epi16(c, 4), low_nibble);
      const __m256i meet = _mm256_and_si256(_mm256_shuffle_epi8(mark_by_low, low),
                                            _mm256_shuffle_epi8(mark_by_high, high));
      half_mark[k] = static_cast<uint32_t>(
          _mm256_movemask_epi8(_mm256_cmpgt_epi8(_mm256_and_si256(meet, mark_bits), zero)));
      half_t[k] = static_cast<uint32_t>(_mm256_movemask_epi8(meet));  // bit 7
      half_a[k] = static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_slli_epi16(meet, 1)));
    }
    const auto join = [](const uint32_t* half) {
      return uint64_t{half[0]} | uint64_t{half[1]} << 32;
    };
    out.digit[b] = join(half_digit);
    out.dot[b] = join(half_dot);
    out.at[b] = join(half_at);
    out.mark[b] = join(half_mark);
    out.high[b] = join(half_high);
    out.spaced_at[b] = SpacedAtBits(join(half_a), join(half_t), out.high[b]);
  }
}

// One 64-byte compare per class, straight into a mask register: no movemask, no joining of
// halves (about 2.4 times the AVX2 variant's speed on a 1 MB text). Chosen at run time on CPUs
// with AVX-512BW. Valgrind hides AVX-512, so callgrind profiles the AVX2 variant instead.
__attribute__((target("avx512bw"))) void ClassifyBlocksAvx512(const unsigned char* p, size_t blocks,
                                                              const Masks& out) {
  const __m512i below_high = _mm512_set1_epi8(0x2F);
  const __m512i above_digit = _mm512_set1_epi8(':');
  const __m512i dot = _mm512_set1_epi8('.');
  const __m512i at = _mm512_set1_epi8('@');
  // The marks by nibble, and 'a' and 't' in bits 6 and 7, as in the AVX2 variant (the shuffle
  // looks up within each 16 bytes).
  const __m512i mark_by_low = _mm512_set4_epi32(0x200A0300, 0x00020000, 0x00000080, 0x00104004);
  const __m512i mark_by_high =
      _mm512_set4_epi32(0x00100010, 0, static_cast<int>(0x8840A044u), 0x02010000);
  const __m512i low_nibble = _mm512_set1_epi8(0x0F);
  const __m512i mark_bits = _mm512_set1_epi8(0x3F);
  const __m512i letter_a = _mm512_set1_epi8(0x40);
  for (size_t b = 0; b < blocks; ++b) {
    const __m512i c = _mm512_loadu_si512(p + 64 * b);
    const __mmask64 high = _mm512_cmpgt_epi8_mask(c, below_high);
    out.high[b] = high;
    out.digit[b] = _mm512_mask_cmplt_epi8_mask(high, c, above_digit);
    out.dot[b] = _mm512_cmpeq_epi8_mask(c, dot);
    out.at[b] = _mm512_cmpeq_epi8_mask(c, at);
    const __m512i low = _mm512_and_si512(c, low_nibble);
    const __m512i high_nibble = _mm512_and_si512(_mm512_srli_epi16(c, 4), low_nibble);
    const __m512i meet = _mm512_and_si512(_mm512_shuffle_epi8(mark_by_low, low),
                                          _mm512_shuffle_epi8(mark_by_high, high_nibble));
    out.mark[b] = _mm512_test_epi8_mask(meet, mark_bits);
    out.spaced_at[b] =
        SpacedAtBits(_mm512_test_epi8_mask(meet, letter_a), _mm512_movepi8_mask(meet), high);
  }
}
#endif

ClassifyBlocksFn WithoutAvx2() {
#if defined(__SSE2__)
  return ClassifyBlocksSse2;
#else
  return ClassifyBlocksScalar;
#endif
}

ClassifyBlocksFn WithoutAvx512() {
#if defined(__x86_64__) && defined(__GNUC__)
  if (__builtin_cpu_supports("avx2")) return ClassifyBlocksAvx2;
#endif
  return WithoutAvx2();
}

ClassifyBlocksFn ChooseClassifyBlocks() {
#if defined(__x86_64__) && defined(__GNUC__)
  // ARIADNE_CPU_BASELINE and ARIADNE_CPU_NO_AVX512 (see core/cpu_dispatch.h) say no to it.
  if (std::getenv("ARIADNE_CPU_BASELINE") == nullptr &&
      std::getenv("ARIADNE_CPU_NO_AVX512") == nullptr && __builtin_cpu_supports("avx512bw")) {
    return ClassifyBlocksAvx512;
  }
#endif
  return WithoutAvx512();
}

void Classify(std::string_view text, ClassifyBlocksFn classify_blocks, ByteClasses& out) {
  out.text = text;
  const size_t n = text.size();
  const size_t blocks = (n + 63) / 64;
  for (std::vector<uint64_t>* mask :
       {&out.digit, &out.dot, &out.at, &out.mark, &out.high, &out.spaced_at}) {
    mask->resize(blocks + 1);
    mask->back() = 0;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  classify_blocks(p, n / 64,
                  Masks{out.digit.data(), out.dot.data(), out.at.data(), out.mark.data(),
                        out.high.data(), out.spaced_at.data()});
  if (n % 64 != 0) {
    // The last bytes, padded with NUL bytes, which are of no class.
    alignas(32) unsigned char tail[64] = {};
    std::memcpy(tail, p + 64 * (blocks - 1), n % 64);
    const size_t b = blocks - 1;
    classify_blocks(tail, 1,
                    Masks{&out.digit[b], &out.dot[b], &out.at[b], &out.mark[b], &out.high[b],
                          &out.spaced_at[b]});
  }
  // The spaced_at bits that depend on a byte of the block before or after (few: an 'a' there
  // without a high byte beside it), from the high bits of those blocks and the byte after bit 63.
  // The masks have an element past the last block, all 0.
  for (size_t b = 0; b < blocks; ++b) {
    uint64_t& spaced_at = out.spaced_at[b];
    if ((spaced_at & kSpacedAtEdges) == 0) [[likely]] {
      continue;
    }
    const uint64_t next_high = out.high[b + 1];
    if (b > 0 && (out.high[b - 1] >> 63) != 0) spaced_at &= ~uint64_t{1};
    if ((next_high & 1) != 0) spaced_at &= ~(uint64_t{1} << 62);
    if ((next_high & 2) != 0 || 64 * b + 64 >= n || (p[64 * b + 64] | 0x20) != 't') {
      spaced_at &= ~(uint64_t{1} << 63);
    }
  }
}

}  // namespace

void ClassifyBytes(std::string_view text, ByteClasses& out) {
  static const ClassifyBlocksFn classify_blocks = ChooseClassifyBlocks();
  Classify(text, classify_blocks, out);
}

void ClassifyBytesWithoutAvx2(std::string_view text, ByteClasses& out) {
  Classify(text, WithoutAvx2(), out);
}

void ClassifyBytesWithoutAvx512(std::string_view text, ByteClasses& out) {
  Classify(text, WithoutAvx512(), out);
}

}  // namespace ariadne::extract
