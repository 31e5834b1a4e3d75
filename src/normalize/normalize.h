// Folding obfuscated text into scannable text, with a map back to the original bytes.
//
// Ads hide contact details: digits spelled out in the ad's language ("five five five", "вісім
// нуль"), look-alike letters among digits (O for 0, Cyrillic З for 3), full-width, mathematical,
// circled and keycap digits, zero-width characters and emoji between digit groups. Normalize()
// undoes these, reads a value stored backwards inside a right-to-left override in the order a
// reader sees it (display_order.h), so that the extractors can scan one plain text, and keeps for
// every byte of the folded text the range of original bytes it came from, so every selector
// points back at what the ad really says. Sources: ../shared/knowledge/indicators.md §2F and
// §1.15; UTS #15 (NFKC), UTS #39 (confusables), UAX #9 (bidirectional text).
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
  std::pair<uint32_t, uint32_t> At(size_t i) const { return RangeIn(RunAt(i), i); }
  uint32_t Start(size_t i) const { return At(i).first; }
  uint32_t End(size_t i) const { return At(i).second; }
  // The original range of the folded range [start, end). Requires start < end <= size().
  std::pair<size_t, size_t> Span(size_t start, size_t end) const {
    return {Start(start), End(end - 1)};
  }
  // Span() for many ranges in non-decreasing `start` order: `run` (0 before the first call) keeps
  // the run of the previous start, and each byte's run is looked for from there, a few runs
  // forward before a binary search. Sorted selectors of one text cost about one step each instead
  // of two binary searches.
  std::pair<size_t, size_t> SpanFrom(size_t& run, size_t start, size_t end) const {
    run = RunFrom(run, start);
    return {RangeIn(runs_[run], start).first,
            RangeIn(runs_[RunFrom(run, end - 1)], end - 1).second};
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
  // The original range of folded byte i, which run r holds.
  static std::pair<uint32_t, uint32_t> RangeIn(const Run& r, size_t i) {
    if (r.original_end == kOneToOne) {
      const auto start = static_cast<uint32_t>(r.original_begin + (i - r.folded_begin));
      return {start, start + 1};
    }
    return {r.original_begin, r.original_end};
  }
  const Run& RunAt(size_t i) const { return runs_[RunFrom(0, i)]; }
  // The index of the last run starting at or before i, which is run `from` or a later one.
  size_t RunFrom(size_t from, size_t i) const {
    // Most lookups land in the same run or a few further on.
    for (int step = 0; step < 4; ++step) {
      if (from + 1 >= runs_.size() || runs_[from + 1].folded_begin > i) return from;
      ++from;
    }
    size_t lo = from, count = runs_.size() - from;
    while (count > 1) {
      const size_t half = count / 2;
      if (runs_[lo + half].folded_begin <= i) lo += half;
      count -= half;
    }
    return lo;
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
  // "spelled-digits", "keycap", "emoji-separator", "html-entity" ("&#64;", "&nbsp;" decoded),
  // "separator": dashes and spoken pauses between
  // digit groups, "line-join": a number or address written over two chat messages or lines,
  // line_joins.h, "display-order": a stretch stored backwards inside a right-to-left override
  // read as it is shown, display_order.h), in the order first applied: the provenance chain of
  // derived values.
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

// Where the message of a chat export's line starts after the time that opens it at text[at]
// ("05.12.26, 21:14 - ", "07/12/2026 à 21:14 - ", "[21:05] ", "12:01 " before a name; the same
// reading the line joins use), or `at` when no time opens it. The phone extractor asks it so that
// such a line's date is never the rest of a number on the line above.
size_t ChatTimeEnd(std::string_view text, size_t at);

}  // namespace ariadne::normalize
