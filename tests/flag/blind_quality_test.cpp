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

#include "flag/test_util.h"

namespace ariadne::flag {
namespace {

// Invariance violations on the blind set. Rule R2 wants NONE: the tests below fail on any
// violation not listed here AND on a listed one that is gone. bg-v2 and uk-v2 (gender swap of a
// hostess/dancer ad) failed when the set was written, because J-ENT matched only feminine role
// nouns in BG and UK; the packs now match every gender and number of each role noun.
const std::set<std::string> kKnownViolationsDefault = {};
const std::set<std::string> kKnownViolationsCandidates = {};

// Measured (data/BLIND.md, "Figures"), minus 0.02, rounded down. Never lower them to let a change
// through. Since the flag5 round (2026-11-29) the candidate terms were tuned while reading this
// set's misses, so these floors guard against regressions only: the set is now a development
// set too, and a new blind set is needed to judge recall on unseen ads.
// Default rules: recall 0.081 (0.090 on text indicators), precision 0.979 (unchanged: the new
// terms are candidates, disabled by default).
constexpr double kDefaultRecallFloor = 0.060;
constexpr double kDefaultTextRecallFloor = 0.070;
constexpr double kDefaultPrecisionFloor = 0.958;
// Candidate terms enabled: recall 0.707 (0.789 on text indicators), precision 0.990
// (before the flag5 round: 0.351, 0.391, 0.980).
constexpr double kCandidateRecallFloor = 0.687;
constexpr double kCandidateTextRecallFloor = 0.769;
constexpr double kCandidatePrecisionFloor = 0.970;

struct BlindAd {
  std::string id;
  std::string text;
  std::string kind;
  std::string lang;
  std::string region;
  std::set<std::string> expected;
  std::string variant_of;
  bool benign = false;
};

std::vector<BlindAd> LoadBlindSet() {
  const auto path = std::filesystem::path(ARIADNE_SOURCE_DIR) / "tests/flag/data/blind_ads.jsonl";
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot read " << path;
  std::vector<BlindAd> ads;
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
      ADD_FAILURE() << path.string() << ":" << line_number << ": not a JSON object";
      continue;
    }
    BlindAd ad;
    ad.id = j.at("id");
    ad.text = j.at("text");
    ad.kind = j.at("kind");
    ad.lang = j.at("lang");
    ad.region = j.value("region", "");
    for (const auto& id : j.at("expected")) ad.expected.insert(id.get<std::string>());
    ad.variant_of = j.value("variant_of", "");
    ad.benign = j.value("benign", false);
    ads.push_back(std::move(ad));
  }
  return ads;
}

struct Counts {
  int true_positives = 0;
  int false_positives = 0;
  int misses = 0;
};

double Ratio(int part, int whole) {
  return whole == 0 ? 1.0 : static_cast<double>(part) / whole;
}
double Recall(const Counts& c) {
  return Ratio(c.true_positives, c.true_positives + c.misses);
}
double Precision(const Counts& c) {
  return Ratio(c.true_positives, c.true_positives + c.false_positives);
}

struct Measure {
  Counts total;
  // Only the indicators Flagger::Assess can raise from text: structural ones (structural = true in
  // the packs, computed from the case: J-PHONEONLY, J-UNLIC, S-OBSC, A-STOCK) always miss here.
  Counts text;
  std::set<std::string> violating;  // ids of the variants that broke invariance
  int variants = 0;
  int violations = 0;
  int benign = 0;
  int benign_scored = 0;
};

void PrintRow(const std::string& name, const Counts& c) {
  std::printf("%-16s %5d %5d %5d %7.2f %9.2f\n", name.c_str(), c.true_positives, c.false_positives,
              c.misses, Recall(c), Precision(c));
}

// Flags every ad with `flagger`, prints the misses, false positives and the per-indicator and
// per-language tables, and checks the two rules (invariance, benign ads score 0).
Measure MeasureSet(const Flagger& flagger, const std::vector<BlindAd>& ads, const char* label) {
  const RuleSet& rules = flagger.rules();
  std::map<std::string, Counts> by_indicator;
  std::map<std::string, Counts> by_lang;
  std::map<std::string, Assessment> results;
  Measure m;
  std::printf("=== blind set, %s ===\n", label);
  for (const BlindAd& ad : ads) {
    AdInput input;
    input.text = ad.text;
    EXPECT_TRUE(ParseAdKind(ad.kind, &input.kind)) << ad.id;
    input.lang = ad.lang;
    input.region = ad.region;
    Assessment a = flagger.Assess(input);
    if (ad.benign) {
      ++m.benign;
      if (a.score.score != 0 || a.fraud_risk.score != 0) {
        ++m.benign_scored;
        ADD_FAILURE() << label << ": benign " << ad.id << " scores " << a.score.score
                      << " (fraud risk " << a.fraud_risk.score << "), flags "
                      << ::testing::PrintToString(testing::FlagIds(a)) << ": " << ad.text;
      }
    }
    if (ad.variant_of.empty()) {
      std::set<std::string> raised;
      for (const RaisedFlag& f : a.flags) raised.insert(f.indicator->id);
      for (const std::string& id : raised) {
        const bool expected = ad.expected.count(id) > 0;
        ++(expected ? by_indicator[id].true_positives : by_indicator[id].false_positives);
        ++(expected ? by_lang[ad.lang].true_positives : by_lang[ad.lang].false_positives);
        if (!expected) std::printf("  false positive %s on %s\n", id.c_str(), ad.id.c_str());
      }
      for (const std::string& id : ad.expected) {
        if (raised.count(id) > 0) continue;
        ++by_indicator[id].misses;
        ++by_lang[ad.lang].misses;
        std::printf("  miss %s on %s\n", id.c_str(), ad.id.c_str());
      }
    }
    results.emplace(ad.id, std::move(a));
  }

  for (const BlindAd& ad : ads) {
    if (ad.variant_of.empty()) continue;
    ++m.variants;
    if (results.count(ad.variant_of) == 0) {
      ADD_FAILURE() << ad.id << " names a missing " << ad.variant_of;
      continue;
    }
    const Assessment& original = results.at(ad.variant_of);
    const Assessment& variant = results.at(ad.id);
    if (testing::FlagIds(original) != testing::FlagIds(variant) ||
        original.score.score != variant.score.score ||
        original.fraud_risk.score != variant.fraud_risk.score) {
      ++m.violations;
      m.violating.insert(ad.id);
      std::printf("  invariance violation: %s %s score %d differs from %s %s score %d\n",
                  ad.id.c_str(), ::testing::PrintToString(testing::FlagIds(variant)).c_str(),
                  variant.score.score, ad.variant_of.c_str(),
                  ::testing::PrintToString(testing::FlagIds(original)).c_str(),
                  original.score.score);
    }
  }

  std::printf("%-16s %5s %5s %5s %7s %9s\n", "indicator", "tp", "fp", "miss", "recall",
              "precision");
  for (const auto& [id, c] : by_indicator) {
    PrintRow(id, c);
    m.total.true_positives += c.true_positives;
    m.total.false_positives += c.false_positives;
    m.total.misses += c.misses;
    const Indicator* indicator = rules.Find(id);
    if (indicator != nullptr && !indicator->structural) {
      m.text.true_positives += c.true_positives;
      m.text.false_positives += c.false_positives;
      m.text.misses += c.misses;
    }
  }
  for (const auto& [lang, c] : by_lang) PrintRow("lang " + lang, c);
  std::printf(
      "blind %s: recall %.3f, precision %.3f (goal 0.85 / 0.90); %d ads, %d variants, %d "
      "invariance violations, %d of %d benign ads scored\n",
      label, Recall(m.total), Precision(m.total), static_cast<int>(ads.size()), m.variants,
      m.violations, m.benign_scored, m.benign);
  std::printf(
      "blind %s, text indicators only (structural ones left out): recall %.3f, precision %.3f\n",
      label, Recall(m.text), Precision(m.text));
  return m;
}

class BlindQuality : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ads_ = new std::vector<BlindAd>(LoadBlindSet());
    rules_ = new std::shared_ptr<const RuleSet>(
        testing::LoadOrFail(std::filesystem::path(ARIADNE_SOURCE_DIR) / "rules"));
  }
  static void TearDownTestSuite() {
    delete ads_;
    delete rules_;
  }
  static std::vector<BlindAd>* ads_;
  static std::shared_ptr<const RuleSet>* rules_;
};
std::vector<BlindAd>* BlindQuality::ads_ = nullptr;
std::shared_ptr<const RuleSet>* BlindQuality::rules_ = nullptr;

TEST_F(BlindQuality, SetCoversElevenLanguagesWithVariantsAndControls) {
  std::set<std::string> langs;
  std::set<std::string> ids;
  int variants = 0;
  int benign = 0;
  for (const BlindAd& ad : *ads_) {
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

TEST_F(BlindQuality, DefaultRules) {
  ASSERT_TRUE(*rules_);
  const std::unique_ptr<Flagger> flagger = testing::MakeFlagger(*rules_, /*candidates=*/false);
  ASSERT_TRUE(flagger);
  const Measure m = MeasureSet(*flagger, *ads_, "default rules");
  EXPECT_EQ(m.violating, kKnownViolationsDefault)
      << "invariance violations (rule R2) changed: fix new ones; drop fixed ones from the list";
  EXPECT_EQ(m.benign_scored, 0);
  EXPECT_GE(Recall(m.total), kDefaultRecallFloor);
  EXPECT_GE(Recall(m.text), kDefaultTextRecallFloor);
  EXPECT_GE(Precision(m.total), kDefaultPrecisionFloor);
}

TEST_F(BlindQuality, CandidateTermsEnabled) {
  ASSERT_TRUE(*rules_);
  const std::unique_ptr<Flagger> flagger = testing::MakeFlagger(*rules_, /*candidates=*/true);
  ASSERT_TRUE(flagger);
  const Measure m = MeasureSet(*flagger, *ads_, "candidate terms enabled");
  EXPECT_EQ(m.violating, kKnownViolationsCandidates)
      << "invariance violations (rule R2) changed: fix new ones; drop fixed ones from the list";
  EXPECT_EQ(m.benign_scored, 0);
  EXPECT_GE(Recall(m.total), kCandidateRecallFloor);
  EXPECT_GE(Recall(m.text), kCandidateTextRecallFloor);
  EXPECT_GE(Precision(m.total), kCandidatePrecisionFloor);
}

}  // namespace
}  // namespace ariadne::flag
