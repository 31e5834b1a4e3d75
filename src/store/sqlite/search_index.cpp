#include "store/sqlite/search_index.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <optional>
#include <thread>

#include "core/thread_priority.h"
#include "store/search_index.h"

namespace ariadne::store {

namespace sqlite {

namespace fs = std::filesystem;

namespace {

// The index: FTS5 over a copy of each document's title and text (an external-content table would
// have to live in the same file as `documents`), and where it is. The tokenizer is the one
// case.db's index used before v14, so tokens, ranks and snippets are unchanged.
constexpr const char* kSearchSchema = R"sql(
CREATE TABLE IF NOT EXISTS index_state (
  id                  INTEGER PRIMARY KEY CHECK (id = 1),
  last_document       INTEGER NOT NULL,
  last_content_sha256 TEXT NOT NULL
);
INSERT OR IGNORE INTO index_state VALUES (1, 0, '');
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
  title, text, tokenize = 'unicode61 remove_diacritics 2'
);
)sql";

// Documents per transaction of an indexer beside an import: the work an interruption at the end
// of the import loses (a chat segment is up to 64 KB of text: about 6 MB, 0.1 s).
constexpr int64_t kBackgroundDocumentsPerTransaction = 100;

Result<int64_t> ScalarOf(Db& db, const std::string& sql, int64_t bind = -1) {
  Result<Statement> st = db.Prepare(sql);
  if (!st.ok()) return st.status();
  if (bind >= 0) st->Bind(1, bind);
  Result<bool> row = st->Step();
  if (!row.ok()) return row.status();
  return *row && !st->IsNull(0) ? st->Int(0) : int64_t{-1};
}

std::atomic<int64_t> g_yields = 0;

// DIR/search.db-wanted: a search that needs the index's write lock holds a read lock on its first
// byte (an open file description's lock: it conflicts within one process too, and dies with the
// process); a yielding catch-up tests for it without taking any lock itself, so that a search is
// never kept waiting by a thread that gets no CPU.
fs::path RequestPath(const Db& case_db) {
  return SearchIndexPath(case_db).string() + "-wanted";
}

int OpenRequests(const Db& case_db) {
  return ::open(RequestPath(case_db).c_str(), O_RDONLY | O_CREAT | O_CLOEXEC, 0600);
}

struct flock FirstByte(short type) {
  struct flock lock = {};
  lock.l_type = type;
  lock.l_whence = SEEK_SET;
  lock.l_start = 0;
  lock.l_len = 1;
  return lock;
}

// A search's request, held while it catches up. When the file cannot be opened (a read-only
// folder), the search waits for an indexer's transaction as before.
class SearchRequest {
 public:
  explicit SearchRequest(const Db& case_db) : fd_(OpenRequests(case_db)) {
    struct flock lock = FirstByte(F_RDLCK);
    if (fd_ >= 0) (void)::fcntl(fd_, F_OFD_SETLK, &lock);  // nobody takes a write lock: no wait
  }
  ~SearchRequest() {
    if (fd_ >= 0) ::close(fd_);  // releases the lock
  }
  SearchRequest(const SearchRequest&) = delete;
  SearchRequest& operator=(const SearchRequest&) = delete;

 private:
  const int fd_;
};

// A yielding catch-up's watch for searches: while armed (inside a transaction's statements),
// SQLite's progress handler tests for a request about once a millisecond and interrupts the
// statement when there is one, which rolls the transaction back and lets go of the write lock.
class SearchWatch {
 public:
  explicit SearchWatch(Db& db) : db_(db), fd_(OpenRequests(db)) {
    sqlite3_progress_handler(db_.raw(), kStepsPerCall, &OnProgress, this);
  }
  ~SearchWatch() {
    sqlite3_progress_handler(db_.raw(), 0, nullptr, nullptr);
    if (fd_ >= 0) ::close(fd_);
  }
  SearchWatch(const SearchWatch&) = delete;
  SearchWatch& operator=(const SearchWatch&) = delete;

  bool SearchWaiting() const {
    struct flock lock = FirstByte(F_WRLCK);
    return fd_ >= 0 && ::fcntl(fd_, F_OFD_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
  }
  // Not while committing: an interrupted COMMIT would leave the transaction open.
  void Arm(bool armed) {
    armed_ = armed;
    if (armed) yielded_ = false;
  }
  bool yielded() const { return yielded_; }

 private:
  static constexpr int kStepsPerCall = 64;  // SQLite's virtual machine steps between calls
  static constexpr auto kEvery = std::chrono::milliseconds(1);

  static int OnProgress(void* raw) {
    auto* self = static_cast<SearchWatch*>(raw);
    if (!self->armed_) return 0;
    const auto now = std::chrono::steady_clock::now();
    if (now - self->last_test_ < kEvery) return 0;
    self->last_test_ = now;
    if (!self->SearchWaiting()) return 0;
    self->yielded_ = true;
    return 1;  // SQLITE_INTERRUPT
  }

  Db& db_;
  const int fd_;
  bool armed_ = false;
  bool yielded_ = false;
  std::chrono::steady_clock::time_point last_test_;
};

// One transaction of a catch-up: indexes up to `per_transaction` documents. Returns how many
// (0: the index is complete). `watch`, when given, may interrupt it for a search.
Result<int64_t> CatchUpStep(Db& db, int64_t per_transaction, SearchWatch* watch) {
  // The first statement writes search.db, so that the transaction holds its write lock (and only
  // its: case.db is only read) before it reads where the index is.
  ARIADNE_RETURN_IF_ERROR(
      db.Exec("BEGIN; UPDATE search.index_state SET last_document = last_document"));
  auto body = [&]() -> Result<int64_t> {
    Result<Statement> state =
        db.Prepare("SELECT last_document, last_content_sha256 FROM search.index_state");
    if (!state.ok()) return state.status();
    Result<bool> row = state->Step();
    if (!row.ok()) return row.status();
    int64_t last = *row ? state->Int(0) : 0;
    const std::string last_sha = *row ? state->Text(1) : std::string();
    state->Reset();
    if (last > 0) {
      Result<Statement> same = db.Prepare("SELECT content_sha256 FROM main.documents WHERE id = ?");
      if (!same.ok()) return same.status();
      same->Bind(1, last);
      Result<bool> found = same->Step();
      if (!found.ok()) return found.status();
      if (!*found || same->Text(0) != last_sha) {
        // Not this case's index (or not this version of it): index every document again.
        ARIADNE_RETURN_IF_ERROR(db.Exec("DELETE FROM search.documents_fts"));
        last = 0;
      }
    }
    Result<int64_t> upto = ScalarOf(
        db,
        fmt::format("SELECT id FROM main.documents WHERE id > ? ORDER BY id LIMIT 1 OFFSET {}",
                    per_transaction - 1),
        last);
    if (!upto.ok()) return upto.status();
    if (*upto < 0) {
      upto = ScalarOf(db, "SELECT max(id) FROM main.documents");
      if (!upto.ok()) return upto.status();
    }
    if (*upto <= last) return int64_t{0};
    Result<Statement> insert = db.Prepare(
        "INSERT INTO search.documents_fts (rowid, title, text) SELECT id, title, text FROM "
        "main.documents WHERE id > ? AND id <= ? ORDER BY id");
    if (!insert.ok()) return insert.status();
    ARIADNE_RETURN_IF_ERROR(insert->Bind(1, last).Bind(2, *upto).Run());
    const int64_t indexed = db.Changes();
    Result<Statement> mark = db.Prepare(
        "UPDATE search.index_state SET last_document = ?1, last_content_sha256 = (SELECT "
        "content_sha256 FROM main.documents WHERE id = ?1)");
    if (!mark.ok()) return mark.status();
    ARIADNE_RETURN_IF_ERROR(mark->Bind(1, *upto).Run());
    return indexed;
  };
  if (watch != nullptr) watch->Arm(true);
  Result<int64_t> n = body();
  if (watch != nullptr) watch->Arm(false);
  if (!n.ok()) {
    (void)db.Exec("ROLLBACK");
    return n.status();
  }
  ARIADNE_RETURN_IF_ERROR(db.Exec("COMMIT"));
  return n;
}

// Creates search.db with its tables in one step: written under a name of its own, then linked
// into place (which fails when another process was first), so that nobody, not even a process
// killed midway, leaves a search.db without its tables. Its own connection writes it (ATTACH
// cannot create a file on a connection opened without SQLITE_OPEN_CREATE) and sets WAL, which
// stays with the file.
Status CreateSearchIndex(const fs::path& path) {
  static std::atomic<int> serial = 0;
  const fs::path fresh =
      path.string() + fmt::format(".new-{}-{}", static_cast<long>(::getpid()), serial++);
  std::error_code ec;
  fs::remove(fresh, ec);
  {
    Result<std::unique_ptr<Db>> created = Db::Open(fresh.string(), /*create=*/true);
    if (!created.ok()) return created.status();
    ARIADNE_RETURN_IF_ERROR((*created)->Exec(kSearchSchema));
  }  // closing it merges its WAL into the file
  fs::create_hard_link(fresh, path, ec);
  const bool linked = !ec;
  fs::remove(fresh, ec);
  if (!linked && !fs::exists(path, ec)) {
    return IoError(
        fmt::format("{}: cannot create the search index; check that the case folder "
                    "is writable",
                    path.string()));
  }
  return Status::Ok();
}

}  // namespace

void DetachSearchIndexLeavingItsLog(Db& case_db) {
  sqlite3* raw = case_db.raw();
  sqlite3_db_config(raw, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
  // Interrupted or failed (a statement still open): the flag stays, and the connection's close
  // leaves both logs; case.db's is then checkpointed by the next connection to close it last.
  if (case_db.Exec("DETACH DATABASE search").ok())
    sqlite3_db_config(raw, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
}

fs::path SearchIndexPath(const Db& case_db) {
  return fs::path(case_db.path()).parent_path() / "search.db";
}

Status AttachSearchIndex(Db& case_db) {
  Result<int64_t> attached =
      ScalarOf(case_db, "SELECT count(*) FROM pragma_database_list WHERE name = 'search'");
  if (!attached.ok()) return attached.status();
  if (*attached > 0) return Status::Ok();
  const fs::path path = SearchIndexPath(case_db);
  std::error_code ec;
  if (!fs::exists(path, ec)) ARIADNE_RETURN_IF_ERROR(CreateSearchIndex(path));
  Result<Statement> attach = case_db.Prepare("ATTACH DATABASE ? AS search");
  if (!attach.ok()) return attach.status();
  ARIADNE_RETURN_IF_ERROR(attach->Bind(1, path.string()).Run());
  return case_db.Exec("PRAGMA search.synchronous=NORMAL; PRAGMA search.cache_size=-65536");
}

Result<int64_t> CatchUpSearchIndex(Db& case_db, const CatchUpOptions& options) {
  if (sqlite3_get_autocommit(case_db.raw()) == 0) {
    return Internal("the search index cannot catch up inside a transaction");
  }
  // Nothing to do is the common case: two reads, no write.
  Result<int64_t> last = ScalarOf(case_db, "SELECT last_document FROM search.index_state");
  if (!last.ok()) return last.status();
  Result<int64_t> newest = ScalarOf(case_db, "SELECT max(id) FROM main.documents");
  if (!newest.ok()) return newest.status();
  if (*newest == *last) {
    Result<int64_t> same =
        ScalarOf(case_db,
                 "SELECT count(*) FROM search.index_state s JOIN main.documents d ON d.id = "
                 "s.last_document AND d.content_sha256 = s.last_content_sha256");
    if (!same.ok()) return same.status();
    if (*same == 1) return int64_t{0};
  }
  if (*newest < 0 && *last == 0) return int64_t{0};
  std::optional<SearchWatch> watch;
  std::optional<SearchRequest> request;
  if (options.yield_to_searches) {
    watch.emplace(case_db);
  } else {
    request.emplace(case_db);
  }
  auto stopped = [&] { return options.stop != nullptr && options.stop->load(); };
  const int64_t per_transaction = std::max<int64_t>(1, options.documents_per_transaction);
  int64_t total = 0;
  while (!stopped()) {
    if (watch && watch->SearchWaiting()) {
      // The search indexes what it needs; what it leaves is this catch-up's again.
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      continue;
    }
    Result<int64_t> n = CatchUpStep(case_db, per_transaction, watch ? &*watch : nullptr);
    if (!n.ok()) {
      if (watch && watch->yielded()) {
        g_yields.fetch_add(1);
        continue;
      }
      return n.status();
    }
    if (*n == 0) return total;
    total += *n;
  }
  return total;
}

int64_t SearchIndexYields() {
  return g_yields.load();
}

Result<int64_t> SearchIndexBacklog(Db& case_db) {
  // The index holds the documents up to its last one when that one is this case's (the same
  // check as a catch-up's), and none otherwise.
  Result<int64_t> last = ScalarOf(case_db,
                                  "SELECT s.last_document FROM search.index_state s JOIN "
                                  "main.documents d ON d.id = s.last_document AND "
                                  "d.content_sha256 = s.last_content_sha256");
  if (!last.ok()) return last.status();
  return ScalarOf(case_db, "SELECT count(*) FROM main.documents WHERE id > ?",
                  std::max<int64_t>(*last, 0));
}

}  // namespace sqlite

Result<std::unique_ptr<SearchIndexer>> SearchIndexer::Start(const std::filesystem::path& case_dir,
                                                            IndexerPriority priority) {
  std::unique_ptr<SearchIndexer> indexer(new SearchIndexer(case_dir, priority));
  indexer->thread_ = std::thread([raw = indexer.get()] { raw->Run(); });
  return indexer;
}

SearchIndexer::~SearchIndexer() {
  (void)Stop();
}

Status SearchIndexer::Stop() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
    // Thread-safe by SQLite's contract while the connection is open, which mu_ guarantees.
    if (connection_ != nullptr) sqlite3_interrupt(connection_);
  }
  return Join();
}

Status SearchIndexer::Join() {
  poked_.notify_all();
  if (thread_.joinable()) thread_.join();
  std::lock_guard lock(mu_);
  return status_;
}

void SearchIndexer::Poke() {
  {
    std::lock_guard lock(mu_);
    pending_ = true;
  }
  poked_.notify_all();
}

Status SearchIndexer::Finish() {
  {
    std::lock_guard lock(mu_);
    finishing_ = true;
    pending_ = true;
  }
  return Join();
}

void SearchIndexer::Run() {
  int64_t per_transaction = 1000;  // a chat segment is up to 64 KB: at most about 64 MB
  if (priority_ == IndexerPriority::kBackground) {
    // Only what the import leaves idle: on Linux a thread's nice value is its own. Failing to
    // lower it only makes the import share its cores.
    core::LowerThisThreadPriority(19);
    per_transaction = sqlite::kBackgroundDocumentsPerTransaction;
  }
  auto fail = [&](const Status& s) {
    std::lock_guard lock(mu_);
    status_ = Status(s.kind(), fmt::format("{}: the search index (search.db) was not brought up "
                                           "to date: {}; the next search does it",
                                           case_dir_.string(), s.message()));
  };
  Result<std::unique_ptr<sqlite::Db>> db = sqlite::OpenCaseDb(case_dir_);
  if (!db.ok()) return fail(db.status());
  if (Status s = sqlite::AttachSearchIndex(**db); !s.ok()) return fail(s);
  // An import's indexer leaves search.db's log to the next search (the import waits for it).
  struct Detach {
    sqlite::Db* db;
    bool leave_log;
    ~Detach() {
      if (leave_log) sqlite::DetachSearchIndexLeavingItsLog(*db);
    }
  } detach{db->get(), priority_ == IndexerPriority::kBackground};
  {
    std::lock_guard lock(mu_);
    if (stop_) return;
    connection_ = (*db)->raw();
  }
  // The connection is closed after this thread lets go of it (Stop() interrupts it meanwhile).
  struct Release {
    SearchIndexer* self;
    ~Release() {
      std::lock_guard lock(self->mu_);
      self->connection_ = nullptr;
    }
  } release{this};
  for (;;) {
    bool last_round = false;
    {
      std::unique_lock lock(mu_);
      poked_.wait(lock, [&] { return pending_ || stop_; });
      if (stop_) return;
      pending_ = false;
      last_round = finishing_;
    }
    Result<int64_t> n = sqlite::CatchUpSearchIndex(
        **db,
        {.stop = &stop_, .documents_per_transaction = per_transaction, .yield_to_searches = true});
    if (!n.ok()) {
      if (stop_) return;  // interrupted by Stop(): the transaction at hand was rolled back
      return fail(n.status());
    }
    if (last_round) return;
  }
}

Result<int64_t> SearchIndexBacklog(const std::filesystem::path& case_dir) {
  Result<std::unique_ptr<sqlite::Db>> db = sqlite::OpenCaseDb(case_dir);
  if (!db.ok()) return db.status();
  ARIADNE_RETURN_IF_ERROR(sqlite::AttachSearchIndex(**db));
  Result<int64_t> backlog = sqlite::SearchIndexBacklog(**db);
  // Asked right after an import (`ariadne import`): the log its indexer left is the next
  // search's to copy back, not this look's.
  sqlite::DetachSearchIndexLeavingItsLog(**db);
  return backlog;
}

}  // namespace ariadne::store
