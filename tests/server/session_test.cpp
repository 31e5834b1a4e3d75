// Sessions over real HTTP on loopback: login, me, cases, logout, and what a request without a
// valid session or CSRF token gets.
#include <gtest/gtest.h>

#include "server/fixture.h"

namespace ariadne::testing {
namespace {

TEST_F(ServerTest, LoginSetsASecureCookieAndAnswersTheUsersCases) {
  httplib::Client c = Client();
  auto r = c.Post("/api/v1/login", R"({"user":"ana","password":"correct horse battery staple"})",
                  "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  const std::string cookie = r->get_header_value("Set-Cookie");
  EXPECT_EQ(cookie.rfind("ariadne_session=", 0), 0u) << cookie;
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("Secure"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  EXPECT_NE(cookie.find("Path=/"), std::string::npos);
  const nlohmann::json body = Json(r);
  EXPECT_EQ(body["user"], "ana");
  EXPECT_EQ(body["role"], "analyst");
  EXPECT_EQ(body["csrf_token"].get<std::string>().size(), 64u);
  ASSERT_EQ(body["cases"].size(), 1u);
  EXPECT_EQ(body["cases"][0]["id"], "alpha");
  EXPECT_EQ(body["cases"][0]["name"], "custody");
}

TEST_F(ServerTest, WrongPasswordAndUnknownUserGetTheSameAnswer) {
  httplib::Client c = Client();
  auto wrong = c.Post("/api/v1/login", R"({"user":"ana","password":"not the password"})",
                      "application/json");
  auto unknown = c.Post("/api/v1/login", R"({"user":"nobody","password":"not the password"})",
                        "application/json");
  ASSERT_TRUE(wrong);
  ASSERT_TRUE(unknown);
  EXPECT_EQ(wrong->status, 401);
  EXPECT_EQ(unknown->status, 401);
  EXPECT_EQ(wrong->body, unknown->body);
  EXPECT_EQ(Json(wrong)["error"], "wrong user name or password");
  EXPECT_FALSE(wrong->has_header("Set-Cookie"));
}

TEST_F(ServerTest, MeAndCasesNeedASession) {
  httplib::Client c = Client();
  for (const char* path : {"/api/v1/me", "/api/v1/cases"}) {
    auto r = c.Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 401) << path;
    EXPECT_EQ(Json(r)["error"], "login required") << path;
  }
  auto forged = c.Get("/api/v1/me", {{"Cookie", "ariadne_session=" + std::string(64, 'a')}});
  ASSERT_TRUE(forged);
  EXPECT_EQ(forged->status, 401);
}

TEST_F(ServerTest, MeAnswersAsLoginAndCasesListsOnlyMemberCases) {
  const Login ana = LogIn("ana");
  httplib::Client c = Client();
  auto me = c.Get("/api/v1/me", WithSession(ana, false));
  ASSERT_TRUE(me);
  ASSERT_EQ(me->status, 200) << me->body;
  EXPECT_EQ(Json(me), ana.answer);

  auto cases = c.Get("/api/v1/cases", WithSession(ana, false));
  ASSERT_TRUE(cases);
  ASSERT_EQ(cases->status, 200);
  const nlohmann::json list = Json(cases);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["id"], "alpha");
  EXPECT_EQ(list[0]["purpose"], "tests");
  EXPECT_EQ(list[0]["documents"], 5);

  const Login adm = LogIn("adm");
  auto all = c.Get("/api/v1/cases", WithSession(adm, false));
  ASSERT_TRUE(all);
  EXPECT_EQ(Json(all).size(), 2u);  // admins see every case
}

TEST_F(ServerTest, LogoutNeedsTheCsrfTokenAndEndsTheSession) {
  const Login ana = LogIn("ana");
  httplib::Client c = Client();
  auto no_token = c.Post("/api/v1/logout", WithSession(ana, false), "", "application/json");
  ASSERT_TRUE(no_token);
  EXPECT_EQ(no_token->status, 403);
  EXPECT_EQ(Json(no_token)["error"], "CSRF token missing or wrong");

  httplib::Headers wrong = WithSession(ana, false);
  wrong.emplace("X-CSRF-Token", std::string(64, '0'));
  auto bad_token = c.Post("/api/v1/logout", wrong, "", "application/json");
  ASSERT_TRUE(bad_token);
  EXPECT_EQ(bad_token->status, 403);

  auto out = c.Post("/api/v1/logout", WithSession(ana), "", "application/json");
  ASSERT_TRUE(out);
  EXPECT_EQ(out->status, 200) << out->body;
  auto after = c.Get("/api/v1/me", WithSession(ana, false));
  ASSERT_TRUE(after);
  EXPECT_EQ(after->status, 401);
}

TEST_F(ServerTest, EveryAnswerCarriesTheSecurityHeaders) {
  httplib::Client c = Client();
  for (const char* path : {"/api/v1/me", "/", "/search", "/no/such/file.js", "/api/v1/nothing"}) {
    auto r = c.Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->get_header_value("Content-Security-Policy")
                  .rfind("default-src 'none'; script-src 'self'", 0),
              0u)
        << path;
    EXPECT_NE(r->get_header_value("Content-Security-Policy").find("frame-ancestors 'none'"),
              std::string::npos);
    EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff") << path;
    EXPECT_EQ(r->get_header_value("Referrer-Policy"), "no-referrer") << path;
    EXPECT_EQ(r->get_header_value("Cross-Origin-Opener-Policy"), "same-origin") << path;
  }
  auto api = c.Get("/api/v1/me");
  ASSERT_TRUE(api);
  EXPECT_EQ(api->get_header_value("Cache-Control"), "no-store");
}

TEST_F(ServerTest, ServesTheUiWithAnAppFallbackAndNoTraversal) {
  httplib::Client c = Client();
  auto index = c.Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_EQ(index->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(index->body.find("<title>Ariadne</title>"), std::string::npos);

  auto js = c.Get("/assets/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  EXPECT_EQ(js->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  auto css = c.Get("/assets/style.css");
  ASSERT_TRUE(css);
  EXPECT_EQ(css->get_header_value("Content-Type"), "text/css; charset=utf-8");

  auto route = c.Get("/cases/alpha/ads/3");  // a client-side route: the app's index
  ASSERT_TRUE(route);
  EXPECT_EQ(route->status, 200);
  EXPECT_NE(route->body.find("<title>Ariadne</title>"), std::string::npos);

  auto tip = c.Get("/tip");
  ASSERT_TRUE(tip);
  EXPECT_NE(tip->body.find("<title>Tip</title>"), std::string::npos);

  auto missing_asset = c.Get("/assets/missing.js");
  ASSERT_TRUE(missing_asset);
  EXPECT_EQ(missing_asset->status, 404);
  for (const char* evil : {"/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt",
                           "/.hidden", "/assets/..%2f..%2fsecret.txt"}) {
    auto r = c.Get(evil);
    ASSERT_TRUE(r) << evil;
    EXPECT_EQ(r->body.find("outside the web folder"), std::string::npos) << evil;
  }
  auto unknown_api = c.Get("/api/v1/nothing");
  ASSERT_TRUE(unknown_api);
  EXPECT_EQ(unknown_api->status, 404);
  EXPECT_EQ(Json(unknown_api)["error"], "not found");
}

}  // namespace
}  // namespace ariadne::testing
