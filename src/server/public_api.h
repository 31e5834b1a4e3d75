// The public API (docs/api.md, "Public"): tip form, receipts, job checker. Owned by src/intake's
// helper; registered on the public listener (or the main one without --public-port).
#pragma once

#include "server/routes.h"

namespace ariadne::server {

void RegisterPublicApi(Router& router);

}  // namespace ariadne::server
