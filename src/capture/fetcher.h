// The crawler's HTTP engine on libcurl's multi interface: many transfers on one thread, at most
// `per_host` at a time per host with `delay` between the starts of two requests to one host,
// http and https only, no automatic redirects (the crawler follows them itself, one WARC record
// pair and one robots check per hop), and caps on everything a hostile server controls: bytes
// received, bytes after decompression, total time, and time below a minimum speed.
#pragma once

#include <curl/curl.h>

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "capture/http_body.h"

namespace ariadne::capture {

struct FetchOptions {
  std::string user_agent = "AriadneBot/0.1 (+https://ariadne.example/bot)";
  int64_t max_bytes = int64_t{20} << 20;  // received and decoded, each
  int64_t timeout_ms = 60000;             // whole transfer
  int64_t connect_timeout_ms = 10000;
  int64_t low_speed_bytes = 512;   // abort below this many bytes/s ...
  int64_t low_speed_seconds = 15;  // ... for this long (slow drip)
  int per_host = 1;                // concurrent requests per host (1-2 is polite)
  int64_t delay_ms = 1000;         // between request starts to one host
  int max_active = 16;             // concurrent transfers overall
};

struct FetchResult {
  int64_t tag = 0;  // the caller's
  std::string url;
  std::string fetched_at;      // UTC ISO 8601, when the request was sent
  std::string request;         // the request head as sent
  std::string response_head;   // the response head as received ("" when none)
  std::string response_body;   // raw body as received (transfer and content coding kept), capped
  HttpHead head;               // parsed response head (status 0 when none)
  std::string body;            // decoded body, capped
  std::string payload_digest;  // sha1 of the body after transfer decoding
  std::string ip;
  std::string error;         // "" on a complete response; else why not (curl's error, a cap)
  std::string truncated;     // WARC-Truncated: "length", "time", "disconnect" or ""
  std::string body_problem;  // decoding problem that did not stop the fetch
  int64_t duration_ms = 0;
};

class Fetcher {
 public:
  explicit Fetcher(FetchOptions options);
  ~Fetcher();
  Fetcher(const Fetcher&) = delete;
  Fetcher& operator=(const Fetcher&) = delete;

  // Queues a GET of `url` (absolute http(s)). `host_key` groups requests for politeness.
  void Add(const std::string& url, const std::string& host_key, int64_t tag);
  // A host's delay between requests, when robots.txt asks for more than the default.
  void SetHostDelay(const std::string& host_key, int64_t delay_ms);
  // Transfers queued or running.
  size_t pending() const { return queued_ + active_.size(); }
  size_t active() const { return active_.size(); }
  // Starts what politeness allows, waits up to `wait_ms` for network activity, and hands every
  // finished transfer to `on_done`. Returns the number finished.
  int Poll(int wait_ms, const std::function<void(FetchResult&&)>& on_done);

 public:
  struct Transfer;  // one running transfer (internal; public for libcurl's C callbacks)

 private:
  struct Host {
    std::deque<std::pair<std::string, int64_t>> queue;
    int active = 0;
    std::chrono::steady_clock::time_point next_start{};
    int64_t delay_ms = -1;  // -1: the default
  };
  void StartReady();
  void Start(const std::string& url, const std::string& host_key, int64_t tag);
  FetchResult Finish(Transfer& t, CURLcode code);

  FetchOptions options_;
  CURLM* multi_ = nullptr;
  std::map<std::string, Host> hosts_;
  std::map<CURL*, std::unique_ptr<Transfer>> active_;
  size_t queued_ = 0;
};

}  // namespace ariadne::capture
