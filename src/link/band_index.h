// A persisted LSH band index of a case's text signatures (the file link-bands.bin in the case
// folder): for each of the kBands bands, every text's band key (its high 32 bits) with its document
// id, sorted by key. A full link writes it from the keys it sorts anyway; an incremental link looks
// up the new documents' band keys in it instead of reading every stored signature. A candidate is
// only a candidate: callers confirm it on the stored signatures, so the 32-bit keys (rare
// collisions) add work, never links. Readers check the header against link_state (its token and
// last document); any mismatch means "no index" and the caller reads the signatures instead.
// The file also lists the buckets larger than the link's max_bucket_pairs (a full link compares
// them as stars, resolve.h), so that an incremental link compares them as a full link does.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <vector>

#include "core/status.h"
#include "link/minhash.h"

namespace ariadne::link {

struct BandEntry {
  uint32_t key;       // high 32 bits of BandKey(signature, band)
  uint32_t document;  // document id
};

inline uint32_t BandKey32(const Signature& signature, int band) {
  return static_cast<uint32_t>(BandKey(signature, band) >> 32);
}

// The index file's name in a case folder.
inline constexpr const char* kBandIndexFile = "link-bands.bin";

// The texts whose signatures the file also keeps (for confirming candidates without a database
// look-up each): `count` texts, the i-th with `document(i)` and `signature(i)`, ascending ids.
struct SignedTexts {
  size_t count = 0;
  std::function<int64_t(size_t)> document;
  std::function<const Signature&(size_t)> signature;
};

// A bucket (band, high 32 bits of its key) with more entries than the file's star threshold.
struct LargeBucket {
  uint32_t band;
  uint32_t key;
  uint32_t first;  // its smallest document id
  uint32_t count;
};

// Writes `bands` (kBands vectors of one size, each sorted by key) and `texts` to `path` atomically
// (a temporary file renamed over it), with the token and the highest document id it covers, and
// the buckets with more than `star_threshold` entries. Signatures whose ids do not ascend are not
// kept (readers then find none).
Status WriteBandIndex(const std::filesystem::path& path, int64_t token, int64_t last_document,
                      const std::vector<std::vector<BandEntry>>& bands, const SignedTexts& texts,
                      size_t star_threshold);

// A read-only memory map of an index file.
class BandIndex {
 public:
  // Opens `path`; nullopt when it is missing, truncated or not the one written with `token`,
  // `last_document` and `star_threshold` (a stale or foreign file is never used).
  static std::optional<BandIndex> Open(const std::filesystem::path& path, int64_t token,
                                       int64_t last_document, size_t star_threshold);
  BandIndex(BandIndex&& other) noexcept;
  BandIndex& operator=(BandIndex&&) = delete;
  BandIndex(const BandIndex&) = delete;
  ~BandIndex();

  // The entries of `band` with this key (usually none or a few).
  std::span<const BandEntry> Find(int band, uint32_t key) const;
  // Every entry of `band`, sorted by key: for looking up many keys at once in key order (one sweep
  // through the band instead of a search per key).
  std::span<const BandEntry> Entries(int band) const;
  int64_t entries_per_band() const { return count_; }
  // The stored signature of `document`; false when the file has none for it.
  bool FindSignature(uint32_t document, Signature& signature) const;
  // Whether the file keeps the signature of every text it indexed (all those long enough to link
  // on, up to its last document): then a document it has none for has no text to link on.
  bool has_signatures() const { return signatures_ > 0; }
  // The bucket (band, key) when it has more entries than the star threshold; nullptr otherwise.
  const LargeBucket* FindLarge(int band, uint32_t key) const;

 private:
  BandIndex(void* map, size_t size, int64_t count, int64_t signatures, int64_t large);
  void* map_ = nullptr;
  size_t size_ = 0;
  int64_t count_ = 0;
  int64_t signatures_ = 0;
  int64_t large_ = 0;
};

}  // namespace ariadne::link
