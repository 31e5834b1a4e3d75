#include "capture/http_body.h"

#include <cstring>

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

BodyDecoder::BodyDecoder(std::string_view transfer_encoding, std::string_view content_encoding,
                         size_t max_decoded)
    : max_decoded_(max_decoded) {
  chunked_ = AsciiLower(transfer_encoding).find("chunked") != std::string::npos;
  content_coding_ = AsciiLower(Trim(content_encoding));
  if (content_coding_.empty() || content_coding_ == "identity") {
    coding_ = Coding::kIdentity;
  } else if (content_coding_ == "gzip" || content_coding_ == "x-gzip" ||
             content_coding_ == "deflate") {
    coding_ = Coding::kZlib;
    zs_ = std::make_unique<z_stream>();
    std::memset(zs_.get(), 0, sizeof(z_stream));
    // 15 + 32: zlib or gzip header, detected automatically.
    if (inflateInit2(zs_.get(), 15 + 32) != Z_OK) {
      failed_ = true;
      problem_ = "cannot start zlib";
    }
  } else {
    coding_ = Coding::kUnknown;
    problem_ = "content coding \"" + content_coding_ + "\" is not supported: body kept encoded";
  }
}

BodyDecoder::~BodyDecoder() {
  if (zs_) inflateEnd(zs_.get());
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

bool BodyDecoder::Decode(std::string_view entity) {
  payload_sha1_.Update(entity);
  if (coding_ != Coding::kZlib) return Keep(entity);
  if (stream_end_ || entity.empty()) return true;
  unsigned char out[64 * 1024];
  zs_->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(entity.data()));
  zs_->avail_in = static_cast<uInt>(entity.size());
  while (zs_->avail_in > 0) {
    zs_->next_out = out;
    zs_->avail_out = sizeof(out);
    const int rc = inflate(zs_.get(), Z_NO_FLUSH);
    const size_t produced = sizeof(out) - zs_->avail_out;
    if (produced > 0 && !Keep({reinterpret_cast<char*>(out), produced})) return false;
    if (rc == Z_STREAM_END) {
      stream_end_ = true;
      return true;
    }
    if (rc == Z_DATA_ERROR && content_coding_ == "deflate" && !raw_deflate_tried_ &&
        zs_->total_out == 0) {
      // Some servers send raw deflate for "deflate": retry the same bytes without a header.
      raw_deflate_tried_ = true;
      inflateEnd(zs_.get());
      std::memset(zs_.get(), 0, sizeof(z_stream));
      inflateInit2(zs_.get(), -15);
      zs_->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(entity.data()));
      zs_->avail_in = static_cast<uInt>(entity.size());
      continue;
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      failed_ = true;
      problem_ = "broken " + content_coding_ + " body: " + (zs_->msg ? zs_->msg : "zlib error");
      return false;
    }
    if (rc == Z_BUF_ERROR && produced == 0) break;
  }
  return true;
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
  } else if (coding_ == Coding::kZlib && !stream_end_ && zs_->total_in > 0) {
    problem_ = "compressed body ended early";
  }
}

}  // namespace ariadne::capture
