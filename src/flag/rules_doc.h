// Self-description of a rule set (STYLE.md rule 2): the counts `ariadne rules check` prints and the
// Markdown `ariadne rules doc` prints (the source of docs/indicators.md).
#pragma once

#include <map>
#include <string>

#include "flag/rules.h"

namespace ariadne::flag {

struct TermCounts {
  int sourced = 0;
  int candidate = 0;
  int total() const { return sourced + candidate; }
};

struct RuleCounts {
  int packs = 0;
  int indicators = 0;
  int structural = 0;  // indicators computed from the case, without terms
  int scored = 0;      // indicators on the allow-list
  TermCounts terms;
  std::map<std::string, TermCounts> terms_by_lang;
};

RuleCounts CountRules(const RuleSet& rules);

// One section per pack, one subsection per indicator: tier, family, category, definition, why,
// phrases per language with their status, sources with links, false-positive notes, scoring.
std::string RulesMarkdown(const RuleSet& rules);

}  // namespace ariadne::flag
