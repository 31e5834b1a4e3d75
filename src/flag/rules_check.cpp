#include "flag/rules_check.h"

#include <fmt/format.h>
#include <hs/hs.h>

#include "flag/patterns.h"

namespace ariadne::flag {

std::vector<LoadError> TermsWithoutMatchStart(const RuleSet& rules) {
  std::vector<LoadError> errors;
  for (const Indicator& indicator : rules.indicators) {
    if (indicator.structural) continue;
    for (const Term& term : indicator.terms) {
      if (term.regex.empty()) continue;  // a phrase's start is its end minus its length
      std::string why;
      if (hs_database_t* db = StartDatabase(BuildPattern(term), &why); db != nullptr) {
        hs_free_database(db);
        continue;
      }
      errors.push_back(
          {term.where,
           fmt::format("{}: Vectorscan cannot find where this regex's matches start ({}), so its "
                       "flags would not point at the words; split it into shorter regexes or "
                       "narrow its gaps",
                       indicator.id, why)});
    }
  }
  return errors;
}

}  // namespace ariadne::flag
