// Decoding untrusted image bytes (JPEG, PNG, WebP) into a small RGB picture for perceptual
// hashing. The format is sniffed from the magic bytes, never from a file name or MIME type.
//
// Decoders: libjpeg-turbo, libpng and libwebp as shipped by Debian. PDQ hashes differ slightly
// across decoders (linking.md section 2.1), so these are the pinned ones.
//
// Hostile input (STYLE.md rule 6): every failure is a Status, never a crash, a hang or an
// uncaught longjmp. Refused with kInvalidInput:
//   - unknown formats, animated WebP;
//   - declared dimensions above kMaxImageSide on a side or kMaxDeclaredPixels in area
//     (decompression bombs: a 100-byte file may declare 60000 x 60000 pixels), and PNGs too
//     small to hold the pixels they declare at deflate's best ratio (1032:1);
//   - corrupt or truncated data (a truncated JPEG is an error, not a picture padded with grey);
//   - progressive JPEGs with more than kMaxJpegScans scans (a known CPU-exhaustion trick);
//   - pictures that can only be decoded whole (progressive JPEG, interlaced PNG, lossless WebP)
//     above kMaxWholeDecodePixels.
// Memory stays bounded: large pictures are reduced while they are decoded (JPEG by DCT scaling,
// PNG row by row, lossy WebP by libwebp's rescaler), so a 100-megapixel baseline JPEG or
// non-interlaced PNG never sits in memory at full size.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace ariadne::pdq {

enum class ImageFormat { kUnknown, kJpeg, kPng, kWebp };

// "jpeg", "png", "webp" or "unknown".
std::string_view ImageFormatName(ImageFormat format);

// The format announced by the first bytes of `bytes` (JPEG: FF D8 FF; PNG: the 8-byte signature;
// WebP: "RIFF", four size bytes, "WEBP"). kUnknown when none matches. Does not validate anything
// further.
ImageFormat SniffImageFormat(std::string_view bytes);

// Limits against decompression bombs (see above).
inline constexpr int64_t kMaxDeclaredPixels = 100'000'000;
inline constexpr int kMaxImageSide = 32'768;
inline constexpr int64_t kMaxWholeDecodePixels = 40'000'000;
inline constexpr int kMaxJpegScans = 100;

// PDQ blurs and decimates to 64 x 64 anyway; a picture of about 512 px on its long side keeps
// the hash within a few bits of the full-size one and makes decoding several times faster.
inline constexpr int kDefaultTargetLongSide = 512;

struct DecodeOptions {
  // Never upscaled. Otherwise the long side comes out between 0.75 x and 1.5 x target:
  //   JPEG: DCT-scaled by the smallest n/8 reaching target (so any JPEG larger than target is
  //         scaled), then box-reduced by an integer factor if still above 1.5 x target;
  //   PNG:  box-reduced by an integer factor if above 1.5 x target, else full size;
  //   WebP: rescaled to exactly target if above 1.5 x target, else full size.
  // 0 decodes at full size (still subject to the limits above).
  int target_long_side = kDefaultTargetLongSide;
};

struct DecodedImage {
  ImageFormat format = ImageFormat::kUnknown;
  int source_width = 0;  // as declared by the file
  int source_height = 0;
  int width = 0;  // of `rgb`, after reduction
  int height = 0;
  // Row-major RGB, 3 bytes per pixel, width * height * 3 bytes. Transparent pixels are
  // composited onto white; grey and palette pictures are expanded to RGB; 16-bit samples are
  // reduced to 8 bits. EXIF orientation is not applied (PDQ's dihedral variants cover it).
  std::vector<uint8_t> rgb;
};

// Decodes `bytes` (the whole file). On success width and height are >= 1. Errors are
// kInvalidInput with a message naming the format and what is wrong. Thread-safe: no shared state.
Result<DecodedImage> DecodeImage(std::string_view bytes, const DecodeOptions& options = {});

}  // namespace ariadne::pdq
