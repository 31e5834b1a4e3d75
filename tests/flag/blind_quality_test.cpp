// Detection quality of the real rule packs on the BLIND held-out set (issue 4, item 7).
//
// data/blind_ads.jsonl was written by someone who had not read rules/*.toml, the rule docs or the
// development set (data/BLIND.md says who, how and when), and it was committed before anything ran
// against it. Unlike data/heldout_ads.jsonl (a development set the packs were tuned on), its
// figures said what unseen ads give. It has since been used for tuning (the flag5 round wrote
// candidate term families while reading its misses, data/BLIND.md "After tuning"), so it is now a
// second development set: judge recall on unseen ads with a NEW blind set.
//
// Measured twice: with the default rules and with candidate terms enabled (FlagOptions::candidates,
// as `ariadne flag --candidates`). Rules, asserted: zero invariance violations (a "variant_of" line
// must get exactly the flags and scores of its original: rule R2) and every "benign" line (a
// legitimate job ad, or safety practices and touring only: rule R4) scores 0, trafficking and fraud
// risk alike. Recall and precision (micro, over the original ads; variants only test invariance)
// are printed per indicator and per language, and guarded by floors at the measured value minus
// 0.02 so that a regression fails. The goal (recall >= 0.85, precision >= 0.90) is printed, not
// asserted: the floors record where the packs stand, not where they should be.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "flag/labelled_set.h"

namespace ariadne::flag {
namespace {

using testing::LabelledAd;
using testing::Measure;
using testing::MeasureSet;
using testing::Precision;
using testing::Recall;

// Measured (data/BLIND.md, "Figures"), minus 0.02, rounded down. Never lower them to let a change
// through. Since the flag5 round (2026-11-29) the candidate terms were tuned while reading this
// set's misses, so these floors guard against regressions only: the set is now a development
// set too, and a new blind set is needed to judge recall on unseen ads.
// Default rules: recall 0.081 (0.090 on text indicators until the flag6 round made J-PHONEONLY,
// J-UNLIC, S-OBSC and A-STOCK text indicators; 0.081 since), precision 0.979 (unchanged: the new
// terms and the computed checks are candidates, disabled by default).
struct Floors {
  double recall;
  double text_recall;
  double precision;
};
constexpr Floors kDefaultFloors{0.060, 0.070, 0.958};
// Candidate terms enabled: recall 0.928 (the same on text indicators, none being structural any
// more), precision 0.992 (flag6 round, 2026-11-30: computed checks and the language placeholder;
// before it 0.707, 0.789, 0.990; before the flag5 round 0.351, 0.391, 0.980).
constexpr Floors kCandidateFloors{0.908, 0.908, 0.972};

class BlindQuality : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ads_ = new std::vector<LabelledAd>(testing::LoadLabelledSet("blind_ads.jsonl"));
    rules_ = new std::shared_ptr<const RuleSet>(
        testing::LoadOrFail(std::filesystem::path(ARIADNE_SOURCE_DIR) / "rules"));
  }
  static void TearDownTestSuite() {
    delete ads_;
    delete rules_;
  }
  static std::vector<LabelledAd>* ads_;
  static std::shared_ptr<const RuleSet>* rules_;
};
std::vector<LabelledAd>* BlindQuality::ads_ = nullptr;
std::shared_ptr<const RuleSet>* BlindQuality::rules_ = nullptr;

TEST_F(BlindQuality, SetCoversElevenLanguagesWithVariantsAndControls) {
  std::set<std::string> langs;
  std::set<std::string> ids;
  int variants = 0;
  int benign = 0;
  for (const LabelledAd& ad : *ads_) {
    langs.insert(ad.lang);
    EXPECT_TRUE(ids.insert(ad.id).second) << "duplicate id " << ad.id;
    variants += ad.variant_of.empty() ? 0 : 1;
    benign += ad.benign ? 1 : 0;
  }
  EXPECT_GE(ads_->size(), 150u);
  EXPECT_EQ(langs.size(), 11u);
  EXPECT_GE(variants, 20);
  EXPECT_GE(benign, 20);
}

// One run over the set: the two rules (no invariance violation, R2: bg-v2 and uk-v2 broke it
// when the set was written, J-ENT matching only feminine role nouns in BG and UK; benign ads score
// 0, R4) and the floors.
void CheckRun(const std::shared_ptr<const RuleSet>& rules, const std::vector<LabelledAd>& ads,
              bool candidates, const char* label, const Floors& floors) {
  ASSERT_TRUE(rules);
  const std::unique_ptr<Flagger> flagger = testing::MakeFlagger(rules, candidates);
  ASSERT_TRUE(flagger);
  const Measure m = MeasureSet(*flagger, ads, label);
  EXPECT_EQ(m.violating, std::set<std::string>{}) << "invariance violations (rule R2)";
  EXPECT_EQ(m.benign_scored, 0);
  EXPECT_GE(Recall(m.total), floors.recall);
  EXPECT_GE(Recall(m.text), floors.text_recall);
  EXPECT_GE(Precision(m.total), floors.precision);
}

TEST_F(BlindQuality, DefaultRules) {
  CheckRun(*rules_, *ads_, /*candidates=*/false, "blind default rules", kDefaultFloors);
}

TEST_F(BlindQuality, CandidateTermsEnabled) {
  CheckRun(*rules_, *ads_, /*candidates=*/true, "blind candidate terms enabled", kCandidateFloors);
}

}  // namespace
}  // namespace ariadne::flag
