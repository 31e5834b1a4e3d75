// Terms as Vectorscan expressions (internal to the flag module), matched in the match text
// (match_text.h: lower case, white space runs folded, apostrophes and Romanian ș/ț unified).
//
// A phrase becomes a literal of the folded phrase (its white space matching one space or one line
// break), so every match has the phrase's length and its start needs no start-of-match tracking.
// A regex is used as written with its literal characters folded the same way (so matching is
// case-insensitive without Vectorscan's caseless Unicode automata); its start is found afterwards
// by PCRE2 searching the text before the match's end for the regex ending there (StartRegex).
// Vectorscan has no \b in UTF-8 mode with Unicode properties, so the word boundaries at the ends
// of a phrase that are word characters are checked after the scan, with Unicode properties, by
// AtWordBoundaries().
#pragma once

#include <hs/hs.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "flag/rules.h"

struct pcre2_real_code_8;  // PCRE2's compiled regex (pcre2.h with 8-bit code units)

namespace ariadne::flag {

struct TermPattern {
  std::string expression;
  unsigned flags = 0;        // HS_FLAG_*
  size_t literal_bytes = 0;  // a phrase: the length of every match; 0: a regex
  // A regex: the longest match in bytes when Vectorscan can bound it (Term::max_width); 0 when it
  // cannot ("[^.\n]*", "\S+"). The start of a match is looked for no further back than this.
  size_t max_width = 0;
  bool left_boundary = false;   // the match must not be preceded by a word character
  bool right_boundary = false;  // nor followed by one
};

// The expression of `term` (phrase or regex) with its flags. In a regex, "\s+" becomes "\s": the
// match text holds every run of white space as one character, so the two match the same, and the
// regex's longest match can then be bounded.
TermPattern BuildPattern(const Term& term);

// The regex of `pattern` compiled by PCRE2 as "(?:regex)\z" (UTF-8, ASCII \b \w \s as in
// Vectorscan without Unicode properties; JIT-compiled where PCRE2 can), to find where a match that
// Vectorscan reported by its end starts: LeftmostStart. Vectorscan's own start-of-match tracking
// (Debian 12's 5.4.9) gave wrong starts on this machine that changed with the scans its scratch had
// done before, so the same ad could point at other words from run to run. nullptr when PCRE2
// refuses the regex, with its reason in `why` when given.
struct StartRegexFree {
  void operator()(::pcre2_real_code_8* code) const;
};
using StartRegex = std::unique_ptr<::pcre2_real_code_8, StartRegexFree>;
StartRegex CompileStartRegex(const TermPattern& pattern, std::string* why = nullptr);

// The leftmost start in `block` of a match of `regex` that ends at the block's end, as a
// start-of-match scan of the regex over the block alone reports it (^ and \b see nothing outside
// the block); std::string_view::npos when there is none or PCRE2 gives up (its match limit keeps
// a hostile text linear). Thread-safe (match data per thread).
size_t LeftmostStart(const ::pcre2_real_code_8* regex, std::string_view block);

// Why Vectorscan rejects the pattern, or "" when it accepts it (hs_expression_info: no database
// is built). When it accepts a regex, `max_width` (if given) receives its longest match in bytes,
// or 0 when that is unbounded. The answers are remembered per expression and flags, and read from
// the disk cache (vectorscan/database_cache.h) that SavePatternChecks() wrote: checking the shipped
// packs' 1,900 terms took 0.3 s of CPU at every `ariadne analyze`. Thread-safe.
std::string PatternProblem(const TermPattern& pattern, size_t* max_width = nullptr);

// Why `regex` can never match where it means to, or "": a \b beside a letter outside ASCII
// ("allí\b",
// "\b[îi]nc[ăa]") asks for a boundary Vectorscan never sees there (its \b knows only ASCII
// letters, and the matched text keeps its diacritics), so the term silently misses every word
// written with the letter.
std::string WordBoundaryProblem(std::string_view regex);

// Writes the answers PatternProblem knows to the disk cache, when any was not read from it (past
// 20,000 answers, only those given since the process started, so that the file does not grow with
// old rules). Errors are ignored: the next run checks again. Thread-safe.
void SavePatternChecks();

// One string a regex can match, with the assertions it makes at byte offsets of it ('b' for \b,
// 'B' for \B, '^' for the start of the scanned block).
struct FixedMatch {
  std::string bytes;
  std::vector<std::pair<uint32_t, char>> assertions;
};

// Every string a regex (a TermPattern's expression) can match in the match text, longest first,
// when they are few: alternatives of words, optional endings, small character classes, bounded
// repeats ("\btransport(?:u|em|owi)?\b", "bezp[łl]atn"). nullopt when the regex can match more
// (".", "\S+", "[^.\n]{0,30}", "\w", "$", ...) or more than kMaxFixedMatches strings. "\s" is read
// as a space or a line break, the only white space the match text holds (match_text.h).
// With them, the flagger finds where a match starts by comparing these strings back from its end
// instead of searching for the regex (LeftmostStart): start scans, about 70 per ad with the
// candidate terms, were two thirds of the time of an ad.
inline constexpr size_t kMaxFixedMatches = 256;
std::optional<std::vector<FixedMatch>> FixedMatches(std::string_view expression);

// The leftmost start of a string of `matches` that ends at `end` in text[window, end) scanned
// alone, as LeftmostStart of the regex over that block reports it (\b
// and \B by ASCII word characters, nothing being a word character outside the block; ^ at
// `window`); std::string_view::npos when none does.
size_t LeftmostFixedStart(const std::vector<FixedMatch>& matches, std::string_view text,
                          size_t window, size_t end);

// Strings of which every match of `expression` (a TermPattern's regex, read as FixedMatches reads
// it, plus "*", "+", "{m,}", ".", negated classes and the other escapes, which it reads as "no
// literal here") contains at least one, each at least `min_bytes` long: the literals a prefilter
// can look for before the regex is scanned for. Assertions (\b, ^, $) are read as matching
// anything, so the answer holds for every match. nullopt when the reader cannot tell (a
// construct it does not know, such as an inline flag) or some match may hold none of them
// ("\S+", "(?:a|\w+)b"): such a regex has to be scanned in every text. At most
// kMaxRequiredLiterals strings.
inline constexpr size_t kMaxRequiredLiterals = 64;
std::optional<std::vector<std::string>> RequiredLiterals(std::string_view expression,
                                                         size_t min_bytes);

// Whether [start, end) of `text` (valid UTF-8) satisfies the boundaries `pattern` asks for.
bool AtWordBoundaries(std::string_view text, size_t start, size_t end, const TermPattern& pattern);

}  // namespace ariadne::flag
