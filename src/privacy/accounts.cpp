#include "privacy/accounts.h"

#include <fmt/format.h>
#include <sodium.h>

#include <algorithm>

#include "core/sha256.h"
#include "core/text.h"
#include "store/sqlite/sqlite_db.h"

namespace ariadne::privacy {

namespace {

using store::sqlite::Db;
using store::sqlite::Statement;

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS users (
  name          TEXT PRIMARY KEY,
  role          TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS memberships (
  user    TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
  case_id TEXT NOT NULL,
  PRIMARY KEY (user, case_id)
);
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY,
  user       TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created    INTEGER NOT NULL,
  last_seen  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS audit (
  id      INTEGER PRIMARY KEY,
  time    TEXT NOT NULL,
  user    TEXT NOT NULL,
  case_id TEXT NOT NULL,
  action  TEXT NOT NULL,
  object  TEXT NOT NULL,
  details TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_case ON audit (case_id, id);
)sql";

// Refreshing last_seen on every request would make every read a write; a minute is precise
// enough for a 30-minute idle timeout.
constexpr int64_t kTouchEverySeconds = 60;

int64_t NowSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Result<std::string> HashPassword(std::string_view password) {
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(),
                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Internal("cannot hash the password: out of memory");
  }
  return std::string(out);
}

bool VerifyPassword(const std::string& hash, std::string_view password) {
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

size_t CodePoints(std::string_view s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

}  // namespace

bool IsMember(const User& user, std::string_view case_id) {
  if (user.role == Role::kAdmin) return true;
  return std::find(user.cases.begin(), user.cases.end(), case_id) != user.cases.end();
}

Status CheckUserName(std::string_view name) {
  const bool ok =
      !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '.' || c == '_' || c == '-' || c == '@';
      });
  if (ok) return Status::Ok();
  return InvalidInput("a user name is 1 to 64 letters, digits and . _ - @: choose another name");
}

Status CheckPassword(std::string_view password) {
  const size_t n = CodePoints(password);
  if (n < 12) return InvalidInput("the password is too short: use at least 12 characters");
  if (password.size() > 1024) return InvalidInput("the password is too long: at most 1024 bytes");
  return Status::Ok();
}

std::string RandomToken() {
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
  return std::string(hex, 64);
}

Accounts::Accounts(std::unique_ptr<Db> db, SessionLimits limits, std::string dummy_hash)
    : db_(std::move(db)),
      statements_(std::make_unique<store::sqlite::StatementCache>(db_.get())),
      limits_(limits),
      dummy_hash_(std::move(dummy_hash)) {}

// Every statement is prepared once (the server asks for the session on every request); callers
// hold mu_.
Result<Statement*> Accounts::Prep(const std::string& sql) {
  return statements_->Prep(sql);
}

Accounts::~Accounts() = default;

Result<std::unique_ptr<Accounts>> Accounts::Open(const std::filesystem::path& home,
                                                 SessionLimits limits) {
  if (sodium_init() < 0) return Internal("libsodium cannot start");
  std::error_code ec;
  std::filesystem::create_directories(home, ec);
  if (ec) {
    return IoError(
        fmt::format("{}: cannot create the server home folder: {}", home.string(), ec.message()));
  }
  Result<std::unique_ptr<Db>> db = Db::Open((home / "accounts.db").string(), /*create=*/true);
  if (!db.ok()) return db.status();
  ARIADNE_RETURN_IF_ERROR((*db)->Exec("PRAGMA foreign_keys = ON"));
  ARIADNE_RETURN_IF_ERROR((*db)->Exec(kSchema));
  Result<std::string> dummy = HashPassword(RandomToken());
  if (!dummy.ok()) return dummy.status();
  return std::unique_ptr<Accounts>(new Accounts(std::move(*db), limits, std::move(*dummy)));
}

Status Accounts::AddUser(std::string_view name, Role role, std::string_view password,
                         const std::vector<std::string>& cases) {
  ARIADNE_RETURN_IF_ERROR(CheckUserName(name));
  ARIADNE_RETURN_IF_ERROR(CheckPassword(password));
  Result<std::string> hash = HashPassword(password);
  if (!hash.ok()) return hash.status();
  std::lock_guard lock(mu_);
  {
    Result<Statement*> q = Prep("SELECT 1 FROM users WHERE name = ?");
    if (!q.ok()) return q.status();
    (*q)->Bind(1, name);
    Result<bool> row = (*q)->Step();
    (*q)->Reset();  // a cached statement left on a row would hold a read snapshot open
    if (!row.ok()) return row.status();
    if (*row) return Conflict(fmt::format("the user {} exists already: choose another name", name));
  }
  ARIADNE_RETURN_IF_ERROR(db_->Exec("BEGIN IMMEDIATE"));
  auto fail = [&](Status s) {
    (void)db_->Exec("ROLLBACK");
    return s;
  };
  Result<Statement*> ins =
      Prep("INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)");
  if (!ins.ok()) return fail(ins.status());
  Status s =
      (*ins)->Bind(1, name).Bind(2, RoleName(role)).Bind(3, *hash).Bind(4, UtcNowIso8601()).Run();
  if (!s.ok()) return fail(s);
  Result<Statement*> mem = Prep("INSERT OR IGNORE INTO memberships (user, case_id) VALUES (?, ?)");
  if (!mem.ok()) return fail(mem.status());
  for (const std::string& c : cases) {
    (*mem)->Reset();
    s = (*mem)->Bind(1, name).Bind(2, c).Run();
    if (!s.ok()) return fail(s);
  }
  return db_->Exec("COMMIT");
}

Status Accounts::SetPassword(std::string_view name, std::string_view password) {
  ARIADNE_RETURN_IF_ERROR(CheckPassword(password));
  Result<std::string> hash = HashPassword(password);
  if (!hash.ok()) return hash.status();
  std::lock_guard lock(mu_);
  Result<Statement*> up = Prep("UPDATE users SET password_hash = ? WHERE name = ?");
  if (!up.ok()) return up.status();
  ARIADNE_RETURN_IF_ERROR((*up)->Bind(1, *hash).Bind(2, name).Run());
  if (db_->Changes() == 0)
    return NotFound(fmt::format("no user {}: add it with `ariadne user add`", name));
  // A new password ends every session of the user.
  Result<Statement*> del = Prep("DELETE FROM sessions WHERE user = ?");
  if (!del.ok()) return del.status();
  return (*del)->Bind(1, name).Run();
}

Result<std::vector<std::string>> Accounts::CasesOfLocked(std::string_view name) {
  Result<Statement*> q = Prep("SELECT case_id FROM memberships WHERE user = ? ORDER BY case_id");
  if (!q.ok()) return q.status();
  (*q)->Bind(1, name);
  std::vector<std::string> out;
  ARIADNE_RETURN_IF_ERROR((*q)->ForEachRow([&] { out.push_back((*q)->Text(0)); }));
  return out;
}

Result<std::vector<User>> Accounts::Users() {
  std::lock_guard lock(mu_);
  Result<Statement*> q = Prep("SELECT name, role FROM users ORDER BY name");
  if (!q.ok()) return q.status();
  std::vector<User> out;
  ARIADNE_RETURN_IF_ERROR((*q)->ForEachRow([&] {
    out.push_back({(*q)->Text(0), ParseRole((*q)->Text(1)).value_or(Role::kPartner), {}});
  }));
  for (User& u : out) {
    Result<std::vector<std::string>> cases = CasesOfLocked(u.name);
    if (!cases.ok()) return cases.status();
    u.cases = std::move(*cases);
  }
  return out;
}

Result<std::optional<User>> Accounts::FindUser(std::string_view name) {
  std::lock_guard lock(mu_);
  Result<Statement*> q = Prep("SELECT name, role FROM users WHERE name = ?");
  if (!q.ok()) return q.status();
  (*q)->Bind(1, name);
  Result<bool> row = (*q)->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<User>();
  // An unknown role in the file (edited by hand) gets the least power.
  User u{(*q)->Text(0), ParseRole((*q)->Text(1)).value_or(Role::kPartner), {}};
  (*q)->Reset();
  Result<std::vector<std::string>> cases = CasesOfLocked(u.name);
  if (!cases.ok()) return cases.status();
  u.cases = std::move(*cases);
  return std::optional<User>(std::move(u));
}

Result<std::optional<User>> Accounts::Authenticate(std::string_view name,
                                                   std::string_view password) {
  std::string hash;
  {
    std::lock_guard lock(mu_);
    Result<Statement*> q = Prep("SELECT password_hash FROM users WHERE name = ?");
    if (!q.ok()) return q.status();
    (*q)->Bind(1, name);
    Result<bool> row = (*q)->Step();
    if (row.ok() && *row) hash = (*q)->Text(0);
    (*q)->Reset();
    if (!row.ok()) return row.status();
  }
  if (password.size() > 1024) return std::optional<User>();
  if (hash.empty()) {
    (void)VerifyPassword(dummy_hash_, password);  // the same work as for a known user
    return std::optional<User>();
  }
  if (!VerifyPassword(hash, password)) return std::optional<User>();
  return FindUser(name);
}

Result<NewSession> Accounts::StartSession(std::string_view user) {
  NewSession s{RandomToken(), RandomToken()};
  const int64_t now = NowSeconds();
  std::lock_guard lock(mu_);
  // Old sessions of everyone are swept here, so the table stays small without a timer thread.
  Result<Statement*> sweep = Prep("DELETE FROM sessions WHERE last_seen < ? OR created < ?");
  if (!sweep.ok()) return sweep.status();
  ARIADNE_RETURN_IF_ERROR(
      (*sweep)->Bind(1, now - limits_.idle.count()).Bind(2, now - limits_.absolute.count()).Run());
  Result<Statement*> ins = Prep(
      "INSERT INTO sessions (token_hash, user, csrf_token, created, last_seen) VALUES (?, ?, ?, ?, "
      "?)");
  if (!ins.ok()) return ins.status();
  ARIADNE_RETURN_IF_ERROR((*ins)
                              ->Bind(1, Sha256Hex(s.token))
                              .Bind(2, user)
                              .Bind(3, s.csrf_token)
                              .Bind(4, now)
                              .Bind(5, now)
                              .Run());
  return s;
}

Result<std::optional<Session>> Accounts::FindSession(std::string_view token) {
  if (token.size() != 64) return std::optional<Session>();
  const std::string token_hash = Sha256Hex(token);
  const int64_t now = NowSeconds();
  std::lock_guard lock(mu_);
  // Session and user in one look-up: this runs for every request.
  Result<Statement*> q = Prep(
      "SELECT s.user, s.csrf_token, s.created, s.last_seen, u.role FROM sessions s "
      "JOIN users u ON u.name = s.user WHERE s.token_hash = ?");
  if (!q.ok()) return q.status();
  (*q)->Bind(1, token_hash);
  Result<bool> row = (*q)->Step();
  if (!row.ok() || !*row) {
    (*q)->Reset();
    if (!row.ok()) return row.status();
    return std::optional<Session>();
  }
  // An unknown role in the file (edited by hand) gets the least power.
  User user{(*q)->Text(0), ParseRole((*q)->Text(4)).value_or(Role::kPartner), {}};
  std::string csrf = (*q)->Text(1);
  const int64_t created = (*q)->Int(2);
  const int64_t last_seen = (*q)->Int(3);
  (*q)->Reset();
  const bool expired =
      now - last_seen > limits_.idle.count() || now - created > limits_.absolute.count();
  if (expired) {
    Result<Statement*> del = Prep("DELETE FROM sessions WHERE token_hash = ?");
    if (!del.ok()) return del.status();
    ARIADNE_RETURN_IF_ERROR((*del)->Bind(1, token_hash).Run());
    return std::optional<Session>();
  }
  if (now - last_seen >= kTouchEverySeconds) {
    Result<Statement*> up = Prep("UPDATE sessions SET last_seen = ? WHERE token_hash = ?");
    if (!up.ok()) return up.status();
    ARIADNE_RETURN_IF_ERROR((*up)->Bind(1, now).Bind(2, token_hash).Run());
  }
  Result<std::vector<std::string>> cases = CasesOfLocked(user.name);
  if (!cases.ok()) return cases.status();
  user.cases = std::move(*cases);
  return std::optional<Session>(Session{std::move(user), std::move(csrf)});
}

Status Accounts::EndSession(std::string_view token) {
  std::lock_guard lock(mu_);
  Result<Statement*> del = Prep("DELETE FROM sessions WHERE token_hash = ?");
  if (!del.ok()) return del.status();
  return (*del)->Bind(1, Sha256Hex(token)).Run();
}

Status Accounts::Audit(AuditEntry e) {
  e.time = UtcNowIso8601();
  std::lock_guard lock(mu_);
  Result<Statement*> ins = Prep(
      "INSERT INTO audit (time, user, case_id, action, object, details) VALUES (?, ?, ?, ?, ?, ?)");
  if (!ins.ok()) return ins.status();
  return (*ins)
      ->Bind(1, e.time)
      .Bind(2, e.user)
      .Bind(3, e.case_id)
      .Bind(4, e.action)
      .Bind(5, e.object)
      .Bind(6, e.details_json)
      .Run();
}

Result<std::vector<AuditEntry>> Accounts::AuditLog(int limit, int64_t before_id) {
  std::lock_guard lock(mu_);
  Result<Statement*> q = Prep(
      "SELECT id, time, user, case_id, action, object, details FROM audit WHERE id < ? ORDER BY "
      "id DESC LIMIT ?");
  if (!q.ok()) return q.status();
  (*q)->Bind(1, before_id > 0 ? before_id : INT64_MAX).Bind(2, int64_t{limit});
  std::vector<AuditEntry> out;
  ARIADNE_RETURN_IF_ERROR((*q)->ForEachRow([&] {
    out.push_back({(*q)->Int(0), (*q)->Text(1), (*q)->Text(2), (*q)->Text(3), (*q)->Text(4),
                   (*q)->Text(5), (*q)->Text(6)});
  }));
  return out;
}

}  // namespace ariadne::privacy
