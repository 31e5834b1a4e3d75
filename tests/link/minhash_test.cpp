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

// Sets of every size around the vector widths (4 and 8 permutations at a time; 0 and 1 shingles),
// with values that use all 64 bits (the AVX2 path puts a·h together from 32-bit halves).
std::vector<std::vector<uint64_t>> AssortedSets() {
  std::vector<std::vector<uint64_t>> out;
  uint64_t x = 0x9E3779B97F4A7C15ull;
  for (size_t n : {0, 1, 2, 3, 5, 8, 9, 40, 127, 1000}) {
    std::vector<uint64_t> set;
    for (size_t i = 0; i < n; ++i) {
      x ^= x << 13;
      x ^= x >> 7;
      x ^= x << 17;
      set.push_back(x);
    }
    out.push_back(std::move(set));
  }
  out.push_back({0, UINT64_MAX, 1ull << 63, (1ull << 32) - 1, 1ull << 32});
  return out;
}

TEST(MinHashTest, EveryCodePathGivesTheBaselineSignature) {
  for (const std::vector<uint64_t>& set : AssortedSets()) {
    const Signature baseline = MinHashOnPath(set, 0);
    EXPECT_EQ(MinHashOnPath(set, 1), baseline) << set.size() << " shingles, AVX2";
    EXPECT_EQ(MinHashOnPath(set, 2), baseline) << set.size() << " shingles, AVX-512";
    EXPECT_EQ(MinHash(set), baseline) << set.size() << " shingles";
  }
}

TEST(MinHashTest, SignaturesKeepTheirStoredValues) {
  // The values of the first release's code (one permutation loop per shingle), pinned: stored
  // signatures must keep matching the new ones whichever code path computes them.
  const std::vector<uint64_t> one = {42};
  const std::vector<uint64_t> many = AssortedSets()[8];
  for (int path : {0, 1, 2}) {
    const Signature a = MinHashOnPath(one, path);
    const Signature b = MinHashOnPath(many, path);
    EXPECT_EQ(std::vector<uint16_t>(a.begin(), a.begin() + 4),
              (std::vector<uint16_t>{21840, 15540, 58734, 17987}))
        << "path " << path;
    EXPECT_EQ(std::vector<uint16_t>(b.begin() + 124, b.end()),
              (std::vector<uint16_t>{51549, 25697, 29190, 13836}))
        << "path " << path;
  }
}

}  // namespace
}  // namespace ariadne::link
