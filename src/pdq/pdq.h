// PDQ perceptual image hashes (Meta ThreatExchange's published algorithm, reimplemented from its
// description in shared/knowledge/linking.md section 2.1): the same photo, re-compressed, resized
// or lightly edited, gets a 256-bit hash a few bits away from the original's; unrelated photos are
// about 128 bits apart.
//
//   1. Luma Y = 0.299 R + 0.587 G + 0.114 B.
//   2. Two passes of a Jarosz box filter along rows and columns (a tent filter), window about
//      1/128 of the side, then decimation to 64 x 64 by sampling at the centres of a 64 x 64 grid.
//   3. Quality: the sum of |vertical and horizontal neighbour differences| of the 64 x 64 luma,
//      each scaled by 100/255 and truncated, divided by 90, capped at 100.
//   4. DCT-II of the 64 x 64 block, keeping the 16 x 16 coefficients of frequencies 1..16 (the
//      DC row and column are dropped).
//   5. Bit i*16+j is set when coefficient (i, j) is above the median of the 256 coefficients.
// Deliberate differences from Meta's C++ (so hashes are close to, not equal to, theirs): the box
// windows are always odd and centred, and decimation interpolates linearly between pixels, which
// makes the whole pipeline exactly equivariant under rotation and mirroring.
//
// The 8 dihedral variants (rotations by 90 degrees and mirrorings) come from the 16 x 16 DCT by
// transposition and sign flips of odd-frequency rows or columns, without re-hashing the picture.
//
// Thresholds (Meta's pdq README): a match is a distance <= kMatchDistance, and hashes with
// quality < kMinUsefulQuality (that is, <= 49) say too little about the picture to match on.
//
// Everything here is a pure function of its arguments and thread-safe.
#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"
#include "pdq/image_decode.h"

namespace ariadne::pdq {

inline constexpr int kHashBits = 256;
inline constexpr int kMatchDistance = 31;
inline constexpr int kMinUsefulQuality = 50;
// Pictures with a side under this many pixels are unhashable: quality 0, all-zero hash.
inline constexpr int kMinHashableSide = 5;

// 256 bits. Bit k is (words[k / 64] >> (k % 64)) & 1; bit i*16+j belongs to DCT coefficient
// (vertical frequency i+1, horizontal frequency j+1).
struct PdqHash {
  std::array<uint64_t, 4> words{};

  bool Bit(int k) const { return ((words[k / 64] >> (k % 64)) & 1u) != 0; }
  void SetBit(int k) { words[k / 64] |= uint64_t{1} << (k % 64); }
  friend bool operator==(const PdqHash&, const PdqHash&) = default;
};

namespace internal {
// Without -mpopcnt, std::popcount is a call into libgcc; this inlines to a dozen instructions.
inline int PopCount64(uint64_t x) {
#if defined(__POPCNT__)
  return std::popcount(x);
#else
  x -= (x >> 1) & 0x5555555555555555ULL;
  x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
  return static_cast<int>((x * 0x0101010101010101ULL) >> 56);
#endif
}
}  // namespace internal

// Number of differing bits, 0..256.
inline int HammingDistance(const PdqHash& a, const PdqHash& b) {
  return internal::PopCount64(a.words[0] ^ b.words[0]) +
         internal::PopCount64(a.words[1] ^ b.words[1]) +
         internal::PopCount64(a.words[2] ^ b.words[2]) +
         internal::PopCount64(a.words[3] ^ b.words[3]);
}

// 64 lower-case hex digits, most significant first (bit 255 first, bit 0 last), the layout of
// Meta's tools.
std::string ToHex(const PdqHash& hash);

// Parses exactly 64 hex digits (either case; no prefix, no spaces). kInvalidInput otherwise,
// naming the length or the first bad character and its position.
Result<PdqHash> PdqHashFromHex(std::string_view hex);

// The transforms of a picture whose hashes PDQ derives from one DCT. Rotations are clockwise.
enum class Dihedral : uint8_t {
  kOriginal = 0,
  kRotate90,
  kRotate180,
  kRotate270,
  kFlipHorizontal,  // mirrored left-right
  kFlipVertical,    // mirrored top-bottom
  kTranspose,       // mirrored about the main diagonal
  kAntiTranspose,   // mirrored about the other diagonal
};
inline constexpr int kDihedralCount = 8;

// "original", "rotate90", ..., "anti_transpose".
std::string_view DihedralName(Dihedral transform);

struct PdqResult {
  PdqHash hash;
  int quality = 0;  // 0..100
};

struct PdqDihedralResult {
  // hashes[d] is (up to float rounding) the hash of the picture transformed by Dihedral d.
  std::array<PdqHash, kDihedralCount> hashes{};
  int quality = 0;  // 0..100, the same for every variant

  const PdqHash& operator[](Dihedral d) const { return hashes[static_cast<size_t>(d)]; }
};

// Hashes a row-major RGB picture (3 bytes a pixel, width * height * 3 bytes at `rgb`). Any size
// works; cost is linear in the pixel count, so decode large pictures reduced (DecodeImage does).
PdqResult HashRgb(const uint8_t* rgb, int width, int height);
PdqDihedralResult HashRgbDihedral(const uint8_t* rgb, int width, int height);

// Decodes (DecodeImage with default options) and hashes. Errors are DecodeImage's.
Result<PdqResult> HashImageBytes(std::string_view bytes);
Result<PdqDihedralResult> HashImageBytesDihedral(std::string_view bytes);

}  // namespace ariadne::pdq
