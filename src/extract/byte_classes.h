// One pass that classifies the bytes of the folded text for the native pre-scan finders
// (PrescanPattern::native in extractor.h). Each finder used to scan the whole text on its own for
// the few bytes it starts from (a digit, a dot, an '@', …): six passes over every byte. Now one
// SIMD pass writes a bit per byte for each class, and each finder walks the bits of its classes.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace ariadne::extract {

// The classes of the bytes of `text`: for each class, bit k of element b is set when byte
// 64 * b + k is of that class. Bits past the end of the text are 0, and every mask has one zero
// element more than the text has blocks, so a finder may read the block after any byte's.
struct ByteClasses {
  std::string_view text;
  std::vector<uint64_t> digit;  // '0'-'9'
  std::vector<uint64_t> dot;    // '.'
  std::vector<uint64_t> at;     // '@'
  // ':', '@', '-', '~', '=', '>', and the lead bytes 0xC2 and 0xE2 of the non-ASCII marks
  // between a platform's name and a handle ('»', arrows, en and em dashes): the handle
  // extractor's context marks; and '_', which makes a word after a platform's name a handle
  // ("Instagram eleni_thess").
  std::vector<uint64_t> mark;
  // 0x30-0x7F: every \b word byte (letter, digit, '_') is one, and prose has a space or mark in
  // almost every sixteen bytes, so long runs of word bytes are looked for in long runs of these.
  std::vector<uint64_t> high;
  // The 'a' of an "at" (either case) that no byte of `high` stands right before or after (none
  // does at the text's edges): every "at" between two \s bytes, as the spaced at-word of the
  // e-mail extractor ("anna at gmail", "x / at / y"), and a few between marks or non-ASCII
  // characters ("(at)", "❤at❤"). As a caseless literal of the pre-scan database, that "at" woke
  // the scan at every "at" of prose (FindSpacedAt, FindSeparatedSpacedAt in email.cpp).
  std::vector<uint64_t> spaced_at;

  // Whether byte i is set in `mask`. Requires i < text.size() + 64.
  static bool Has(const std::vector<uint64_t>& mask, size_t i) {
    return (mask[i >> 6] >> (i & 63)) & 1;
  }
};

// Fills `out` (its vectors are reused) with the classes of `text`, which must outlive it. Linear;
// SSE2 where the target has it.
void ClassifyBytes(std::string_view text, ByteClasses& out);
// The same without AVX2 (SSE2, or byte by byte without it): what ClassifyBytes() runs on CPUs
// without AVX2, for tests on CPUs with it.
void ClassifyBytesWithoutAvx2(std::string_view text, ByteClasses& out);
// The same without AVX-512 (AVX2 where the CPU has it): what ClassifyBytes() runs on CPUs
// without AVX-512BW, for tests on CPUs with it.
void ClassifyBytesWithoutAvx512(std::string_view text, ByteClasses& out);

// Calls on_bit(i) for every set bit i of `mask`, ascending.
template <typename OnBit>
void ForEachBit(const std::vector<uint64_t>& mask, OnBit&& on_bit) {
  for (size_t b = 0; b < mask.size(); ++b) {
    for (uint64_t bits = mask[b]; bits != 0; bits &= bits - 1) {
      on_bit(b * 64 + static_cast<size_t>(std::countr_zero(bits)));
    }
  }
}

// Calls on_start(i) for the first position i of every run of set bits of `mask`, ascending.
template <typename OnStart>
void ForEachRunStart(const std::vector<uint64_t>& mask, OnStart&& on_start) {
  uint64_t carry = 0;  // the last bit of the previous block
  for (size_t b = 0; b < mask.size(); ++b) {
    const uint64_t bits = mask[b];
    for (uint64_t starts = bits & ~(bits << 1 | carry); starts != 0; starts &= starts - 1) {
      on_start(b * 64 + static_cast<size_t>(std::countr_zero(starts)));
    }
    carry = bits >> 63;
  }
}

// The first position from i (i itself included) whose bit in `mask` is clear: the end of a run of
// set bits through i. Never past the text's end (bits past it are clear).
inline size_t EndOfRun(const std::vector<uint64_t>& mask, size_t i) {
  size_t b = i >> 6;
  uint64_t rest = ~mask[b] >> (i & 63);  // the clear bits from i
  if (rest != 0) return i + static_cast<size_t>(std::countr_zero(rest));
  for (++b; mask[b] == ~uint64_t{0}; ++b) {
  }
  return b * 64 + static_cast<size_t>(std::countr_zero(~mask[b]));
}

}  // namespace ariadne::extract
