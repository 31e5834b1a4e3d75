// HTTP/1.x responses as they travel: the head (status line and fields) and a streaming body
// decoder that undoes chunked transfer coding and the content codings gzip, deflate, br (brotli)
// and zstd, also stacked ("gzip, br": applied in that order, undone in reverse), with a cap on the
// output of every decoding step, so a compression bomb stops at the cap instead of filling memory.
// Used by the crawler on bytes as they arrive and by the WARC importer on recorded responses.
#pragma once

#include <openssl/evp.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ariadne::capture {

struct HttpHead {
  int status = 0;
  std::string reason;
  std::vector<std::pair<std::string, std::string>> fields;
  size_t length = 0;  // bytes of the head including the blank line
  // The first field named `name` (case-insensitive); "" when absent.
  std::string Get(std::string_view name) const;
};

// Parses the head of an HTTP/1.x response at the start of `bytes`; nothing when `bytes` does not
// start with a complete "HTTP/x.y NNN" head (within 256 KiB).
std::optional<HttpHead> ParseHttpResponseHead(std::string_view bytes);

// Incremental SHA-1, as WARC digests use it ("sha1:" + base32, the common practice).
class Sha1 {
 public:
  Sha1();
  ~Sha1();
  Sha1(const Sha1&) = delete;
  Sha1& operator=(const Sha1&) = delete;
  void Update(std::string_view bytes);
  // "sha1:" and the RFC 4648 base32 of the digest; the object may not be updated afterwards.
  std::string WarcDigest();

 private:
  EVP_MD_CTX* ctx_;
};

// The Accept-Encoding the crawler sends: every content coding BodyDecoder undoes.
inline constexpr const char* kAcceptEncoding = "gzip, deflate, br, zstd";

// At most this many content codings are undone; a longer list is kept encoded (no server needs
// more than two, and each step is a place for a bomb).
inline constexpr size_t kMaxContentCodings = 4;

// Decodes a response body fed in pieces of any size.
class BodyDecoder {
 public:
  // `transfer_encoding` and `content_encoding` as the response's fields say them ("" when absent).
  // At most `max_decoded` bytes are kept, and no decoding step produces more than that: beyond it
  // the body is truncated. An unknown coding (or more than kMaxContentCodings) keeps the body as
  // sent, with a problem.
  BodyDecoder(std::string_view transfer_encoding, std::string_view content_encoding,
              size_t max_decoded);
  ~BodyDecoder();
  BodyDecoder(const BodyDecoder&) = delete;
  BodyDecoder& operator=(const BodyDecoder&) = delete;

  // Feeds raw bytes. Returns false once the decoded body reached the cap or the coding is broken
  // (then the caller may stop reading; problem() says why).
  bool Feed(std::string_view raw);
  // Call at the end of the input: notes a chunked body or compressed stream that ended early.
  void Finish();

  const std::string& decoded() const { return decoded_; }
  std::string TakeDecoded() { return std::move(decoded_); }
  // The payload digest (WARC-Payload-Digest): SHA-1 of the body after transfer decoding, before
  // content decoding, of the bytes fed so far.
  std::string PayloadDigest() { return payload_sha1_.WarcDigest(); }
  bool truncated() const { return truncated_; }
  const std::string& problem() const { return problem_; }

  // One content-decoding step (gzip, br, zstd...) and how it hands on its output: internal,
  // declared for the implementation.
  class Step;
  using Emit = std::function<bool(std::string_view)>;

 private:
  bool Dechunk(std::string_view raw);
  bool Decode(std::string_view entity);
  // Passes `bytes` through the steps from `index` on, then keeps them.
  bool Push(size_t index, std::string_view bytes);
  bool Keep(std::string_view bytes);
  void Fail(std::string problem);

  bool chunked_ = false;
  std::vector<std::unique_ptr<Step>> steps_;  // in decoding order (the last coding listed first)
  size_t max_decoded_;
  std::string decoded_;
  bool truncated_ = false;
  bool failed_ = false;
  std::string problem_;
  Sha1 payload_sha1_;
  // Chunked state.
  enum class ChunkState {
    kSize,
    kData,
    kDataEnd,
    kTrailer,
    kDone
  } chunk_state_ = ChunkState::kSize;
  std::string size_line_;
  uint64_t chunk_left_ = 0;
  size_t trailer_newlines_ = 0;
};

}  // namespace ariadne::capture
