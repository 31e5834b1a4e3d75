#include "capture/line_reader.h"

#include <algorithm>
#include <cstring>

namespace ariadne::capture {

namespace {
constexpr size_t kChunk = size_t{1} << 20;
}

LineReader::LineReader(std::istream& in, size_t max_line_bytes, int64_t start_offset,
                       int64_t start_line)
    : in_(in), max_line_bytes_(max_line_bytes) {
  // Pipes cannot seek, even to where they already are: only seek when asked to start elsewhere.
  if (start_offset != 0) {
    Seek(start_offset, start_line);
  } else {
    next_line_ = start_line;
  }
}

void LineReader::Seek(int64_t offset, int64_t line_number) {
  in_.clear();
  in_.seekg(offset);
  read_error_ = !in_;
  end_ = 0;
  pos_ = 0;
  buffer_offset_ = offset;
  next_line_ = line_number;
  eof_ = false;
}

// Drops consumed bytes and appends the next chunk. False when nothing more could be read.
bool LineReader::Fill() {
  if (eof_) return false;
  buffer_offset_ += static_cast<int64_t>(pos_);
  // The buffer keeps its size and the bytes read count in end_: growing a string to read into it
  // writes zeros first, a megabyte per chunk (a tenth of the WhatsApp first pass).
  std::memmove(buffer_.data(), buffer_.data() + pos_, end_ - pos_);
  end_ -= pos_;
  pos_ = 0;
  if (buffer_.size() < end_ + kChunk) buffer_.resize(end_ + kChunk);
  in_.read(buffer_.data() + end_, static_cast<std::streamsize>(kChunk));
  const auto got = static_cast<size_t>(in_.gcount());
  end_ += got;
  if (in_.bad()) read_error_ = true;
  if (got < kChunk) eof_ = true;
  return got > 0;
}

bool LineReader::Next(Line* line) {
  if (read_error_) return false;
  size_t scanned = 0;   // bytes of the current line already searched for '\n'
  int64_t dropped = 0;  // bytes of an over-long line already thrown away
  const int64_t start = offset();
  for (;;) {
    const char* base = buffer_.data() + pos_;
    const size_t avail = end_ - pos_;
    const void* nl = avail > scanned ? std::memchr(base + scanned, '\n', avail - scanned) : nullptr;
    if (nl != nullptr || (eof_ && avail > 0) || (dropped > 0 && eof_)) {
      const size_t len = nl ? static_cast<size_t>(static_cast<const char*>(nl) - base) : avail;
      const size_t consumed = nl ? len + 1 : len;
      line->number = next_line_++;
      line->start = start;
      line->length = dropped + static_cast<int64_t>(len);
      line->too_long = dropped > 0 || len > max_line_bytes_;
      std::string_view text(base, len);
      if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
      line->text = line->too_long ? std::string_view() : text;
      pos_ += consumed;
      line->end = offset();
      return true;
    }
    if (eof_ && avail == 0) return false;
    scanned = avail;
    if (avail > max_line_bytes_ + 1) {
      // Too long to keep: count it and drop what was read so memory stays bounded.
      dropped += static_cast<int64_t>(avail);
      pos_ += avail;
      scanned = 0;
    }
    if (!Fill() && !eof_) return false;
  }
}

}  // namespace ariadne::capture
