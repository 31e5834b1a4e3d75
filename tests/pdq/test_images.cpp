#include "pdq/test_images.h"

#include <png.h>
#include <webp/encode.h>

#include <algorithm>
#include <cmath>
#include <csetjmp>
#include <cstdlib>
#include <stdexcept>
#include <string>

// jpeglib.h uses FILE and size_t without declaring them.
// clang-format off
#include <cstdio>
#include <jpeglib.h>
// clang-format on

namespace ariadne::pdq::testing {
namespace {

// splitmix64: a fixed sequence per seed.
struct Random {
  uint64_t state;
  uint64_t Next() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  double Unit() { return static_cast<double>(Next() >> 11) / 9007199254740992.0; }
  int Below(int n) { return static_cast<int>(Next() % static_cast<uint64_t>(n)); }
};

uint8_t Clamp(double v) {
  return static_cast<uint8_t>(std::clamp(std::lround(v), 0L, 255L));
}

struct Shape {
  bool circle;
  double cx, cy, rx, ry;  // in units of the picture's width and height
  double color[3];
};

// C-style writer so that libpng's longjmp skips no destructor.
struct PngWriteJob {
  std::string* out;
  int width;
  int height;
  int color_type;
  int bit_depth;
  bool interlaced;
  const uint8_t* pixels;
  size_t stride;
};

void AppendPngData(png_structp png, png_bytep data, size_t length) {
  static_cast<std::string*>(png_get_io_ptr(png))
      ->append(reinterpret_cast<const char*>(data), length);
}
void FlushPng(png_structp) {}

bool WritePng(PngWriteJob* job) {
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  if (png == nullptr) return false;
  png_infop info = png_create_info_struct(png);
  if (info == nullptr || setjmp(png_jmpbuf(png)) != 0) {
    png_destroy_write_struct(&png, &info);
    return false;
  }
  png_set_write_fn(png, job->out, AppendPngData, FlushPng);
  png_set_IHDR(png, info, static_cast<png_uint_32>(job->width),
               static_cast<png_uint_32>(job->height), job->bit_depth, job->color_type,
               job->interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  const int passes = png_set_interlace_handling(png);
  for (int pass = 0; pass < passes; ++pass) {
    for (int y = 0; y < job->height; ++y) {
      png_write_row(png, job->pixels + job->stride * static_cast<size_t>(y));
    }
  }
  png_write_end(png, info);
  png_destroy_write_struct(&png, &info);
  return true;
}

std::string RunPngWriter(PngWriteJob job) {
  std::string out;
  job.out = &out;
  if (!WritePng(&job)) throw std::runtime_error("libpng failed to encode a test picture");
  return out;
}

uint32_t Crc32(const std::string& bytes) {
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char c : bytes) {
    crc ^= c;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

void AppendBigEndian(std::string& out, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8)
    out.push_back(static_cast<char>((v >> shift) & 0xFF));
}

void AppendChunk(std::string& out, const std::string& type, const std::string& data) {
  AppendBigEndian(out, static_cast<uint32_t>(data.size()));
  const std::string body = type + data;
  out += body;
  AppendBigEndian(out, Crc32(body));
}

}  // namespace

TestImage DrawScene(uint64_t seed, int width, int height) {
  Random random{seed * 0x2545F4914F6CDD1DULL + 17};
  double from[3], to[3];
  for (int c = 0; c < 3; ++c) {
    from[c] = 255 * random.Unit();
    to[c] = 255 * random.Unit();
  }
  const double angle = 2 * M_PI * random.Unit();
  const double dx = std::cos(angle), dy = std::sin(angle);

  std::vector<Shape> shapes(5 + random.Below(4));
  for (Shape& s : shapes) {
    s.circle = random.Below(2) == 0;
    s.cx = random.Unit();
    s.cy = random.Unit();
    s.rx = 0.08 + 0.22 * random.Unit();
    s.ry = 0.08 + 0.22 * random.Unit();
    for (double& c : s.color) c = 255 * random.Unit();
  }
  // Text-like block: rows of glyph cells, dark on a light band.
  const double text_x0 = 0.1 + 0.3 * random.Unit(), text_y0 = 0.1 + 0.5 * random.Unit();
  const double text_w = 0.45, text_h = 0.3;
  constexpr int kTextRows = 5, kTextColumns = 18;
  std::vector<bool> glyph(kTextRows * kTextColumns);
  for (size_t i = 0; i < glyph.size(); ++i) glyph[i] = random.Below(3) != 0;

  TestImage image{width, height, std::vector<uint8_t>(static_cast<size_t>(width) * height * 3)};
  for (int y = 0; y < height; ++y) {
    const double v = (y + 0.5) / height;
    for (int x = 0; x < width; ++x) {
      const double u = (x + 0.5) / width;
      const double t = std::clamp(0.5 + (u - 0.5) * dx + (v - 0.5) * dy, 0.0, 1.0);
      double color[3];
      for (int c = 0; c < 3; ++c) color[c] = from[c] + t * (to[c] - from[c]);
      for (const Shape& s : shapes) {
        const double nx = (u - s.cx) / s.rx, ny = (v - s.cy) / s.ry;
        const bool inside =
            s.circle ? nx * nx + ny * ny <= 1 : std::abs(nx) <= 1 && std::abs(ny) <= 1;
        if (inside) std::copy(s.color, s.color + 3, color);
      }
      const double tu = (u - text_x0) / text_w, tv = (v - text_y0) / text_h;
      if (tu >= 0 && tu < 1 && tv >= 0 && tv < 1) {
        const int row = static_cast<int>(tv * kTextRows),
                  column = static_cast<int>(tu * kTextColumns);
        const double in_row = tv * kTextRows - row;  // a gap between lines
        const bool ink = in_row < 0.7 && glyph[row * kTextColumns + column];
        for (double& c : color) c = ink ? 30 : 235;
      }
      uint8_t* p = image.At(x, y);
      for (int c = 0; c < 3; ++c) p[c] = Clamp(color[c]);
    }
  }
  return image;
}

TestImage DrawFlat(int width, int height, uint8_t r, uint8_t g, uint8_t b, int noise,
                   uint64_t seed) {
  Random random{seed};
  TestImage image{width, height, std::vector<uint8_t>(static_cast<size_t>(width) * height * 3)};
  const uint8_t base[3] = {r, g, b};
  for (size_t i = 0; i < image.rgb.size(); ++i) {
    const int jitter = noise == 0 ? 0 : random.Below(2 * noise + 1) - noise;
    image.rgb[i] = Clamp(base[i % 3] + jitter);
  }
  return image;
}

TestImage Rotate90Clockwise(const TestImage& image) {
  TestImage out{image.height, image.width, std::vector<uint8_t>(image.rgb.size())};
  for (int y = 0; y < out.height; ++y) {
    for (int x = 0; x < out.width; ++x) {
      std::copy_n(image.At(y, image.height - 1 - x), 3, out.At(x, y));
    }
  }
  return out;
}

TestImage FlipHorizontal(const TestImage& image) {
  TestImage out = image;
  for (int y = 0; y < image.height; ++y) {
    for (int x = 0; x < image.width; ++x)
      std::copy_n(image.At(image.width - 1 - x, y), 3, out.At(x, y));
  }
  return out;
}

TestImage FlipVertical(const TestImage& image) {
  TestImage out = image;
  for (int y = 0; y < image.height; ++y) {
    for (int x = 0; x < image.width; ++x)
      std::copy_n(image.At(x, image.height - 1 - y), 3, out.At(x, y));
  }
  return out;
}

TestImage Transpose(const TestImage& image) {
  TestImage out{image.height, image.width, std::vector<uint8_t>(image.rgb.size())};
  for (int y = 0; y < out.height; ++y) {
    for (int x = 0; x < out.width; ++x) std::copy_n(image.At(y, x), 3, out.At(x, y));
  }
  return out;
}

TestImage Resize(const TestImage& image, int width, int height) {
  TestImage out{width, height, std::vector<uint8_t>(static_cast<size_t>(width) * height * 3)};
  for (int y = 0; y < height; ++y) {
    const int y0 = y * image.height / height;
    const int y1 = std::max(y0 + 1, (y + 1) * image.height / height);
    for (int x = 0; x < width; ++x) {
      const int x0 = x * image.width / width;
      const int x1 = std::max(x0 + 1, (x + 1) * image.width / width);
      double sum[3] = {0, 0, 0};
      for (int sy = y0; sy < y1; ++sy) {
        for (int sx = x0; sx < x1; ++sx) {
          for (int c = 0; c < 3; ++c) sum[c] += image.At(sx, sy)[c];
        }
      }
      const double count = static_cast<double>((y1 - y0) * (x1 - x0));
      for (int c = 0; c < 3; ++c) out.At(x, y)[c] = Clamp(sum[c] / count);
    }
  }
  return out;
}

std::string EncodePng(const TestImage& image, bool interlaced) {
  return RunPngWriter({nullptr, image.width, image.height, PNG_COLOR_TYPE_RGB, 8, interlaced,
                       image.rgb.data(), static_cast<size_t>(image.width) * 3});
}

std::string EncodePngRgba(int width, int height, const std::vector<uint8_t>& rgba) {
  return RunPngWriter({nullptr, width, height, PNG_COLOR_TYPE_RGB_ALPHA, 8, false, rgba.data(),
                       static_cast<size_t>(width) * 4});
}

std::string EncodePngGray(int width, int height, const std::vector<uint8_t>& gray, int bit_depth) {
  std::vector<uint8_t> samples;
  if (bit_depth == 16) {
    for (uint8_t v : gray) samples.insert(samples.end(), {v, v});  // big-endian v * 257
  } else {
    samples = gray;
  }
  return RunPngWriter({nullptr, width, height, PNG_COLOR_TYPE_GRAY, bit_depth, false,
                       samples.data(), static_cast<size_t>(width) * (bit_depth == 16 ? 2 : 1)});
}

std::string EncodeJpeg(const TestImage& image, int quality, bool progressive, bool grayscale) {
  // libjpeg's default error handler exits the process: acceptable for a test's own encoder.
  jpeg_compress_struct cinfo;
  jpeg_error_mgr error;
  cinfo.err = jpeg_std_error(&error);
  jpeg_create_compress(&cinfo);
  unsigned char* buffer = nullptr;
  unsigned long size = 0;
  jpeg_mem_dest(&cinfo, &buffer, &size);
  cinfo.image_width = static_cast<JDIMENSION>(image.width);
  cinfo.image_height = static_cast<JDIMENSION>(image.height);
  std::vector<uint8_t> gray;
  if (grayscale) {
    cinfo.input_components = 1;
    cinfo.in_color_space = JCS_GRAYSCALE;
    for (size_t i = 0; i < image.rgb.size(); i += 3) {
      gray.push_back(
          Clamp(0.299 * image.rgb[i] + 0.587 * image.rgb[i + 1] + 0.114 * image.rgb[i + 2]));
    }
  } else {
    cinfo.input_components = 3;
    cinfo.in_color_space = JCS_RGB;
  }
  jpeg_set_defaults(&cinfo);
  jpeg_set_quality(&cinfo, quality, TRUE);
  if (progressive) jpeg_simple_progression(&cinfo);
  jpeg_start_compress(&cinfo, TRUE);
  const int components = grayscale ? 1 : 3;
  const uint8_t* pixels = grayscale ? gray.data() : image.rgb.data();
  while (cinfo.next_scanline < cinfo.image_height) {
    JSAMPROW row = const_cast<JSAMPROW>(pixels + static_cast<size_t>(cinfo.next_scanline) *
                                                     image.width * components);
    jpeg_write_scanlines(&cinfo, &row, 1);
  }
  jpeg_finish_compress(&cinfo);
  jpeg_destroy_compress(&cinfo);
  std::string out(reinterpret_cast<const char*>(buffer), size);
  std::free(buffer);
  return out;
}

std::string EncodeWebp(const TestImage& image, int quality) {
  uint8_t* output = nullptr;
  const size_t size = WebPEncodeRGB(image.rgb.data(), image.width, image.height, image.width * 3,
                                    static_cast<float>(quality), &output);
  if (size == 0) throw std::runtime_error("libwebp failed to encode a test picture");
  std::string out(reinterpret_cast<const char*>(output), size);
  WebPFree(output);
  return out;
}

std::string EncodeWebpLossless(const TestImage& image) {
  uint8_t* output = nullptr;
  const size_t size =
      WebPEncodeLosslessRGB(image.rgb.data(), image.width, image.height, image.width * 3, &output);
  if (size == 0) throw std::runtime_error("libwebp failed to encode a test picture");
  std::string out(reinterpret_cast<const char*>(output), size);
  WebPFree(output);
  return out;
}

std::string PngHeaderOnly(uint32_t width, uint32_t height) {
  std::string out("\x89PNG\r\n\x1a\n", 8);
  std::string ihdr;
  AppendBigEndian(ihdr, width);
  AppendBigEndian(ihdr, height);
  ihdr += std::string("\x08\x02\x00\x00\x00", 5);  // 8-bit RGB, deflate, no filter, no interlace
  AppendChunk(out, "IHDR", ihdr);
  // The start of a zlib stream of zero rows: small data that would inflate to gigabytes.
  AppendChunk(out, "IDAT", std::string("\x78\x9c\xed\xc1\x01\x0d\x00\x00\x00\xc2\xa0\xf7\x4f", 13));
  return out;
}

}  // namespace ariadne::pdq::testing
