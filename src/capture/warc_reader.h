// Reads WARC files (ISO 28500, versions 1.0 and 1.1), plain or gzip-compressed with any number of
// members (one per record, as crawlers write them, or one for the whole file), as written by
// Ariadne, wget --warc-file, Heritrix, warcio and others. Streams: memory is bounded by
// `max_block_bytes` whatever the file size. Damaged regions are reported as records with a
// problem and reading resumes at the next record header.
#pragma once

#include <zlib.h>

#include <cstdint>
#include <deque>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace ariadne::capture {

struct WarcRecord {
  std::string version;  // "WARC/1.0", "WARC/1.1"
  std::vector<std::pair<std::string, std::string>> fields;
  std::string block;             // the first max_block_bytes of the block
  int64_t block_length = 0;      // Content-Length
  bool block_truncated = false;  // the block was longer than max_block_bytes
  // Where the record is in the file: byte offsets; in a .warc.gz, of the gzip member(s) holding it.
  int64_t offset = 0;
  int64_t end = 0;
  std::string problem;  // non-empty: a damaged region [offset, end) that is not a record

  // The first field named `name` (case-insensitive), angle brackets of WARC 1.0 URIs removed; ""
  // when absent.
  std::string Get(std::string_view name) const;
};

// Whether `head` (the first bytes of a file) starts a gzip stream.
bool LooksLikeGzip(std::string_view head);

class WarcReader {
 public:
  // Reads `in` from its current position, which is byte `start_offset` of the file (a record or
  // member boundary from a previous run, or 0).
  WarcReader(std::istream& in, bool gzip, int64_t start_offset, size_t max_block_bytes);
  ~WarcReader();
  WarcReader(const WarcReader&) = delete;
  WarcReader& operator=(const WarcReader&) = delete;

  // The next record or damaged region; false at the end of the file.
  bool Next(WarcRecord* record);
  // Ok, or why reading stopped early (a read error; damage is reported per record instead).
  Status status() const { return status_; }

 private:
  bool Fill();            // more decompressed bytes into buf_; false at the end
  bool Ensure(size_t n);  // at least n bytes buffered from pos_
  int64_t FileOffsetOf(int64_t decompressed) const;
  int64_t FileEndOf(int64_t decompressed);
  void Consume(size_t n);
  void Compact();

  std::istream& in_;
  bool gzip_;
  size_t max_block_;
  std::string buf_;
  size_t pos_ = 0;
  int64_t base_ = 0;  // decompressed offset of buf_[0]
  bool eof_ = false;
  Status status_;
  // gzip state
  std::unique_ptr<z_stream> zs_;
  std::string in_chunk_;
  int64_t compressed_pos_ = 0;  // file offset of the next compressed byte to inflate
  // Member starts: (decompressed offset, file offset), oldest first; trimmed as records are read.
  std::deque<std::pair<int64_t, int64_t>> members_;
  bool gzip_broken_ = false;
};

}  // namespace ariadne::capture
