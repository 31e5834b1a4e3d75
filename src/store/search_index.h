// The case's full-text index, kept in its own database file beside case.db (DIR/search.db), so
// that a second connection can write it on a second core while an import stores documents
// (issue 6 item 6: the index was a third of the storing thread's time).
//
// The index is derived: it holds a copy of each document's title and text, tokenised by FTS5
// (unicode61, diacritics removed), and records the last document it indexed (documents are only
// ever added, and their title and text never change). Whatever is in case.db but not yet indexed
// (an import killed before its indexer caught up, a case made before schema v14, a search.db
// deleted or belonging to another case) is indexed by the next search, which waits for it, or by
// the next import's indexer. Search results, ranks and snippets are those of an index written
// in step with the documents.
//
// An import does not wait for its index (issue 6 item 6): its indexer runs beside it at the
// lowest CPU priority, so that it takes only what the import leaves idle, and stops when the
// import ends; what it had not indexed by then is the index's backlog (SearchIndexBacklog), which
// `ariadne import` reports and the next search, or `ariadne serve` in the background as it
// starts, indexes. An indexer gives its transaction at hand up as soon as a search (of any
// process) asks for the index's write lock, so that a search never waits for a thread that gets
// no CPU (sqlite/search_index.h, CatchUpOptions::yield_to_searches).
#pragma once

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>

#include "core/status.h"

struct sqlite3;

namespace ariadne::store {

// How an indexer runs.
enum class IndexerPriority {
  kNormal,      // as any other thread
  kBackground,  // nice 19 (Linux: per thread), smaller transactions: beside an import
};

// Indexes a case's new documents on a thread of its own, with its own connections, while the
// caller stores them: Poke() after each commit, Finish() at the end. Thread-safe.
class SearchIndexer {
 public:
  // Starts the thread, which catches up at once; IoError when the case's databases cannot be
  // opened.
  static Result<std::unique_ptr<SearchIndexer>> Start(
      const std::filesystem::path& case_dir, IndexerPriority priority = IndexerPriority::kNormal);
  ~SearchIndexer();  // as Stop()
  SearchIndexer(const SearchIndexer&) = delete;
  SearchIndexer& operator=(const SearchIndexer&) = delete;

  // Documents were committed: index them (returns at once).
  void Poke();
  // Indexes every document committed so far, then stops the thread. The first error the
  // indexer met, if any (the documents stay stored; the next search indexes them).
  Status Finish();
  // Stops the thread at once: the transaction at hand is rolled back (SQLite's interrupt), what
  // was committed stays. The first error the indexer met, if any (an interruption is none).
  Status Stop();

 private:
  SearchIndexer(std::filesystem::path case_dir, IndexerPriority priority)
      : case_dir_(std::move(case_dir)), priority_(priority) {}
  void Run();
  Status Join();

  const std::filesystem::path case_dir_;
  const IndexerPriority priority_;
  std::mutex mu_;
  sqlite3* connection_ = nullptr;  // the thread's, while it is open (guarded by mu_)
  std::condition_variable poked_;
  bool pending_ = true;  // catch up once at the start: a resumed import may have a backlog
  bool finishing_ = false;
  std::atomic<bool> stop_ = false;
  Status status_ = Status::Ok();
  std::thread thread_;
};

// How many of the case's documents the search index does not hold yet (all of them when it
// belongs to another case or is missing): what the next search indexes first. Opens its own
// connections; IoError when the case cannot be opened.
Result<int64_t> SearchIndexBacklog(const std::filesystem::path& case_dir);

}  // namespace ariadne::store
