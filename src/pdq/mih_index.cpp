#include "pdq/mih_index.h"

#include <algorithm>
#include <bit>
#include <tuple>

namespace ariadne::pdq {
namespace {

// Below this many pending entries the index never repacks; above it, it repacks when the pending
// entries exceed a quarter of the packed ones, so each entry is repacked O(1) times on average.
constexpr size_t kMinPendingBeforeRepack = 4096;

// All 16-bit masks ordered by how many bits they set; masks with at most r bits are the first
// MasksUpTo()[r] of them.
struct ProbeMasks {
  std::vector<uint16_t> masks;
  std::array<size_t, 17> up_to{};  // up_to[r]: number of masks with popcount <= r
};

const ProbeMasks& Masks() {
  static const ProbeMasks probe_masks = [] {
    ProbeMasks m;
    m.masks.resize(size_t{1} << 16);
    for (size_t v = 0; v < m.masks.size(); ++v) m.masks[v] = static_cast<uint16_t>(v);
    std::stable_sort(m.masks.begin(), m.masks.end(),
                     [](uint16_t a, uint16_t b) { return std::popcount(a) < std::popcount(b); });
    for (int r = 0; r <= 16; ++r) {
      m.up_to[r] = static_cast<size_t>(std::count_if(
          m.masks.begin(), m.masks.end(), [r](uint16_t v) { return std::popcount(v) <= r; }));
    }
    return m;
  }();
  return probe_masks;
}

}  // namespace

MihIndex::MihIndex() = default;

void MihIndex::Add(Id id, const PdqHash& hash) {
  const auto entry = static_cast<uint32_t>(hashes_.size());
  hashes_.push_back(hash);
  ids_.push_back(id);
  for (int slot = 0; slot < kSlots; ++slot) {
    std::vector<uint32_t>& heads = pending_heads_[slot];
    if (heads.empty()) heads.assign(kBuckets, kNone);
    uint32_t& head = heads[SlotValue(hash, slot)];
    pending_next_[slot].push_back(head);
    head = entry;
  }
  const size_t pending = hashes_.size() - packed_;
  if (pending > std::max(kMinPendingBeforeRepack, packed_ / 4)) Repack();
}

void MihIndex::Repack() {
  const size_t n = hashes_.size();
  std::vector<uint32_t> next;
  for (int slot = 0; slot < kSlots; ++slot) {
    // Counting sort of the entries by slot value.
    std::vector<uint32_t>& offsets = packed_offsets_[slot];
    offsets.assign(kBuckets + 1, 0);
    for (size_t e = 0; e < n; ++e) ++offsets[SlotValue(hashes_[e], slot) + 1];
    for (size_t v = 0; v < kBuckets; ++v) offsets[v + 1] += offsets[v];
    std::vector<uint32_t>& entries = packed_entries_[slot];
    entries.resize(n);
    next.assign(offsets.begin(), offsets.end() - 1);
    for (size_t e = 0; e < n; ++e) {
      entries[next[SlotValue(hashes_[e], slot)]++] = static_cast<uint32_t>(e);
    }
    pending_heads_[slot].assign(kBuckets, kNone);
    pending_next_[slot].clear();
  }
  packed_ = n;
}

template <typename Found>
void MihIndex::ForEachWithin(const PdqHash& probe, int max_distance, Found&& found) const {
  if (max_distance < 0 || hashes_.empty()) return;
  max_distance = std::min(max_distance, kHashBits);
  const int radius = std::min(16, max_distance / kSlots);
  const ProbeMasks& masks = Masks();
  const size_t probes = masks.up_to[radius];

  // Gather first, verify second: the verification loop then has no dependency between
  // iterations, so the CPU overlaps the cache misses on hashes_ (the cost of a query).
  std::vector<uint32_t> candidates;
  for (int slot = 0; slot < kSlots; ++slot) {
    const uint16_t probe_value = SlotValue(probe, slot);
    const std::vector<uint32_t>& offsets = packed_offsets_[slot];
    const std::vector<uint32_t>& entries = packed_entries_[slot];
    const std::vector<uint32_t>& heads = pending_heads_[slot];
    const std::vector<uint32_t>& chain = pending_next_[slot];
    for (size_t p = 0; p < probes; ++p) {
      const auto value = static_cast<uint16_t>(probe_value ^ masks.masks[p]);
      if (packed_ > 0) {
        candidates.insert(candidates.end(), entries.begin() + offsets[value],
                          entries.begin() + offsets[value + 1]);
      }
      if (!chain.empty()) {
        for (uint32_t entry = heads[value]; entry != kNone; entry = chain[entry - packed_]) {
          candidates.push_back(entry);
        }
      }
    }
  }

  constexpr size_t kPrefetchAhead = 8;
  std::vector<std::pair<uint32_t, int>> within;
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (i + kPrefetchAhead < candidates.size()) {
      __builtin_prefetch(&hashes_[candidates[i + kPrefetchAhead]]);
    }
    const int distance = HammingDistance(hashes_[candidates[i]], probe);
    if (distance <= max_distance) within.emplace_back(candidates[i], distance);
  }
  // An entry within the radius in several slots was gathered once per slot.
  std::sort(within.begin(), within.end());
  within.erase(std::unique(within.begin(), within.end()), within.end());
  for (const auto& [entry, distance] : within) found(entry, distance);
}

std::vector<MihIndex::Match> MihIndex::Query(const PdqHash& probe, int max_distance) const {
  std::vector<std::pair<uint32_t, int>> found;
  ForEachWithin(probe, max_distance,
                [&](uint32_t entry, int distance) { found.emplace_back(entry, distance); });
  std::vector<Match> matches;
  matches.reserve(found.size());
  for (const auto& [entry, distance] : found) {
    matches.push_back({ids_[entry], distance, Dihedral::kOriginal});
  }
  std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
    return std::tie(a.distance, a.id) < std::tie(b.distance, b.id);
  });
  return matches;
}

std::vector<MihIndex::Match> MihIndex::QueryDihedral(const PdqDihedralResult& probe,
                                                     int max_distance) const {
  struct Found {
    uint32_t entry;
    int distance;
    Dihedral variant;
  };
  std::vector<Found> found;
  for (int d = 0; d < kDihedralCount; ++d) {
    const auto variant = static_cast<Dihedral>(d);
    ForEachWithin(probe[variant], max_distance, [&](uint32_t entry, int distance) {
      found.push_back({entry, distance, variant});
    });
  }
  // One row per entry: its smallest distance, from the first variant (in enum order) giving it.
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    return std::tie(a.entry, a.distance, a.variant) < std::tie(b.entry, b.distance, b.variant);
  });
  std::vector<Match> matches;
  for (size_t i = 0; i < found.size(); ++i) {
    if (i > 0 && found[i].entry == found[i - 1].entry) continue;
    matches.push_back({ids_[found[i].entry], found[i].distance, found[i].variant});
  }
  std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
    return std::tie(a.distance, a.id) < std::tie(b.distance, b.id);
  });
  return matches;
}

}  // namespace ariadne::pdq
