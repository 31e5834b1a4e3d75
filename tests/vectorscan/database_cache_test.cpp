#include "vectorscan/database_cache.h"

#include <gtest/gtest.h>
#include <hs/hs.h>

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
