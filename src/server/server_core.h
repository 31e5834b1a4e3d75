// The shared state of a running server (internal to src/server).
#pragma once

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "intake/tip_desks.h"
#include "privacy/accounts.h"
#include "server/gazetteer.h"
#include "server/rate_limit.h"
#include "server/server.h"
#include "store/case.h"
#include "store/search_index.h"
#include "store/workbench_store.h"

namespace ariadne::server {

struct ServedCase {
  std::string id;
  std::filesystem::path dir;
  std::string name;     // CaseInfo::name, read at start
  std::string purpose;  // CaseInfo::purpose
};

class ServerCore {
 public:
  ServerOptions options;
  std::unique_ptr<privacy::Accounts> accounts;
  RateLimiter rates;
  std::vector<ServedCase> cases;
  // The tip desks of the served cases: one per case for the public and the analysts' routes
  // alike, so that one writer lock and one connection pool serve both.
  std::unique_ptr<intake::TipDesks> tip_desks;
  uint64_t instance = 0;  // distinguishes servers in one process (per-thread case caches)

  httplib::Server main;
  std::unique_ptr<httplib::Server> public_listener;
  std::thread main_thread;
  std::thread public_thread;
  std::thread warm_thread;  // WarmDashboards
  // One per served case, started with the server: an import does not wait for the full-text
  // index (store/search_index.h), so the server brings it up to date in the background.
  std::vector<std::unique_ptr<store::SearchIndexer>> indexers;
  std::atomic<bool> stopping{false};
  int port = -1;
  int public_port = -1;

  const ServedCase* FindCase(const std::string& id) const;
  // The case opened for the calling thread (opened on first use); nullptr when unknown or it
  // cannot be opened (logged on stderr).
  store::Case* CaseForThread(const std::string& id);
  // The case's workbench tables for the calling thread (opened on first use); nullptr likewise.
  store::WorkbenchStore* WorkbenchForThread(const std::string& id);

  // The dashboard of a case scans it (seconds on a 1M-document case), so it is kept: reused while
  // the case's change mark (WorkbenchStore::ChangeMark) stays the same, for at most ten minutes,
  // and while it is younger than a minute even if the case changed; a decision forgets it.
  std::optional<nlohmann::json> CachedDashboard(const std::string& id, const std::string& mark);
  void CacheDashboard(const std::string& id, const std::string& mark, const nlohmann::json& body);
  void ForgetDashboard(const std::string& id);
  // Held while a case's dashboard is computed.
  std::mutex& DashboardMutex(const std::string& id);
  // The stores the warm-up thread is scanning with (WarmDashboards): a server that stops
  // interrupts that scan instead of waiting for it (tens of seconds on a 1M-document case).
  void WarmingWith(store::Case* c, store::WorkbenchStore* wb);
  void InterruptWarming();
  // Open tips of a case for the dashboard (0 when its tip desk cannot be opened).
  int64_t OpenTips(const std::string& id);
  // The gazetteer (loaded on first use; nullptr when data/cities.tsv is not found or bad).
  const Gazetteer* Places();
  // Per-minute tokens of a class.
  int PerMinute(int rate_class) const;

 private:
  std::mutex cache_mu_;
  std::mutex warming_mu_;
  store::Case* warming_case_ = nullptr;
  store::WorkbenchStore* warming_wb_ = nullptr;
  struct Dashboard {
    std::chrono::steady_clock::time_point made;
    std::string mark;
    nlohmann::json body;
  };
  std::map<std::string, Dashboard> dashboards_;
  std::map<std::string, std::mutex> computing_;
  std::once_flag places_once_;
  std::optional<Gazetteer> places_;
};

}  // namespace ariadne::server
