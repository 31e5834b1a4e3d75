// Reading rules/scoring.toml (internal to the flag module; the format is commented in
// tests/flag/testdata/rules/scoring.toml).
#pragma once

#include <filesystem>
#include <vector>

#include "flag/rules.h"
#include "flag/toml_reader.h"

namespace ariadne::flag {

// Fills rules.scoring from `file`, reporting problems into `errors`. The indicator ids it names
// are returned in `referenced_ids`, to be checked once every pack is read.
void ReadScoring(const std::filesystem::path& file, RuleSet& rules, std::vector<LoadError>& errors,
                 std::vector<PositionedString>& referenced_ids);

}  // namespace ariadne::flag
