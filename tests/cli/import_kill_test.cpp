// A process killed mid-import leaves the case consistent, and running the same command again
// completes it.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "support/run_command.h"
#include "support/temp_dir.h"
#include "support/test_paths.h"

extern char** environ;

namespace ariadne {
namespace {

int64_t Scalar(const std::filesystem::path& db_path, const char* sql) {
  sqlite3* db = nullptr;
  int64_t v = -1;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(db, 2000);
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
      v = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return v;
}

std::string IntegrityCheck(const std::filesystem::path& db_path) {
  sqlite3* db = nullptr;
  std::string result;
  sqlite3_open(db_path.c_str(), &db);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr);
  while (sqlite3_step(st) == SQLITE_ROW)
    result += reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  sqlite3_close(db);
  // The full-text index (search.db beside case.db, when an indexer has written it) must be whole
  // too.
  const std::filesystem::path index = db_path.parent_path() / "search.db";
  if (!std::filesystem::exists(index)) return result;
  sqlite3_open(index.c_str(), &db);
  sqlite3_exec(db, "INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')", nullptr,
               nullptr, nullptr);
  if (sqlite3_errcode(db) != SQLITE_OK) result += std::string(" fts: ") + sqlite3_errmsg(db);
  sqlite3_close(db);
  return result;
}

TEST(ImportKill, KilledImportLeavesACaseThatTheSameCommandCompletes) {
  testing::TempDir dir;
  constexpr int kAds = 60000;
  {
    std::ofstream out(dir / "big.jsonl");
    for (int i = 0; i < kAds; ++i) {
      out << "{\"id\":\"" << i << "\",\"site\":\"k.example\",\"text\":\"Synthetic ad " << i
          << " with some words about work, rooms and travel to make it a realistic length for "
             "indexing\"}\n";
    }
  }
  auto init = testing::RunAriadne(dir.path(), {"init", "case", "--name", "k", "--purpose", "p",
                                               "--legal-basis", "l", "--retention-days", "1"});
  ASSERT_EQ(init.exit_code, 0) << init.err;
  const auto db = dir / "case/case.db";

  const std::string case_dir = (dir / "case").string();
  const std::string file = (dir / "big.jsonl").string();
  std::vector<std::string> args = {ARIADNE_BINARY, "import",       "--case", case_dir,
                                   file,           "--batch-size", "500",    "--quiet"};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  ASSERT_EQ(posix_spawn(&pid, ARIADNE_BINARY, &actions, nullptr, argv.data(), environ), 0);
  posix_spawn_file_actions_destroy(&actions);

  // Kill it as soon as some batches are committed, and well before the end.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  int64_t seen = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    seen = Scalar(db, "SELECT count(*) FROM documents");
    if (seen >= 1000) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status))
      << "the import finished before it could be killed; make it bigger";

  const int64_t after_kill = Scalar(db, "SELECT count(*) FROM documents");
  EXPECT_GT(after_kill, 0);
  EXPECT_LT(after_kill, kAds);
  EXPECT_EQ(after_kill % 500, 0) << "only whole batches are ever committed";
  EXPECT_EQ(IntegrityCheck(db), "ok");
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM imports WHERE status = 'running'"), 1);
  // Whatever the killed import's indexer had not indexed yet, a search finds: the newest stored
  // ad's number.
  const int64_t newest =
      Scalar(db, "SELECT CAST(source_id AS INTEGER) FROM documents ORDER BY id DESC LIMIT 1");
  auto found = testing::RunAriadne(dir.path(),
                                   {"search", "--case", "case", "--json", std::to_string(newest)});
  ASSERT_EQ(found.exit_code, 0) << found.err;
  EXPECT_NE(found.out.find("\"source_id\":\"" + std::to_string(newest) + "\""), std::string::npos)
      << found.out;

  auto again = testing::RunAriadne(dir.path(), {"import", "--case", "case", "big.jsonl"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("resumed"), std::string::npos) << again.out;
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM documents"), kAds);
  EXPECT_EQ(Scalar(db, "SELECT count(DISTINCT source_id) FROM documents"), kAds);
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM imports WHERE status = 'complete'"), 1);
  EXPECT_EQ(IntegrityCheck(db), "ok");
  // The import does not wait for its indexer: what the index does not hold yet is said on
  // stderr, and the next search indexes it first.
  const int64_t indexed = Scalar(dir / "case/search.db", "SELECT count(*) FROM documents_fts");
  if (indexed < kAds) {
    EXPECT_NE(again.err.find(std::to_string(kAds - indexed) +
                             " document(s) are not in the search index yet"),
              std::string::npos)
        << again.err;
  }
  auto last = testing::RunAriadne(dir.path(),
                                  {"search", "--case", "case", "--json", std::to_string(kAds - 1)});
  ASSERT_EQ(last.exit_code, 0) << last.err;
  EXPECT_NE(last.out.find("\"source_id\":\"" + std::to_string(kAds - 1) + "\""), std::string::npos)
      << last.out;
  EXPECT_EQ(Scalar(dir / "case/search.db", "SELECT count(*) FROM documents_fts"), kAds);
  EXPECT_EQ(IntegrityCheck(db), "ok");
}

}  // namespace
}  // namespace ariadne
