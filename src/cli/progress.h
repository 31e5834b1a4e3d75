// A one-line progress display on stderr (count, rate, percentage, ETA), drawn only when stderr is a
// terminal and at most five times a second, so pipes and logs stay clean.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace ariadne::cli {

class ProgressLine {
 public:
  // `unit` names what is counted ("ads").
  explicit ProgressLine(std::string unit);
  ~ProgressLine();
  // `done`/`total` measure work (bytes); `count` is what the user sees counted.
  void Update(int64_t done, int64_t total, int64_t count);
  // Clears the line.
  void Finish();

 private:
  std::string unit_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace ariadne::cli
