// Phrases as Vectorscan expressions: escaping, white space, word boundaries.
#include "flag/patterns.h"

#include <gtest/gtest.h>

namespace ariadne::flag {
namespace {

Term Phrase(std::string text) {
  Term term;
  term.lang = "en";
  term.phrase = std::move(text);
  return term;
}

TEST(Patterns, SpacesMatchAnyRunOfWhiteSpaceAndPunctuationIsEscaped) {
  const TermPattern p = BuildPattern(Phrase("  no   experience (any) "));
  EXPECT_EQ(p.expression, "no\\s+experience\\s+\\(any\\)");
  EXPECT_TRUE(p.left_boundary);
  EXPECT_FALSE(p.right_boundary);  // ends with ")", not a word character
  EXPECT_EQ(PatternProblem(p), "");
}

TEST(Patterns, ApostrophesAndRomanianCommaLettersMatchTheirVariants) {
  const TermPattern p = BuildPattern(Phrase("d'un şi ţ"));
  EXPECT_EQ(p.expression, "d(?:'|\u2019|\u02BC)un\\s+(?:\u0219|\u015F)i\\s+(?:\u021B|\u0163)");
}

TEST(Patterns, RegexTermsAreUsedAsWritten) {
  Term term;
  term.regex = "fee\\w*";
  const TermPattern p = BuildPattern(term);
  EXPECT_EQ(p.expression, "fee\\w*");
  EXPECT_FALSE(p.left_boundary);
  EXPECT_NE(PatternProblem({"a(b", p.flags, false, false}), "");
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
