// The shared state of a running server (internal to src/server).
#pragma once

#include <httplib.h>

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "privacy/accounts.h"
#include "server/rate_limit.h"
#include "server/server.h"
#include "store/case.h"

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
  uint64_t instance = 0;  // distinguishes servers in one process (per-thread case caches)

  httplib::Server main;
  std::unique_ptr<httplib::Server> public_listener;
  std::thread main_thread;
  std::thread public_thread;
  int port = -1;
  int public_port = -1;

  const ServedCase* FindCase(const std::string& id) const;
  // The case opened for the calling thread (opened on first use); nullptr when unknown or it
  // cannot be opened (logged on stderr).
  store::Case* CaseForThread(const std::string& id);
  // Per-minute tokens of a class.
  int PerMinute(int rate_class) const;
};

}  // namespace ariadne::server
