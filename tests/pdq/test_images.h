// Synthetic pictures for the pdq tests and bench, drawn in code from a seed, and encoders that
// turn them into PNG, JPEG and WebP files with the same libraries the decoders use.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ariadne::pdq::testing {

struct TestImage {
  int width = 0;
  int height = 0;
  std::vector<uint8_t> rgb;  // row-major RGB

  uint8_t* At(int x, int y) { return &rgb[(static_cast<size_t>(y) * width + x) * 3]; }
  const uint8_t* At(int x, int y) const { return &rgb[(static_cast<size_t>(y) * width + x) * 3]; }
};

// A photo-like scene from `seed`: a two-colour gradient, a few filled circles and rectangles, and
// a block of text-like noise (rows of dark "glyph" cells). Different seeds give unrelated scenes.
TestImage DrawScene(uint64_t seed, int width, int height);

// One colour everywhere, plus uniform noise of +-`noise` levels (0: perfectly flat).
TestImage DrawFlat(int width, int height, uint8_t r, uint8_t g, uint8_t b, int noise = 0,
                   uint64_t seed = 1);

TestImage Rotate90Clockwise(const TestImage& image);
TestImage FlipHorizontal(const TestImage& image);
TestImage FlipVertical(const TestImage& image);
TestImage Transpose(const TestImage& image);
// Box-averaged down to width x height (any ratio).
TestImage Resize(const TestImage& image, int width, int height);

// Encoders: the whole file as bytes.
std::string EncodePng(const TestImage& image, bool interlaced = false);
std::string EncodePngRgba(int width, int height, const std::vector<uint8_t>& rgba);
std::string EncodePngGray(int width, int height, const std::vector<uint8_t>& gray, int bit_depth);
std::string EncodeJpeg(const TestImage& image, int quality, bool progressive = false,
                       bool grayscale = false);
std::string EncodeWebp(const TestImage& image, int quality);  // lossy
std::string EncodeWebpLossless(const TestImage& image);

// A PNG of signature, IHDR (declaring width x height, 8-bit RGB) and a short IDAT, with valid
// CRCs: what a decompression bomb's header looks like.
std::string PngHeaderOnly(uint32_t width, uint32_t height);

}  // namespace ariadne::pdq::testing
