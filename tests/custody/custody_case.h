// A small synthetic case made once through the real binary (init, import with an image, analyze)
// and copied for each test, plus helpers that tamper with it the way an attacker would: bytes on
// disk and rows in SQLite.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "support/run_command.h"
#include "support/temp_dir.h"

namespace ariadne::testing {

// Runs SQL on the case database with a plain connection (no Ariadne code in between).
inline void Sql(const std::filesystem::path& case_dir, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((case_dir / "case.db").c_str(), &db), SQLITE_OK);
  char* err = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
  const std::string message = err ? err : "";
  sqlite3_free(err);
  sqlite3_close(db);
  ASSERT_EQ(rc, SQLITE_OK) << sql << ": " << message;
}

// The first column of each row of a query, as text.
inline std::vector<std::string> SqlColumn(const std::filesystem::path& case_dir,
                                          const std::string& sql) {
  std::vector<std::string> out;
  sqlite3* db = nullptr;
  if (sqlite3_open((case_dir / "case.db").c_str(), &db) != SQLITE_OK) return out;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK) {
    while (sqlite3_step(st) == SQLITE_ROW) {
      const unsigned char* t = sqlite3_column_text(st, 0);
      out.emplace_back(t ? reinterpret_cast<const char*>(t) : "");
    }
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

// Three ads by one advertiser (one phone number, two spellings), one with a photo, and an
// unrelated ad. Numbers from Ofcom's drama range.
inline std::string SyntheticAds() {
  const std::string text =
      "Sweet new girls every week in the city centre, discreet apartment with parking, real "
      "photos and no rush, open every day from noon until late at night";
  std::ostringstream ads;
  ads << nlohmann::json{{"id", "a1"},
                        {"site", "ads.example"},
                        {"text", text + ", call 07700 900123"},
                        {"images", {"p1.jpg"}}}
             .dump()
      << "\n"
      << nlohmann::json{{"id", "a2"},
                        {"site", "ads.example"},
                        {"text", text + ". Phone 07700900123 now"}}
             .dump()
      << "\n"
      << nlohmann::json{{"id", "a3"},
                        {"site", "ads.example"},
                        {"text", text + ", new number 07700 900555 or mail vip@mail.example"}}
             .dump()
      << "\n"
      << nlohmann::json{{"id", "b1"},
                        {"site", "jobs.example"},
                        {"text",
                         "Experienced plumber available for small repairs in the north of town, "
                         "fair prices, call 07700 900124"}}
             .dump()
      << "\n";
  return ads.str();
}

// Makes the case "case" in `dir` from `ads` (JSON lines): init (key in clear unless
// ARIADNE_PASSPHRASE is set), import, analyze.
inline void MakeCaseOfAds(const TempDir& dir, const std::string& ads) {
  dir.Write("ads.jsonl", ads);
  CommandResult r = RunAriadne(
      dir.path(), {"init", "case", "--name", "custody", "--purpose", "tests", "--legal-basis",
                   "synthetic", "--retention-days", "9", "--region", "GB", "--actor", "alice"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunAriadne(dir.path(), {"import", "--case", "case", "ads.jsonl", "--actor", "alice"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  r = RunAriadne(dir.path(), {"analyze", "--case", "case"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
}

// MakeCaseOfAds with SyntheticAds() and the photo the first ad names.
inline void MakeSyntheticCase(const TempDir& dir) {
  dir.Write("p1.jpg", std::string("\xff\xd8\xff\xe0 not really a photo", 24));
  MakeCaseOfAds(dir, SyntheticAds());
}

inline void CopyTree(const std::filesystem::path& from, const std::filesystem::path& to) {
  std::filesystem::copy(from, to, std::filesystem::copy_options::recursive);
}

}  // namespace ariadne::testing
