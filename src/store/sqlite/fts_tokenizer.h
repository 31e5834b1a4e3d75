// A faster `unicode61` for the full-text index, with exactly the real one's tokens.
//
// Every case's documents_fts is declared with tokenize = 'unicode61 remove_diacritics 2' (schema
// v1), and any SQLite, the sqlite3 shell included, must keep reading and checking it. Tokenising
// is about a quarter of what an FTS5 insert costs (callgrind on chat segments), and SQLite's
// unicode61 decodes and classifies every byte as a code point. This registers, on one
// connection, a tokenizer under the same name that reads runs of ASCII letters and digits itself
// and hands every run that holds a byte >= 0x80 to SQLite's own unicode61, so that the tokens,
// their folding and their byte offsets are the real ones by construction:
//   - with unicode61's default options, an ASCII byte is a token character exactly when it is a
//     letter or a digit, and it folds to lower case; every other ASCII byte separates tokens
//     (sqlite/ext/fts5/fts5_tokenize.c, aAsciiTokenChar);
//   - a UTF-8 sequence never holds an ASCII byte, so a run bounded by ASCII separators (or the
//     ends of the text) tokenises the same alone as inside the text, offsets shifted by its start.
// Options other than remove_diacritics (tokenchars, separators, categories) turn the fast path off:
// then every call goes to SQLite's tokenizer. `PRAGMA integrity_check`-style checks of the index
// ('integrity-check' of FTS5) on a connection without this tokenizer pass on what it built.
#pragma once

#include <sqlite3.h>

#include "core/status.h"

namespace ariadne::store::sqlite {

// Registers the fast `unicode61` on `db` (it shadows SQLite's for this connection only; other
// connections and programs keep SQLite's). Call once per connection, before the first statement
// that reads or writes documents_fts. Internal error when the connection has no FTS5.
Status InstallFastUnicode61(sqlite3* db);

// The connection's FTS5 API (SQLite's documented way: `SELECT fts5(?1)` with a pointer bound), or
// nullptr when the connection has no FTS5. For the tokenizer's tests, which call SQLite's own.
fts5_api* Fts5Api(sqlite3* db);

}  // namespace ariadne::store::sqlite
