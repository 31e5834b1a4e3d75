#include "flag/rules_check.h"

#include <fmt/format.h>
#include <hs/hs.h>

#include "flag/database_cache.h"
#include "flag/patterns.h"

namespace ariadne::flag {

std::vector<LoadError> TermsWithoutMatchStart(const RuleSet& rules) {
  std::vector<LoadError> errors;
  for (const Indicator& indicator : rules.indicators) {
    if (indicator.structural) continue;
    for (const Term& term : indicator.terms) {
      if (term.regex.empty()) continue;  // a phrase's start is its end minus its length
      const TermPattern pattern = BuildPattern(term);
      const unsigned flags = StartOfMatchFlags(pattern);
      // The flagger caches the start databases it builds: only the refused ones compile here.
      const std::string key = DatabaseKey({pattern.expression.c_str()}, {flags});
      hs_database_t* db = LoadCachedDatabase(key);
      hs_compile_error_t* error = nullptr;
      if (db != nullptr) {
        hs_free_database(db);
        continue;
      }
      if (hs_compile(pattern.expression.c_str(), flags, HS_MODE_BLOCK, nullptr, &db, &error) ==
          HS_SUCCESS) {
        StoreCachedDatabase(key, db);
        hs_free_database(db);
        continue;
      }
      const std::string why = error != nullptr && error->message != nullptr ? error->message : "?";
      hs_free_compile_error(error);
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
