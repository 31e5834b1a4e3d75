// Server::Start: the listeners, the checks every request gets, and the route files.
#include "server/server.h"

#include <fmt/format.h>

#include <chrono>
#include <map>
#include <set>

#include "core/shipped_data.h"
#include "server/http_util.h"
#include "server/intake_routes.h"
#include "server/public_api.h"
#include "server/route_files.h"
#include "server/routes.h"
#include "server/server_core.h"
#include "server/static_files.h"

namespace ariadne::server {

namespace fs = std::filesystem;

namespace {

std::atomic<uint64_t> g_instances{0};

// Cases opened by this thread, per server instance (store::Case is not thread-safe).
struct ThreadCase {
  std::unique_ptr<store::Case> c;
  std::unique_ptr<store::WorkbenchStore> wb;
};
thread_local std::map<std::pair<uint64_t, std::string>, ThreadCase> t_cases;

// How long a computed dashboard is reused when its case changed, and at most.
constexpr std::chrono::seconds kDashboardFresh{60};
constexpr std::chrono::minutes kDashboardMaxAge{10};

const char* DefaultMessage(int status) {
  switch (status) {
    case 400:
      return "bad request";
    case 404:
      return "not found";
    case 405:
      return "method not allowed";
    case 414:
      return "the address is too long";
    case 429:
      return "too many requests: wait a minute and try again";
    default:
      return status >= 500 ? "the server failed: see its log" : "the request was refused";
  }
}

// What every listener does around its routes: the general rate limit, JSON errors, the security
// headers, and no crash on a throwing handler.
void InstallCommonHandlers(ServerCore& core, httplib::Server& http) {
  ServerCore* c = &core;
  http.set_payload_max_length(core.options.max_body);
  http.set_pre_routing_handler([c](const httplib::Request& req, httplib::Response& res) {
    const int wait = c->rates.Take(static_cast<int>(RateClass::kGeneral), req.remote_addr,
                                   c->PerMinute(static_cast<int>(RateClass::kGeneral)));
    if (wait == 0) return httplib::Server::HandlerResponse::Unhandled;
    res.set_header("Retry-After", std::to_string(wait));
    ReplyError(res, 429, DefaultMessage(429));
    return httplib::Server::HandlerResponse::Handled;
  });
  http.set_error_handler(
      httplib::Server::HandlerWithResponse([c](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        if (res.status == 413) {
          ReplyError(res, 413,
                     fmt::format("the request body is too large: at most {} KiB",
                                 c->options.max_body / 1024));
          return httplib::Server::HandlerResponse::Handled;
        }
        ReplyError(res, res.status, DefaultMessage(res.status));
        return httplib::Server::HandlerResponse::Handled;
      }));
  http.set_exception_handler(
      [](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "unknown exception";
        try {
          if (ep) std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        fmt::print(stderr, "ariadne serve: {} {}: internal error: {}\n", req.method,
                   PathForLog(req), what);
        ReplyError(res, 500, DefaultMessage(500));
      });
  http.set_post_routing_handler(
      [](const httplib::Request& req, httplib::Response& res) { AddSecurityHeaders(req, res); });
  // Headers and body go out in two writes: without TCP_NODELAY, Nagle's algorithm and the
  // client's delayed ACK add 40 ms to every answer.
  http.set_tcp_nodelay(true);
  // Slow clients must not hold worker threads for long.
  http.set_read_timeout(10, 0);
  http.set_write_timeout(10, 0);
  http.set_keep_alive_timeout(5);
}

Status LoadCases(ServerCore& core) {
  std::set<std::string> seen;
  for (const fs::path& dir : core.options.cases) {
    const std::string id = CaseIdOf(dir);
    if (id.empty() || !seen.insert(id).second) {
      return InvalidInput(fmt::format(
          "{}: two served cases would have the id \"{}\": case ids are folder names, rename one",
          dir.string(), id));
    }
    // Opening once here migrates the schema before any worker thread opens it.
    Result<std::unique_ptr<store::Case>> c = store::Case::Open(dir);
    if (!c.ok()) return c.status();
    Result<store::CaseInfo> info = (*c)->store().Info();
    if (!info.ok()) return info.status();
    core.cases.push_back({id, fs::absolute(dir), info->name, info->purpose});
  }
  return Status::Ok();
}

Status Listen(httplib::Server& http, const std::string& bind, int wanted, int* port,
              std::thread* thread) {
  const int p =
      wanted == 0 ? http.bind_to_any_port(bind) : (http.bind_to_port(bind, wanted) ? wanted : -1);
  if (p <= 0) {
    // Conflict, not IoError: the demo takes it as "the port is taken" and picks a free one.
    return Conflict(
        fmt::format("cannot listen on {}:{}: is the port in use? Choose another with "
                    "--port (0 picks a free one)",
                    bind, wanted));
  }
  *port = p;
  *thread = std::thread([&http] { http.listen_after_bind(); });
  // stop() only stops a running server: wait until the thread is in its accept loop.
  while (!http.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  return Status::Ok();
}

}  // namespace

std::string CaseIdOf(const fs::path& dir) {
  fs::path p = dir.lexically_normal();
  if (!p.has_filename()) p = p.parent_path();
  if (p.filename() == "." || p.filename() == "..") p = fs::absolute(p).lexically_normal();
  if (!p.has_filename()) p = p.parent_path();
  return p.filename().string();
}

fs::path FindWebDir() {
  Result<fs::path> index = FindShippedData({.env = "ARIADNE_WEB",
                                            .installed = "web",
                                            .source_tree = ARIADNE_SOURCE_WEB_DIR,
                                            .file = "index.html"},
                                           "");
  return index.ok() ? index->parent_path() : fs::path();
}

const ServedCase* ServerCore::FindCase(const std::string& id) const {
  for (const ServedCase& c : cases) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

store::Case* ServerCore::CaseForThread(const std::string& id) {
  const ServedCase* served = FindCase(id);
  if (served == nullptr) return nullptr;
  ThreadCase& t = t_cases[std::make_pair(instance, id)];
  if (t.c) return t.c.get();
  Result<std::unique_ptr<store::Case>> c = store::Case::Open(served->dir);
  if (!c.ok()) {
    fmt::print(stderr, "ariadne serve: case {}: {}\n", id, c.status().message());
    return nullptr;
  }
  t.c = std::move(*c);
  return t.c.get();
}

store::WorkbenchStore* ServerCore::WorkbenchForThread(const std::string& id) {
  if (CaseForThread(id) == nullptr) return nullptr;  // opens (and migrates) the case first
  ThreadCase& t = t_cases[std::make_pair(instance, id)];
  if (t.wb) return t.wb.get();
  Result<std::unique_ptr<store::WorkbenchStore>> wb =
      store::WorkbenchStore::Open(FindCase(id)->dir);
  if (!wb.ok()) {
    fmt::print(stderr, "ariadne serve: case {}: {}\n", id, wb.status().message());
    return nullptr;
  }
  t.wb = std::move(*wb);
  return t.wb.get();
}

void ServerCore::WarmingWith(store::Case* c, store::WorkbenchStore* wb) {
  std::lock_guard lock(warming_mu_);
  warming_case_ = c;
  warming_wb_ = wb;
}

void ServerCore::InterruptWarming() {
  // Under the lock, so that the warm-up thread cannot close these connections meanwhile (it
  // clears them, under the same lock, before it ends).
  std::lock_guard lock(warming_mu_);
  if (warming_case_ != nullptr) warming_case_->store().Interrupt();
  if (warming_wb_ != nullptr) warming_wb_->Interrupt();
}

std::optional<nlohmann::json> ServerCore::CachedDashboard(const std::string& id,
                                                          const std::string& mark) {
  std::lock_guard lock(cache_mu_);
  auto it = dashboards_.find(id);
  if (it == dashboards_.end()) return std::nullopt;
  const auto age = std::chrono::steady_clock::now() - it->second.made;
  const bool same_case = it->second.mark == mark;
  if (age > kDashboardMaxAge || (!same_case && age > kDashboardFresh)) return std::nullopt;
  return it->second.body;
}

void ServerCore::CacheDashboard(const std::string& id, const std::string& mark,
                                const nlohmann::json& body) {
  std::lock_guard lock(cache_mu_);
  dashboards_[id] = {std::chrono::steady_clock::now(), mark, body};
}

std::mutex& ServerCore::DashboardMutex(const std::string& id) {
  std::lock_guard lock(cache_mu_);
  return computing_[id];  // std::map: the mutex stays where it is
}

void ServerCore::ForgetDashboard(const std::string& id) {
  std::lock_guard lock(cache_mu_);
  dashboards_.erase(id);
}

int64_t ServerCore::OpenTips(const std::string& id) {
  const ServedCase* c = FindCase(id);
  if (c == nullptr) return 0;
  Result<intake::TipDesk*> desk = tip_desks->For(c->dir);
  if (!desk.ok()) return 0;
  Result<int64_t> n = (*desk)->Count("open");
  return n.ok() ? *n : 0;
}

const Gazetteer* ServerCore::Places() {
  std::call_once(places_once_, [this] {
    const fs::path file = FindGazetteerFile();
    if (file.empty()) {
      fmt::print(stderr,
                 "ariadne serve: data/cities.tsv not found: the movement map has no "
                 "places (set ARIADNE_DATA)\n");
      return;
    }
    Result<Gazetteer> g = Gazetteer::Load(file);
    if (!g.ok()) {
      fmt::print(stderr, "ariadne serve: {}\n", g.status().message());
      return;
    }
    places_ = std::move(*g);
  });
  return places_ ? &*places_ : nullptr;
}

int ServerCore::PerMinute(int rate_class) const {
  switch (static_cast<RateClass>(rate_class)) {
    case RateClass::kGeneral:
      return options.rates.general_per_minute;
    case RateClass::kLogin:
      return options.rates.login_per_minute;
    case RateClass::kPublic:
      return options.rates.public_per_minute;
  }
  return 0;
}

Server::Server(std::unique_ptr<ServerCore> core) : core_(std::move(core)) {}

Server::~Server() {
  Stop();
}

int Server::port() const {
  return core_->port;
}

int Server::public_port() const {
  return core_->public_port;
}

void Server::Stop() {
  core_->stopping = true;
  for (const auto& indexer : core_->indexers) (void)indexer->Stop();  // committed work stays
  core_->InterruptWarming();
  if (core_->warm_thread.joinable()) core_->warm_thread.join();
  if (core_->public_listener) core_->public_listener->stop();
  core_->main.stop();
  if (core_->main_thread.joinable()) core_->main_thread.join();
  if (core_->public_thread.joinable()) core_->public_thread.join();
}

Result<std::unique_ptr<Server>> Server::Start(ServerOptions options) {
  auto core = std::make_unique<ServerCore>();
  core->instance = ++g_instances;
  core->options = std::move(options);
  if (core->options.cases.empty()) return InvalidInput("serve at least one case: --case DIR");
  Result<std::unique_ptr<privacy::Accounts>> accounts = privacy::Accounts::Open(core->options.home);
  if (!accounts.ok()) return accounts.status();
  core->accounts = std::move(*accounts);
  ARIADNE_RETURN_IF_ERROR(LoadCases(*core));
  for (const ServedCase& served : core->cases) {
    // A search waits for whatever is still missing; this shortens that wait. At the usual
    // priority: a search waiting for the index's lock must not wait for a thread that gets no
    // CPU. A case whose indexer cannot start is still served (its searches index it).
    Result<std::unique_ptr<store::SearchIndexer>> indexer = store::SearchIndexer::Start(served.dir);
    if (indexer.ok()) core->indexers.push_back(std::move(indexer).value());
  }
  std::string& tip_case = core->options.tip_case;
  if (tip_case.empty()) tip_case = core->cases.front().id;
  if (core->FindCase(tip_case) == nullptr) {
    return InvalidInput(fmt::format(
        "--tip-case {}: not a served case; use the folder name of one of the --case folders",
        tip_case));
  }
  core->tip_desks = std::make_unique<intake::TipDesks>(
      intake::TipDeskOptions{.keep_client_addresses = core->options.store_tip_addresses,
                             .connections = 8,
                             .tool_version = core->options.tool_version});

  const bool separate_public = core->options.public_port >= 0;
  InstallCommonHandlers(*core, core->main);
  Router main(*core, core->main);
  RegisterSessionRoutes(main);
  RegisterCaseRoutes(main);
  RegisterAdminRoutes(main);
  RegisterIntakeRoutes(main);
  if (!separate_public) RegisterPublicApi(main);

  // The UI's files come last: every path no route claimed.
  auto ui = std::make_shared<StaticFiles>(core->options.web_dir, /*spa_fallback=*/true);
  ui->Alias("/tip", "tip.html");
  ui->Alias("/check", "check.html");
  core->main.Get(
      ".*", [ui](const httplib::Request& req, httplib::Response& res) { ui->Serve(req, res); });

  if (separate_public) {
    core->public_listener = std::make_unique<httplib::Server>();
    InstallCommonHandlers(*core, *core->public_listener);
    Router pub(*core, *core->public_listener);
    RegisterPublicApi(pub);
    // Only the public pages and their assets: the analyst UI's entry is not offered here.
    auto pages = std::make_shared<StaticFiles>(core->options.web_dir, /*spa_fallback=*/false);
    pages->Alias("/", "tip.html");
    pages->Alias("/tip", "tip.html");
    pages->Alias("/check", "check.html");
    core->public_listener->Get(
        R"(/(tip|check)?|/assets/.*|/[^/]+\.(svg|png|ico|css|js|woff2))",
        [pages](const httplib::Request& req, httplib::Response& res) { pages->Serve(req, res); });
  }

  ARIADNE_RETURN_IF_ERROR(
      Listen(core->main, core->options.bind, core->options.port, &core->port, &core->main_thread));
  if (separate_public) {
    Status s = Listen(*core->public_listener, core->options.bind, core->options.public_port,
                      &core->public_port, &core->public_thread);
    if (!s.ok()) {
      core->main.stop();
      core->main_thread.join();
      return s;
    }
  }
  ServerCore* warm = core.get();
  core->warm_thread = std::thread([warm] { WarmDashboards(*warm); });
  return std::unique_ptr<Server>(new Server(std::move(core)));
}

}  // namespace ariadne::server
