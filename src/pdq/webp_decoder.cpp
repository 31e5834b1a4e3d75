// WebP through libwebp, reduced while decoding by its own rescaler. libwebp reports errors by
// return value, so no longjmp is involved here.
#include <fmt/format.h>
#include <webp/decode.h>

#include <algorithm>
#include <vector>

#include "pdq/decoders.h"

namespace ariadne::pdq::internal {
namespace {

const char* DescribeStatus(VP8StatusCode status) {
  switch (status) {
    case VP8_STATUS_OK:
      return "ok";
    case VP8_STATUS_OUT_OF_MEMORY:
      return "out of memory";
    case VP8_STATUS_INVALID_PARAM:
      return "invalid parameter";
    case VP8_STATUS_BITSTREAM_ERROR:
      return "bitstream error";
    case VP8_STATUS_UNSUPPORTED_FEATURE:
      return "unsupported feature";
    case VP8_STATUS_SUSPENDED:
      return "suspended";
    case VP8_STATUS_USER_ABORT:
      return "aborted";
    case VP8_STATUS_NOT_ENOUGH_DATA:
      return "file ends early (truncated)";
  }
  return "unknown error";
}

}  // namespace

Result<DecodedImage> DecodeWebp(std::string_view bytes, int target_long_side) {
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  WebPBitstreamFeatures features;
  const VP8StatusCode header_status = WebPGetFeatures(data, bytes.size(), &features);
  if (header_status != VP8_STATUS_OK) {
    return InvalidInput(
        fmt::format("corrupt or unsupported WebP: {}", DescribeStatus(header_status)));
  }
  if (features.has_animation) {
    return InvalidInput("animated WebP is not supported; extract a frame first");
  }
  ARIADNE_RETURN_IF_ERROR(CheckDeclaredSize(ImageFormat::kWebp, features.width, features.height));
  // Lossless WebP (format 2) is decoded into a whole full-size ARGB buffer inside libwebp.
  if (features.format == 2 && int64_t{features.width} * features.height > kMaxWholeDecodePixels) {
    return InvalidInput(
        fmt::format("lossless WebP of {} x {} pixels is beyond the limit of {} pixels for "
                    "pictures that must be decoded whole; refused",
                    features.width, features.height, kMaxWholeDecodePixels));
  }

  WebPDecoderConfig config;
  if (!WebPInitDecoderConfig(&config)) return Internal("libwebp version mismatch");
  int width = features.width;
  int height = features.height;
  if (BoxReductionFactor(width, height, target_long_side) > 1) {
    // Long side exactly target, short side in proportion and at least 1 px.
    const int64_t long_side = std::max(width, height);
    width = static_cast<int>(
        std::max<int64_t>(1, (int64_t{width} * target_long_side + long_side / 2) / long_side));
    height = static_cast<int>(
        std::max<int64_t>(1, (int64_t{height} * target_long_side + long_side / 2) / long_side));
    config.options.use_scaling = 1;
    config.options.scaled_width = width;
    config.options.scaled_height = height;
  }
  std::vector<uint8_t> rgba(static_cast<size_t>(width) * height * 4);
  config.output.colorspace = MODE_RGBA;
  config.output.is_external_memory = 1;
  config.output.u.RGBA.rgba = rgba.data();
  config.output.u.RGBA.stride = width * 4;
  config.output.u.RGBA.size = rgba.size();
  const VP8StatusCode status = WebPDecode(data, bytes.size(), &config);
  WebPFreeDecBuffer(
      &config.output);  // frees nothing of ours (external memory), but is the protocol
  if (status != VP8_STATUS_OK) {
    return InvalidInput(fmt::format("corrupt or truncated WebP ({} x {} pixels): {}",
                                    features.width, features.height, DescribeStatus(status)));
  }

  DecodedImage image;
  image.format = ImageFormat::kWebp;
  image.source_width = features.width;
  image.source_height = features.height;
  image.width = width;
  image.height = height;
  image.rgb.resize(static_cast<size_t>(width) * height * 3);
  CompositeRgbaOnWhite(rgba.data(), int64_t{width} * height, image.rgb.data());
  return image;
}

}  // namespace ariadne::pdq::internal
