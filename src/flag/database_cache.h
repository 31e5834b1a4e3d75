// A disk cache of compiled Vectorscan databases (internal to the flag module).
//
// Compiling the real packs takes Vectorscan seconds: the combined database, and with every
// candidate a small start-of-match database per regex (about 3 s of CPU for the 915 regexes).
// A database only depends on the expressions, their flags,
// and the Vectorscan version and platform, so it is serialised once (hs_serialize_database) under
// a name that hashes all of them, and later runs load it in milliseconds. A cache that cannot be
// read or written is ignored: the database is compiled as if there were none.
#pragma once

#include <hs/hs.h>

#include <string>
#include <vector>

namespace ariadne::flag {

// The cache folder: $ARIADNE_CACHE_DIR, else $XDG_CACHE_HOME/ariadne, else $HOME/.cache/ariadne;
// "" (no cache) when none is set or ARIADNE_CACHE_DIR is "off".
std::string CacheDirectory();

// The cache key of a database of these expressions and flags.
std::string DatabaseKey(const std::vector<const char*>& expressions,
                        const std::vector<unsigned>& flags);

// The cached database of `key`, or nullptr.
hs_database_t* LoadCachedDatabase(const std::string& key);
// Stores `db` under `key` (atomically: a temporary file renamed into place); errors are ignored.
void StoreCachedDatabase(const std::string& key, const hs_database_t* db);

}  // namespace ariadne::flag
