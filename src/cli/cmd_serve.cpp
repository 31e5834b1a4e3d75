// ariadne serve --case DIR [--case DIR ...] [--home DIR] [--port P] [--bind ADDR]
//               [--public-port P] [--web DIR] [--tip-case ID] [--store-tip-addresses]
#include <fmt/format.h>
#include <signal.h>

#include <cstdio>
#include <memory>

#include "cli/command.h"
#include "cli/output.h"
#include "cli/serve_run.h"
#include "core/exit_code.h"

namespace ariadne::cli {

namespace fs = std::filesystem;

fs::path DefaultServerHome() {
  if (const char* env = std::getenv("ARIADNE_HOME"); env != nullptr && *env != '\0') return env;
  return "ariadne-server";
}

int ServeUntilInterrupted(server::ServerOptions options, const std::function<void(int)>& banner,
                          bool any_port_if_taken) {
  // The signals are blocked in every thread (the server's threads inherit the mask) and taken
  // by sigwait here, so that a Ctrl-C stops the server cleanly.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  if (options.web_dir.empty()) options.web_dir = server::FindWebDir();
  const bool no_ui = options.web_dir.empty();
  const std::string bind = options.bind;
  Result<std::unique_ptr<server::Server>> s = server::Server::Start(options);
  if (!s.ok() && s.status().kind() == ErrorKind::kConflict && any_port_if_taken &&
      options.port != 0) {
    fmt::print(stderr, "port {} is taken: using a free one\n", options.port);
    options.port = 0;
    s = server::Server::Start(options);
  }
  if (!s.ok()) return ReportError(s.status());
  const std::string line = fmt::format("listening on http://{}:{}", bind, (*s)->port());
  fmt::print("{}\n", line);
  fmt::print(stderr, "{}\n", line);
  if ((*s)->public_port() > 0) {
    const std::string pub =
        fmt::format("public pages on http://{}:{}/tip", bind, (*s)->public_port());
    fmt::print("{}\n", pub);
    fmt::print(stderr, "{}\n", pub);
  }
  if (banner) banner((*s)->port());
  if (no_ui) {
    fmt::print(stderr,
               "warning: the web UI is not built (no web/dist/index.html): the API answers, the "
               "pages do not. Run scripts/setup, or point --web or ARIADNE_WEB at a build.\n");
  }
  std::fflush(stdout);
  std::fflush(stderr);
  int sig = 0;
  sigwait(&stop_signals, &sig);
  fmt::print(stderr, "stopping ({})\n", sig == SIGINT ? "interrupted" : "terminated");
  (*s)->Stop();
  return kExitOk;
}

namespace {

struct ServeOptions {
  std::vector<std::string> cases;
  std::string home;
  std::string bind = "127.0.0.1";
  int port = 8080;
  int public_port = -1;
  std::string web;
  bool store_tip_addresses = false;
  std::string tip_case;
  server::RateLimits rates;
};

int RunServe(const ServeOptions& o) {
  server::ServerOptions options;
  for (const std::string& c : o.cases) options.cases.emplace_back(c);
  options.home = o.home.empty() ? DefaultServerHome() : fs::path(o.home);
  options.bind = o.bind;
  options.port = o.port;
  options.public_port = o.public_port;
  options.web_dir = o.web;
  options.store_tip_addresses = o.store_tip_addresses;
  options.tip_case = o.tip_case;
  options.rates = o.rates;
  options.tool_version = ARIADNE_VERSION;
  const fs::path home = options.home;
  return ServeUntilInterrupted(std::move(options), [&](int) {
    fmt::print(stderr,
               "accounts in {}; add users with `ariadne user add --home {} NAME --role R`\n",
               (home / "accounts.db").string(), home.string());
  });
}

}  // namespace

void AddServeCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<ServeOptions>();
  CLI::App* cmd =
      app.add_subcommand("serve", "Serve the web UI and API (docs/api.md) for one or more cases");
  cmd->add_option("--case", o->cases,
                  "a case folder to serve (repeat for more); its id is the "
                  "folder's name")
      ->required();
  cmd->add_option("--home", o->home,
                  "the server's folder (accounts.db: users, sessions, audit log); default "
                  "$ARIADNE_HOME or ./ariadne-server");
  cmd->add_option("--port", o->port, "port of the web UI and API (0: any free port)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--bind", o->bind, "address to listen on (keep loopback behind a TLS proxy)")
      ->capture_default_str();
  cmd->add_option("--public-port", o->public_port,
                  "serve the public tip form and job checker on this separate port (0: any free)")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--web", o->web, "the built web UI folder (default: found like the recipes)");
  cmd->add_option("--request-limit", o->rates.general_per_minute,
                  "requests per minute per client address (0: no limit)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  cmd->add_option("--login-limit", o->rates.login_per_minute,
                  "login attempts per minute per client address (0: no limit)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  cmd->add_option("--public-limit", o->rates.public_per_minute,
                  "public tips, receipt look-ups and job checks per minute per client address "
                  "(0: no limit)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  cmd->add_option("--tip-case", o->tip_case,
                  "the case (folder name) public tips go to; default: the first --case");
  cmd->add_flag("--store-tip-addresses", o->store_tip_addresses,
                "keep the sender's IP address with public tips (off by default)");
  cmd->footer(
      "Prints `listening on http://ADDR:PORT` when ready; stops on Ctrl-C.\n"
      "Cookies are marked Secure: browsers accept them on http://127.0.0.1 and localhost; "
      "anywhere else\nput a TLS reverse proxy in front.\n\nExample:\n"
      "  ariadne user add --home srv ana --role analyst --case mycase < password.txt\n"
      "  ariadne serve --home srv --case cases/mycase --port 8080");
  cmd->callback([o, &action] { action = [o] { return RunServe(*o); }; });
}

}  // namespace ariadne::cli
