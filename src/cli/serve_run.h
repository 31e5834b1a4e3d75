// Runs `ariadne serve` until SIGINT or SIGTERM (shared by `serve` and the end of `demo`).
#pragma once

#include <filesystem>
#include <functional>

#include "server/server.h"

namespace ariadne::cli {

// The default server home: $ARIADNE_HOME, else ./ariadne-server.
std::filesystem::path DefaultServerHome();

// Starts the server, prints "listening on http://ADDR:PORT" on stdout and stderr (and the public
// listener's address), calls `banner` with the port (more lines for the person), then serves until
// interrupted. With `any_port_if_taken`, a taken port is replaced by a free one. Returns the exit
// code.
int ServeUntilInterrupted(server::ServerOptions options, const std::function<void(int)>& banner,
                          bool any_port_if_taken = false);

}  // namespace ariadne::cli
