// The SQLite case schema and its migrations. Each migration is applied once, in order, inside one
// transaction, and recorded in `schema_version`; a case written by a newer Ariadne is refused, not
// damaged. docs/case-format.md describes every table.
#pragma once

#include "core/status.h"
#include "store/sqlite/sqlite_db.h"

namespace ariadne::store::sqlite {

// The schema version this build writes.
int CurrentSchemaVersion();

// Brings the database up to CurrentSchemaVersion(). Corrupt when the case is newer than this build.
Status Migrate(Db& db);

// The version the database is at (0 for an empty database).
Result<int> SchemaVersion(Db& db);

}  // namespace ariadne::store::sqlite
