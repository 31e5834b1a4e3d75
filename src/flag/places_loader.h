// Reading rules/data/places.toml, the names ads use for the country where the job is (internal to
// the flag module; the format is commented in that file and in docs/formats/rule-packs.md).
#pragma once

#include <filesystem>
#include <vector>

#include "flag/rules.h"

namespace ariadne::flag {

// Adds the names of `file` to the countries of `table` (read first: every place must be a country
// of the wage table), reporting each problem into `errors` as FILE:LINE:COLUMN: reason. An absent
// file is no error: no country name is then read, and J-SAL compares with the site's region only.
void ReadPlaces(const std::filesystem::path& file, WageTable& table,
                std::vector<LoadError>& errors);

}  // namespace ariadne::flag
