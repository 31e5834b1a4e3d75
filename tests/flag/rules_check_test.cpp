// `ariadne rules check` beyond loading: a regex whose matches Vectorscan cannot place on its own
// (start-of-match tracking refuses it) is named at its term, and its flags are still raised.
#include "flag/rules_check.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "flag/rules.h"
#include "flag/test_util.h"
#include "support/temp_dir.h"

namespace ariadne::flag {
namespace {

using testing::kMinimalPack;
using testing::kMinimalScoring;
using testing::Replace;

// `ab.{0,200}cd` compiles in a database, but not alone with start-of-match tracking.
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

TEST(RulesCheck, ARegexWhoseMatchesCannotBePlacedIsNamedAtItsTerm) {
  ariadne::testing::TempDir dir;
  auto rules = RulesWith(dir, kGapTerm);
  const std::vector<LoadError> errors = TermsWithoutMatchStart(*rules);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].where.line, 16);
  EXPECT_NE(errors[0].reason.find("J-FEE: Vectorscan cannot find where"), std::string::npos)
      << errors[0].reason;

  ariadne::testing::TempDir plain;
  EXPECT_TRUE(TermsWithoutMatchStart(*RulesWith(plain, kPhraseTerm)).empty());
  ariadne::testing::TempDir narrow;
  EXPECT_TRUE(TermsWithoutMatchStart(
                  *RulesWith(narrow,
                             "{ lang = \"en\", regex = \"fee.{0,20}before you travel\", status = "
                             "\"sourced\", source = \"kb\" }"))
                  .empty());
}

// Such a term still raises its flag, with a span that ends where the match ends (it used to get
// a zero-length span and be dropped).
TEST(RulesCheck, ItsFlagIsStillRaisedWithTheLookBackWindowAsSpan) {
  ariadne::testing::TempDir dir;
  auto rules = RulesWith(dir, kGapTerm);
  const std::unique_ptr<Flagger> flagger = testing::MakeFlagger(rules);
  ASSERT_TRUE(flagger);
  AdInput ad;
  ad.kind = AdKind::kLabour;
  ad.lang = "en";
  ad.text = "Packing job. A fee of 200 is paid before you travel. Call now.";
  const Assessment a = flagger->Assess(ad);
  const RaisedFlag* fee = testing::FindFlag(a, "J-FEE");
  ASSERT_NE(fee, nullptr) << "the match was dropped";
  ASSERT_FALSE(fee->spans.empty());
  const std::string end_words = "before you travel";
  EXPECT_EQ(fee->spans[0].end, ad.text.find(end_words) + end_words.size());
  EXPECT_LT(fee->spans[0].start, ad.text.find("fee"));
}

}  // namespace
}  // namespace ariadne::flag
