#include "vectorscan/database_cache.h"

#include <gtest/gtest.h>
#include <hs/hs.h>
#include <sys/time.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "support/cache_folder.h"
#include "support/temp_dir.h"

namespace ariadne::vectorscan {
namespace {

using testing::CacheFolder;
using testing::TempDir;

// The ids of the patterns that match somewhere in `text`.
std::vector<unsigned> MatchedIds(const hs_database_t* db, const std::string& text) {
  hs_scratch_t* scratch = nullptr;
  EXPECT_EQ(hs_alloc_scratch(db, &scratch), HS_SUCCESS);
  std::vector<unsigned> ids;
  auto on_match = [](unsigned id, unsigned long long, unsigned long long, unsigned,
                     void* context) -> int {
    static_cast<std::vector<unsigned>*>(context)->push_back(id);
    return 0;
  };
  hs_scan(db, text.data(), static_cast<unsigned>(text.size()), 0, scratch, on_match, &ids);
  hs_free_scratch(scratch);
  return ids;
}

// The cache files of `user` in `dir`.
std::vector<std::filesystem::path> CacheFiles(const std::filesystem::path& dir,
                                              const std::string& user) {
  std::vector<std::filesystem::path> out;
  if (!std::filesystem::exists(dir)) return out;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind(user + "-", 0) == 0) out.push_back(entry.path());
  }
  return out;
}

hs_database_t* Load(const std::vector<const char*>& expressions, bool* from_cache) {
  const std::vector<unsigned> flags(expressions.size(), HS_FLAG_SINGLEMATCH);
  hs_compile_error_t* error = nullptr;
  hs_database_t* db = LoadOrCompile("test", expressions, flags, &error, from_cache);
  EXPECT_NE(db, nullptr) << (error != nullptr ? error->message : "");
  hs_free_compile_error(error);
  return db;
}

TEST(DatabaseCache, CompiledOnceThenReadBackMatchingTheSame) {
  TempDir dir;
  CacheFolder folder(dir.path());
  bool from_cache = true;
  hs_database_t* compiled = Load({"abc", "d+e"}, &from_cache);
  EXPECT_FALSE(from_cache);
  ASSERT_EQ(CacheFiles(dir.path(), "test").size(), 1u);
  hs_database_t* cached = Load({"abc", "d+e"}, &from_cache);
  EXPECT_TRUE(from_cache);
  EXPECT_EQ(MatchedIds(compiled, "xx ddde abc"), (std::vector<unsigned>{1, 0}));
  EXPECT_EQ(MatchedIds(cached, "xx ddde abc"), (std::vector<unsigned>{1, 0}));
  hs_free_database(compiled);
  hs_free_database(cached);
}

TEST(DatabaseCache, AChangedExpressionOrFlagIsCompiledAgain) {
  TempDir dir;
  CacheFolder folder(dir.path());
  bool from_cache = true;
  hs_free_database(Load({"abc", "d+e"}, &from_cache));
  hs_database_t* changed = Load({"abd", "d+e"}, &from_cache);
  EXPECT_FALSE(from_cache);
  EXPECT_EQ(MatchedIds(changed, "abc"), std::vector<unsigned>{});
  EXPECT_EQ(MatchedIds(changed, "abd"), std::vector<unsigned>{0});
  hs_free_database(changed);
  // The same expressions with another flag: another database.
  hs_compile_error_t* error = nullptr;
  hs_database_t* caseless = LoadOrCompile(
      "test", {"abc", "d+e"}, {HS_FLAG_CASELESS, HS_FLAG_SINGLEMATCH}, &error, &from_cache);
  ASSERT_NE(caseless, nullptr);
  EXPECT_FALSE(from_cache);
  EXPECT_EQ(MatchedIds(caseless, "ABC"), std::vector<unsigned>{0});
  hs_free_database(caseless);
  EXPECT_EQ(CacheFiles(dir.path(), "test").size(), 3u);
}

TEST(DatabaseCache, ADamagedFileIsCompiledAgainAndRewritten) {
  TempDir dir;
  CacheFolder folder(dir.path());
  bool from_cache = true;
  hs_free_database(Load({"abc"}, &from_cache));
  const std::vector<std::filesystem::path> files = CacheFiles(dir.path(), "test");
  ASSERT_EQ(files.size(), 1u);
  std::filesystem::resize_file(files[0], std::filesystem::file_size(files[0]) / 2);
  hs_database_t* db = Load({"abc"}, &from_cache);
  EXPECT_FALSE(from_cache);
  EXPECT_EQ(MatchedIds(db, "abc"), std::vector<unsigned>{0});
  hs_free_database(db);
  hs_free_database(Load({"abc"}, &from_cache));
  EXPECT_TRUE(from_cache);
}

// Writes a stand-in cache file `name` in `dir`, last written and read `days_ago` days ago.
std::filesystem::path OldFile(const std::filesystem::path& dir, const std::string& name,
                              int days_ago) {
  const std::filesystem::path path = dir / name;
  std::ofstream(path) << "old";
  const timeval when{std::time(nullptr) - days_ago * 86400L, 0};
  const timeval times[2] = {when, when};  // read, written
  EXPECT_EQ(::utimes(path.c_str(), times), 0);
  return path;
}

// "<user>-<64 hex digits>.hsdb" with the digits of `n`.
std::string DatabaseName(const std::string& user, int n) {
  std::string key = std::to_string(n);
  key.insert(0, 64 - key.size(), '0');
  return user + "-" + key + ".hsdb";
}

TEST(DatabaseCache, AWriteDeletesTheKindsLeastRecentlyUsedFilesBeyondSixteen) {
  TempDir dir;
  CacheFolder folder(dir.path());
  std::vector<std::filesystem::path> old;
  for (int days = 1; days <= 20; ++days)
    old.push_back(OldFile(dir.path(), DatabaseName("test", days), days));
  // Other kinds, other files, and the start-of-match kind whose name begins like "flag".
  const std::vector<std::filesystem::path> others = {
      OldFile(dir.path(), DatabaseName("other", 1), 40), OldFile(dir.path(), "test-notes.txt", 40),
      OldFile(dir.path(), DatabaseName("test-start", 1), 40)};
  bool from_cache = true;
  hs_database_t* db = Load({"abc"}, &from_cache);
  EXPECT_FALSE(from_cache);
  hs_free_database(db);
  // The new database and the fifteen most recently used old ones are left.
  std::vector<std::filesystem::path> left = CacheFiles(dir.path(), "test");
  std::vector<std::filesystem::path> expected(old.begin(), old.begin() + 15);
  expected.insert(expected.end(), others.begin() + 1, others.end());
  for (const auto& path : left) {
    if (std::find(old.begin(), old.end(), path) == old.end() &&
        std::find(others.begin(), others.end(), path) == others.end()) {
      expected.push_back(path);  // the new one
    }
  }
  std::sort(left.begin(), left.end());
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(left, expected);
  EXPECT_EQ(left.size(), 18u);
  EXPECT_TRUE(std::filesystem::exists(others[0]));
  // The next database is loaded from the cache: nothing written, nothing deleted.
  hs_free_database(Load({"abc"}, &from_cache));
  EXPECT_TRUE(from_cache);
  EXPECT_EQ(CacheFiles(dir.path(), "test").size(), 18u);
}

// A kind with one database per regex (the flagger's start-of-match databases) keeps as many as it
// asks for, not the default sixteen.
TEST(DatabaseCache, AKindKeepsAsManyAsItsWriterAsksFor) {
  TempDir dir;
  CacheFolder folder(dir.path());
  for (int days = 1; days <= 20; ++days) OldFile(dir.path(), DatabaseName("many", days), days);
  hs_database_t* db = nullptr;
  hs_compile_error_t* error = nullptr;
  ASSERT_EQ(hs_compile("abc", 0, HS_MODE_BLOCK, nullptr, &db, &error), HS_SUCCESS);
  StoreCachedDatabase("many", DatabaseKey({"abc"}, {0}), db, 18);
  hs_free_database(db);
  EXPECT_EQ(CacheFiles(dir.path(), "many").size(), 18u);  // the new one and 17 of the old
}

// The one-regex start-of-match databases of earlier versions ("flag-start") are read by nothing
// now: a write of any kind deletes them, and nothing else.
TEST(DatabaseCache, AWriteDeletesTheRetiredStartOfMatchDatabases) {
  TempDir dir;
  CacheFolder folder(dir.path());
  for (int days = 1; days <= 3; ++days) OldFile(dir.path(), DatabaseName("flag-start", days), days);
  const std::filesystem::path combined = OldFile(dir.path(), DatabaseName("flag", 1), 1);
  bool from_cache = true;
  hs_free_database(Load({"abc"}, &from_cache));
  EXPECT_FALSE(from_cache);
  EXPECT_TRUE(CacheFiles(dir.path(), "flag-start").empty());
  EXPECT_TRUE(std::filesystem::exists(combined));
}

TEST(DatabaseCache, ADatabaseReadRecentlyIsKeptHoweverOldItsWrite) {
  TempDir dir;
  CacheFolder folder(dir.path());
  for (int days = 1; days <= 18; ++days) OldFile(dir.path(), DatabaseName("test", days), days);
  // Written 300 days ago, read today (relatime records the read).
  const std::filesystem::path still_used = dir.path() / DatabaseName("test", 300);
  std::ofstream(still_used) << "old";
  const timeval written{std::time(nullptr) - 300 * 86400L, 0};
  const timeval read{std::time(nullptr), 0};
  const timeval times[2] = {read, written};
  ASSERT_EQ(::utimes(still_used.c_str(), times), 0);
  bool from_cache = true;
  hs_free_database(Load({"abc"}, &from_cache));
  EXPECT_TRUE(std::filesystem::exists(still_used));
  EXPECT_FALSE(std::filesystem::exists(dir.path() / DatabaseName("test", 18)));
  EXPECT_TRUE(std::filesystem::exists(dir.path() / DatabaseName("test", 14)));
  EXPECT_EQ(CacheFiles(dir.path(), "test").size(), 16u);
}

TEST(DatabaseCache, OffMeansCompiledEveryTime) {
  CacheFolder folder("off");
  bool from_cache = true;
  hs_free_database(Load({"abc"}, &from_cache));
  hs_free_database(Load({"abc"}, &from_cache));
  EXPECT_FALSE(from_cache);
}

TEST(DatabaseCache, ABadExpressionGivesVectorscansReasonAndNoFile) {
  TempDir dir;
  CacheFolder folder(dir.path());
  hs_compile_error_t* error = nullptr;
  EXPECT_EQ(LoadOrCompile("test", {"abc", "a(b"}, {0, 0}, &error), nullptr);
  ASSERT_NE(error, nullptr);
  EXPECT_EQ(error->expression, 1);
  EXPECT_NE(std::string(error->message), "");
  hs_free_compile_error(error);
  EXPECT_TRUE(CacheFiles(dir.path(), "test").empty());
}

}  // namespace
}  // namespace ariadne::vectorscan
