#include "demo/photo.h"

#include <fmt/format.h>
#include <png.h>

#include <algorithm>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "demo/rng.h"

namespace ariadne::demo {
namespace {

struct Colour {
  int r, g, b;
};

Colour RandomColour(Rng& rng) {
  return {rng.Between(20, 235), rng.Between(20, 235), rng.Between(20, 235)};
}

// Blends `c` over the pixel at `p` with opacity alpha/256. Integer arithmetic only, so the output
// does not depend on how a compiler contracts floating-point expressions.
void Blend(uint8_t* p, Colour c, int alpha) {
  p[0] = static_cast<uint8_t>((p[0] * (256 - alpha) + c.r * alpha) >> 8);
  p[1] = static_cast<uint8_t>((p[1] * (256 - alpha) + c.g * alpha) >> 8);
  p[2] = static_cast<uint8_t>((p[2] * (256 - alpha) + c.b * alpha) >> 8);
}

void FillGradient(RgbImage& image, Rng& rng) {
  const Colour from = RandomColour(rng);
  const Colour to = RandomColour(rng);
  int dx = rng.Between(-8, 8);
  const int dy = rng.Between(-8, 8);
  if (dx == 0 && dy == 0) dx = 5;
  const int n = image.width - 1;
  // The projection of every pixel on (dx, dy) ranges over [lo, lo + span].
  const int lo = std::min(0, dx * n) + std::min(0, dy * n);
  const int span = std::abs(dx * n) + std::abs(dy * n);
  for (int y = 0; y < image.height; ++y) {
    for (int x = 0; x < image.width; ++x) {
      const int t = (x * dx + y * dy - lo) * 256 / span;
      uint8_t* p = &image.pixels[(y * image.width + x) * 3];
      p[0] = static_cast<uint8_t>((from.r * (256 - t) + to.r * t) >> 8);
      p[1] = static_cast<uint8_t>((from.g * (256 - t) + to.g * t) >> 8);
      p[2] = static_cast<uint8_t>((from.b * (256 - t) + to.b * t) >> 8);
    }
  }
}

// An ellipse or a rectangle of a random colour, partly transparent.
void DrawShape(RgbImage& image, Rng& rng) {
  const bool ellipse = rng.Chance(0.6);
  const int cx = rng.Between(0, image.width - 1);
  const int cy = rng.Between(0, image.height - 1);
  const int rx = rng.Between(8, image.width / 2);
  const int ry = rng.Between(8, image.height / 2);
  const Colour colour = RandomColour(rng);
  const int alpha = rng.Between(140, 245);
  const int64_t rx2 = int64_t{rx} * rx;
  const int64_t ry2 = int64_t{ry} * ry;
  for (int y = std::max(0, cy - ry); y <= std::min(image.height - 1, cy + ry); ++y) {
    for (int x = std::max(0, cx - rx); x <= std::min(image.width - 1, cx + rx); ++x) {
      const int64_t ex = x - cx;
      const int64_t ey = y - cy;
      if (ellipse && ex * ex * ry2 + ey * ey * rx2 > rx2 * ry2) continue;
      Blend(&image.pixels[(y * image.width + x) * 3], colour, alpha);
    }
  }
}

// Faint grain, as in a real photo. Kept to a few levels so the PNGs stay small.
void AddGrain(RgbImage& image, uint64_t seed) {
  uint64_t state = seed;
  for (size_t i = 0; i < image.pixels.size(); i += 3) {
    if ((i / 3) % 16 == 0) state = SplitMix64(state);
    const int shift = static_cast<int>((state >> ((i / 3) % 16 * 4)) & 3) - 1;
    for (size_t c = 0; c < 3; ++c) {
      image.pixels[i + c] = static_cast<uint8_t>(std::clamp(image.pixels[i + c] + shift, 0, 255));
    }
  }
}

// libpng reports errors by longjmp, so this frame holds nothing with a destructor. Returns false
// when libpng fails (which for an in-memory write means an internal error).
bool EncodePng(const RgbImage& image, std::vector<uint8_t>* out) {
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  if (png == nullptr) return false;
  png_infop info = png_create_info_struct(png);
  if (info == nullptr || setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    return false;
  }
  png_set_write_fn(
      png, out,
      [](png_structp p, png_bytep data, png_size_t length) {
        auto* sink = static_cast<std::vector<uint8_t>*>(png_get_io_ptr(p));
        sink->insert(sink->end(), data, data + length);
      },
      nullptr);
  // Measured on these images: the SUB filter at level 6 gives the smallest files of the fast
  // settings (about 9 KB, 2 ms each); level 9 saves 3% and takes three times as long.
  png_set_compression_level(png, 6);
  png_set_filter(png, 0, PNG_FILTER_SUB);
  png_set_IHDR(png, info, static_cast<png_uint_32>(image.width),
               static_cast<png_uint_32>(image.height), 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  for (int y = 0; y < image.height; ++y) {
    png_write_row(png, &image.pixels[static_cast<size_t>(y) * image.width * 3]);
  }
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return true;
}

}  // namespace

RgbImage DrawPhoto(uint64_t seed) {
  Rng rng(seed);
  RgbImage image{kPhotoSize, kPhotoSize,
                 std::vector<uint8_t>(static_cast<size_t>(kPhotoSize) * kPhotoSize * 3)};
  FillGradient(image, rng);
  const int shapes = rng.Between(3, 6);
  for (int i = 0; i < shapes; ++i) DrawShape(image, rng);
  AddGrain(image, rng.Next());
  return image;
}

RgbImage EditedCopy(const RgbImage& image, PhotoEdit edit) {
  RgbImage copy = image;
  if (edit == PhotoEdit::kBrighter) {
    for (uint8_t& v : copy.pixels) v = static_cast<uint8_t>(std::min(255, v + 12));
    return copy;
  }
  constexpr int kLeft = 2;
  constexpr int kDown = 1;
  for (int y = 0; y < image.height; ++y) {
    for (int x = 0; x < image.width; ++x) {
      const int sx = std::min(image.width - 1, x + kLeft);
      const int sy = std::max(0, y - kDown);
      std::memcpy(&copy.pixels[(y * image.width + x) * 3],
                  &image.pixels[(sy * image.width + sx) * 3], 3);
    }
  }
  return copy;
}

Status WritePng(const std::filesystem::path& path, const RgbImage& image) {
  std::vector<uint8_t> bytes;
  if (!EncodePng(image, &bytes)) {
    return Internal(fmt::format("cannot encode PNG for {}: libpng failed", path.string()));
  }
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file.write(reinterpret_cast<const char*>(bytes.data()),
             static_cast<std::streamsize>(bytes.size()));
  file.close();
  if (!file) {
    return IoError(
        fmt::format("cannot write {}: {}; check that the directory is writable and the disk "
                    "is not full",
                    path.string(), std::strerror(errno)));
  }
  return Status::Ok();
}

}  // namespace ariadne::demo
