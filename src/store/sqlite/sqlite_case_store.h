// The embedded CaseStore: one SQLite database file (WAL) per case.
#pragma once

#include <memory>
#include <span>
#include <string>

#include "store/case_store.h"

namespace ariadne::store::sqlite {

// Creates the database at `db_path` (which must not exist) with the case's details.
Result<std::unique_ptr<CaseStore>> CreateSqliteCaseStore(const std::string& db_path,
                                                         const CaseInfo& info);
// Opens an existing case database, migrating it to the current schema if it is older.
Result<std::unique_ptr<CaseStore>> OpenSqliteCaseStore(const std::string& db_path);

class Db;
// The connection under a CaseStore of this backend (nullptr for another backend): tables kept
// beside the CaseStore's (crawl state) use it, so that their writes share its transactions.
Db* ConnectionOf(CaseStore& store);

// Records `problems` in their order, as CaseStore::RecordProblem would one by one (the same rows
// and ids): in multi-row INSERTs on this backend (an export that left its media out has a
// problem per attachment, and one INSERT per row cost some 4,500 instructions each), one by one
// on another.
Status RecordProblems(CaseStore& store, std::span<const ImportProblem> problems);

}  // namespace ariadne::store::sqlite
