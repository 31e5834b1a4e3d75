// The accounts of a server: users with roles and case memberships, login sessions and the audit
// log, kept in HOME/accounts.db (SQLite, WAL). Passwords are stored as Argon2id hashes (libsodium
// crypto_pwhash_str), session tokens only as their SHA-256. Thread-safe: one Accounts object is
// shared by every server thread (one connection behind a mutex; password hashing runs outside it).
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "privacy/roles.h"

namespace ariadne::store::sqlite {
class Db;
class Statement;
class StatementCache;
}  // namespace ariadne::store::sqlite

namespace ariadne::privacy {

struct User {
  std::string name;
  Role role = Role::kPartner;
  std::vector<std::string> cases;  // case ids (folder names); admins see every case anyway
};

// Whether `user` may see case `case_id` at all (admins: every case; others: their memberships).
bool IsMember(const User& user, std::string_view case_id);

// A valid session: who it belongs to (role and cases as they are now) and its CSRF token.
struct Session {
  User user;
  std::string csrf_token;
};

// What StartSession hands out once: the token for the cookie (never stored) and the CSRF token.
struct NewSession {
  std::string token;
  std::string csrf_token;
};

struct SessionLimits {
  std::chrono::seconds idle{30 * 60};
  std::chrono::seconds absolute{12 * 60 * 60};
};

struct AuditEntry {
  int64_t id = 0;
  std::string time;  // ISO 8601 UTC, set by Audit()
  std::string user;
  std::string case_id;  // "" when not about a case (logins, users)
  std::string action;   // login, login.failed, logout, search, view, view.original, export,
                        // decision, user.add, user.passwd, ...
  std::string object;   // "ad:42", "cluster:7", "user:ana", the query, ...
  std::string details_json = "{}";
};

// Names: 1-64 of letters, digits and . _ - @. Passwords: 12 to 1024 characters.
Status CheckUserName(std::string_view name);
Status CheckPassword(std::string_view password);

class Accounts {
 public:
  // Opens (creating when needed) HOME/accounts.db; creates HOME too.
  static Result<std::unique_ptr<Accounts>> Open(const std::filesystem::path& home,
                                                SessionLimits limits = {});
  ~Accounts();

  // Conflict when the user exists; InvalidInput for a bad name or password.
  Status AddUser(std::string_view name, Role role, std::string_view password,
                 const std::vector<std::string>& cases);
  Status SetPassword(std::string_view name, std::string_view password);
  Result<std::vector<User>> Users();
  Result<std::optional<User>> FindUser(std::string_view name);

  // The user when the password is right; nullopt for a wrong password or an unknown user (which
  // takes the same time, so that names cannot be probed).
  Result<std::optional<User>> Authenticate(std::string_view name, std::string_view password);

  Result<NewSession> StartSession(std::string_view user);
  // The session of a cookie token; nullopt when unknown, idle too long or too old (then it is
  // deleted). Refreshes the idle timer.
  Result<std::optional<Session>> FindSession(std::string_view token);
  Status EndSession(std::string_view token);

  Status Audit(AuditEntry entry);
  // Newest first, at most `limit`, with id below `before_id` when it is positive.
  Result<std::vector<AuditEntry>> AuditLog(int limit, int64_t before_id);

 private:
  Accounts(std::unique_ptr<store::sqlite::Db> db, SessionLimits limits, std::string dummy_hash);
  Result<std::vector<std::string>> CasesOfLocked(std::string_view name);
  Result<store::sqlite::Statement*> Prep(const std::string& sql);
  std::mutex mu_;
  std::unique_ptr<store::sqlite::Db> db_;
  std::unique_ptr<store::sqlite::StatementCache> statements_;  // destroyed before db_
  SessionLimits limits_;
  std::string dummy_hash_;  // verified against for unknown users
};

// A random 256-bit token as 64 hex digits.
std::string RandomToken();

}  // namespace ariadne::privacy
