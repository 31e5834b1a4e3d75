#include "store/sqlite/sqlite_db.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include "support/temp_dir.h"

namespace ariadne::store::sqlite {
namespace {

using ariadne::testing::TempDir;

constexpr int64_t kPage = 4096;

// Commits `rows` rows of about a page each into table t (created when missing).
void WritePages(Db& db, int rows) {
  ASSERT_TRUE(db.Exec("CREATE TABLE IF NOT EXISTS t (x BLOB)").ok());
  ASSERT_TRUE(db.Exec("BEGIN").ok());
  Result<Statement> insert = db.Prepare("INSERT INTO t (x) VALUES (randomblob(3900))");
  ASSERT_TRUE(insert.ok());
  for (int i = 0; i < rows; ++i) ASSERT_TRUE(insert->Run().ok());
  ASSERT_TRUE(db.Exec("COMMIT").ok());
}

int64_t Rows(Db& db) {
  Result<Statement> count = db.Prepare("SELECT count(*) FROM t");
  EXPECT_TRUE(count.ok());
  Result<bool> row = count->Step();
  EXPECT_TRUE(row.ok() && *row);
  return count->Int(0);
}

// SQLite's allocation statistics are off from the start (sqlite_db.cpp): a connection's work
// counts nothing, where SQLite's default counts every byte it holds under a process-wide mutex.
TEST(SqliteSettings, AllocationStatisticsAreOff) {
  EXPECT_TRUE(MemoryStatisticsOff());
  TempDir dir;
  Result<std::unique_ptr<Db>> db = Db::Open((dir.path() / "t.db").string(), true);
  ASSERT_TRUE(db.ok());
  WritePages(**db, 50);
  EXPECT_EQ(Rows(**db), 50);
  EXPECT_EQ(sqlite3_memory_used(), 0);
  EXPECT_EQ(sqlite3_memory_highwater(0), 0);
}

TEST(BackgroundCheckpoint, ACommitPastTheThresholdIsCheckpointedByTheThread) {
  TempDir dir;
  const std::string path = (dir / "x.db").string();
  Result<std::unique_ptr<Db>> db = Db::Open(path, /*create=*/true);
  ASSERT_TRUE(db.ok()) << db.status().message();
  (*db)->CheckpointInBackground(64);
  WritePages(**db, 150);  // past 64 pages, under the 256 at which the commit checkpoints itself
  // The commit returned without copying the pages back: only the thread does (SQLite's own
  // wal_autocheckpoint, 16k pages, would not have yet).
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while ((*db)->BackgroundCheckpoints() == 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  EXPECT_GE((*db)->BackgroundCheckpoints(), 1);
  EXPECT_GE(static_cast<int64_t>(std::filesystem::file_size(path)), 150 * kPage);
  EXPECT_EQ(Rows(**db), 150);
}

TEST(BackgroundCheckpoint, ACommitFarPastTheThresholdCheckpointsItself) {
  TempDir dir;
  const std::string path = (dir / "x.db").string();
  Result<std::unique_ptr<Db>> db = Db::Open(path, /*create=*/true);
  ASSERT_TRUE(db.ok()) << db.status().message();
  (*db)->CheckpointInBackground(16);
  WritePages(**db, 100);  // four times 16 and more: the thread is behind, the commit copies back
  EXPECT_GE(static_cast<int64_t>(std::filesystem::file_size(path)), 100 * kPage);
  EXPECT_EQ((*db)->BackgroundCheckpoints(), 0);
  EXPECT_GE((*db)->CommitCheckpoints(), 1);
}

TEST(BackgroundCheckpoint, AThresholdLoweredForABulkWriteLeavesTheCommitsToTheThread) {
  TempDir dir;
  const std::string path = (dir / "x.db").string();
  Result<std::unique_ptr<Db>> db = Db::Open(path, /*create=*/true);
  ASSERT_TRUE(db.ok()) << db.status().message();
  (*db)->CheckpointInBackground(64);  // the connection's own threshold
  (*db)->CheckpointInBackground(16);  // lowered, as an import does (BulkWriteSettings)
  // Four times the lowered threshold and more, under four times the connection's own: the
  // commits ask the thread and go on (an import's writer used to stop here for a checkpoint and
  // its two syncs while the thread, at nice 19, waited for a core).
  WritePages(**db, 150);  // about 40 pages of 16 KiB: past 4 x 16 units, under 4 x 64
  EXPECT_EQ((*db)->CommitCheckpoints(), 0);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while ((*db)->BackgroundCheckpoints() == 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  EXPECT_GE((*db)->BackgroundCheckpoints(), 1);
  EXPECT_EQ(Rows(**db), 150);
}

TEST(BackgroundCheckpoint, ClosingWhileTheThreadWorksKeepsEveryCommit) {
  TempDir dir;
  const std::string path = (dir / "x.db").string();
  for (int round = 0; round < 3; ++round) {
    Result<std::unique_ptr<Db>> db = Db::Open(path, /*create=*/round == 0);
    ASSERT_TRUE(db.ok()) << db.status().message();
    (*db)->CheckpointInBackground(8);
    for (int i = 0; i < 5; ++i) WritePages(**db, 20);  // each commit asks for a checkpoint
  }  // closed at once, the thread maybe mid-checkpoint
  EXPECT_FALSE(std::filesystem::exists(path + "-wal"));  // the last close checkpointed the rest
  Result<std::unique_ptr<Db>> db = Db::Open(path, /*create=*/false);
  ASSERT_TRUE(db.ok()) << db.status().message();
  EXPECT_EQ(Rows(**db), 3 * 5 * 20);
  Result<Statement> check = (*db)->Prepare("PRAGMA integrity_check");
  ASSERT_TRUE(check.ok());
  ASSERT_TRUE(*check->Step());
  EXPECT_EQ(check->Text(0), "ok");
}

int64_t PragmaOf(Db& db, const std::string& name) {
  Result<Statement> st = db.Prepare("PRAGMA " + name);
  EXPECT_TRUE(st.ok());
  Result<bool> row = st->Step();
  EXPECT_TRUE(row.ok() && *row);
  return st->Int(0);
}

TEST(Db, ANewDatabaseHasPagesOf16KiBAndAnOlderOneKeepsItsOwnWithTheSameThresholds) {
  TempDir dir;
  Result<std::unique_ptr<Db>> fresh = Db::Open((dir / "new.db").string(), /*create=*/true);
  ASSERT_TRUE(fresh.ok()) << fresh.status().message();
  EXPECT_EQ(PragmaOf(**fresh, "page_size"), kNewDatabasePageSize);
  EXPECT_EQ((*fresh)->page_size(), kNewDatabasePageSize);
  // SQLite's own checkpoint threshold is 64 MiB of log whatever the page size.
  EXPECT_EQ(PragmaOf(**fresh, "wal_autocheckpoint"), kWalCheckpointPages * 4096 / 16384);

  // A database made with 4 KiB pages (every case before kNewDatabasePageSize) keeps them.
  const std::string old_path = (dir / "old.db").string();
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(old_path.c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw, "PRAGMA page_size=4096; PRAGMA journal_mode=WAL; CREATE TABLE t (x)",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(raw);
  Result<std::unique_ptr<Db>> old = Db::Open(old_path, /*create=*/false);
  ASSERT_TRUE(old.ok()) << old.status().message();
  EXPECT_EQ(PragmaOf(**old, "page_size"), 4096);
  EXPECT_EQ(PragmaOf(**old, "wal_autocheckpoint"), kWalCheckpointPages);
  // Thresholds count 4 KiB units: 16 units are 16 of its pages, so 100 pages of log are past four
  // times the threshold and the commit checkpoints itself.
  (*old)->CheckpointInBackground(16);
  WritePages(**old, 100);
  EXPECT_GE(static_cast<int64_t>(std::filesystem::file_size(old_path)), 100 * kPage);
  EXPECT_EQ((*old)->BackgroundCheckpoints(), 0);
}

TEST(Db, WalUnitsOf4KiBAreCountedInTheDatabasesPages) {
  EXPECT_EQ(WalUnitsToPages(16384, 4096), 16384);
  EXPECT_EQ(WalUnitsToPages(16384, 16384), 4096);
  EXPECT_EQ(WalUnitsToPages(2048, 65536), 128);
  EXPECT_EQ(WalUnitsToPages(2, 65536), 1);  // never 0: every commit would checkpoint
  EXPECT_EQ(WalUnitsToPages(8, 0), 8);
}

TEST(BulkWriteSettings, ChangeWhatTheyNameAndRestoreItAfterwards) {
  TempDir dir;
  Result<std::unique_ptr<Db>> db = Db::Open((dir / "x.db").string(), /*create=*/true);
  ASSERT_TRUE(db.ok()) << db.status().message();
  (*db)->CheckpointInBackground(kWalCheckpointPages);
  const int64_t mmap_before = PragmaOf(**db, "mmap_size");
  const int64_t cache_before = PragmaOf(**db, "cache_size");
  ASSERT_NE(cache_before, -4096);
  {
    BulkWriteSettings settings(db->get(), {.foreign_keys_off = true, .checkpoint_pages = 100});
    ASSERT_TRUE(settings.Start().ok());
    EXPECT_EQ(PragmaOf(**db, "foreign_keys"), 0);
    EXPECT_EQ((*db)->BackgroundCheckpointPages(), 100);
    EXPECT_EQ(PragmaOf(**db, "mmap_size"), mmap_before);    // not named: left
    EXPECT_EQ(PragmaOf(**db, "cache_size"), cache_before);  // not named: left
  }
  EXPECT_EQ(PragmaOf(**db, "foreign_keys"), 1);
  EXPECT_EQ((*db)->BackgroundCheckpointPages(), kWalCheckpointPages);
  {
    BulkWriteSettings settings(db->get(), {.foreign_keys_off = true, .mmap_size = 1 << 20});
    ASSERT_TRUE(settings.Start().ok());
    EXPECT_EQ(PragmaOf(**db, "mmap_size"), 1 << 20);
    EXPECT_EQ((*db)->BackgroundCheckpointPages(), kWalCheckpointPages);  // not named: left
    ASSERT_TRUE(settings.Restore().ok());
    EXPECT_EQ(PragmaOf(**db, "mmap_size"), mmap_before);
    EXPECT_EQ(PragmaOf(**db, "foreign_keys"), 1);
  }
  {
    // A page cache in KiB (an import's): SQLite's negative cache_size, the connection's own back
    // afterwards.
    BulkWriteSettings settings(db->get(), {.cache_kib = 4096});
    ASSERT_TRUE(settings.Start().ok());
    EXPECT_EQ(PragmaOf(**db, "cache_size"), -4096);
    EXPECT_EQ(PragmaOf(**db, "mmap_size"), mmap_before);  // not named: left
    ASSERT_TRUE(settings.Restore().ok());
    EXPECT_EQ(PragmaOf(**db, "cache_size"), cache_before);
  }
  // Checks that were off before stay off.
  ASSERT_TRUE((*db)->Exec("PRAGMA foreign_keys=OFF").ok());
  {
    BulkWriteSettings settings(db->get(), {.foreign_keys_off = true});
    ASSERT_TRUE(settings.Start().ok());
  }
  EXPECT_EQ(PragmaOf(**db, "foreign_keys"), 0);
}

// SQLite ignores foreign_keys inside a transaction: restoring there is refused (not silently
// left off), and works once the transaction is over.
TEST(BulkWriteSettings, RestoringInsideATransactionFailsUntilItEnds) {
  TempDir dir;
  Result<std::unique_ptr<Db>> db = Db::Open((dir / "x.db").string(), /*create=*/true);
  ASSERT_TRUE(db.ok()) << db.status().message();
  BulkWriteSettings settings(db->get(), {.foreign_keys_off = true});
  ASSERT_TRUE((*db)->Exec("BEGIN").ok());
  EXPECT_FALSE(settings.Start().ok());
  ASSERT_TRUE((*db)->Exec("ROLLBACK").ok());
  ASSERT_TRUE(settings.Start().ok());
  ASSERT_TRUE((*db)->Exec("BEGIN").ok());
  EXPECT_FALSE(settings.Restore().ok());
  EXPECT_EQ(PragmaOf(**db, "foreign_keys"), 0);
  ASSERT_TRUE((*db)->Exec("ROLLBACK").ok());
  ASSERT_TRUE(settings.Restore().ok());
  EXPECT_EQ(PragmaOf(**db, "foreign_keys"), 1);
}

TEST(BulkWriteSettings, ANullConnectionChangesNothing) {
  BulkWriteSettings settings(nullptr, {.foreign_keys_off = true, .checkpoint_pages = 8});
  EXPECT_TRUE(settings.Start().ok());
  EXPECT_TRUE(settings.Restore().ok());
}

}  // namespace
}  // namespace ariadne::store::sqlite
