// Detection quality of the real rule packs on hand-written ads in the 11 languages (issue 4, item
// 7): per-indicator recall and precision, overall recall >= 0.85 and precision >= 0.90, and zero
// invariance violations (rules R2 and R4).
//
// The set, data/heldout_ads.jsonl, is written by data/make_heldout_ads.py. It was written WHILE
// LOOKING AT THE RULE PACKS, to say each text indicator of indicators.md tables 2A-2C and 2E in
// other words than the packs' phrases, and the packs were then improved on it: it is a DEVELOPMENT
// set, not a true held-out set, and its figures overstate what unseen ads will give. A true
// held-out set must be written by someone who has not read rules/*.toml: that is
// data/blind_ads.jsonl, measured by blind_quality_test.cpp (figures in data/BLIND.md).
//
// The packs run with their candidate terms enabled (FlagOptions::candidates, as `ariadne flag
// --candidates`): most terms are our own phrasings awaiting review (rule R15), and this measures
// them. Every line says which indicators its ad expresses, T0 ones included; an indicator raised
// but not listed is a false positive, one listed but not raised a miss. A line with "variant_of"
// is a counterfactual of another (nationality, ethnicity or gender words swapped or added): it
// must get exactly the same flags and score. Benign lines (legitimate job ads, safety practices,
// touring) must score 0.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "flag/labelled_set.h"
#include "support/test_paths.h"

namespace ariadne::flag {
namespace {

TEST(HeldoutQuality, RecallPrecisionAndInvarianceOnTheDevelopmentSet) {
  std::vector<testing::LabelledAd> ads = testing::LoadLabelledSet("heldout_ads.jsonl");
  ASSERT_GE(ads.size(), 150u);
  const auto rules = testing::LoadOrFail(std::filesystem::path(ARIADNE_SOURCE_DIR) / "rules");
  ASSERT_TRUE(rules);
  const std::unique_ptr<Flagger> flagger = testing::MakeFlagger(rules, /*candidates=*/true);
  ASSERT_TRUE(flagger);
  // This set marks no line "benign": an ad none of whose expected indicators carries points
  // (legitimate job ads, safety practices, touring words) must score 0 (rule R4).
  std::set<std::string> langs;
  for (testing::LabelledAd& ad : ads) {
    langs.insert(ad.lang);
    ad.benign = std::none_of(ad.expected.begin(), ad.expected.end(), [&](const auto& id) {
      return rules->scoring.PointsFor(*rules->Find(id)) > 0;
    });
  }
  EXPECT_EQ(langs.size(), 11u);
  const testing::Measure m = testing::MeasureSet(*flagger, ads, "development set");
  EXPECT_GE(m.variants, 20);
  EXPECT_EQ(m.violations, 0) << ::testing::PrintToString(m.violating);
  EXPECT_EQ(m.benign_scored, 0);
  // The goal is 0.85 / 0.90; the floors are the measured value minus 0.02 (1.000 and 1.000 on
  // 2026-11-30, flag7 round), so that a regression on the development set fails too.
  EXPECT_GE(testing::Recall(m.total), 0.98);
  EXPECT_GE(testing::Precision(m.total), 0.98);
}

}  // namespace
}  // namespace ariadne::flag
