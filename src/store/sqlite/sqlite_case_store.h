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

}  // namespace ariadne::store::sqlite
