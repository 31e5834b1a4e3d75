// Token buckets per (class, client address), in memory (docs/api.md "Rate limits").
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace ariadne::server {

class RateLimiter {
 public:
  // Takes one token of bucket `bucket` for `client`, whose capacity and refill are `per_minute`.
  // Returns 0 when allowed, else the whole seconds to wait until a token is back (>= 1).
  int Take(int bucket, const std::string& client, int per_minute);

 private:
  struct Bucket {
    double tokens = 0;
    std::chrono::steady_clock::time_point last;
    int per_minute = 0;  // its own class's rate: a sweep judges each bucket by it
  };
  // Drops every bucket that has refilled to full (it equals a fresh one).
  void SweepFull(std::chrono::steady_clock::time_point now);
  std::mutex mu_;
  std::chrono::steady_clock::time_point last_sweep_{};
  std::map<std::pair<int, std::string>, Bucket> buckets_;
};

}  // namespace ariadne::server
