#include "server/intake_routes.h"

namespace ariadne::server {

// A stub: the intake work (src/intake) fills it in.
void RegisterIntakeRoutes(Router& /*router*/) {}

}  // namespace ariadne::server
