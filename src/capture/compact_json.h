// Compact JSON text of a parsed value, byte for byte what nlohmann::json::dump(-1, ' ', false,
// error_handler_t::replace) writes, without its per-call costs (a serializer, a locale lookup and
// a UTF-8 decoding state machine run per byte): importers that write a JSON object per chat message
// spent half their time in dump(). Thread-safe (no shared state).
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

namespace ariadne::capture {

// Appends `value` as compact JSON to `out`. Strings that are not valid UTF-8 and floating-point
// numbers are handed to nlohmann's own writer, so the result is always what dump() gives.
void AppendCompactJson(const nlohmann::json& value, std::string* out);

// The same as a new string.
std::string CompactJson(const nlohmann::json& value);

// The offset of the first byte of `s` from `from` on that a JSON string's text cannot hold as it
// is: a quote, a backslash or a control character (below 0x20); s.size() when there is none. 16
// bytes at a time where SSE2 is: readers and writers of JSON strings spend most of their time here.
size_t JsonPlainRun(std::string_view s, size_t from);

// Appends `s`, which must be valid UTF-8, as a JSON string exactly as dump() writes it (UTF-8 kept,
// control characters escaped), for importers that write their JSON by hand.
void AppendValidJsonString(std::string_view s, std::string* out);

}  // namespace ariadne::capture
