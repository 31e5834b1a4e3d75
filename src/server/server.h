// `ariadne serve`: the web API (docs/api.md) and the web UI for one or more cases, on loopback or
// an address of the operator's choice. Cases are identified by their folder names.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "store/workbench_store.h"

namespace ariadne::server {

struct RateLimits {
  int general_per_minute = 600;
  int login_per_minute = 10;
  int public_per_minute = 30;
};

struct ServerOptions {
  std::vector<std::filesystem::path> cases;  // each served under its folder name
  std::filesystem::path home;                // accounts.db lives here
  std::string bind = "127.0.0.1";
  int port = 8080;       // 0: any free port
  int public_port = -1;  // -1: the public pages and API are served on `port` too; 0: any free
  std::filesystem::path web_dir;     // the built web UI (index.html, assets/); empty: no UI
  bool store_tip_addresses = false;  // public tips keep the sender's address (off by default)
  std::string tip_case;              // the id of the case public tips go to; empty: the first
  size_t max_body = 64 * 1024;
  RateLimits rates;
  store::WorkbenchSearchLimits search_limits;
  std::string tool_version;
};

class ServerCore;

// A running server. Stop() (or the destructor) stops both listeners and waits for them.
class Server {
 public:
  // Opens the accounts and every case (migrating them), binds the listeners and starts serving
  // in background threads.
  static Result<std::unique_ptr<Server>> Start(ServerOptions options);
  ~Server();

  int port() const;
  int public_port() const;  // -1 when there is no separate public listener
  void Stop();

 private:
  explicit Server(std::unique_ptr<ServerCore> core);
  std::unique_ptr<ServerCore> core_;
};

// The web UI: $ARIADNE_WEB, <prefix>/share/ariadne/web next to the binary, else the source
// tree's web/dist. Empty when none holds an index.html.
std::filesystem::path FindWebDir();

// The case id of a case folder: its name ("cases/alpha/" -> "alpha").
std::string CaseIdOf(const std::filesystem::path& dir);

}  // namespace ariadne::server
