#include "link/band_index.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <tuple>

namespace ariadne::link {

namespace {

// Header: magic, token, last document, entries per band, bands, signatures, large buckets, star
// threshold; then kBands arrays of entries; then the signatures, each a 4-byte document id and its
// 256 bytes, ascending ids; then the large buckets, by band and key.
constexpr char kMagic[8] = {'A', 'R', 'L', 'B', 'A', 'N', 'D', '3'};
struct Header {
  char magic[8];
  int64_t token;
  int64_t last_document;
  int64_t count;
  int64_t bands;
  int64_t signatures;
  int64_t large;
  int64_t star_threshold;
};
constexpr size_t kSignedSize = sizeof(uint32_t) + sizeof(Signature);
static_assert(sizeof(BandEntry) == 8);
static_assert(sizeof(LargeBucket) == 16);

// The buckets of `bands` with more than `threshold` entries, by band and key.
std::vector<LargeBucket> LargeBuckets(const std::vector<std::vector<BandEntry>>& bands,
                                      size_t threshold) {
  std::vector<LargeBucket> out;
  for (size_t band = 0; band < bands.size(); ++band) {
    const std::vector<BandEntry>& entries = bands[band];
    for (size_t begin = 0; begin < entries.size();) {
      size_t end = begin + 1;
      uint32_t first = entries[begin].document;
      while (end < entries.size() && entries[end].key == entries[begin].key) {
        first = std::min(first, entries[end].document);
        ++end;
      }
      if (end - begin > threshold) {
        out.push_back({static_cast<uint32_t>(band), entries[begin].key, first,
                       static_cast<uint32_t>(end - begin)});
      }
      begin = end;
    }
  }
  return out;
}

}  // namespace

Status WriteBandIndex(const std::filesystem::path& path, int64_t token, int64_t last_document,
                      const std::vector<std::vector<BandEntry>>& bands, const SignedTexts& texts,
                      size_t star_threshold) {
  if (bands.size() != static_cast<size_t>(kBands)) {
    return Internal(fmt::format("band index: {} bands, not {}", bands.size(), kBands));
  }
  Header header{};
  std::memcpy(header.magic, kMagic, sizeof kMagic);
  header.token = token;
  header.last_document = last_document;
  header.count = static_cast<int64_t>(bands[0].size());
  header.bands = kBands;
  bool ascending = true;
  for (size_t i = 1; i < texts.count && ascending; ++i) {
    ascending = texts.document(i - 1) < texts.document(i);
  }
  if (texts.count > 0 && texts.document(texts.count - 1) > static_cast<int64_t>(UINT32_MAX)) {
    ascending = false;
  }
  header.signatures = ascending ? static_cast<int64_t>(texts.count) : 0;
  const std::vector<LargeBucket> large = LargeBuckets(bands, star_threshold);
  header.large = static_cast<int64_t>(large.size());
  header.star_threshold = static_cast<int64_t>(star_threshold);
  std::filesystem::path temporary = path;
  temporary += ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(&header), sizeof header);
    for (const std::vector<BandEntry>& band : bands) {
      if (static_cast<int64_t>(band.size()) != header.count) {
        return Internal("band index: bands of different sizes");
      }
      out.write(reinterpret_cast<const char*>(band.data()),
                static_cast<std::streamsize>(band.size() * sizeof(BandEntry)));
    }
    for (int64_t i = 0; i < header.signatures; ++i) {
      const auto document = static_cast<uint32_t>(texts.document(static_cast<size_t>(i)));
      out.write(reinterpret_cast<const char*>(&document), sizeof document);
      out.write(reinterpret_cast<const char*>(texts.signature(static_cast<size_t>(i)).data()),
                sizeof(Signature));
    }
    out.write(reinterpret_cast<const char*>(large.data()),
              static_cast<std::streamsize>(large.size() * sizeof(LargeBucket)));
    out.close();
    if (!out) {
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      return IoError(
          fmt::format("cannot write {}: {}; check that the case folder is writable and "
                      "the disk is not full",
                      temporary.string(), std::strerror(errno)));
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    return IoError(
        fmt::format("cannot rename {} to {}: {}", temporary.string(), path.string(), ec.message()));
  }
  return Status::Ok();
}

std::optional<BandIndex> BandIndex::Open(const std::filesystem::path& path, int64_t token,
                                         int64_t last_document, size_t star_threshold) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat st {};
  if (::fstat(fd, &st) != 0 || static_cast<size_t>(st.st_size) < sizeof(Header)) {
    ::close(fd);
    return std::nullopt;
  }
  const auto size = static_cast<size_t>(st.st_size);
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
  if (map == MAP_FAILED) {
    ::close(fd);
    return std::nullopt;
  }
  Header header{};
  std::memcpy(&header, map, sizeof header);
  const bool valid =
      std::memcmp(header.magic, kMagic, sizeof kMagic) == 0 && header.token == token &&
      header.last_document == last_document && header.bands == kBands && header.count >= 0 &&
      header.signatures >= 0 && header.large >= 0 &&
      header.star_threshold == static_cast<int64_t>(star_threshold) &&
      size == sizeof(Header) + static_cast<size_t>(header.count) * kBands * sizeof(BandEntry) +
                  static_cast<size_t>(header.signatures) * kSignedSize +
                  static_cast<size_t>(header.large) * sizeof(LargeBucket);
  if (!valid) {
    ::munmap(map, size);
    ::close(fd);
    return std::nullopt;
  }
  // No MADV_RANDOM: the searches read neighbouring pages, which the kernel then maps in groups.
  return BandIndex(fd, map, size, header.count, header.signatures, header.large);
}

BandIndex::BandIndex(int fd, void* map, size_t size, int64_t count, int64_t signatures,
                     int64_t large)
    : fd_(fd), map_(map), size_(size), count_(count), signatures_(signatures), large_(large) {}

BandIndex::BandIndex(BandIndex&& other) noexcept
    : fd_(other.fd_),
      map_(other.map_),
      size_(other.size_),
      count_(other.count_),
      signatures_(other.signatures_),
      large_(other.large_) {
  other.fd_ = -1;
  other.map_ = nullptr;
  other.size_ = 0;
}

BandIndex::~BandIndex() {
  if (map_ != nullptr) ::munmap(map_, size_);
  if (fd_ >= 0) ::close(fd_);
}

namespace {

// Reads `size` bytes at `offset` of `fd` into `out`, however many calls that takes. False with
// errno set when it cannot: a read error's, or EIO when the file ends first (a truncated index).
bool ReadFully(int fd, size_t offset, size_t size, char* out) {
  while (size > 0) {
    const ssize_t got = ::pread(fd, out, size, static_cast<off_t>(offset));
    if (got < 0 && errno == EINTR) continue;
    if (got == 0) errno = EIO;
    if (got <= 0) return false;
    out += got;
    offset += static_cast<size_t>(got);
    size -= static_cast<size_t>(got);
  }
  return true;
}

}  // namespace

Status BandIndex::ReadBand(int band, std::vector<BandEntry>& out) const {
  out.resize(static_cast<size_t>(count_));
  const size_t offset =
      sizeof(Header) + static_cast<size_t>(band) * static_cast<size_t>(count_) * sizeof(BandEntry);
  if (!ReadFully(fd_, offset, out.size() * sizeof(BandEntry), reinterpret_cast<char*>(out.data())))
    return IoError(
        fmt::format("cannot read band {} of the band index: {}", band, std::strerror(errno)));
  return Status::Ok();
}

// Both searches start where the value would be if the sorted values were spread evenly (band keys
// are hashes, document ids nearly consecutive), then widen to a bracket around it and finish with
// a binary search inside: a few neighbouring pages of the map instead of one page per halving.
namespace {

// The first index in [0, count) whose value is not below `target`; `at(i)` is the i-th value,
// ascending; `guess` an estimate of that index.
template <typename At>
int64_t LowerBound(int64_t count, uint32_t target, int64_t guess, At&& at) {
  if (count == 0) return 0;
  guess = std::clamp<int64_t>(guess, 0, count - 1);
  int64_t low, high;  // the answer lies in [low, high]
  if (at(guess) < target) {
    low = guess + 1;
    int64_t step = 16;
    high = low;
    while (high < count && at(high) < target) {
      low = high + 1;
      high = std::min(count, high + step);
      step *= 2;
    }
  } else {
    high = guess;
    int64_t step = 16;
    low = high;
    while (low > 0 && at(low - 1) >= target) {
      high = low - 1;
      low = std::max<int64_t>(0, low - step);
      step *= 2;
    }
  }
  while (low < high) {
    const int64_t mid = low + (high - low) / 2;
    if (at(mid) < target) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low;
}

}  // namespace

std::span<const BandEntry> BandIndex::Find(int band, uint32_t key) const {
  const auto* first =
      reinterpret_cast<const BandEntry*>(static_cast<const char*>(map_) + sizeof(Header)) +
      static_cast<size_t>(band) * static_cast<size_t>(count_);
  const BandEntry* last = first + count_;
  const auto guess =
      static_cast<int64_t>((static_cast<uint64_t>(key) * static_cast<uint64_t>(count_)) >> 32);
  const BandEntry* begin =
      first + LowerBound(count_, key, guess, [&](int64_t i) { return first[i].key; });
  const BandEntry* end = begin;
  while (end != last && end->key == key) ++end;
  return {begin, end};
}

std::span<const BandEntry> BandIndex::Entries(int band) const {
  const auto* first =
      reinterpret_cast<const BandEntry*>(static_cast<const char*>(map_) + sizeof(Header)) +
      static_cast<size_t>(band) * static_cast<size_t>(count_);
  return {first, static_cast<size_t>(count_)};
}

size_t BandIndex::SignaturesOffset() const {
  return sizeof(Header) + static_cast<size_t>(count_) * kBands * sizeof(BandEntry);
}

const char* BandIndex::SignedAt(int64_t record) const {
  return static_cast<const char*>(map_) + SignaturesOffset() +
         static_cast<size_t>(record) * kSignedSize;
}

int64_t BandIndex::SignatureRecord(uint32_t document) const {
  auto id_at = [&](int64_t i) {
    uint32_t id;
    std::memcpy(&id, SignedAt(i), sizeof id);
    return id;
  };
  const uint32_t lowest = id_at(0), highest = id_at(signatures_ - 1);
  int64_t guess = 0;
  if (document >= highest) {
    guess = signatures_ - 1;
  } else if (document > lowest) {
    guess = static_cast<int64_t>(static_cast<double>(document - lowest) /
                                 static_cast<double>(highest - lowest) *
                                 static_cast<double>(signatures_ - 1));
  }
  return LowerBound(signatures_, document, guess, id_at);
}

bool BandIndex::FindSignature(uint32_t document, Signature& signature) const {
  if (signatures_ == 0) return false;
  const int64_t record = SignatureRecord(document);
  if (record == signatures_) return false;
  uint32_t id;
  std::memcpy(&id, SignedAt(record), sizeof id);
  if (id != document) return false;
  std::memcpy(signature.data(), SignedAt(record) + sizeof(uint32_t), sizeof(Signature));
  return true;
}

uint32_t BandIndex::SignatureSweep::IdAt(int64_t record) const {
  uint32_t id;
  std::memcpy(&id, window_.data() + static_cast<size_t>(record - begin_) * kSignedSize, sizeof id);
  return id;
}

bool BandIndex::SignatureSweep::Find(uint32_t document, Signature& signature) {
  const int64_t count = index_.signatures_;
  if (count == 0) return false;
  // Ids ascend by one at least from a record to the next, so the record of `document` (if any)
  // lies before `reach`: within document - last_id_ records after last_.
  if (last_ >= 0 && document > last_id_ && static_cast<int64_t>(document - last_id_) <= kWindow) {
    const int64_t from = last_ + 1;
    if (from >= count) return false;  // past the last record
    const int64_t reach = std::min(count, from + (document - last_id_));
    if (from < begin_ || reach > end_) {
      begin_ = from;
      end_ = std::min(count, begin_ + kWindow);  // holds reach
      window_.resize(static_cast<size_t>(end_ - begin_) * kSignedSize);
      ++reads_;
      if (!ReadFully(index_.fd_,
                     index_.SignaturesOffset() + static_cast<size_t>(begin_) * kSignedSize,
                     window_.size(), window_.data())) {
        begin_ = end_ = 0;  // the map still answers
      }
    }
    if (begin_ <= from && reach <= end_) {
      int64_t low = from, high = reach;
      while (low < high) {
        const int64_t mid = low + (high - low) / 2;
        if (IdAt(mid) < document) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      if (low < reach && IdAt(low) == document) {
        last_ = low;
        last_id_ = document;
        std::memcpy(
            signature.data(),
            window_.data() + static_cast<size_t>(low - begin_) * kSignedSize + sizeof(uint32_t),
            sizeof(Signature));
        return true;
      }
      // None: every record before `low` has a smaller id.
      if (low > from) {
        last_ = low - 1;
        last_id_ = IdAt(last_);
      }
      return false;
    }
  }
  // Far from the last record (or before it, or past the file's end): searched in the map.
  const int64_t record = index_.SignatureRecord(document);
  if (record == count) return false;
  uint32_t id;
  std::memcpy(&id, index_.SignedAt(record), sizeof id);
  if (id != document) {
    if (record > 0) {
      last_ = record - 1;
      std::memcpy(&last_id_, index_.SignedAt(last_), sizeof last_id_);
    }
    return false;
  }
  last_ = record;
  last_id_ = id;
  std::memcpy(signature.data(), index_.SignedAt(record) + sizeof(uint32_t), sizeof(Signature));
  return true;
}

const LargeBucket* BandIndex::FindLarge(int band, uint32_t key) const {
  const auto* first = reinterpret_cast<const LargeBucket*>(
      static_cast<const char*>(map_) + sizeof(Header) +
      static_cast<size_t>(count_) * kBands * sizeof(BandEntry) +
      static_cast<size_t>(signatures_) * kSignedSize);
  const LargeBucket* last = first + large_;
  const auto* found =
      std::lower_bound(first, last, std::pair<uint32_t, uint32_t>{static_cast<uint32_t>(band), key},
                       [](const LargeBucket& b, std::pair<uint32_t, uint32_t> k) {
                         return std::tie(b.band, b.key) < std::tie(k.first, k.second);
                       });
  return found != last && found->band == static_cast<uint32_t>(band) && found->key == key ? found
                                                                                          : nullptr;
}

}  // namespace ariadne::link
