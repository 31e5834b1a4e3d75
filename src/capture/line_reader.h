// Reads a file line by line in bounded memory, with each line's number and byte range, so that
// every record can point back to where it came from. Lines longer than a limit are reported, not
// buffered.
#pragma once

#include <cstdint>
#include <istream>
#include <string>
#include <string_view>

namespace ariadne::capture {

struct Line {
  std::string_view text;  // without the "\n" or "\r\n"; valid until the next call to Next()
  int64_t number = 0;     // 1-based
  int64_t start = 0;      // byte offset of the first byte of the line
  int64_t end = 0;        // byte offset just past the line's "\n" (or end of input)
  bool too_long = false;  // longer than the limit: `text` is empty and the line was skipped
  int64_t length = 0;     // the line's length in bytes, also when too long
};

class LineReader {
 public:
  // Reads `in` from byte `start_offset`, counting lines from `start_line`. `in` must be seekable
  // when `start_offset` is not 0 or Seek() is used.
  LineReader(std::istream& in, size_t max_line_bytes, int64_t start_offset = 0,
             int64_t start_line = 1);

  // The next line; false at the end of input or on a read error (see read_error()).
  bool Next(Line* line);
  // Continues reading at `offset`, counting from `line_number`.
  void Seek(int64_t offset, int64_t line_number);
  bool read_error() const { return read_error_; }
  // The byte offset of the next unread byte.
  int64_t offset() const { return buffer_offset_ + static_cast<int64_t>(pos_); }

 private:
  bool Fill();
  std::istream& in_;
  size_t max_line_bytes_;
  std::string buffer_;  // its first end_ bytes are read; the rest is room for the next chunk
  size_t end_ = 0;
  size_t pos_ = 0;
  int64_t buffer_offset_ = 0;  // file offset of buffer_[0]
  int64_t next_line_ = 1;
  bool eof_ = false;
  bool read_error_ = false;
};

}  // namespace ariadne::capture
