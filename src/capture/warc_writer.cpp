#include "capture/warc_writer.h"

#include <fmt/format.h>
#include <zlib.h>

#include <chrono>
#include <ctime>
#include <memory>
#include <random>

#include "capture/http_body.h"

namespace ariadne::capture {

namespace fs = std::filesystem;

namespace {

std::string Gzip(std::string_view data) {
  z_stream zs{};
  // 15 + 16: a gzip member, as .warc.gz readers expect.
  deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out;
  out.resize(deflateBound(&zs, static_cast<uLong>(data.size())) + 64);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string CompactUtc() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%d%H%M%S", &tm);
  return buf;
}

}  // namespace

std::string NewWarcRecordId() {
  static thread_local std::mt19937_64 rng([] {
    std::random_device rd;
    return (static_cast<uint64_t>(rd()) << 32) ^ rd() ^
           static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
  }());
  uint64_t a = rng(), b = rng();
  a = (a & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;  // version 4
  b = (b & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;  // RFC 4122 variant
  return fmt::format("<urn:uuid:{:08x}-{:04x}-{:04x}-{:04x}-{:012x}>", a >> 32, (a >> 16) & 0xFFFF,
                     a & 0xFFFF, b >> 48, b & 0xFFFFFFFFFFFFULL);
}

std::string WarcDateNow() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

Result<std::unique_ptr<WarcWriter>> WarcWriter::Create(
    const fs::path& dir, std::string prefix, std::vector<std::pair<std::string, std::string>> info,
    int64_t max_file_bytes) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return IoError(fmt::format("{}: cannot create: {}", dir.string(), ec.message()));
  std::unique_ptr<WarcWriter> w(new WarcWriter());
  w->dir_ = dir;
  w->prefix_ = std::move(prefix);
  w->info_ = std::move(info);
  w->max_file_bytes_ = max_file_bytes;
  ARIADNE_RETURN_IF_ERROR(w->OpenNext());
  return w;
}

WarcWriter::~WarcWriter() {
  if (file_ != nullptr) std::fclose(file_);
}

Status WarcWriter::OpenNext() {
  if (file_ != nullptr) std::fclose(file_);
  file_ = nullptr;
  const std::string stamp = CompactUtc();
  for (int attempt = 0; attempt < 1000; ++attempt) {
    path_ = dir_ / fmt::format("{}-{}-{:05d}.warc.gz", prefix_, stamp, sequence_++);
    // "x": never overwrite a WARC file another run wrote.
    file_ = std::fopen(path_.c_str(), "wbx");
    if (file_ != nullptr) break;
  }
  if (file_ == nullptr) return IoError(fmt::format("{}: cannot create", path_.string()));
  offset_ = 0;
  std::string fields;
  for (const auto& [k, v] : info_) fields += fmt::format("{}: {}\r\n", k, v);
  fields += "format: WARC File Format 1.1\r\n";
  fields +=
      "conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/"
      "warc-1.1/\r\n";
  WarcRecordInfo wi;
  wi.type = "warcinfo";
  wi.content_type = "application/warc-fields";
  warcinfo_id_.clear();
  Result<WarcLocation> loc = Write(wi, fields);
  if (!loc.ok()) return loc.status();
  warcinfo_id_ = loc->record_id;
  return Status::Ok();
}

Result<WarcLocation> WarcWriter::Write(const WarcRecordInfo& info, std::string_view block) {
  if (info.type != "warcinfo" && offset_ >= max_file_bytes_) ARIADNE_RETURN_IF_ERROR(OpenNext());
  WarcLocation loc;
  loc.record_id = NewWarcRecordId();
  std::string head = "WARC/1.1\r\n";
  head += fmt::format("WARC-Type: {}\r\n", info.type);
  head += fmt::format("WARC-Record-ID: {}\r\n", loc.record_id);
  head += fmt::format("WARC-Date: {}\r\n", info.date.empty() ? WarcDateNow() : info.date);
  if (info.type == "warcinfo") {
    head += fmt::format("WARC-Filename: {}\r\n", path_.filename().string());
  } else if (!warcinfo_id_.empty()) {
    head += fmt::format("WARC-Warcinfo-ID: {}\r\n", warcinfo_id_);
  }
  if (!info.target_uri.empty()) head += fmt::format("WARC-Target-URI: {}\r\n", info.target_uri);
  if (!info.concurrent_to.empty())
    head += fmt::format("WARC-Concurrent-To: {}\r\n", info.concurrent_to);
  if (!info.ip_address.empty()) head += fmt::format("WARC-IP-Address: {}\r\n", info.ip_address);
  Sha1 block_digest;
  block_digest.Update(block);
  head += fmt::format("WARC-Block-Digest: {}\r\n", block_digest.WarcDigest());
  if (!info.payload_digest.empty())
    head += fmt::format("WARC-Payload-Digest: {}\r\n", info.payload_digest);
  if (!info.truncated.empty()) head += fmt::format("WARC-Truncated: {}\r\n", info.truncated);
  for (const auto& [k, v] : info.extra_fields) head += fmt::format("{}: {}\r\n", k, v);
  if (!info.content_type.empty()) head += fmt::format("Content-Type: {}\r\n", info.content_type);
  head += fmt::format("Content-Length: {}\r\n\r\n", block.size());
  std::string record = std::move(head);
  record.append(block);
  record += "\r\n\r\n";
  const std::string member = Gzip(record);
  if (std::fwrite(member.data(), 1, member.size(), file_) != member.size() ||
      std::fflush(file_) != 0) {
    return IoError(fmt::format("{}: cannot write (disk full?)", path_.string()));
  }
  loc.file = path_.filename().string();
  loc.offset = offset_;
  loc.length = static_cast<int64_t>(member.size());
  offset_ += loc.length;
  return loc;
}

}  // namespace ariadne::capture
