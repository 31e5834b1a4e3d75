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
  ::close(fd);
  if (map == MAP_FAILED) return std::nullopt;
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
    return std::nullopt;
  }
  // No MADV_RANDOM: the searches read neighbouring pages, which the kernel then maps in groups.
  return BandIndex(map, size, header.count, header.signatures, header.large);
}

BandIndex::BandIndex(void* map, size_t size, int64_t count, int64_t signatures, int64_t large)
    : map_(map), size_(size), count_(count), signatures_(signatures), large_(large) {}

BandIndex::BandIndex(BandIndex&& other) noexcept
    : map_(other.map_),
      size_(other.size_),
      count_(other.count_),
      signatures_(other.signatures_),
      large_(other.large_) {
  other.map_ = nullptr;
  other.size_ = 0;
}

BandIndex::~BandIndex() {
  if (map_ != nullptr) ::munmap(map_, size_);
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

bool BandIndex::FindSignature(uint32_t document, Signature& signature) const {
  if (signatures_ == 0) return false;
  const char* first = static_cast<const char*>(map_) + sizeof(Header) +
                      static_cast<size_t>(count_) * kBands * sizeof(BandEntry);
  auto id_at = [&](int64_t i) {
    uint32_t id;
    std::memcpy(&id, first + static_cast<size_t>(i) * kSignedSize, sizeof id);
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
  const int64_t low = LowerBound(signatures_, document, guess, id_at);
  if (low == signatures_ || id_at(low) != document) return false;
  std::memcpy(signature.data(), first + static_cast<size_t>(low) * kSignedSize + sizeof(uint32_t),
              sizeof(Signature));
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
