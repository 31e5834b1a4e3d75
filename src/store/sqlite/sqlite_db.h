// A thin RAII layer over the SQLite C API: one connection, prepared statements with typed binds.
// Not thread-safe: one Db per thread.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace ariadne::store::sqlite {

class Statement {
 public:
  Statement() = default;
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  Statement(Statement&& o) noexcept : db_(o.db_), stmt_(o.stmt_) { o.stmt_ = nullptr; }
  Statement& operator=(Statement&& o) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  // Binds are 1-based like SQLite's. An empty optional binds NULL.
  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, std::string_view value);
  Statement& Bind(int index, double value);
  Statement& BindOptional(int index, std::string_view value);  // empty binds NULL
  Statement& BindNull(int index);
  Statement& BindBlob(int index, std::string_view bytes);
  // Binds text without copying it: `value` must stay unchanged until the statement is reset (for
  // the large texts of bulk inserts, stepped right after binding).
  Statement& BindStatic(int index, std::string_view value);
  Statement& BindStaticOptional(int index, std::string_view value);  // empty binds NULL

  // Advances: true when a row is available, false when done; an error Status on failure.
  Result<bool> Step();
  // Steps a statement that returns no rows.
  Status Run();
  // Steps through every row, calling `on_row()` for each (it reads the columns), then resets.
  template <typename OnRow>
  Status ForEachRow(OnRow&& on_row) {
    for (;;) {
      Result<bool> row = Step();
      if (!row.ok()) {
        Reset();
        return row.status();
      }
      if (!*row) break;
      on_row();
    }
    Reset();
    return Status::Ok();
  }
  void Reset();

  int64_t Int(int column) const { return sqlite3_column_int64(stmt_, column); }
  double Real(int column) const { return sqlite3_column_double(stmt_, column); }
  std::string Text(int column) const;
  // A BLOB (or text) column's bytes, valid until the next Step() or Reset().
  std::string_view Bytes(int column) const;
  bool IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

// The WAL size (in units of 4 KiB, whatever the database's page size: WalUnitsToPages) past
// which a connection checkpoints: wal_autocheckpoint, and Db::CheckpointInBackground() on the
// case's writer. 64 MiB rather than SQLite's 4 MiB, so that a bulk import copies each hot page
// back once instead of many times.
inline constexpr int kWalCheckpointPages = 16384;

// The page size of every database Db::Open creates (case.db, search.db, accounts.db): 16 KiB
// instead of SQLite's 4 KiB. SQLite writes its log a page at a time (two system calls a page:
// the frame's header, then the page), and a case's rows are large (a chat segment holds up to
// 64 KiB of text, an ad a few KiB): with 16 KiB pages a 50 MB WhatsApp import made 13,500
// pwrites instead of 48,300 and its kernel time for them halved; case.db grew by 2.6%. A
// database keeps the page size it was created with (WAL mode cannot change it), so older cases
// keep 4 KiB pages; everything that counts pages counts them in 4 KiB units (kWalCheckpointPages).
inline constexpr int kNewDatabasePageSize = 16384;

// `units` of 4 KiB in pages of `page_size` bytes, at least 1.
int WalUnitsToPages(int units, int64_t page_size);

// Whether SQLite's allocation statistics were turned off as the program started (each malloc and
// free SQLite makes then takes no process-wide mutex; nothing in Ariadne reads them). False only
// when something initialised SQLite before this library's static initialisers ran.
bool MemoryStatisticsOff();

class Db {
 public:
  // Opens (and with `create`, creates) the database at `path`, in WAL mode with a busy timeout so
  // that concurrent readers and one writer can share a case.
  static Result<std::unique_ptr<Db>> Open(const std::string& path, bool create);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  Status Exec(std::string_view sql);
  Result<Statement> Prepare(std::string_view sql);
  int64_t LastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }
  int Changes() const { return sqlite3_changes(db_); }
  std::string LastError() const { return sqlite3_errmsg(db_); }
  sqlite3* raw() { return db_; }
  // sqlite3_interrupt: the running statement ends with SQLITE_INTERRUPT; thread-safe.
  void Interrupt() { sqlite3_interrupt(db_); }
  const std::string& path() const { return path_; }

  // From now on, the WAL of this connection's main database is checkpointed on a thread of its
  // own (with a connection of its own, opened when first needed) once a commit leaves `pages` or
  // more in it, instead of inside the commit that crosses wal_autocheckpoint. A checkpoint copies
  // every page of the WAL back into the file and syncs both: for an import into a large case,
  // tens of thousands of scattered pages and a sync that the writer waited for (half a second
  // and more), while it could go on with its next batch. Passive: it never blocks the writer or a
  // reader. When the WAL reaches four times `pages` (the thread falls behind), the commit
  // checkpoints as before; four times the largest `pages` given so far, so that a threshold
  // lowered for a bulk write does not make its commits stop for checkpoints sooner. Destroying the
  // Db stops the thread (an unfinished checkpoint is interrupted: it leaves the file as it was)
  // before closing, which checkpoints what is left as every close does. Call on the writer's
  // connection; calling again changes the threshold (a bulk import lowers it for its duration:
  // BulkWriteSettings). `pages` counts 4 KiB units (kWalCheckpointPages), turned into the main
  // database's own pages (WalUnitsToPages).
  void CheckpointInBackground(int pages);
  // The threshold of CheckpointInBackground() as it was given (4 KiB units); 0 when it was not
  // called.
  int BackgroundCheckpointPages() const;
  // The main database's page size in bytes, read as it was opened.
  int64_t page_size() const { return page_size_; }
  // How many checkpoints the thread has finished (for tests and figures).
  int64_t BackgroundCheckpoints() const;
  // How many checkpoints the writer's commits ran themselves, the thread behind (for tests and
  // figures; read on the writer's thread).
  int64_t CommitCheckpoints() const;
  // This connection's close leaves the main database's WAL (and its index, `-shm`) as they are
  // instead of copying the WAL back into the file, syncing both and deleting it, which the
  // closing process waits for; the next connection to close the database last does it (every
  // connection reads through the WAL meanwhile). Safe: the WAL is as durable as the file
  // (synchronous=NORMAL), and a process killed at any point leaves it so too. `ariadne import`
  // closes case.db so (copying back what the background checkpointer had left, two syncs and the
  // unlink of the log were the last 0.1-0.2 s of a 50 MB chat import at a load of 9, cores idle).
  void LeaveLogAtClose();

 private:
  class Checkpointer;

  Db(sqlite3* db, std::string path);

  sqlite3* db_;
  std::string path_;
  int64_t page_size_ = 4096;
  std::unique_ptr<Checkpointer> checkpointer_;
};

// The largest mmap_size SQLite allows on Debian (SQLITE_MAX_MMAP_SIZE): what bulk writers map.
inline constexpr int64_t kMaxMmapBytes = 2147418112;

// How a connection writes in bulk (BulkWriteSettings); each field left at its default leaves
// that setting as it is.
struct BulkWriteOptions {
  // No reference checks (PRAGMA foreign_keys=OFF): for writers whose every row refers to rows
  // they read from the case or wrote themselves before it (an import's documents, images,
  // problems and seals; the analysis's rows of documents it read). Each check was a look-up in
  // the parent table per row written.
  bool foreign_keys_off = false;
  // PRAGMA mmap_size in bytes (-1: left).
  int64_t mmap_size = -1;
  // Db::CheckpointInBackground()'s threshold in pages (0: left).
  int checkpoint_pages = 0;
  // PRAGMA cache_size in KiB (0: left). A writer that appends (an import) reads back little of
  // what it wrote: a cache of a few batches' pages reuses its page buffers instead of growing to
  // the usual 128 MiB, each new buffer a page fault the first time it is written.
  int64_t cache_kib = 0;
};

// A connection's settings while it writes in bulk, restored by Restore() or when leaving the
// scope. Start and restore it outside any transaction: SQLite ignores a change of foreign_keys
// inside one (Restore() fails then, and the destructor cannot tell). A null `db` (a store that
// is not SQLite's) changes nothing.
class BulkWriteSettings {
 public:
  BulkWriteSettings(Db* db, BulkWriteOptions options) : db_(db), options_(options) {}
  BulkWriteSettings(const BulkWriteSettings&) = delete;
  BulkWriteSettings& operator=(const BulkWriteSettings&) = delete;
  ~BulkWriteSettings() { (void)Restore(); }
  Status Start();
  // Puts back what Start() changed (nothing when it was not started or was restored already).
  // An error inside a transaction, where foreign keys could not come on again: roll it back and
  // call again.
  Status Restore();

 private:
  Db* db_;
  const BulkWriteOptions options_;
  bool started_ = false;
  int64_t mmap_size_ = 0;      // the connection's own, restored
  int checkpoint_pages_ = 0;   // the connection's own (0: none were in the background)
  int64_t cache_size_ = 0;     // the connection's own PRAGMA cache_size, restored
  bool foreign_keys_ = false;  // whether they were on
};

// A connection to DIR/case.db of an existing case, for the stores that keep their own connection
// (custody, tips, the workbench); IoError "no case here" when there is none. It does not migrate:
// open the Case first.
Result<std::unique_ptr<Db>> OpenCaseDb(const std::filesystem::path& case_dir);

// Prepared statements of one connection, cached by their SQL text (each prepared once, reused
// for every call). Not thread-safe, like the connection.
class StatementCache {
 public:
  explicit StatementCache(Db* db) : db_(db) {}
  // The statement for `sql`, reset and with no bindings; valid as long as the cache.
  Result<Statement*> Prep(const std::string& sql);

 private:
  Db* db_;
  std::map<std::string, Statement> cache_;
};

}  // namespace ariadne::store::sqlite
