// The cache of phone validations (ValidatePhone): the first reading of a number costs about 11,000
// instructions (Parse and GetNumberType as libphonenumber does them, from its metadata without ICU:
// phone_type.h; about 150,000 through libphonenumber itself, where a region's national prefix
// transform rule leaves the parse to it), and ads repeat their numbers, so each distinct candidate
// is read once and its answer kept by value.
// Bounded: two generations of at most `capacity / 2` answers each. Answers go into the young one;
// when it is full it becomes the old one and the former old one is dropped. An answer found in the
// old generation is copied into the young one, so the numbers an importer keeps meeting survive
// every turnover, while one-off candidates (a reference number, a window of a decoy's digits) age
// out. Memory stays flat whatever the input size. One cache per thread: no locks on the hot path.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/phone.h"

namespace ariadne::extract {

// A cache key that needs no allocation: up to 19 digits packed with their count (leading zeros
// matter), the '+' and the region hint (two letters; none for '+' numbers, read without it).
struct PhoneCacheKey {
  uint64_t digits = 0;
  uint16_t count_and_plus = 0;  // count << 1 | plus; count <= 20
  uint16_t region = 0;
  bool operator==(const PhoneCacheKey&) const = default;
};

// The region hint packed for a key: 0 when there is none.
inline uint16_t PackRegion(std::string_view region) {
  if (region.size() != 2) return 0;
  return static_cast<uint16_t>(static_cast<unsigned char>(region[0]) << 8 |
                               static_cast<unsigned char>(region[1]));
}

// The key of `digits` (ASCII digits, optionally led by '+') under `region`, or nullopt when they
// do not fit one (more than 19 digits, or a region hint that is no two-letter code).
inline std::optional<PhoneCacheKey> MakePhoneCacheKey(std::string_view digits,
                                                      std::string_view region) {
  PhoneCacheKey key;
  size_t i = 0;
  if (!digits.empty() && digits[0] == '+') {
    key.count_and_plus = 1;
    i = 1;
  }
  if (digits.size() - i > 19 || region.size() > 2) return std::nullopt;
  for (; i < digits.size(); ++i)
    key.digits = key.digits * 10 + static_cast<uint64_t>(digits[i] - '0');
  key.count_and_plus |= static_cast<uint16_t>(digits.size() << 1);
  key.region = PackRegion(region);
  return key;
}

// How a thread's cache has answered (ValidatePhone counts; the bench prints the share of hits).
struct PhoneCacheStats {
  uint64_t lookups = 0;      // candidates asked for
  uint64_t hits = 0;         // answered from the cache
  uint64_t validations = 0;  // read afresh (misses, and candidates too long for a key)
  uint64_t turnovers = 0;    // times the young generation became the old one
};

// The counts of this thread's cache since the thread started (defined in phone.cpp).
PhoneCacheStats ThreadPhoneCacheStats();

class PhoneCache {
 public:
  // 65,536 answers at most (about 9 MB with the slots): the bench corpus's 15,600 distinct
  // candidates fit with room to spare.
  static constexpr size_t kDefaultCapacity = size_t{1} << 16;

  // `capacity`: the answers kept at most, both generations together (a power of two, at least 4).
  explicit PhoneCache(size_t capacity = kDefaultCapacity)
      : young_(capacity / 2), old_(capacity / 2) {}

  // The cached answer for `key` (nullopt inside: not a valid number), or nullptr when there is
  // none. Valid until the next Find or Add.
  const std::optional<ValidPhone>* Find(const PhoneCacheKey& key) {
    if (const auto* young = young_.Find(key)) return young;  // nearly every hit
    return FindOld(key);
  }

  // Stores the answer for `key` (not cached yet) and returns it, valid until the next Find or Add.
  const std::optional<ValidPhone>* Add(const PhoneCacheKey& key, std::optional<ValidPhone> answer) {
    if (young_.full()) {
      std::swap(young_, old_);
      young_.Clear();
      ++turnovers_;
    }
    return young_.Add(key, std::move(answer));
  }

  // Answers held (both generations; an answer promoted from the old one may be counted twice).
  size_t size() const { return young_.size() + old_.size(); }
  size_t capacity() const { return young_.capacity() + old_.capacity(); }
  uint64_t turnovers() const { return turnovers_; }

  // The caller's counts (ValidatePhone's): kept here, so that the hot path reads one thread-local.
  PhoneCacheStats stats;

 private:
  [[gnu::noinline]] const std::optional<ValidPhone>* FindOld(const PhoneCacheKey& key) {
    const auto* old = old_.Find(key);
    if (old == nullptr) return nullptr;
    // Still in use: keep it past the next turnover (the argument is copied before a turnover in
    // Add could drop the table it is in).
    return Add(key, *old);
  }

  // One generation: open addressing over a flat slot array (a lookup touches one or two cache
  // lines), the answers kept apart; at most half the slots used.
  class Table {
   public:
    explicit Table(size_t capacity)
        : capacity_(capacity), mask_(capacity * 2 - 1), slots_(capacity * 2) {}
    bool full() const { return answers_.size() >= capacity_; }
    size_t size() const { return answers_.size(); }
    size_t capacity() const { return capacity_; }
    const std::optional<ValidPhone>* Find(const PhoneCacheKey& key) const {
      for (size_t i = Home(key);; i = Next(i)) {
        if (slots_[i].answer < 0) return nullptr;
        if (slots_[i].Holds(key)) return &answers_[static_cast<size_t>(slots_[i].answer)];
      }
    }
    const std::optional<ValidPhone>* Add(const PhoneCacheKey& key,
                                         std::optional<ValidPhone> answer) {
      size_t i = Home(key);
      while (slots_[i].answer >= 0) i = Next(i);
      slots_[i] = {key.digits, key.count_and_plus, key.region,
                   static_cast<int32_t>(answers_.size())};
      answers_.push_back(std::move(answer));
      return &answers_.back();
    }
    void Clear() {
      std::fill(slots_.begin(), slots_.end(), Slot{});
      answers_.clear();
    }

   private:
    struct Slot {  // a key and its answer's index in 16 bytes
      uint64_t digits = 0;
      uint16_t count_and_plus = 0;
      uint16_t region = 0;
      int32_t answer = -1;  // index into answers_, -1 when empty
      bool Holds(const PhoneCacheKey& key) const {
        return digits == key.digits && count_and_plus == key.count_and_plus && region == key.region;
      }
    };
    static_assert(sizeof(Slot) == 16, "a slot is a quarter of a cache line");
    size_t Next(size_t i) const { return (i + 1) & mask_; }
    size_t Home(const PhoneCacheKey& key) const {
      uint64_t h = key.digits * 0x9E3779B97F4A7C15ULL;
      h ^= (static_cast<uint64_t>(key.count_and_plus) << 16 | key.region) * 0xC2B2AE3D27D4EB4FULL;
      return static_cast<size_t>(h ^ (h >> 31)) & mask_;
    }
    size_t capacity_;
    size_t mask_;  // slots - 1 (a power of two)
    std::vector<Slot> slots_;
    std::vector<std::optional<ValidPhone>> answers_;
  };

  Table young_;
  Table old_;
  uint64_t turnovers_ = 0;
};

}  // namespace ariadne::extract
