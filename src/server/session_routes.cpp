// Login, logout, me and the list of cases (docs/api.md "Session", `GET /api/v1/cases`).
#include <fmt/format.h>

#include "server/http_util.h"
#include "server/route_files.h"
#include "server/server_core.h"

namespace ariadne::server {

namespace {

using privacy::Permission;

// The served cases a user may see, in --case order.
std::vector<const ServedCase*> CasesOf(ServerCore& core, const privacy::User& user) {
  std::vector<const ServedCase*> out;
  for (const ServedCase& c : core.cases) {
    if (privacy::IsMember(user, c.id)) out.push_back(&c);
  }
  return out;
}

nlohmann::json SessionJson(ServerCore& core, const privacy::User& user, const std::string& csrf) {
  nlohmann::json cases = nlohmann::json::array();
  for (const ServedCase* c : CasesOf(core, user))
    cases.push_back({{"id", c->id}, {"name", c->name}});
  return {{"user", user.name},
          {"role", std::string(privacy::RoleName(user.role))},
          {"csrf_token", csrf},
          {"cases", cases}};
}

std::string SessionCookie(const std::string& token) {
  return fmt::format("{}={}; Path=/; HttpOnly; Secure; SameSite=Strict", kSessionCookie, token);
}

// The number of documents of a case: from its kept dashboard when that is still valid (counting a
// large case's documents on every visit to the case list would take a noticeable time), else
// counted. 0 when the case cannot be opened (told on stderr).
int64_t DocumentsOf(ServerCore& core, const std::string& id) {
  store::WorkbenchStore* wb = core.WorkbenchForThread(id);
  if (wb == nullptr) return 0;
  if (Result<std::string> mark = wb->ChangeMark(); mark.ok()) {
    if (std::optional<nlohmann::json> kept = core.CachedDashboard(id, *mark)) {
      return (*kept)["counts"]["documents"].get<int64_t>();
    }
  }
  Result<store::CaseCounts> counts = core.CaseForThread(id)->store().Counts();
  return counts.ok() ? counts->documents : 0;
}

}  // namespace

void RegisterSessionRoutes(Router& r) {
  ServerCore* core = &r.core();

  r.PublicPost("/api/v1/login", RateClass::kLogin, 4096, [core](Call& call) {
    std::optional<nlohmann::json> body = call.JsonBody();
    if (!body) return;
    const nlohmann::json user = body->value("user", nlohmann::json());
    const nlohmann::json password = body->value("password", nlohmann::json());
    if (!user.is_string() || !password.is_string()) {
      return call.Error(400, "send {\"user\": \"name\", \"password\": \"...\"}");
    }
    const std::string name = user.get<std::string>();
    Result<std::optional<privacy::User>> found =
        core->accounts->Authenticate(name, password.get<std::string>());
    if (!found.ok()) return call.Fail(found.status());
    if (!found->has_value()) {
      privacy::AuditEntry e;
      e.user = name.substr(0, 64);
      e.action = "login.failed";
      e.object = "user:" + e.user;
      (void)core->accounts->Audit(std::move(e));
      return call.Error(401, "wrong user name or password");
    }
    Result<privacy::NewSession> session = core->accounts->StartSession((*found)->name);
    if (!session.ok()) return call.Fail(session.status());
    privacy::AuditEntry e;
    e.user = (*found)->name;
    e.action = "login";
    e.object = "user:" + e.user;
    (void)core->accounts->Audit(std::move(e));
    call.res.set_header("Set-Cookie", SessionCookie(session->token));
    call.Json(SessionJson(*core, **found, session->csrf_token));
  });

  r.Post("/api/v1/logout", Permission::kSignedIn, [core](Call& call) {
    (void)core->accounts->EndSession(CookieValue(call.req, kSessionCookie));
    call.Audit("logout", "", "user:" + call.UserName());
    call.res.set_header(
        "Set-Cookie",
        fmt::format("{}=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0", kSessionCookie));
    call.Json(nlohmann::json::object());
  });

  r.Get("/api/v1/me", Permission::kSignedIn, [core](Call& call) {
    call.Json(SessionJson(*core, call.session()->user, call.session()->csrf_token));
  });

  r.Get("/api/v1/cases", Permission::kSignedIn, [core](Call& call) {
    nlohmann::json out = nlohmann::json::array();
    for (const ServedCase* c : CasesOf(*core, call.session()->user)) {
      const int64_t documents = DocumentsOf(*core, c->id);
      out.push_back(
          {{"id", c->id}, {"name", c->name}, {"purpose", c->purpose}, {"documents", documents}});
    }
    call.Json(out);
  });
}

}  // namespace ariadne::server
