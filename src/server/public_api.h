// The public API (docs/api.md, "Public"): the tip form, reading a tip's status by its receipt
// code, and the job-ad checker. No session; JSON only; a request that carries an Origin header
// must come from this server's own origin (403 otherwise); every route pays the public rate limit
// (30 a minute per client address) on top of the general one. Tips go to the first case served
// (`ariadne serve --case DIR`, the first one given). No client address is stored unless the server
// runs with --store-tip-addresses. Registered on the public listener (or on the main one without
// --public-port).
#pragma once

#include "server/routes.h"

namespace ariadne::server {

void RegisterPublicApi(Router& router);

}  // namespace ariadne::server
