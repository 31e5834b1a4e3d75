#include "link/minhash.h"

#include <gtest/gtest.h>

#include <vector>

namespace ariadne::link {
namespace {

// Two sets of 200 elements sharing `shared` of them: Jaccard = shared / (400 - shared).
std::pair<std::vector<uint64_t>, std::vector<uint64_t>> SetsSharing(int shared) {
  std::vector<uint64_t> a, b;
  for (int i = 0; i < 200; ++i) a.push_back(1000003ull * static_cast<uint64_t>(i) + 17);
  for (int i = 0; i < shared; ++i) b.push_back(a[static_cast<size_t>(i)]);
  for (int i = shared; i < 200; ++i) b.push_back(7777777ull * static_cast<uint64_t>(i) + 5);
  return {a, b};
}

TEST(MinHashTest, EstimatesJaccardSimilarity) {
  for (int shared : {0, 100, 150, 200}) {
    auto [a, b] = SetsSharing(shared);
    const double truth = shared / (400.0 - shared);
    EXPECT_NEAR(EstimatedJaccard(MinHash(a), MinHash(b)), truth, 0.12) << "shared " << shared;
  }
}

TEST(MinHashTest, SimilarSetsShareABandKeyAndDifferentOnesDoNot) {
  auto [a, b] = SetsSharing(190);  // Jaccard 0.9
  const auto ka = BandKeys(MinHash(a));
  const auto kb = BandKeys(MinHash(b));
  int same = 0;
  for (int i = 0; i < kBands; ++i) same += ka[i] == kb[i] ? 1 : 0;
  EXPECT_GT(same, 5);
  auto [c, d] = SetsSharing(0);
  const auto kc = BandKeys(MinHash(c));
  const auto kd = BandKeys(MinHash(d));
  for (int i = 0; i < kBands; ++i) EXPECT_NE(kc[i], kd[i]);
}

TEST(MinHashTest, StorageFormRoundTripsAndRejectsWrongLengths) {
  auto [a, b] = SetsSharing(10);
  const Signature s = MinHash(a);
  Signature back{};
  ASSERT_TRUE(FromBytes(ToBytes(s), back));
  EXPECT_EQ(back, s);
  EXPECT_FALSE(FromBytes("short", back));
}

TEST(MinHashTest, SignaturesAreStableAcrossRuns) {
  // Stored in cases: a change of constants would silently break linking of old and new documents.
  const std::vector<uint64_t> one = {42};
  const Signature s = MinHash(one);
  EXPECT_EQ(ToBytes(s), ToBytes(MinHash(one)));
  EXPECT_EQ(s[0], MinHash(std::vector<uint64_t>{42})[0]);
}

}  // namespace
}  // namespace ariadne::link
