#include "pdq/image_decode.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <string>

#include "pdq/decoders.h"

namespace ariadne::pdq {

std::string_view ImageFormatName(ImageFormat format) {
  switch (format) {
    case ImageFormat::kJpeg:
      return "jpeg";
    case ImageFormat::kPng:
      return "png";
    case ImageFormat::kWebp:
      return "webp";
    case ImageFormat::kUnknown:
      break;
  }
  return "unknown";
}

ImageFormat SniffImageFormat(std::string_view bytes) {
  static constexpr std::string_view kPngSignature("\x89PNG\r\n\x1a\n", 8);
  if (bytes.size() >= 3 && static_cast<uint8_t>(bytes[0]) == 0xFF &&
      static_cast<uint8_t>(bytes[1]) == 0xD8 && static_cast<uint8_t>(bytes[2]) == 0xFF) {
    return ImageFormat::kJpeg;
  }
  if (bytes.substr(0, kPngSignature.size()) == kPngSignature) return ImageFormat::kPng;
  if (bytes.size() >= 12 && bytes.substr(0, 4) == "RIFF" && bytes.substr(8, 4) == "WEBP") {
    return ImageFormat::kWebp;
  }
  return ImageFormat::kUnknown;
}

Result<DecodedImage> DecodeImage(std::string_view bytes, const DecodeOptions& options) {
  const int target = std::max(0, options.target_long_side);
  switch (SniffImageFormat(bytes)) {
    case ImageFormat::kJpeg:
      return internal::DecodeJpeg(bytes, target);
    case ImageFormat::kPng:
      return internal::DecodePng(bytes, target);
    case ImageFormat::kWebp:
      return internal::DecodeWebp(bytes, target);
    case ImageFormat::kUnknown:
      break;
  }
  std::string start;
  for (size_t i = 0; i < std::min<size_t>(bytes.size(), 4); ++i) {
    start += fmt::format("{}{:02x}", i == 0 ? "" : " ", static_cast<uint8_t>(bytes[i]));
  }
  return InvalidInput(fmt::format(
      "not an image Ariadne can decode ({} bytes starting \"{}\"): expected JPEG, PNG or WebP",
      bytes.size(), start));
}

namespace internal {

Status CheckDeclaredSize(ImageFormat format, int64_t width, int64_t height) {
  if (width <= 0 || height <= 0) {
    return InvalidInput(fmt::format("{} declares an empty picture ({} x {} pixels)",
                                    ImageFormatName(format), width, height));
  }
  if (width > kMaxImageSide || height > kMaxImageSide || width * height > kMaxDeclaredPixels) {
    return InvalidInput(fmt::format(
        "{} declares {} x {} pixels, beyond the limit of {} px a side and {} pixels in all "
        "(a possible decompression bomb); refused",
        ImageFormatName(format), width, height, kMaxImageSide, kMaxDeclaredPixels));
  }
  return Status::Ok();
}

int BoxReductionFactor(int width, int height, int target_long_side) {
  if (target_long_side <= 0) return 1;
  const int64_t long_side = std::max(width, height);
  const int64_t limit = std::max<int64_t>(1, target_long_side * int64_t{3} / 2);
  if (long_side <= limit) return 1;
  return static_cast<int>((long_side + limit - 1) / limit);
}

RowReducer::RowReducer(int width, int height, int factor, DecodedImage* out)
    : width_(width), height_(height), factor_(std::max(1, factor)), out_(out) {
  out_->width = (width_ + factor_ - 1) / factor_;
  out_->height = (height_ + factor_ - 1) / factor_;
  out_->rgb.assign(static_cast<size_t>(out_->width) * out_->height * 3, 0);
  sums_.assign(static_cast<size_t>(out_->width) * 3, 0);
}

void RowReducer::AddRow(const uint8_t* rgb) {
  if (rows_seen_ >= height_) return;
  if (factor_ == 1) {
    std::memcpy(out_->rgb.data() + static_cast<size_t>(rows_seen_) * width_ * 3, rgb,
                static_cast<size_t>(width_) * 3);
    ++rows_seen_;
    return;
  }
  for (int x = 0; x < width_; ++x) {
    uint32_t* sum = &sums_[static_cast<size_t>(x / factor_) * 3];
    sum[0] += rgb[3 * x];
    sum[1] += rgb[3 * x + 1];
    sum[2] += rgb[3 * x + 2];
  }
  ++rows_seen_;
  ++rows_in_block_;
  if (rows_in_block_ == factor_ || rows_seen_ == height_) Flush();
}

void RowReducer::Flush() {
  const int out_y = (rows_seen_ - 1) / factor_;
  uint8_t* row = out_->rgb.data() + static_cast<size_t>(out_y) * out_->width * 3;
  for (int ox = 0; ox < out_->width; ++ox) {
    const int columns = std::min(factor_, width_ - ox * factor_);
    const uint32_t count = static_cast<uint32_t>(columns * rows_in_block_);
    for (int c = 0; c < 3; ++c) {
      uint32_t& sum = sums_[static_cast<size_t>(ox) * 3 + c];
      row[ox * 3 + c] = static_cast<uint8_t>((sum + count / 2) / count);
      sum = 0;
    }
  }
  rows_in_block_ = 0;
}

void CompositeRgbaOnWhite(const uint8_t* rgba, int64_t pixels, uint8_t* rgb) {
  for (int64_t i = 0; i < pixels; ++i) {
    const uint32_t alpha = rgba[4 * i + 3];
    const uint32_t white = 255 * (255 - alpha);
    for (int c = 0; c < 3; ++c) {
      rgb[3 * i + c] = static_cast<uint8_t>((rgba[4 * i + c] * alpha + white + 127) / 255);
    }
  }
}

}  // namespace internal
}  // namespace ariadne::pdq
