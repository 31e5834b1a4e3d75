// The SQLite implementation of CrawlState (store/crawl_state.h): the v6 "crawl" tables, on the
// case store's connection and statement cache helper (sqlite_db.h).
#include <fmt/format.h>

#include <map>

#include "core/text.h"
#include "store/crawl_state.h"
#include "store/sqlite/sqlite_case_store.h"
#include "store/sqlite/sqlite_db.h"

namespace ariadne::store {

namespace {

using sqlite::Db;
using sqlite::Statement;

class SqliteCrawlState final : public CrawlState {
 public:
  SqliteCrawlState(CaseStore& store, Db* db) : store_(store), db_(db) {}

  // The case's transaction: the same connection.
  Status Begin() override { return store_.Begin(); }
  Status Commit() override { return store_.Commit(); }
  void Rollback() override { store_.Rollback(); }

  Result<std::optional<CrawlRun>> UnfinishedRun(const std::string& job) override {
    auto st = Prep(std::string(kRunColumns) +
                   " WHERE job = ? AND status = 'running' ORDER BY id DESC LIMIT 1");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, job);
    std::optional<CrawlRun> out;
    ARIADNE_RETURN_IF_ERROR((*st)->ForEachRow([&] { out = RunFrom(**st); }));
    return out;
  }

  Result<int64_t> StartRun(const CrawlRun& r) override {
    auto st = Prep(
        "INSERT INTO crawl_runs (job, recipe, recipe_version, seeds, options, robots, "
        "legal_basis, status, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'running', ?)");
    if (!st.ok()) return st.status();
    ARIADNE_RETURN_IF_ERROR((*st)
                                ->Bind(1, r.job)
                                .BindOptional(2, r.recipe)
                                .Bind(3, r.recipe_version)
                                .Bind(4, r.seeds_json)
                                .Bind(5, r.options_json)
                                .Bind(6, r.robots)
                                .BindOptional(7, r.legal_basis)
                                .Bind(8, r.started_at.empty() ? UtcNowIso8601() : r.started_at)
                                .Run());
    return db_->LastInsertRowId();
  }

  Status FinishRun(int64_t id, const std::string& status, int64_t pages, int64_t errors) override {
    auto st = Prep(
        "UPDATE crawl_runs SET status = ?, finished_at = ?, pages = pages + ?, errors = errors + "
        "? WHERE id = ?");
    if (!st.ok()) return st.status();
    return (*st)
        ->Bind(1, status)
        .Bind(2, status == "running" ? std::string() : UtcNowIso8601())
        .Bind(3, pages)
        .Bind(4, errors)
        .Bind(5, id)
        .Run();
  }

  Result<std::vector<CrawlRun>> Runs() override {
    auto st = Prep(std::string(kRunColumns) + " ORDER BY id");
    if (!st.ok()) return st.status();
    std::vector<CrawlRun> out;
    ARIADNE_RETURN_IF_ERROR((*st)->ForEachRow([&] { out.push_back(RunFrom(**st)); }));
    return out;
  }

  Result<bool> Enqueue(int64_t run_id, const FrontierEntry& e) override {
    auto st = Prep(
        "INSERT OR IGNORE INTO crawl_frontier (run_id, url, role, depth, redirects, state, seq) "
        "VALUES (?, ?, ?, ?, ?, 'queued', ?)");
    if (!st.ok()) return st.status();
    ARIADNE_RETURN_IF_ERROR((*st)
                                ->Bind(1, run_id)
                                .Bind(2, e.url)
                                .Bind(3, e.role)
                                .Bind(4, e.depth)
                                .Bind(5, e.redirects)
                                .Bind(6, e.seq)
                                .Run());
    return db_->Changes() > 0;
  }

  Result<std::vector<FrontierEntry>> Queued(int64_t run_id, int64_t after_seq, int limit) override {
    auto st = Prep(
        "SELECT url, role, depth, redirects, seq FROM crawl_frontier WHERE run_id = ? AND state = "
        "'queued' AND seq > ? ORDER BY seq LIMIT ?");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, run_id).Bind(2, after_seq).Bind(3, int64_t{limit});
    std::vector<FrontierEntry> out;
    ARIADNE_RETURN_IF_ERROR(q.ForEachRow([&] {
      out.push_back({q.Text(0), q.Text(1), q.Int(2), q.Int(3), q.Int(4)});
    }));
    return out;
  }

  Result<int64_t> CountQueued(int64_t run_id) override {
    return Scalar("SELECT count(*) FROM crawl_frontier WHERE run_id = ? AND state = 'queued'",
                  run_id);
  }

  Result<int64_t> MaxSeq(int64_t run_id) override {
    return Scalar("SELECT coalesce(max(seq), 0) FROM crawl_frontier WHERE run_id = ?", run_id);
  }

  Status SetFrontierState(int64_t run_id, const std::string& url, const std::string& state,
                          const std::string& reason) override {
    auto st = Prep("UPDATE crawl_frontier SET state = ?, reason = ? WHERE run_id = ? AND url = ?");
    if (!st.ok()) return st.status();
    return (*st)->Bind(1, state).BindOptional(2, reason).Bind(3, run_id).Bind(4, url).Run();
  }

  Status RecordVisit(const CrawlVisit& v) override {
    auto st = Prep(
        "INSERT INTO crawl_visits (run_id, url, role, fetched_at, http_status, content_type, "
        "bytes, blob_sha256, warc_file, warc_offset, warc_length, document_id, outcome, error, "
        "duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, v.run_id)
        .Bind(2, v.url)
        .Bind(3, v.role)
        .Bind(4, v.fetched_at)
        .Bind(5, v.http_status)
        .BindOptional(6, v.content_type)
        .Bind(7, v.bytes)
        .BindOptional(8, v.blob_sha256)
        .BindOptional(9, v.warc_file)
        .Bind(10, v.warc_offset)
        .Bind(11, v.warc_length);
    if (v.document_id > 0)
      q.Bind(12, v.document_id);
    else
      q.BindNull(12);
    return q.Bind(13, v.outcome).BindOptional(14, v.error).Bind(15, v.duration_ms).Run();
  }

  Status RecordBlob(const BlobInfo& blob, const std::string& media_type) override {
    return store_.RecordBlob(blob, media_type);
  }

  Result<int64_t> CloseCrawlImports(int64_t run_id) override {
    const std::string like = fmt::format("run={};part=%", run_id);
    auto close = Prep(
        "UPDATE imports SET status = 'complete', finished_at = ? WHERE format = 'web-crawl' AND "
        "status = 'running' AND options LIKE ?");
    if (!close.ok()) return close.status();
    ARIADNE_RETURN_IF_ERROR((*close)->Bind(1, UtcNowIso8601()).Bind(2, like).Run());
    auto count = Prep("SELECT count(*) FROM imports WHERE format = 'web-crawl' AND options LIKE ?");
    if (!count.ok()) return count.status();
    (*count)->Bind(1, like);
    int64_t n = 0;
    ARIADNE_RETURN_IF_ERROR((*count)->ForEachRow([&] { n = (*count)->Int(0); }));
    return n;
  }

  Result<std::optional<std::string>> FetchedBlob(const std::string& url) override {
    auto st = Prep(
        "SELECT blob_sha256 FROM crawl_visits WHERE url = ? AND blob_sha256 IS NOT NULL AND "
        "http_status BETWEEN 200 AND 299 ORDER BY id DESC LIMIT 1");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, url);
    std::optional<std::string> out;
    ARIADNE_RETURN_IF_ERROR((*st)->ForEachRow([&] { out = (*st)->Text(0); }));
    return out;
  }

  Status AttachImage(const std::string& url, const std::string& blob) override {
    auto st = Prep(
        "UPDATE document_images SET blob_sha256 = ?, status = 'stored' WHERE ref = ? AND status "
        "= 'remote'");
    if (!st.ok()) return st.status();
    return (*st)->Bind(1, blob).Bind(2, url).Run();
  }

  Result<AdChange> ObserveAd(int64_t run_id, const std::string& job, const AdEvent& seen,
                             const std::string& content_sha256) override {
    auto find =
        Prep("SELECT content_sha256, state FROM ad_observations WHERE site = ? AND source_id = ?");
    if (!find.ok()) return find.status();
    (*find)->Bind(1, seen.site).Bind(2, seen.source_id);
    std::optional<std::pair<std::string, std::string>> old;
    ARIADNE_RETURN_IF_ERROR(
        (*find)->ForEachRow([&] { old.emplace((*find)->Text(0), (*find)->Text(1)); }));
    AdChange change = AdChange::kNew;
    if (!old) {
      auto ins = Prep(
          "INSERT INTO ad_observations (site, source_id, job, url, first_seen, last_seen, "
          "last_run, content_sha256, document_id, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
          "'live')");
      if (!ins.ok()) return ins.status();
      ARIADNE_RETURN_IF_ERROR((*ins)
                                  ->Bind(1, seen.site)
                                  .Bind(2, seen.source_id)
                                  .Bind(3, job)
                                  .Bind(4, seen.url)
                                  .Bind(5, seen.at)
                                  .Bind(6, seen.at)
                                  .Bind(7, run_id)
                                  .Bind(8, content_sha256)
                                  .Bind(9, seen.document_id)
                                  .Run());
    } else {
      if (old->second == "removed")
        change = AdChange::kReturned;
      else if (old->first != content_sha256)
        change = AdChange::kChanged;
      else
        change = AdChange::kUnchanged;
      auto up = Prep(
          "UPDATE ad_observations SET url = ?, last_seen = ?, last_run = ?, content_sha256 = ?, "
          "document_id = coalesce(?, document_id), state = 'live', removed_at = NULL, changes = "
          "changes + ? WHERE site = ? AND source_id = ?");
      if (!up.ok()) return up.status();
      Statement& q = **up;
      q.Bind(1, seen.url).Bind(2, seen.at).Bind(3, run_id).Bind(4, content_sha256);
      if (seen.document_id > 0)
        q.Bind(5, seen.document_id);
      else
        q.BindNull(5);
      ARIADNE_RETURN_IF_ERROR(q.Bind(6, int64_t{change == AdChange::kChanged ? 1 : 0})
                                  .Bind(7, seen.site)
                                  .Bind(8, seen.source_id)
                                  .Run());
    }
    if (change != AdChange::kUnchanged) {
      AdEvent e = seen;
      e.event = change == AdChange::kNew       ? "new"
                : change == AdChange::kChanged ? "changed"
                                               : "returned";
      ARIADNE_RETURN_IF_ERROR(AddEvent(run_id, e));
    }
    return change;
  }

  Result<std::optional<std::pair<std::string, std::string>>> LiveAdAt(
      const std::string& url) override {
    auto st = Prep(
        "SELECT site, source_id FROM ad_observations WHERE url = ? AND state = 'live' LIMIT 1");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, url);
    std::optional<std::pair<std::string, std::string>> out;
    ARIADNE_RETURN_IF_ERROR(
        (*st)->ForEachRow([&] { out.emplace((*st)->Text(0), (*st)->Text(1)); }));
    return out;
  }

  Result<bool> MarkRemoved(int64_t run_id, const std::string& site, const std::string& source_id,
                           const std::string& at) override {
    auto find = Prep(
        "SELECT url, document_id FROM ad_observations WHERE site = ? AND source_id = ? AND state "
        "= 'live'");
    if (!find.ok()) return find.status();
    (*find)->Bind(1, site).Bind(2, source_id);
    std::optional<AdEvent> e;
    ARIADNE_RETURN_IF_ERROR((*find)->ForEachRow(
        [&] { e = AdEvent{site, source_id, (*find)->Text(0), "removed", at, (*find)->Int(1)}; }));
    if (!e) return false;
    auto up = Prep(
        "UPDATE ad_observations SET state = 'removed', removed_at = ?, last_run = ? WHERE site = "
        "? AND source_id = ?");
    if (!up.ok()) return up.status();
    ARIADNE_RETURN_IF_ERROR(
        (*up)->Bind(1, at).Bind(2, run_id).Bind(3, site).Bind(4, source_id).Run());
    ARIADNE_RETURN_IF_ERROR(AddEvent(run_id, *e));
    return true;
  }

  Result<int64_t> MarkUnseenRemoved(int64_t run_id, const std::string& job,
                                    const std::string& at) override {
    auto find = Prep(
        "SELECT site, source_id FROM ad_observations WHERE job = ? AND state = 'live' AND "
        "last_run <> ?");
    if (!find.ok()) return find.status();
    (*find)->Bind(1, job).Bind(2, run_id);
    std::vector<std::pair<std::string, std::string>> gone;
    ARIADNE_RETURN_IF_ERROR(
        (*find)->ForEachRow([&] { gone.emplace_back((*find)->Text(0), (*find)->Text(1)); }));
    for (const auto& [site, id] : gone) {
      Result<bool> r = MarkRemoved(run_id, site, id, at);
      if (!r.ok()) return r.status();
    }
    return static_cast<int64_t>(gone.size());
  }

  Result<std::vector<AdEvent>> Events(const std::string& site,
                                      const std::string& source_id) override {
    std::string sql =
        "SELECT site, source_id, url, event, at, coalesce(document_id, 0) FROM ad_events";
    if (!site.empty()) sql += " WHERE site = ? AND source_id = ?";
    sql += " ORDER BY id";
    auto st = Prep(sql);
    if (!st.ok()) return st.status();
    Statement& q = **st;
    if (!site.empty()) q.Bind(1, site).Bind(2, source_id);
    std::vector<AdEvent> out;
    ARIADNE_RETURN_IF_ERROR(q.ForEachRow([&] {
      out.push_back({q.Text(0), q.Text(1), q.Text(2), q.Text(3), q.Text(4), q.Int(5)});
    }));
    return out;
  }

 private:
  static constexpr const char* kRunColumns =
      "SELECT id, job, coalesce(recipe, ''), coalesce(recipe_version, 0), seeds, options, robots, "
      "coalesce(legal_basis, ''), status, started_at, coalesce(finished_at, ''), pages, errors "
      "FROM crawl_runs";

  static CrawlRun RunFrom(const Statement& q) {
    CrawlRun r;
    r.id = q.Int(0);
    r.job = q.Text(1);
    r.recipe = q.Text(2);
    r.recipe_version = q.Int(3);
    r.seeds_json = q.Text(4);
    r.options_json = q.Text(5);
    r.robots = q.Text(6);
    r.legal_basis = q.Text(7);
    r.status = q.Text(8);
    r.started_at = q.Text(9);
    r.finished_at = q.Text(10);
    r.pages = q.Int(11);
    r.errors = q.Int(12);
    return r;
  }

  Status AddEvent(int64_t run_id, const AdEvent& e) {
    auto st = Prep(
        "INSERT INTO ad_events (run_id, site, source_id, url, event, at, document_id) VALUES (?, "
        "?, ?, ?, ?, ?, ?)");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, run_id)
        .Bind(2, e.site)
        .Bind(3, e.source_id)
        .Bind(4, e.url)
        .Bind(5, e.event)
        .Bind(6, e.at);
    if (e.document_id > 0)
      q.Bind(7, e.document_id);
    else
      q.BindNull(7);
    return q.Run();
  }

  Result<int64_t> Scalar(const char* sql, int64_t arg) {
    auto st = Prep(sql);
    if (!st.ok()) return st.status();
    (*st)->Bind(1, arg);
    int64_t v = 0;
    ARIADNE_RETURN_IF_ERROR((*st)->ForEachRow([&] { v = (*st)->Int(0); }));
    return v;
  }

  Result<Statement*> Prep(const std::string& sql) { return statements_.Prep(sql); }

  CaseStore& store_;
  Db* db_;  // the case store's connection
  sqlite::StatementCache statements_{db_};
};

}  // namespace

Result<std::unique_ptr<CrawlState>> CrawlState::Open(Case& c) {
  Db* db = sqlite::ConnectionOf(c.store());
  if (db == nullptr) return Internal("the crawl state is kept only in SQLite cases");
  return std::unique_ptr<CrawlState>(new SqliteCrawlState(c.store(), db));
}

}  // namespace ariadne::store
