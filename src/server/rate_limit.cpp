#include "server/rate_limit.h"

#include <algorithm>
#include <cmath>

namespace ariadne::server {

namespace {
// Beyond this many clients, full buckets are forgotten (they equal a fresh one), so that memory
// stays bounded under many addresses. At most one sweep a minute: every bucket refills within a
// minute, so a sweep drops every client idle that long, and Take stays O(log n) between sweeps.
constexpr size_t kMaxBuckets = 100000;
constexpr std::chrono::seconds kSweepInterval{60};

double Refilled(double tokens, double seconds, int per_minute) {
  return std::min<double>(per_minute, tokens + seconds * per_minute / 60.0);
}
}  // namespace

void RateLimiter::SweepFull(std::chrono::steady_clock::time_point now) {
  last_sweep_ = now;
  for (auto it = buckets_.begin(); it != buckets_.end();) {
    const Bucket& b = it->second;
    const double secs = std::chrono::duration<double>(now - b.last).count();
    it =
        Refilled(b.tokens, secs, b.per_minute) >= b.per_minute ? buckets_.erase(it) : std::next(it);
  }
}

int RateLimiter::Take(int bucket, const std::string& client, int per_minute) {
  if (per_minute <= 0) return 0;  // unlimited
  const auto now = std::chrono::steady_clock::now();
  const double capacity = per_minute;
  const double per_second = per_minute / 60.0;
  std::lock_guard lock(mu_);
  if (buckets_.size() >= kMaxBuckets && now - last_sweep_ >= kSweepInterval) SweepFull(now);
  auto [it, fresh] = buckets_.try_emplace({bucket, client}, Bucket{capacity, now, per_minute});
  Bucket& b = it->second;
  if (!fresh) {
    const double secs = std::chrono::duration<double>(now - b.last).count();
    b.per_minute = per_minute;
    b.tokens = Refilled(b.tokens, secs, per_minute);
    b.last = now;
  }
  if (b.tokens >= 1.0) {
    b.tokens -= 1.0;
    return 0;
  }
  return std::max(1, static_cast<int>(std::ceil((1.0 - b.tokens) / per_second)));
}

}  // namespace ariadne::server
