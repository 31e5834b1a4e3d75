// Where Ariadne finds what it ships beside the binary (rule packs, recipes, intake texts, the
// gazetteer, the web UI), in one order everywhere: the folder or file named by an environment
// variable, else <prefix>/share/ariadne/<installed> next to the executable (an installation), else
// the source tree's copy (a developer build). An environment variable that is set but names
// nothing acceptable is an error, not skipped: the user asked for that place.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "core/status.h"

namespace ariadne {

struct ShippedData {
  const char* env;                    // e.g. "ARIADNE_RULES"; its value is the folder
  std::string installed;              // under <prefix>/share/ariadne, e.g. "rules"
  std::filesystem::path source_tree;  // e.g. ARIADNE_SOURCE_RULES_DIR
  std::string file;  // a file that must be in the folder; "" when the folder itself is wanted
};

// The first place that is a folder (holding `file` when one is named: then the file's path is
// returned); NotFound naming every place tried otherwise, ending with `advice`.
Result<std::filesystem::path> FindShippedData(const ShippedData& data, std::string_view advice);

}  // namespace ariadne
