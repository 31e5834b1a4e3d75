// Folding obfuscated text into scannable text, with a map back to the original bytes.
//
// Ads hide contact details: digits spelled out in the ad's language ("five five five", "вісім
// нуль"), look-alike letters among digits (O for 0, Cyrillic З for 3), full-width, mathematical,
// circled and keycap digits, zero-width characters and emoji between digit groups. Normalize()
// undoes these so that the extractors can scan one plain text, and keeps for every byte of the
// folded text the range of original bytes it came from, so every selector points back at what the
// ad really says. Sources: ../shared/knowledge/indicators.md §2F and §1.15; UTS #15 (NFKC), UTS #39
// (confusables).
//
// Thread-safe: Normalize() and DetectLanguage() may be called from many threads at once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ariadne::normalize {

struct NormalizeOptions {
  // ISO 639-1 language of the text when known ("ro"); empty: number words of every supported
  // language are recognised.
  std::string lang;
};

class SourceMapBuilder;

// The map from the bytes of a folded text back to the original bytes: for every folded byte i, the
// original byte range [Start(i), End(i)) of the character or word it was folded from. Starts and
// ends never decrease with i.
//
// Stored as runs, not per byte: most of a text is copied as it was, where a run of folded bytes
// comes one to one from a run of original bytes, and a folded character or word is one run whose
// bytes all map to the same range. A lookup is a binary search over the runs (O(log runs)).
class SourceMap {
 public:
  size_t size() const { return size_; }  // the number of folded bytes
  bool empty() const { return size_ == 0; }
  // The original range of folded byte i. Requires i < size().
  std::pair<uint32_t, uint32_t> At(size_t i) const {
    const Run& r = RunAt(i);
    if (r.original_end == kOneToOne) {
      const auto start = static_cast<uint32_t>(r.original_begin + (i - r.folded_begin));
      return {start, start + 1};
    }
    return {r.original_begin, r.original_end};
  }
  uint32_t Start(size_t i) const { return At(i).first; }
  uint32_t End(size_t i) const { return At(i).second; }
  // The original range of the folded range [start, end). Requires start < end <= size().
  std::pair<size_t, size_t> Span(size_t start, size_t end) const {
    return {Start(start), End(end - 1)};
  }

 private:
  friend class SourceMapBuilder;
  // original_end == kOneToOne: folded byte folded_begin + k came from original byte
  // original_begin + k. Otherwise every byte of the run came from [original_begin, original_end),
  // which is never empty, so 0 is free to mark the other kind.
  static constexpr uint32_t kOneToOne = 0;
  struct Run {
    uint32_t folded_begin;  // the run lasts until the next run's folded_begin (or size())
    uint32_t original_begin;
    uint32_t original_end;
  };
  const Run& RunAt(size_t i) const {
    // The last run starting at or before i (runs_[0] starts at 0).
    size_t lo = 0, count = runs_.size();
    while (count > 1) {
      const size_t half = count / 2;
      if (runs_[lo + half].folded_begin <= i) lo += half;
      count -= half;
    }
    return runs_[lo];
  }

  std::vector<Run> runs_;  // by folded_begin, the first at 0; empty when size() == 0
  size_t size_ = 0;
};

struct NormalizedText {
  std::string text;  // the folded text, valid UTF-8
  // Where each byte of `text` came from; source.size() == text.size().
  SourceMap source;
  int invalid_utf8_repaired = 0;  // invalid sequences in the original, each replaced by U+FFFD
  // The transforms that changed something ("nfkc", "ignorable", "digit-lookalike",
  // "spelled-digits", "keycap"), in the order first applied: the provenance chain of derived
  // values.
  std::vector<std::string> transforms;

  // The original byte range of the folded range [start, end): from the start of the first byte's
  // source to the end of the last one's, which (starts and ends never decreasing) is the smallest
  // range covering the source of every byte. Requires start < end <= text.size(). O(log runs).
  std::pair<size_t, size_t> OriginalSpan(size_t start, size_t end) const {
    return source.Span(start, end);
  }
};

// Folds `original` (any bytes; invalid UTF-8 is repaired and counted, never fatal). Linear in the
// input.
NormalizedText Normalize(std::string_view original, const NormalizeOptions& options = {});
// The same into `out`, reusing its memory: for callers that fold many texts in a loop. Every field
// of `out` is replaced.
void NormalizeInto(std::string_view original, const NormalizeOptions& options, NormalizedText& out);

// The ISO 639-1 code of the text's main language, or "" when too short or unsure.
std::string DetectLanguage(std::string_view text);

}  // namespace ariadne::normalize
