#include "server/public_api.h"

namespace ariadne::server {

// A stub: the intake work (src/intake) fills it in.
void RegisterPublicApi(Router& /*router*/) {}

}  // namespace ariadne::server
