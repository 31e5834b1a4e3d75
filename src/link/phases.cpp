#include "link/phases.h"

#include <sys/resource.h>

namespace ariadne::link {

namespace {

double CpuSeconds(int who) {
  struct rusage usage {};
  getrusage(who, &usage);
  auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

}  // namespace

void PhaseClock::Restart() {
  wall_ = std::chrono::steady_clock::now();
  process_ = CpuSeconds(RUSAGE_SELF);
  thread_ = CpuSeconds(RUSAGE_THREAD);
}

void PhaseClock::Lap(const char* name) {
  if (out_ == nullptr) return;
  out_->push_back({name,
                   std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_).count(),
                   CpuSeconds(RUSAGE_SELF) - process_, CpuSeconds(RUSAGE_THREAD) - thread_});
  Restart();
}

}  // namespace ariadne::link
