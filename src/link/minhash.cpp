#include "link/minhash.h"

#include <xxhash.h>

#include <cstring>
#include <limits>

namespace ariadne::link {

namespace {

// splitmix64: a fixed, well-mixed sequence for the permutation constants, so that signatures are
// identical across runs, machines and versions (they are stored in cases).
uint64_t SplitMix(uint64_t& state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

struct Permutations {
  std::array<uint64_t, kPermutations> multiply{};
  std::array<uint64_t, kPermutations> add{};
  Permutations() {
    uint64_t state = 0x41726961646E65ull;  // "Ariadne"
    for (int k = 0; k < kPermutations; ++k) {
      multiply[k] = SplitMix(state) | 1;  // odd: a bijection modulo 2^64
      add[k] = SplitMix(state);
    }
  }
};

const Permutations& ThePermutations() {
  static const Permutations p;
  return p;
}

// The final mix of the 64-bit minimum before keeping 16 bits: the low bits of a·x+b are weak.
uint16_t Fold(uint64_t x) {
  x ^= x >> 33;
  x *= 0xFF51AFD7ED558CCDull;
  x ^= x >> 33;
  return static_cast<uint16_t>(x >> 48);
}

}  // namespace

Signature MinHash(std::span<const uint64_t> shingles) {
  const Permutations& p = ThePermutations();
  std::array<uint64_t, kPermutations> minimum;
  minimum.fill(std::numeric_limits<uint64_t>::max());
  for (uint64_t h : shingles) {
    for (int k = 0; k < kPermutations; ++k) {
      const uint64_t v = p.multiply[k] * h + p.add[k];
      if (v < minimum[k]) minimum[k] = v;
    }
  }
  Signature out;
  for (int k = 0; k < kPermutations; ++k) out[k] = Fold(minimum[k]);
  return out;
}

double EstimatedJaccard(const Signature& a, const Signature& b) {
  int same = 0;
  for (int k = 0; k < kPermutations; ++k) same += a[k] == b[k] ? 1 : 0;
  return static_cast<double>(same) / kPermutations;
}

uint64_t BandKey(const Signature& signature, int band) {
  return XXH3_64bits_withSeed(&signature[band * kRowsPerBand], kRowsPerBand * sizeof(uint16_t),
                              static_cast<uint64_t>(band));
}

std::array<uint64_t, kBands> BandKeys(const Signature& signature) {
  std::array<uint64_t, kBands> keys;
  for (int band = 0; band < kBands; ++band) keys[band] = BandKey(signature, band);
  return keys;
}

std::string ToBytes(const Signature& signature) {
  std::string out(kPermutations * 2, '\0');
  for (int k = 0; k < kPermutations; ++k) {
    out[2 * k] = static_cast<char>(signature[k] & 0xFF);
    out[2 * k + 1] = static_cast<char>(signature[k] >> 8);
  }
  return out;
}

bool FromBytes(std::string_view bytes, Signature& signature) {
  if (bytes.size() != kPermutations * 2) return false;
  for (int k = 0; k < kPermutations; ++k) {
    signature[k] = static_cast<uint16_t>(static_cast<unsigned char>(bytes[2 * k]) |
                                         (static_cast<unsigned char>(bytes[2 * k + 1]) << 8));
  }
  return true;
}

}  // namespace ariadne::link
