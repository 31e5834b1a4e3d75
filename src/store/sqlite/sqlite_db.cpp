#include "store/sqlite/sqlite_db.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>

#include "core/thread_priority.h"
#include "store/sqlite/fts_tokenizer.h"

namespace ariadne::store::sqlite {

namespace {
Status ErrorFrom(sqlite3* db, int rc, std::string_view what) {
  const std::string msg = fmt::format("{}: {}", what, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  switch (rc & 0xFF) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Corrupt(msg + " (the case database is damaged: restore it from a backup)");
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_PERM:
      return IoError(msg);
    case SQLITE_CONSTRAINT:
      return Conflict(msg);
    default:
      return Internal(msg);
  }
}

// SQLite counts every allocation it makes for sqlite3_memory_used() and sqlite3_status(), taking a
// process-wide mutex around each malloc and free to do so; nothing in Ariadne reads those counts
// or sets a heap limit (which needs them). Without them an allocation is a plain malloc: about 5%
// of the instructions an analysis of new ads spends on the calling thread were SQLite's
// allocations, a third of those the counting. The setting must come before SQLite initialises
// (sqlite3_config fails after), so it is made while the program starts, before any connection.
const bool kMemoryStatisticsOff = [] {
  return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
}();
}  // namespace

bool MemoryStatisticsOff() {
  return kMemoryStatisticsOff;
}

Statement& Statement::operator=(Statement&& o) noexcept {
  if (this != &o) {
    sqlite3_finalize(stmt_);
    db_ = o.db_;
    stmt_ = o.stmt_;
    o.stmt_ = nullptr;
  }
  return *this;
}

Statement::~Statement() {
  sqlite3_finalize(stmt_);
}

Statement& Statement::Bind(int index, int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

Statement& Statement::Bind(int index, std::string_view value) {
  sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  return *this;
}

Statement& Statement::BindStatic(int index, std::string_view value) {
  sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_STATIC, SQLITE_UTF8);
  return *this;
}

Statement& Statement::BindStaticOptional(int index, std::string_view value) {
  return value.empty() ? BindNull(index) : BindStatic(index, value);
}

Statement& Statement::Bind(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
  return *this;
}

Statement& Statement::BindOptional(int index, std::string_view value) {
  return value.empty() ? BindNull(index) : Bind(index, value);
}

Statement& Statement::BindNull(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}

Result<bool> Statement::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return ErrorFrom(db_, rc, "database");
}

Status Statement::Run() {
  Result<bool> r = Step();
  Reset();
  return r.status();
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

Statement& Statement::BindBlob(int index, std::string_view bytes) {
  sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
  return *this;
}

std::string_view Statement::Bytes(int column) const {
  const void* p = sqlite3_column_blob(stmt_, column);
  if (p == nullptr) return {};
  return {static_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, column))};
}

std::string Statement::Text(int column) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  if (p == nullptr) return {};
  return {p, static_cast<size_t>(sqlite3_column_bytes(stmt_, column))};
}

int WalUnitsToPages(int units, int64_t page_size) {
  if (page_size <= 0) return std::max(units, 1);
  return static_cast<int>(std::max<int64_t>(int64_t{units} * 4096 / page_size, 1));
}

Result<std::unique_ptr<Db>> Db::Open(const std::string& path, bool create) {
  sqlite3* raw = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  if (rc != SQLITE_OK) {
    Status s = ErrorFrom(raw, rc, path);
    sqlite3_close(raw);
    return s;
  }
  std::unique_ptr<Db> db(new Db(raw, path));
  sqlite3_busy_timeout(raw, 30000);
  // The full-text index's tokens, faster than SQLite's own unicode61 and the same
  // (store/sqlite/fts_tokenizer.h).
  ARIADNE_RETURN_IF_ERROR(InstallFastUnicode61(raw));
  sqlite3_extended_result_codes(raw, 1);
  // WAL: readers never block the writer; synchronous=NORMAL is durable across process crashes (only
  // a power loss can drop the last commits, never corrupt the file). foreign_keys enforces
  // provenance links. Bulk imports: a 128 MiB page cache keeps the indexes that grow in random
  // order (source ids, content hashes) in memory, and checkpointing every 16k pages (64 MiB of
  // WAL, kWalCheckpointPages) rather than every 1k copies each hot page back once instead of many
  // times; reads map the file (256 MiB) instead of copying pages.
  // A new database's page size is set before anything is written to it (kNewDatabasePageSize);
  // an existing one ignores the pragma.
  if (create) {
    ARIADNE_RETURN_IF_ERROR(db->Exec(fmt::format("PRAGMA page_size={}", kNewDatabasePageSize)));
  }
  ARIADNE_RETURN_IF_ERROR(
      db->Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
               "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-131072; "
               "PRAGMA mmap_size=268435456;"));
  {
    Result<Statement> st = db->Prepare("PRAGMA page_size");
    if (!st.ok()) return st.status();
    ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] { db->page_size_ = st->Int(0); }));
  }
  sqlite3_wal_autocheckpoint(raw, WalUnitsToPages(kWalCheckpointPages, db->page_size_));
  return db;
}

Result<std::unique_ptr<Db>> OpenCaseDb(const std::filesystem::path& case_dir) {
  const std::filesystem::path db_path = case_dir / "case.db";
  std::error_code ec;
  if (!std::filesystem::exists(db_path, ec)) {
    return IoError(
        fmt::format("{}: no case here (create one with `ariadne init`)", case_dir.string()));
  }
  return Db::Open(db_path.string(), /*create=*/false);
}

// The thread of CheckpointInBackground(): it waits for a request from the writer's WAL hook and
// runs a passive checkpoint on its own connection.
class Db::Checkpointer {
 public:
  // `pages` in 4 KiB units, `page_size` the main database's.
  Checkpointer(std::string path, int pages, int64_t page_size)
      : path_(std::move(path)), page_size_(page_size) {
    set_pages(pages);
  }
  // The threshold (4 KiB units), used and changed on the writer's thread only. The commit
  // checkpoints itself at four times the largest threshold the connection was given: a bulk
  // write that lowers the threshold for its duration (BulkWriteSettings: an import's 8 MiB) asks
  // the thread more often, and does not stop to checkpoint sooner than the connection would.
  void set_pages(int pages) {
    pages_ = pages;
    db_pages_ = WalUnitsToPages(pages, page_size_);
    behind_db_pages_ = std::max(behind_db_pages_, 4 * db_pages_);
  }
  int pages() const { return pages_; }
  Checkpointer(const Checkpointer&) = delete;
  Checkpointer& operator=(const Checkpointer&) = delete;
  ~Checkpointer() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
      if (conn_ != nullptr) sqlite3_interrupt(conn_);  // a checkpoint in progress ends now
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
  }

  // SQLite's WAL hook (sqlite3_wal_hook), called on the writer's thread after each commit with
  // the pages in the WAL of database `name`.
  static int OnCommit(void* self, sqlite3* db, const char* name, int pages) {
    auto* c = static_cast<Checkpointer*>(self);
    // In the main database's pages; an attached database (search.db) is counted alike, which is
    // its own page size too unless one of them was created before kNewDatabasePageSize.
    const int threshold = c->db_pages_;
    const bool main = std::strcmp(name, "main") == 0;
    if (!main || pages >= c->behind_db_pages_) {
      // An attached database (the hook replaces wal_autocheckpoint for those too), or a thread
      // that falls behind: checkpoint here, as wal_autocheckpoint would.
      if (pages >= threshold) {
        sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        if (main) ++c->in_commit_;
      }
      return SQLITE_OK;
    }
    if (pages >= threshold) c->Request();
    return SQLITE_OK;
  }

  int64_t done() const { return done_.load(); }
  int64_t in_commit() const { return in_commit_; }

 private:
  void Request() {
    {
      std::lock_guard lock(mu_);
      requested_ = true;
      if (!thread_.joinable()) thread_ = std::thread([this] { Loop(); });
    }
    wake_.notify_all();
  }

  void Loop() {
    // Only what the stages leave idle (on Linux a thread's nice value is its own): copying the
    // pages back and the syncs cost CPU too, which a two-core machine's analysis needs; when
    // the thread falls behind, the writer's commits checkpoint (OnCommit). Failing to lower the
    // priority changes nothing else.
    core::LowerThisThreadPriority(19);
    sqlite3* conn = nullptr;
    if (sqlite3_open_v2(path_.c_str(), &conn, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
      sqlite3_close(conn);
      return;  // no checkpoints in the background: the writer's hook and its close still do them
    }
    // A connection checkpoints nothing until it has opened the WAL, which its first read does.
    sqlite3_exec(conn, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    std::unique_lock lock(mu_);
    conn_ = conn;
    for (;;) {
      wake_.wait(lock, [&] { return stop_ || requested_; });
      if (stop_) break;
      requested_ = false;
      lock.unlock();
      // Errors are left: SQLITE_BUSY while another checkpoint runs, SQLITE_INTERRUPT when
      // stopping; the next request or the close checkpoints again.
      if (sqlite3_wal_checkpoint_v2(conn, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) ==
          SQLITE_OK) {
        ++done_;
      }
      lock.lock();
    }
    conn_ = nullptr;
    lock.unlock();
    sqlite3_close_v2(conn);
  }

  const std::string path_;
  const int64_t page_size_;
  int pages_ = 0;            // the threshold as given, in 4 KiB units
  int db_pages_ = 0;         // the same in the main database's pages
  int behind_db_pages_ = 0;  // from here on the commit checkpoints itself (main database pages)
  int64_t in_commit_ = 0;    // checkpoints the writer's commits ran (writer's thread only)
  std::mutex mu_;
  std::condition_variable wake_;
  bool requested_ = false;
  bool stop_ = false;
  sqlite3* conn_ = nullptr;  // the thread's connection while it runs (guarded by mu_)
  std::atomic<int64_t> done_{0};
  std::thread thread_;
};

Db::Db(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

Db::~Db() {
  checkpointer_.reset();  // before the close, which checkpoints what is left
  sqlite3_close_v2(db_);
}

void Db::CheckpointInBackground(int pages) {
  if (checkpointer_ != nullptr) {
    checkpointer_->set_pages(pages);
    return;
  }
  checkpointer_ = std::make_unique<Checkpointer>(path_, pages, page_size_);
  sqlite3_wal_hook(db_, &Checkpointer::OnCommit, checkpointer_.get());
}

void Db::LeaveLogAtClose() {
  sqlite3_db_config(db_, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

int Db::BackgroundCheckpointPages() const {
  return checkpointer_ == nullptr ? 0 : checkpointer_->pages();
}

int64_t Db::BackgroundCheckpoints() const {
  return checkpointer_ == nullptr ? 0 : checkpointer_->done();
}

int64_t Db::CommitCheckpoints() const {
  return checkpointer_ == nullptr ? 0 : checkpointer_->in_commit();
}

Status Db::Exec(std::string_view sql) {
  char* err = nullptr;
  const std::string s(sql);
  const int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    return ErrorFrom(nullptr, rc, path_ + ": " + msg);
  }
  return Status::Ok();
}

Result<Statement> Db::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) return ErrorFrom(db_, rc, fmt::format("prepare `{}`", sql));
  return Statement(db_, stmt);
}

namespace {

Result<int64_t> PragmaValue(Db& db, std::string_view pragma) {
  Result<Statement> st = db.Prepare(fmt::format("PRAGMA {}", pragma));
  if (!st.ok()) return st.status();
  int64_t value = 0;
  ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] { value = st->Int(0); }));
  return value;
}

}  // namespace

Status BulkWriteSettings::Start() {
  if (db_ == nullptr || started_) return Status::Ok();
  if (sqlite3_get_autocommit(db_->raw()) == 0) {
    return Internal(
        fmt::format("{}: bulk write settings changed inside a transaction", db_->path()));
  }
  std::string sql;
  if (options_.foreign_keys_off) {
    Result<int64_t> on = PragmaValue(*db_, "foreign_keys");
    if (!on.ok()) return on.status();
    foreign_keys_ = *on != 0;
    sql += "PRAGMA foreign_keys=OFF;";
  }
  if (options_.mmap_size >= 0) {
    Result<int64_t> size = PragmaValue(*db_, "mmap_size");
    if (!size.ok()) return size.status();
    mmap_size_ = *size;
    sql += fmt::format("PRAGMA mmap_size={};", options_.mmap_size);
  }
  if (options_.cache_kib > 0) {
    Result<int64_t> size = PragmaValue(*db_, "cache_size");
    if (!size.ok()) return size.status();
    cache_size_ = *size;
    sql += fmt::format("PRAGMA cache_size=-{};", options_.cache_kib);
  }
  if (!sql.empty()) ARIADNE_RETURN_IF_ERROR(db_->Exec(sql));
  if (options_.checkpoint_pages > 0) {
    checkpoint_pages_ = db_->BackgroundCheckpointPages();
    db_->CheckpointInBackground(options_.checkpoint_pages);
  }
  started_ = true;
  return Status::Ok();
}

Status BulkWriteSettings::Restore() {
  if (db_ == nullptr || !started_) return Status::Ok();
  if (sqlite3_get_autocommit(db_->raw()) == 0) {
    return Internal(fmt::format(
        "{}: bulk write settings restored inside a transaction (roll it back first)", db_->path()));
  }
  started_ = false;
  // A connection whose checkpoints were not in the background keeps the thread, at the usual
  // threshold (it cannot go back to checkpointing in its commits).
  if (options_.checkpoint_pages > 0)
    db_->CheckpointInBackground(checkpoint_pages_ > 0 ? checkpoint_pages_ : kWalCheckpointPages);
  std::string sql;
  if (options_.foreign_keys_off && foreign_keys_) sql += "PRAGMA foreign_keys=ON;";
  if (options_.mmap_size >= 0) sql += fmt::format("PRAGMA mmap_size={};", mmap_size_);
  if (options_.cache_kib > 0) sql += fmt::format("PRAGMA cache_size={};", cache_size_);
  return sql.empty() ? Status::Ok() : db_->Exec(sql);
}

Result<Statement*> StatementCache::Prep(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it != cache_.end()) {
    it->second.Reset();
    return &it->second;
  }
  Result<Statement> st = db_->Prepare(sql);
  if (!st.ok()) return st.status();
  return &cache_.emplace(sql, std::move(st).value()).first->second;
}

}  // namespace ariadne::store::sqlite
