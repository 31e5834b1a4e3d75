// Phrases as Vectorscan expressions: escaping, white space, word boundaries.
#include "flag/patterns.h"

#include <gtest/gtest.h>

#include "flag/match_text.h"

namespace ariadne::flag {
namespace {

Term Phrase(std::string text) {
  Term term;
  term.lang = "en";
  term.phrase = std::move(text);
  return term;
}

TEST(Patterns, APhraseIsALiteralOfTheFoldedPhraseWhoseSpacesMatchASpaceOrALineBreak) {
  const TermPattern p = BuildPattern(Phrase("  No   Experience (any) "));
  EXPECT_EQ(p.expression, "no[ \\n]experience[ \\n]\\(any\\)");
  EXPECT_EQ(p.literal_bytes, std::string("no experience (any)").size());
  EXPECT_TRUE(p.left_boundary);
  EXPECT_FALSE(p.right_boundary);  // ends with ")", not a word character
  EXPECT_EQ(PatternProblem(p), "");
}

TEST(Patterns, ApostrophesAndRomanianCommaLettersAreFoldedInPhrasesAndText) {
  const TermPattern p = BuildPattern(Phrase("d'un şi ţ"));
  EXPECT_EQ(p.expression, "d\\'un[ \\n]\u0219i[ \\n]\u021B");
  EXPECT_EQ(FoldForMatching("D\u2019UN \u015Ei\t\u0162"), "d'un \u0219i \u021B");
  EXPECT_EQ(FoldForMatching("d\u02BCun \u0218I \u021A"), "d'un \u0219i \u021B");
}

TEST(Patterns, RegexTermsKeepTheirEscapesAndFoldTheirLetters) {
  Term term;
  term.regex = "Fee\\w*\\S\\x{41}[А-Я]";
  const TermPattern p = BuildPattern(term);
  EXPECT_EQ(p.expression, "fee\\w*\\S\\x{41}[а-я]");
  EXPECT_EQ(p.literal_bytes, 0u);
  EXPECT_FALSE(p.left_boundary);
  EXPECT_NE(PatternProblem({"a(b", p.flags, 0, false, false}), "");
}

// The match text holds one character per white-space run, so "\s+" is "\s" there; with it the
// longest match of a regex can be bounded, and the flagger looks no further back for its start.
TEST(Patterns, OneWhiteSpaceCharacterStandsForARunAndBoundsTheMatch) {
  Term term;
  term.regex = "no\\s+fee\\s+(?:paid|due)[\\s+]";
  const TermPattern p = BuildPattern(term);
  EXPECT_EQ(p.expression, "no\\sfee\\s(?:paid|due)[\\s+]");  // a class keeps its '+'
  size_t width = 0;
  EXPECT_EQ(PatternProblem(p, &width), "");
  EXPECT_EQ(width, 12u);  // "no fee paid" and one character
  term.regex = "no\\S+";
  EXPECT_EQ(PatternProblem(BuildPattern(term), &width), "");
  EXPECT_EQ(width, 0u);  // unbounded
}

TEST(MatchText, MapsEveryByteBackToTheInputAcrossFoldedSpacesAndApostrophes) {
  MatchText m;
  const std::string input = "A \t\n B\u2019C";
  FoldForMatching(input, m);
  EXPECT_EQ(m.text, "a\nb'c");  // the run holds a line break: it folds to one
  ASSERT_EQ(m.from.size(), m.text.size());
  EXPECT_EQ(m.InputSpan(0, 1), std::make_pair(size_t{0}, size_t{1}));
  EXPECT_EQ(m.InputSpan(2, 5), std::make_pair(size_t{5}, input.size()));  // "b'c"
  EXPECT_EQ(m.InputSpan(1, 2), std::make_pair(size_t{1}, size_t{5}));     // the whole run
}

TEST(Patterns, BoundariesUseUnicodeWordCharacters) {
  const TermPattern p = BuildPattern(Phrase("опыт"));
  const std::string text = "без опыта, опыт.";
  EXPECT_FALSE(AtWordBoundaries(text, 7, 15, p));  // "опыт" inside "опыта"
  EXPECT_TRUE(AtWordBoundaries(text, 20, 28, p));  // "опыт" then "."
  EXPECT_TRUE(AtWordBoundaries("опыт", 0, 8, p));  // whole text
}

}  // namespace
}  // namespace ariadne::flag
