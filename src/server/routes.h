// How route files plug into the server (internal to src/server and src/intake).
//
// A route file exposes one function `void RegisterXxx(Router& router)` that adds its routes:
//
//   void RegisterIntakeRoutes(Router& r) {
//     r.Get(R"(/api/v1/cases/([^/]+)/tips)", privacy::Permission::kTips, [](Call& call) {
//       store::Case* c = call.UserCase(call.Param(1));  // membership checked: 404 replied if not
//       if (c == nullptr) return;
//       call.Audit("tips.list", call.Param(1), "tips");
//       call.Json(nlohmann::json::array());
//     });
//     r.PublicPost("/api/v1/public/tips", RateClass::kPublic, 16 * 1024, [](Call& call) {
//       std::optional<nlohmann::json> body = call.JsonBody();  // 400 replied if not JSON
//       if (!body) return;
//       ...
//     });
//   }
//
// What the Router does before a handler runs (so handlers never repeat it):
//   - every request: the rate limit of its class per client address (429 + Retry-After);
//   - session routes (Get/Post/...): a valid session cookie (else 401), the role's permission
//     (else 403); for POST/PUT/PATCH/DELETE the X-CSRF-Token header (else 403) and
//     `Content-Type: application/json` (else 415);
//   - public routes: no session; for POST/PUT the JSON content type (415) and `max_body` (413);
//   - every response: the security headers of docs/api.md (a handler may set its own
//     Content-Security-Policy, e.g. the sandbox CSP of originals, and it is kept).
// A handler that throws answers 500 {"error": ...}; nothing is leaked to the client but the text.
//
// Patterns are cpp-httplib regular expressions matched against the whole path; Param(i) is capture
// group i (1-based). Case objects are per thread (store::Case is not thread-safe): never keep a
// Case* beyond the handler.
#pragma once

#include <httplib.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "privacy/accounts.h"
#include "privacy/roles.h"
#include "server/server.h"
#include "store/case.h"

namespace ariadne::server {

class ServerCore;  // the shared state of a running server (server.cpp)

// Rate-limit classes (docs/api.md): tokens per minute per client address.
enum class RateClass {
  kGeneral,  // 600/min: every request pays one of these
  kLogin,    // 10/min: login attempts (on top of kGeneral)
  kPublic,   // 30/min: public tip submissions, receipts and job checks (on top of kGeneral)
};

// One request being answered.
class Call {
 public:
  Call(ServerCore& core, const httplib::Request& req, httplib::Response& res,
       const privacy::Session* session)
      : req(req), res(res), core_(core), session_(session) {}

  const httplib::Request& req;
  httplib::Response& res;

  // The logged-in user's session; nullptr on public routes.
  const privacy::Session* session() const { return session_; }
  // The user's name ("" on public routes).
  std::string UserName() const;
  // Capture group `i` (1-based) of the route pattern.
  std::string Param(int i) const;
  // A query parameter ("" when absent) and an integer one clamped to [lo, hi] (`fallback` when
  // absent; replies 400 and returns nullopt when not a number).
  std::string Query(const std::string& name) const;
  std::optional<int64_t> QueryInt(const std::string& name, int64_t fallback, int64_t lo,
                                  int64_t hi);

  // The case `case_id` opened for this thread, when the logged-in user is a member (admins: every
  // served case). Otherwise replies 404 {"error":"no such case"} and returns nullptr.
  store::Case* UserCase(const std::string& case_id);
  // Any served case, without a membership check (public routes); nullptr (nothing replied) when
  // the id is not served or the case cannot be opened.
  store::Case* ServedCase(const std::string& case_id);
  // The ids of every served case, in the order of `--case`.
  std::vector<std::string> ServedCaseIds() const;
  // The folder of a served case ("" when unknown).
  std::filesystem::path CaseDir(const std::string& case_id) const;

  // The request body as a JSON object; replies 400 and returns nullopt when it is not one.
  std::optional<nlohmann::json> JsonBody();

  // Replies with JSON (invalid UTF-8 in strings is replaced, never an exception).
  void Json(const nlohmann::json& body, int status = 200);
  // Replies {"error": message} with `status`.
  void Error(int status, std::string_view message);
  // Replies with the error of a failed Status: NotFound 404, InvalidInput 400, Conflict 409,
  // anything else 500 (the message of a 500 is logged, the client gets a generic sentence).
  void Fail(const Status& status);

  // Writes an entry in the server's audit log (who: the session's user, or "" on public routes).
  void Audit(std::string_view action, std::string_view case_id, std::string_view object,
             const nlohmann::json& details = nlohmann::json::object());

  // The client's address (for rate limits; never stored unless the options say so).
  const std::string& ClientAddress() const { return req.remote_addr; }
  const ServerOptions& options() const;

 private:
  ServerCore& core_;
  const privacy::Session* session_;
};

using Handler = std::function<void(Call&)>;

// Adds routes to one listener. Obtained from the server; valid during registration only.
class Router {
 public:
  Router(ServerCore& core, httplib::Server& http) : core_(core), http_(http) {}

  // Routes for a logged-in user whose role has `permission`.
  void Get(const std::string& pattern, privacy::Permission permission, Handler handler,
           RateClass rate = RateClass::kGeneral);
  void Post(const std::string& pattern, privacy::Permission permission, Handler handler,
            RateClass rate = RateClass::kGeneral);

  // Routes without a session (the public listener and /api/v1/login). `max_body` in bytes.
  void PublicGet(const std::string& pattern, RateClass rate, Handler handler);
  void PublicPost(const std::string& pattern, RateClass rate, size_t max_body, Handler handler);

  ServerCore& core() { return core_; }

 private:
  void AddSession(const std::string& method, const std::string& pattern,
                  privacy::Permission permission, Handler handler, RateClass rate);
  ServerCore& core_;
  httplib::Server& http_;
};

}  // namespace ariadne::server
