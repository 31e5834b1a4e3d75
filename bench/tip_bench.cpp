// Tip benchmark (issue 8, item 6): public tip submissions per second through the real server on
// loopback under concurrent load (goal: at least 500/s), then a count of the tips in the case
// database, which must equal the number of tips the server accepted: none lost.
//
// The server runs in this process (server/server.h) with the public rate limit raised (all the
// clients share one loopback address); each client thread keeps one HTTP connection open and
// sends tips naming synthetic phone numbers, so every tip is also linked against the case.
//
// Usage: tip_bench [--tips N] [--clients C] [--direct]    (default 5,000 tips from 16 clients;
//        --direct: to the tip desk in this process without HTTP, to see what HTTP costs)
#include <fmt/format.h>
#include <httplib.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "intake/tip_desks.h"
#include "server/server.h"
#include "store/case.h"
#include "store/tip_store.h"

namespace {

namespace fs = std::filesystem;

fs::path MakeTempDir() {
  std::string tmpl = (fs::temp_directory_path() / "ariadne-tip-bench-XXXXXX").string();
  return ::mkdtemp(tmpl.data());
}

}  // namespace

int main(int argc, char** argv) {
  int64_t tips = 5000;
  int clients = 16;
  bool direct = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--tips") == 0 && i + 1 < argc) {
      tips = std::atoll(argv[++i]);
    } else if (std::strcmp(argv[i], "--direct") == 0) {
      direct = true;
    } else if (std::strcmp(argv[i], "--clients") == 0 && i + 1 < argc) {
      clients = std::atoi(argv[++i]);
    } else {
      fmt::print(stderr, "usage: tip_bench [--tips N] [--clients C] [--direct]\n");
      return 2;
    }
  }
  const fs::path dir = MakeTempDir();
  ariadne::store::CaseInfo info;
  info.name = "Tip bench";
  info.purpose = "benchmark";
  info.legal_basis = "synthetic data";
  info.retention_days = 1;
  info.region = "GB";
  auto created = ariadne::store::Case::Create(dir / "case", info);
  if (!created.ok()) {
    fmt::print(stderr, "tip_bench: {}\n", created.status().message());
    return 1;
  }
  created->reset();

  std::atomic<int64_t> next{0}, accepted{0}, refused{0};
  auto text_of = [](int64_t i) {
    return fmt::format(
        "Tip {}: the flat above the shop, they answer 07700 900{:03} and never go out alone.", i,
        i % 1000);
  };
  std::chrono::steady_clock::time_point start;
  std::vector<std::thread> threads;
  if (direct) {
    // The tip desk alone, without HTTP: what the server's part costs.
    ariadne::intake::TipDesks desks({.keep_client_addresses = false, .connections = 8});
    auto desk = desks.For(dir / "case");
    if (!desk.ok()) {
      fmt::print(stderr, "tip_bench: {}\n", desk.status().message());
      return 1;
    }
    start = std::chrono::steady_clock::now();
    for (int c = 0; c < clients; ++c) {
      threads.emplace_back([&] {
        for (int64_t i = next++; i < tips; i = next++) {
          auto r = (*desk)->Submit({.lang = "en", .text = text_of(i), .consent = true});
          ++(r.ok() ? accepted : refused);
        }
      });
    }
    for (auto& t : threads) t.join();
  } else {
    ariadne::server::ServerOptions options;
    options.cases = {dir / "case"};
    options.home = dir / "home";
    fs::create_directories(options.home);
    options.port = 0;
    options.rates.general_per_minute = 100'000'000;
    options.rates.public_per_minute = 100'000'000;
    auto server = ariadne::server::Server::Start(options);
    if (!server.ok()) {
      fmt::print(stderr, "tip_bench: {}\n", server.status().message());
      return 1;
    }
    const int port = (*server)->port();
    start = std::chrono::steady_clock::now();
    for (int c = 0; c < clients; ++c) {
      threads.emplace_back([&] {
        httplib::Client client("127.0.0.1", port);
        client.set_keep_alive(true);
        client.set_tcp_nodelay(true);
        for (int64_t i = next++; i < tips; i = next++) {
          const nlohmann::json body = {{"lang", "en"}, {"text", text_of(i)}, {"consent", true}};
          auto res = client.Post("/api/v1/public/tips", body.dump(), "application/json");
          ++(res && res->status == 200 ? accepted : refused);
        }
      });
    }
    for (auto& t : threads) t.join();
    (*server)->Stop();
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  auto tip_store = ariadne::store::OpenTipStore(dir / "case");
  int64_t stored = -1;
  if (tip_store.ok()) {
    auto n = (*tip_store)->CountTips("");
    if (n.ok()) stored = *n;
  }
  fmt::print("tips sent:      {} from {} clients {}\n", tips, clients,
             direct ? "straight to the tip desk (no HTTP)" : "over HTTP on loopback");
  fmt::print("accepted:       {} (refused {})\n", accepted.load(), refused.load());
  fmt::print("time:           {:.2f} s\n", seconds);
  fmt::print("throughput:     {:.0f} tips/s (goal: >= 500/s)\n", accepted.load() / seconds);
  fmt::print("in the case:    {} ({})\n", stored,
             stored == accepted.load() ? "none lost" : "MISMATCH: tips lost or doubled");
  std::error_code ec;
  fs::remove_all(dir, ec);
  return stored == accepted.load() && refused.load() == 0 ? 0 : 1;
}
