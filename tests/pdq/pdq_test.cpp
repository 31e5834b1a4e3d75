#include "pdq/pdq.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <string>
#include <vector>

#include "pdq/test_images.h"

namespace ariadne::pdq {
namespace {

using testing::DrawScene;
using testing::TestImage;

PdqResult Hash(const TestImage& image) {
  return HashRgb(image.rgb.data(), image.width, image.height);
}

PdqResult HashBytes(const std::string& bytes) {
  auto result = HashImageBytes(bytes);
  EXPECT_TRUE(result.ok()) << result.status().message();
  return result.ok() ? *result : PdqResult{};
}

int PopCount(const PdqHash& hash) {
  int bits = 0;
  for (uint64_t w : hash.words) bits += std::popcount(w);
  return bits;
}

TEST(PdqHex, RoundTripsAndPutsBit255First) {
  PdqHash hash;
  hash.SetBit(0);
  hash.SetBit(255);
  hash.SetBit(100);
  const std::string hex = ToHex(hash);
  ASSERT_EQ(hex.size(), 64u);
  EXPECT_EQ(hex.front(), '8');
  EXPECT_EQ(hex.back(), '1');
  const auto parsed = PdqHashFromHex(hex);
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(*parsed, hash);
  // Upper case is accepted.
  const auto upper =
      PdqHashFromHex("F000000000000000000000000000000000000000000000000000000000000000");
  ASSERT_TRUE(upper.ok());
  EXPECT_TRUE(upper->Bit(255) && upper->Bit(252) && !upper->Bit(251));
}

TEST(PdqHex, RejectsWrongLengthAndNonHexWithAClearMessage) {
  const std::string good(64, 'a');
  auto r = PdqHashFromHex(good.substr(0, 63));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().kind(), ErrorKind::kInvalidInput);
  EXPECT_NE(r.status().message().find("got 63 characters"), std::string::npos)
      << r.status().message();
  r = PdqHashFromHex(good + "0");
  EXPECT_FALSE(r.ok());
  r = PdqHashFromHex("0x" + good.substr(2));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("character 2"), std::string::npos) << r.status().message();
  std::string with_g = good;
  with_g[40] = 'g';
  r = PdqHashFromHex(with_g);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("character 41"), std::string::npos) << r.status().message();
  EXPECT_FALSE(PdqHashFromHex("").ok());
}

TEST(PdqHammingDistance, CountsDifferingBits) {
  PdqHash a, b;
  EXPECT_EQ(HammingDistance(a, b), 0);
  b.SetBit(3);
  b.SetBit(64);
  b.SetBit(255);
  EXPECT_EQ(HammingDistance(a, b), 3);
  for (auto& w : a.words) w = ~uint64_t{0};
  EXPECT_EQ(HammingDistance(a, PdqHash{}), 256);
  EXPECT_EQ(HammingDistance(a, b), 253);
}

// The algorithm of pdq.h written out step by step, slowly and in double precision: filter every
// pixel with the box twice along rows and columns, sample the 64 x 64 grid, DCT, median.
PdqResult SlowReferenceHash(const TestImage& image) {
  const int w = image.width, h = image.height;
  std::vector<double> luma(static_cast<size_t>(w) * h);
  for (size_t i = 0; i < luma.size(); ++i) {
    luma[i] =
        0.299 * image.rgb[3 * i] + 0.587 * image.rgb[3 * i + 1] + 0.114 * image.rgb[3 * i + 2];
  }
  const auto box = [&](int length, int stride, int count, int step, int half) {
    for (int line = 0; line < count; ++line) {
      std::vector<double> in(static_cast<size_t>(length));
      for (int k = 0; k < length; ++k)
        in[k] = luma[static_cast<size_t>(line) * step + static_cast<size_t>(k) * stride];
      for (int k = 0; k < length; ++k) {
        double sum = 0;
        int n = 0;
        for (int m = std::max(0, k - half); m <= std::min(length - 1, k + half); ++m, ++n)
          sum += in[m];
        luma[static_cast<size_t>(line) * step + static_cast<size_t>(k) * stride] = sum / n;
      }
    }
  };
  const auto half = [](int side) { return ((side + 127) / 128) / 2; };
  for (int pass = 0; pass < 2; ++pass) {
    box(w, 1, h, w, half(w));  // along rows
    box(h, w, w, 1, half(h));  // along columns
  }
  const auto position = [](int i, int side) {
    return std::clamp((i + 0.5) * side / 64 - 0.5, 0.0, side - 1.0);
  };
  const auto at = [&](double y, double x) {
    const int y0 = std::min(static_cast<int>(y), h - 2), x0 = std::min(static_cast<int>(x), w - 2);
    const double fy = y - y0, fx = x - x0;
    const auto l = [&](int yy, int xx) { return luma[static_cast<size_t>(yy) * w + xx]; };
    return (1 - fy) * ((1 - fx) * l(y0, x0) + fx * l(y0, x0 + 1)) +
           fy * ((1 - fx) * l(y0 + 1, x0) + fx * l(y0 + 1, x0 + 1));
  };
  double grid[64][64];
  for (int i = 0; i < 64; ++i) {
    for (int j = 0; j < 64; ++j) grid[i][j] = at(position(i, h), position(j, w));
  }
  int gradients = 0;
  for (int i = 0; i < 64; ++i) {
    for (int j = 0; j < 64; ++j) {
      if (i < 63)
        gradients += std::abs(static_cast<int>((grid[i][j] - grid[i + 1][j]) * 100 / 255));
      if (j < 63)
        gradients += std::abs(static_cast<int>((grid[i][j] - grid[i][j + 1]) * 100 / 255));
    }
  }
  std::vector<double> coefficients;
  for (int u = 1; u <= 16; ++u) {
    for (int v = 1; v <= 16; ++v) {
      double sum = 0;
      for (int y = 0; y < 64; ++y) {
        for (int x = 0; x < 64; ++x) {
          sum += grid[y][x] * std::cos(M_PI / 128 * u * (2 * y + 1)) *
                 std::cos(M_PI / 128 * v * (2 * x + 1));
        }
      }
      coefficients.push_back(sum * 2.0 / 64);
    }
  }
  std::vector<double> sorted = coefficients;
  std::nth_element(sorted.begin(), sorted.begin() + 127, sorted.end());
  PdqResult result;
  for (int k = 0; k < 256; ++k) {
    if (coefficients[k] > sorted[127]) result.hash.SetBit(k);
  }
  result.quality = std::min(100, gradients / 90);
  return result;
}

TEST(PdqHash, AgreesWithAStepByStepReferenceImplementation) {
  // Sizes exercising no filtering (side <= 128), odd sides, and wide windows.
  const std::vector<std::pair<int, int>> sizes = {{100, 80}, {257, 129}, {640, 480}, {1500, 90}};
  for (const auto& [w, h] : sizes) {
    for (uint64_t seed : {51, 52}) {
      const TestImage image = DrawScene(seed, w, h);
      const PdqResult fast = Hash(image);
      const PdqResult slow = SlowReferenceHash(image);
      // Float against double rounding may flip a coefficient sitting on the median.
      EXPECT_LE(HammingDistance(fast.hash, slow.hash), 2) << w << "x" << h << " seed " << seed;
      EXPECT_NEAR(fast.quality, slow.quality, 1) << w << "x" << h << " seed " << seed;
    }
  }
  // A dim, low-contrast picture exercises the quality arithmetic below its cap of 100.
  TestImage dim = DrawScene(53, 300, 200);
  for (uint8_t& v : dim.rgb) v = static_cast<uint8_t>(100 + v / 16);
  const PdqResult fast = Hash(dim), slow = SlowReferenceHash(dim);
  EXPECT_LT(slow.quality, 100);
  EXPECT_NEAR(fast.quality, slow.quality, 1);
  EXPECT_LE(HammingDistance(fast.hash, slow.hash), 2);
}

TEST(PdqHash, IsDeterministicAndBalanced) {
  const TestImage image = DrawScene(1, 640, 480);
  const PdqResult first = Hash(image);
  EXPECT_EQ(Hash(image).hash, first.hash);
  // The threshold is the median of 256 coefficients, so half the bits are set.
  EXPECT_EQ(PopCount(first.hash), 128);
  EXPECT_GE(first.quality, kMinUsefulQuality);
  EXPECT_LE(first.quality, 100);
}

TEST(PdqHash, OnePictureInThreeFormatsHashesAlike) {
  for (uint64_t seed : {2, 3, 4}) {
    const TestImage image = DrawScene(seed, 800, 600);
    const PdqHash original = Hash(image).hash;
    const PdqResult png = HashBytes(testing::EncodePng(image));
    const PdqResult jpeg = HashBytes(testing::EncodeJpeg(image, 90));
    const PdqResult webp = HashBytes(testing::EncodeWebp(image, 90));
    EXPECT_LE(HammingDistance(original, png.hash), 16) << "seed " << seed;
    EXPECT_LE(HammingDistance(png.hash, jpeg.hash), 16) << "seed " << seed;
    EXPECT_LE(HammingDistance(png.hash, webp.hash), 16) << "seed " << seed;
    EXPECT_LE(HammingDistance(jpeg.hash, webp.hash), 16) << "seed " << seed;
    EXPECT_GE(png.quality, kMinUsefulQuality);
  }
}

TEST(PdqHash, DownscaledAndRecompressedAtQuality50StaysAMatch) {
  for (uint64_t seed : {5, 6, 7, 8}) {
    const TestImage image = DrawScene(seed, 1200, 900);
    const PdqHash original = HashBytes(testing::EncodePng(image)).hash;
    const TestImage small = testing::Resize(image, 400, 300);
    const PdqHash recompressed = HashBytes(testing::EncodeJpeg(small, 50)).hash;
    EXPECT_LE(HammingDistance(original, recompressed), kMatchDistance) << "seed " << seed;
    const PdqHash webp = HashBytes(testing::EncodeWebp(small, 50)).hash;
    EXPECT_LE(HammingDistance(original, webp), kMatchDistance) << "seed " << seed;
  }
}

TEST(PdqHash, DifferentPicturesAreFarApart) {
  std::vector<PdqHash> hashes;
  for (uint64_t seed = 100; seed < 112; ++seed)
    hashes.push_back(Hash(DrawScene(seed, 400, 300)).hash);
  double total = 0;
  int pairs = 0;
  for (size_t i = 0; i < hashes.size(); ++i) {
    for (size_t j = i + 1; j < hashes.size(); ++j) {
      const int distance = HammingDistance(hashes[i], hashes[j]);
      EXPECT_GT(distance, kMatchDistance) << "scenes " << i << " and " << j;
      total += distance;
      ++pairs;
    }
  }
  const double mean = total / pairs;
  EXPECT_GT(mean, 100.0);
  EXPECT_LT(mean, 156.0);
}

TEST(PdqHash, FlatAndNearlyFlatPicturesHaveLowQuality) {
  EXPECT_EQ(Hash(testing::DrawFlat(300, 200, 128, 128, 128)).quality, 0);
  EXPECT_EQ(Hash(testing::DrawFlat(300, 200, 255, 0, 0)).quality, 0);
  EXPECT_LT(Hash(testing::DrawFlat(300, 200, 90, 140, 200, /*noise=*/2)).quality,
            kMinUsefulQuality);
  EXPECT_LT(Hash(testing::DrawFlat(1024, 768, 30, 30, 30, /*noise=*/6)).quality, kMinUsefulQuality);
  // A gentle gradient only is also too featureless to match on.
  TestImage gradient = testing::DrawFlat(256, 256, 0, 0, 0);
  for (int y = 0; y < 256; ++y) {
    for (int x = 0; x < 256; ++x)
      gradient.At(x, y)[0] = gradient.At(x, y)[1] = static_cast<uint8_t>(x / 4);
  }
  EXPECT_LT(Hash(gradient).quality, kMinUsefulQuality);
}

TEST(PdqHash, TinyPicturesAreUnhashable) {
  const TestImage tiny = DrawScene(9, 4, 40);
  const PdqResult result = Hash(tiny);
  EXPECT_EQ(result.quality, 0);
  EXPECT_EQ(result.hash, PdqHash{});
  EXPECT_EQ(HashRgb(nullptr, 0, 0).quality, 0);
  EXPECT_GT(Hash(DrawScene(9, 5, 40)).quality, 0);
}

// Each dihedral variant computed from the DCT equals the hash of the picture transformed in pixels.
TEST(PdqHash, DihedralVariantsMatchTransformedPictures) {
  for (uint64_t seed : {20, 21, 22}) {
    const TestImage image = DrawScene(seed, 640, 400);
    const PdqDihedralResult variants = HashRgbDihedral(image.rgb.data(), image.width, image.height);
    EXPECT_EQ(variants[Dihedral::kOriginal], Hash(image).hash);
    EXPECT_EQ(variants.quality, Hash(image).quality);
    const TestImage r90 = testing::Rotate90Clockwise(image);
    const TestImage r180 = testing::Rotate90Clockwise(r90);
    const TestImage r270 = testing::Rotate90Clockwise(r180);
    const std::vector<std::pair<Dihedral, TestImage>> transformed = {
        {Dihedral::kRotate90, r90},
        {Dihedral::kRotate180, r180},
        {Dihedral::kRotate270, r270},
        {Dihedral::kFlipHorizontal, testing::FlipHorizontal(image)},
        {Dihedral::kFlipVertical, testing::FlipVertical(image)},
        {Dihedral::kTranspose, testing::Transpose(image)},
        {Dihedral::kAntiTranspose, testing::Transpose(r180)}};
    for (const auto& [transform, picture] : transformed) {
      const int distance = HammingDistance(variants[transform], Hash(picture).hash);
      EXPECT_LE(distance, 2) << DihedralName(transform) << " seed " << seed;
      // And the untransformed hash does not match it.
      EXPECT_GT(HammingDistance(variants[Dihedral::kOriginal], Hash(picture).hash), kMatchDistance)
          << DihedralName(transform) << " seed " << seed;
    }
  }
}

TEST(PdqHash, RotatedAndMirroredFilesAreFoundThroughTheVariants) {
  const TestImage image = DrawScene(30, 1024, 768);
  const auto original = HashImageBytesDihedral(testing::EncodeJpeg(image, 85));
  ASSERT_TRUE(original.ok()) << original.status().message();
  const PdqHash rotated =
      HashBytes(testing::EncodeJpeg(testing::Rotate90Clockwise(image), 85)).hash;
  const PdqHash mirrored = HashBytes(testing::EncodePng(testing::FlipHorizontal(image))).hash;
  EXPECT_LE(HammingDistance((*original)[Dihedral::kRotate90], rotated), 8);
  EXPECT_LE(HammingDistance((*original)[Dihedral::kFlipHorizontal], mirrored), 8);
}

TEST(PdqHash, DecodeErrorsPassThrough) {
  const auto result = HashImageBytes("not an image");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().kind(), ErrorKind::kInvalidInput);
  EXPECT_FALSE(HashImageBytesDihedral("").ok());
}

}  // namespace
}  // namespace ariadne::pdq
