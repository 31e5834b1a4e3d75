#include "capture/fetcher.h"

#include <fmt/format.h>

#include "core/text.h"

namespace ariadne::capture {

namespace {

struct CurlGlobal {
  CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
};

}  // namespace

struct Fetcher::Transfer {
  CURL* easy = nullptr;
  curl_slist* headers = nullptr;
  std::string host_key;
  FetchResult result;
  std::string head_lines;
  std::unique_ptr<BodyDecoder> decoder;
  bool head_done = false;
  std::string cap_reason;  // why the write callback stopped the transfer
  int64_t max_bytes = 0;
  std::chrono::steady_clock::time_point started;

  // The response head is complete: set up the body decoder from its fields.
  void HeadDone() {
    head_done = true;
    result.response_head = head_lines;
    if (std::optional<HttpHead> h = ParseHttpResponseHead(head_lines)) result.head = *h;
    decoder = std::make_unique<BodyDecoder>(result.head.Get("Transfer-Encoding"),
                                            result.head.Get("Content-Encoding"),
                                            static_cast<size_t>(max_bytes));
  }
};

namespace {

size_t OnHeader(char* data, size_t size, size_t n, void* user) {
  auto* t = static_cast<Fetcher::Transfer*>(user);
  const std::string_view line(data, size * n);
  // An interim 1xx response is followed by the real one: start over.
  if (line.rfind("HTTP/", 0) == 0) t->head_lines.clear();
  if (t->head_lines.size() + line.size() > 256 * 1024) {
    t->cap_reason = "response head larger than 256 KiB";
    return 0;
  }
  t->head_lines.append(line);
  if (line == "\r\n" || line == "\n") {
    const bool interim = t->head_lines.size() > 9 && t->head_lines[9] == '1';
    if (!interim) t->HeadDone();
  }
  return size * n;
}

size_t OnBody(char* data, size_t size, size_t n, void* user) {
  auto* t = static_cast<Fetcher::Transfer*>(user);
  const std::string_view bytes(data, size * n);
  if (!t->head_done) t->HeadDone();
  if (static_cast<int64_t>(t->result.response_body.size() + bytes.size()) > t->max_bytes) {
    t->result.response_body.append(
        bytes.substr(0, static_cast<size_t>(t->max_bytes) - t->result.response_body.size()));
    t->cap_reason = fmt::format("response larger than {} bytes: truncated", t->max_bytes);
    return 0;  // aborts the transfer (CURLE_WRITE_ERROR)
  }
  t->result.response_body.append(bytes);
  if (!t->decoder->Feed(bytes) && t->decoder->truncated()) {
    t->cap_reason = t->decoder->problem();
    return 0;
  }
  return size * n;
}

int OnDebug(CURL*, curl_infotype type, char* data, size_t size, void* user) {
  auto* t = static_cast<Fetcher::Transfer*>(user);
  if (type == CURLINFO_HEADER_OUT && t->result.request.size() < 64 * 1024)
    t->result.request.append(data, size);
  return 0;
}

}  // namespace

Fetcher::Fetcher(FetchOptions options) : options_(std::move(options)) {
  static CurlGlobal global;
  multi_ = curl_multi_init();
  curl_multi_setopt(multi_, CURLMOPT_MAXCONNECTS, static_cast<long>(options_.max_active * 2));
}

Fetcher::~Fetcher() {
  for (auto& [easy, t] : active_) {
    curl_multi_remove_handle(multi_, easy);
    curl_easy_cleanup(easy);
    curl_slist_free_all(t->headers);
  }
  curl_multi_cleanup(multi_);
}

void Fetcher::Add(const std::string& url, const std::string& host_key, int64_t tag) {
  hosts_[host_key].queue.emplace_back(url, tag);
  ++queued_;
}

void Fetcher::SetHostDelay(const std::string& host_key, int64_t delay_ms) {
  hosts_[host_key].delay_ms = delay_ms;
}

void Fetcher::StartReady() {
  const auto now = std::chrono::steady_clock::now();
  for (auto& [key, host] : hosts_) {
    while (!host.queue.empty() && host.active < options_.per_host &&
           static_cast<int>(active_.size()) < options_.max_active && now >= host.next_start) {
      auto [url, tag] = host.queue.front();
      host.queue.pop_front();
      --queued_;
      const int64_t delay = host.delay_ms >= 0 ? host.delay_ms : options_.delay_ms;
      host.next_start = now + std::chrono::milliseconds(delay);
      ++host.active;
      Start(url, key, tag);
    }
  }
}

void Fetcher::Start(const std::string& url, const std::string& host_key, int64_t tag) {
  auto t = std::make_unique<Transfer>();
  t->host_key = host_key;
  t->result.url = url;
  t->result.tag = tag;
  t->result.fetched_at = UtcNowIso8601();
  t->max_bytes = options_.max_bytes;
  t->started = std::chrono::steady_clock::now();
  CURL* e = curl_easy_init();
  t->easy = e;
  t->headers = curl_slist_append(nullptr, "Accept: text/html,application/xhtml+xml,*/*;q=0.8");
  // Asked for, but decoded by us (BodyDecoder, with a cap), so the WARC keeps the bytes as sent.
  t->headers =
      curl_slist_append(t->headers, (std::string("Accept-Encoding: ") + kAcceptEncoding).c_str());
  curl_easy_setopt(e, CURLOPT_URL, url.c_str());
  curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(e, CURLOPT_USERAGENT, options_.user_agent.c_str());
  curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);
  curl_easy_setopt(e, CURLOPT_HTTP_TRANSFER_DECODING, 0L);  // chunked kept as received
  curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.timeout_ms));
  curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options_.connect_timeout_ms));
  curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, static_cast<long>(options_.low_speed_bytes));
  curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, static_cast<long>(options_.low_speed_seconds));
  curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options_.max_bytes));
  curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, OnHeader);
  curl_easy_setopt(e, CURLOPT_HEADERDATA, t.get());
  curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, OnBody);
  curl_easy_setopt(e, CURLOPT_WRITEDATA, t.get());
  curl_easy_setopt(e, CURLOPT_DEBUGFUNCTION, OnDebug);
  curl_easy_setopt(e, CURLOPT_DEBUGDATA, t.get());
  curl_easy_setopt(e, CURLOPT_VERBOSE, 1L);
  curl_easy_setopt(e, CURLOPT_PRIVATE, t.get());
  curl_multi_add_handle(multi_, e);
  active_.emplace(e, std::move(t));
}

FetchResult Fetcher::Finish(Transfer& t, CURLcode code) {
  if (!t.head_done && !t.head_lines.empty()) t.HeadDone();
  FetchResult r = std::move(t.result);
  if (r.response_head.empty()) r.response_head = t.head_lines;
  if (r.head.status == 0) {
    if (std::optional<HttpHead> h = ParseHttpResponseHead(r.response_head)) r.head = *h;
  }
  if (t.decoder) {
    t.decoder->Finish();
    r.body = t.decoder->TakeDecoded();
    r.payload_digest = t.decoder->PayloadDigest();
    if (!t.decoder->problem().empty() && !t.decoder->truncated())
      r.body_problem = t.decoder->problem();
  }
  char* ip = nullptr;
  if (curl_easy_getinfo(t.easy, CURLINFO_PRIMARY_IP, &ip) == CURLE_OK && ip != nullptr) r.ip = ip;
  r.duration_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::steady_clock::now() - t.started)
                      .count();
  if (code != CURLE_OK) {
    if (!t.cap_reason.empty()) {
      r.error = t.cap_reason;
      r.truncated = "length";
    } else if (code == CURLE_OPERATION_TIMEDOUT) {
      r.error = fmt::format("timed out after {} ms ({})", r.duration_ms, curl_easy_strerror(code));
      r.truncated = r.response_head.empty() ? "" : "time";
    } else if (code == CURLE_FILESIZE_EXCEEDED) {
      r.error = fmt::format("response larger than {} bytes: not fetched", options_.max_bytes);
      r.truncated = "length";
    } else {
      r.error = curl_easy_strerror(code);
      r.truncated = r.response_head.empty() ? "" : "disconnect";
    }
  }
  return r;
}

int Fetcher::Poll(int wait_ms, const std::function<void(FetchResult&&)>& on_done) {
  StartReady();
  int running = 0;
  curl_multi_perform(multi_, &running);
  int finished = 0;
  CURLMsg* msg = nullptr;
  int left = 0;
  while ((msg = curl_multi_info_read(multi_, &left)) != nullptr) {
    if (msg->msg != CURLMSG_DONE) continue;
    CURL* e = msg->easy_handle;
    const CURLcode code = msg->data.result;
    auto it = active_.find(e);
    if (it == active_.end()) continue;
    std::unique_ptr<Transfer> t = std::move(it->second);
    active_.erase(it);
    curl_multi_remove_handle(multi_, e);
    FetchResult r = Finish(*t, code);
    curl_easy_cleanup(e);
    curl_slist_free_all(t->headers);
    --hosts_[t->host_key].active;
    ++finished;
    on_done(std::move(r));
  }
  if (finished == 0) {
    // Wake up in time for the next polite start, or when the network has something.
    int wait = wait_ms;
    if (queued_ > 0) wait = std::min(wait, 20);
    curl_multi_poll(multi_, nullptr, 0, wait, nullptr);
  }
  return finished;
}

}  // namespace ariadne::capture
