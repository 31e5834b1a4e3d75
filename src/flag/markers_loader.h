// Reading rules/data/markers.toml (internal to the flag module; the format is commented in that
// file and in docs/formats/rule-packs.md).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "flag/rules.h"

namespace ariadne::flag {

// Fills `markers` from `file`, reporting each problem into `errors` as FILE:LINE:COLUMN: reason. An
// absent file is no error and leaves `markers` empty (no computed check then runs). Marker terms
// are not checked for protected words: the "language" list names languages by design, and no marker
// is evidence by itself.
void ReadMarkers(const std::filesystem::path& file, std::vector<MarkerList>& markers,
                 std::vector<LoadError>& errors);

// `regex` with every "{language}" replaced by one group of the "language" list's terms in `lang`
// or "any" (phrases escaped, regexes as written): the names of languages as that language writes
// them (one group for all eleven is too large for Vectorscan's start-of-match tracking). `regex`
// itself when it has no placeholder. Sets `missing` when the regex has a placeholder and
// `markers` has no such term.
std::string ExpandLanguagePlaceholder(const std::string& regex, std::string_view lang,
                                      const std::vector<MarkerList>& markers, bool* missing);

}  // namespace ariadne::flag
