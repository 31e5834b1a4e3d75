// The number-word lexicons Normalize() folds inside phone-like runs: one table per language, as
// data. Internal to src/normalize.
#pragma once

#include <span>
#include <string_view>

namespace ariadne::normalize {

enum class NumberWordKind : unsigned char {
  kValue,       // stands for `digits` ("five" -> "5", "fifty" -> "50", "eleven" -> "11")
  kMultiplier,  // repeats the next digit `digits` times ("double" -> "2", "triple" -> "3")
  kWeakZero,    // "oh": a zero only where it stands right among digits
  kConnector,   // joins tens and units ("treinta y uno", "vingt et un"); never a digit by itself
  // Makes the unit (or the tens) before it hundreds ("nine hundred", "neuf cents", "seventy seven
  // hundred"); alone, `digits` hundreds where the language says so ("cent vingt", "hundert", "1"),
  // else nothing ("hundred": "a hundred" or "one hundred").
  kHundred,
  // A dash, minus, slash, dot or space written as a word between two digit groups ("06 tiret 47
  // tiret 29", "0176 Strich 48 Strich 21", "06 point 27 point 94"); never a digit, and a
  // separator only between groups.
  kSeparator,
  // A noun for a digit ("пятёрка", "piątka", "шістка": a five, a six), `digits` that digit: read
  // only after a count of two to four or a multiplier ("три шестёрки" = 666, "podwójna trójka" =
  // 33), as a number read out says it; alone it is a word (a grade, a bus, a team of five).
  kDigitNoun,
  // A reader's "then" between two groups of a number read out ("…, then three sevens", "dann 82
  // 147", "потом 28 19"): a pause, as a comma is, inside a spoken number only; never a digit.
  kThen,
  // A speaker's filler inside a number read out, as voice-message transcripts write it ("zero
  // seven, uh, seven hundred", "null sieben, ähm, …", "восемь девять, ну, …"): a pause between two
  // groups, never a digit. Drawn out ("ummm", "ääähm", "эээ") it is the same word. Kept apart from
  // the number words: a filler of one language may be a number word of another ("um", one in
  // Portuguese), and the number word wins where its language is read.
  kFiller,
  // A word that sounds as a digit does and that speech-to-text engines write for it ("to", "too"
  // for 2, "for" for 4, "won" for 1): `digits` only between two digits read one by one inside a
  // number read out ("nine oh oh won to three"); everywhere else the word it is. Kept apart from
  // the number words, as fillers are: looked up only inside an open run.
  kHomophone,
  // A speaker's correction of the digit just said ("nine, no, eight", "neun, nein, acht", "девять,
  // нет, восемь"): a pause, as a filler is, which drops the digit before it when one digit read
  // alone stands on each side. Never a digit; elsewhere the word it is.
  kCorrection,
};

struct NumberWord {
  std::string_view word;    // as written in the language, lower case, with accents and apostrophes
  std::string_view digits;  // the digits it stands for (for kMultiplier: the repeat count)
  NumberWordKind kind = NumberWordKind::kValue;
};

struct LanguageNumberWords {
  std::string_view lang;  // ISO 639-1
  std::string_view source;
  std::span<const NumberWord> words;
  // Unit-first compounds are generated from the language's units and tens: unit + joiner + tens
  // ("ein" + "und" + "zwanzig", "een" + "en" + "twintig"). Empty: none.
  std::string_view unit_tens_joiner;
  // Tens-first compounds written as one word ("venti" + "due", "veinti" + "dós"). Empty: none.
  bool tens_unit_glued = false;
  // Hundreds written as one word with what follows them below 100 ("hundertsiebzig",
  // "trecentododici", "honderdvierendertig"): generated from the language's hundreds and its words
  // below 100.
  bool hundreds_glued = false;
  // Glued hundreds also written with a joining word ("hundertundfünfzehn"). Empty: none.
  std::string_view hundreds_joiner = {};
  // Digit words written in another script than their language's ("nol sem sem", "dva", "chetiri";
  // "зиро", "севен", "найн"): read in a text of any language, as writers use them to hide a number
  // from filters that know each language's own words.
  bool every_language = false;
  // Read only where the text's language is known to be `lang` (NormalizeOptions::lang), with its
  // meanings first, not where it is unknown nor in the lexicon of every other language: the
  // Scandinavian digits are common words elsewhere (Norwegian and Danish "to", English "to";
  // Norwegian "en", Dutch's "and"; Danish "et", French's "and"; Swedish "sex"), and as every
  // language's lexicon they would stop the prose skipper at each.
  bool explicit_only = false;
};

// Every supported language (en, de, fr, nl, ro, bg, es, it, pl, ru, uk, pt, cs, fi), then
// the digit words of ru, uk and bg in Latin letters and of en in Cyrillic
// (`every_language`), then Norwegian, Danish and Swedish (`explicit_only`). At most 32 entries:
// the folding keeps one bit per entry.
std::span<const LanguageNumberWords> AllNumberWords();

// Whether `word` (any case) is a number word of some supported language that yields digits (a
// value, a multiplier, "oh", a hundred, a digit's noun or a homophone): what a speaker's aside in
// a transcript must not hold (line_joins.cpp). A lookup in the lexicon Normalize() folds with.
bool IsDigitYieldingWord(std::string_view word);

// The digit `word` (any case) spells when it is a number word of one digit of some supported
// language ("three", "sei", "п'ять", "zero", "oh"), else 0. A lookup in the same lexicon.
char SpelledDigitOf(std::string_view word);

// Whether `word` (any case) is a speaker's correction of the digit before it ("no", "nein",
// "sorry", "нет": the lexicon's kCorrection words), which an aside between commas must not be.
bool IsCorrectionWord(std::string_view word);

}  // namespace ariadne::normalize
