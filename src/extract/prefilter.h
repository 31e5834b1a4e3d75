// The lossless pre-filter in front of the Vectorscan pre-scan: a cheap SIMD pass that finds the
// bytes every pre-scan match must contain (cues: a digit, an '@', a ':' …) and keeps only windows
// around them, so that the multi-pattern scan skips ordinary prose.
//
// Why it is lossless: every pre-scan pattern declares the cue classes one of which each of its
// matches contains (PrescanPattern::cues), and every pattern is bounded (Vectorscan's max_width).
// A window reaches `margin` bytes on both sides of each cue, where `margin` is at least the widest
// pattern that declared the cue's class, so every match of the whole text lies inside one window
// with at least one byte to spare on each side. The engine (extract.cpp) scans the windows joined
// by NUL bytes, which no pattern matches, and drops the matches an artificial window edge could
// have created (see extract.cpp). tests/extract/prefilter_test.cpp checks the SIMD pass against
// the scalar definition below and the windows against whole-text scans.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace ariadne::extract {

// Cue classes: a pre-scan pattern declares the classes at least one of which every match contains.
enum Cue : uint16_t {
  kCueDigit = 1 << 0,        // an ASCII digit
  kCueAt = 1 << 1,           // '@'
  kCueColon = 1 << 2,        // ':'
  kCueOpenBracket = 1 << 3,  // '(', '[', '{' or '<'
  // '.' between an ASCII letter and an ASCII letter or digit ("t.me", "www.x"; not "24.12").
  kCueDotAlnum = 1 << 4,
  // An ASCII space or control byte, or a separator glued to the word ('_', '/', '*': "anna_at_",
  // "anna/at/"), followed by the first three bytes of an at-word of the e-mail extractor's spaced
  // or separated forms (" at ", " arroba ", " собака ", "_at_", …, any case; email.cpp patterns 2,
  // 9 and 10): " at" then a space, control or separator byte, " aro", " arr", " ape", " kla",
  // " chi", " mal", " mał", " sob", " ät"; for the other non-ASCII starts the first two bytes.
  // Also "-at-" and ".at." (a hyphen or a dot before "at" and after it), and the ASCII starts after
  // the last byte of a character from U+0080 up (an at-word glued to an emoji or a quotation mark:
  // "❤at❤", "«chiocciola»"; email.cpp pattern 13).
  kCueSpacedAtWord = 1 << 5,
  // The 14th and every later byte of a run of ASCII letters and digits (crypto addresses).
  kCueLongAlnumRun = 1 << 6,
  kCueHyphen = 1 << 7,      // '-' ("insta - name")
  kCueUpperDigit = 1 << 8,  // an ASCII capital letter followed by an ASCII digit ("DE89")
};
constexpr size_t kCueClasses = 9;
constexpr size_t kLongAlnumRun = 14;

// How far a window reaches on each side of a cue of each class (index: bit number of the Cue).
// A class with margin 0 is not looked for; margins below 8 are raised to 8.
using CueMargins = std::array<uint32_t, kCueClasses>;

// A window [begin, end) of the text.
struct Window {
  size_t begin;
  size_t end;
};

// Appends to `out` (cleared first) the windows of `text`: for every cue of a class with a margin m,
// [cue - m, cue + m + 1) clipped to the text, overlapping or touching windows merged, sorted.
// Linear in the text; uses SSE2 (baseline on x86-64) where the target has it, else the scalar
// definition. (An AVX2 variant measured only ~10% faster on this pass: not worth its code.)
void FindWindows(std::string_view text, const CueMargins& margins, std::vector<Window>& out);

// The cue classes of the byte at `i` (the definition the SIMD pass implements).
unsigned CueClassesAt(std::string_view text, size_t i);

// The scalar definition of FindWindows, for tests and targets without SSE2.
void FindWindowsScalar(std::string_view text, const CueMargins& margins, std::vector<Window>& out);

}  // namespace ariadne::extract
