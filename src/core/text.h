// Small text utilities shared by every module. No I/O.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ariadne {

// The byte offset of the first invalid UTF-8 sequence in `s` (overlong forms, surrogates and code
// points above U+10FFFF are invalid), or nullopt when `s` is valid UTF-8.
std::optional<size_t> FindInvalidUtf8(std::string_view s);

// `s` with ASCII letters lower-cased; other bytes unchanged.
std::string AsciiLower(std::string_view s);

// `s` without leading and trailing ASCII white space.
std::string_view Trim(std::string_view s);

// Splits on `sep`, keeping empty fields.
std::vector<std::string_view> Split(std::string_view s, char sep);

// `s` cut to at most `max_bytes` bytes without splitting a UTF-8 sequence; "…" appended when cut.
std::string Ellipsize(std::string_view s, size_t max_bytes);

// Escapes &, <, >, " and ' for HTML text and attribute values.
std::string HtmlEscape(std::string_view s);

// Whether `s` is an ISO 8601 date or date-time the importer accepts: YYYY-MM-DD, optionally
// followed by 'T' or ' ' and hh:mm[:ss[.fff]] and an optional 'Z' or ±hh:mm offset.
// Calendar-checked (no 2024-02-30).
bool IsIso8601(std::string_view s);

// The current UTC time as "YYYY-MM-DDThh:mm:ssZ".
std::string UtcNowIso8601();

}  // namespace ariadne
