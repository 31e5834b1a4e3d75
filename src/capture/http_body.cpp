#include "capture/http_body.h"

#include <brotli/decode.h>
#include <fmt/format.h>
#include <zlib.h>
#include <zstd.h>

#include <cstring>
#include <functional>

#include "core/text.h"

namespace ariadne::capture {

namespace {
constexpr size_t kMaxHead = 256 * 1024;

std::string Base32(const unsigned char* bytes, size_t n) {
  static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (size_t i = 0; i < n; ++i) {
    buffer = (buffer << 8) | bytes[i];
    bits += 8;
    while (bits >= 5) {
      out += kAlphabet[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += kAlphabet[(buffer << (5 - bits)) & 31];
  while (out.size() % 8 != 0) out += '=';
  return out;
}
}  // namespace

std::string HttpHead::Get(std::string_view name) const {
  for (const auto& [k, v] : fields)
    if (AsciiLower(k) == AsciiLower(name)) return v;
  return "";
}

std::optional<HttpHead> ParseHttpResponseHead(std::string_view bytes) {
  if (bytes.substr(0, 5) != "HTTP/") return std::nullopt;
  const std::string_view window = bytes.substr(0, kMaxHead);
  size_t end = window.find("\r\n\r\n");
  size_t sep = 4;
  const size_t lf = window.find("\n\n");
  if (end == std::string_view::npos || (lf != std::string_view::npos && lf < end)) {
    end = lf;
    sep = 2;
  }
  if (end == std::string_view::npos) return std::nullopt;
  HttpHead head;
  head.length = end + sep;
  bool first = true;
  for (std::string_view line : Split(window.substr(0, end), '\n')) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (first) {
      first = false;
      const size_t sp = line.find(' ');
      if (sp == std::string_view::npos || sp + 4 > line.size()) return std::nullopt;
      const std::string_view code = line.substr(sp + 1, 3);
      for (char c : code)
        if (c < '0' || c > '9') return std::nullopt;
      head.status = (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
      head.reason = std::string(Trim(line.substr(std::min(line.size(), sp + 4))));
      continue;
    }
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    head.fields.emplace_back(std::string(Trim(line.substr(0, colon))),
                             std::string(Trim(line.substr(colon + 1))));
  }
  return head;
}

Sha1::Sha1() : ctx_(EVP_MD_CTX_new()) {
  EVP_DigestInit_ex(ctx_, EVP_sha1(), nullptr);
}
Sha1::~Sha1() {
  EVP_MD_CTX_free(ctx_);
}
void Sha1::Update(std::string_view bytes) {
  EVP_DigestUpdate(ctx_, bytes.data(), bytes.size());
}
std::string Sha1::WarcDigest() {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  EVP_DigestFinal_ex(ctx_, md, &n);
  return "sha1:" + Base32(md, n);
}

// One content-decoding step: bytes of one coding in, its decoded bytes out through `emit`
// (which returns false to stop). `name` is the coding as the response named it.
class BodyDecoder::Step {
 public:
  explicit Step(std::string name) : name_(std::move(name)) {}
  virtual ~Step() = default;
  // Decodes `in`; false when `emit` stopped or the coding is broken (then `*problem` says so).
  virtual bool Run(std::string_view in, const Emit& emit, std::string* problem) = 0;
  // Whether input was seen and its stream did not end: the body was cut short.
  virtual bool Unfinished() const = 0;
  const std::string& name() const { return name_; }
  size_t produced = 0;  // bytes emitted so far (every step is capped)

 protected:
  std::string Broken(std::string_view why) const {
    return fmt::format("broken {} body: {}", name_, why);
  }

 private:
  std::string name_;
};

namespace {

constexpr size_t kStepOut = 64 * 1024;

// gzip, x-gzip and deflate (zlib, or the raw deflate some servers send for "deflate").
class ZlibStep final : public BodyDecoder::Step {
 public:
  explicit ZlibStep(std::string name) : Step(std::move(name)) {
    // 15 + 32: zlib or gzip header, detected automatically.
    ok_ = inflateInit2(&zs_, 15 + 32) == Z_OK;
  }
  ~ZlibStep() override { inflateEnd(&zs_); }

  bool Run(std::string_view in, const BodyDecoder::Emit& emit, std::string* problem) override {
    if (!ok_) {
      *problem = "cannot start zlib";
      return false;
    }
    if (ended_ || in.empty()) return true;
    unsigned char out[kStepOut];
    zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs_.avail_in = static_cast<uInt>(in.size());
    while (zs_.avail_in > 0) {
      zs_.next_out = out;
      zs_.avail_out = sizeof(out);
      const int rc = inflate(&zs_, Z_NO_FLUSH);
      const size_t n = sizeof(out) - zs_.avail_out;
      if (n > 0 && !emit({reinterpret_cast<char*>(out), n})) return false;
      if (rc == Z_STREAM_END) {
        ended_ = true;
        return true;
      }
      if (rc == Z_DATA_ERROR && name() == "deflate" && !raw_tried_ && zs_.total_out == 0) {
        // Some servers send raw deflate for "deflate": retry the same bytes without a header.
        raw_tried_ = true;
        inflateEnd(&zs_);
        zs_ = z_stream{};
        inflateInit2(&zs_, -15);
        zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
        zs_.avail_in = static_cast<uInt>(in.size());
        continue;
      }
      if (rc != Z_OK && rc != Z_BUF_ERROR) {
        *problem = Broken(zs_.msg ? zs_.msg : "zlib error");
        return false;
      }
      if (rc == Z_BUF_ERROR && n == 0) break;
    }
    return true;
  }

  bool Unfinished() const override { return !ended_ && zs_.total_in > 0; }

 private:
  z_stream zs_{};
  bool ok_ = false;
  bool ended_ = false;
  bool raw_tried_ = false;
};

// br (RFC 7932). The decoder's window is at most 16 MiB (large windows are not enabled).
class BrotliStep final : public BodyDecoder::Step {
 public:
  BrotliStep() : Step("br"), state_(BrotliDecoderCreateInstance(nullptr, nullptr, nullptr)) {}
  ~BrotliStep() override { BrotliDecoderDestroyInstance(state_); }

  bool Run(std::string_view in, const BodyDecoder::Emit& emit, std::string* problem) override {
    if (state_ == nullptr) {
      *problem = "cannot start the brotli decoder";
      return false;
    }
    if (ended_ || in.empty()) return true;
    seen_ = true;
    size_t avail_in = in.size();
    const auto* next_in = reinterpret_cast<const uint8_t*>(in.data());
    uint8_t out[kStepOut];
    for (;;) {
      size_t avail_out = sizeof(out);
      uint8_t* next_out = out;
      const BrotliDecoderResult rc = BrotliDecoderDecompressStream(state_, &avail_in, &next_in,
                                                                   &avail_out, &next_out, nullptr);
      const size_t n = sizeof(out) - avail_out;
      if (n > 0 && !emit({reinterpret_cast<char*>(out), n})) return false;
      switch (rc) {
        case BROTLI_DECODER_RESULT_SUCCESS:
          ended_ = true;
          return true;
        case BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT:
          return true;
        case BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT:
          continue;
        default:
          *problem = Broken(BrotliDecoderErrorString(BrotliDecoderGetErrorCode(state_)));
          return false;
      }
    }
  }

  bool Unfinished() const override { return seen_ && !ended_; }

 private:
  BrotliDecoderState* state_;
  bool seen_ = false;
  bool ended_ = false;
};

// zstd (RFC 8878, content coding per RFC 9659): windows above 8 MiB are refused, so a hostile
// frame header cannot make the decoder allocate gigabytes.
class ZstdStep final : public BodyDecoder::Step {
 public:
  ZstdStep() : Step("zstd"), dctx_(ZSTD_createDCtx()) {
    if (dctx_ != nullptr) ZSTD_DCtx_setParameter(dctx_, ZSTD_d_windowLogMax, 23);
  }
  ~ZstdStep() override { ZSTD_freeDCtx(dctx_); }

  bool Run(std::string_view in, const BodyDecoder::Emit& emit, std::string* problem) override {
    if (dctx_ == nullptr) {
      *problem = "cannot start the zstd decoder";
      return false;
    }
    if (in.empty()) return true;
    seen_ = true;
    char out[kStepOut];
    ZSTD_inBuffer zin{in.data(), in.size(), 0};
    bool full = false;
    while (zin.pos < zin.size || full) {
      ZSTD_outBuffer zout{out, sizeof(out), 0};
      const size_t rc = ZSTD_decompressStream(dctx_, &zout, &zin);
      if (ZSTD_isError(rc)) {
        *problem = Broken(ZSTD_getErrorName(rc));
        return false;
      }
      if (zout.pos > 0 && !emit({out, zout.pos})) return false;
      full = zout.pos == zout.size;
      frame_done_ = rc == 0;  // a frame ended; another may follow
      if (!full && zout.pos == 0 && zin.pos == zin.size) break;
    }
    return true;
  }

  bool Unfinished() const override { return seen_ && !frame_done_; }

 private:
  ZSTD_DCtx* dctx_;
  bool seen_ = false;
  bool frame_done_ = false;
};

std::unique_ptr<BodyDecoder::Step> MakeStep(const std::string& coding) {
  if (coding == "gzip" || coding == "x-gzip" || coding == "deflate")
    return std::make_unique<ZlibStep>(coding);
  if (coding == "br") return std::make_unique<BrotliStep>();
  if (coding == "zstd") return std::make_unique<ZstdStep>();
  return nullptr;
}

}  // namespace

BodyDecoder::BodyDecoder(std::string_view transfer_encoding, std::string_view content_encoding,
                         size_t max_decoded)
    : max_decoded_(max_decoded) {
  chunked_ = AsciiLower(transfer_encoding).find("chunked") != std::string::npos;
  // "gzip, br": gzip was applied first, so br is undone first.
  std::vector<std::string> codings;
  const std::string lowered = AsciiLower(content_encoding);  // Split's views point into it
  for (std::string_view c : Split(lowered, ',')) {
    const std::string name(Trim(c));
    if (!name.empty() && name != "identity") codings.push_back(name);
  }
  if (codings.size() > kMaxContentCodings) {
    problem_ =
        fmt::format("{} content codings (\"{}\"): more than {} are not undone; body kept encoded",
                    codings.size(), Trim(content_encoding), kMaxContentCodings);
    return;
  }
  for (auto it = codings.rbegin(); it != codings.rend(); ++it) {
    std::unique_ptr<Step> step = MakeStep(*it);
    if (!step) {
      steps_.clear();
      problem_ = "content coding \"" + *it + "\" is not supported: body kept encoded";
      return;
    }
    steps_.push_back(std::move(step));
  }
}

BodyDecoder::~BodyDecoder() = default;

void BodyDecoder::Fail(std::string problem) {
  failed_ = true;
  if (problem_.empty()) problem_ = std::move(problem);
}

bool BodyDecoder::Keep(std::string_view bytes) {
  if (decoded_.size() + bytes.size() > max_decoded_) {
    decoded_.append(bytes.substr(0, max_decoded_ - decoded_.size()));
    truncated_ = true;
    if (problem_.empty()) {
      problem_ = "body larger than " + std::to_string(max_decoded_) + " bytes decoded: truncated";
    }
    return false;
  }
  decoded_.append(bytes);
  return true;
}

bool BodyDecoder::Push(size_t index, std::string_view bytes) {
  if (index == steps_.size()) return Keep(bytes);
  Step& step = *steps_[index];
  const bool last = index + 1 == steps_.size();
  std::string problem;
  const bool ok = step.Run(
      bytes,
      [&](std::string_view out) {
        // The last step's output is capped by Keep; an inner step's output is capped here, so a
        // bomb inside a bomb stops as early as a plain one.
        if (!last && step.produced + out.size() > max_decoded_) {
          truncated_ = true;
          if (problem_.empty()) {
            problem_ = fmt::format("body larger than {} bytes after undoing {}: truncated",
                                   max_decoded_, step.name());
          }
          return false;
        }
        step.produced += out.size();
        return Push(index + 1, out);
      },
      &problem);
  if (!problem.empty()) Fail(std::move(problem));
  return ok;
}

bool BodyDecoder::Decode(std::string_view entity) {
  payload_sha1_.Update(entity);
  if (steps_.empty()) return Keep(entity);
  return Push(0, entity);
}

bool BodyDecoder::Dechunk(std::string_view raw) {
  size_t i = 0;
  while (i < raw.size()) {
    switch (chunk_state_) {
      case ChunkState::kSize: {
        const char c = raw[i++];
        if (c == '\n') {
          std::string_view line = Trim(size_line_);
          const size_t semi = line.find(';');  // chunk extensions
          line = Trim(line.substr(0, semi));
          uint64_t n = 0;
          if (line.empty() || line.size() > 15) {
            failed_ = true;
            problem_ = "broken chunked body: bad chunk size";
            return false;
          }
          for (char h : line) {
            int d = std::isdigit(static_cast<unsigned char>(h))    ? h - '0'
                    : std::isxdigit(static_cast<unsigned char>(h)) ? (std::tolower(h) - 'a' + 10)
                                                                   : -1;
            if (d < 0) {
              failed_ = true;
              problem_ = "broken chunked body: bad chunk size";
              return false;
            }
            n = n * 16 + static_cast<uint64_t>(d);
          }
          size_line_.clear();
          chunk_left_ = n;
          chunk_state_ = n == 0 ? ChunkState::kTrailer : ChunkState::kData;
          trailer_newlines_ = 0;
        } else if (size_line_.size() < 1024) {
          size_line_ += c;
        } else {
          failed_ = true;
          problem_ = "broken chunked body: chunk size line too long";
          return false;
        }
        break;
      }
      case ChunkState::kData: {
        const size_t take = static_cast<size_t>(std::min<uint64_t>(chunk_left_, raw.size() - i));
        if (!Decode(raw.substr(i, take))) return false;
        i += take;
        chunk_left_ -= take;
        if (chunk_left_ == 0) chunk_state_ = ChunkState::kDataEnd;
        break;
      }
      case ChunkState::kDataEnd:
        if (raw[i++] == '\n') chunk_state_ = ChunkState::kSize;
        break;
      case ChunkState::kTrailer:
        // Trailer fields until an empty line; we keep none of them.
        if (raw[i] == '\n') {
          if (++trailer_newlines_ >= 1 && size_line_.empty()) chunk_state_ = ChunkState::kDone;
          size_line_.clear();
        } else if (raw[i] != '\r') {
          if (size_line_.size() < 1024) size_line_ += raw[i];
        }
        ++i;
        break;
      case ChunkState::kDone:
        return true;
    }
  }
  return true;
}

bool BodyDecoder::Feed(std::string_view raw) {
  if (failed_ || truncated_) return false;
  return chunked_ ? Dechunk(raw) : Decode(raw);
}

void BodyDecoder::Finish() {
  if (failed_ || truncated_) return;
  if (chunked_ && chunk_state_ != ChunkState::kDone && chunk_state_ != ChunkState::kTrailer) {
    problem_ = "chunked body ended before its last chunk";
    return;
  }
  for (const std::unique_ptr<Step>& step : steps_) {
    if (step->Unfinished()) {
      problem_ = "compressed body ended early (" + step->name() + ")";
      return;
    }
  }
}

}  // namespace ariadne::capture
