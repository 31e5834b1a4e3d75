#include "store/sqlite/fts_tokenizer.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "support/temp_dir.h"

namespace ariadne::store::sqlite {
namespace {

using Token = std::tuple<std::string, int, int>;  // folded text, start, end

int Collect(void* out, int, const char* token, int size, int start, int end) {
  static_cast<std::vector<Token>*>(out)->emplace_back(std::string(token, size), start, end);
  return SQLITE_OK;
}

// One tokenizer module as FTS5 hands it out, with an instance made from `args`.
class Tokenizer {
 public:
  Tokenizer(fts5_api* api, std::vector<const char*> args) {
    void* context = nullptr;
    EXPECT_EQ(api->xFindTokenizer(api, "unicode61", &context, &module_), SQLITE_OK);
    EXPECT_EQ(module_.xCreate(context, args.data(), static_cast<int>(args.size()), &instance_),
              SQLITE_OK);
  }
  ~Tokenizer() { module_.xDelete(instance_); }
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  std::vector<Token> Tokens(const std::string& text) {
    std::vector<Token> out;
    EXPECT_EQ(module_.xTokenize(instance_, &out, FTS5_TOKENIZE_DOCUMENT, text.data(),
                                static_cast<int>(text.size()), Collect),
              SQLITE_OK);
    return out;
  }

 private:
  fts5_tokenizer module_{};
  Fts5Tokenizer* instance_ = nullptr;
};

// Texts that cross 64-byte blocks, mixing ASCII of every class with UTF-8 letters (accented,
// Cyrillic), combining marks, separators beyond ASCII (no-break space, emoji), stray bytes that
// are not UTF-8, and NUL.
std::string RandomText(std::mt19937& rng) {
  static const std::vector<std::string> kPieces = {
      "a",
      "Z",
      "q",
      "7",
      " ",
      "-",
      "_",
      "'",
      ".",
      "\n",
      "\t",
      "\x01",
      "\x7f",
      std::string(1, '\0'),
      "Caf\xc3\xa9",
      "\xc3\x89t\xc3\xa9",
      "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0",
      "e\xcc\x81",
      "\xc2\xa0",
      "\xf0\x9f\x98\x80",
      "\xe2\x80\x8b",
      "\xff",
      "\xc3",
      "\x80",
      "ABC123def",
      "07700 900123"};
  std::string s;
  const int pieces = static_cast<int>(rng() % 120);
  for (int i = 0; i < pieces; ++i) s += kPieces[rng() % kPieces.size()];
  return s;
}

class FastUnicode61 : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_EQ(sqlite3_open(":memory:", &db_), SQLITE_OK); }
  void TearDown() override { sqlite3_close(db_); }
  sqlite3* db_ = nullptr;
};

TEST_F(FastUnicode61, GivesExactlySqlitesTokensFoldingAndOffsets) {
  fts5_api* api = Fts5Api(db_);
  ASSERT_NE(api, nullptr);
  Tokenizer sqlites(api, {"remove_diacritics", "2"});
  ASSERT_TRUE(InstallFastUnicode61(db_).ok());
  Tokenizer fast(api, {"remove_diacritics", "2"});

  EXPECT_EQ(fast.Tokens("Call ME on 07700 900123, Caf\xc3\xa9!"),
            (std::vector<Token>{{"call", 0, 4},
                                {"me", 5, 7},
                                {"on", 8, 10},
                                {"07700", 11, 16},
                                {"900123", 17, 23},
                                {"cafe", 25, 30}}));
  std::mt19937 rng(5);
  for (int i = 0; i < 20000; ++i) {
    const std::string text = RandomText(rng);
    ASSERT_EQ(fast.Tokens(text), sqlites.Tokens(text)) << "text: " << text;
  }
  // Every ASCII byte on its own and between letters.
  for (int b = 0; b < 128; ++b) {
    const std::string text = "ab" + std::string(1, static_cast<char>(b)) + "Cd";
    ASSERT_EQ(fast.Tokens(text), sqlites.Tokens(text)) << "byte " << b;
  }
}

TEST_F(FastUnicode61, LeavesOtherOptionsToSqlitesTokenizer) {
  fts5_api* api = Fts5Api(db_);
  ASSERT_NE(api, nullptr);
  Tokenizer sqlites(api, {"tokenchars", "-_"});
  ASSERT_TRUE(InstallFastUnicode61(db_).ok());
  Tokenizer fast(api, {"tokenchars", "-_"});
  const std::string text = "new-girl hotel_room Ready";
  EXPECT_EQ(fast.Tokens(text), sqlites.Tokens(text));
  EXPECT_EQ(fast.Tokens(text).front(), (Token{"new-girl", 0, 8}));
}

// The index it builds is the one SQLite's own unicode61 builds: FTS5's integrity check, run by a
// connection without the fast tokenizer, re-tokenises every row and compares. (Fails when the
// tokenizer misclassifies a byte.)
TEST(FastUnicode61Index, PassesSqlitesOwnIntegrityCheckAndQueries) {
  testing::TempDir dir;
  const std::string path = (dir / "case.db").string();
  auto exec = [](sqlite3* db, const std::string& sql) {
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
    std::string message = err ? err : "";
    sqlite3_free(err);
    return rc == SQLITE_OK ? std::string() : message;
  };
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_TRUE(InstallFastUnicode61(db).ok());
  ASSERT_EQ(exec(db,
                 "CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT, text TEXT);"
                 "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', "
                 "content_rowid='id', tokenize = 'unicode61 remove_diacritics 2');"),
            "");
  std::mt19937 rng(9);
  sqlite3_stmt* doc = nullptr;
  sqlite3_stmt* fts = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "INSERT INTO documents (title, text) VALUES (?, ?)", -1, &doc,
                               nullptr),
            SQLITE_OK);
  ASSERT_EQ(
      sqlite3_prepare_v2(db, "INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)", -1,
                         &fts, nullptr),
      SQLITE_OK);
  ASSERT_EQ(exec(db, "BEGIN"), "");
  for (int i = 0; i < 500; ++i) {
    std::string text = RandomText(rng);
    if (i == 7) text += " Meet at the H\xc3\x94TEL tonight";
    const std::string title = i % 3 == 0 ? "" : RandomText(rng);
    sqlite3_bind_text(doc, 1, title.data(), static_cast<int>(title.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(doc, 2, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    ASSERT_EQ(sqlite3_step(doc), SQLITE_DONE);
    sqlite3_reset(doc);
    sqlite3_bind_int64(fts, 1, sqlite3_last_insert_rowid(db));
    sqlite3_bind_text(fts, 2, title.data(), static_cast<int>(title.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(fts, 3, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    ASSERT_EQ(sqlite3_step(fts), SQLITE_DONE);
    sqlite3_reset(fts);
  }
  ASSERT_EQ(exec(db, "COMMIT"), "");
  sqlite3_finalize(doc);
  sqlite3_finalize(fts);
  sqlite3_close(db);

  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);  // SQLite's own unicode61 only
  // With rank 1 the check compares the index with the content table, not only with itself.
  EXPECT_EQ(
      exec(db, "INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)"), "");
  sqlite3_stmt* q = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "SELECT rowid FROM documents_fts WHERE documents_fts MATCH "
                               "'\"hotel tonight\"'",
                               -1, &q, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(q), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int64(q, 0), 8);
  sqlite3_finalize(q);
  sqlite3_close(db);
}

}  // namespace
}  // namespace ariadne::store::sqlite
