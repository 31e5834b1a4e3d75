// Finding every stored PDQ hash within a Hamming distance of a probe, without comparing against
// all of them: multi-index hashing (Norouzi, Punjani and Fleet, "Fast search in Hamming space
// with multi-index hashing", CVPR 2012), in the layout Meta chose for PDQ (pdq README-MIH):
// the 256 bits are cut into 16 slots of 16 bits, and each slot has a table from its 16-bit value
// to the entries holding it.
//
// Pigeonhole: if two hashes differ in at most d bits, some slot differs in at most floor(d / 16)
// bits. For d <= 31 (kMatchDistance) each slot is probed at its own value and the 16 values one
// bit away, 17 probes a slot, 272 in all; every candidate is then checked with the full distance.
// The answer is exact (the same as comparing against every entry), for any max_distance 0..256;
// larger radii probe many more values and approach a full scan.
//
// Thread safety: const methods may run concurrently with each other; Add must not run
// concurrently with anything. Memory: the hash, the id and one 4-byte table reference per slot
// for every entry (about 150 bytes an entry with growth slack, 157 MB peak at a million), plus
// 8 MB of tables. Speed (bench/pdq_bench, one core): about 6,000 queries/s at a million random
// hashes, against about 200/s for a linear scan.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "pdq/pdq.h"

namespace ariadne::pdq {

class MihIndex {
 public:
  using Id = uint64_t;

  struct Match {
    Id id = 0;
    int distance = 0;
    // For QueryDihedral: the probe variant that gave `distance` (the smallest of the variants).
    Dihedral variant = Dihedral::kOriginal;
    friend bool operator==(const Match&, const Match&) = default;
  };

  MihIndex();

  // Stores `hash` under `id`. Ids are the caller's and need not be unique: every Add is its own
  // entry and is reported separately. Amortised O(1); now and then it repacks the tables (linear
  // in the size of the index).
  void Add(Id id, const PdqHash& hash);

  size_t size() const { return hashes_.size(); }

  // Every entry within `max_distance` (0..256) of `probe`, each once, sorted by distance and
  // then by id. Empty when nothing is that close.
  std::vector<Match> Query(const PdqHash& probe, int max_distance = kMatchDistance) const;

  // As Query, but an entry matches when it is within `max_distance` of any of the 8 variants
  // (HashRgbDihedral): the same photo rotated or mirrored. Each entry is reported once, with its
  // smallest distance over the variants and the variant that gave it.
  std::vector<Match> QueryDihedral(const PdqDihedralResult& probe,
                                   int max_distance = kMatchDistance) const;

 private:
  static constexpr int kSlots = 16;
  static constexpr size_t kBuckets = size_t{1} << 16;

  static uint16_t SlotValue(const PdqHash& hash, int slot) {
    return static_cast<uint16_t>(hash.words[slot / 4] >> (16 * (slot % 4)));
  }
  void Repack();
  // Calls found(entry, distance) for every entry within max_distance of probe, each entry once.
  template <typename Found>
  void ForEachWithin(const PdqHash& probe, int max_distance, Found&& found) const;

  std::vector<PdqHash> hashes_;  // by entry number
  std::vector<Id> ids_;          // by entry number

  // Entries [0, packed_) are in the packed tables: per slot, the entries whose slot value is v
  // are packed_entries_[slot][packed_offsets_[slot][v] .. packed_offsets_[slot][v + 1]).
  size_t packed_ = 0;
  std::array<std::vector<uint32_t>, kSlots> packed_offsets_;
  std::array<std::vector<uint32_t>, kSlots> packed_entries_;
  // Entries [packed_, size()) wait in per-slot chains until the next Repack: the newest pending
  // entry with slot value v is pending_heads_[slot][v], the one before it
  // pending_next_[slot][entry - packed_], and kNone ends a chain.
  static constexpr uint32_t kNone = UINT32_MAX;
  std::array<std::vector<uint32_t>, kSlots> pending_heads_;
  std::array<std::vector<uint32_t>, kSlots> pending_next_;
};

}  // namespace ariadne::pdq
