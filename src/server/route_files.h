// The route files of src/server (each registers its part of docs/api.md on the main listener).
#pragma once

#include "server/routes.h"

namespace ariadne::server {

void RegisterSessionRoutes(Router& router);  // login, logout, me, cases (session_routes.cpp)
void RegisterCaseRoutes(Router& router);  // dashboard, search, ads, clusters, ... (case_routes.cpp)
void RegisterAdminRoutes(Router& router);  // audit, users (admin_routes.cpp)

}  // namespace ariadne::server
