#include "cli/progress.h"

#include <fmt/format.h>

#include <cstdio>

#include "cli/output.h"

namespace ariadne::cli {

ProgressLine::ProgressLine(std::string unit)
    : unit_(std::move(unit)),
      enabled_(StderrIsTerminal()),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

ProgressLine::~ProgressLine() {
  Finish();
}

void ProgressLine::Update(int64_t done, int64_t total, int64_t count) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate = seconds > 0 ? static_cast<double>(count) / seconds : 0;
  std::string eta = "?";
  if (total > 0 && done > 0 && seconds > 0.5) {
    const double left = seconds * static_cast<double>(total - done) / static_cast<double>(done);
    eta = fmt::format("{:.0f}s", left);
  }
  const double pct = total > 0 ? 100.0 * static_cast<double>(done) / static_cast<double>(total) : 0;
  fmt::print(stderr, "\r\x1b[2K  {} {} · {:.0f} {}/s · {:.0f}% · ETA {}", count, unit_, rate, unit_,
             pct, eta);
  std::fflush(stderr);
  drawn_ = true;
}

void ProgressLine::Finish() {
  if (enabled_ && drawn_) {
    fmt::print(stderr, "\r\x1b[2K");
    std::fflush(stderr);
  }
  drawn_ = false;
}

}  // namespace ariadne::cli
