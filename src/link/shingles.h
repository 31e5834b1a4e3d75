// Word shingles of a text for near-duplicate detection (MinHash, see minhash.h). Case is folded,
// numbers and the spans of selectors (phones, e-mails, handles...) are masked, so that two ads
// from one template with different numbers, names in slots or contact details still share most
// of their shingles. Pure functions: thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace ariadne::link {

// A byte range [start, end) of the text to replace by one placeholder word (a selector).
struct MaskSpan {
  size_t start = 0;
  size_t end = 0;
};

// Texts with fewer words than this are shingled by characters instead (linking.md §1: word
// 3-shingles, character 5-grams below 20 tokens).
inline constexpr size_t kMinWordsForWordShingles = 20;

// The distinct shingle hashes of `text`, sorted: word 3-shingles, or character 5-grams of the
// folded words for short texts. Empty when the text has no words. Invalid UTF-8 is skipped.
// `masked` must be sorted by start and not overlap.
std::vector<uint64_t> TextShingles(std::string_view text, std::span<const MaskSpan> masked);

}  // namespace ariadne::link
