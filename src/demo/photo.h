// Procedurally drawn stand-ins for ad photos: small RGB images seeded per photo, so that distinct
// photos look different to a perceptual hash and a reused photo is the same file byte for byte.
// Nothing here depicts a person; the images only need structure (gradients and shapes) for
// PDQ-style hashing.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include "core/status.h"

namespace ariadne::demo {

struct RgbImage {
  int width = 0;
  int height = 0;
  std::vector<uint8_t> pixels;  // row-major RGB, 3 bytes per pixel
};

inline constexpr int kPhotoSize = 96;

// A kPhotoSize x kPhotoSize picture: a two-colour gradient, a few shapes and faint grain, all from
// `seed`.
RgbImage DrawPhoto(uint64_t seed);

// The kind of small edit a reposted photo gets; a perceptual hash should still match the original.
enum class PhotoEdit { kBrighter, kShiftedAndRepadded };

// `image` with every channel raised by a few levels, or moved 2 px left and 1 px down with the edge
// pixels repeated into the gap (as a crop followed by re-padding would do).
RgbImage EditedCopy(const RgbImage& image, PhotoEdit edit);

// Encodes `image` as an 8-bit RGB PNG (no text chunks, no timestamp, so equal images give equal
// files) and writes it to `path`. Fails with an IoError naming the path.
Status WritePng(const std::filesystem::path& path, const RgbImage& image);

}  // namespace ariadne::demo
