// The case routes of docs/api.md: dashboard, search, ads, originals, clusters, graph, cities,
// decisions.
#include "server/route_files.h"
#include "server/server_core.h"

namespace ariadne::server {

void RegisterCaseRoutes(Router& /*router*/) {}

}  // namespace ariadne::server
