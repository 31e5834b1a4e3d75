// Counts and Markdown documentation of a rule set.
#include "flag/rules_doc.h"

#include <gtest/gtest.h>

#include "flag/test_util.h"

namespace ariadne::flag {
namespace {

TEST(RulesDoc, CountsIndicatorsAndTermsPerLanguage) {
  const auto rules = testing::LoadOrFail(testing::FixtureRules());
  const RuleCounts counts = CountRules(*rules);
  EXPECT_EQ(counts.packs, 2);
  EXPECT_EQ(counts.indicators, 16);
  EXPECT_EQ(counts.structural, 1);
  EXPECT_EQ(counts.scored, 13);
  EXPECT_EQ(counts.terms.sourced, 23);
  EXPECT_EQ(counts.terms.candidate, 5);
  EXPECT_EQ(counts.terms_by_lang.at("ro").sourced, 3);
  EXPECT_EQ(counts.terms_by_lang.at("de").candidate, 1);
}

TEST(RulesDoc, MarkdownDocumentsEveryIndicator) {
  const auto rules = testing::LoadOrFail(testing::FixtureRules());
  const std::string md = RulesMarkdown(*rules);
  for (const Indicator& indicator : rules->indicators) {
    EXPECT_NE(md.find("### " + indicator.id + ": " + indicator.title), std::string::npos)
        << indicator.id;
  }
  EXPECT_NE(md.find("## Pack `job-content` (ads: labour)"), std::string::npos);
  EXPECT_NE(md.find("T3 · EXP · fraud · revision 1"), std::string::npos);
  EXPECT_NE(md.find("| ro | \u201Ccomision de recrutare\u201D | sourced: "
                    "[kb](https://example.org/indicators#2a) |"),
            std::string::npos);
  EXPECT_NE(md.find("candidate (disabled until reviewed, R15), added 2026-01-01"),
            std::string::npos);
  EXPECT_NE(md.find("[ilo](https://example.org/ilo-indicators)"), std::string::npos);
  EXPECT_NE(md.find("- **False positives:** Commonplace in legitimate agency ads."),
            std::string::npos);
  EXPECT_NE(md.find("- **Scored only with:** J-LATER (R3)."), std::string::npos);
  EXPECT_NE(md.find("Computed from the case (structural): no phrases."), std::string::npos);
  EXPECT_NE(md.find("| en | regex `24\\s*/\\s*7` |"), std::string::npos);
}

}  // namespace
}  // namespace ariadne::flag
