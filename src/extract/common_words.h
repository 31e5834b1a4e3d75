// The common words of the ads' languages that are never a username: the function words (articles,
// pronouns, prepositions, conjunctions, negations, and adverbs such as "also", "only", "here")
// that follow a platform's name in a sentence ("insta ebenfalls leonie_bln", "kein Insta – nur
// Anrufe"). Data: one list per language in common_words.cpp. Only words of ASCII letters are
// listed, as a handle's name is ASCII (a word with an accent or in Cyrillic is no name anyway).
#pragma once

#include <string_view>

namespace ariadne::extract {

// Whether `word` (any case) is one of the common words of any of the ads' languages.
bool IsCommonWord(std::string_view word);

}  // namespace ariadne::extract
