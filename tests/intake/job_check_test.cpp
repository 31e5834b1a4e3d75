#include "intake/job_check.h"

#include <gtest/gtest.h>

#include "flag/rules.h"
#include "support/test_paths.h"

namespace ariadne::intake {
namespace {

std::unique_ptr<flag::Flagger> ShippedFlagger() {
  flag::LoadReport report = flag::LoadRules(std::filesystem::path(ARIADNE_SOURCE_DIR) / "rules");
  EXPECT_TRUE(report.ok());
  auto rules = std::make_shared<const flag::RuleSet>(std::move(report.rules));
  auto flagger = flag::Flagger::Create(rules, {});
  EXPECT_TRUE(flagger.ok()) << flagger.status().message();
  return std::move(flagger).value();
}

constexpr std::string_view kAd =
    "Warehouse work abroad, free housing. A processing fee of 200 EUR is due before travel.";

TEST(CheckJobAd, QuestionsCarryTheWordsAndPlaceThatPromptedThem) {
  auto flagger = ShippedFlagger();
  const JobAdvice advice = CheckJobAd(*flagger, {.text = kAd, .lang = "en"});
  EXPECT_EQ(advice.lang, "en");
  const Question* fee = nullptr;
  for (const Question& q : advice.prompted) {
    if (q.indicator == "J-FEE") fee = &q;
  }
  ASSERT_NE(fee, nullptr);
  EXPECT_EQ(fee->text, "Never pay a fee to get a job.");
  ASSERT_FALSE(fee->spans.empty());
  EXPECT_EQ(kAd.substr(fee->spans[0].start, fee->spans[0].end - fee->spans[0].start),
            "processing fee");
  EXPECT_EQ(fee->words, std::vector<std::string>{"processing fee"});
  // Asked once: a prompted question is not repeated among the general ones.
  for (const Question& q : advice.always) EXPECT_NE(q.indicator, "J-FEE");
  EXPECT_FALSE(advice.always.empty());
  for (const Question& q : advice.always) EXPECT_TRUE(q.words.empty());
}

TEST(CheckJobAd, AdviceIsInTheReadersLanguageElseEnglish) {
  auto flagger = ShippedFlagger();
  const JobAdvice uk = CheckJobAd(*flagger, {.text = kAd, .lang = "uk"});
  ASSERT_FALSE(uk.prompted.empty());
  bool fee = false;
  for (const Question& q : uk.prompted) {
    if (q.indicator != "J-FEE") continue;
    fee = true;
    EXPECT_EQ(q.lang, "uk");
    EXPECT_EQ(q.text, "Ніколи не платіть за те, щоб отримати роботу.");
  }
  EXPECT_TRUE(fee);
  EXPECT_EQ(HeadingsFor("uk").always, "Перш ніж відповідати на оголошення про роботу:");

  const JobAdvice unknown = CheckJobAd(*flagger, {.text = kAd, .lang = "sw"});
  for (const Question& q : unknown.always) EXPECT_EQ(q.lang, "en");
  EXPECT_EQ(HeadingsFor("sw").lang, "en");
}

TEST(CheckJobAd, AnAdWithNothingToAskAboutStillGetsTheGeneralQuestions) {
  auto flagger = ShippedFlagger();
  const JobAdvice advice = CheckJobAd(*flagger, {.text = "Bakery in town.", .lang = "en"});
  EXPECT_TRUE(advice.prompted.empty());
  EXPECT_EQ(advice.always.size(), kAlwaysAsk.size());
}

}  // namespace
}  // namespace ariadne::intake
