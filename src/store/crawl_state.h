// What the crawler keeps in a case (schema v5 "crawl", docs/case-format.md): runs, the frontier of
// URLs still to fetch (so a killed crawl resumes where it stopped), every fetch with where its
// records are in the WARC files, and each ad's observations over time (first and last seen,
// changed, removed: a removed ad is evidence too).
//
// CrawlState works on the case's own connection (store/sqlite): its Begin/Commit/Rollback are the
// CaseStore's, so a batch of pages (documents, visits, frontier, observations) is one transaction.
// Not thread-safe: one object per thread, used with the Case it was opened on.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/status.h"
#include "store/blob_store.h"
#include "store/case.h"

namespace ariadne::store {

struct CrawlRun {
  int64_t id = 0;
  std::string job;  // "recipe:NAME" or "seed:URL": runs of one job continue each other
  std::string recipe;
  int64_t recipe_version = 0;
  std::string seeds_json = "[]";
  std::string options_json = "{}";
  std::string robots = "obeyed";  // or "ignored" (then legal_basis is required)
  std::string legal_basis;
  std::string status = "running";  // "running", "complete", "stopped"
  std::string started_at;
  std::string finished_at;
  int64_t pages = 0;
  int64_t errors = 0;
};

struct FrontierEntry {
  std::string url;
  std::string role;  // "listing", "ad", "page", "image"
  int64_t depth = 0;
  int64_t redirects = 0;
  int64_t seq = 0;
};

struct CrawlVisit {
  int64_t run_id = 0;
  std::string url;
  std::string role;
  std::string fetched_at;
  int64_t http_status = 0;  // 0 when no response
  std::string content_type;
  int64_t bytes = 0;
  std::string blob_sha256;  // "" when nothing was stored
  std::string warc_file;
  int64_t warc_offset = 0;
  int64_t warc_length = 0;
  int64_t document_id = 0;
  std::string outcome;  // "document", "duplicate", "listing", "image", "redirect", "error", ...
  std::string error;
  int64_t duration_ms = 0;
};

// What an observation of an ad changed.
enum class AdChange { kNew, kChanged, kUnchanged, kReturned };

struct AdEvent {
  std::string site;
  std::string source_id;
  std::string url;
  std::string event;  // "new", "changed", "removed", "returned"
  std::string at;
  int64_t document_id = 0;
};

class CrawlState {
 public:
  // The crawl tables of an open case, on its connection; the case must outlive the object.
  static Result<std::unique_ptr<CrawlState>> Open(Case& c);
  virtual ~CrawlState() = default;

  virtual Status Begin() = 0;
  virtual Status Commit() = 0;
  virtual void Rollback() = 0;

  // The last run of `job` that did not finish, if any.
  virtual Result<std::optional<CrawlRun>> UnfinishedRun(const std::string& job) = 0;
  virtual Result<int64_t> StartRun(const CrawlRun& run) = 0;
  virtual Status FinishRun(int64_t run_id, const std::string& status, int64_t pages,
                           int64_t errors) = 0;
  virtual Result<std::vector<CrawlRun>> Runs() = 0;

  // Adds a URL to the run's frontier unless it is there already (in any state); true when added.
  virtual Result<bool> Enqueue(int64_t run_id, const FrontierEntry& entry) = 0;
  // Queued entries with seq above `after_seq`, in discovery order, at most `limit`.
  virtual Result<std::vector<FrontierEntry>> Queued(int64_t run_id, int64_t after_seq,
                                                    int limit) = 0;
  virtual Result<int64_t> CountQueued(int64_t run_id) = 0;
  virtual Result<int64_t> MaxSeq(int64_t run_id) = 0;
  virtual Status SetFrontierState(int64_t run_id, const std::string& url, const std::string& state,
                                  const std::string& reason) = 0;

  virtual Status RecordVisit(const CrawlVisit& visit) = 0;
  // Records a blob (idempotent): CaseStore::RecordBlob.
  virtual Status RecordBlob(const BlobInfo& blob, const std::string& media_type) = 0;
  // The crawl's imports (format "web-crawl", options "run=ID;part=N"): one per part of a run, a
  // part being what one process stored in one round. Completes the parts of `run_id` a killed
  // process left running (their documents are committed) and returns how many parts exist.
  virtual Result<int64_t> CloseCrawlImports(int64_t run_id) = 0;
  // The blob of a successful earlier fetch of this URL (images are fetched once per case).
  virtual Result<std::optional<std::string>> FetchedBlob(const std::string& url) = 0;
  // Marks every document image referring to `url` that is still remote as stored in `blob`.
  virtual Status AttachImage(const std::string& url, const std::string& blob_sha256) = 0;

  // Records that the ad was seen in this run; returns what changed (and writes an event for new,
  // changed and returned ads).
  virtual Result<AdChange> ObserveAd(int64_t run_id, const std::string& job, const AdEvent& seen,
                                     const std::string& content_sha256) = 0;
  // The (site, source id) of the live ad last seen at `url`, if any.
  virtual Result<std::optional<std::pair<std::string, std::string>>> LiveAdAt(
      const std::string& url) = 0;
  // Marks one ad removed (its page is gone: 404 or 410); false when it was not live.
  virtual Result<bool> MarkRemoved(int64_t run_id, const std::string& site,
                                   const std::string& source_id, const std::string& at) = 0;
  // After a complete run: every live ad of `job` not seen in the run is marked removed; returns
  // how many.
  virtual Result<int64_t> MarkUnseenRemoved(int64_t run_id, const std::string& job,
                                            const std::string& at) = 0;
  // Events of the ad (all ads when `site` is empty), oldest first.
  virtual Result<std::vector<AdEvent>> Events(const std::string& site,
                                              const std::string& source_id) = 0;
};

}  // namespace ariadne::store
