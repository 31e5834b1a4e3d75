// Small HTTP helpers shared by the server's route files (internal to src/server).
#pragma once

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace ariadne::server {

inline constexpr const char* kSessionCookie = "ariadne_session";

// The CSP of every page and API answer (docs/api.md).
inline constexpr const char* kCsp =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
    "connect-src 'self'; font-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'";
// The CSP of captured originals and images: a sandbox without scripts, forms or plugins.
inline constexpr const char* kSandboxCsp = "sandbox; default-src 'none'; img-src 'self'";

// The value of cookie `name` in the request ("" when absent).
std::string CookieValue(const httplib::Request& req, std::string_view name);
// Whether a Content-Type header says JSON ("application/json", with or without a charset).
bool IsJsonContentType(std::string_view content_type);
void ReplyJson(httplib::Response& res, const nlohmann::json& body, int status = 200);
void ReplyError(httplib::Response& res, int status, std::string_view message);
// The request path as the server's log may show it: anything after /api/v1/public/tips/ but the
// status route is replaced by "(redacted)" (a receipt code put in a path by an old or mistaken
// client), so a log never holds what the case stores only hashed.
std::string PathForLog(const httplib::Request& req);
// Adds the security headers a response does not have yet.
void AddSecurityHeaders(const httplib::Request& req, httplib::Response& res);

}  // namespace ariadne::server
