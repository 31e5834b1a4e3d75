// Fuzz target: the full-text index's fast unicode61 (store/sqlite/fts_tokenizer.h), differential:
// on any bytes its tokens, folding and offsets must be those of SQLite's own unicode61.
#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

#include "store/sqlite/fts_tokenizer.h"

namespace {

using Token = std::tuple<std::string, int, int>;

int Collect(void* out, int, const char* token, int size, int start, int end) {
  static_cast<std::vector<Token>*>(out)->emplace_back(std::string(token, size), start, end);
  return SQLITE_OK;
}

using ariadne::store::sqlite::Fts5Api;

struct Pair {
  sqlite3* db = nullptr;  // kept open (and reachable) for the process
  fts5_tokenizer module[2]{};
  Fts5Tokenizer* instance[2]{};
};

// SQLite's tokenizer (0) and the fast one (1), made once, with the options of the case schema.
Pair& Tokenizers() {
  static Pair* pair = [] {
    auto* p = new Pair;
    sqlite3_open(":memory:", &p->db);
    sqlite3* db = p->db;
    fts5_api* api = Fts5Api(db);
    if (api == nullptr) __builtin_trap();
    const char* args[] = {"remove_diacritics", "2"};
    for (int k = 0; k < 2; ++k) {
      if (k == 1 && !ariadne::store::sqlite::InstallFastUnicode61(db).ok()) __builtin_trap();
      void* context = nullptr;
      if (api->xFindTokenizer(api, "unicode61", &context, &p->module[k]) != SQLITE_OK ||
          p->module[k].xCreate(context, args, 2, &p->instance[k]) != SQLITE_OK)
        __builtin_trap();
    }
    return p;
  }();
  return *pair;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 1 << 20) return 0;
  Pair& p = Tokenizers();
  std::vector<Token> tokens[2];
  for (int k = 0; k < 2; ++k) {
    if (p.module[k].xTokenize(p.instance[k], &tokens[k], FTS5_TOKENIZE_DOCUMENT,
                              reinterpret_cast<const char*>(data), static_cast<int>(size),
                              Collect) != SQLITE_OK)
      __builtin_trap();
  }
  if (tokens[0] != tokens[1]) __builtin_trap();
  return 0;
}
