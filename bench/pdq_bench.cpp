// Photo hashing and matching throughput on one thread (per CPU second of the thread).
//   1. Decode + PDQ hash of 1024 x 768 JPEGs (quality 85, generated in memory: gradients, shapes
//      and text-like blocks), with the decode and hash times shown apart.
//   2. A multi-index hash table over N random 256-bit hashes: time to add them, queries/s for
//      probes with no neighbour and for probes within distance 31 of a stored hash, the same with
//      all 8 dihedral variants, and a linear scan for comparison.
// Run: build/release/bench/pdq_bench [--images N] [--hashes N] [--queries N]
//      (defaults 400 images, 1,000,000 hashes, 20,000 queries)
#include <sys/resource.h>
#include <time.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "pdq/image_decode.h"
#include "pdq/mih_index.h"
#include "pdq/pdq.h"
#include "pdq/test_images.h"

namespace {

namespace pdq = ariadne::pdq;

// Rates are per CPU second of this thread, so that other processes on a shared machine do not
// skew them; wall time for the whole run is printed at the end.
struct Clock {
  using time_point = double;
  static double now() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
  }
};

double Seconds(double since) {
  return Clock::now() - since;
}

// splitmix64: fixed seed, so every run sees the same hashes.
struct Random {
  uint64_t state = 0x5DEECE66DULL;
  uint64_t Next() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
};

pdq::PdqHash RandomHash(Random& random) {
  pdq::PdqHash hash;
  for (auto& w : hash.words) w = random.Next();
  return hash;
}

pdq::PdqHash FlipBits(pdq::PdqHash hash, int bits, Random& random) {
  for (int i = 0; i < bits; ++i) {
    const int bit = static_cast<int>(random.Next() % pdq::kHashBits);
    hash.words[bit / 64] ^= uint64_t{1} << (bit % 64);
  }
  return hash;
}

long PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

void BenchHashing(int images) {
  constexpr int kDistinct = 16;
  std::vector<std::string> jpegs;
  size_t total_bytes = 0;
  for (int i = 0; i < kDistinct; ++i) {
    jpegs.push_back(pdq::testing::EncodeJpeg(pdq::testing::DrawScene(i + 1, 1024, 768), 85));
    total_bytes += jpegs.back().size();
  }
  std::printf("hashing: %d decodes of %d distinct 1024x768 JPEGs (quality 85, mean %zu KB)\n",
              images, kDistinct, total_bytes / kDistinct / 1024);

  double decode_seconds = 0, hash_seconds = 0, dihedral_seconds = 0;
  long quality_sum = 0;
  int decoded_width = 0, decoded_height = 0;
  for (int i = 0; i < images; ++i) {
    auto start = Clock::now();
    const auto image = pdq::DecodeImage(jpegs[i % kDistinct]);
    decode_seconds += Seconds(start);
    if (!image.ok()) {
      std::fprintf(stderr, "decode failed: %s\n", image.status().message().c_str());
      std::exit(70);
    }
    decoded_width = image->width;
    decoded_height = image->height;
    start = Clock::now();
    const pdq::PdqResult result = pdq::HashRgb(image->rgb.data(), image->width, image->height);
    hash_seconds += Seconds(start);
    quality_sum += result.quality;
    start = Clock::now();
    const pdq::PdqDihedralResult all =
        pdq::HashRgbDihedral(image->rgb.data(), image->width, image->height);
    dihedral_seconds += Seconds(start);
    if (!(all[pdq::Dihedral::kOriginal] == result.hash)) std::exit(70);
  }
  std::printf("  decoded to %dx%d (DCT-scaled); mean quality %ld\n", decoded_width, decoded_height,
              quality_sum / images);
  std::printf("  decode only:            %8.0f images/s\n", images / decode_seconds);
  std::printf("  hash only:              %8.0f images/s\n", images / hash_seconds);
  std::printf("  decode + hash:          %8.0f images/s\n",
              images / (decode_seconds + hash_seconds));
  std::printf("  decode + 8 variants:    %8.0f images/s\n",
              images / (decode_seconds + dihedral_seconds));
}

void BenchIndex(int hashes, int queries) {
  Random random;
  std::vector<pdq::PdqHash> stored;
  stored.reserve(hashes);
  for (int i = 0; i < hashes; ++i) stored.push_back(RandomHash(random));

  pdq::MihIndex index;
  auto start = Clock::now();
  for (int i = 0; i < hashes; ++i) index.Add(static_cast<pdq::MihIndex::Id>(i), stored[i]);
  const double add_seconds = Seconds(start);
  std::printf("index: %d random hashes added in %.2f s (%.0f adds/s), peak RSS %ld MB\n", hashes,
              add_seconds, hashes / add_seconds, PeakRssMb());

  std::vector<pdq::PdqHash> far_probes, near_probes;
  for (int i = 0; i < queries; ++i) {
    far_probes.push_back(RandomHash(random));
    near_probes.push_back(FlipBits(stored[random.Next() % stored.size()],
                                   static_cast<int>(random.Next() % 32), random));
  }

  size_t found = 0;
  start = Clock::now();
  for (const auto& probe : far_probes) found += index.Query(probe).size();
  const double far_seconds = Seconds(start);
  size_t near_found = 0;
  start = Clock::now();
  for (const auto& probe : near_probes) near_found += index.Query(probe).empty() ? 0 : 1;
  const double near_seconds = Seconds(start);
  std::printf("  query, no neighbour:    %8.0f queries/s (%zu matches)\n", queries / far_seconds,
              found);
  std::printf("  query, one within 31:   %8.0f queries/s (%zu of %d found)\n",
              queries / near_seconds, near_found, queries);

  const int dihedral_queries = std::max(1, queries / 8);
  pdq::PdqDihedralResult variants;
  start = Clock::now();
  for (int i = 0; i < dihedral_queries; ++i) {
    for (auto& h : variants.hashes) h = RandomHash(random);
    found += index.QueryDihedral(variants).size();
  }
  std::printf("  query, 8 variants:      %8.0f queries/s\n", dihedral_queries / Seconds(start));

  const int scans = std::max(1, queries / 200);
  start = Clock::now();
  size_t scan_found = 0;
  for (int q = 0; q < scans; ++q) {
    for (const auto& h : stored) scan_found += pdq::HammingDistance(h, near_probes[q]) <= 31;
  }
  std::printf("  linear scan:            %8.0f queries/s (%zu found)\n", scans / Seconds(start),
              scan_found);
  std::printf("  peak RSS %ld MB\n", PeakRssMb());
}

}  // namespace

int main(int argc, char** argv) {
  int images = 400, hashes = 1'000'000, queries = 20'000;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--images") == 0) {
      images = std::atoi(argv[i + 1]);
    } else if (std::strcmp(argv[i], "--hashes") == 0) {
      hashes = std::atoi(argv[i + 1]);
    } else if (std::strcmp(argv[i], "--queries") == 0) {
      queries = std::atoi(argv[i + 1]);
    } else {
      std::fprintf(stderr, "usage: pdq_bench [--images N] [--hashes N] [--queries N]\n");
      return 2;
    }
  }
  if (images < 1 || hashes < 1 || queries < 1) {
    std::fprintf(stderr, "pdq_bench: counts must be positive\n");
    return 2;
  }
  const auto wall_start = std::chrono::steady_clock::now();
  BenchHashing(images);
  BenchIndex(hashes, queries);
  std::printf("rates per CPU second on one thread; wall time %.1f s\n",
              std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count());
  return 0;
}
