// PNG through libpng, reduced row by row so that only one row of the full-size picture is held
// (interlaced pictures excepted: their passes must be combined in a whole buffer).
//
// libpng reports fatal errors by longjmp to png_jmpbuf. A longjmp that skips a C++ destructor is
// undefined behaviour, so the libpng calls live in the C-style functions ReadHeader and ReadRows,
// whose locals are all trivially destructible; buffers are allocated by the caller in between.
#include <fmt/format.h>
#include <png.h>

#include <algorithm>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <vector>

#include "pdq/decoders.h"

namespace ariadne::pdq::internal {
namespace {

// Ancillary chunks (text, ICC profiles) are of no use here: bound what libpng may spend on them.
constexpr png_alloc_size_t kChunkMemoryLimit = 4 * 1024 * 1024;
constexpr png_uint_32 kChunkCountLimit = 256;
// Deflate cannot compress better than 1032:1 (a 258-byte match costs at least 2 bits), so a
// file smaller than its raw pixel data / 1032 cannot hold the picture it declares.
constexpr int64_t kMaxDeflateRatio = 1032;

struct PngJob {
  const uint8_t* data = nullptr;
  size_t size = 0;
  size_t offset = 0;

  png_structp png = nullptr;
  png_infop info = nullptr;
  char message[256] = {};

  // Filled by ReadHeader.
  int width = 0;
  int height = 0;
  bool interlaced = false;
  int channels = 0;
  int bit_depth = 0;
  int passes = 1;
  size_t row_bytes = 0;

  // Caller-owned: one RGBA row (or, when interlaced, height rows), one RGB row, and the reducer.
  uint8_t* rgba = nullptr;
  uint8_t* rgb_row = nullptr;
  RowReducer* reducer = nullptr;
};

void OnPngError(png_structp png, png_const_charp message) {
  auto* job = static_cast<PngJob*>(png_get_error_ptr(png));
  std::snprintf(job->message, sizeof job->message, "%s", message);
  png_longjmp(png, 1);
}

void OnPngWarning(png_structp, png_const_charp) {}

void ReadFromMemory(png_structp png, png_bytep out, size_t length) {
  auto* job = static_cast<PngJob*>(png_get_io_ptr(png));
  if (length > job->size - job->offset) png_error(png, "file ends early (truncated)");
  std::memcpy(out, job->data + job->offset, length);
  job->offset += length;
}

// C-style on purpose (see the top of the file). Returns false after a libpng error.
bool ReadHeader(PngJob* job) {
  if (setjmp(png_jmpbuf(job->png)) != 0) return false;
  png_set_read_fn(job->png, job, ReadFromMemory);
  // Our own limits are checked below with a clearer message; libpng's are only a backstop.
  png_set_user_limits(job->png, 1u << 20, 1u << 20);
  png_set_chunk_malloc_max(job->png, kChunkMemoryLimit);
  png_set_chunk_cache_max(job->png, kChunkCountLimit);
  png_read_info(job->png, job->info);
  job->width = static_cast<int>(png_get_image_width(job->png, job->info));
  job->height = static_cast<int>(png_get_image_height(job->png, job->info));
  job->interlaced = png_get_interlace_type(job->png, job->info) != PNG_INTERLACE_NONE;
  job->channels = png_get_channels(job->png, job->info);
  job->bit_depth = png_get_bit_depth(job->png, job->info);
  if (!CheckDeclaredSize(ImageFormat::kPng, job->width, job->height).ok()) return true;

  // Whatever the colour type and depth, ask for 8-bit RGBA.
  const int color_type = png_get_color_type(job->png, job->info);
  const int bit_depth = png_get_bit_depth(job->png, job->info);
  if (color_type == PNG_COLOR_TYPE_PALETTE) png_set_palette_to_rgb(job->png);
  if (color_type == PNG_COLOR_TYPE_GRAY && bit_depth < 8) {
    png_set_expand_gray_1_2_4_to_8(job->png);
  }
  if (png_get_valid(job->png, job->info, PNG_INFO_tRNS)) png_set_tRNS_to_alpha(job->png);
  if (bit_depth == 16) png_set_strip_16(job->png);
  if (color_type == PNG_COLOR_TYPE_GRAY || color_type == PNG_COLOR_TYPE_GRAY_ALPHA) {
    png_set_gray_to_rgb(job->png);
  }
  png_set_add_alpha(job->png, 0xFF, PNG_FILLER_AFTER);  // no-op when alpha is already there
  job->passes = png_set_interlace_handling(job->png);
  png_read_update_info(job->png, job->info);
  job->row_bytes = png_get_rowbytes(job->png, job->info);
  return true;
}

// C-style on purpose (see the top of the file). Returns false after a libpng error.
bool ReadRows(PngJob* job) {
  if (setjmp(png_jmpbuf(job->png)) != 0) return false;
  const size_t stride = static_cast<size_t>(job->width) * 4;
  if (job->interlaced) {
    for (int pass = 0; pass < job->passes; ++pass) {
      for (int y = 0; y < job->height; ++y) {
        png_read_row(job->png, job->rgba + stride * y, nullptr);
      }
    }
    for (int y = 0; y < job->height; ++y) {
      CompositeRgbaOnWhite(job->rgba + stride * y, job->width, job->rgb_row);
      job->reducer->AddRow(job->rgb_row);
    }
  } else {
    for (int y = 0; y < job->height; ++y) {
      png_read_row(job->png, job->rgba, nullptr);
      CompositeRgbaOnWhite(job->rgba, job->width, job->rgb_row);
      job->reducer->AddRow(job->rgb_row);
    }
  }
  return true;
}

class PngJobCleanup {
 public:
  explicit PngJobCleanup(PngJob* job) : job_(job) {}
  ~PngJobCleanup() {
    if (job_->png != nullptr) png_destroy_read_struct(&job_->png, &job_->info, nullptr);
  }
  PngJobCleanup(const PngJobCleanup&) = delete;
  PngJobCleanup& operator=(const PngJobCleanup&) = delete;

 private:
  PngJob* job_;
};

}  // namespace

Result<DecodedImage> DecodePng(std::string_view bytes, int target_long_side) {
  PngJob job;
  job.data = reinterpret_cast<const uint8_t*>(bytes.data());
  job.size = bytes.size();
  const PngJobCleanup cleanup(&job);
  job.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &job, OnPngError, OnPngWarning);
  if (job.png == nullptr) return Internal("libpng could not create a read struct");
  job.info = png_create_info_struct(job.png);
  if (job.info == nullptr) return Internal("libpng could not create an info struct");

  if (!ReadHeader(&job)) {
    return InvalidInput(fmt::format("corrupt or unsupported PNG: {}", job.message));
  }
  ARIADNE_RETURN_IF_ERROR(CheckDeclaredSize(ImageFormat::kPng, job.width, job.height));
  const int64_t raw_bytes =
      int64_t{job.height} * ((int64_t{job.width} * job.channels * job.bit_depth + 7) / 8 + 1);
  if (static_cast<int64_t>(bytes.size()) < raw_bytes / kMaxDeflateRatio) {
    return InvalidInput(
        fmt::format("PNG declares {} x {} pixels ({} bytes raw) in a file of {} bytes, more than "
                    "deflate can compress (a possible decompression bomb); refused",
                    job.width, job.height, raw_bytes, bytes.size()));
  }
  if (job.interlaced && int64_t{job.width} * job.height > kMaxWholeDecodePixels) {
    return InvalidInput(
        fmt::format("interlaced PNG of {} x {} pixels is beyond the limit of {} pixels for "
                    "pictures that must be decoded whole; refused",
                    job.width, job.height, kMaxWholeDecodePixels));
  }
  const size_t stride = static_cast<size_t>(job.width) * 4;
  if (job.row_bytes != stride) {
    return Internal(fmt::format("libpng gave {} bytes a row for a {}-pixel RGBA row", job.row_bytes,
                                job.width));
  }

  DecodedImage image;
  image.format = ImageFormat::kPng;
  image.source_width = job.width;
  image.source_height = job.height;
  RowReducer reducer(job.width, job.height,
                     BoxReductionFactor(job.width, job.height, target_long_side), &image);
  std::vector<uint8_t> rgba(job.interlaced ? stride * job.height : stride);
  std::vector<uint8_t> rgb_row(static_cast<size_t>(job.width) * 3);
  job.rgba = rgba.data();
  job.rgb_row = rgb_row.data();
  job.reducer = &reducer;
  if (!ReadRows(&job)) {
    return InvalidInput(fmt::format("corrupt or truncated PNG ({} x {} pixels): {}", job.width,
                                    job.height, job.message));
  }
  return image;
}

}  // namespace ariadne::pdq::internal
