// Checks of the rule packs beyond what loading them checks (`ariadne rules check`).
#pragma once

#include <vector>

#include "flag/rules.h"

namespace ariadne::flag {

// The regex terms whose matches a flag cannot point at: Vectorscan compiles them in the packs'
// combined database, but not alone with start-of-match tracking ("Pattern is too large", e.g. a
// long bounded gap like `a.{0,200}b`), so a flag they raise spans the whole look-back window
// before the match's end instead of the words that raised it. One error per term, at the term,
// candidates included. Reads the start databases the flagger cached; compiles the others.
std::vector<LoadError> TermsWithoutMatchStart(const RuleSet& rules);

}  // namespace ariadne::flag
