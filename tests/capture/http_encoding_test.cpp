// Content codings as servers send them: br, zstd and stacked codings ("gzip, br"), decoded by
// BodyDecoder in pieces of any size and fetched over real HTTP on loopback, each with the
// decompression-bomb caps.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <map>
#include <random>
#include <thread>

#include "capture/fetcher.h"
#include "capture/http_body.h"
#include "support/compress.h"

namespace ariadne::capture {
namespace {

using testing::Brotli;
using testing::Gzip;
using testing::Zstd;

const std::string kPage =
    "<html><head><title>Room</title></head><body><p>Call 07700 900123, cash only.</p>"
    "<p>Zimmer frei, ab sofort.</p></body></html>";

// Feeds `body` one byte at a time, as slow networks do.
std::string DecodeBytewise(const std::string& coding, const std::string& body, size_t cap,
                           BodyDecoder** keep = nullptr) {
  static thread_local std::unique_ptr<BodyDecoder> last;
  last = std::make_unique<BodyDecoder>("", coding, cap);
  for (char c : body) last->Feed(std::string_view(&c, 1));
  last->Finish();
  if (keep) *keep = last.get();
  return last->decoded();
}

TEST(HttpEncodingTest, BrotliAndZstdDecodeInPiecesOfAnySize) {
  BodyDecoder* d = nullptr;
  EXPECT_EQ(DecodeBytewise("br", Brotli(kPage), 1 << 20, &d), kPage);
  EXPECT_EQ(d->problem(), "");
  EXPECT_EQ(DecodeBytewise("zstd", Zstd(kPage), 1 << 20, &d), kPage);
  EXPECT_EQ(d->problem(), "");
  // Two zstd frames back to back are one body.
  EXPECT_EQ(DecodeBytewise("zstd", Zstd("abc") + Zstd("def"), 100, &d), "abcdef");
}

TEST(HttpEncodingTest, StackedCodingsAreUndoneInReverseOrder) {
  BodyDecoder* d = nullptr;
  // "gzip, br": gzip applied first, then br.
  EXPECT_EQ(DecodeBytewise("gzip, br", Brotli(Gzip(kPage)), 1 << 20, &d), kPage);
  EXPECT_EQ(d->problem(), "");
  EXPECT_EQ(DecodeBytewise("BR ,zstd", Zstd(Brotli(kPage)), 1 << 20, &d), kPage);
  EXPECT_EQ(DecodeBytewise("identity, zstd, gzip", Gzip(Zstd(kPage)), 1 << 20, &d), kPage);
  // In the wrong order the body is broken, and says which coding.
  DecodeBytewise("br, gzip", Brotli(Gzip(kPage)), 1 << 20, &d);
  EXPECT_NE(d->problem().find("broken gzip"), std::string::npos) << d->problem();
}

TEST(HttpEncodingTest, UnknownOrTooManyCodingsKeepTheBodyAsSent) {
  BodyDecoder* d = nullptr;
  EXPECT_EQ(DecodeBytewise("gzip, compress", "xyz", 100, &d), "xyz");
  EXPECT_NE(d->problem().find("\"compress\" is not supported"), std::string::npos);
  const std::string five = Gzip(Gzip(Gzip(Gzip(Gzip("x")))));
  EXPECT_EQ(DecodeBytewise("gzip, gzip, gzip, gzip, gzip", five, 1000, &d), five);
  EXPECT_NE(d->problem().find("more than 4"), std::string::npos) << d->problem();
}

TEST(HttpEncodingTest, BombsStopAtTheCapInEveryCodingAndEveryStep) {
  const std::string spaces(size_t{64} << 20, ' ');
  for (const auto& [coding, body] :
       std::vector<std::pair<std::string, std::string>>{{"br", Brotli(spaces)},
                                                        {"zstd", Zstd(spaces)},
                                                        {"gzip, br", Brotli(Gzip(spaces))},
                                                        {"br, zstd", Zstd(Brotli(spaces))}}) {
    ASSERT_LT(body.size(), 200000u) << coding;
    BodyDecoder d("", coding, 1 << 20);
    EXPECT_FALSE(d.Feed(body)) << coding;
    EXPECT_TRUE(d.truncated()) << coding;
    EXPECT_EQ(d.decoded().size(), size_t{1} << 20) << coding;
    EXPECT_NE(d.problem().find("truncated"), std::string::npos) << coding;
  }
  // An inner step producing more than the cap stops there too, before the outer one is done.
  std::mt19937 rng(3);
  std::string noise(size_t{3} << 20, '\0');
  for (char& c : noise) c = static_cast<char>(rng());
  BodyDecoder d("", "gzip, gzip", 1 << 20);
  EXPECT_FALSE(d.Feed(Gzip(Gzip(noise))));
  EXPECT_TRUE(d.truncated());
  EXPECT_LE(d.decoded().size(), size_t{1} << 20);
}

TEST(HttpEncodingTest, ZstdFramesAskingForHugeWindowsAreRefused) {
  // A frame whose header asks for a 2 GiB window (window descriptor 0xA8: 2^(10+21)), then one
  // raw block holding "a": refused at the header, nothing allocated.
  const std::string out(
      "\x28\xB5\x2F\xFD\x00\xA8\x09\x00\x00"
      "a",
      10);
  BodyDecoder d("", "zstd", 1 << 24);
  EXPECT_FALSE(d.Feed(out));
  EXPECT_NE(d.problem().find("broken zstd"), std::string::npos) << d.problem();
}

// A one-thread HTTP/1.1 server on 127.0.0.1 answering each path with canned bytes.
class CannedServer {
 public:
  explicit CannedServer(std::map<std::string, std::pair<std::string, std::string>> pages)
      : pages_(std::move(pages)) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    ::listen(fd_, 16);
    socklen_t len = sizeof addr;
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] { Serve(); });
  }
  ~CannedServer() {
    stop_ = true;
    ::shutdown(fd_, SHUT_RDWR);
    ::close(fd_);
    thread_.join();
  }
  std::string Url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }

 private:
  void Serve() {
    while (!stop_) {
      const int c = ::accept(fd_, nullptr, nullptr);
      if (c < 0) return;
      std::string request;
      char buf[4096];
      while (request.find("\r\n\r\n") == std::string::npos) {
        const ssize_t n = ::read(c, buf, sizeof buf);
        if (n <= 0) break;
        request.append(buf, static_cast<size_t>(n));
      }
      const size_t sp = request.find(' ');
      const std::string path = request.substr(sp + 1, request.find(' ', sp + 1) - sp - 1);
      auto it = pages_.find(path);
      std::string response;
      if (it == pages_.end()) {
        response = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
      } else {
        response =
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            "Content-Encoding: " +
            it->second.first + "\r\nContent-Length: " + std::to_string(it->second.second.size()) +
            "\r\nConnection: close\r\n\r\n" + it->second.second;
      }
      for (size_t off = 0; off < response.size();) {
        const ssize_t n = ::send(c, response.data() + off, response.size() - off, MSG_NOSIGNAL);
        if (n <= 0) break;
        off += static_cast<size_t>(n);
      }
      ::close(c);
    }
  }

  std::map<std::string, std::pair<std::string, std::string>> pages_;
  int fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

TEST(HttpEncodingTest, TheFetcherDecodesEveryCodingOnLoopbackAndKeepsTheBytesAsSent) {
  const std::string bomb = Brotli(Gzip(std::string(size_t{64} << 20, 'x')));
  CannedServer server({{"/br", {"br", Brotli(kPage)}},
                       {"/zstd", {"zstd", Zstd(kPage)}},
                       {"/stacked", {"gzip, br", Brotli(Gzip(kPage))}},
                       {"/bomb", {"gzip, br", bomb}}});
  FetchOptions o;
  o.delay_ms = 0;
  o.per_host = 1;
  o.max_bytes = 1 << 20;
  o.timeout_ms = 10000;
  Fetcher f(o);
  const std::vector<std::string> paths = {"/br", "/zstd", "/stacked", "/bomb"};
  for (size_t i = 0; i < paths.size(); ++i)
    f.Add(server.Url(paths[i]), "h", static_cast<int64_t>(i));
  std::map<std::string, FetchResult> got;
  for (int rounds = 0; got.size() < paths.size() && rounds < 500; ++rounds) {
    f.Poll(50, [&](FetchResult&& r) { got[paths[static_cast<size_t>(r.tag)]] = std::move(r); });
  }
  ASSERT_EQ(got.size(), paths.size());
  for (const std::string p : {"/br", "/zstd", "/stacked"}) {
    EXPECT_EQ(got[p].error, "") << p;
    EXPECT_EQ(got[p].body, kPage) << p;
    EXPECT_EQ(got[p].body_problem, "") << p;
  }
  EXPECT_EQ(got["/stacked"].response_body, Brotli(Gzip(kPage)));  // the WARC keeps what was sent
  EXPECT_NE(got["/br"].request.find("Accept-Encoding: gzip, deflate, br, zstd"), std::string::npos)
      << got["/br"].request;
  // The bomb: a few kilobytes sent, stopped at the cap after decoding, recorded as truncated.
  EXPECT_EQ(got["/bomb"].truncated, "length");
  EXPECT_NE(got["/bomb"].error.find("truncated"), std::string::npos) << got["/bomb"].error;
  EXPECT_LE(got["/bomb"].body.size(), size_t{1} << 20);
}

}  // namespace
}  // namespace ariadne::capture
