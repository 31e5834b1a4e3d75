// The demo corpus's own pseudo-random numbers. <random>'s engines are portable but its
// distributions are not (uniform_int_distribution may differ between standard libraries), and the
// corpus must be byte-identical for a given seed on every machine, so every draw goes through this
// file.
#pragma once

#include <cstdint>
#include <iterator>
#include <span>
#include <string_view>

namespace ariadne::demo {

// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014):
// advances `state` and returns a well-mixed 64-bit value. Used to seed xoshiro and to derive
// independent sub-seeds from (seed, label) pairs.
inline uint64_t SplitMix64(uint64_t& state) {
  uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// A sub-seed for `label` under `seed`: distinct labels give unrelated streams.
inline uint64_t DeriveSeed(uint64_t seed, uint64_t label) {
  uint64_t state = seed ^ (label * 0xd1b54a32d192ed03ULL);
  return SplitMix64(state);
}

// FNV-1a, to turn a name (a photo file name, an advertiser id) into a label for DeriveSeed.
inline uint64_t HashLabel(std::string_view text) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}

// xoshiro256** (Blackman & Vigna, "Scrambled linear pseudorandom number generators", 2021), seeded
// through SplitMix64 as its authors recommend. Not for cryptography. Cheap to copy.
class Rng {
 public:
  explicit Rng(uint64_t seed) {
    for (uint64_t& word : s_) word = SplitMix64(seed);
  }

  uint64_t Next() {
    const uint64_t result = Rotl(s_[1] * 5, 7) * 9;
    const uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = Rotl(s_[3], 45);
    return result;
  }

  // Uniform in [0, n) for n > 0, by Lemire's multiply-shift; the bias (< n / 2^32) is irrelevant
  // here.
  uint32_t Below(uint32_t n) { return static_cast<uint32_t>(((Next() >> 32) * n) >> 32); }

  // Uniform in [lo, hi], both inclusive.
  int Between(int lo, int hi) {
    return lo + static_cast<int>(Below(static_cast<uint32_t>(hi - lo + 1)));
  }

  // True with probability `p`.
  bool Chance(double p) { return static_cast<double>(Next() >> 11) * 0x1.0p-53 < p; }

  // A uniformly chosen element of a non-empty array or span.
  template <typename Container>
  const auto& Pick(const Container& items) {
    return items[Below(static_cast<uint32_t>(std::size(items)))];
  }

  // An index drawn with probability proportional to `weights[i]` (non-negative, not all zero).
  size_t Weighted(std::span<const int> weights) {
    int total = 0;
    for (int w : weights) total += w;
    int draw = static_cast<int>(Below(static_cast<uint32_t>(total)));
    for (size_t i = 0; i < weights.size(); ++i) {
      if (draw < weights[i]) return i;
      draw -= weights[i];
    }
    return weights.size() - 1;
  }

 private:
  static uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t s_[4];
};

}  // namespace ariadne::demo
