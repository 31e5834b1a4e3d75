// Finding and loading the rule packs for `ariadne flag` and `ariadne rules` (see flag/rules.h).
#pragma once

#include <memory>
#include <string>

#include "flag/rules.h"

namespace ariadne::cli {

// Finds the rules directory (--rules DIR, $ARIADNE_RULES, installed share/ariadne/rules, the
// source tree's rules/) and loads it. On failure prints each problem on stderr as
// `FILE:LINE:COLUMN: reason`, sets `exit_code` (74 when no directory is found, 65 when a pack is
// broken) and returns nullptr.
std::shared_ptr<const flag::RuleSet> LoadRulesOrReport(const std::string& rules_dir,
                                                       int* exit_code);

// The help text that explains where the rules are looked for.
inline constexpr const char* kRulesOptionHelp =
    "rules directory (default: $ARIADNE_RULES, else <prefix>/share/ariadne/rules next to the "
    "binary, else the source tree's rules/)";

}  // namespace ariadne::cli
