// The text the rule patterns are matched in (internal to the flag module): the folded text in lower
// case, every run of white space one ASCII space (or one line break when the run holds one, so
// that "[^.\n]*" in a regex still stops at the end of a line), typographic apostrophes as "'", and
// Romanian ş/ţ (cedilla) as ș/ț (comma below). Phrases go through the same folding, so each phrase
// is a literal that Vectorscan's literal matcher finds at full speed, and no pattern needs
// case-insensitive Unicode automata: with them, the candidate terms ran seven times slower and took
// minutes to compile. Folding can change a character's length (white space runs, "’" -> "'"); the
// map gives every byte's place in the input.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ariadne::flag {

struct MatchText {
  std::string text;
  std::vector<uint32_t> from;  // per byte of `text`: where its character starts in the input
  std::vector<uint32_t> to;    // and where it ends (a folded white-space run: the whole run)

  // The input span of the non-empty [start, end) of `text`.
  std::pair<size_t, size_t> InputSpan(size_t start, size_t end) const {
    return {from[start], to[end - 1]};
  }
};

// Folds `input` (valid UTF-8; invalid bytes are copied as they are) into `out`, reusing its
// buffers. Linear. Inputs of 4 GiB or more are cut there (offsets are 32-bit).
void FoldForMatching(std::string_view input, MatchText& out);

// The folded text alone (for phrases).
std::string FoldForMatching(std::string_view input);

}  // namespace ariadne::flag
