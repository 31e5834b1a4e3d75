// The token buckets of the server's rate limits (server/rate_limit.h), without HTTP.
#include "server/rate_limit.h"

#include <gtest/gtest.h>

#include <string>

namespace ariadne::server {
namespace {

TEST(RateLimiter, AllowsTheCapacityThenTellsHowLongToWait) {
  RateLimiter limiter;
  for (int i = 0; i < 10; ++i) EXPECT_EQ(limiter.Take(1, "198.51.100.7", 10), 0);
  const int wait = limiter.Take(1, "198.51.100.7", 10);
  EXPECT_GE(wait, 1);
  EXPECT_LE(wait, 6);  // one token of 10 a minute comes back within 6 s
  EXPECT_EQ(limiter.Take(1, "198.51.100.8", 10), 0) << "another client has its own bucket";
}

// A sweep forgets only full buckets, each judged by its own class: a drained bucket of a fast
// class must not be reset to full by a sweep that a slow class's request starts.
TEST(RateLimiter, ASweepKeepsDrainedBucketsOfEveryClass) {
  RateLimiter limiter;
  for (int i = 0; i < 580; ++i) ASSERT_EQ(limiter.Take(0, "203.0.113.1", 600), 0);
  // 20 tokens left: more than a full bucket of the slow class (10). Enough clients of the slow
  // class to start a sweep (the limit is 100,000 buckets).
  for (int i = 0; i < 100001; ++i) limiter.Take(1, "client-" + std::to_string(i), 10);
  int allowed = 0;
  while (allowed < 600 && limiter.Take(0, "203.0.113.1", 600) == 0) ++allowed;
  // 20 left plus what 10 a second refilled meanwhile; a bucket reset to full would allow 600.
  EXPECT_LT(allowed, 200);
}

}  // namespace
}  // namespace ariadne::server
