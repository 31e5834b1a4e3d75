// JSON string text written by hand, byte for byte as nlohmann::json::dump() writes it, for the
// writers whose JSON is hot (importers' messages, the scores a re-score compares): nlohmann's
// serializer costs a locale lookup and a UTF-8 state machine per byte. No I/O, no state.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ariadne {

// The offset of the first byte of `s` from `from` on that a JSON string's text cannot hold as it
// is: a quote, a backslash or a control character (below 0x20); s.size() when there is none. 16
// bytes at a time where SSE2 is: readers and writers of JSON strings spend most of their time here.
size_t JsonPlainRun(std::string_view s, size_t from);

// Appends `s`, which must be valid UTF-8, as a JSON string exactly as dump() writes it (UTF-8 kept,
// control characters escaped), for importers that write their JSON by hand.
void AppendValidJsonString(std::string_view s, std::string* out);

}  // namespace ariadne
