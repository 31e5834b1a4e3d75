// Checks of the rule packs beyond what loading them checks (`ariadne rules check`).
#pragma once

#include <vector>

#include "flag/rules.h"

namespace ariadne::flag {

// The regex terms whose matches a flag cannot point at: Vectorscan compiles them in the packs'
// combined database, but PCRE2, which finds where a match starts (CompileStartRegex), refuses
// them, so a flag they raise would span the whole look-back window before the match's end instead
// of the words that raised it. One error per term, at the term, candidates and the marker lists'
// terms included.
std::vector<LoadError> TermsWithoutMatchStart(const RuleSet& rules);

}  // namespace ariadne::flag
