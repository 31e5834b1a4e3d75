// The band index file's searches (band_index.h) against a plain scan of what was written: every
// key looked up, present or not, at the ends of the key range and in runs of equal keys, and every
// signature found by its document id even where ids leave gaps; the buckets listed as large.
#include "link/band_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <span>
#include <vector>

#include "support/temp_dir.h"

namespace ariadne::link {
namespace {

// Buckets with more entries than this are listed as large (the keys 0, UINT32_MAX and
// 0x80000000-2 come in runs longer than this, most others alone).
constexpr size_t kThreshold = 3;

struct Written {
  std::vector<std::vector<BandEntry>> bands;
  std::vector<int64_t> ids;
  std::vector<Signature> signatures;
};

// `count` texts with ids that jump now and then, keys drawn from a few runs of equal values, the
// extremes and random ones.
Written MakeIndex(size_t count, uint32_t seed) {
  std::mt19937 rng(seed);
  Written w;
  int64_t id = 7;
  for (size_t i = 0; i < count; ++i) {
    id += rng() % 10 == 0 ? 1000 + rng() % 50000 : 1;
    w.ids.push_back(id);
    Signature s{};
    for (auto& v : s) v = static_cast<uint16_t>(rng());
    w.signatures.push_back(s);
  }
  w.bands.resize(kBands);
  for (int band = 0; band < kBands; ++band) {
    for (size_t i = 0; i < count; ++i) {
      const uint32_t r = rng();
      uint32_t key = r;
      if (r % 7 == 0) key = 0;
      if (r % 7 == 1) key = UINT32_MAX;
      if (r % 7 == 2) key = 0x80000000u + r % 3;
      w.bands[band].push_back({key, static_cast<uint32_t>(w.ids[i])});
    }
    std::sort(w.bands[band].begin(), w.bands[band].end(),
              [](const BandEntry& a, const BandEntry& b) { return a.key < b.key; });
  }
  return w;
}

TEST(BandIndexTest, FindsExactlyTheEntriesAndSignaturesWritten) {
  testing::TempDir dir;
  for (size_t count : {size_t{0}, size_t{1}, size_t{2}, size_t{37}, size_t{5000}}) {
    const Written w = MakeIndex(count, static_cast<uint32_t>(count) + 1);
    const auto path = dir.path() / "link-bands.bin";
    SignedTexts texts{count, [&](size_t i) { return w.ids[i]; },
                      [&](size_t i) -> const Signature& { return w.signatures[i]; }};
    ASSERT_TRUE(WriteBandIndex(path, 42, 99, w.bands, texts, kThreshold).ok());
    std::optional<BandIndex> index = BandIndex::Open(path, 42, 99, kThreshold);
    ASSERT_TRUE(index.has_value());
    EXPECT_FALSE(BandIndex::Open(path, 43, 99, kThreshold).has_value());      // another link's file
    EXPECT_FALSE(BandIndex::Open(path, 42, 99, kThreshold + 1).has_value());  // another cap

    std::mt19937 rng(7);
    for (int band = 0; band < kBands; band += 6) {
      const std::vector<BandEntry>& all = w.bands[band];
      EXPECT_EQ(index->Entries(band).size(), all.size());
      std::vector<uint32_t> probes = {0,           1,           UINT32_MAX,  UINT32_MAX - 1,
                                      0x80000000u, 0x80000001u, 0x80000002u, 0x80000003u,
                                      0x7fffffffu};
      for (const BandEntry& e : all) probes.push_back(e.key);
      for (int i = 0; i < 200; ++i) probes.push_back(rng());
      for (uint32_t key : probes) {
        std::vector<uint32_t> expected, got;
        for (const BandEntry& e : all) {
          if (e.key == key) expected.push_back(e.document);
        }
        for (const BandEntry& e : index->Find(band, key)) {
          EXPECT_EQ(e.key, key);
          got.push_back(e.document);
        }
        std::sort(expected.begin(), expected.end());
        std::sort(got.begin(), got.end());
        ASSERT_EQ(got, expected) << "band " << band << " key " << key << " of " << count;
        // Listed as large exactly when it has more entries than the threshold.
        const LargeBucket* large = index->FindLarge(band, key);
        ASSERT_EQ(large != nullptr, expected.size() > kThreshold) << key << " of " << count;
        if (large != nullptr) {
          EXPECT_EQ(large->count, expected.size());
          EXPECT_EQ(large->first, expected.front());
        }
      }
    }
    for (size_t i = 0; i < count; ++i) {
      Signature s{};
      ASSERT_TRUE(index->FindSignature(static_cast<uint32_t>(w.ids[i]), s)) << w.ids[i];
      EXPECT_EQ(s, w.signatures[i]);
      // The ids between two texts (and before the first) have none.
      EXPECT_FALSE(index->FindSignature(static_cast<uint32_t>(w.ids[i] - 1), s) &&
                   (i == 0 || w.ids[i - 1] != w.ids[i] - 1));
    }
    Signature s{};
    EXPECT_FALSE(index->FindSignature(0, s));
    EXPECT_FALSE(index->FindSignature(UINT32_MAX, s));
  }
}

// The reads that avoid touching the map (band_index.h) answer as the map does: a band read whole
// holds Entries(band), and a sweep of ascending documents (present, absent, a run of neighbours,
// jumps past its window, one asked twice, one before the last) finds exactly what FindSignature
// finds, reading windows with pread for the near ones.
TEST(BandIndexTest, ReadsWithoutTheMapAnswerAsTheMapDoes) {
  testing::TempDir dir;
  for (size_t count : {size_t{1}, size_t{37}, size_t{5000}}) {
    const Written w = MakeIndex(count, static_cast<uint32_t>(count) + 11);
    const auto path = dir.path() / "link-bands.bin";
    SignedTexts texts{count, [&](size_t i) { return w.ids[i]; },
                      [&](size_t i) -> const Signature& { return w.signatures[i]; }};
    ASSERT_TRUE(WriteBandIndex(path, 42, 99, w.bands, texts, kThreshold).ok());
    std::optional<BandIndex> index = BandIndex::Open(path, 42, 99, kThreshold);
    ASSERT_TRUE(index.has_value());
    std::vector<BandEntry> buffer;
    for (int band = 0; band < kBands; band += 5) {
      ASSERT_TRUE(index->ReadBand(band, buffer).ok());
      const std::span<const BandEntry> mapped = index->Entries(band);
      ASSERT_EQ(buffer.size(), mapped.size());
      for (size_t i = 0; i < buffer.size(); ++i) {
        ASSERT_EQ(buffer[i].key, mapped[i].key);
        ASSERT_EQ(buffer[i].document, mapped[i].document);
      }
    }
    std::mt19937 rng(static_cast<uint32_t>(count));
    std::vector<uint32_t> asked = {0};
    const auto last = static_cast<uint32_t>(w.ids.back() + 3);
    for (uint32_t d = 1; d <= last; d += 1 + rng() % (rng() % 4 == 0 ? 400 : 3)) asked.push_back(d);
    asked.push_back(asked.back());             // twice
    asked.push_back(asked[asked.size() / 2]);  // before the last
    asked.push_back(UINT32_MAX);
    BandIndex::SignatureSweep sweep(*index);
    for (uint32_t d : asked) {
      Signature by_map{}, by_sweep{};
      const bool found = index->FindSignature(d, by_map);
      ASSERT_EQ(sweep.Find(d, by_sweep), found) << d << " of " << count;
      if (found) {
        ASSERT_EQ(by_sweep, by_map) << d;
      }
    }
    if (count == 5000) {
      EXPECT_GT(sweep.reads(), 10);  // the near documents were read in windows
    }
  }
}

}  // namespace
}  // namespace ariadne::link
