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
#pragma once

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>

#include "core/status.h"

namespace ariadne::store {

// Indexes a case's new documents on a thread of its own, with its own connections, while the
// caller stores them: Poke() after each commit, Finish() at the end. Thread-safe.
class SearchIndexer {
 public:
  // Starts the thread; IoError when the case's databases cannot be opened.
  static Result<std::unique_ptr<SearchIndexer>> Start(const std::filesystem::path& case_dir);
  ~SearchIndexer();  // stops the thread after the batch it is on (what it committed stays)
  SearchIndexer(const SearchIndexer&) = delete;
  SearchIndexer& operator=(const SearchIndexer&) = delete;

  // Documents were committed: index them (returns at once).
  void Poke();
  // Indexes every document committed so far, then stops the thread. The first error the
  // indexer met, if any (the documents stay stored; the next search indexes them).
  Status Finish();

 private:
  explicit SearchIndexer(std::filesystem::path case_dir) : case_dir_(std::move(case_dir)) {}
  void Run();

  const std::filesystem::path case_dir_;
  std::mutex mu_;
  std::condition_variable poked_;
  bool pending_ = true;  // catch up once at the start: a resumed import may have a backlog
  bool finishing_ = false;
  std::atomic<bool> stop_ = false;
  Status status_ = Status::Ok();
  std::thread thread_;
};

}  // namespace ariadne::store
