#include "pdq/pdq.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace ariadne::pdq {
namespace {

constexpr int kGrid = 64;    // the picture is decimated to kGrid x kGrid
constexpr int kCoeffs = 16;  // DCT frequencies 1..16 in each direction

using Coefficients = std::array<std::array<float, kCoeffs>, kCoeffs>;

// Jarosz box windows are about 1/128 of the side (two passes make a tent about 1/64 wide, the
// decimation step). Forced odd and centred so that mirroring the picture mirrors the result.
int HalfWindow(int side) {
  const int window = (side + 2 * kGrid - 1) / (2 * kGrid);
  return window / 2;
}

// The 1-D operator "centred box mean with the window shrinking at the edges, twice, then linear
// interpolation at the centres of kGrid cells" as kGrid rows of weights over the input samples.
// The filter is linear and separable, so applying these along rows and then along columns gives
// the filtered and decimated picture (up to float rounding) while reading each pixel once,
// instead of filtering every pixel four times.
struct AxisWeights {
  int stride = 0;                  // weights per row
  std::array<int, kGrid> first{};  // first input sample with a weight, per grid index
  std::array<int, kGrid> count{};  // number of weighted samples from `first`
  std::vector<float> weights;      // kGrid rows of `stride`
};

AxisWeights ComputeAxisWeights(int side) {
  const int half = HalfWindow(side);
  std::vector<double> reciprocal(static_cast<size_t>(side));
  for (int i = 0; i < side; ++i) {
    reciprocal[i] = 1.0 / (std::min(side - 1, i + half) - std::max(0, i - half) + 1);
  }
  AxisWeights axis;
  axis.stride = 4 * half + 2;
  axis.weights.assign(static_cast<size_t>(kGrid) * axis.stride, 0.0f);
  std::vector<double> v, prefix;
  for (int g = 0; g < kGrid; ++g) {
    // Sample position: the centre of cell g, between pixels index and index + 1.
    const double position =
        std::clamp((g + 0.5) * side / kGrid - 0.5, 0.0, static_cast<double>(side - 1));
    const int index = std::min(static_cast<int>(std::floor(position)), side - 2);
    const double weight = position - index;
    // Each box pass widens the support by `half` on both sides.
    const int lo = std::max(0, index - 2 * half);
    const int hi = std::min(side - 1, index + 1 + 2 * half);
    const int n = hi - lo + 1;
    v.assign(static_cast<size_t>(n), 0.0);
    v[index - lo] = 1.0 - weight;
    v[index + 1 - lo] = weight;
    // Interpolation after B twice is the row vector t.B.B, where (t.B)_j is the sum of
    // t_i * reciprocal_i over the i within `half` of j.
    for (int pass = 0; pass < 2; ++pass) {
      prefix.assign(static_cast<size_t>(n) + 1, 0.0);
      for (int k = 0; k < n; ++k) prefix[k + 1] = prefix[k] + v[k] * reciprocal[lo + k];
      for (int k = 0; k < n; ++k) {
        v[k] = prefix[std::min(n - 1, k + half) + 1] - prefix[std::max(0, k - half)];
      }
    }
    axis.first[g] = lo;
    axis.count[g] = n;
    for (int k = 0; k < n; ++k)
      axis.weights[static_cast<size_t>(g) * axis.stride + k] = static_cast<float>(v[k]);
  }
  return axis;
}

// DCT-II basis rows for frequencies 1..16 over 64 samples, with the orthonormal scale.
const std::array<std::array<float, kGrid>, kCoeffs>& DctMatrix() {
  static const auto matrix = [] {
    std::array<std::array<float, kGrid>, kCoeffs> m{};
    const double scale = std::sqrt(2.0 / kGrid);
    for (int i = 0; i < kCoeffs; ++i) {
      for (int j = 0; j < kGrid; ++j) {
        m[i][j] = static_cast<float>(
            scale * std::cos(std::numbers::pi / (2 * kGrid) * (i + 1) * (2 * j + 1)));
      }
    }
    return m;
  }();
  return matrix;
}

// Steps 1-4 of the algorithm (see pdq.h): the 16 x 16 DCT coefficients and the quality.
int ComputeCoefficients(const uint8_t* rgb, int width, int height, Coefficients& coefficients) {
  for (auto& row : coefficients) row.fill(0.0f);
  if (rgb == nullptr || width < kMinHashableSide || height < kMinHashableSide) return 0;

  const AxisWeights across = ComputeAxisWeights(width);  // along each row: 64 columns
  const AxisWeights down = ComputeAxisWeights(height);   // along each column: 64 rows
  std::vector<char> row_needed(static_cast<size_t>(height), 0);
  for (int i = 0; i < kGrid; ++i) {
    std::fill_n(row_needed.begin() + down.first[i], down.count[i], 1);
  }

  // Luma (step 1), filtered and decimated along each needed row (step 2, first half).
  std::vector<float> luma(static_cast<size_t>(width));
  std::vector<float> columns(static_cast<size_t>(height) * kGrid, 0.0f);
  for (int y = 0; y < height; ++y) {
    if (row_needed[y] == 0) continue;
    const uint8_t* p = rgb + static_cast<size_t>(y) * width * 3;
    for (int x = 0; x < width; ++x) {
      luma[x] = 0.299f * p[3 * x] + 0.587f * p[3 * x + 1] + 0.114f * p[3 * x + 2];
    }
    float* out = columns.data() + static_cast<size_t>(y) * kGrid;
    for (int j = 0; j < kGrid; ++j) {
      const float* w = across.weights.data() + static_cast<size_t>(j) * across.stride;
      const float* in = luma.data() + across.first[j];
      float sum = 0;
      for (int k = 0; k < across.count[j]; ++k) sum += w[k] * in[k];
      out[j] = sum;
    }
  }
  // And down the columns (step 2, second half).
  std::array<std::array<float, kGrid>, kGrid> grid{};
  for (int i = 0; i < kGrid; ++i) {
    const float* w = down.weights.data() + static_cast<size_t>(i) * down.stride;
    for (int k = 0; k < down.count[i]; ++k) {
      const float* in = columns.data() + static_cast<size_t>(down.first[i] + k) * kGrid;
      for (int j = 0; j < kGrid; ++j) grid[i][j] += w[k] * in[j];
    }
  }

  // Quality (step 3).
  int gradient_sum = 0;
  for (int i = 0; i < kGrid; ++i) {
    for (int j = 0; j < kGrid; ++j) {
      if (i + 1 < kGrid) {
        gradient_sum += std::abs(static_cast<int>((grid[i][j] - grid[i + 1][j]) * 100 / 255));
      }
      if (j + 1 < kGrid) {
        gradient_sum += std::abs(static_cast<int>((grid[i][j] - grid[i][j + 1]) * 100 / 255));
      }
    }
  }
  const int quality = std::min(100, gradient_sum / 90);

  // DCT (step 4): coefficients = D * grid * D^T with D the 16 x 64 basis.
  const auto& dct = DctMatrix();
  std::array<std::array<float, kGrid>, kCoeffs> partial{};  // D * grid
  for (int i = 0; i < kCoeffs; ++i) {
    for (int k = 0; k < kGrid; ++k) {
      const float d = dct[i][k];
      for (int j = 0; j < kGrid; ++j) partial[i][j] += d * grid[k][j];
    }
  }
  for (int i = 0; i < kCoeffs; ++i) {
    for (int j = 0; j < kCoeffs; ++j) {
      float sum = 0;
      for (int k = 0; k < kGrid; ++k) sum += partial[i][k] * dct[j][k];
      coefficients[i][j] = sum;
    }
  }
  return quality;
}

// Step 5: bit i*16+j is set when coefficient (i, j) exceeds the median (the 128th smallest).
PdqHash HashFromCoefficients(const Coefficients& coefficients) {
  std::array<float, kCoeffs * kCoeffs> sorted{};
  for (int i = 0; i < kCoeffs; ++i) {
    for (int j = 0; j < kCoeffs; ++j) sorted[i * kCoeffs + j] = coefficients[i][j];
  }
  std::nth_element(sorted.begin(), sorted.begin() + 127, sorted.end());
  const float median = sorted[127];
  PdqHash hash;
  for (int i = 0; i < kCoeffs; ++i) {
    for (int j = 0; j < kCoeffs; ++j) {
      if (coefficients[i][j] > median) hash.SetBit(i * kCoeffs + j);
    }
  }
  return hash;
}

// Mirroring a 64-sample axis maps basis row u (frequency u+1) onto itself times (-1)^(u+1): the
// even-indexed rows change sign. Transposing the picture transposes the coefficients.
Coefficients Transform(const Coefficients& c, Dihedral transform) {
  bool transpose = false;
  bool flip_rows = false;     // mirrored top-bottom in the result
  bool flip_columns = false;  // mirrored left-right in the result
  switch (transform) {
    case Dihedral::kOriginal:
      break;
    case Dihedral::kRotate90:  // clockwise = transpose, then mirror left-right
      transpose = flip_columns = true;
      break;
    case Dihedral::kRotate180:
      flip_rows = flip_columns = true;
      break;
    case Dihedral::kRotate270:  // transpose, then mirror top-bottom
      transpose = flip_rows = true;
      break;
    case Dihedral::kFlipHorizontal:
      flip_columns = true;
      break;
    case Dihedral::kFlipVertical:
      flip_rows = true;
      break;
    case Dihedral::kTranspose:
      transpose = true;
      break;
    case Dihedral::kAntiTranspose:
      transpose = flip_rows = flip_columns = true;
      break;
  }
  Coefficients out{};
  for (int a = 0; a < kCoeffs; ++a) {
    for (int b = 0; b < kCoeffs; ++b) {
      float v = transpose ? c[b][a] : c[a][b];
      if (flip_rows && a % 2 == 0) v = -v;
      if (flip_columns && b % 2 == 0) v = -v;
      out[a][b] = v;
    }
  }
  return out;
}

}  // namespace

std::string ToHex(const PdqHash& hash) {
  std::string hex;
  hex.reserve(64);
  for (size_t i = hash.words.size(); i-- > 0;) hex += fmt::format("{:016x}", hash.words[i]);
  return hex;
}

Result<PdqHash> PdqHashFromHex(std::string_view hex) {
  if (hex.size() != 64) {
    return InvalidInput(fmt::format("a PDQ hash is 64 hex digits, got {} characters: \"{}\"",
                                    hex.size(), hex.substr(0, 80)));
  }
  PdqHash hash;
  for (size_t i = 0; i < hex.size(); ++i) {
    const char c = hex[i];
    uint64_t nibble = 0;
    if (c >= '0' && c <= '9') {
      nibble = static_cast<uint64_t>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      nibble = static_cast<uint64_t>(c - 'a' + 10);
    } else if (c >= 'A' && c <= 'F') {
      nibble = static_cast<uint64_t>(c - 'A' + 10);
    } else {
      return InvalidInput(
          fmt::format("a PDQ hash is 64 hex digits; character {} (byte 0x{:02x}) is not one", i + 1,
                      static_cast<uint8_t>(c)));
    }
    const size_t bit = 4 * (63 - i);  // the first digit holds bits 255..252
    hash.words[bit / 64] |= nibble << (bit % 64);
  }
  return hash;
}

std::string_view DihedralName(Dihedral transform) {
  switch (transform) {
    case Dihedral::kOriginal:
      return "original";
    case Dihedral::kRotate90:
      return "rotate90";
    case Dihedral::kRotate180:
      return "rotate180";
    case Dihedral::kRotate270:
      return "rotate270";
    case Dihedral::kFlipHorizontal:
      return "flip_horizontal";
    case Dihedral::kFlipVertical:
      return "flip_vertical";
    case Dihedral::kTranspose:
      return "transpose";
    case Dihedral::kAntiTranspose:
      return "anti_transpose";
  }
  return "unknown";
}

PdqResult HashRgb(const uint8_t* rgb, int width, int height) {
  Coefficients coefficients;
  PdqResult result;
  result.quality = ComputeCoefficients(rgb, width, height, coefficients);
  if (width < kMinHashableSide || height < kMinHashableSide) return result;
  result.hash = HashFromCoefficients(coefficients);
  return result;
}

PdqDihedralResult HashRgbDihedral(const uint8_t* rgb, int width, int height) {
  Coefficients coefficients;
  PdqDihedralResult result;
  result.quality = ComputeCoefficients(rgb, width, height, coefficients);
  if (width < kMinHashableSide || height < kMinHashableSide) return result;
  for (int d = 0; d < kDihedralCount; ++d) {
    result.hashes[d] = HashFromCoefficients(Transform(coefficients, static_cast<Dihedral>(d)));
  }
  return result;
}

Result<PdqResult> HashImageBytes(std::string_view bytes) {
  auto image = DecodeImage(bytes);
  if (!image.ok()) return image.status();
  return HashRgb(image->rgb.data(), image->width, image->height);
}

Result<PdqDihedralResult> HashImageBytesDihedral(std::string_view bytes) {
  auto image = DecodeImage(bytes);
  if (!image.ok()) return image.status();
  return HashRgbDihedral(image->rgb.data(), image->width, image->height);
}

}  // namespace ariadne::pdq
