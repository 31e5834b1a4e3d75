// Compact JSON text of a parsed value, byte for byte what nlohmann::json::dump(-1, ' ', false,
// error_handler_t::replace) writes, without its per-call costs (a serializer, a locale lookup and
// a UTF-8 decoding state machine run per byte): importers that write a JSON object per chat message
// spent half their time in dump(). Thread-safe (no shared state).
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

#include "core/json_text.h"

namespace ariadne::capture {

// Appends `value` as compact JSON to `out`. Strings that are not valid UTF-8 and floating-point
// numbers are handed to nlohmann's own writer, so the result is always what dump() gives.
void AppendCompactJson(const nlohmann::json& value, std::string* out);

// The same as a new string.
std::string CompactJson(const nlohmann::json& value);

// The JSON string writers the importers also use by hand (core/json_text.h).
using ariadne::AppendValidJsonString;
using ariadne::JsonPlainRun;

}  // namespace ariadne::capture
