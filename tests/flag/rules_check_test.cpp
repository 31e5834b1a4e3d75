// `ariadne rules check` beyond loading, and where a regex's matches start (PCRE2, patterns.h): a
// regex Vectorscan's start-of-match tracking refused alone is placed, every time alike.
#include "flag/rules_check.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "flag/flag.h"
#include "flag/patterns.h"
#include "flag/rules.h"
#include "flag/test_util.h"
#include "support/temp_dir.h"

namespace ariadne::flag {
namespace {

using testing::kMinimalPack;
using testing::kMinimalScoring;
using testing::Replace;

// A long bounded gap: Vectorscan's start-of-match tracking refused it alone; PCRE2 reads it.
constexpr const char* kGapTerm =
    "{ lang = \"en\", regex = \"fee.{0,200}before you travel\", status = \"sourced\", "
    "source = \"kb\" }";
constexpr const char* kPhraseTerm =
    "{ lang = \"en\", phrase = \"processing fee\", status = \"sourced\", source = \"kb\" }";

std::shared_ptr<const RuleSet> RulesWith(ariadne::testing::TempDir& dir, const std::string& term) {
  dir.Write("p.toml", Replace(kMinimalPack, kPhraseTerm, term));
  dir.Write("scoring.toml", kMinimalScoring);
  return testing::LoadOrFail(dir.path());
}

TEST(RulesCheck, ARegexWithALongGapIsPlacedAndItsFlagPointsAtItsWords) {
  ariadne::testing::TempDir dir;
  auto rules = RulesWith(dir, kGapTerm);
  EXPECT_TRUE(TermsWithoutMatchStart(*rules).empty());
  const auto flagger = testing::MakeFlagger(rules, /*candidates=*/false);
  const std::string text =
      "Before you travel, read this. A fee of 300 euro is paid before you travel. Call now.";
  const Assessment a = flagger->Assess(
      {.text = text, .kind = AdKind::kLabour, .lang = "en", .region = "", .phones = {}});
  const RaisedFlag* flag = testing::FindFlag(a, "J-FEE");
  ASSERT_NE(flag, nullptr);
  ASSERT_EQ(flag->spans.size(), 1u);
  EXPECT_EQ(text.substr(flag->spans[0].start, flag->spans[0].end - flag->spans[0].start),
            "fee of 300 euro is paid before you travel");
}

// The deadline regex whose start Vectorscan 5.4.9 reported wrongly (and differently after other
// scans): the leftmost start of the match ending at its end, every time, on every thread.
TEST(RulesCheck, ARegexsStartIsTheLeftmostOfItsMatchEndingThereEveryTime) {
  ariadne::testing::TempDir dir;
  auto rules =
      RulesWith(dir,
                "{ lang = \"en\", regex = '\\b(?:by|before)\\s(?:\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)?"
                "\\s)?(?:tomorrow|tonight|tonite)\\b', status = \"sourced\", source = \"kb\" }");
  const auto flagger = testing::MakeFlagger(rules, /*candidates=*/false);
  const std::string text =
      "Stand by for news. Paid by the hour, we pay by bank. Contract signed by 9 pm tonite, "
      "start by tomorrow.";
  for (int run = 0; run < 3; ++run) {
    const Assessment a = flagger->Assess(
        {.text = text, .kind = AdKind::kLabour, .lang = "en", .region = "", .phones = {}});
    const RaisedFlag* flag = testing::FindFlag(a, "J-FEE");
    ASSERT_NE(flag, nullptr);
    ASSERT_EQ(flag->spans.size(), 2u);
    EXPECT_EQ(text.substr(flag->spans[0].start, flag->spans[0].end - flag->spans[0].start),
              "by 9 pm tonite");
    EXPECT_EQ(text.substr(flag->spans[1].start, flag->spans[1].end - flag->spans[1].start),
              "by tomorrow");
  }
}

TEST(RulesCheck, ARegexPcre2CannotReadIsRefusedWithItsReason) {
  ariadne::testing::TempDir plain;
  EXPECT_TRUE(TermsWithoutMatchStart(*RulesWith(plain, kPhraseTerm)).empty());
  // Vectorscan refuses a lookbehind too, so a pack with one does not load at all: the reason is
  // checked at the compile function.
  std::string why;
  TermPattern pattern;
  pattern.expression = "fee(?<=x\\d+)travel";
  EXPECT_EQ(CompileStartRegex(pattern, &why), nullptr);
  EXPECT_FALSE(why.empty());
}

// A marker list's regex is placed by the same search, so the check reads the lists too.
TEST(RulesCheck, AMarkerRegexPcre2CannotReadIsNamedAtItsTerm) {
  RuleSet rules;
  MarkerList list;
  list.name = "fee-words";
  Term term;
  term.lang = "en";
  term.regex = "fees?";
  list.terms.push_back(term);
  term.regex = "fee(?<=x\\d+)travel";
  term.where = {"markers.toml", 7, 3};
  list.terms.push_back(term);
  rules.markers.push_back(list);
  const std::vector<LoadError> errors = TermsWithoutMatchStart(rules);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].where.line, 7);
  EXPECT_NE(errors[0].reason.find("marker fee-words: PCRE2 cannot read"), std::string::npos)
      << errors[0].reason;
}

TermPattern Regex(const std::string& expression) {
  TermPattern pattern;
  pattern.expression = expression;
  return pattern;
}

// PCRE2 10.42's JIT with PCRE2_MATCH_INVALID_UTF found no match of "\S*" ending on a Cyrillic
// letter at the end of the subject (so S-DISCREP's and J-FEE's Cyrillic marker hits lost their
// starts); the start search reads valid UTF-8 without that option.
TEST(RulesCheck, ARegexEndingInCyrillicLettersIsFoundWhereItStarts) {
  const StartRegex regex = CompileStartRegex(Regex("помічни\\S*|асистент\\S*|секретар\\S*"));
  ASSERT_NE(regex, nullptr);
  const std::string block = "зад мен не стои никой. пиши на секретарк";
  EXPECT_EQ(LeftmostStart(regex.get(), block), block.find("секретар"));
  EXPECT_EQ(LeftmostStart(regex.get(), block + "а"), block.find("секретар"));
  EXPECT_EQ(LeftmostStart(regex.get(), block + " к"), std::string::npos);
}

// A long block with a repeated group needs more than PCRE2's default JIT stack (32 KiB), which
// made the search give up; each thread's own stack grows for it.
TEST(RulesCheck, AStartFarBackInALongBlockIsFound) {
  const StartRegex regex = CompileStartRegex(Regex("x(?:ab|cd)*c"));
  ASSERT_NE(regex, nullptr);
  std::string block = "cd x";
  for (int i = 0; i < 2000; ++i) block += "ab";
  block += "c";
  EXPECT_EQ(LeftmostStart(regex.get(), block), 3u);
}

// A block that is not valid UTF-8 is refused, never read past: the match keeps its window.
TEST(RulesCheck, ABlockOfInvalidUtf8HasNoStart) {
  const StartRegex regex = CompileStartRegex(Regex("fee\\S*"));
  ASSERT_NE(regex, nullptr);
  EXPECT_EQ(LeftmostStart(regex.get(), "a fee\xC3"), std::string::npos);
  EXPECT_EQ(LeftmostStart(regex.get(), "a fees"), 2u);
}

}  // namespace
}  // namespace ariadne::flag
