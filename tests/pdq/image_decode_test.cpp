#include "pdq/image_decode.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "pdq/test_images.h"
#include "support/test_paths.h"

namespace ariadne::pdq {
namespace {

using testing::DrawScene;
using testing::EncodeJpeg;
using testing::EncodePng;
using testing::EncodeWebp;
using testing::EncodeWebpLossless;
using testing::TestImage;

double MeanAbsoluteError(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b) {
  EXPECT_EQ(a.size(), b.size());
  double sum = 0;
  for (size_t i = 0; i < std::min(a.size(), b.size()); ++i) sum += std::abs(a[i] - b[i]);
  return a.empty() ? 0 : sum / a.size();
}

void ExpectRefused(const std::string& bytes, const std::string& what) {
  const auto decoded = DecodeImage(bytes);
  ASSERT_FALSE(decoded.ok()) << what << " decoded as " << decoded->width << "x" << decoded->height;
  EXPECT_EQ(decoded.status().kind(), ErrorKind::kInvalidInput) << what;
  EXPECT_FALSE(decoded.status().message().empty()) << what;
}

TEST(SniffImageFormat, RecognisesMagicBytesOnly) {
  const TestImage image = DrawScene(1, 16, 16);
  EXPECT_EQ(SniffImageFormat(EncodePng(image)), ImageFormat::kPng);
  EXPECT_EQ(SniffImageFormat(EncodeJpeg(image, 90)), ImageFormat::kJpeg);
  EXPECT_EQ(SniffImageFormat(EncodeWebp(image, 90)), ImageFormat::kWebp);
  EXPECT_EQ(SniffImageFormat(""), ImageFormat::kUnknown);
  EXPECT_EQ(SniffImageFormat("GIF89a......"), ImageFormat::kUnknown);
  EXPECT_EQ(SniffImageFormat("RIFF\x10\x00\x00\x00WAVEfmt "), ImageFormat::kUnknown);
  EXPECT_EQ(ImageFormatName(ImageFormat::kWebp), "webp");
}

TEST(DecodeImage, PngRoundTripsExactly) {
  const TestImage image = DrawScene(2, 123, 77);
  const auto decoded = DecodeImage(EncodePng(image));
  ASSERT_TRUE(decoded.ok()) << decoded.status().message();
  EXPECT_EQ(decoded->format, ImageFormat::kPng);
  EXPECT_EQ(decoded->width, 123);
  EXPECT_EQ(decoded->height, 77);
  EXPECT_EQ(decoded->source_width, 123);
  EXPECT_EQ(decoded->rgb, image.rgb);
}

TEST(DecodeImage, InterlacedPngMatchesPlainPng) {
  const TestImage image = DrawScene(3, 200, 150);
  const auto plain = DecodeImage(EncodePng(image));
  const auto interlaced = DecodeImage(EncodePng(image, /*interlaced=*/true));
  ASSERT_TRUE(plain.ok() && interlaced.ok()) << interlaced.status().message();
  EXPECT_EQ(interlaced->rgb, plain->rgb);
  EXPECT_EQ(interlaced->rgb, image.rgb);
}

TEST(DecodeImage, GreyPngIsExpandedToRgb) {
  for (int bit_depth : {8, 16}) {
    std::vector<uint8_t> gray(40 * 30);
    for (size_t i = 0; i < gray.size(); ++i) gray[i] = static_cast<uint8_t>(i * 7);
    const auto decoded = DecodeImage(testing::EncodePngGray(40, 30, gray, bit_depth));
    ASSERT_TRUE(decoded.ok()) << decoded.status().message();
    ASSERT_EQ(decoded->rgb.size(), gray.size() * 3);
    for (size_t i = 0; i < gray.size(); ++i) {
      ASSERT_EQ(decoded->rgb[3 * i], gray[i]) << "bit depth " << bit_depth << " pixel " << i;
      ASSERT_EQ(decoded->rgb[3 * i + 2], gray[i]);
    }
  }
}

TEST(DecodeImage, TransparentPixelsAreCompositedOnWhite) {
  // Left half opaque red, right half fully transparent black, one half-transparent blue pixel.
  std::vector<uint8_t> rgba(8 * 2 * 4, 0);
  for (int y = 0; y < 2; ++y) {
    for (int x = 0; x < 4; ++x) {
      uint8_t* p = &rgba[(y * 8 + x) * 4];
      p[0] = 255;
      p[3] = 255;
    }
  }
  uint8_t* half = &rgba[(1 * 8 + 7) * 4];
  half[2] = 255;
  half[3] = 128;
  const auto decoded = DecodeImage(testing::EncodePngRgba(8, 2, rgba));
  ASSERT_TRUE(decoded.ok()) << decoded.status().message();
  const auto pixel = [&](int x, int y) {
    const uint8_t* p = &decoded->rgb[(y * 8 + x) * 3];
    return std::vector<int>{p[0], p[1], p[2]};
  };
  EXPECT_EQ(pixel(0, 0), (std::vector<int>{255, 0, 0}));
  EXPECT_EQ(pixel(5, 0), (std::vector<int>{255, 255, 255}));
  EXPECT_EQ(pixel(7, 1), (std::vector<int>{127, 127, 255}));
}

TEST(DecodeImage, JpegIsCloseToTheOriginal) {
  const TestImage image = DrawScene(4, 160, 120);
  for (bool progressive : {false, true}) {
    const auto decoded = DecodeImage(EncodeJpeg(image, 95, progressive));
    ASSERT_TRUE(decoded.ok()) << decoded.status().message();
    EXPECT_EQ(decoded->format, ImageFormat::kJpeg);
    ASSERT_EQ(decoded->width, 160);
    ASSERT_EQ(decoded->height, 120);
    EXPECT_LT(MeanAbsoluteError(decoded->rgb, image.rgb), 4.0) << "progressive " << progressive;
  }
}

TEST(DecodeImage, GreyscaleJpegIsExpandedToRgb) {
  const auto decoded = DecodeImage(EncodeJpeg(DrawScene(5, 64, 48), 90, false, true));
  ASSERT_TRUE(decoded.ok()) << decoded.status().message();
  ASSERT_EQ(decoded->rgb.size(), size_t{64} * 48 * 3);
  for (size_t i = 0; i < decoded->rgb.size(); i += 3) {
    ASSERT_EQ(decoded->rgb[i], decoded->rgb[i + 1]);
    ASSERT_EQ(decoded->rgb[i], decoded->rgb[i + 2]);
  }
}

TEST(DecodeImage, WebpLosslessRoundTripsAndLossyIsClose) {
  const TestImage image = DrawScene(6, 99, 101);
  const auto lossless = DecodeImage(EncodeWebpLossless(image));
  ASSERT_TRUE(lossless.ok()) << lossless.status().message();
  EXPECT_EQ(lossless->format, ImageFormat::kWebp);
  EXPECT_EQ(lossless->rgb, image.rgb);
  const auto lossy = DecodeImage(EncodeWebp(image, 95));
  ASSERT_TRUE(lossy.ok()) << lossy.status().message();
  EXPECT_LT(MeanAbsoluteError(lossy->rgb, image.rgb), 4.0);
}

TEST(DecodeImage, LargePicturesAreReducedToAboutTheTarget) {
  const TestImage image = DrawScene(7, 2000, 1500);
  for (const std::string& bytes :
       {EncodePng(image), EncodeJpeg(image, 85), EncodeWebp(image, 85)}) {
    const auto decoded = DecodeImage(bytes);
    ASSERT_TRUE(decoded.ok()) << decoded.status().message();
    SCOPED_TRACE(std::string(ImageFormatName(decoded->format)));
    EXPECT_EQ(decoded->source_width, 2000);
    EXPECT_EQ(decoded->source_height, 1500);
    EXPECT_GE(decoded->width, 384);
    EXPECT_LE(decoded->width, 768);
    EXPECT_NEAR(static_cast<double>(decoded->width) / decoded->height, 4.0 / 3.0, 0.02);
    EXPECT_EQ(decoded->rgb.size(), size_t(decoded->width) * decoded->height * 3);
    // Still the same picture: compare with a plain box reduction of the original.
    const TestImage expected = testing::Resize(image, decoded->width, decoded->height);
    EXPECT_LT(MeanAbsoluteError(decoded->rgb, expected.rgb), 8.0);
  }
  // 1024 x 768 JPEG: DCT-scaled by 1/2, as the bench's pictures are.
  const auto jpeg = DecodeImage(EncodeJpeg(DrawScene(8, 1024, 768), 85));
  ASSERT_TRUE(jpeg.ok());
  EXPECT_EQ(jpeg->width, 512);
  EXPECT_EQ(jpeg->height, 384);
}

TEST(DecodeImage, TargetZeroDecodesAtFullSize) {
  const TestImage image = DrawScene(9, 1600, 900);
  DecodeOptions full;
  full.target_long_side = 0;
  for (const std::string& bytes :
       {EncodePng(image), EncodeJpeg(image, 80), EncodeWebp(image, 80)}) {
    const auto decoded = DecodeImage(bytes, full);
    ASSERT_TRUE(decoded.ok()) << decoded.status().message();
    EXPECT_EQ(decoded->width, 1600);
    EXPECT_EQ(decoded->height, 900);
  }
}

TEST(DecodeImage, RefusesUnknownAndEmptyInput) {
  ExpectRefused("", "empty input");
  ExpectRefused("hello, world", "text");
  ExpectRefused(std::string("\xFF\xD8\xFF", 3), "bare JPEG magic");
  ExpectRefused(std::string("\x89PNG\r\n\x1a\n", 8), "bare PNG signature");
  ExpectRefused("RIFF\x04\x00\x00\x00WEBP", "bare WebP header");
  const auto status = DecodeImage("GIF89a").status();
  EXPECT_NE(status.message().find("expected JPEG, PNG or WebP"), std::string::npos)
      << status.message();
}

TEST(DecodeImage, RefusesTruncatedFilesOfEveryFormat) {
  const TestImage image = DrawScene(10, 300, 200);
  const std::vector<std::pair<std::string, std::string>> files = {
      {"png", EncodePng(image)},       {"interlaced png", EncodePng(image, true)},
      {"jpeg", EncodeJpeg(image, 90)}, {"progressive jpeg", EncodeJpeg(image, 90, true)},
      {"webp", EncodeWebp(image, 90)}, {"lossless webp", EncodeWebpLossless(image)}};
  for (const auto& [name, bytes] : files) {
    for (double fraction : {0.1, 0.5, 0.9}) {
      ExpectRefused(bytes.substr(0, static_cast<size_t>(bytes.size() * fraction)),
                    name + " cut at " + std::to_string(fraction));
    }
  }
}

TEST(DecodeImage, RefusesCorruptData) {
  const TestImage image = DrawScene(11, 300, 200);
  // PNG: a flipped byte inside IDAT fails its CRC.
  std::string png = EncodePng(image);
  png[png.size() / 2] ^= 0x55;
  ExpectRefused(png, "png with a flipped byte");
  // JPEG: garbage over the entropy-coded data.
  std::string jpeg = EncodeJpeg(image, 90);
  for (size_t i = jpeg.size() / 3; i < jpeg.size() / 3 + 200; ++i)
    jpeg[i] = static_cast<char>(i * 37);
  ExpectRefused(jpeg, "jpeg with garbage in the scan");
  // WebP: garbage over the VP8 data.
  std::string webp = EncodeWebp(image, 90);
  for (size_t i = 40; i < webp.size(); ++i) webp[i] = static_cast<char>(i * 91);
  ExpectRefused(webp, "webp with garbage in the bitstream");
}

TEST(DecodeImage, RefusesDecompressionBombsBeforeDecoding) {
  // PNG declaring 20000 x 20000 (400 megapixels) and 100000 x 10 (a side beyond the limit).
  for (const auto& [w, h] :
       std::vector<std::pair<uint32_t, uint32_t>>{{20000, 20000}, {100000, 10}}) {
    const auto decoded = DecodeImage(testing::PngHeaderOnly(w, h));
    ASSERT_FALSE(decoded.ok());
    EXPECT_NE(decoded.status().message().find("decompression bomb"), std::string::npos)
        << decoded.status().message();
  }
  // JPEG: a real file whose SOF0 marker is patched to 20000 x 20000.
  std::string jpeg = EncodeJpeg(DrawScene(12, 64, 64), 80);
  const size_t sof = jpeg.find("\xFF\xC0");
  ASSERT_NE(sof, std::string::npos);
  jpeg.replace(sof + 5, 4, std::string("\x4E\x20\x4E\x20", 4));
  auto decoded = DecodeImage(jpeg);
  ASSERT_FALSE(decoded.ok());
  EXPECT_NE(decoded.status().message().find("decompression bomb"), std::string::npos)
      << decoded.status().message();
  // WebP: a lossy file whose VP8 frame header is patched to 16000 x 16000.
  std::string webp = EncodeWebp(DrawScene(13, 64, 64), 80);
  ASSERT_EQ(webp.substr(12, 4), "VP8 ");
  webp.replace(26, 4, std::string("\x80\x3E\x80\x3E", 4));
  decoded = DecodeImage(webp);
  ASSERT_FALSE(decoded.ok());
  EXPECT_NE(decoded.status().message().find("decompression bomb"), std::string::npos)
      << decoded.status().message();
}

TEST(DecodeImage, FuzzSeedCorpusBehavesAsNamed) {
  // fuzz/corpus/pdq_decode/: files named ok_* decode, bad_* are refused.
  const std::filesystem::path corpus =
      std::filesystem::path(ARIADNE_SOURCE_DIR) / "fuzz/corpus/pdq_decode";
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(corpus)) {
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string name = entry.path().filename().string();
    const auto decoded = DecodeImage(bytes);
    if (name.starts_with("ok_")) {
      EXPECT_TRUE(decoded.ok()) << name << ": " << decoded.status().message();
    } else {
      EXPECT_FALSE(decoded.ok()) << name;
    }
    ++files;
  }
  EXPECT_GE(files, 8);
}

// Regenerates fuzz/corpus/pdq_decode/. Run by hand:
//   pdq_tests --gtest_also_run_disabled_tests --gtest_filter='*WriteFuzzSeedCorpus'
TEST(DecodeImage, DISABLED_WriteFuzzSeedCorpus) {
  const std::filesystem::path corpus =
      std::filesystem::path(ARIADNE_SOURCE_DIR) / "fuzz/corpus/pdq_decode";
  std::filesystem::create_directories(corpus);
  const auto write = [&](const std::string& name, const std::string& bytes) {
    std::ofstream(corpus / name, std::ios::binary) << bytes;
  };
  const TestImage image = DrawScene(42, 24, 16);
  write("ok_rgb.png", EncodePng(image));
  write("ok_interlaced.png", EncodePng(image, true));
  write("ok_baseline.jpg", EncodeJpeg(image, 75));
  write("ok_progressive.jpg", EncodeJpeg(image, 75, true));
  write("ok_lossy.webp", EncodeWebp(image, 75));
  write("ok_lossless.webp", EncodeWebpLossless(DrawScene(43, 8, 8)));
  const std::string png = EncodePng(image);
  write("bad_truncated.png", png.substr(0, png.size() / 2));
  const std::string jpeg = EncodeJpeg(image, 75);
  write("bad_truncated.jpg", jpeg.substr(0, jpeg.size() * 2 / 3));
  const std::string webp = EncodeWebp(image, 75);
  write("bad_truncated.webp", webp.substr(0, webp.size() / 2));
  write("bad_bomb.png", testing::PngHeaderOnly(20000, 20000));
  write("bad_not_an_image.txt", "GIF89a is not one of ours");
}

}  // namespace
}  // namespace ariadne::pdq
