// A selector: a value that identifies a contact point (phone, e-mail, handle, …) found in a text,
// with where it was found. Selectors are what tie ads, chats and tips to the same people.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <new>
#include <string>
#include <utility>
#include <vector>

namespace ariadne::extract {

// The extra facts of a selector: (key, value) pairs in the order they were added, iterated like a
// vector of pairs. Up to kInline pairs live inside the object: a phone or a price has two or three,
// and a heap vector for each cost an allocation per selector (about a fifth of the instructions of
// building the results, bench/extract_bench). More than kInline pairs move to the heap.
class Details {
 public:
  using value_type = std::pair<std::string, std::string>;
  using iterator = value_type*;
  using const_iterator = const value_type*;
  static constexpr size_t kInline = 3;

  Details() = default;
  Details(std::initializer_list<value_type> pairs) {
    for (const value_type& pair : pairs) push_back(pair);
  }
  Details(const Details& other) {
    for (const value_type& pair : other) push_back(pair);
  }
  Details(Details&& other) noexcept { Take(std::move(other)); }
  Details& operator=(const Details& other) {
    if (this != &other) {
      clear();
      for (const value_type& pair : other) push_back(pair);
    }
    return *this;
  }
  Details& operator=(Details&& other) noexcept {
    if (this != &other) {
      clear();
      Take(std::move(other));
    }
    return *this;
  }
  Details& operator=(std::initializer_list<value_type> pairs) {
    clear();
    for (const value_type& pair : pairs) push_back(pair);
    return *this;
  }
  ~Details() { clear(); }

  template <typename Key, typename Value>
  value_type& emplace_back(Key&& key, Value&& value) {
    if (size_ < kInline) {
      value_type* pair =
          new (Slot(size_)) value_type(std::forward<Key>(key), std::forward<Value>(value));
      ++size_;
      return *pair;
    }
    if (size_ == kInline) Spill();
    ++size_;
    return heap_.emplace_back(std::forward<Key>(key), std::forward<Value>(value));
  }
  void push_back(value_type pair) { emplace_back(std::move(pair.first), std::move(pair.second)); }
  void clear() {
    if (size_ <= kInline) {
      for (size_t k = 0; k < size_; ++k) Slot(k)->~value_type();
    }
    heap_.clear();
    size_ = 0;
  }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  iterator begin() { return size_ <= kInline ? Slot(0) : heap_.data(); }
  iterator end() { return begin() + size_; }
  const_iterator begin() const { return size_ <= kInline ? Slot(0) : heap_.data(); }
  const_iterator end() const { return begin() + size_; }
  const value_type& operator[](size_t k) const { return begin()[k]; }
  value_type& operator[](size_t k) { return begin()[k]; }

  friend bool operator==(const Details& a, const Details& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }
  friend bool operator<(const Details& a, const Details& b) {
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end());
  }

 private:
  value_type* Slot(size_t k) { return std::launder(reinterpret_cast<value_type*>(inline_)) + k; }
  const value_type* Slot(size_t k) const {
    return std::launder(reinterpret_cast<const value_type*>(inline_)) + k;
  }
  // Moves the inline pairs to the heap (the first pair past kInline).
  void Spill() {
    heap_.reserve(kInline * 2);
    for (size_t k = 0; k < kInline; ++k) {
      heap_.push_back(std::move(*Slot(k)));
      Slot(k)->~value_type();
    }
  }
  // From an empty *this.
  void Take(Details&& other) noexcept {
    if (other.size_ <= kInline) {
      for (size_t k = 0; k < other.size_; ++k) {
        new (Slot(k)) value_type(std::move(*other.Slot(k)));
        other.Slot(k)->~value_type();
      }
    } else {
      heap_ = std::move(other.heap_);
    }
    size_ = other.size_;
    other.size_ = 0;
  }

  alignas(value_type) unsigned char inline_[kInline * sizeof(value_type)];
  std::vector<value_type> heap_;  // all the pairs when there are more than kInline
  size_t size_ = 0;
};

struct Selector {
  std::string type;   // "phone", "email", "url", "handle", "iban", "crypto", "ip", "price", "age"
  std::string value;  // canonical: E.164 phone, lower-case e-mail, "platform:name" handle, …
  size_t start = 0;   // UTF-8 byte offsets into the ORIGINAL text: [start, end)
  size_t end = 0;
  std::string raw;  // the original text of [start, end)
  // Extra facts of the value, e.g. {"number_type", "mobile"}, {"country", "GB"} for phones,
  // {"currency", "EUR"}, {"duration", "1h"} for prices.
  Details details;
};

// The context an extraction runs in.
struct ExtractContext {
  std::string
      region;  // ISO 3166-1 alpha-2 hint for national phone numbers (ad, site or case); may be ""
  std::string lang;  // ISO 639-1 language when known; may be ""
  bool ads = true;   // also extract ad-only types (price, age)
};

}  // namespace ariadne::extract
