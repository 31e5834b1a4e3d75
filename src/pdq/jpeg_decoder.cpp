// JPEG through libjpeg-turbo, reduced while decoding with its DCT scaling (scale_num / 8).
//
// libjpeg reports fatal errors by calling error_exit, which must not return: we longjmp back to
// a setjmp. A longjmp that skips a C++ destructor is undefined behaviour, so everything between
// setjmp and the libjpeg calls lives in the two C-style functions ReadHeader and ReadPixels, whose
// locals are all trivially destructible; buffers are allocated by the caller in between.
#include <fmt/format.h>

#include <algorithm>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <vector>

#include "pdq/decoders.h"

// jpeglib.h uses FILE and size_t without declaring them; jerror.h needs jpeglib.h.
// clang-format off
#include <cstdio>
#include <jpeglib.h>
#include <jerror.h>
// clang-format on

namespace ariadne::pdq::internal {
namespace {

// Backstop for libjpeg's own allocations (progressive JPEGs keep every coefficient).
constexpr long kJpegMemoryLimit = 512L * 1024 * 1024;

struct JpegErrorState {
  jpeg_error_mgr manager;  // first member: libjpeg hands back a jpeg_error_mgr*
  std::jmp_buf jump;
  char message[JMSG_LENGTH_MAX];
};

[[noreturn]] void FailWith(j_common_ptr cinfo, const char* message) {
  auto* state = reinterpret_cast<JpegErrorState*>(cinfo->err);
  std::snprintf(state->message, sizeof state->message, "%s", message);
  std::longjmp(state->jump, 1);
}

[[noreturn]] void OnJpegError(j_common_ptr cinfo) {
  auto* state = reinterpret_cast<JpegErrorState*>(cinfo->err);
  (*cinfo->err->format_message)(cinfo, state->message);
  std::longjmp(state->jump, 1);
}

// libjpeg carries on after "warnings" about corrupt data, padding the picture with grey. A
// padded picture would hash as a different photo, so corrupt data is an error here; only
// warnings about harmless metadata are ignored.
void OnJpegMessage(j_common_ptr cinfo, int level) {
  if (level >= 0) return;  // trace output
  switch (cinfo->err->msg_code) {
    case JWRN_EXTRANEOUS_DATA:  // stray bytes between markers
    case JWRN_JFIF_MAJOR:
    case JWRN_ADOBE_XFORM:
    case JWRN_BOGUS_ICC:
      ++cinfo->err->num_warnings;
      return;
    default:
      OnJpegError(cinfo);
  }
}

void OnJpegProgress(j_common_ptr cinfo) {
  if (!cinfo->is_decompressor) return;
  const auto* dinfo = reinterpret_cast<j_decompress_ptr>(cinfo);
  if (dinfo->input_scan_number > kMaxJpegScans) {
    FailWith(cinfo, "too many progressive scans (a CPU-exhaustion pattern)");
  }
}

struct JpegJob {
  const uint8_t* data = nullptr;
  size_t size = 0;
  int target_long_side = 0;

  jpeg_decompress_struct cinfo;
  JpegErrorState error;
  jpeg_progress_mgr progress;
  bool created = false;

  // Filled by ReadHeader.
  int source_width = 0;
  int source_height = 0;
  bool size_ok = false;
  bool progressive = false;
  bool cmyk = false;
  int out_width = 0;
  int out_height = 0;

  // Caller-owned buffers for ReadPixels: out_height rows of out_width RGB pixels, and for CMYK
  // one row of out_width * 4 samples.
  uint8_t* rgb = nullptr;
  uint8_t* cmyk_row = nullptr;
};

// The smallest scale_num (scale_denom 8) that keeps the long side at or above the target; a
// result beyond 1.5 x target (possible only at 1/8 and 2/8) is box-reduced afterwards.
int ChooseScaleNum(int long_side, int target_long_side) {
  if (target_long_side <= 0) return 8;
  for (int num = 1; num < 8; ++num) {
    if ((int64_t{long_side} * num + 7) / 8 >= target_long_side) return num;
  }
  return 8;
}

// C-style on purpose (see the top of the file). Returns false after a libjpeg error.
bool ReadHeader(JpegJob* job) {
  if (setjmp(job->error.jump) != 0) return false;
  jpeg_create_decompress(&job->cinfo);
  job->created = true;
  job->cinfo.mem->max_memory_to_use = kJpegMemoryLimit;
  job->cinfo.progress = &job->progress;
  jpeg_mem_src(&job->cinfo, job->data, static_cast<unsigned long>(job->size));
  jpeg_read_header(&job->cinfo, TRUE);
  job->source_width = static_cast<int>(job->cinfo.image_width);
  job->source_height = static_cast<int>(job->cinfo.image_height);
  job->progressive = job->cinfo.progressive_mode != 0;
  if (!CheckDeclaredSize(ImageFormat::kJpeg, job->source_width, job->source_height).ok()) {
    return true;  // size_ok stays false; nothing allocated for the pixels
  }
  job->size_ok = true;
  job->cmyk = job->cinfo.jpeg_color_space == JCS_CMYK || job->cinfo.jpeg_color_space == JCS_YCCK;
  job->cinfo.out_color_space = job->cmyk ? JCS_CMYK : JCS_RGB;
  job->cinfo.scale_num = static_cast<unsigned int>(
      ChooseScaleNum(std::max(job->source_width, job->source_height), job->target_long_side));
  job->cinfo.scale_denom = 8;
  job->cinfo.dct_method = JDCT_ISLOW;  // the same pixels on every machine
  jpeg_calc_output_dimensions(&job->cinfo);
  job->out_width = static_cast<int>(job->cinfo.output_width);
  job->out_height = static_cast<int>(job->cinfo.output_height);
  return true;
}

// C-style on purpose (see the top of the file). Returns false after a libjpeg error.
bool ReadPixels(JpegJob* job) {
  if (setjmp(job->error.jump) != 0) return false;
  jpeg_start_decompress(&job->cinfo);
  if (static_cast<int>(job->cinfo.output_width) != job->out_width ||
      static_cast<int>(job->cinfo.output_height) != job->out_height ||
      job->cinfo.output_components != (job->cmyk ? 4 : 3)) {
    FailWith(reinterpret_cast<j_common_ptr>(&job->cinfo), "unexpected output geometry");
  }
  const bool adobe_inverted = job->cinfo.saw_Adobe_marker != 0;
  while (job->cinfo.output_scanline < job->cinfo.output_height) {
    uint8_t* rgb_row =
        job->rgb + static_cast<size_t>(job->cinfo.output_scanline) * job->out_width * 3;
    JSAMPROW row = job->cmyk ? job->cmyk_row : rgb_row;
    if (jpeg_read_scanlines(&job->cinfo, &row, 1) != 1) {
      FailWith(reinterpret_cast<j_common_ptr>(&job->cinfo), "no progress reading scanlines");
    }
    if (job->cmyk) {
      // Photoshop writes inverted CMYK (an Adobe marker says so): R = C * K / 255.
      for (int x = 0; x < job->out_width; ++x) {
        const uint8_t* p = job->cmyk_row + 4 * x;
        for (int c = 0; c < 3; ++c) {
          const unsigned ink = adobe_inverted ? p[c] : 255u - p[c];
          const unsigned key = adobe_inverted ? p[3] : 255u - p[3];
          rgb_row[3 * x + c] = static_cast<uint8_t>((ink * key + 127) / 255);
        }
      }
    }
  }
  jpeg_finish_decompress(&job->cinfo);
  return true;
}

class JpegJobCleanup {
 public:
  explicit JpegJobCleanup(JpegJob* job) : job_(job) {}
  ~JpegJobCleanup() {
    if (job_->created) jpeg_destroy_decompress(&job_->cinfo);
  }
  JpegJobCleanup(const JpegJobCleanup&) = delete;
  JpegJobCleanup& operator=(const JpegJobCleanup&) = delete;

 private:
  JpegJob* job_;
};

}  // namespace

Result<DecodedImage> DecodeJpeg(std::string_view bytes, int target_long_side) {
  JpegJob job;
  std::memset(&job.cinfo, 0, sizeof job.cinfo);
  std::memset(&job.error, 0, sizeof job.error);
  std::memset(&job.progress, 0, sizeof job.progress);
  job.data = reinterpret_cast<const uint8_t*>(bytes.data());
  job.size = bytes.size();
  job.target_long_side = target_long_side;
  job.cinfo.err = jpeg_std_error(&job.error.manager);
  job.error.manager.error_exit = OnJpegError;
  job.error.manager.emit_message = OnJpegMessage;
  job.progress.progress_monitor = OnJpegProgress;
  const JpegJobCleanup cleanup(&job);

  if (!ReadHeader(&job)) {
    return InvalidInput(fmt::format("corrupt or unsupported JPEG: {}", job.error.message));
  }
  ARIADNE_RETURN_IF_ERROR(
      CheckDeclaredSize(ImageFormat::kJpeg, job.source_width, job.source_height));
  if (job.progressive && int64_t{job.source_width} * job.source_height > kMaxWholeDecodePixels) {
    return InvalidInput(
        fmt::format("progressive JPEG of {} x {} pixels is beyond the limit of {} pixels for "
                    "pictures that must be decoded whole; refused",
                    job.source_width, job.source_height, kMaxWholeDecodePixels));
  }

  DecodedImage full;
  full.format = ImageFormat::kJpeg;
  full.source_width = job.source_width;
  full.source_height = job.source_height;
  full.width = job.out_width;
  full.height = job.out_height;
  full.rgb.resize(static_cast<size_t>(job.out_width) * job.out_height * 3);
  std::vector<uint8_t> cmyk_row(job.cmyk ? static_cast<size_t>(job.out_width) * 4 : 0);
  job.rgb = full.rgb.data();
  job.cmyk_row = cmyk_row.data();
  if (!ReadPixels(&job)) {
    return InvalidInput(fmt::format("corrupt or truncated JPEG ({} x {} pixels): {}",
                                    job.source_width, job.source_height, job.error.message));
  }

  // DCT scaling stops at 1/8 and moves in steps of 1/8, so it may leave more than 1.5 x target.
  const int factor = BoxReductionFactor(full.width, full.height, target_long_side);
  if (factor == 1) return full;
  DecodedImage reduced;
  reduced.format = full.format;
  reduced.source_width = full.source_width;
  reduced.source_height = full.source_height;
  RowReducer reducer(full.width, full.height, factor, &reduced);
  for (int y = 0; y < full.height; ++y) {
    reducer.AddRow(full.rgb.data() + static_cast<size_t>(y) * full.width * 3);
  }
  return reduced;
}

}  // namespace ariadne::pdq::internal
