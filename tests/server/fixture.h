// A real `ariadne serve` (server::Server in this process) on loopback over two small synthetic
// cases, with one user per role, and an httplib client that logs in like the web UI does.
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "custody/custody_case.h"
#include "privacy/accounts.h"
#include "server/server.h"
#include "support/run_command.h"
#include "support/temp_dir.h"

namespace ariadne::testing {

inline constexpr const char* kPassword = "correct horse battery staple";

// A logged-in client: the session cookie and the CSRF token.
struct Login {
  std::string cookie;  // "ariadne_session=..."
  std::string csrf;
  nlohmann::json answer;
};

inline httplib::Headers WithSession(const Login& l, bool csrf = true) {
  httplib::Headers h{{"Cookie", l.cookie}};
  if (csrf) h.emplace("X-CSRF-Token", l.csrf);
  return h;
}

inline nlohmann::json Json(const httplib::Result& r) {
  if (!r) return nullptr;
  return nlohmann::json::parse(r->body, nullptr, false);
}

// The folders and accounts are made once per test program (Argon2id is slow on purpose).
class ServerEnv {
 public:
  static ServerEnv& Get() {
    static ServerEnv env;
    return env;
  }
  const std::filesystem::path& root() const { return dir_.path(); }
  std::filesystem::path home() const { return dir_ / "home"; }
  std::filesystem::path alpha() const { return dir_ / "cases" / "alpha"; }
  std::filesystem::path beta() const { return dir_ / "cases" / "beta"; }

  server::ServerOptions Options() const {
    server::ServerOptions o;
    o.cases = {alpha(), beta()};
    o.home = home();
    o.port = 0;
    o.web_dir = dir_ / "web";
    o.rates.login_per_minute = 100000;  // only the rate-limit test limits logins
    o.rates.general_per_minute = 100000;
    o.tool_version = "test";
    return o;
  }

 private:
  // Three ads of one advertiser moving London -> Manchester -> Leeds (one phone number, one
  // photo), a job ad, and an ad whose text and title are hostile HTML. Numbers from Ofcom's drama
  // range.
  static std::string Ads() {
    const std::string text =
        "Sweet new girl in the city centre, discreet apartment with parking, real photos and no "
        "rush, open every day from noon until late";
    const nlohmann::json ads[] = {
        {{"id", "a1"},
         {"site", "ads.example"},
         {"kind", "sex"},
         {"title", "New in town"},
         {"posted_at", "2026-05-04T10:00:00Z"},
         {"location", "London"},
         {"text", text + ", call 07700 900123"},
         {"images", {"p1.jpg"}}},
        {{"id", "a2"},
         {"site", "ads.example"},
         {"kind", "sex"},
         {"title", "Back again"},
         {"posted_at", "2026-05-11T10:00:00Z"},
         {"location", "Manchester"},
         {"text", text + ". Phone 07700900123 now"}},
        {{"id", "a3"},
         {"site", "ads.example"},
         {"kind", "sex"},
         {"title", "Only this week"},
         {"posted_at", "2026-05-18T10:00:00Z"},
         {"location", "Leeds"},
         {"text", text + ", number 07700 900123 or mail vip@mail.example"}},
        {{"id", "b1"},
         {"site", "jobs.example"},
         {"kind", "labour"},
         {"title", "Plumber"},
         {"posted_at", "2026-06-01T09:00:00Z"},
         {"location", "Bristol"},
         {"text",
          "Experienced plumber available for small repairs in the north of town, fair "
          "prices, call 07700 900124"}},
        {{"id", "x1"},
         {"site", "evil.example"},
         {"title", "<img src=x onerror=alert(1)>"},
         {"text",
          "<script>window.pwned=1</script> Hostile text <b>bold</b> & more, call 07700 "
          "900555"}},
    };
    std::string out;
    for (const nlohmann::json& ad : ads) out += ad.dump() + "\n";
    return out;
  }

  ServerEnv() {
    TempDir made;
    made.Write("ads.jsonl", Ads());
    made.Write("p1.jpg", std::string("\xff\xd8\xff\xe0 not really a photo", 24));
    CommandResult r = RunAriadne(
        made.path(), {"init", "case", "--name", "custody", "--purpose", "tests", "--legal-basis",
                      "synthetic", "--retention-days", "9", "--region", "GB"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    r = RunAriadne(made.path(), {"import", "--case", "case", "ads.jsonl"});
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    r = RunAriadne(made.path(), {"analyze", "--case", "case"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::filesystem::create_directories(dir_ / "cases");
    CopyTree(made / "case", alpha());
    CopyTree(made / "case", beta());
    // beta also holds an imported page (a file, not a crawl): its original is shown as a page.
    made.Write("page.html",
               "<!doctype html><html><head><title>Rooms</title></head><body><p>Ferryboat rooms "
               "to let, ask for Mira</p><script>window.pwned=1</script></body></html>");
    r = RunAriadne(made.path(), {"import", "--case", beta().string(), "page.html"});
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    // beta also holds a WhatsApp chat: one chat segment of three messages.
    made.Write("WhatsApp Chat with Anna.txt",
               "12/03/2026, 21:15 - Anna: the room is ready\n"
               "12/03/2026, 21:16 - Ben: ok\n"
               "12/03/2026, 21:17 - Anna: the money is sent, call 07700 900123\n");
    r = RunAriadne(made.path(),
                   {"import", "--case", beta().string(), "WhatsApp Chat with Anna.txt"});
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    r = RunAriadne(made.path(), {"analyze", "--case", beta().string()});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    auto accounts = privacy::Accounts::Open(home());
    EXPECT_TRUE(accounts.ok()) << accounts.status().message();
    using privacy::Role;
    const std::pair<const char*, Role> users[] = {{"ana", Role::kAnalyst},
                                                  {"rui", Role::kReviewer},
                                                  {"pat", Role::kPartner},
                                                  {"adm", Role::kAdmin}};
    for (const auto& [name, role] : users) {
      Status s = (*accounts)->AddUser(name, role, kPassword, {"alpha"});
      EXPECT_TRUE(s.ok()) << s.message();
    }
    Status s = (*accounts)->AddUser("bob", Role::kAnalyst, kPassword, {"beta"});
    EXPECT_TRUE(s.ok()) << s.message();
    dir_.Write("web/index.html",
               "<!doctype html><title>Ariadne</title><script src=\"/assets/app.js\"></script>");
    dir_.Write("web/tip.html", "<!doctype html><title>Tip</title>");
    dir_.Write("web/assets/app.js", "console.log('app');");
    dir_.Write("web/assets/style.css", "body{}");
    dir_.Write("secret.txt", "outside the web folder");
  }
  TempDir dir_;
};

class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ServerEnv::Get();
    auto s = server::Server::Start(ServerEnv::Get().Options());
    ASSERT_TRUE(s.ok()) << s.status().message();
    server_ = std::move(*s).release();
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }

  httplib::Client Client() const {
    httplib::Client c("127.0.0.1", server_->port());
    c.set_read_timeout(30, 0);
    return c;
  }

  Login LogIn(const std::string& user, const std::string& password = kPassword) {
    httplib::Client c = Client();
    auto r = c.Post("/api/v1/login", nlohmann::json{{"user", user}, {"password", password}}.dump(),
                    "application/json");
    Login l;
    if (!r) {
      ADD_FAILURE() << "no answer to login";
      return l;
    }
    EXPECT_EQ(r->status, 200) << r->body;
    const std::string set = r->get_header_value("Set-Cookie");
    l.cookie = set.substr(0, set.find(';'));
    l.answer = nlohmann::json::parse(r->body, nullptr, false);
    if (l.answer.is_object()) l.csrf = l.answer.value("csrf_token", "");
    return l;
  }

  static server::Server* server_;
};

inline server::Server* ServerTest::server_ = nullptr;

}  // namespace ariadne::testing
