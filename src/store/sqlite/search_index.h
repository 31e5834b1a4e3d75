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

// Indexes the documents committed in case.db after the last one the index holds, in
// transactions of at most a thousand documents on search.db alone; rebuilds the index when its
// last document is not the case's (case.db restored from a backup, search.db from another case).
// `case_db` must have the index attached and no transaction open. Safe beside other connections
// doing the same (each transaction re-reads where the index is). Returns the documents indexed.
// `stop`, when given and set, ends it after the transaction at hand (what it committed stays).
// `documents_per_transaction`: fewer lose less to an interruption (SearchIndexer::Stop).
Result<int64_t> CatchUpSearchIndex(Db& case_db, const std::atomic<bool>* stop = nullptr,
                                   int64_t documents_per_transaction = 1000);

// How many committed documents the index does not hold (store::SearchIndexBacklog). `case_db`
// must have the index attached.
Result<int64_t> SearchIndexBacklog(Db& case_db);

}  // namespace ariadne::store::sqlite
