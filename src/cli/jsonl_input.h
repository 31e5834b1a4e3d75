// Reading JSON lines from stdin for the filter commands (`extract --jsonl`, `flag --jsonl`): one
// record per line, a bad line reported as `stdin:LINE: reason` and skipped, the rest processed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <nlohmann/json.hpp>
#include <string>

namespace ariadne::cli {

// Calls `handle(line_number, value)` for each non-blank line of `in` (values that are not valid
// JSON are passed as discarded values: `value.is_discarded()`). `handle` returns "" when the
// line was processed, else the reason it was not. Lines longer than `max_line` bytes are skipped.
// Returns kExitOk, or kExitDataErr when any line was skipped.
int ForEachJsonLine(std::istream& in, size_t max_line,
                    const std::function<std::string(int64_t, const nlohmann::json&)>& handle);

}  // namespace ariadne::cli
