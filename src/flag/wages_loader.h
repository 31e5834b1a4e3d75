// Reading rules/data/minimum-wages.toml (internal to the flag module; the format is commented in
// that file and in docs/formats/rule-packs.md).
#pragma once

#include <filesystem>
#include <vector>

#include "flag/rules.h"

namespace ariadne::flag {

// Fills `table` from `file`, reporting each problem into `errors` as FILE:LINE:COLUMN: reason. An
// absent file is no error and leaves `table` empty (J-SAL is then never raised: its phrases need a
// stated pay out of line).
void ReadWageTable(const std::filesystem::path& file, WageTable& table,
                   std::vector<LoadError>& errors);

}  // namespace ariadne::flag
