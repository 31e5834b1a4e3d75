// The admin routes of docs/api.md: the audit log and the users.
#include "server/route_files.h"
#include "server/server_core.h"

namespace ariadne::server {

void RegisterAdminRoutes(Router& /*router*/) {}

}  // namespace ariadne::server
