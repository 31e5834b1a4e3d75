// The score arithmetic: allow-list, T1 cap, only_with, the R3 high band, fraud apart.
#include "flag/score.h"

#include <gtest/gtest.h>

#include <deque>
#include <numeric>

#include "flag/flag.h"

namespace ariadne::flag {
namespace {

class ScoreTest : public ::testing::Test {
 protected:
  ScoreTest() {
    config_.tier_points = {0, 5, 20, 35};
    config_.t1_cap = 8;
    config_.medium = 30;
    config_.high = 60;
    config_.high_min_families = 2;
    config_.high_sex = {
        {Family::kNet, Tier::kT1}, {Family::kCtl, Tier::kT1}, {Family::kAut, Tier::kT1}};
    config_.high_labour = {{Family::kDec, Tier::kT2}, {Family::kExp, Tier::kT3}};
  }

  // Adds an allow-listed indicator and flags it.
  void Flag(const std::string& id, Family family, Tier tier,
            Category category = Category::kTrafficking, std::vector<std::string> only_with = {}) {
    Indicator& indicator = indicators_.emplace_back();
    indicator.id = id;
    indicator.family = family;
    indicator.tier = tier;
    indicator.category = category;
    indicator.only_with = std::move(only_with);
    config_.scored.push_back(id);
    RaisedFlag& flag = flags_.emplace_back();
    flag.indicator = &indicator;
  }

  ScoreResult Score(AdKind kind, bool fraud = false) {
    ScoreResult result = ScoreFlags(flags_, kind, config_, fraud);
    int sum = 0;
    for (const Contribution& c : result.contributions) sum += c.points;
    EXPECT_EQ(sum, result.score) << "the contributions must add up to the score";
    return result;
  }

  ScoringConfig config_;
  std::deque<Indicator> indicators_;  // stable addresses for RaisedFlag::indicator
  std::vector<RaisedFlag> flags_;
};

TEST_F(ScoreTest, NothingFlaggedScoresZeroLow) {
  const ScoreResult r = Score(AdKind::kSex);
  EXPECT_EQ(r.score, 0);
  EXPECT_EQ(r.band, Band::kLow);
  EXPECT_TRUE(r.contributions.empty());
}

TEST_F(ScoreTest, T1ContributionsAreSummedThenCapped) {
  Flag("J-NOEXP", Family::kDec, Tier::kT1);
  Flag("J-NOLANG", Family::kDec, Tier::kT1);
  Flag("J-ACCOM", Family::kExp, Tier::kT1);
  const ScoreResult r = Score(AdKind::kLabour);
  EXPECT_EQ(r.score, 8);
  ASSERT_EQ(r.contributions.size(), 4u);
  EXPECT_EQ(r.contributions.back().id, "T1-cap");
  EXPECT_EQ(r.contributions.back().points, -7);
}

TEST_F(ScoreTest, OnlyWithUnmetContributesZeroWithAReason) {
  Flag("S-NOREFUSE", Family::kCtl, Tier::kT2, Category::kTrafficking, {"S-3P"});
  ScoreResult r = Score(AdKind::kSex);
  EXPECT_EQ(r.score, 0);
  ASSERT_EQ(r.contributions.size(), 1u);
  EXPECT_EQ(r.contributions[0].points, 0);
  EXPECT_NE(r.contributions[0].note.find("needs one of S-3P"), std::string::npos);
  Flag("S-3P", Family::kCtl, Tier::kT2);
  r = Score(AdKind::kSex);
  EXPECT_EQ(r.score, 40);
  EXPECT_EQ(r.band, Band::kMedium);
}

TEST_F(ScoreTest, IdsOffTheAllowListNeverAddPoints) {
  Flag("S-3P", Family::kCtl, Tier::kT2);
  config_.scored.clear();
  EXPECT_EQ(Score(AdKind::kSex).score, 0);
}

TEST_F(ScoreTest, T0NeverScoresEvenWhenAllowListed) {
  Flag("S-MOVE", Family::kInf, Tier::kT0);
  EXPECT_EQ(Score(AdKind::kSex).score, 0);
}

TEST_F(ScoreTest, HighBandNeedsTwoFamiliesForAdultAds) {
  Flag("S-YOUTH", Family::kCtl, Tier::kT3);
  Flag("S-3P", Family::kCtl, Tier::kT3);
  ScoreResult r = Score(AdKind::kSex);
  EXPECT_EQ(r.score, 59);  // 70, held just below the high threshold
  EXPECT_EQ(r.band, Band::kMedium);
  EXPECT_EQ(r.contributions.back().id, "R3-high-band");
  EXPECT_EQ(r.contributions.back().points, -11);
  Flag("N-PHONE", Family::kNet, Tier::kT3);
  r = Score(AdKind::kSex);
  EXPECT_EQ(r.score, 100);  // 105, capped at 100
  EXPECT_EQ(r.band, Band::kHigh);
  EXPECT_EQ(r.contributions.back().id, "max-100");
}

TEST_F(ScoreTest, HighBandForJobAdsNeedsDeceptionOrStrongExploitation) {
  Flag("J-REPOST", Family::kNet, Tier::kT3);
  Flag("J-EMPL", Family::kAut, Tier::kT3);
  EXPECT_EQ(Score(AdKind::kLabour).score, 59);       // two families, but no DEC T2+ or EXP T3
  EXPECT_EQ(Score(AdKind::kSex).band, Band::kHigh);  // NET and AUT are enough for adult ads
  Flag("J-VAGUE", Family::kDec, Tier::kT2);
  EXPECT_EQ(Score(AdKind::kLabour).band, Band::kHigh);
}

TEST_F(ScoreTest, UnknownKindAcceptsEitherFamilyCondition) {
  Flag("S-3P", Family::kCtl, Tier::kT3);
  Flag("J-EMPL", Family::kAut, Tier::kT3);
  EXPECT_EQ(Score(AdKind::kUnknown).band, Band::kHigh);
}

TEST_F(ScoreTest, FraudIndicatorsGoToFraudRiskOnly) {
  Flag("J-FEE", Family::kExp, Tier::kT3, Category::kFraud);
  Flag("J-TASK", Family::kDec, Tier::kT2, Category::kFraud);
  Flag("J-NOEXP", Family::kDec, Tier::kT1);
  const ScoreResult trafficking = Score(AdKind::kLabour);
  EXPECT_EQ(trafficking.score, 5);
  ASSERT_EQ(trafficking.contributions.size(), 1u);
  EXPECT_EQ(trafficking.contributions[0].id, "J-NOEXP");
  const ScoreResult fraud = Score(AdKind::kLabour, true);
  EXPECT_EQ(fraud.score, 55);
  EXPECT_EQ(fraud.band, Band::kMedium);
}

TEST_F(ScoreTest, FraudFlagsDoNotCountAsFamilyEvidence) {
  Flag("J-LATER", Family::kDec, Tier::kT3);
  Flag("J-MSG", Family::kAut, Tier::kT2);
  Flag("J-FEE", Family::kExp, Tier::kT3, Category::kFraud);
  const ScoreResult r = Score(AdKind::kLabour);
  EXPECT_EQ(r.score, 55);
  EXPECT_EQ(r.band, Band::kMedium);
}

TEST_F(ScoreTest, InformationFamilyIsNeverFamilyEvidence) {
  Flag("S-YOUTH", Family::kCtl, Tier::kT3);
  Flag("S-3P", Family::kCtl, Tier::kT3);
  Flag("S-TRUST", Family::kInf, Tier::kT1);
  EXPECT_EQ(Score(AdKind::kSex).band, Band::kMedium);  // CTL and INF: one family of evidence
}

}  // namespace
}  // namespace ariadne::flag
