// Input limits of the public surface: what a tip or a pasted ad may contain. Everything that comes
// from the public is hostile (ARCHITECTURE.md): it is bounded in size, must be valid UTF-8 and
// loses the characters that could hide or disguise text when an analyst reads it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.h"

namespace ariadne::intake {

inline constexpr size_t kMaxTipText = 16 * 1024;  // bytes of UTF-8
inline constexpr size_t kMaxContact = 256;
inline constexpr size_t kMaxCheckText = 16 * 1024;

// `text` made safe to store and show: InvalidInput (naming `what`) when it is longer than
// `max_bytes`, not valid UTF-8, or empty after cleaning. Cleaning: CR LF and lone CR become LF;
// control characters (C0 but tab and LF, DEL, C1) and the bidirectional overrides and isolates
// (U+202A-U+202E, U+2066-U+2069) are removed; leading and trailing white space is trimmed. With
// `single_line`, tabs and line feeds become spaces.
Result<std::string> CleanPublicText(std::string_view text, size_t max_bytes, std::string_view what,
                                    bool single_line = false);

// Whether `code` looks like an ISO 639-1 code ("en", "uk"): two ASCII lower-case letters.
bool IsLanguageCode(std::string_view code);

}  // namespace ariadne::intake
