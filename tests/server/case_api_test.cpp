// The case API over real HTTP on loopback (docs/api.md): what each route answers, and every access
// rule (no session, wrong role, other case, CSRF, content type, body size, rate limits).
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <set>
#include <thread>

#include "server/fixture.h"
#include "store/search_index.h"

namespace ariadne::testing {
namespace {

// The case id of an ad by its source id (from a search by that id's site).
int64_t AdId(httplib::Client& c, const Login& l, const std::string& source_id) {
  auto r = c.Get("/api/v1/cases/alpha/search?limit=100", WithSession(l, false));
  if (!r || r->status != 200) {
    ADD_FAILURE() << "search: " << (r ? r->body : "no answer");
    return 0;
  }
  const nlohmann::json found = Json(r);
  for (const auto& h : found["hits"]) {
    if (h["source_id"] == source_id) return h["id"].get<int64_t>();
  }
  ADD_FAILURE() << "no ad " << source_id << " in " << r->body;
  return 0;
}

class CaseApiTest : public ServerTest {};

TEST_F(CaseApiTest, EveryCaseRouteNeedsASession) {
  httplib::Client c = Client();
  const std::string sha(64, 'a');
  for (const std::string& path :
       std::vector<std::string>{"/api/v1/cases/alpha/dashboard", "/api/v1/cases/alpha/search?q=x",
                                "/api/v1/cases/alpha/ads/1", "/api/v1/cases/alpha/ads/1/original",
                                "/api/v1/cases/alpha/blobs/" + sha, "/api/v1/cases/alpha/clusters",
                                "/api/v1/cases/alpha/clusters/1", "/api/v1/cases/alpha/graph?doc=1",
                                "/api/v1/cases/alpha/cities", "/api/v1/cases/alpha/decisions",
                                "/api/v1/admin/audit", "/api/v1/admin/users"}) {
    auto r = c.Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 401) << path;
    EXPECT_EQ(Json(r)["error"], "login required") << path;
  }
  auto post = c.Post("/api/v1/cases/alpha/decisions", R"({"target":"ad:1","decision":"reviewed"})",
                     "application/json");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 401);
}

TEST_F(CaseApiTest, AnotherCaseIsNotFoundAsIfItDidNotExist) {
  const Login bob = LogIn("bob");  // a member of beta only
  httplib::Client c = Client();
  for (const std::string path :
       {"/api/v1/cases/alpha/dashboard", "/api/v1/cases/alpha/search?q=discreet",
        "/api/v1/cases/alpha/ads/1", "/api/v1/cases/alpha/clusters", "/api/v1/cases/alpha/cities",
        "/api/v1/cases/nosuch/dashboard"}) {
    auto r = c.Get(path, WithSession(bob, false));
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 404) << path;
    EXPECT_EQ(Json(r)["error"], "no such case") << path;
  }
  auto own = c.Get("/api/v1/cases/beta/dashboard", WithSession(bob, false));
  ASSERT_TRUE(own);
  EXPECT_EQ(own->status, 200) << own->body;
  auto post = c.Post("/api/v1/cases/alpha/decisions", WithSession(bob),
                     R"({"target":"ad:1","decision":"reviewed"})", "application/json");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 404);
}

TEST_F(CaseApiTest, APartnerReadsButSeesNoOriginalsAndCannotDecide) {
  const Login pat = LogIn("pat");
  const Login ana = LogIn("ana");
  httplib::Client c = Client();
  const int64_t a1 = AdId(c, ana, "a1");
  ASSERT_GT(a1, 0);
  auto ad = c.Get(fmt::format("/api/v1/cases/alpha/ads/{}", a1), WithSession(pat, false));
  ASSERT_TRUE(ad);
  ASSERT_EQ(ad->status, 200) << ad->body;
  EXPECT_TRUE(Json(ad)["original"].is_null());
  EXPECT_TRUE(Json(ad)["images"].empty());
  auto full = c.Get(fmt::format("/api/v1/cases/alpha/ads/{}", a1), WithSession(ana, false));
  ASSERT_TRUE(full);
  ASSERT_EQ(Json(full)["images"].size(), 1u);
  const std::string sha = Json(full)["images"][0]["sha256"];

  auto original =
      c.Get(fmt::format("/api/v1/cases/alpha/ads/{}/original", a1), WithSession(pat, false));
  ASSERT_TRUE(original);
  EXPECT_EQ(original->status, 403);
  auto image = c.Get("/api/v1/cases/alpha/blobs/" + sha, WithSession(pat, false));
  ASSERT_TRUE(image);
  EXPECT_EQ(image->status, 403);
  auto decide =
      c.Post("/api/v1/cases/alpha/decisions", WithSession(pat),
             fmt::format(R"({{"target":"ad:{}","decision":"reviewed"}})", a1), "application/json");
  ASSERT_TRUE(decide);
  EXPECT_EQ(decide->status, 403);
  auto search = c.Get("/api/v1/cases/alpha/search?q=discreet", WithSession(pat, false));
  ASSERT_TRUE(search);
  EXPECT_EQ(search->status, 200);
}

TEST_F(CaseApiTest, OnlyAdminsManageUsersAndReadTheAudit) {
  httplib::Client c = Client();
  for (const char* user : {"rui", "ana", "pat"}) {
    const Login l = LogIn(user);
    for (const char* path : {"/api/v1/admin/users", "/api/v1/admin/audit"}) {
      auto r = c.Get(path, WithSession(l, false));
      ASSERT_TRUE(r);
      EXPECT_EQ(r->status, 403) << user << " " << path;
    }
    auto add = c.Post("/api/v1/admin/users", WithSession(l),
                      R"({"user":"mallory","password":"a long enough password","role":"admin"})",
                      "application/json");
    ASSERT_TRUE(add);
    EXPECT_EQ(add->status, 403) << user;
  }
  const Login rui = LogIn("rui");  // reviewers decide
  const int64_t a1 = AdId(c, rui, "a1");
  auto decide = c.Post("/api/v1/cases/alpha/decisions", WithSession(rui),
                       fmt::format(R"({{"target":"ad:{}","decision":"not_a_concern"}})", a1),
                       "application/json");
  ASSERT_TRUE(decide);
  EXPECT_EQ(decide->status, 200) << decide->body;
}

TEST_F(CaseApiTest, WritesNeedTheCsrfTokenJsonAndASmallBody) {
  const Login ana = LogIn("ana");
  httplib::Client c = Client();
  const std::string body = R"({"target":"ad:1","decision":"reviewed"})";
  auto none =
      c.Post("/api/v1/cases/alpha/decisions", WithSession(ana, false), body, "application/json");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->status, 403);
  EXPECT_EQ(Json(none)["error"], "CSRF token missing or wrong");
  httplib::Headers wrong{{"Cookie", ana.cookie}, {"X-CSRF-Token", LogIn("ana").csrf}};
  auto other = c.Post("/api/v1/cases/alpha/decisions", wrong, body, "application/json");
  ASSERT_TRUE(other);
  EXPECT_EQ(other->status, 403);  // another session's token

  auto text = c.Post("/api/v1/cases/alpha/decisions", WithSession(ana), body, "text/plain");
  ASSERT_TRUE(text);
  EXPECT_EQ(text->status, 415);
  auto form = c.Post("/api/v1/cases/alpha/decisions", WithSession(ana), "target=ad:1",
                     "application/x-www-form-urlencoded");
  ASSERT_TRUE(form);
  EXPECT_EQ(form->status, 415);

  const std::string huge =
      R"({"target":"ad:1","decision":"reviewed","note":")" + std::string(70 * 1024, 'x') + "\"}";
  auto big = c.Post("/api/v1/cases/alpha/decisions", WithSession(ana), huge, "application/json");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  EXPECT_FALSE(Json(big)["error"].get<std::string>().empty());
  EXPECT_EQ(big->get_header_value("X-Content-Type-Options"), "nosniff");

  auto broken =
      c.Post("/api/v1/cases/alpha/decisions", WithSession(ana), "{not json", "application/json");
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->status, 400);
}

TEST_F(CaseApiTest, DashboardCountsAndWeeklyTrends) {
  const Login ana = LogIn("ana");
  httplib::Client c = Client();
  auto r = c.Get("/api/v1/cases/alpha/dashboard", WithSession(ana, false));
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  const nlohmann::json d = Json(r);
  EXPECT_EQ(d["counts"]["documents"], 5);
  EXPECT_GT(d["counts"]["selectors"].get<int64_t>(), 3);
  EXPECT_GE(d["counts"]["clusters"].get<int64_t>(), 1);
  EXPECT_EQ(d["counts"]["tips_open"], 0);
  EXPECT_FALSE(d["bands"].empty());
  std::set<std::string> sites;
  for (const auto& w : d["weekly"]["site"]) sites.insert(w["name"]);
  EXPECT_TRUE(sites.count("ads.example"));
  std::set<std::string> cities;
  for (const auto& w : d["weekly"]["city"]) {
    cities.insert(w["name"]);
    EXPECT_EQ(w["week"].get<std::string>().size(), 10u);
  }
  EXPECT_TRUE(cities.count("London") && cities.count("Manchester") && cities.count("Leeds"));
  EXPECT_TRUE(d["weekly"].contains("indicator"));
}

TEST_F(CaseApiTest, SearchHasSegmentsFacetsFiltersAndIsAudited) {
  const Login ana = LogIn("ana");
  httplib::Client c = Client();
  auto r = c.Get("/api/v1/cases/alpha/search?q=discreet", WithSession(ana, false));
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  nlohmann::json s = Json(r);
  EXPECT_EQ(s["total"], 3);
  bool hit_segment = false;
  for (const auto& seg : s["hits"][0]["snippet"]) {
    if (seg["hit"] == true) {
      hit_segment = true;
      EXPECT_EQ(seg["text"], "discreet");
    }
  }
  EXPECT_TRUE(hit_segment) << s["hits"][0];
  EXPECT_EQ(s["facets"]["site"][0]["name"], "ads.example");
  EXPECT_EQ(s["facets"]["city"].size(), 3u);
  EXPECT_FALSE(s["facets"]["selector_type"].empty());

  auto london = c.Get("/api/v1/cases/alpha/search?q=discreet&city=London", WithSession(ana, false));
  ASSERT_TRUE(london);
  EXPECT_EQ(Json(london)["total"], 1);
  EXPECT_EQ(Json(london)["hits"][0]["location"], "London");
  auto email = c.Get("/api/v1/cases/alpha/search?selector_type=email", WithSession(ana, false));
  ASSERT_TRUE(email);
  ASSERT_EQ(Json(email)["total"], 1) << email->body;
  EXPECT_EQ(Json(email)["hits"][0]["source_id"], "a3");
  auto labour = c.Get("/api/v1/cases/alpha/search?kind=labour&from=2026-01-01&to=2026-12-31",
                      WithSession(ana, false));
  ASSERT_TRUE(labour);
  EXPECT_EQ(Json(labour)["total"], 1);
  auto two_sites = c.Get("/api/v1/cases/alpha/search?site=jobs.example&site=evil.example",
                         WithSession(ana, false));
  ASSERT_TRUE(two_sites);
  EXPECT_EQ(Json(two_sites)["total"], 2);

  auto bad = c.Get("/api/v1/cases/alpha/search?q=%22unclosed", WithSession(ana, false));
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_FALSE(Json(bad)["error"].get<std::string>().empty());
  auto bad_date = c.Get("/api/v1/cases/alpha/search?from=yesterday", WithSession(ana, false));
  ASSERT_TRUE(bad_date);
  EXPECT_EQ(bad_date->status, 400);
  auto impossible = c.Get("/api/v1/cases/alpha/search?to=2024-02-30", WithSession(ana, false));
  ASSERT_TRUE(impossible);
  EXPECT_EQ(impossible->status, 400);
  auto typed =
      c.Get("/api/v1/cases/alpha/search?q=discreet+to%3A2024-02-30", WithSession(ana, false));
  ASSERT_TRUE(typed);
  EXPECT_EQ(typed->status, 400);

  const Login adm = LogIn("adm");
  auto audit = c.Get("/api/v1/admin/audit?limit=1000", WithSession(adm, false));
  ASSERT_TRUE(audit);
  ASSERT_EQ(audit->status, 200);
  bool logged = false;
  const nlohmann::json entries = Json(audit);
  for (const auto& e : entries) {
    logged = logged || (e["action"] == "search" && e["user"] == "ana" && e["case"] == "alpha" &&
                        e["object"] == "discreet");
  }
  EXPECT_TRUE(logged);
}

// A chat segment (docs/case-format.md): a search hit names the message it is in, and the document
// view lists the messages with sender, time and ranges in the text and in the original.
TEST_F(CaseApiTest, ChatSegmentsNameTheirMessagesInSearchAndView) {
  const Login bob = LogIn("bob");
  httplib::Client c = Client();
  const nlohmann::json found =
      Json(c.Get("/api/v1/cases/beta/search?q=money", WithSession(bob, false)));
  ASSERT_EQ(found["hits"].size(), 1u) << found.dump();
  const nlohmann::json& hit = found["hits"][0];
  EXPECT_EQ(hit["site"], "whatsapp");
  EXPECT_EQ(hit["message"]["ordinal"], 2);
  EXPECT_EQ(hit["message"]["sender"], "Anna");
  EXPECT_EQ(hit["message"]["posted_at"], "2026-03-12T21:17:00");
  EXPECT_EQ(hit["message"]["line"], 3);
  const nlohmann::json ad = Json(c.Get(
      fmt::format("/api/v1/cases/beta/ads/{}", hit["id"].get<int64_t>()), WithSession(bob, false)));
  const std::string text = ad["text"];
  ASSERT_EQ(ad["messages"].size(), 3u) << ad.dump();
  EXPECT_FALSE(ad["attributes"].contains("messages"));
  EXPECT_EQ(ad["attributes"]["chat_segment"], 2);
  const nlohmann::json& ben = ad["messages"][1];
  EXPECT_EQ(ben["sender"], "Ben");
  EXPECT_EQ(text.substr(ben["start"].get<size_t>(),
                        ben["end"].get<size_t>() - ben["start"].get<size_t>()),
            "ok");
  EXPECT_EQ(ben["byte_start"], 44);
  EXPECT_EQ(ben["byte_end"], 72);
  // The phone number is a selector inside the third message's text range.
  bool phone = false;
  for (const nlohmann::json& sel : ad["selectors"]) {
    if (sel["type"] != "phone") continue;
    phone = true;
    EXPECT_GE(sel["start"].get<int64_t>(), ad["messages"][2]["start"].get<int64_t>());
    EXPECT_LE(sel["end"].get<int64_t>(), ad["messages"][2]["end"].get<int64_t>());
  }
  EXPECT_TRUE(phone) << ad["selectors"].dump();
  // Other documents have no messages.
  const nlohmann::json other =
      Json(c.Get("/api/v1/cases/beta/search?q=plumber", WithSession(bob, false)));
  ASSERT_EQ(other["hits"].size(), 1u);
  EXPECT_FALSE(other["hits"][0].contains("message"));
}

TEST_F(CaseApiTest, AdViewExplainsTheAdAndHostileTextStaysText) {
  const Login ana = LogIn("ana");
  httplib::Client c = Client();
  const int64_t x1 = AdId(c, ana, "x1");
  ASSERT_GT(x1, 0);
  auto r = c.Get(fmt::format("/api/v1/cases/alpha/ads/{}", x1), WithSession(ana, false));
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8");
  const nlohmann::json ad = Json(r);
  EXPECT_NE(ad["text"].get<std::string>().find("<script>window.pwned=1</script>"),
            std::string::npos);

  const int64_t a3 = AdId(c, ana, "a3");
  auto full = c.Get(fmt::format("/api/v1/cases/alpha/ads/{}", a3), WithSession(ana, false));
  ASSERT_TRUE(full);
  const nlohmann::json a = Json(full);
  const std::string text = a["text"];
  ASSERT_FALSE(a["selectors"].empty());
  for (const auto& s : a["selectors"]) {
    const int64_t start = s["start"], end = s["end"];
    ASSERT_LE(end, static_cast<int64_t>(text.size()));
    EXPECT_LT(start, end);
  }
  EXPECT_EQ(a["location"], "Leeds");
  EXPECT_EQ(a["provenance"]["format"], "ads-jsonl");
  EXPECT_EQ(a["provenance"]["blob_sha256"].get<std::string>().size(), 64u);
  EXPECT_EQ(a["original"]["media_type"], "text/plain; charset=utf-8");
  EXPECT_FALSE(a["custody"].empty());
  EXPECT_TRUE(a["cluster_id"].is_number());
  EXPECT_TRUE(a["score"].is_object());

  auto missing = c.Get("/api/v1/cases/alpha/ads/999999", WithSession(ana, false));
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
}

TEST_F(CaseApiTest, AnImportedPageIsShownAsAPageUnderTheSandbox) {
  const Login bob = LogIn("bob");
  httplib::Client c = Client();
  auto found = c.Get("/api/v1/cases/beta/search?q=ferryboat", WithSession(bob, false));
  ASSERT_TRUE(found);
  ASSERT_EQ(found->status, 200) << found->body;
  ASSERT_EQ(Json(found)["hits"].size(), 1u) << found->body;
  const int64_t id = Json(found)["hits"][0]["id"];
  auto ad = c.Get(fmt::format("/api/v1/cases/beta/ads/{}", id), WithSession(bob, false));
  ASSERT_TRUE(ad);
  EXPECT_EQ(Json(ad)["original"]["media_type"], "text/html");
  auto r = c.Get(fmt::format("/api/v1/cases/beta/ads/{}/original", id), WithSession(bob, false));
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/html");
  EXPECT_EQ(r->get_header_value("Content-Disposition"), "");  // shown, not downloaded
  EXPECT_EQ(r->get_header_value("Content-Security-Policy"),
            "sandbox; default-src 'none'; img-src 'self'");
  EXPECT_NE(r->body.find("Ferryboat rooms"), std::string::npos);
}

TEST_F(CaseApiTest, OriginalsAreSandboxedAndEachViewIsInTheCustodyLog) {
  const Login ana = LogIn("ana");
  httplib::Client c = Client();
  const int64_t x1 = AdId(c, ana, "x1");
  const auto views = [] {
    return SqlColumn(ServerEnv::Get().alpha(),
                     "SELECT count(*) FROM custody_events WHERE action = 'view'")[0];
  };
  const std::string before = views();
  auto r = c.Get(fmt::format("/api/v1/cases/alpha/ads/{}/original", x1), WithSession(ana, false));
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(r->get_header_value("Content-Security-Policy"),
            "sandbox; default-src 'none'; img-src 'self'");
  EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/plain; charset=utf-8");
  EXPECT_NE(r->body.find("\"x1\""), std::string::npos);  // the JSON line as imported
  EXPECT_EQ(r->body.find("\"a1\""), std::string::npos);  // and nothing else of the file
  EXPECT_EQ(std::stoi(views()), std::stoi(before) + 1);
  const auto actors =
      SqlColumn(ServerEnv::Get().alpha(),
                "SELECT actor FROM custody_events WHERE action = 'view' ORDER BY seq DESC LIMIT 1");
  EXPECT_EQ(actors[0], "ana");

  const int64_t a1 = AdId(c, ana, "a1");
  const std::string sha = Json(c.Get(fmt::format("/api/v1/cases/alpha/ads/{}", a1),
                                     WithSession(ana, false)))["images"][0]["sha256"];
  auto image = c.Get("/api/v1/cases/alpha/blobs/" + sha, WithSession(ana, false));
  ASSERT_TRUE(image);
  ASSERT_EQ(image->status, 200) << image->body;
  EXPECT_EQ(image->get_header_value("Content-Type"), "image/jpeg");
  EXPECT_EQ(image->get_header_value("Content-Security-Policy"),
            "sandbox; default-src 'none'; img-src 'self'");
  EXPECT_EQ(std::stoi(views()), std::stoi(before) + 2);
  // A blob of the case that is not an image of an ad (the imported file) is not served here.
  const std::string file_sha = Json(c.Get(fmt::format("/api/v1/cases/alpha/ads/{}", a1),
                                          WithSession(ana, false)))["provenance"]["blob_sha256"];
  auto not_image = c.Get("/api/v1/cases/alpha/blobs/" + file_sha, WithSession(ana, false));
  ASSERT_TRUE(not_image);
  EXPECT_EQ(not_image->status, 404);
}

TEST_F(CaseApiTest, ClustersWithTimelineMovementsGraphAndCities) {
  const Login ana = LogIn("ana");
  httplib::Client c = Client();
  auto list = c.Get("/api/v1/cases/alpha/clusters", WithSession(ana, false));
  ASSERT_TRUE(list);
  ASSERT_EQ(list->status, 200) << list->body;
  ASSERT_FALSE(Json(list).empty());
  const nlohmann::json top = Json(list)[0];
  EXPECT_GE(top["size"].get<int64_t>(), 3);
  EXPECT_FALSE(top["reasons"].empty());
  const int64_t id = top["id"];

  auto detail = c.Get(fmt::format("/api/v1/cases/alpha/clusters/{}", id), WithSession(ana, false));
  ASSERT_TRUE(detail);
  ASSERT_EQ(detail->status, 200);
  const nlohmann::json d = Json(detail);
  EXPECT_EQ(d["ads"].size(), top["size"].get<size_t>());
  std::vector<std::string> route;
  for (const auto& m : d["movements"])
    route.push_back(m["from"].get<std::string>() + ">" + m["to"].get<std::string>());
  EXPECT_EQ(route, (std::vector<std::string>{"London>Manchester", "Manchester>Leeds"}));
  EXPECT_EQ(d["timeline"][0]["date"], "2026-05-04");

  auto graph =
      c.Get(fmt::format("/api/v1/cases/alpha/graph?cluster={}", id), WithSession(ana, false));
  ASSERT_TRUE(graph);
  ASSERT_EQ(graph->status, 200) << graph->body;
  std::set<std::string> types;
  const nlohmann::json graph_json = Json(graph);
  for (const auto& n : graph_json["nodes"]) types.insert(n["type"]);
  EXPECT_TRUE(types.count("ad") && types.count("phone"));
  EXPECT_FALSE(Json(graph)["edges"].empty());
  EXPECT_EQ(Json(graph)["truncated"], false);
  auto only_email = c.Get(fmt::format("/api/v1/cases/alpha/graph?cluster={}&kinds=email", id),
                          WithSession(ana, false));
  ASSERT_TRUE(only_email);
  const nlohmann::json filtered = Json(only_email);
  for (const auto& n : filtered["nodes"]) EXPECT_NE(n["type"], "phone");
  for (const auto& e : filtered["edges"]) EXPECT_EQ(e["kind"], "email");
  auto ego = c.Get(
      fmt::format("/api/v1/cases/alpha/graph?doc={}&hops=2", d["ads"][0]["id"].get<int64_t>()),
      WithSession(ana, false));
  ASSERT_TRUE(ego);
  EXPECT_EQ(ego->status, 200);
  auto by_phone =
      c.Get("/api/v1/cases/alpha/graph?selector=%2B447700900123&hops=1", WithSession(ana, false));
  ASSERT_TRUE(by_phone);
  EXPECT_EQ(by_phone->status, 200) << by_phone->body;
  EXPECT_GE(Json(by_phone)["nodes"].size(), 3u);
  auto bad_kind = c.Get("/api/v1/cases/alpha/graph?doc=1&kinds=telepathy", WithSession(ana, false));
  ASSERT_TRUE(bad_kind);
  EXPECT_EQ(bad_kind->status, 400);

  auto cities = c.Get("/api/v1/cases/alpha/cities", WithSession(ana, false));
  ASSERT_TRUE(cities);
  ASSERT_EQ(cities->status, 200);
  std::map<std::string, double> lat;
  const nlohmann::json places = Json(cities);
  for (const auto& p : places) lat[p["name"]] = p["lat"];
  ASSERT_TRUE(lat.count("London"));
  EXPECT_NEAR(lat["London"], 51.5, 0.1);
  EXPECT_TRUE(lat.count("Manchester") && lat.count("Leeds") && lat.count("Bristol"));
}

TEST_F(CaseApiTest, DecisionsAreStoredListedAndInTheCustodyLog) {
  const Login ana = LogIn("ana");
  httplib::Client c = Client();
  const int64_t b1 = AdId(c, ana, "b1");
  auto r = c.Post("/api/v1/cases/alpha/decisions", WithSession(ana),
                  nlohmann::json{{"target", fmt::format("ad:{}", b1)},
                                 {"decision", "referred"},
                                 {"note", "<b>to the labour inspectorate</b>"}}
                      .dump(),
                  "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  const nlohmann::json d = Json(r);
  EXPECT_EQ(d["decision"], "referred");
  EXPECT_EQ(d["user"], "ana");
  EXPECT_EQ(d["note"], "<b>to the labour inspectorate</b>");
  auto list =
      c.Get(fmt::format("/api/v1/cases/alpha/decisions?target=ad:{}", b1), WithSession(ana, false));
  ASSERT_TRUE(list);
  ASSERT_FALSE(Json(list).empty());
  EXPECT_EQ(Json(list)[0]["id"], d["id"]);
  const auto events = SqlColumn(
      ServerEnv::Get().alpha(),
      fmt::format(
          "SELECT details FROM custody_events WHERE action = 'decision' AND object = 'document:{}'",
          b1));
  ASSERT_FALSE(events.empty());
  EXPECT_NE(events.back().find("referred"), std::string::npos);
  auto ad = c.Get(fmt::format("/api/v1/cases/alpha/ads/{}", b1), WithSession(ana, false));
  EXPECT_EQ(Json(ad)["decisions"][0]["decision"], "referred");

  for (const std::string bad :
       {R"({"target":"ad:1","decision":"guilty"})",
        R"({"target":"person:1","decision":"reviewed"})", R"({"decision":"reviewed"})"}) {
    auto b = c.Post("/api/v1/cases/alpha/decisions", WithSession(ana), bad, "application/json");
    ASSERT_TRUE(b);
    EXPECT_EQ(b->status, 400) << bad;
  }
  auto missing = c.Post("/api/v1/cases/alpha/decisions", WithSession(ana),
                        R"({"target":"cluster:999999","decision":"reviewed"})", "application/json");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
}

TEST_F(CaseApiTest, AdminsAddUsersAndReadTheAuditLog) {
  const Login adm = LogIn("adm");
  httplib::Client c = Client();
  auto users = c.Get("/api/v1/admin/users", WithSession(adm, false));
  ASSERT_TRUE(users);
  ASSERT_EQ(users->status, 200);
  EXPECT_GE(Json(users).size(), 5u);
  auto added = c.Post(
      "/api/v1/admin/users", WithSession(adm),
      R"({"user":"newbie","password":"twelve chars or more","role":"reviewer","cases":["alpha"]})",
      "application/json");
  ASSERT_TRUE(added);
  ASSERT_EQ(added->status, 200) << added->body;
  EXPECT_EQ(Json(added),
            (nlohmann::json{{"user", "newbie"}, {"role", "reviewer"}, {"cases", {"alpha"}}}));
  EXPECT_EQ(LogIn("newbie", "twelve chars or more").answer["role"], "reviewer");
  auto again = c.Post("/api/v1/admin/users", WithSession(adm),
                      R"({"user":"newbie","password":"twelve chars or more","role":"reviewer"})",
                      "application/json");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 409);
  auto short_pw =
      c.Post("/api/v1/admin/users", WithSession(adm),
             R"({"user":"shorty","password":"short","role":"reviewer"})", "application/json");
  ASSERT_TRUE(short_pw);
  EXPECT_EQ(short_pw->status, 400);
  auto bad_case = c.Post(
      "/api/v1/admin/users", WithSession(adm),
      R"({"user":"lost","password":"twelve chars or more","role":"analyst","cases":["nosuch"]})",
      "application/json");
  ASSERT_TRUE(bad_case);
  EXPECT_EQ(bad_case->status, 400);

  (void)c.Post("/api/v1/login", R"({"user":"adm","password":"wrong password"})",
               "application/json");
  auto audit = c.Get("/api/v1/admin/audit?limit=3", WithSession(adm, false));
  ASSERT_TRUE(audit);
  const nlohmann::json log = Json(audit);
  ASSERT_EQ(log.size(), 3u);
  // Newest first: the failed login, newbie's login, the user's creation.
  EXPECT_EQ(log[0]["action"], "login.failed");
  EXPECT_EQ(log[0]["object"], "user:adm");
  EXPECT_EQ(log[1]["action"], "login");
  EXPECT_EQ(log[1]["user"], "newbie");
  EXPECT_EQ(log[2]["action"], "user.add");
  EXPECT_EQ(log[2]["user"], "adm");
  EXPECT_GT(log[0]["id"].get<int64_t>(), log[1]["id"].get<int64_t>());
  auto older =
      c.Get(fmt::format("/api/v1/admin/audit?limit=1&before={}", log[2]["id"].get<int64_t>()),
            WithSession(adm, false));
  ASSERT_TRUE(older);
  const nlohmann::json before = Json(older);
  ASSERT_EQ(before.size(), 1u);
  EXPECT_LT(before[0]["id"].get<int64_t>(), log[2]["id"].get<int64_t>());
  EXPECT_EQ(before[0]["action"], "login");  // adm's own login
  EXPECT_EQ(before[0]["user"], "adm");
  bool user_add = false;
  const nlohmann::json all_entries =
      Json(c.Get("/api/v1/admin/audit?limit=1000", WithSession(adm, false)));
  for (const auto& e : all_entries) {
    user_add = user_add || (e["action"] == "user.add" && e["object"] == "user:newbie");
  }
  EXPECT_TRUE(user_add);
}

// Rate limits need servers of their own (the shared one is generous so tests do not trip it).
TEST(RateLimits, LoginsBeyondTheLimitGet429WithRetryAfter) {
  server::ServerOptions o = ServerEnv::Get().Options();
  o.rates.login_per_minute = 3;
  auto s = server::Server::Start(o);
  ASSERT_TRUE(s.ok()) << s.status().message();
  httplib::Client c("127.0.0.1", (*s)->port());
  std::vector<int> statuses;
  for (int i = 0; i < 4; ++i) {
    auto r = c.Post("/api/v1/login", R"({"user":"ana","password":"wrong password!"})",
                    "application/json");
    ASSERT_TRUE(r);
    statuses.push_back(r->status);
    if (r->status == 429) {
      EXPECT_GE(std::stoi(r->get_header_value("Retry-After")), 1);
      EXPECT_EQ(Json(r)["error"], "too many requests: wait a minute and try again");
    }
  }
  EXPECT_EQ(statuses, (std::vector<int>{401, 401, 401, 429}));
}

TEST(RateLimits, AnyRequestBeyondTheGeneralLimitGets429) {
  server::ServerOptions o = ServerEnv::Get().Options();
  o.rates.general_per_minute = 5;
  auto s = server::Server::Start(o);
  ASSERT_TRUE(s.ok()) << s.status().message();
  httplib::Client c("127.0.0.1", (*s)->port());
  std::vector<int> statuses;
  for (int i = 0; i < 7; ++i) {
    auto r = c.Get(i % 2 ? "/api/v1/me" : "/");
    ASSERT_TRUE(r);
    statuses.push_back(r->status);
  }
  EXPECT_EQ(statuses, (std::vector<int>{200, 401, 200, 401, 200, 429, 429}));
}

// An import does not wait for the full-text index (store/search_index.h): a server indexes what
// its cases lack in the background as it starts, before anyone searches.
TEST(ServerStart, IndexesWhatTheCasesSearchIndexLacksInTheBackground) {
  TempDir dir;
  auto init = RunAriadne(dir.path(), {"init", "case", "--name", "n", "--purpose", "p",
                                      "--legal-basis", "synthetic data", "--retention-days", "1"});
  ASSERT_EQ(init.exit_code, 0) << init.err;
  dir.Write("ads.jsonl",
            "{\"id\":\"1\",\"site\":\"s.example\",\"text\":\"first quiet room\"}\n"
            "{\"id\":\"2\",\"site\":\"s.example\",\"text\":\"second quiet room\"}\n");
  ASSERT_EQ(::setenv("ARIADNE_IMPORT_INDEXER", "0", 1), 0);  // the whole index left behind
  auto imported = RunAriadne(dir.path(), {"import", "--case", "case", "ads.jsonl"});
  ::unsetenv("ARIADNE_IMPORT_INDEXER");
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  auto backlog_now = [&]() -> int64_t {
    Result<int64_t> n = store::SearchIndexBacklog(dir / "case");
    return n.ok() ? *n : -1;
  };
  ASSERT_EQ(backlog_now(), 2);
  server::ServerOptions o = ServerEnv::Get().Options();
  o.cases = {dir / "case"};
  auto s = server::Server::Start(o);
  ASSERT_TRUE(s.ok()) << s.status().message();
  int64_t backlog = -1;
  for (int i = 0; i < 1000 && backlog != 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    backlog = backlog_now();
  }
  EXPECT_EQ(backlog, 0);
}

}  // namespace
}  // namespace ariadne::testing
