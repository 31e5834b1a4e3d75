#include "pdq/mih_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

#include "pdq/test_images.h"

namespace ariadne::pdq {
namespace {

struct Random {
  uint64_t state;
  uint64_t Next() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  int Below(int n) { return static_cast<int>(Next() % static_cast<uint64_t>(n)); }
};

PdqHash RandomHash(Random& random) {
  PdqHash hash;
  for (auto& w : hash.words) w = random.Next();
  return hash;
}

// `hash` with `bits` distinct bits flipped.
PdqHash Perturb(PdqHash hash, int bits, Random& random) {
  std::vector<int> positions(kHashBits);
  for (int i = 0; i < kHashBits; ++i) positions[i] = i;
  for (int i = 0; i < bits; ++i) {
    std::swap(positions[i], positions[i + random.Below(kHashBits - i)]);
    hash.words[positions[i] / 64] ^= uint64_t{1} << (positions[i] % 64);
  }
  return hash;
}

std::vector<MihIndex::Match> BruteForce(const std::vector<std::pair<MihIndex::Id, PdqHash>>& all,
                                        const PdqHash& probe, int max_distance) {
  std::vector<MihIndex::Match> matches;
  for (const auto& [id, hash] : all) {
    const int distance = HammingDistance(hash, probe);
    if (distance <= max_distance) matches.push_back({id, distance, Dihedral::kOriginal});
  }
  std::sort(matches.begin(), matches.end(), [](const auto& a, const auto& b) {
    return std::tie(a.distance, a.id) < std::tie(b.distance, b.id);
  });
  return matches;
}

TEST(MihIndex, EmptyIndexFindsNothing) {
  const MihIndex index;
  EXPECT_EQ(index.size(), 0u);
  EXPECT_TRUE(index.Query(PdqHash{}).empty());
  EXPECT_TRUE(index.QueryDihedral(PdqDihedralResult{}).empty());
}

TEST(MihIndex, ReturnsExactlyTheBruteForceSetOnRandomAndPerturbedHashes) {
  Random random{2024};
  MihIndex index;
  std::vector<std::pair<MihIndex::Id, PdqHash>> all;
  std::vector<PdqHash> bases;
  const auto add = [&](const PdqHash& hash) {
    const MihIndex::Id id = 1000 + all.size() * 3;
    index.Add(id, hash);
    all.emplace_back(id, hash);
  };
  // Sizes chosen to query the index with only pending entries, with packed and pending ones,
  // and after two repacks.
  for (const size_t size : {1000u, 6000u, 9000u}) {
    while (all.size() < size) {
      if (bases.empty() || random.Below(3) == 0) {
        bases.push_back(RandomHash(random));
        add(bases.back());
      } else {
        // Near-duplicates at every distance around the match threshold.
        add(Perturb(bases[random.Below(static_cast<int>(bases.size()))], random.Below(48), random));
      }
    }
    ASSERT_EQ(index.size(), size);
    size_t nonempty = 0;
    for (int q = 0; q < 200; ++q) {
      const PdqHash probe = q % 4 == 0
                                ? RandomHash(random)
                                : Perturb(bases[random.Below(static_cast<int>(bases.size()))],
                                          random.Below(40), random);
      for (int max_distance : {0, 7, 15, 16, 31, 32, 40}) {
        const auto expected = BruteForce(all, probe, max_distance);
        ASSERT_EQ(index.Query(probe, max_distance), expected)
            << "size " << size << " query " << q << " max_distance " << max_distance;
        if (max_distance == kMatchDistance && !expected.empty()) ++nonempty;
      }
    }
    EXPECT_GT(nonempty, 50u) << "the probes should mostly have neighbours";
  }
}

TEST(MihIndex, DefaultThresholdIs31AndResultsAreSortedByDistanceThenId) {
  Random random{7};
  const PdqHash base = RandomHash(random);
  MihIndex index;
  index.Add(50, Perturb(base, 31, random));
  index.Add(40, Perturb(base, 32, random));
  index.Add(30, Perturb(base, 5, random));
  index.Add(20, base);
  index.Add(10, Perturb(base, 5, random));
  index.Add(20, base);  // the same id twice: two entries
  const auto matches = index.Query(base);
  const std::vector<std::pair<MihIndex::Id, int>> expected = {
      {20, 0}, {20, 0}, {10, 5}, {30, 5}, {50, 31}};
  ASSERT_EQ(matches.size(), expected.size());
  for (size_t i = 0; i < matches.size(); ++i) {
    EXPECT_EQ(matches[i].id, expected[i].first) << i;
    EXPECT_EQ(matches[i].distance, expected[i].second) << i;
  }
  EXPECT_TRUE(index.Query(base, -1).empty());
  EXPECT_EQ(index.Query(base, 256).size(), 6u);
}

TEST(MihIndex, QueryDihedralFindsRotatedAndMirroredPhotos) {
  MihIndex index;
  std::vector<testing::TestImage> scenes;
  for (uint64_t seed = 0; seed < 6; ++seed) {
    scenes.push_back(testing::DrawScene(300 + seed, 480, 360));
    index.Add(seed, HashRgb(scenes.back().rgb.data(), 480, 360).hash);
  }
  // Scene 2 turned clockwise, scene 4 mirrored.
  const testing::TestImage turned = testing::Rotate90Clockwise(scenes[2]);
  const testing::TestImage mirrored = testing::FlipHorizontal(scenes[4]);
  const auto turned_variants = HashRgbDihedral(turned.rgb.data(), turned.width, turned.height);
  const auto mirrored_variants =
      HashRgbDihedral(mirrored.rgb.data(), mirrored.width, mirrored.height);

  // A plain query does not see through the rotation...
  EXPECT_TRUE(index.Query(turned_variants[Dihedral::kOriginal]).empty());
  // ...the dihedral one does: turning the probe back (270 degrees) gives the stored photo.
  const auto found = index.QueryDihedral(turned_variants);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].id, 2u);
  EXPECT_LE(found[0].distance, 2);
  EXPECT_EQ(found[0].variant, Dihedral::kRotate270);

  const auto found_mirrored = index.QueryDihedral(mirrored_variants);
  ASSERT_EQ(found_mirrored.size(), 1u);
  EXPECT_EQ(found_mirrored[0].id, 4u);
  EXPECT_LE(found_mirrored[0].distance, 2);
  EXPECT_EQ(found_mirrored[0].variant, Dihedral::kFlipHorizontal);
}

TEST(MihIndex, QueryDihedralReportsEachEntryOnceWithItsBestVariant) {
  Random random{99};
  MihIndex index;
  PdqDihedralResult probe;
  for (auto& hash : probe.hashes) hash = RandomHash(random);
  // Entry 1 is near two variants; entry 2 near one; entry 3 near none.
  index.Add(1, Perturb(probe[Dihedral::kRotate180], 10, random));
  index.Add(2, Perturb(probe[Dihedral::kTranspose], 3, random));
  index.Add(3, RandomHash(random));
  index.Add(1, Perturb(probe[Dihedral::kFlipVertical], 20, random));
  const auto matches = index.QueryDihedral(probe);
  ASSERT_EQ(matches.size(), 3u);
  EXPECT_EQ(matches[0].id, 2u);
  EXPECT_EQ(matches[0].distance, 3);
  EXPECT_EQ(matches[0].variant, Dihedral::kTranspose);
  EXPECT_EQ(matches[1].id, 1u);
  EXPECT_EQ(matches[1].variant, Dihedral::kRotate180);
  EXPECT_EQ(matches[2].id, 1u);
  EXPECT_EQ(matches[2].variant, Dihedral::kFlipVertical);
}

}  // namespace
}  // namespace ariadne::pdq
