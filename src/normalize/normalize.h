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

struct NormalizedText {
  std::string text;  // the folded text, valid UTF-8
  // For every byte i of `text`: the original byte range [source_start[i], source_end[i]) of the
  // character or word it was folded from. Both have text.size() entries.
  std::vector<uint32_t> source_start;
  std::vector<uint32_t> source_end;
  int invalid_utf8_repaired = 0;  // invalid sequences in the original, each replaced by U+FFFD
  // The transforms that changed something ("nfkc", "ignorable", "digit-lookalike",
  // "spelled-digits", "keycap"), in the order first applied: the provenance chain of derived
  // values.
  std::vector<std::string> transforms;

  // The original byte range of the folded range [start, end). Requires start < end <= text.size().
  std::pair<size_t, size_t> OriginalSpan(size_t start, size_t end) const {
    return {source_start[start], source_end[end - 1]};
  }
};

// Folds `original` (any bytes; invalid UTF-8 is repaired and counted, never fatal). Linear in the
// input.
NormalizedText Normalize(std::string_view original, const NormalizeOptions& options = {});

// The ISO 639-1 code of the text's main language, or "" when too short or unsure.
std::string DetectLanguage(std::string_view text);

}  // namespace ariadne::normalize
