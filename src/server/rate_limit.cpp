#include "server/rate_limit.h"

#include <algorithm>
#include <cmath>

namespace ariadne::server {

namespace {
// Beyond this many clients, full buckets are forgotten (they equal a fresh one), so that memory
// stays bounded under many addresses.
constexpr size_t kMaxBuckets = 100000;
}  // namespace

int RateLimiter::Take(int bucket, const std::string& client, int per_minute) {
  if (per_minute <= 0) return 0;  // unlimited
  const auto now = std::chrono::steady_clock::now();
  const double capacity = per_minute;
  const double per_second = per_minute / 60.0;
  std::lock_guard lock(mu_);
  if (buckets_.size() >= kMaxBuckets) {
    for (auto it = buckets_.begin(); it != buckets_.end();) {
      const double secs = std::chrono::duration<double>(now - it->second.last).count();
      it = it->second.tokens + secs * per_second >= capacity ? buckets_.erase(it) : std::next(it);
    }
  }
  auto [it, fresh] = buckets_.try_emplace({bucket, client}, Bucket{capacity, now});
  Bucket& b = it->second;
  if (!fresh) {
    const double secs = std::chrono::duration<double>(now - b.last).count();
    b.tokens = std::min(capacity, b.tokens + secs * per_second);
    b.last = now;
  }
  if (b.tokens >= 1.0) {
    b.tokens -= 1.0;
    return 0;
  }
  return std::max(1, static_cast<int>(std::ceil((1.0 - b.tokens) / per_second)));
}

}  // namespace ariadne::server
