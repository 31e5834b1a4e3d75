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

// A read-only memory map of an index file. On a host where the first touch of a mapped page is
// dear (a virtual machine filling its shadow page tables: 7-16 us a page), a sweep that reaches
// most pages of a band or of the signatures reads them with `pread` into a buffer it reuses
// instead (ReadBand, SignatureSweep); the map serves the scattered look-ups.
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
  // Every entry of `band`, sorted by key, read into `out` (resized; a caller reusing it across
  // bands touches its pages once): as Entries(band) without touching a page of the map.
  Status ReadBand(int band, std::vector<BandEntry>& out) const;
  // The stored signature of `document`; false when the file has none for it.
  bool FindSignature(uint32_t document, Signature& signature) const;

  // Signatures looked up for documents in ascending order (a sorted region, candidates by
  // document): a document within `kWindow` ids of the last record read is found in the next
  // `kWindow` records, read with one `pread` into a reused buffer (a record's position grows by
  // at most its id's: ids ascend); a farther one is searched in the map, as FindSignature. Finds
  // what FindSignature finds, in any order asked (a document before the window is searched in the
  // map too).
  class SignatureSweep {
   public:
    static constexpr int64_t kWindow = 128;  // records a read: 33 KB
    explicit SignatureSweep(const BandIndex& index) : index_(index) {}
    bool Find(uint32_t document, Signature& signature);
    int64_t reads() const { return reads_; }

   private:
    uint32_t IdAt(int64_t record) const;  // of a record in the window
    const BandIndex& index_;
    std::vector<char> window_;
    int64_t begin_ = 0, end_ = 0;  // the records in window_
    int64_t last_ = -1;            // the last record found or read past (-1: none)
    uint32_t last_id_ = 0;         // its document id
    int64_t reads_ = 0;            // preads made, for the tests
  };
  // Whether the file keeps the signature of every text it indexed (all those long enough to link
  // on, up to its last document): then a document it has none for has no text to link on.
  bool has_signatures() const { return signatures_ > 0; }
  // The bucket (band, key) when it has more entries than the star threshold; nullptr otherwise.
  const LargeBucket* FindLarge(int band, uint32_t key) const;

 private:
  BandIndex(int fd, void* map, size_t size, int64_t count, int64_t signatures, int64_t large);
  // The position of the first signature record whose id is not below `document` (searched in
  // the map), and a record's id and bytes.
  int64_t SignatureRecord(uint32_t document) const;
  const char* SignedAt(int64_t record) const;
  size_t SignaturesOffset() const;
  int fd_ = -1;  // kept open for the preads
  void* map_ = nullptr;
  size_t size_ = 0;
  int64_t count_ = 0;
  int64_t signatures_ = 0;
  int64_t large_ = 0;
};

}  // namespace ariadne::link
