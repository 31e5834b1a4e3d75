// Words for protected attributes that no term may contain (rule R2, indicators.md table 2G).
//
// Nationality, ethnicity, race, religion, gender and spoken language never add to a score, even
// where a study found them predictive. A term containing such a word would make a flag depend on
// them (swapping "Romanian" for "Nigerian", or "girls" for "boys", would change the flags), so the
// loader refuses it whatever the pack says. One table per language, in protected_terms.cpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "flag/rules.h"

namespace ariadne::flag {

struct ProtectedWord {
  std::string word;            // as written in the term
  std::string_view attribute;  // "gender", "nationality or ethnicity", "religion", "language"
};

// The first protected word of the term's language in its phrase (or in the literal words of its
// regex), or nothing.
std::optional<ProtectedWord> FindProtectedWord(const Term& term);

}  // namespace ariadne::flag
