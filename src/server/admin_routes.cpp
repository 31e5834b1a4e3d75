// The admin routes of docs/api.md: the audit log and the users.
#include <fmt/format.h>

#include "server/case_json.h"
#include "server/route_files.h"
#include "server/server_core.h"

namespace ariadne::server {

namespace {

using privacy::Permission;

nlohmann::json UserJson(const privacy::User& u) {
  return {{"user", u.name}, {"role", std::string(privacy::RoleName(u.role))}, {"cases", u.cases}};
}

void Audit(Call& call, ServerCore& core) {
  std::optional<int64_t> limit = call.QueryInt("limit", 100, 1, 1000);
  if (!limit) return;
  std::optional<int64_t> before = call.QueryInt("before", 0, 0, INT64_MAX);
  if (!before) return;
  Result<std::vector<privacy::AuditEntry>> rows =
      core.accounts->AuditLog(static_cast<int>(*limit), *before);
  if (!rows.ok()) return call.Fail(rows.status());
  nlohmann::json out = nlohmann::json::array();
  for (const privacy::AuditEntry& e : *rows) {
    out.push_back({{"id", e.id},
                   {"time", e.time},
                   {"user", e.user},
                   {"case", e.case_id},
                   {"action", e.action},
                   {"object", e.object},
                   {"details", ParseStored(e.details_json)}});
  }
  call.Json(out);
}

void Users(Call& call, ServerCore& core) {
  Result<std::vector<privacy::User>> users = core.accounts->Users();
  if (!users.ok()) return call.Fail(users.status());
  nlohmann::json out = nlohmann::json::array();
  for (const privacy::User& u : *users) out.push_back(UserJson(u));
  call.Json(out);
}

void AddUser(Call& call, ServerCore& core) {
  std::optional<nlohmann::json> body = call.JsonBody();
  if (!body) return;
  const nlohmann::json name = body->value("user", nlohmann::json());
  const nlohmann::json password = body->value("password", nlohmann::json());
  const nlohmann::json role = body->value("role", nlohmann::json());
  const nlohmann::json cases = body->value("cases", nlohmann::json::array());
  bool cases_ok = cases.is_array();
  for (const nlohmann::json& c : cases) cases_ok = cases_ok && c.is_string();
  if (!name.is_string() || !password.is_string() || !role.is_string() || !cases_ok) {
    return call.Error(400,
                      "send {\"user\", \"password\" (12 characters or more), \"role\" (admin, "
                      "analyst, reviewer, partner), \"cases\": [case ids]}");
  }
  std::optional<privacy::Role> r = privacy::ParseRole(role.get<std::string>());
  if (!r) return call.Error(400, "role is admin, analyst, reviewer or partner");
  std::vector<std::string> ids;
  for (const nlohmann::json& c : cases) {
    const std::string id = c.get<std::string>();
    if (core.FindCase(id) == nullptr) {
      return call.Error(400, fmt::format("no served case has the id \"{}\"", id));
    }
    ids.push_back(id);
  }
  Status s = core.accounts->AddUser(name.get<std::string>(), *r, password.get<std::string>(), ids);
  if (!s.ok()) return call.Fail(s);
  Result<std::optional<privacy::User>> added = core.accounts->FindUser(name.get<std::string>());
  if (!added.ok()) return call.Fail(added.status());
  if (!added->has_value()) return call.Error(500, "the user was not stored: see the server log");
  call.Audit("user.add", "", "user:" + name.get<std::string>(),
             {{"role", role.get<std::string>()}, {"cases", ids}});
  call.Json(UserJson(**added));
}

}  // namespace

void RegisterAdminRoutes(Router& r) {
  ServerCore* core = &r.core();
  r.Get("/api/v1/admin/audit", Permission::kReadAudit, [core](Call& c) { Audit(c, *core); });
  r.Get("/api/v1/admin/users", Permission::kManageUsers, [core](Call& c) { Users(c, *core); });
  r.Post("/api/v1/admin/users", Permission::kManageUsers, [core](Call& c) { AddUser(c, *core); });
}

}  // namespace ariadne::server
