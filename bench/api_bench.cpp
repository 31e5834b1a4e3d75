// Web API benchmark (issue 8, item 6): builds a case of N text-only synthetic ads (the demo's
// generator), analyses it with the shipped rule packs, serves it with `ariadne serve`'s server on
// loopback and times, over real HTTP, searches (words, phrases, prefixes, filters and facets) and
// ad views. Prints p50/p95/p99 latency per kind. Goal: search and ad view p95 under 100 ms on a
// 1,000,000-ad case.
//
// Usage: api_bench [--ads N] [--requests N] [--keep DIR | --reuse DIR]
//   (default 1,000,000 ads and 500 requests of each kind, temporary folder)
//   --keep DIR   build the case in DIR/case and keep it
//   --reuse DIR  serve DIR/case (made by --keep) instead of building it again
//   --only TEXT  run only the search kinds whose query contains TEXT (to profile one of them)
#include <fmt/format.h>
#include <httplib.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "capture/import.h"
#include "demo/corpus.h"
#include "flag/rules.h"
#include "pipeline/pipeline.h"
#include "privacy/accounts.h"
#include "server/server.h"
#include "store/case.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

bool Check(const ariadne::Status& s, const char* what) {
  if (!s.ok()) fmt::print(stderr, "api_bench: {}: {}\n", what, s.message());
  return s.ok();
}

bool BuildCase(const fs::path& dir, int64_t ads) {
  fs::remove_all(dir);
  fs::create_directories(dir);
  {
    std::ofstream out(dir / "ads.jsonl");
    ariadne::demo::WriteTextOnlyAds(out, ads, 20261129);
  }
  ariadne::store::CaseInfo info{"api bench", "benchmark", "synthetic data", 1, "GB", "", "", 0};
  auto c = ariadne::store::Case::Create(dir / "case", info);
  if (!Check(c.status(), "create")) return false;
  auto start = Clock::now();
  auto imported = ariadne::capture::ImportFile(**c, dir / "ads.jsonl", "", {}, {});
  if (!Check(imported.status(), "import")) return false;
  fmt::print("import of {} ads: {:.1f} s\n", ads, Seconds(start));
  start = Clock::now();
  ariadne::pipeline::AnalyzeOptions options;
  auto rules_dir = ariadne::flag::FindRulesDirectory("");
  if (rules_dir.ok()) {
    ariadne::flag::LoadReport report = ariadne::flag::LoadRules(*rules_dir);
    if (report.ok()) {
      options.rules = std::make_shared<const ariadne::flag::RuleSet>(std::move(report.rules));
    }
  }
  if (!options.rules) fmt::print(stderr, "api_bench: no rule packs found: no flags\n");
  auto analysed = ariadne::pipeline::Analyze(**c, options);
  if (!Check(analysed.status(), "analyze")) return false;
  fmt::print("analysis: {:.1f} s\n", Seconds(start));
  fs::remove(dir / "ads.jsonl");
  return true;
}

struct Latencies {
  std::vector<double> ms;
  int errors = 0;
  void Print(const char* what) {
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) {
      return ms.empty() ? 0.0 : ms[std::min(ms.size() - 1, static_cast<size_t>(q * ms.size()))];
    };
    fmt::print("{:<40} n={:<5} p50 {:7.1f} ms  p95 {:7.1f} ms  p99 {:7.1f} ms  max {:7.1f} ms{}\n",
               what, ms.size(), at(0.50), at(0.95), at(0.99), ms.empty() ? 0.0 : ms.back(),
               errors ? fmt::format("  ({} errors)", errors) : "");
  }
};

}  // namespace

int main(int argc, char** argv) {
  int64_t ads = 1000000;
  int requests = 500;
  std::string keep, reuse, only;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--ads") == 0 && i + 1 < argc) {
      ads = std::atoll(argv[++i]);
    } else if (std::strcmp(argv[i], "--requests") == 0 && i + 1 < argc) {
      requests = std::atoi(argv[++i]);
    } else if (std::strcmp(argv[i], "--keep") == 0 && i + 1 < argc) {
      keep = argv[++i];
    } else if (std::strcmp(argv[i], "--reuse") == 0 && i + 1 < argc) {
      reuse = argv[++i];
    } else if (std::strcmp(argv[i], "--only") == 0 && i + 1 < argc) {
      only = argv[++i];
    } else {
      fmt::print(
          "usage: api_bench [--ads N] [--requests N] [--keep DIR | --reuse DIR] [--only TEXT]\n");
      return 2;
    }
  }
  const fs::path dir =
      !reuse.empty()  ? fs::path(reuse)
      : !keep.empty() ? fs::path(keep)
                      : fs::temp_directory_path() / fmt::format("ariadne-api-bench-{}", getpid());
  if (reuse.empty() && !BuildCase(dir, ads)) return 1;

  const fs::path home = dir / "server";
  fs::remove_all(home);
  {
    auto accounts = ariadne::privacy::Accounts::Open(home);
    if (!Check(accounts.status(), "accounts")) return 1;
    if (!Check((*accounts)->AddUser("bench", ariadne::privacy::Role::kAnalyst, "benchmark password",
                                    {"case"}),
               "user")) {
      return 1;
    }
  }
  ariadne::server::ServerOptions options;
  options.cases = {dir / "case"};
  options.home = home;
  options.port = 0;
  options.rates = {0, 0, 0};  // unlimited: the benchmark is one client asking fast
  options.tool_version = "bench";
  auto server = ariadne::server::Server::Start(options);
  if (!Check(server.status(), "serve")) return 1;
  httplib::Client client("127.0.0.1", (*server)->port());
  client.set_keep_alive(true);
  client.set_tcp_nodelay(true);
  client.set_read_timeout(60, 0);
  auto login = client.Post("/api/v1/login", R"({"user":"bench","password":"benchmark password"})",
                           "application/json");
  if (!login || login->status != 200) {
    fmt::print(stderr, "api_bench: login failed\n");
    return 1;
  }
  const std::string cookie = login->get_header_value("Set-Cookie")
                                 .substr(0, login->get_header_value("Set-Cookie").find(';'));
  const httplib::Headers headers{{"Cookie", cookie}};

  // Queries as an analyst types them: words, a phrase, a prefix, OR, exclusions, filters, facets.
  std::vector<std::string> queries = {
      "q=discreet",
      "q=new+in+town",
      "q=%22no+experience%22",
      "q=accommodation+provided",
      "q=recruit*",
      "q=massage+OR+relax",
      "q=visa+-fee",
      "q=work&kind=labour",
      "q=girls&city=London",
      "q=apartment&from=2026-01-01&to=2026-12-31",
      "kind=sex&city=Manchester",
      "selector_type=email",
      "q=salary&flag=J-SAL",
      "q=hotel&offset=40",
      "",
  };
  std::erase_if(queries, [&](const std::string& q) { return q.find(only) == std::string::npos; });
  if (queries.empty()) {
    fmt::print(stderr, "no search kind contains '{}'\n", only);
    return 2;
  }
  Latencies search, view;
  std::vector<Latencies> per_query(queries.size());
  std::mt19937_64 rng(7);
  int64_t max_id = 0;
  {
    auto r = client.Get("/api/v1/cases/case/dashboard", headers);
    if (r && r->status == 200) {
      max_id = nlohmann::json::parse(r->body)["counts"]["documents"].get<int64_t>();
    }
  }
  if (max_id == 0) max_id = ads;
  fmt::print("serving {} ads on 127.0.0.1:{}\n", max_id, (*server)->port());
  for (int i = 0; i < requests; ++i) {
    const std::string path = "/api/v1/cases/case/search?" + queries[i % queries.size()];
    auto start = Clock::now();
    auto r = client.Get(path, headers);
    const double ms = Seconds(start) * 1000;
    if (!r || r->status != 200) {
      ++search.errors;
      if (search.errors == 1) fmt::print(stderr, "{} -> {}\n", path, r ? r->body : "no answer");
      continue;
    }
    search.ms.push_back(ms);
    per_query[i % queries.size()].ms.push_back(ms);
  }
  for (int i = 0; i < requests; ++i) {
    const int64_t id = 1 + static_cast<int64_t>(rng() % static_cast<uint64_t>(max_id));
    auto start = Clock::now();
    auto r = client.Get(fmt::format("/api/v1/cases/case/ads/{}", id), headers);
    const double ms = Seconds(start) * 1000;
    if (!r || r->status != 200) {
      ++view.errors;
      continue;
    }
    view.ms.push_back(ms);
  }
  search.Print("search (with facets)");
  view.Print("ad view");
  fmt::print("per query:\n");
  for (size_t q = 0; q < queries.size(); ++q) {
    per_query[q].Print(queries[q].empty() ? "(no query)" : queries[q].c_str());
  }
  (*server)->Stop();
  if (keep.empty() && reuse.empty()) fs::remove_all(dir);
  return 0;
}
