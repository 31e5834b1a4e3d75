// A disk cache of compiled Vectorscan databases, shared by the selector extractor's pre-scan
// (extract/) and the rule packs (flag/).
//
// Compiling takes Vectorscan long: the rule packs' combined database, the extractor's pre-scan
// about 0.08 s at every `ariadne analyze`. A database only depends on the
// expressions, their flags and ids, and the Vectorscan version and platform, so it is serialised
// once (hs_serialize_database) under a name that hashes all of them, and later runs load it in
// milliseconds; a changed expression has another name and is compiled. A cache that cannot be
// read or written is ignored: the database is compiled as if there were none.
#pragma once

#include <hs/hs.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ariadne::vectorscan {

// The cache folder: $ARIADNE_CACHE_DIR, else $XDG_CACHE_HOME/ariadne, else $HOME/.cache/ariadne;
// "" (no cache) when none is set or ARIADNE_CACHE_DIR is "off".
std::string CacheDirectory();

// The cache key of a database of these expressions and flags, the ids being their positions.
std::string DatabaseKey(const std::vector<const char*>& expressions,
                        const std::vector<unsigned>& flags);

// The cached database of `key` for `user` ("flag", "extract": the first part of the file's name),
// or nullptr.
hs_database_t* LoadCachedDatabase(std::string_view user, const std::string& key);
// How many databases of a kind the cache keeps by default: a kind with one database per rule set
// or extractor (the shipped packs with and without candidates and the tests' fixture packs are
// about ten; a run of the flag tests uses 7).
constexpr size_t kKeptPerKind = 16;
// Stores `db` under `key` (atomically: a temporary file renamed into place); errors are ignored.
// Then, once per process, deletes the kind's least recently used files beyond the `kept` newest,
// so that every rule-pack or extraction change does not leave a stale database behind for ever.
// A kind with many databases per rule set (one per regex) passes a larger `kept`.
void StoreCachedDatabase(std::string_view user, const std::string& key, const hs_database_t* db,
                         size_t kept = kKeptPerKind);

// Any other cached file (the parsed rule packs: flag/rules_cache.h): the bytes stored under `key`
// for `user`, in a file named "<user>-<key><suffix>" (`key`: 64 hex digits), or nullopt. The
// reader checks that they are whole.
std::optional<std::string> LoadCachedFile(std::string_view user, const std::string& key,
                                          std::string_view suffix);
// Stores `bytes` under `key` as StoreCachedDatabase does (atomically, then keeping the `kept` most
// recently used files of `user` and `suffix`); errors are ignored.
void StoreCachedFile(std::string_view user, const std::string& key, std::string_view suffix,
                     std::string_view bytes, size_t kept = kKeptPerKind);

// The block-mode database of `expressions` with `flags` and ids 0, 1, …: from the cache, else
// compiled and then cached. On failure returns nullptr and sets `error` (the caller frees it with
// hs_free_compile_error, as after hs_compile_multi). `from_cache`, when given, says which it was.
// The caller frees the database.
hs_database_t* LoadOrCompile(std::string_view user, const std::vector<const char*>& expressions,
                             const std::vector<unsigned>& flags, hs_compile_error_t** error,
                             bool* from_cache = nullptr);

}  // namespace ariadne::vectorscan
