// Where a link spends its time: each phase's wall seconds, the CPU seconds of the whole process
// and those of the calling thread alone. Process CPU well above thread CPU means the phase ran on
// more than one thread; equal means it ran on one (what to parallelise next). CPU seconds do not
// depend on how loaded the machine is; wall seconds do.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace ariadne::link {

struct Phase {
  std::string name;
  double wall = 0;
  double process_cpu = 0;
  double thread_cpu = 0;
};

class PhaseClock {
 public:
  explicit PhaseClock(std::vector<Phase>* out) : out_(out) { Restart(); }
  // Ends the current phase under `name` and starts the next one.
  void Lap(const char* name);

 private:
  void Restart();
  std::vector<Phase>* out_;
  std::chrono::steady_clock::time_point wall_;
  double process_ = 0, thread_ = 0;
};

}  // namespace ariadne::link
