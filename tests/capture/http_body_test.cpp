#include "capture/http_body.h"

#include <gtest/gtest.h>

#include "support/compress.h"

namespace ariadne::capture {
namespace {

using testing::Gzip;

TEST(HttpBodyTest, ParsesAResponseHead) {
  std::optional<HttpHead> h = ParseHttpResponseHead(
      "HTTP/1.1 301 Moved Permanently\r\nLocation: /x\r\ncontent-type: text/html\r\n\r\nbody");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->status, 301);
  EXPECT_EQ(h->Get("Content-Type"), "text/html");
  EXPECT_EQ(h->length, 73u);  // up to "body"
  EXPECT_FALSE(ParseHttpResponseHead("GET / HTTP/1.1\r\n\r\n"));
  EXPECT_FALSE(ParseHttpResponseHead("HTTP/1.1 2x0 OK\r\n\r\n"));
}

TEST(HttpBodyTest, DechunksAndGunzipsInPiecesOfAnySize) {
  const std::string gz = Gzip("hello world, hello world");
  std::string chunked;
  for (size_t i = 0; i < gz.size(); i += 7) {
    const std::string part = gz.substr(i, 7);
    char size[16];
    snprintf(size, sizeof size, "%zx", part.size());
    chunked += std::string(size) + ";ext=1\r\n" + part + "\r\n";
  }
  chunked += "0\r\nTrailer: x\r\n\r\n";
  BodyDecoder d("chunked", "gzip", 1 << 20);
  for (char c : chunked) d.Feed(std::string_view(&c, 1));
  d.Finish();
  EXPECT_EQ(d.decoded(), "hello world, hello world");
  EXPECT_EQ(d.problem(), "");
}

TEST(HttpBodyTest, CompressionBombStopsAtTheCap) {
  const std::string bomb = Gzip(std::string(64 << 20, ' '));
  ASSERT_LT(bomb.size(), 200000u);
  BodyDecoder d("", "gzip", 1 << 20);
  EXPECT_FALSE(d.Feed(bomb));
  EXPECT_TRUE(d.truncated());
  EXPECT_EQ(d.decoded().size(), size_t{1} << 20);
}

TEST(HttpBodyTest, BrokenCodingsAreReported) {
  BodyDecoder bad_gzip("", "gzip", 1000);
  EXPECT_FALSE(bad_gzip.Feed("not gzip at all"));
  EXPECT_NE(bad_gzip.problem().find("broken gzip"), std::string::npos);
  BodyDecoder bad_chunk("chunked", "", 1000);
  EXPECT_FALSE(bad_chunk.Feed("zz\r\nabc"));
  BodyDecoder short_chunk("chunked", "", 1000);
  short_chunk.Feed("10\r\nabc");
  short_chunk.Finish();
  EXPECT_NE(short_chunk.problem().find("ended before"), std::string::npos);
  BodyDecoder unknown("", "compress", 1000);
  unknown.Feed("xyz");
  EXPECT_EQ(unknown.decoded(), "xyz");
  EXPECT_NE(unknown.problem().find("not supported"), std::string::npos);
}

TEST(HttpBodyTest, Sha1DigestIsBase32) {
  Sha1 s;
  s.Update("abc");
  // SHA-1("abc") = a9993e36...; base32 per RFC 4648.
  EXPECT_EQ(s.WarcDigest(), "sha1:VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE5");
}

}  // namespace
}  // namespace ariadne::capture
