// The analysts' tip routes (docs/api.md: tips, triage). Owned by src/intake's helper; registered
// on the main listener.
#pragma once

#include "server/routes.h"

namespace ariadne::server {

void RegisterIntakeRoutes(Router& router);

}  // namespace ariadne::server
