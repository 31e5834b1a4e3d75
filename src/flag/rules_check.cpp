#include "flag/rules_check.h"

#include <fmt/format.h>

#include "flag/patterns.h"

namespace ariadne::flag {

namespace {

// An error for each regex of `terms` PCRE2 refuses, named `owner` (an indicator or marker list).
void CheckTerms(const std::vector<Term>& terms, const std::string& owner,
                std::vector<LoadError>& errors) {
  for (const Term& term : terms) {
    if (term.regex.empty()) continue;  // a phrase's start is its end minus its length
    std::string why;
    if (CompileStartRegex(BuildPattern(term), &why) != nullptr) continue;
    errors.push_back(
        {term.where,
         fmt::format("{}: PCRE2 cannot read this regex ({}), so where its matches start could "
                     "not be found and its flags would not point at the words; write it in the "
                     "syntax Vectorscan and PCRE2 share",
                     owner, why)});
  }
}

}  // namespace

std::vector<LoadError> TermsWithoutMatchStart(const RuleSet& rules) {
  std::vector<LoadError> errors;
  for (const Indicator& indicator : rules.indicators) {
    if (!indicator.structural) CheckTerms(indicator.terms, indicator.id, errors);
  }
  for (const MarkerList& list : rules.markers)
    CheckTerms(list.terms, "marker " + list.name, errors);
  return errors;
}

}  // namespace ariadne::flag
