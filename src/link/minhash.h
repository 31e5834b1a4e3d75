// MinHash signatures and LSH banding for near-duplicate text (Broder 1997; parameters from
// linking.md §1.2: 128 permutations, 25 bands of 5 rows, which makes a pair of texts with Jaccard
// similarity 0.5 a candidate with probability 0.55 and one with 0.6 with probability 0.87).
// Each signature value keeps 16 bits of its minimum (b-bit minwise hashing, Li & König 2010): a
// signature is 256 bytes, and unrelated values agree with probability 2^-16, which is negligible
// next to the similarities that matter here. Pure functions: thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace ariadne::link {

inline constexpr int kPermutations = 128;
inline constexpr int kBands = 25;
inline constexpr int kRowsPerBand = 5;
static_assert(kBands * kRowsPerBand <= kPermutations);

using Signature = std::array<uint16_t, kPermutations>;

// The signature of a set of shingle hashes (as TextShingles returns). An empty set gives a
// signature that matches nothing useful: callers skip texts without shingles.
// The CPU's fastest code path (AVX-512 or AVX2 where it has them; the same signature on each).
Signature MinHash(std::span<const uint64_t> shingles);
// For tests: MinHash computed on one code path, 0 (baseline x86-64), 1 (x86-64-v3: AVX2) or 2
// (x86-64-v4: AVX-512); a path the CPU lacks (or ARIADNE_CPU_BASELINE / ARIADNE_CPU_NO_AVX512
// turn off, core/cpu_dispatch.h) falls back to the fastest one below it.
Signature MinHashOnPath(std::span<const uint64_t> shingles, int path);

// The share of positions where two signatures agree: an unbiased estimate of the Jaccard
// similarity of the two shingle sets (standard error about 0.044 at 0.5).
double EstimatedJaccard(const Signature& a, const Signature& b);

// One key per band: texts that agree on all rows of one band share that band's key. The band
// number seeds the hash; indexes still keep buckets per band (see LshIndex).
std::array<uint64_t, kBands> BandKeys(const Signature& signature);
// The key of one band (0 <= band < kBands): BandKeys(signature)[band].
uint64_t BandKey(const Signature& signature, int band);

// Storage form: 256 bytes, little-endian. FromBytes fails (returns false) on the wrong length.
std::string ToBytes(const Signature& signature);
bool FromBytes(std::string_view bytes, Signature& signature);

}  // namespace ariadne::link
