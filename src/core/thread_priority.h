#pragma once

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace ariadne::core {

// Lowers the calling thread's scheduling priority to `nice` (on Linux a thread's nice value is its
// own, so only this thread yields the cores). Best effort: failing to lower it only makes the
// thread share the cores with the others as before.
inline void LowerThisThreadPriority(int nice) {
  (void)::setpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)), nice);
}

}  // namespace ariadne::core
