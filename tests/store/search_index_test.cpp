#include "store/search_index.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>

#include "store/case.h"
#include "store/search_query.h"
#include "store/sqlite/search_index.h"
#include "store/sqlite/sqlite_db.h"
#include "store/workbench_store.h"
#include "support/temp_dir.h"

namespace ariadne::store {
namespace {

namespace fs = std::filesystem;

CaseInfo ExampleInfo() {
  CaseInfo info;
  info.name = "Index";
  info.purpose = "unit tests";
  info.legal_basis = "synthetic data";
  info.retention_days = 30;
  return info;
}

// A case whose documents go in through the store alone: nothing but a search or an indexer
// writes search.db.
class SearchIndexTest : public ::testing::Test {
 protected:
  std::unique_ptr<Case> Make(const fs::path& dir) {
    Result<std::unique_ptr<Case>> c = Case::Create(dir, ExampleInfo());
    EXPECT_TRUE(c.ok()) << c.status().message();
    return c.ok() ? std::move(c).value() : nullptr;
  }

  void Add(Case& c, const std::vector<std::string>& texts) {
    CaseStore& s = c.store();
    Result<BlobInfo> blob = c.blobs().PutBytes("the original file " + texts.front());
    ASSERT_TRUE(blob.ok());
    ASSERT_TRUE(s.Begin().ok());
    ASSERT_TRUE(s.RecordBlob(*blob, "").ok());
    ImportRecord r;
    r.blob_sha256 = blob->sha256;
    r.file_name = "ads.jsonl";
    r.format = "ads-jsonl";
    Result<int64_t> id = s.StartImport(r);
    ASSERT_TRUE(id.ok()) << id.status().message();
    for (const std::string& text : texts) {
      Document d;
      d.source_id = text;
      d.site = "a.example";
      d.text = text;
      d.provenance = {blob->sha256, "ads.jsonl", ++line_, line_ * 10, line_ * 10 + 9};
      Result<InsertOutcome> out = s.InsertDocument(d, *id);
      ASSERT_TRUE(out.ok()) << out.status().message();
    }
    ASSERT_TRUE(s.Commit().ok());
  }

  static std::vector<std::string> Found(Case& c, const std::string& words) {
    Result<SearchQuery> q = ParseSearchQuery(words);
    EXPECT_TRUE(q.ok());
    Result<SearchResults> r = c.store().Search(*q);
    EXPECT_TRUE(r.ok()) << r.status().message();
    std::vector<std::string> ids;
    if (r.ok()) {
      for (const SearchHit& h : r->hits) ids.push_back(h.source_id);
    }
    return ids;
  }

  // What search.db says it holds, read with a connection of its own.
  static int64_t IndexedThrough(const fs::path& case_dir) {
    Result<std::unique_ptr<sqlite::Db>> db =
        sqlite::Db::Open((case_dir / "search.db").string(), false);
    if (!db.ok()) return -1;
    Result<sqlite::Statement> st = (*db)->Prepare("SELECT last_document FROM index_state");
    if (!st.ok() || !st->Step().ok()) return -1;
    return st->Int(0);
  }

  testing::TempDir dir_;
  int64_t line_ = 0;
};

TEST_F(SearchIndexTest, StoringADocumentLeavesTheIndexAloneAndTheNextSearchIndexesIt) {
  std::unique_ptr<Case> c = Make(dir_ / "case");
  Add(*c, {"anna hotel room", "ben ticket"});
  EXPECT_FALSE(fs::exists(dir_ / "case" / "search.db")) << "storing must not write the index";
  EXPECT_EQ(Found(*c, "hotel"), std::vector<std::string>{"anna hotel room"});
  EXPECT_EQ(IndexedThrough(dir_ / "case"), 2);
  // Documents stored after that search are indexed by the next one.
  Add(*c, {"carla hotel"});
  EXPECT_EQ(Found(*c, "carla"), std::vector<std::string>{"carla hotel"});
  EXPECT_EQ(IndexedThrough(dir_ / "case"), 3);
}

// What an import killed before its indexer caught up leaves, and a case made before search.db:
// the documents are stored, the index is behind or missing. Opening the case again and searching
// finds every document.
TEST_F(SearchIndexTest, AnIndexBehindOrMissingIsCaughtUpWhenTheCaseIsSearchedAgain) {
  {
    std::unique_ptr<Case> c = Make(dir_ / "case");
    Add(*c, {"first words"});
    EXPECT_EQ(Found(*c, "first"), std::vector<std::string>{"first words"});
    Add(*c, {"later words", "last words"});
  }
  EXPECT_EQ(IndexedThrough(dir_ / "case"), 1);
  {
    Result<std::unique_ptr<Case>> c = Case::Open(dir_ / "case");
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(Found(**c, "last"), std::vector<std::string>{"last words"});
    EXPECT_EQ(Found(**c, "words").size(), 3u);
  }
  fs::remove(dir_ / "case" / "search.db");
  fs::remove(dir_ / "case" / "search.db-wal");
  fs::remove(dir_ / "case" / "search.db-shm");
  Result<std::unique_ptr<Case>> c = Case::Open(dir_ / "case");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(Found(**c, "words").size(), 3u);
}

// A search.db that is not the case's (copied from another case, or case.db restored from an older
// backup) is rebuilt, not trusted: it would find the other case's words at this case's ids.
TEST_F(SearchIndexTest, AnIndexOfAnotherCaseIsRebuilt) {
  std::unique_ptr<Case> a = Make(dir_ / "a");
  std::unique_ptr<Case> b = Make(dir_ / "b");
  Add(*a, {"apple one", "apple two"});
  Add(*b, {"banana one", "banana two"});
  EXPECT_EQ(Found(*b, "banana").size(), 2u);
  a.reset();
  b.reset();
  fs::copy_file(dir_ / "b" / "search.db", dir_ / "a" / "search.db");
  Result<std::unique_ptr<Case>> c = Case::Open(dir_ / "a");
  ASSERT_TRUE(c.ok());
  EXPECT_TRUE(Found(**c, "banana").empty());
  EXPECT_EQ(Found(**c, "apple").size(), 2u);
}

TEST_F(SearchIndexTest, TheWorkbenchSearchCatchesTheIndexUpToo) {
  std::unique_ptr<Case> c = Make(dir_ / "case");
  Add(*c, {"dan car ticket"});
  Result<std::unique_ptr<WorkbenchStore>> wb = WorkbenchStore::Open(dir_ / "case");
  ASSERT_TRUE(wb.ok());
  WorkbenchQuery q;
  Result<SearchQuery> parsed = ParseSearchQuery("ticket");
  ASSERT_TRUE(parsed.ok());
  q.query = *parsed;
  Result<WorkbenchResults> r = (*wb)->Search(q, WorkbenchSearchLimits{});
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(r->total, 1);
}

TEST_F(SearchIndexTest, TheBackgroundIndexerIndexesWhatWasCommittedBeforeItFinishes) {
  std::unique_ptr<Case> c = Make(dir_ / "case");
  Result<std::unique_ptr<SearchIndexer>> indexer = SearchIndexer::Start(dir_ / "case");
  ASSERT_TRUE(indexer.ok()) << indexer.status().message();
  for (int i = 0; i < 5; ++i) {
    Add(*c, {"batch " + std::to_string(i) + " alpha", "batch " + std::to_string(i) + " beta"});
    (*indexer)->Poke();
  }
  ASSERT_TRUE((*indexer)->Finish().ok());
  EXPECT_EQ(IndexedThrough(dir_ / "case"), 10);
  EXPECT_EQ(Found(*c, "alpha").size(), 5u);
}

// An import's indexer (kBackground) and the backlog look after it leave search.db's log for the
// next search to copy back, instead of the import waiting for that copy and its sync; the index
// reads the same meanwhile, and the search's connection checkpoints it as it closes last.
TEST_F(SearchIndexTest, AnImportsIndexerLeavesItsLogToTheNextSearch) {
  const fs::path wal = dir_ / "case" / "search.db-wal";
  std::unique_ptr<Case> c = Make(dir_ / "case");
  Result<std::unique_ptr<SearchIndexer>> indexer =
      SearchIndexer::Start(dir_ / "case", IndexerPriority::kBackground);
  ASSERT_TRUE(indexer.ok()) << indexer.status().message();
  Add(*c, {"one alpha", "two alpha"});
  ASSERT_TRUE((*indexer)->Finish().ok());
  EXPECT_GT(fs::file_size(wal), 0u);  // closed without a checkpoint
  Result<int64_t> backlog = SearchIndexBacklog(dir_ / "case");
  ASSERT_TRUE(backlog.ok()) << backlog.status().message();
  EXPECT_EQ(*backlog, 0);
  EXPECT_GT(fs::file_size(wal), 0u);
  EXPECT_EQ(IndexedThrough(dir_ / "case"), 2);  // read through the log (this close checkpoints)
  EXPECT_FALSE(fs::exists(wal));
  Add(*c, {"three alpha"});
  c.reset();
  Result<std::unique_ptr<Case>> reopened = Case::Open(dir_ / "case");
  ASSERT_TRUE(reopened.ok());
  EXPECT_EQ(Found(**reopened, "alpha").size(), 3u);
  reopened->reset();
  EXPECT_FALSE(fs::exists(wal));  // the search's connection, closing last, checkpointed it
  EXPECT_EQ(IndexedThrough(dir_ / "case"), 3);
}

// Issue 6: a search during an import waited for the indexer's transaction at hand, which at nice
// 19 on a loaded machine took up to SQLite's 30 s busy timeout. An indexer gives its transaction up
// when a search asks for the write lock: here its one transaction of every document is rolled back
// and the search indexes them itself, instead of waiting for that transaction to commit.
TEST_F(SearchIndexTest, ASearchDoesNotWaitForAnIndexersTransaction) {
  std::unique_ptr<Case> c = Make(dir_ / "case");
  std::vector<std::string> texts;
  constexpr int kDocuments = 2000;  // about 4 MB of text: a transaction that takes a while
  for (int i = 0; i < kDocuments; ++i) {
    std::string text = fmt::format("record {} ", i);
    for (int w = 0; w < 250; ++w) text += fmt::format("w{}x{} ", (i * 31 + w * 7) % 5000, w % 13);
    texts.push_back(std::move(text));
  }
  Add(*c, texts);
  Result<std::unique_ptr<sqlite::Db>> indexer_db = sqlite::OpenCaseDb(dir_ / "case");
  ASSERT_TRUE(indexer_db.ok());
  ASSERT_TRUE(sqlite::AttachSearchIndex(**indexer_db).ok());
  Result<std::unique_ptr<sqlite::Db>> probe =
      sqlite::Db::Open((dir_ / "case" / "search.db").string(), false);
  ASSERT_TRUE(probe.ok());
  sqlite3_busy_timeout((*probe)->raw(), 0);
  const int64_t yields_before = sqlite::SearchIndexYields();
  Result<int64_t> indexed_by_indexer = int64_t{-1};
  std::atomic<bool> indexer_done = false;
  std::thread indexer([&] {
    indexed_by_indexer = sqlite::CatchUpSearchIndex(
        **indexer_db, {.documents_per_transaction = kDocuments, .yield_to_searches = true});
    indexer_done = true;
  });
  // Waits until the indexer holds search.db's write lock (its one transaction has begun).
  bool locked = false;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (!locked && !indexer_done && std::chrono::steady_clock::now() < deadline) {
    if ((*probe)->Exec("BEGIN IMMEDIATE").ok()) {
      EXPECT_TRUE((*probe)->Exec("ROLLBACK").ok());
      std::this_thread::sleep_for(std::chrono::microseconds(200));
    } else {
      locked = true;
    }
  }
  if (!locked) indexer.join();
  ASSERT_TRUE(locked) << "the indexer's transaction was not seen running (it ended first, or "
                         "never began)";
  EXPECT_EQ(Found(*c, "record 17").size(), 1u);
  indexer.join();
  ASSERT_TRUE(indexed_by_indexer.ok()) << indexed_by_indexer.status().message();
  EXPECT_EQ(*indexed_by_indexer, 0) << "the search waited for the indexer to commit its batch";
  EXPECT_GT(sqlite::SearchIndexYields(), yields_before);
  EXPECT_EQ(IndexedThrough(dir_ / "case"), kDocuments);
  EXPECT_EQ(Found(*c, "1999"), std::vector<std::string>{texts.back()});
}

}  // namespace
}  // namespace ariadne::store
