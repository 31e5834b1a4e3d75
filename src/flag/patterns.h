// Terms as Vectorscan expressions (internal to the flag module).
//
// A phrase is matched literally and case-insensitively; a run of white space in it matches any run
// of white space; apostrophes match their typographic look-alikes and Romanian ș/ț match their
// cedilla forms (both spellings are common in ads). Vectorscan has no \b in UCP mode ("\b
// unsupported in UCP mode"), so the word boundaries at the ends of a phrase that are word
// characters are checked after the scan, with Unicode properties, by AtWordBoundaries().
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "flag/rules.h"

namespace ariadne::flag {

struct TermPattern {
  std::string expression;
  unsigned flags = 0;           // HS_FLAG_*
  bool left_boundary = false;   // the match must not be preceded by a word character
  bool right_boundary = false;  // nor followed by one
};

// The expression of `term` (phrase or regex) with its flags.
TermPattern BuildPattern(const Term& term);

// Why Vectorscan rejects the pattern, or "" when it accepts it (hs_expression_info: cheap, no
// database is built).
std::string PatternProblem(const TermPattern& pattern);

// Whether [start, end) of `text` (valid UTF-8) satisfies the boundaries `pattern` asks for.
bool AtWordBoundaries(std::string_view text, size_t start, size_t end, const TermPattern& pattern);

}  // namespace ariadne::flag
