// The analysts' tip routes (docs/api.md: tips, triage): the tips of a case with the ads and
// clusters they touch, answering a tip (status and the reply its reporter reads with the receipt
// code), and the triage queue (open tips first, then the top clusters). Permission kTips (analysts
// and admins); case membership as everywhere. Reading and answering tips is audited. Registered on
// the main listener.
#pragma once

#include "server/routes.h"

namespace ariadne::server {

void RegisterIntakeRoutes(Router& router);

}  // namespace ariadne::server
