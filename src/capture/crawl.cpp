#include "capture/crawl.h"

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <thread>
#include <unordered_map>

#include "capture/charset.h"
#include "capture/html_text.h"
#include "capture/robots.h"
#include "capture/url.h"
#include "capture/warc_writer.h"
#include "core/sha256.h"
#include "core/text.h"
#include "store/crawl_state.h"

namespace ariadne::capture {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int64_t kRobotsTag = -1;
// The crawl's imports: one per part of a run (what one process stored in one round).
constexpr const char* kCrawlFormat = "web-crawl";
// A batch (one transaction, one blob sync) ends after this many fetches or this long.
constexpr int64_t kBatchResults = 200;
constexpr auto kBatchTime = std::chrono::seconds(2);

bool IsPageRole(const std::string& role) {
  return role == "listing" || role == "ad" || role == "page";
}

std::string MediaType(const std::string& content_type) {
  std::string t = AsciiLower(Trim(content_type.substr(0, content_type.find(';'))));
  return t;
}

bool LooksLikeHtml(const std::string& media_type, std::string_view body) {
  if (media_type == "text/html" || media_type == "application/xhtml+xml") return true;
  if (!media_type.empty() && media_type != "text/plain" && media_type != "application/octet-stream")
    return false;
  const std::string head = AsciiLower(body.substr(0, 512));
  return head.find("<html") != std::string::npos ||
         head.find("<!doctype html") != std::string::npos;
}

// The state of one host: its robots.txt and the URLs waiting for it.
struct HostState {
  enum class Robots { kUnknown, kFetching, kKnown } robots = Robots::kUnknown;
  RobotsRules rules;
  int robots_redirects = 0;
  std::vector<store::FrontierEntry> waiting;
};

class CrawlRun {
 public:
  CrawlRun(store::Case& c, const CrawlOptions& o, store::CrawlState& state, CrawlSummary& summary)
      : case_(c), o_(o), state_(state), summary_(summary), fetcher_(o.fetch) {}

  // One round: resumes the job's unfinished run or starts one. Returns whether the frontier was
  // emptied. A failure anywhere in it rolls back the open transaction and its pending blobs.
  Result<bool> Round(int64_t round) {
    Result<bool> complete = RoundInTransactions(round);
    if (!complete.ok()) RollBackOpenTransaction();
    return complete;
  }

 private:
  Result<bool> RoundInTransactions(int64_t round) {
    round_ = round;
    ARIADNE_RETURN_IF_ERROR(BeginRun());
    ARIADNE_RETURN_IF_ERROR(OpenWarc());
    start_ = Clock::now();
    auto last_progress = Clock::now() - std::chrono::seconds(1);
    for (;;) {
      if (o_.stop != nullptr && o_.stop->load()) break;
      if (fetcher_.pending() < 256) {
        Result<size_t> loaded = Load();
        if (!loaded.ok()) return loaded.status();
        if (*loaded == 0 && fetcher_.pending() == 0 && robots_waiting_ == 0) break;
      }
      std::vector<FetchResult> done;
      fetcher_.Poll(100, [&](FetchResult&& r) { done.push_back(std::move(r)); });
      for (FetchResult& r : done) ARIADNE_RETURN_IF_ERROR(Take(std::move(r)));
      ARIADNE_RETURN_IF_ERROR(MaybeFlush());
      if (o_.on_progress && Clock::now() - last_progress > std::chrono::milliseconds(500)) {
        last_progress = Clock::now();
        Progress();
      }
    }
    if (o_.on_progress) Progress();
    summary_.pages += pages_;
    ARIADNE_RETURN_IF_ERROR(FlushSkips());
    Result<int64_t> queued = state_.CountQueued(run_.id);
    if (!queued.ok()) return queued.status();
    const bool stopped = o_.stop != nullptr && o_.stop->load();
    const bool complete = *queued == 0 && !stopped;
    // The last batch, the run's state and the end of this part's import: one transaction.
    ARIADNE_RETURN_IF_ERROR(EnsureTx());
    if (complete && o_.recipe) {
      Result<int64_t> removed = state_.MarkUnseenRemoved(run_.id, run_.job, UtcNowIso8601());
      if (!removed.ok()) return removed.status();
      summary_.removed_ads += *removed;
    }
    if (import_.id > 0) {
      import_.status = "complete";
      import_.finished_at = UtcNowIso8601();
    }
    ARIADNE_RETURN_IF_ERROR(
        state_.FinishRun(run_.id, complete ? "complete" : "running", pages_, errors_));
    ARIADNE_RETURN_IF_ERROR(FlushBatch());
    summary_.run_id = run_.id;
    return complete;
  }

  // Rolls back the open transaction, if any, with the blobs it would have named.
  void RollBackOpenTransaction() {
    if (!in_tx_) return;
    state_.Rollback();
    in_tx_ = false;
    case_.blobs().DiscardPending();
  }

  Status BeginRun() {
    run_ = store::CrawlRun();
    run_.job = CrawlJob(o_);
    Result<std::optional<store::CrawlRun>> open = state_.UnfinishedRun(run_.job);
    if (!open.ok()) return open.status();
    if (open->has_value()) {
      run_ = **open;
      if (round_ == 1) summary_.resumed = true;
      Result<int64_t> seq = state_.MaxSeq(run_.id);
      if (!seq.ok()) return seq.status();
      seq_ = *seq;
      return OpenPart();
    }
    if (o_.recipe) {
      run_.recipe = o_.recipe->name;
      run_.recipe_version = o_.recipe->version;
    }
    run_.seeds_json = nlohmann::json(o_.seeds).dump();
    nlohmann::json options = {
        {"max_pages", o_.max_pages},         {"delay_ms", o_.fetch.delay_ms},
        {"per_host", o_.fetch.per_host},     {"max_bytes", o_.fetch.max_bytes},
        {"timeout_ms", o_.fetch.timeout_ms}, {"max_redirects", o_.max_redirects},
        {"user_agent", o_.fetch.user_agent}, {"fetch_images", o_.fetch_images}};
    run_.options_json = options.dump();
    run_.robots = o_.obey_robots ? "obeyed" : "ignored";
    run_.legal_basis = o_.obey_robots ? "" : o_.legal_basis;
    ARIADNE_RETURN_IF_ERROR(state_.Begin());
    Status st = [&]() -> Status {
      Result<int64_t> id = state_.StartRun(run_);
      if (!id.ok()) return id.status();
      run_.id = *id;
      seq_ = 0;
      for (const std::string& seed : Seeds()) {
        std::string role = o_.recipe ? "listing" : "page";
        if (o_.recipe && o_.recipe->ad_url && std::regex_search(seed, *o_.recipe->ad_url))
          role = "ad";
        Result<bool> added = state_.Enqueue(run_.id, {seed, role, 0, 0, ++seq_});
        if (!added.ok()) return added.status();
      }
      return Status::Ok();
    }();
    if (!st.ok()) {
      state_.Rollback();
      return st;
    }
    ARIADNE_RETURN_IF_ERROR(state_.Commit());
    return OpenPart();
  }

  // This process's part of the run: its documents go to one import (created with the first),
  // after the parts a killed process left running are completed.
  Status OpenPart() {
    ARIADNE_RETURN_IF_ERROR(state_.Begin());
    Result<int64_t> parts = state_.CloseCrawlImports(run_.id);
    if (!parts.ok()) {
      state_.Rollback();
      return parts.status();
    }
    ARIADNE_RETURN_IF_ERROR(state_.Commit());
    part_ = *parts + 1;
    import_ = store::ImportRecord();
    return Status::Ok();
  }

  // Opens the batch's transaction if none is open.
  Status EnsureTx() {
    if (in_tx_) return Status::Ok();
    ARIADNE_RETURN_IF_ERROR(state_.Begin());
    in_tx_ = true;
    batch_results_ = 0;
    batch_started_ = Clock::now();
    return Status::Ok();
  }

  // Commits the batch when it is large or old enough: one transaction and one blob sync for many
  // pages, while a killed crawl loses at most one batch (its URLs are still queued).
  Status MaybeFlush() {
    if (!in_tx_) return Status::Ok();
    if (batch_results_ < kBatchResults && Clock::now() - batch_started_ < kBatchTime)
      return Status::Ok();
    return FlushBatch();
  }

  Status FlushBatch() {
    if (!in_tx_) return Status::Ok();
    ARIADNE_RETURN_IF_ERROR(case_.blobs().SyncPending());
    if (import_.id > 0) ARIADNE_RETURN_IF_ERROR(case_.store().UpdateImport(import_));
    ARIADNE_RETURN_IF_ERROR(state_.Commit());
    in_tx_ = false;
    return Status::Ok();
  }

  // The part's import, created inside the open transaction with the first document: its blob
  // describes the run and the part (the pages are each document's own provenance).
  Status EnsureImport() {
    if (import_.id > 0) return Status::Ok();
    const std::string started = UtcNowIso8601();
    nlohmann::json describe = {{"crawl_run", run_.id},
                               {"job", run_.job},
                               {"part", part_},
                               {"recipe", run_.recipe},
                               {"recipe_version", run_.recipe_version},
                               {"seeds", nlohmann::json::parse(run_.seeds_json, nullptr, false)},
                               {"started_at", started}};
    Result<store::BlobInfo> blob = case_.blobs().PutBytes(
        describe.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
    if (!blob.ok()) return blob.status();
    ARIADNE_RETURN_IF_ERROR(state_.RecordBlob(*blob, "application/json"));
    store::ImportRecord rec;
    rec.blob_sha256 = blob->sha256;
    rec.file_name =
        fmt::format("crawl run {} part {} ({})", run_.id, part_, run_.job.substr(0, 1000));
    rec.format = kCrawlFormat;
    rec.options = fmt::format("run={};part={}", run_.id, part_);
    rec.status = "running";
    rec.started_at = started;
    Result<int64_t> id = case_.store().StartImport(rec);
    if (!id.ok()) return id.status();
    rec.id = *id;
    import_ = rec;
    return Status::Ok();
  }

  std::vector<std::string> Seeds() const {
    std::vector<std::string> out;
    if (o_.recipe) {
      for (const std::string& s : o_.recipe->start) {
        if (std::optional<UrlParts> p = ParseHttpUrl(s)) {
          out.push_back(p->normalized);
        } else if (!o_.seeds.empty()) {
          if (std::optional<std::string> u = ResolveUrl(o_.seeds.front(), s)) out.push_back(*u);
        }
      }
    }
    if (out.empty()) {
      for (const std::string& s : o_.seeds)
        if (std::optional<UrlParts> p = ParseHttpUrl(s)) out.push_back(p->normalized);
    }
    return out;
  }

  Status OpenWarc() {
    if (warc_) return Status::Ok();
    char host[256] = {0};
    gethostname(host, sizeof host - 1);
    std::vector<std::pair<std::string, std::string>> info = {
        {"software", fmt::format("Ariadne {}", ARIADNE_VERSION_STRING)},
        {"hostname", host},
        {"http-header-user-agent", o_.fetch.user_agent},
        {"robots", o_.obey_robots ? "classic" : "ignore"},
        {"isPartOf", run_.job},
        {"description", fmt::format("crawl run {} of {}", run_.id, run_.job)}};
    if (!o_.obey_robots) info.emplace_back("legal-basis", o_.legal_basis);
    Result<std::unique_ptr<WarcWriter>> w =
        WarcWriter::Create(case_.dir() / "warc", "ariadne", std::move(info));
    if (!w.ok()) return w.status();
    warc_ = std::move(*w);
    summary_.warc_files.push_back(warc_->current_file().string());
    return Status::Ok();
  }

  // Moves queued frontier entries to the fetcher (or to their host's robots wait).
  Result<size_t> Load() {
    Result<std::vector<store::FrontierEntry>> batch = state_.Queued(run_.id, loaded_seq_, 1000);
    if (!batch.ok()) return batch.status();
    size_t dispatched = 0;
    for (store::FrontierEntry& e : *batch) {
      loaded_seq_ = std::max(loaded_seq_, e.seq);
      if (IsPageRole(e.role)) {
        if (o_.max_pages > 0 && pages_started_ >= o_.max_pages) continue;  // stays queued
        ++pages_started_;
      }
      Dispatch(std::move(e));
      ++dispatched;
    }
    return dispatched;
  }

  void Dispatch(store::FrontierEntry e) {
    std::optional<UrlParts> url = ParseHttpUrl(e.url);
    if (!url) {
      Skip(e, "not an http(s) URL");
      return;
    }
    const std::string key = url->Origin();
    HostState& host = hosts_[key];
    if (o_.obey_robots && host.robots != HostState::Robots::kKnown) {
      host.waiting.push_back(std::move(e));
      ++robots_waiting_;
      if (host.robots == HostState::Robots::kUnknown) {
        host.robots = HostState::Robots::kFetching;
        fetcher_.Add(key + "/robots.txt", key, kRobotsTag);
      }
      return;
    }
    if (o_.obey_robots && !host.rules.Allowed(url->path_and_query)) {
      ++summary_.robots_blocked;
      Skip(e, "robots.txt disallows it");
      return;
    }
    const int64_t tag = next_tag_++;
    inflight_.emplace(tag, std::move(e));
    fetcher_.Add(url->normalized, key, tag);
  }

  void Skip(const store::FrontierEntry& e, const std::string& why) {
    Problem(e.url, why);
    skips_.emplace_back(e.url, why);
  }

  Status FlushSkips() {
    if (skips_.empty()) return Status::Ok();
    ARIADNE_RETURN_IF_ERROR(EnsureTx());
    for (const auto& [url, why] : skips_)
      ARIADNE_RETURN_IF_ERROR(state_.SetFrontierState(run_.id, url, "skipped", why));
    skips_.clear();
    return Status::Ok();
  }

  void Problem(const std::string& url, const std::string& what) {
    if (o_.on_problem) o_.on_problem(fmt::format("{}: {}", url, what));
  }

  void Progress() {
    CrawlProgress p;
    p.pages = pages_;
    p.images = images_;
    p.documents = documents_;
    p.errors = errors_;
    p.active = static_cast<int64_t>(fetcher_.active());
    Result<int64_t> q = state_.CountQueued(run_.id);
    p.queued = q.ok() ? *q : 0;
    const double secs = std::chrono::duration<double>(Clock::now() - start_).count();
    p.pages_per_second = secs > 0 ? static_cast<double>(pages_) / secs : 0;
    p.round = round_;
    o_.on_progress(p);
  }

  // The robots.txt answer for one host: rules, then the URLs that waited for them.
  void TakeRobots(FetchResult& r) {
    std::optional<UrlParts> url = ParseHttpUrl(r.url);
    if (!url) return;
    const int status = r.head.status;
    // Redirects are followed (at least five, RFC 9309 2.3.1.2): the rules still apply to the host
    // the file was asked for.
    if (status >= 300 && status < 400 && r.error.empty() && !r.head.Get("Location").empty()) {
      std::optional<std::string> target = ResolveUrl(r.url, r.head.Get("Location"));
      const std::string origin =
          robots_origin_.count(r.url) ? robots_origin_[r.url] : url->Origin();
      if (target && ++hosts_[origin].robots_redirects <= 5) {
        robots_origin_[*target] = origin;
        std::optional<UrlParts> t = ParseHttpUrl(*target);
        fetcher_.Add(*target, t ? t->Origin() : origin, kRobotsTag);
        return;
      }
    }
    if (robots_origin_.count(r.url)) url = ParseHttpUrl(robots_origin_[r.url] + "/");
    if (!url) return;
    HostState& host = hosts_[url->Origin()];
    if (status >= 200 && status < 300 && r.error.empty()) {
      host.rules = RobotsRules::Parse(r.body, "AriadneBot");
    } else if (status >= 400 && status < 500) {
      host.rules = RobotsRules::AllowAll();  // RFC 9309 2.3.1.3: "unavailable"
    } else {
      // Unreachable or a server error: assume complete disallow (RFC 9309 2.3.1.4).
      host.rules = RobotsRules::DisallowAll();
      Problem(r.url, fmt::format("robots.txt unreachable ({}): the host is not crawled",
                                 r.error.empty() ? fmt::format("HTTP {}", status) : r.error));
    }
    if (std::optional<double> d = host.rules.crawl_delay()) {
      const int64_t ms = std::min<int64_t>(static_cast<int64_t>(*d * 1000), 60000);
      if (ms > o_.fetch.delay_ms) fetcher_.SetHostDelay(url->Origin(), ms);
    }
    host.robots = HostState::Robots::kKnown;
    std::vector<store::FrontierEntry> waiting = std::move(host.waiting);
    host.waiting.clear();
    robots_waiting_ -= static_cast<int64_t>(waiting.size());
    for (store::FrontierEntry& e : waiting) Dispatch(std::move(e));
  }

  // Writes the request and response records; returns the response record's location.
  Result<WarcLocation> WriteWarc(const FetchResult& r) {
    WarcRecordInfo req;
    req.type = "request";
    req.target_uri = r.url;
    req.content_type = "application/http;msgtype=request";
    req.ip_address = r.ip;
    req.date = r.fetched_at;
    Result<WarcLocation> req_loc = warc_->Write(req, r.request);
    if (!req_loc.ok()) return req_loc.status();
    if (r.response_head.empty()) {
      WarcRecordInfo meta;
      meta.type = "metadata";
      meta.target_uri = r.url;
      meta.content_type = "application/warc-fields";
      meta.concurrent_to = req_loc->record_id;
      meta.date = r.fetched_at;
      return warc_->Write(meta, fmt::format("fetch-error: {}\r\n", r.error));
    }
    WarcRecordInfo resp;
    resp.type = "response";
    resp.target_uri = r.url;
    resp.content_type = "application/http;msgtype=response";
    resp.concurrent_to = req_loc->record_id;
    resp.ip_address = r.ip;
    resp.payload_digest = r.payload_digest;
    resp.truncated = r.truncated;
    resp.date = r.fetched_at;
    std::string block = r.response_head;
    block += r.response_body;
    return warc_->Write(resp, block);
  }

  // Takes one finished fetch into the open batch.
  Status Take(FetchResult&& r) {
    Result<WarcLocation> loc = WriteWarc(r);
    if (!loc.ok()) return loc.status();
    if (r.tag == kRobotsTag) {
      TakeRobots(r);
      return Status::Ok();
    }
    auto it = inflight_.find(r.tag);
    if (it == inflight_.end()) return Internal("a fetch finished that was never started");
    store::FrontierEntry e = std::move(it->second);
    inflight_.erase(it);
    if (IsPageRole(e.role)) ++pages_;

    store::CrawlVisit v;
    v.run_id = run_.id;
    v.url = e.url;
    v.role = e.role;
    v.fetched_at = r.fetched_at;
    v.http_status = r.head.status;
    v.content_type = r.head.Get("Content-Type");
    v.bytes = static_cast<int64_t>(r.body.size());
    v.warc_file = loc->file;
    v.warc_offset = loc->offset;
    v.warc_length = loc->length;
    v.duration_ms = r.duration_ms;
    std::vector<store::FrontierEntry> found;  // new URLs
    std::string frontier_state = "done";
    std::string reason;
    std::optional<std::pair<store::AdEvent, std::string>> observed;
    bool removed = false;

    const int status = r.head.status;
    if (!r.error.empty()) {
      v.outcome = "error";
      v.error = r.error;
      frontier_state = "failed";
      reason = r.error;
      ++errors_;
      ++summary_.errors;
      Problem(e.url, r.error + " (recorded in the WARC file)");
    } else if (status >= 300 && status < 400 && !r.head.Get("Location").empty()) {
      v.outcome = "redirect";
      ++summary_.redirects;
      std::optional<std::string> target = ResolveUrl(e.url, r.head.Get("Location"));
      if (!target) {
        v.error = "redirect to an unusable location";
      } else if (e.redirects + 1 > o_.max_redirects) {
        v.error = fmt::format("more than {} redirects: not followed", o_.max_redirects);
        frontier_state = "failed";
        reason = v.error;
        ++errors_;
        ++summary_.errors;
        Problem(e.url, v.error);
      } else {
        found.push_back({*target, e.role, e.depth, e.redirects + 1, 0});
      }
    } else if (status < 200 || status >= 300) {
      v.outcome = "http-error";
      v.error = fmt::format("HTTP {}", status);
      frontier_state = "failed";
      reason = v.error;
      if (e.role == "ad" && (status == 404 || status == 410)) {
        removed = true;
      } else {
        ++errors_;
        ++summary_.errors;
        Problem(e.url, v.error);
      }
    } else {
      ARIADNE_RETURN_IF_ERROR(EnsureTx());
      ARIADNE_RETURN_IF_ERROR(TakeBody(r, e, v, found, observed));
    }
    if (!r.body_problem.empty()) Problem(e.url, r.body_problem);

    // Everything about this fetch in the batch's transaction.
    ARIADNE_RETURN_IF_ERROR(FlushSkips());
    ARIADNE_RETURN_IF_ERROR(EnsureTx());
    ++batch_results_;
    {
      ARIADNE_RETURN_IF_ERROR(state_.RecordVisit(v));
      ARIADNE_RETURN_IF_ERROR(state_.SetFrontierState(run_.id, e.url, frontier_state, reason));
      for (store::FrontierEntry& f : found) {
        f.seq = seq_ + 1;
        Result<bool> added = state_.Enqueue(run_.id, f);
        if (!added.ok()) return added.status();
        if (*added) ++seq_;
      }
      if (observed) {
        Result<store::AdChange> change =
            state_.ObserveAd(run_.id, run_.job, observed->first, observed->second);
        if (!change.ok()) return change.status();
        if (*change == store::AdChange::kNew) ++summary_.new_ads;
        if (*change == store::AdChange::kChanged) ++summary_.changed_ads;
        if (*change == store::AdChange::kReturned) ++summary_.returned_ads;
      }
      if (removed) {
        Result<bool> r2 = RemoveByUrl(e.url);
        if (!r2.ok()) return r2.status();
      }
      return Status::Ok();
    }
  }

  // An ad page that answers 404/410: the ad seen at this URL before is removed.
  Result<bool> RemoveByUrl(const std::string& url) {
    Result<std::optional<std::pair<std::string, std::string>>> known = state_.LiveAdAt(url);
    if (!known.ok()) return known.status();
    if (!known->has_value()) return false;
    Result<bool> r =
        state_.MarkRemoved(run_.id, (*known)->first, (*known)->second, UtcNowIso8601());
    if (r.ok() && *r) ++summary_.removed_ads;
    return r;
  }

  Status TakeBody(FetchResult& r, const store::FrontierEntry& e, store::CrawlVisit& v,
                  std::vector<store::FrontierEntry>& found,
                  std::optional<std::pair<store::AdEvent, std::string>>& observed) {
    const std::string content_type = r.head.Get("Content-Type");
    const std::string media = MediaType(content_type);
    Result<store::BlobInfo> blob = case_.blobs().PutBytes(r.body);
    if (!blob.ok()) return blob.status();
    v.blob_sha256 = blob->sha256;
    ARIADNE_RETURN_IF_ERROR(state_.RecordBlob(*blob, media));
    if (e.role == "image") {
      ++images_;
      ++summary_.images;
      v.outcome = "image";
      return state_.AttachImage(e.url, blob->sha256);
    }
    if (!LooksLikeHtml(media, r.body)) {
      v.outcome = "not-html";
      Problem(e.url, fmt::format("not an HTML page ({}): stored as a blob only",
                                 media.empty() ? "no content type" : media));
      return Status::Ok();
    }
    DecodedText text = DecodeToUtf8(r.body, content_type);
    std::vector<std::string> warnings;
    if (!text.warning.empty()) warnings.push_back(text.warning);
    HtmlPage page = HtmlPage::Parse(text.utf8, e.url);

    std::optional<Document> doc;
    if (e.role == "listing") {
      ++summary_.listings;
      v.outcome = "listing";
      ListingLinks links = ExtractListing(*o_.recipe, page);
      for (const std::string& u : links.next) found.push_back({u, "listing", e.depth + 1, 0, 0});
      for (const std::string& u : links.ads) found.push_back({u, "ad", e.depth + 1, 0, 0});
      if (links.ads.empty() && links.next.empty())
        Problem(e.url, "the recipe finds no ad or next-page links on this listing page");
    } else if (e.role == "ad") {
      Result<ExtractedAd> ad = ExtractAd(*o_.recipe, page);
      if (!ad.ok()) {
        v.outcome = "no-ad";
        v.error = ad.status().message();
        Problem(e.url, ad.status().message());
      } else {
        doc = std::move(ad->doc);
        warnings.insert(warnings.end(), ad->warnings.begin(), ad->warnings.end());
      }
    } else {
      doc = DocumentFromPage(page);
      if (Trim(doc->text).empty()) {
        v.outcome = "no-text";
        doc.reset();
      }
      if (e.depth < o_.max_depth) {
        std::optional<UrlParts> here = ParseHttpUrl(e.url);
        for (const std::string& u : page.Links()) {
          std::optional<UrlParts> there = ParseHttpUrl(u);
          if (here && there && there->Origin() == here->Origin())
            found.push_back({u, "page", e.depth + 1, 0, 0});
        }
      }
    }
    if (!doc) return Status::Ok();
    ++summary_.ads;
    nlohmann::json attrs = nlohmann::json::parse(doc->attributes_json, nullptr, false);
    if (!attrs.is_object()) attrs = nlohmann::json::object();
    attrs["charset"] = text.charset;
    attrs["fetched_at"] = r.fetched_at;
    doc->attributes_json = attrs.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (o_.fetch_images) {
      for (ImageRef& image : doc->images) {
        Result<std::optional<std::string>> have = state_.FetchedBlob(image.ref);
        if (!have.ok()) return have.status();
        if (have->has_value()) {
          image.blob_sha256 = **have;
          image.status = "stored";
        } else {
          found.push_back({image.ref, "image", e.depth + 1, 0, 0});
        }
      }
    }
    const int64_t before = documents_;
    Result<int64_t> id = StoreDocument(*doc, *blob, e.url, warnings);
    if (!id.ok()) return id.status();
    v.document_id = *id;
    v.outcome = documents_ > before ? "document" : "duplicate";
    store::AdEvent seen{doc->site, doc->source_id, e.url, "", r.fetched_at, *id};
    observed.emplace(seen, blob->sha256);
    return Status::Ok();
  }

  // Stores the document read from one page in the part's import (inside the batch). Returns its
  // id, or the id of the same document stored before (a page seen again unchanged).
  Result<int64_t> StoreDocument(Document& doc, const store::BlobInfo& blob, const std::string& url,
                                const std::vector<std::string>& warnings) {
    store::CaseStore& s = case_.store();
    ARIADNE_RETURN_IF_ERROR(EnsureImport());
    for (const std::string& w : warnings) {
      ARIADNE_RETURN_IF_ERROR(s.RecordProblem({import_.id, 0, 0, fmt::format("{}: {}", url, w)}));
      Problem(url, w);
    }
    doc.provenance = {blob.sha256, import_.file_name, 1, 0, blob.size};
    Result<store::InsertOutcome> outcome = s.InsertDocument(doc, import_.id);
    if (!outcome.ok()) return outcome.status();
    if (*outcome == store::InsertOutcome::kInserted) {
      ++import_.imported;
      ++documents_;
      ++summary_.documents;
      return doc.id;
    }
    ++import_.duplicated;
    ++summary_.duplicates;
    Result<std::vector<int64_t>> ids = s.FindBySourceId(doc.source_id, doc.site);
    return ids.ok() && !ids->empty() ? ids->back() : int64_t{0};
  }

  store::Case& case_;
  const CrawlOptions& o_;
  store::CrawlState& state_;
  CrawlSummary& summary_;
  Fetcher fetcher_;
  std::unique_ptr<WarcWriter> warc_;
  store::CrawlRun run_;
  int64_t round_ = 1;
  int64_t seq_ = 0;
  int64_t loaded_seq_ = 0;
  int64_t pages_started_ = 0;
  int64_t next_tag_ = 1;
  int64_t robots_waiting_ = 0;
  int64_t pages_ = 0, images_ = 0, documents_ = 0, errors_ = 0;
  std::map<std::string, HostState> hosts_;
  std::map<std::string, std::string> robots_origin_;  // redirected robots.txt URL -> asking origin
  std::unordered_map<int64_t, store::FrontierEntry> inflight_;
  std::vector<std::pair<std::string, std::string>> skips_;
  Clock::time_point start_;
  // The open batch (one transaction) and this part's import.
  bool in_tx_ = false;
  int64_t batch_results_ = 0;
  Clock::time_point batch_started_;
  int64_t part_ = 1;
  store::ImportRecord import_;
};

}  // namespace

std::string CrawlJob(const CrawlOptions& o) {
  if (o.recipe) return "recipe:" + o.recipe->name;
  return "seed:" + (o.seeds.empty() ? std::string() : o.seeds.front());
}

Result<CrawlSummary> Crawl(store::Case& c, const CrawlOptions& o) {
  if (o.seeds.empty() && (!o.recipe || o.recipe->start.empty())) {
    return InvalidInput("nothing to crawl: give --seed URL or a recipe with [listing] start");
  }
  if (!o.obey_robots && Trim(o.legal_basis).empty()) {
    return InvalidInput(
        "ignoring robots.txt needs a recorded legal basis: add --legal-basis \"the law, warrant "
        "or mandate that allows it\"");
  }
  Result<std::unique_ptr<store::CrawlState>> state = store::CrawlState::Open(c);
  if (!state.ok()) return state.status();
  // Pages and photos are synced once per batch, before the batch's rows are committed.
  store::BlobStore::DeferredSyncScope deferred(c.blobs());
  CrawlSummary summary;
  for (int64_t round = 1;; ++round) {
    CrawlRun run(c, o, **state, summary);
    Result<bool> complete = run.Round(round);
    if (!complete.ok()) return complete.status();
    summary.rounds = round;
    summary.complete = *complete;
    if (o.watch_interval_seconds <= 0) break;
    if (o.rounds > 0 && round >= o.rounds) break;
    if (o.stop != nullptr && o.stop->load()) break;
    const auto until = Clock::now() + std::chrono::seconds(o.watch_interval_seconds);
    while (Clock::now() < until && !(o.stop != nullptr && o.stop->load()))
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (o.stop != nullptr && o.stop->load()) break;
  }
  return summary;
}

}  // namespace ariadne::capture
