#include "capture/warc_reader.h"

#include <cstring>

#include "core/text.h"

namespace ariadne::capture {

namespace {
constexpr size_t kReadChunk = 64 * 1024;
constexpr size_t kMaxHeader = 1 << 20;  // a record header larger than this is damage
}  // namespace

std::string WarcRecord::Get(std::string_view name) const {
  for (const auto& [k, v] : fields) {
    if (AsciiLower(k) == AsciiLower(name)) {
      if (v.size() >= 2 && v.front() == '<' && v.back() == '>') return v.substr(1, v.size() - 2);
      return v;
    }
  }
  return "";
}

bool LooksLikeGzip(std::string_view head) {
  return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
         static_cast<unsigned char>(head[1]) == 0x8b;
}

WarcReader::WarcReader(std::istream& in, bool gzip, int64_t start_offset, size_t max_block_bytes)
    : in_(in), gzip_(gzip), max_block_(max_block_bytes) {
  base_ = 0;
  compressed_pos_ = start_offset;
  if (gzip_) {
    zs_ = std::make_unique<z_stream>();
    std::memset(zs_.get(), 0, sizeof(z_stream));
    inflateInit2(zs_.get(), 15 + 16);
    members_.emplace_back(0, start_offset);
  } else {
    // For plain files decompressed offsets are file offsets.
    base_ = start_offset;
  }
}

WarcReader::~WarcReader() {
  if (zs_) inflateEnd(zs_.get());
}

bool WarcReader::Fill() {
  if (eof_) return false;
  Compact();
  if (!gzip_) {
    const size_t old = buf_.size();
    buf_.resize(old + kReadChunk);
    in_.read(buf_.data() + old, kReadChunk);
    const size_t got = static_cast<size_t>(in_.gcount());
    buf_.resize(old + got);
    if (got == 0) {
      if (in_.bad()) status_ = IoError("read error");
      eof_ = true;
      return false;
    }
    return true;
  }
  if (gzip_broken_) {
    eof_ = true;
    return false;
  }
  const size_t before = buf_.size();
  while (buf_.size() == before) {
    if (zs_->avail_in == 0) {
      in_chunk_.resize(kReadChunk);
      in_.read(in_chunk_.data(), kReadChunk);
      const size_t got = static_cast<size_t>(in_.gcount());
      if (got == 0) {
        if (in_.bad()) status_ = IoError("read error");
        eof_ = true;
        return false;
      }
      in_chunk_.resize(got);
      zs_->next_in = reinterpret_cast<Bytef*>(in_chunk_.data());
      zs_->avail_in = static_cast<uInt>(got);
    }
    unsigned char out[kReadChunk];
    zs_->next_out = out;
    zs_->avail_out = sizeof(out);
    const uInt avail_before = zs_->avail_in;
    const int rc = inflate(zs_.get(), Z_NO_FLUSH);
    compressed_pos_ += avail_before - zs_->avail_in;
    buf_.append(reinterpret_cast<char*>(out), sizeof(out) - zs_->avail_out);
    if (rc == Z_STREAM_END) {
      // The next member (if any) starts here.
      members_.emplace_back(base_ + static_cast<int64_t>(buf_.size()), compressed_pos_);
      inflateReset(zs_.get());
    } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
      gzip_broken_ = true;  // what was decompressed so far is still read
      if (buf_.size() == before) {
        eof_ = true;
        return false;
      }
    }
  }
  return true;
}

bool WarcReader::Ensure(size_t n) {
  while (buf_.size() - pos_ < n) {
    if (!Fill()) return buf_.size() - pos_ >= n;
  }
  return true;
}

void WarcReader::Compact() {
  if (pos_ > (size_t{1} << 20) || (pos_ > 0 && pos_ == buf_.size())) {
    buf_.erase(0, pos_);
    base_ += static_cast<int64_t>(pos_);
    pos_ = 0;
  }
}

void WarcReader::Consume(size_t n) {
  pos_ += n;
}

int64_t WarcReader::FileOffsetOf(int64_t d) const {
  if (!gzip_) return d;
  int64_t best = members_.empty() ? 0 : members_.front().second;
  for (const auto& [ds, cs] : members_) {
    if (ds <= d)
      best = cs;
    else
      break;
  }
  return best;
}

int64_t WarcReader::FileEndOf(int64_t d) {
  if (!gzip_) return d;
  Ensure(1);  // inflate past the end of the record, so its member's end is known
  for (const auto& [ds, cs] : members_)
    if (ds >= d) return cs;
  return compressed_pos_;
}

bool WarcReader::Next(WarcRecord* r) {
  *r = WarcRecord();
  // Skip blank lines between records.
  for (;;) {
    if (!Ensure(1)) return false;
    const char c = buf_[pos_];
    if (c == '\r' || c == '\n') {
      Consume(1);
      continue;
    }
    break;
  }
  const int64_t start = base_ + static_cast<int64_t>(pos_);
  r->offset = FileOffsetOf(start);
  while (members_.size() > 1 && members_[1].first <= start) members_.pop_front();
  // Find the end of the header.
  size_t header_end = std::string::npos;
  size_t sep = 4;
  for (;;) {
    const std::string_view view(buf_.data() + pos_, buf_.size() - pos_);
    header_end = view.find("\r\n\r\n");
    sep = 4;
    const size_t lf = view.find("\n\n");
    if (lf != std::string::npos && (header_end == std::string::npos || lf < header_end)) {
      header_end = lf;
      sep = 2;
    }
    if (header_end != std::string::npos || view.size() > kMaxHeader) break;
    if (!Fill()) break;
  }
  const std::string_view view(buf_.data() + pos_, buf_.size() - pos_);
  if (view.substr(0, 5) != "WARC/" || header_end == std::string::npos) {
    // Damage: skip to the next line that starts a record, holding at most a few bytes back.
    r->problem =
        view.substr(0, 5) != "WARC/" ? "not a WARC record header" : "WARC record header never ends";
    for (;;) {
      const std::string_view v(buf_.data() + pos_, buf_.size() - pos_);
      const size_t next = v.find("\nWARC/1.", 1);
      if (next != std::string_view::npos) {
        Consume(next + 1);
        break;
      }
      if (v.size() > 8) Consume(v.size() - 8);
      if (!Fill()) {
        Consume(buf_.size() - pos_);
        break;
      }
    }
    r->end = FileEndOf(base_ + static_cast<int64_t>(pos_));
    return true;
  }
  bool first = true;
  for (std::string_view line : Split(view.substr(0, header_end), '\n')) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (first) {
      r->version = std::string(Trim(line));
      first = false;
      continue;
    }
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    r->fields.emplace_back(std::string(Trim(line.substr(0, colon))),
                           std::string(Trim(line.substr(colon + 1))));
  }
  Consume(header_end + sep);
  const std::string length = r->Get("Content-Length");
  char* endp = nullptr;
  const long long n = std::strtoll(length.c_str(), &endp, 10);
  if (length.empty() || endp == length.c_str() || n < 0) {
    r->problem = "WARC record without a valid Content-Length";
    r->end = FileEndOf(base_ + static_cast<int64_t>(pos_));
    return true;
  }
  r->block_length = n;
  // Read the block: keep the first max_block_ bytes, skip the rest.
  int64_t left = n;
  while (left > 0) {
    if (pos_ == buf_.size() && !Fill()) break;
    const size_t take =
        static_cast<size_t>(std::min<int64_t>(left, static_cast<int64_t>(buf_.size() - pos_)));
    const size_t keep = std::min(take, max_block_ - std::min(max_block_, r->block.size()));
    r->block.append(buf_.data() + pos_, keep);
    if (keep < take) r->block_truncated = true;
    Consume(take);
    left -= static_cast<int64_t>(take);
  }
  if (left > 0) r->problem = "file ends inside the record's block";
  r->end = FileEndOf(base_ + static_cast<int64_t>(pos_));
  return true;
}

}  // namespace ariadne::capture
