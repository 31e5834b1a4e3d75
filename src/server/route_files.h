// The route files of src/server (each registers its part of docs/api.md on the main listener).
#pragma once

#include "server/routes.h"

namespace ariadne::server {

void RegisterSessionRoutes(Router& router);  // login, logout, me, cases (session_routes.cpp)
void RegisterCaseRoutes(Router& router);  // dashboard, search, ads, clusters, ... (case_routes.cpp)
void RegisterAdminRoutes(Router& router);  // audit, users (admin_routes.cpp)

// Computes and keeps the dashboard of every served case (case_routes.cpp). The server runs it on
// a thread of its own at start, so that the first analyst to open a large case does not wait for
// its scan; it returns early once `core.stopping` is set, and Stop interrupts a scan under way
// (ServerCore::InterruptWarming).
void WarmDashboards(ServerCore& core);

}  // namespace ariadne::server
