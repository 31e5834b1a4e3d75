// The full-text index's database (store/search_index.h) as the SQLite side sees it: attaching
// DIR/search.db to a connection to DIR/case.db, and bringing it up to the committed documents.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>

#include "core/status.h"
#include "store/sqlite/sqlite_db.h"

namespace ariadne::store::sqlite {

// DIR/search.db for the connection `case_db` to DIR/case.db.
std::filesystem::path SearchIndexPath(const Db& case_db);

// Attaches the case's search index to `case_db` as schema `search` (its table documents_fts is
// then found by its bare name: case.db has none since schema v14), creating the file and its
// tables when missing. Fails inside a transaction (SQLite cannot attach there).
//
// A connection with the index attached takes its write lock too on `BEGIN IMMEDIATE`: attach it
// only to connections that search, never to the one an import stores with (its indexer could
// not write between the import's transactions).
Status AttachSearchIndex(Db& case_db);

// Detaches the search index from `case_db` without copying its log back into search.db (for the
// connections that index beside an import or look at the backlog after it: the import would wait
// for that copy and its sync). Safe: the log is as durable as the file (WAL, synchronous=NORMAL),
// whoever opens search.db next reads it, and the next connection to close search.db last (a
// search's, `ariadne serve`'s) checkpoints it; a connection's own commits still checkpoint it past
// kWalCheckpointPages. case.db's close is left as it was, unless the detach fails (then the
// connection's close leaves case.db's log too, for its next closer).
void DetachSearchIndexLeavingItsLog(Db& case_db);

// How a catch-up runs.
struct CatchUpOptions {
  // When given and set, ends the catch-up after the transaction at hand (what it committed stays).
  const std::atomic<bool>* stop = nullptr;
  // Fewer lose less to an interruption (SearchIndexer::Stop).
  int64_t documents_per_transaction = 1000;
  // An indexer's (SearchIndexer): a search that needs the index's write lock must not wait for
  // this catch-up's transaction, which may be long at nice 19 on a loaded machine (priority
  // inversion: the search would wait for a thread that gets no CPU). The transaction at hand is
  // rolled back as soon as a search asks (SearchIndexPath + "-wanted", see below), and the
  // catch-up goes on once no search is waiting; the search indexes what it needs itself.
  bool yield_to_searches = false;
};

// Indexes the documents committed in case.db after the last one the index holds, in
// transactions of at most `documents_per_transaction` documents on search.db alone; rebuilds the
// index when its last document is not the case's (case.db restored from a backup, search.db from
// another case). `case_db` must have the index attached and no transaction open. Safe beside
// other connections doing the same (each transaction re-reads where the index is). Returns the
// documents indexed.
//
// Unless it yields to searches itself, a catch-up with something to index asks for the write
// lock first: it holds a read lock (an open file description's lock, released when the process
// dies) on DIR/search.db-wanted while it runs, which yielding catch-ups test between steps of
// their statements.
Result<int64_t> CatchUpSearchIndex(Db& case_db, const CatchUpOptions& options = {});

// How many times a yielding catch-up in this process gave its transaction up to a search (for
// tests and measurements).
int64_t SearchIndexYields();

// How many committed documents the index does not hold (store::SearchIndexBacklog). `case_db`
// must have the index attached.
Result<int64_t> SearchIndexBacklog(Db& case_db);

}  // namespace ariadne::store::sqlite
