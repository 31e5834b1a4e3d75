// What an analyst types into search, parsed into full-text terms and field filters.
// Backend-neutral: each store turns it into its own query language.
//
// Syntax (documented in `ariadne search --help` and the README):
//   word         documents containing the word (accents and case folded: "discreta" finds
//   "discretă") wor*         prefix "two words"  phrase a OR b       either -word        without
//   the word site:NAME  lang:CODE  kind:sex|labour  from:YYYY-MM-DD  to:YYYY-MM-DD   filters
//   (combine with AND)
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace ariadne::store {

struct SearchTerm {
  std::string text;        // the word(s), without quotes or '*'
  bool phrase = false;     // was quoted
  bool prefix = false;     // ended with '*'
  bool negated = false;    // started with '-'
  bool or_before = false;  // joined to the previous term with OR
};

struct SearchQuery {
  std::vector<SearchTerm> terms;
  std::vector<std::string> sites;  // any of
  std::vector<std::string> langs;  // any of
  std::string kind;
  std::string from;  // inclusive, YYYY-MM-DD
  std::string to;    // inclusive, YYYY-MM-DD
  int limit = 20;
  int offset = 0;
};

// Parses the analyst's query. InvalidInput explains what is wrong (an unknown field, an unclosed
// quote, a date that is not YYYY-MM-DD, a query of only negations).
Result<SearchQuery> ParseSearchQuery(std::string_view text);

}  // namespace ariadne::store
