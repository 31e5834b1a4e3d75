// Reading rules/data/pay-words.toml (internal to the flag module; the format is commented in that
// file and in docs/formats/rule-packs.md).
#pragma once

#include <filesystem>
#include <vector>

#include "flag/rules.h"

namespace ariadne::flag {

// Fills `words` from `file`, reporting each problem into `errors` as FILE:LINE:COLUMN: reason, and
// orders every list longest word first (PayWords). An absent file is no error and leaves `words`
// empty (no stated pay is read then, so J-SAL is never raised).
void ReadPayWords(const std::filesystem::path& file, PayWords& words,
                  std::vector<LoadError>& errors);

}  // namespace ariadne::flag
