// Internal to the pdq module: one decoder per format (jpeg_decoder.cpp, png_decoder.cpp,
// webp_decoder.cpp) and the helpers they share (image_decode.cpp). Not a public header.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "pdq/image_decode.h"

namespace ariadne::pdq::internal {

Result<DecodedImage> DecodeJpeg(std::string_view bytes, int target_long_side);
Result<DecodedImage> DecodePng(std::string_view bytes, int target_long_side);
Result<DecodedImage> DecodeWebp(std::string_view bytes, int target_long_side);

// kInvalidInput when the declared size is empty or beyond kMaxImageSide / kMaxDeclaredPixels.
Status CheckDeclaredSize(ImageFormat format, int64_t width, int64_t height);

// The integer factor by which a width x height picture is box-reduced: 1 when target_long_side is
// 0 or the long side is at most 1.5 x target, else ceil(long side / (1.5 x target)), which leaves
// a long side between 0.75 x and 1.5 x target.
int BoxReductionFactor(int width, int height, int target_long_side);

// Averages factor x factor blocks of RGB rows fed one at a time, top to bottom, into `out`
// (whose format and source size the caller sets). The last block in each direction may be
// partial. Not thread-safe.
class RowReducer {
 public:
  RowReducer(int width, int height, int factor, DecodedImage* out);
  // `rgb` holds `width` RGB pixels. Call exactly `height` times.
  void AddRow(const uint8_t* rgb);

 private:
  void Flush();

  int width_;
  int height_;
  int factor_;
  DecodedImage* out_;
  int rows_seen_ = 0;
  int rows_in_block_ = 0;
  std::vector<uint32_t> sums_;  // out_->width * 3
};

// Composites `pixels` RGBA pixels onto white, writing RGB (in place is allowed: rgb <= rgba).
void CompositeRgbaOnWhite(const uint8_t* rgba, int64_t pixels, uint8_t* rgb);

}  // namespace ariadne::pdq::internal
