// A text in the order a reader sees it where an explicit right-to-left override turns it.
//
// Ads store a number or an address backwards between U+202E RIGHT-TO-LEFT OVERRIDE and U+202C POP
// DIRECTIONAL FORMATTING ("\u202E6215 790 780\u202C" shows "087 097 5126"): a reader sees the
// value the right way round, a scanner of the stored order reads it backwards. The value is what
// the reader sees, so Normalize() folds the text in its display order (UAX #9, the Unicode
// Bidirectional Algorithm, through ICU's ubidi). Only overridden stretches move: embeddings and
// isolates alone leave left-to-right text and digits where they are stored, and right-to-left
// letters outside an override stay in their logical order, which is what the extractors read.
// Internal to src/normalize; tests/normalize/normalize_test.cpp tests it through Normalize().
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ariadne::normalize {

// A stretch of the display-order text and the original bytes it shows. A straight block holds
// original bytes in their stored order (byte k of the block is original byte original_begin + k);
// a turned one holds two or more characters whose order the override reversed, and every byte of
// it comes from the whole range [original_begin, original_end): a map that never goes backwards
// can say no more of a reversed stretch. Blocks follow each other in both texts.
struct DisplayBlock {
  uint32_t shown_begin;  // the block lasts until the next block's shown_begin (or the text's end)
  uint32_t original_begin;
  uint32_t original_end;
  bool straight;
};

// Whether the code point is U+202E RIGHT-TO-LEFT OVERRIDE, the one control that turns the order
// of left-to-right letters and digits (the folder notes it as it drops it).
constexpr bool IsRightToLeftOverride(uint32_t cp) {
  return cp == 0x202E;
}

// Writes into `shown` the text `original` in the order a reader sees each overridden stretch:
// from a U+202E to the U+202C that closes it (embeddings, overrides and isolates opened inside
// it nest) or to the end of its paragraph (a line break, U+2029, U+0085, U+001C..U+001E), laid
// out by the Bidirectional Algorithm (a nested left-to-right override or isolate keeps its own
// order inside the turned stretch); a character keeps its combining marks after it; the
// directional controls of the stretch are left out, and its invalid UTF-8 is written as U+FFFD
// (the folder counts what the original holds). Everything else is copied as it is (invalid UTF-8
// too: the folder repairs it). `blocks` (replaced) maps `shown` back to `original`.
// Returns false, leaving both empty, when `original` holds no right-to-left override. Linear in
// the input (the algorithm's levels are bounded by its depth of 125).
bool ToDisplayOrder(std::string_view original, std::string& shown,
                    std::vector<DisplayBlock>& blocks);

}  // namespace ariadne::normalize
