#include "link/minhash.h"

#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <limits>

#include "core/cpu_dispatch.h"

#if ARIADNE_HAS_X86_64_V3
#include <immintrin.h>
#endif

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

// The minimum of a·h + b (mod 2^64) over the shingles h, for each permutation's a and b.
using Minima = std::array<uint64_t, kPermutations>;

void MinimaBaseline(std::span<const uint64_t> shingles, const Permutations& p, Minima& minimum) {
  minimum.fill(std::numeric_limits<uint64_t>::max());
  for (uint64_t h : shingles) {
    for (int k = 0; k < kPermutations; ++k) {
      const uint64_t v = p.multiply[k] * h + p.add[k];
      if (v < minimum[k]) minimum[k] = v;
    }
  }
}

#if ARIADNE_HAS_X86_64_V3
// The same minima four permutations at a time (each four walk every shingle, their minima held in
// a register). AVX2 has neither a 64-bit multiply nor an unsigned 64-bit compare: a·h is put
// together from three 32-bit products (a's and h's high halves multiply past bit 63), and the
// minima are kept with their top bit flipped, so that the signed compare orders them as unsigned.
ARIADNE_X86_64_V3 void MinimaV3(std::span<const uint64_t> shingles, const Permutations& p,
                                Minima& minimum) {
  const __m256i top = _mm256_set1_epi64x(std::numeric_limits<int64_t>::min());
  for (int k = 0; k < kPermutations; k += 4) {
    const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(&p.multiply[k]));
    const __m256i a_high = _mm256_srli_epi64(a, 32);
    const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(&p.add[k]));
    __m256i low = _mm256_set1_epi64x(std::numeric_limits<int64_t>::max());  // flipped UINT64_MAX
    for (uint64_t h : shingles) {
      const __m256i hv = _mm256_set1_epi64x(static_cast<int64_t>(h));
      const __m256i h_high = _mm256_set1_epi64x(static_cast<int64_t>(h >> 32));
      const __m256i cross =
          _mm256_add_epi64(_mm256_mul_epu32(a_high, hv), _mm256_mul_epu32(a, h_high));
      const __m256i product =
          _mm256_add_epi64(_mm256_mul_epu32(a, hv), _mm256_slli_epi64(cross, 32));
      const __m256i v = _mm256_xor_si256(_mm256_add_epi64(product, b), top);
      low = _mm256_blendv_epi8(low, v, _mm256_cmpgt_epi64(low, v));
    }
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(&minimum[k]), _mm256_xor_si256(low, top));
  }
}

// Eight permutations at a time, with AVX-512's 64-bit multiply and unsigned minimum.
ARIADNE_X86_64_V4 void MinimaV4(std::span<const uint64_t> shingles, const Permutations& p,
                                Minima& minimum) {
  for (int k = 0; k < kPermutations; k += 8) {
    const __m512i a = _mm512_loadu_si512(&p.multiply[k]);
    const __m512i b = _mm512_loadu_si512(&p.add[k]);
    __m512i low = _mm512_set1_epi64(-1);
    for (uint64_t h : shingles) {
      const __m512i v =
          _mm512_add_epi64(_mm512_mullo_epi64(a, _mm512_set1_epi64(static_cast<int64_t>(h))), b);
      // The masked form with every lane on: _mm512_min_epu64 passes an undefined vector GCC 12
      // warns about.
      low = _mm512_mask_min_epu64(low, 0xFF, low, v);
    }
    _mm512_storeu_si512(&minimum[k], low);
  }
}
#endif

// The code path MinHash takes on this CPU (see MinHashOnPath).
int FastestPath() {
#if ARIADNE_HAS_X86_64_V3
  if (CpuHasX86_64V4()) return 2;
  if (CpuHasX86_64V3()) return 1;
#endif
  return 0;
}

}  // namespace

Signature MinHashOnPath(std::span<const uint64_t> shingles, int path) {
  const Permutations& p = ThePermutations();
  Minima minimum;
  static const int fastest = FastestPath();
  path = std::min(path, fastest);
#if ARIADNE_HAS_X86_64_V3
  if (path == 2) {
    MinimaV4(shingles, p, minimum);
  } else if (path == 1) {
    MinimaV3(shingles, p, minimum);
  } else {
    MinimaBaseline(shingles, p, minimum);
  }
#else
  (void)path;  // one path only
  MinimaBaseline(shingles, p, minimum);
#endif
  Signature out;
  for (int k = 0; k < kPermutations; ++k) out[k] = Fold(minimum[k]);
  return out;
}

Signature MinHash(std::span<const uint64_t> shingles) {
  return MinHashOnPath(shingles, 2);
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
