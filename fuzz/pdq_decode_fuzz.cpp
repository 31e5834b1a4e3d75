// Fuzz target for src/pdq: DecodeImage on any bytes (JPEG, PNG, WebP or garbage) must return a
// picture or an error, never crash, hang or leak. A decoded picture must be non-empty, within
// the size promised by DecodeOptions, and hashable; its hash must survive a hex round trip.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "pdq/image_decode.h"
#include "pdq/pdq.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace pdq = ariadne::pdq;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto decoded = pdq::DecodeImage(bytes);
  if (!decoded.ok()) {
    if (decoded.status().message().empty()) __builtin_trap();
    return 0;
  }
  const pdq::DecodedImage& image = *decoded;
  if (image.width < 1 || image.height < 1) __builtin_trap();
  if (image.rgb.size() != static_cast<size_t>(image.width) * image.height * 3) __builtin_trap();
  if (image.format != pdq::SniffImageFormat(bytes)) __builtin_trap();
  if (image.width > image.source_width || image.height > image.source_height) __builtin_trap();
  if (std::max(image.width, image.height) > pdq::kDefaultTargetLongSide * 3 / 2) __builtin_trap();

  const pdq::PdqDihedralResult hashes =
      pdq::HashRgbDihedral(image.rgb.data(), image.width, image.height);
  if (hashes.quality < 0 || hashes.quality > 100) __builtin_trap();
  const pdq::PdqResult plain = pdq::HashRgb(image.rgb.data(), image.width, image.height);
  if (!(plain.hash == hashes[pdq::Dihedral::kOriginal])) __builtin_trap();
  const auto parsed = pdq::PdqHashFromHex(pdq::ToHex(plain.hash));
  if (!parsed.ok() || !(*parsed == plain.hash)) __builtin_trap();
  return 0;
}
