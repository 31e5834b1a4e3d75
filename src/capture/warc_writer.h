// A WARC/1.1 writer (ISO 28500:2017): each record one gzip member (".warc.gz", so any record can be
// read from its offset alone), a warcinfo record first in each file, request and response records
// linked by WARC-Concurrent-To, SHA-1 base32 block and payload digests (common practice, what wget
// and Heritrix write). Files rotate at a size limit. Each record is flushed when written, so a
// killed crawl leaves at worst one partial last member, which readers report and skip.
#pragma once

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace ariadne::capture {

struct WarcRecordInfo {
  std::string type;            // "request", "response", "metadata", "resource"
  std::string target_uri;      // WARC-Target-URI
  std::string content_type;    // e.g. "application/http;msgtype=response"
  std::string concurrent_to;   // a WARC-Record-ID, or ""
  std::string ip_address;      // WARC-IP-Address, or ""
  std::string payload_digest;  // "sha1:…", or "" (then not written)
  std::string truncated;       // WARC-Truncated reason ("length", "time", "disconnect"), or ""
  std::string date;            // WARC-Date; "" means now
  std::vector<std::pair<std::string, std::string>> extra_fields;
};

// Where a record went.
struct WarcLocation {
  std::string file;       // file name inside the WARC folder
  int64_t offset = 0;     // of the record's gzip member
  int64_t length = 0;     // of the member, compressed
  std::string record_id;  // "<urn:uuid:…>"
};

class WarcWriter {
 public:
  // Creates a new file in `dir` named `prefix-<UTC time>-<n>.warc.gz` that starts with a warcinfo
  // record holding `info` (application/warc-fields lines: software, operator, robots, ...).
  static Result<std::unique_ptr<WarcWriter>> Create(
      const std::filesystem::path& dir, std::string prefix,
      std::vector<std::pair<std::string, std::string>> info,
      int64_t max_file_bytes = int64_t{1} << 30);
  ~WarcWriter();
  WarcWriter(const WarcWriter&) = delete;
  WarcWriter& operator=(const WarcWriter&) = delete;

  // Writes one record with `block` as its content. Not thread-safe.
  Result<WarcLocation> Write(const WarcRecordInfo& info, std::string_view block);

  const std::filesystem::path& current_file() const { return path_; }

 private:
  WarcWriter() = default;
  Status OpenNext();
  std::filesystem::path dir_;
  std::string prefix_;
  std::vector<std::pair<std::string, std::string>> info_;
  int64_t max_file_bytes_ = 0;
  int sequence_ = 0;
  std::filesystem::path path_;
  std::FILE* file_ = nullptr;
  int64_t offset_ = 0;
  std::string warcinfo_id_;
};

// A fresh "<urn:uuid:…>" (version 4, random).
std::string NewWarcRecordId();
// "YYYY-MM-DDThh:mm:ssZ" for now.
std::string WarcDateNow();

}  // namespace ariadne::capture
