// An IBAN read aloud, as a voice message's transcript writes it ("the IBAN is G B three one, H B
// O O, zero one six three, …", "IBAN-ul e R O trei nouă, C T K E, …"), which Normalize() writes as
// the IBAN's groups. Internal to src/normalize; tests/normalize/normalize_test.cpp tests it
// through Normalize().
#pragma once

#include <string_view>
#include <vector>

#include "normalize/line_joins.h"

namespace ariadne::normalize {

// Appends to `out` the IBANs read aloud in `text` (pass 1's text, number words still words):
// after the word "IBAN" (maybe with a suffixed article, "IBAN-ul", "IBAN-ът") and at most
// kMaxWordsBefore words, the country code as two capitals standing apart ("G B"), then groups
// parted by commas, each of single capitals, digits and number words of one digit
// (SpelledDigitOf), kMinIbanCharacters to kMaxIbanCharacters in all. Each is rewritten whole:
// the country code glued to the first group, a blank between groups ("GB31 HBOO 0163 …"); the
// extractor checks the length and MOD 97. Normalize() asks only when its folder read number
// words in the text; then "IBAN" is looked for (a find of "BAN").
void FindSpokenIbans(std::string_view text, std::vector<PartSpread>& out);

}  // namespace ariadne::normalize
