// The public API and the analysts' tip routes over real HTTP on loopback (server::Server in this
// process, tests/server/fixture.h: two synthetic cases, one user per role). Tips go to the first
// served case, "alpha", unless the server names another (`--tip-case`).
#include <gtest/gtest.h>

#include <chrono>
#include <regex>

#include "custody/custody_case.h"
#include "server/fixture.h"

namespace ariadne::testing {
namespace {

nlohmann::json Tip(const std::string& text, const std::string& lang = "en", bool consent = true) {
  return {{"lang", lang}, {"text", text}, {"consent", consent}};
}

class PublicApiTest : public ServerTest {
 protected:
  httplib::Result Post(const std::string& path, const nlohmann::json& body,
                       const httplib::Headers& headers = {}) {
    httplib::Client c = Client();
    return c.Post(path, headers, body.dump(), "application/json");
  }
  httplib::Result Get(const std::string& path, const httplib::Headers& headers = {}) {
    httplib::Client c = Client();
    return c.Get(path, headers);
  }
  // Sends a tip; returns its receipt code.
  std::string SendTip(const std::string& text, const std::string& lang = "en") {
    auto r = Post("/api/v1/public/tips", Tip(text, lang));
    EXPECT_TRUE(r);
    if (!r) return "";
    EXPECT_EQ(r->status, 200) << r->body;
    return Json(r).value("receipt", "");
  }
  // The tip of alpha with this text, as the analyst sees it.
  nlohmann::json FindTip(const Login& analyst, const std::string& text) {
    auto r = Get("/api/v1/cases/alpha/tips", WithSession(analyst, false));
    EXPECT_TRUE(r);
    if (!r) return nullptr;
    EXPECT_EQ(r->status, 200) << r->body;
    for (const auto& t : Json(r)) {
      if (t["text"] == text) return t;
    }
    return nullptr;
  }
  std::filesystem::path Alpha() const { return ServerEnv::Get().alpha(); }
};

TEST_F(PublicApiTest, LanguagesAndConsentTextsOfEveryLanguage) {
  auto langs = Json(Get("/api/v1/public/languages"));
  std::set<std::string> codes;
  for (const auto& l : langs) codes.insert(l["code"].get<std::string>());
  for (const char* code : {"en", "fr", "de", "ro", "bg", "es", "pl", "uk"}) {
    EXPECT_TRUE(codes.contains(code)) << code;
  }
  auto ro = Json(Get("/api/v1/public/consent?lang=ro"));
  EXPECT_EQ(ro["lang"], "ro");
  EXPECT_NE(ro["tip_consent"].get<std::string>().find("112"), std::string::npos);
  EXPECT_EQ(ro["strings"]["send"], "Trimiteți sesizarea");
  auto fallback = Json(Get("/api/v1/public/consent?lang=zz"));
  EXPECT_EQ(fallback["lang"], "en");
  auto r = Get("/api/v1/public/languages");
  EXPECT_EQ(r->get_header_value("Cache-Control"), "no-store");
  EXPECT_FALSE(r->has_header("Set-Cookie"));
}

TEST_F(PublicApiTest, ATipIsAnsweredByAnAnalystAndReadBackByItsReceipt) {
  const std::string text = "The flat above the bakery: they all answer 07700 900123.";
  const std::string receipt = SendTip(text, "de");
  ASSERT_TRUE(
      std::regex_match(receipt, std::regex("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$")))
      << receipt;
  auto status = Json(Post("/api/v1/public/tips/status", {{"receipt", receipt}}));
  EXPECT_EQ(status["status"], "open");
  EXPECT_EQ(status["reply"], "");
  EXPECT_TRUE(status.contains("received_at"));
  EXPECT_FALSE(status.contains("text"));  // the code reads the status, never the tip back

  Login ana = LogIn("ana");
  nlohmann::json tip = FindTip(ana, text);
  ASSERT_TRUE(tip.is_object());
  EXPECT_EQ(tip["lang"], "de");
  EXPECT_EQ(tip["consent_version"], "de/1");
  ASSERT_EQ(tip["links"].size(), 1u);
  EXPECT_EQ(tip["links"][0]["value"], "+447700900123");
  nlohmann::json carrying = nlohmann::json::array();  // what the case says carries the number
  for (const std::string& id : SqlColumn(Alpha(),
                                         "SELECT DISTINCT document_id FROM selectors WHERE value = "
                                         "'+447700900123' ORDER BY 1")) {
    carrying.push_back(std::stoll(id));
  }
  ASSERT_GE(carrying.size(), 2u);
  EXPECT_EQ(tip["links"][0]["ads"], carrying);
  ASSERT_EQ(tip["links"][0]["clusters"].size(), 1u);

  auto triage = Json(Get("/api/v1/cases/alpha/triage", WithSession(ana, false)));
  bool in_queue = false;
  for (const auto& t : triage["tips"]) in_queue = in_queue || t["id"] == tip["id"];
  EXPECT_TRUE(in_queue);
  bool cluster_named = false;
  for (const auto& c : triage["clusters"]) {
    if (c["id"] == tip["links"][0]["clusters"][0]) {
      for (const auto& id : c["tips"]) cluster_named = cluster_named || id == tip["id"];
    }
  }
  EXPECT_TRUE(cluster_named) << triage.dump();

  const std::string path = "/api/v1/cases/alpha/tips/" + std::to_string(tip["id"].get<int>());
  auto answered = Post(path, {{"status", "in_review"}, {"reply", "Danke, wir sehen es uns an."}},
                       WithSession(ana));
  ASSERT_TRUE(answered);
  EXPECT_EQ(answered->status, 200) << answered->body;
  EXPECT_EQ(Json(answered)["updated_by"], "ana");
  status = Json(Post("/api/v1/public/tips/status", {{"receipt", receipt}}));
  EXPECT_EQ(status["status"], "in_review");
  EXPECT_EQ(status["reply"], "Danke, wir sehen es uns an.");
  EXPECT_EQ(Post("/api/v1/public/tips/status", {{"receipt", "0000-0000-0000-0000"}})->status, 404);
  EXPECT_EQ(Post("/api/v1/public/tips/status", {{"receipt", "not-a-code"}})->status, 404);
  EXPECT_EQ(Post("/api/v1/public/tips/status", nlohmann::json::object())->status, 400);
  // The code is never read from the address.
  EXPECT_EQ(Get("/api/v1/public/tips/" + receipt)->status, 404);
}

TEST_F(PublicApiTest, TipsAreRefusedWithoutConsentOverTheLimitsOrFromAnotherSite) {
  auto no_consent = Post("/api/v1/public/tips", Tip("hello", "en", false));
  EXPECT_EQ(no_consent->status, 400);
  EXPECT_NE(no_consent->body.find("consent"), std::string::npos);
  EXPECT_EQ(Post("/api/v1/public/tips", Tip(std::string(16 * 1024 + 1, 'a')))->status, 413);
  EXPECT_EQ(Post("/api/v1/public/tips", Tip("hello", "xx"))->status, 400);
  EXPECT_EQ(Post("/api/v1/public/tips", {{"text", 42}, {"consent", true}})->status, 400);
  httplib::Client raw = Client();
  EXPECT_EQ(raw.Post("/api/v1/public/tips",
                     "{\"lang\":\"en\",\"consent\":true,\"text\":\"bad \xC3\x28 utf8\"}",
                     "application/json")
                ->status,
            400);
  EXPECT_EQ(Post("/api/v1/public/tips", Tip(" \x01 "))->status, 400);
  httplib::Client c = Client();
  EXPECT_EQ(
      c.Post("/api/v1/public/tips", "text=hello&consent=true", "application/x-www-form-urlencoded")
          ->status,
      415);
  auto foreign =
      Post("/api/v1/public/tips", Tip("from elsewhere"), {{"Origin", "https://evil.example"}});
  EXPECT_EQ(foreign->status, 403);
  const std::string own = "http://127.0.0.1:" + std::to_string(server_->port());
  EXPECT_EQ(Post("/api/v1/public/tips", Tip("from our page"), {{"Origin", own}})->status, 200);
  // Nothing of the refused ones was stored, and no address of the accepted one.
  EXPECT_TRUE(SqlColumn(Alpha(), "SELECT id FROM tips WHERE text = 'from elsewhere'").empty());
  EXPECT_EQ(SqlColumn(Alpha(),
                      "SELECT coalesce(client_address, 'none') FROM tips WHERE text = "
                      "'from our page'"),
            std::vector<std::string>{"none"});
}

TEST_F(PublicApiTest, TheCheckerGivesAdviceWithTheWordsAndKeepsTheAdOnlyWithConsent) {
  const std::string ad = "Warehouse work abroad. A processing fee of 200 EUR is due before travel.";
  const auto before = SqlColumn(Alpha(), "SELECT count(*) FROM job_checks");
  auto r = Post("/api/v1/public/check-job", {{"text", ad}, {"lang", "pl"}});
  ASSERT_EQ(r->status, 200) << r->body;
  auto advice = Json(r);
  EXPECT_EQ(advice["lang"], "pl");
  EXPECT_FALSE(advice.contains("score"));
  bool fee = false;
  for (const auto& q : advice["prompted"]) {
    if (q["indicator"] != "J-FEE") continue;
    fee = true;
    EXPECT_EQ(q["advice"], "Nigdy nie płać za to, żeby dostać pracę.");
    EXPECT_EQ(q["words"][0]["text"], "processing fee");
    EXPECT_EQ(q["words"][0]["start"], 25);
  }
  EXPECT_TRUE(fee) << advice.dump();
  EXPECT_FALSE(advice["always"].empty());
  EXPECT_EQ(SqlColumn(Alpha(), "SELECT count(*) FROM job_checks"), before);  // no consent: not kept

  auto kept = Post("/api/v1/public/check-job", {{"text", ad}, {"lang", "pl"}, {"consent", true}});
  ASSERT_EQ(kept->status, 200);
  EXPECT_EQ(Json(kept)["kept"], true);
  EXPECT_EQ(SqlColumn(Alpha(), "SELECT consent_version FROM job_checks WHERE text = '" + ad + "'"),
            std::vector<std::string>{"pl/1"});
  EXPECT_EQ(Post("/api/v1/public/check-job", {{"text", ""}})->status, 400);
  EXPECT_EQ(Post("/api/v1/public/check-job", {{"text", "x"}, {"lang", "<script>"}})->status, 400);
}

TEST_F(PublicApiTest, OnlyAnalystsAndAdminsOfTheCaseReadAndAnswerTips) {
  SendTip("a tip for the access rules");
  EXPECT_EQ(Get("/api/v1/cases/alpha/tips")->status, 401);
  EXPECT_EQ(Get("/api/v1/cases/alpha/tips", WithSession(LogIn("rui"), false))->status, 403);
  EXPECT_EQ(Get("/api/v1/cases/alpha/tips", WithSession(LogIn("pat"), false))->status, 403);
  EXPECT_EQ(Get("/api/v1/cases/alpha/triage", WithSession(LogIn("pat"), false))->status, 403);
  EXPECT_EQ(Get("/api/v1/cases/alpha/tips", WithSession(LogIn("bob"), false))->status, 404);
  EXPECT_EQ(Get("/api/v1/cases/alpha/tips", WithSession(LogIn("adm"), false))->status, 200);
  Login ana = LogIn("ana");
  nlohmann::json tip = FindTip(ana, "a tip for the access rules");
  ASSERT_TRUE(tip.is_object());
  const std::string path = "/api/v1/cases/alpha/tips/" + std::to_string(tip["id"].get<int>());
  EXPECT_EQ(Post(path, {{"status", "closed"}}, WithSession(ana, false))->status, 403);  // no CSRF
  EXPECT_EQ(Post(path, {{"status", "deleted"}}, WithSession(ana))->status, 400);
  EXPECT_EQ(
      Post("/api/v1/cases/alpha/tips/999999", {{"status", "closed"}}, WithSession(ana))->status,
      404);
  EXPECT_EQ(Post(path, {{"status", "closed"}}, WithSession(LogIn("bob")))->status, 404);
  EXPECT_EQ(Post(path, {{"status", "closed"}}, WithSession(ana))->status, 200);
  auto open = Json(Get("/api/v1/cases/alpha/tips?status=open", WithSession(ana, false)));
  for (const auto& t : open) EXPECT_NE(t["id"], tip["id"]);
  EXPECT_EQ(Get("/api/v1/cases/alpha/tips?status=bogus", WithSession(ana, false))->status, 400);
}

// A server of its own: the public rate limit at its documented 30 a minute, and addresses kept.
TEST(PublicApiLimits, TheThirtyFirstTipOfAMinuteWaitsAndAddressesAreKeptOnlyWhenAsked) {
  server::ServerOptions o = ServerEnv::Get().Options();
  o.store_tip_addresses = true;
  auto s = server::Server::Start(o);
  ASSERT_TRUE(s.ok()) << s.status().message();
  httplib::Client c("127.0.0.1", (*s)->port());
  // The bucket holds 30 and refills one every 2 s: send until the first refusal. A slow run (a
  // sanitizer build on a loaded machine) earns refills while it sends, so the count allowed is 30
  // plus what the elapsed time refilled, never more.
  int accepted = 0;
  int last_status = 0;
  std::string retry_after;
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 200 && last_status != 429; ++i) {
    auto r = c.Post("/api/v1/public/tips", Tip("limited " + std::to_string(i)).dump(),
                    "application/json");
    ASSERT_TRUE(r);
    if (r->status == 200) ++accepted;
    last_status = r->status;
    retry_after = r->get_header_value("Retry-After");
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(last_status, 429);
  EXPECT_GE(accepted, 30);
  EXPECT_LE(accepted, 30 + static_cast<int>(seconds / 2.0) + 1) << "in " << seconds << " s";
  EXPECT_FALSE(retry_after.empty());
  EXPECT_EQ(SqlColumn(ServerEnv::Get().alpha(),
                      "SELECT DISTINCT client_address FROM tips WHERE text LIKE 'limited %'"),
            std::vector<std::string>{"127.0.0.1"});
}

// A server whose tips go to the second case (`ariadne serve --tip-case beta`); a tip case that
// is not served is refused at start.
TEST(PublicApiTipCase, TipsGoToTheNamedCaseAndAnUnknownOneIsRefused) {
  server::ServerOptions o = ServerEnv::Get().Options();
  o.tip_case = "beta";
  auto s = server::Server::Start(o);
  ASSERT_TRUE(s.ok()) << s.status().message();
  httplib::Client c("127.0.0.1", (*s)->port());
  auto r = c.Post("/api/v1/public/tips", Tip("for the beta team").dump(), "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(SqlColumn(ServerEnv::Get().beta(),
                      "SELECT count(*) FROM tips WHERE text = 'for the beta team'"),
            std::vector<std::string>{"1"});
  EXPECT_EQ(SqlColumn(ServerEnv::Get().alpha(),
                      "SELECT count(*) FROM tips WHERE text = 'for the beta team'"),
            std::vector<std::string>{"0"});
  (*s)->Stop();

  o.tip_case = "gamma";
  auto refused = server::Server::Start(o);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find("--tip-case gamma"), std::string::npos)
      << refused.status().message();
}

}  // namespace
}  // namespace ariadne::testing
