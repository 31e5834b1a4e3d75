// The Router and Call of routes.h: the checks every route gets before its handler runs.
#include <fmt/format.h>
#include <sodium.h>

#include <charconv>

#include "server/http_util.h"
#include "server/routes.h"
#include "server/server_core.h"

namespace ariadne::server {

namespace {

bool IsWrite(const std::string& method) {
  return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

// Whether a rate limit stops the request (then it is answered 429).
bool RateLimited(ServerCore& core, RateClass rate, const httplib::Request& req,
                 httplib::Response& res) {
  if (rate == RateClass::kGeneral) return false;  // paid for by every request up front
  const int wait = core.rates.Take(static_cast<int>(rate), req.remote_addr,
                                   core.PerMinute(static_cast<int>(rate)));
  if (wait == 0) return false;
  res.set_header("Retry-After", std::to_string(wait));
  ReplyError(res, 429, "too many requests: wait a minute and try again");
  return true;
}

bool BodyAccepted(const httplib::Request& req, httplib::Response& res, size_t max_body) {
  // A body must be JSON; a request without one (logout) needs no type.
  if (!req.body.empty() && !IsJsonContentType(req.get_header_value("Content-Type"))) {
    ReplyError(res, 415, "send the body as Content-Type: application/json");
    return false;
  }
  if (req.body.size() > max_body) {
    ReplyError(res, 413, fmt::format("the request body is too large: at most {} bytes", max_body));
    return false;
  }
  return true;
}

}  // namespace

std::string Call::UserName() const {
  return session_ == nullptr ? std::string() : session_->user.name;
}

std::string Call::Param(int i) const {
  if (i < 0 || static_cast<size_t>(i) >= req.matches.size()) return {};
  return req.matches[i].str();
}

std::string Call::Query(const std::string& name) const {
  return req.has_param(name.c_str()) ? req.get_param_value(name.c_str()) : std::string();
}

std::optional<int64_t> Call::QueryInt(const std::string& name, int64_t fallback, int64_t lo,
                                      int64_t hi) {
  const std::string text = Query(name);
  if (text.empty()) return fallback;
  int64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size()) {
    Error(400, fmt::format("{} must be a whole number", name));
    return std::nullopt;
  }
  return std::clamp(v, lo, hi);
}

store::Case* Call::UserCase(const std::string& case_id) {
  if (session_ == nullptr || !privacy::IsMember(session_->user, case_id) ||
      core_.FindCase(case_id) == nullptr) {
    Error(404, "no such case");
    return nullptr;
  }
  store::Case* c = core_.CaseForThread(case_id);
  if (c == nullptr) Error(500, "the case cannot be opened: see the server log");
  return c;
}

store::Case* Call::ServedCase(const std::string& case_id) {
  if (core_.FindCase(case_id) == nullptr) return nullptr;
  return core_.CaseForThread(case_id);
}

std::vector<std::string> Call::ServedCaseIds() const {
  std::vector<std::string> ids;
  for (const auto& c : core_.cases) ids.push_back(c.id);
  return ids;
}

std::filesystem::path Call::CaseDir(const std::string& case_id) const {
  const auto* c = core_.FindCase(case_id);
  return c == nullptr ? std::filesystem::path() : c->dir;
}

std::optional<nlohmann::json> Call::JsonBody() {
  nlohmann::json body = nlohmann::json::parse(req.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded() || !body.is_object()) {
    Error(400, "the body is not a JSON object: send {\"field\": value, ...}");
    return std::nullopt;
  }
  return body;
}

void Call::Json(const nlohmann::json& body, int status) {
  ReplyJson(res, body, status);
}

void Call::Error(int status, std::string_view message) {
  ReplyError(res, status, message);
}

void Call::Fail(const Status& status) {
  switch (status.kind()) {
    case ErrorKind::kNotFound:
      return Error(404, status.message());
    case ErrorKind::kInvalidInput:
      return Error(400, status.message());
    case ErrorKind::kConflict:
      return Error(409, status.message());
    default:
      fmt::print(stderr, "ariadne serve: {} {}: {}\n", req.method, PathForLog(req),
                 status.message());
      return Error(500, "the server failed: see its log");
  }
}

void Call::Audit(std::string_view action, std::string_view case_id, std::string_view object,
                 const nlohmann::json& details) {
  privacy::AuditEntry e;
  e.user = UserName();
  e.case_id = case_id;
  e.action = action;
  e.object = object;
  e.details_json = details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  Status s = core_.accounts->Audit(std::move(e));
  if (!s.ok()) fmt::print(stderr, "ariadne serve: audit log: {}\n", s.message());
}

const ServerOptions& Call::options() const {
  return core_.options;
}

void Router::AddSession(const std::string& method, const std::string& pattern,
                        privacy::Permission permission, Handler handler, RateClass rate) {
  ServerCore* core = &core_;
  auto wrapped = [core, permission, handler = std::move(handler), rate, method](
                     const httplib::Request& req, httplib::Response& res) {
    if (RateLimited(*core, rate, req, res)) return;
    const std::string token = CookieValue(req, kSessionCookie);
    Result<std::optional<privacy::Session>> session =
        token.empty() ? Result<std::optional<privacy::Session>>(std::nullopt)
                      : core->accounts->FindSession(token);
    if (!session.ok()) {
      fmt::print(stderr, "ariadne serve: sessions: {}\n", session.status().message());
      return ReplyError(res, 500, "the server failed: see its log");
    }
    if (!session->has_value()) return ReplyError(res, 401, "login required");
    const privacy::Session& s = **session;
    if (IsWrite(method)) {
      const std::string sent = req.get_header_value("X-CSRF-Token");
      if (sent.size() != s.csrf_token.size() ||
          sodium_memcmp(sent.data(), s.csrf_token.data(), sent.size()) != 0) {
        return ReplyError(res, 403, "CSRF token missing or wrong");
      }
      if (!BodyAccepted(req, res, core->options.max_body)) return;
    }
    if (!privacy::Allowed(s.user.role, permission)) {
      return ReplyError(res, 403, "your role does not allow this");
    }
    Call call(*core, req, res, &s);
    handler(call);
  };
  if (method == "GET") http_.Get(pattern, wrapped);
  if (method == "POST") http_.Post(pattern, wrapped);
}

void Router::Get(const std::string& pattern, privacy::Permission permission, Handler handler,
                 RateClass rate) {
  AddSession("GET", pattern, permission, std::move(handler), rate);
}
void Router::Post(const std::string& pattern, privacy::Permission permission, Handler handler,
                  RateClass rate) {
  AddSession("POST", pattern, permission, std::move(handler), rate);
}

void Router::PublicGet(const std::string& pattern, RateClass rate, Handler handler) {
  ServerCore* core = &core_;
  http_.Get(pattern, [core, rate, handler = std::move(handler)](const httplib::Request& req,
                                                                httplib::Response& res) {
    if (RateLimited(*core, rate, req, res)) return;
    Call call(*core, req, res, nullptr);
    handler(call);
  });
}

void Router::PublicPost(const std::string& pattern, RateClass rate, size_t max_body,
                        Handler handler) {
  ServerCore* core = &core_;
  http_.Post(pattern, [core, rate, max_body, handler = std::move(handler)](
                          const httplib::Request& req, httplib::Response& res) {
    if (RateLimited(*core, rate, req, res)) return;
    if (!BodyAccepted(req, res, max_body)) return;
    Call call(*core, req, res, nullptr);
    handler(call);
  });
}

}  // namespace ariadne::server
