// The pay reader's words as data (rules/data/pay-words.toml; issue 4 items 1 and 4): a word
// written only in the file is read, a broken entry is reported as FILE:LINE:COLUMN: reason, and
// the shipped file loads with every list ordered longest word first.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "flag/pay.h"
#include "flag/test_util.h"
#include "support/temp_dir.h"
#include "support/test_paths.h"

namespace ariadne::flag {
namespace {

using testing::Replace;

// A small pay-words file: one invented currency ("zorkmid", code XZK), a month in English, one
// connector, one cost word.
constexpr const char* kSmallWords =
    "[[currency]]\n"
    "codes = [\"XZK\"]\n"
    "words = [\"zorkmids\", \"zorkmid\"]\n"
    "[period.en]\n"
    "noun.month = [\"month\"]\n"
    "after.week = [\"weekly\"]\n"
    "[words]\n"
    "pay = [\"salary\"]\n"
    "salary = [\"salary\"]\n"
    "connector = [\"per\", \"a\"]\n"
    "[cost]\n"
    "en = [\"deposit*\"]\n"
    "[country]\n"
    "from = [\"from\"]\n"
    "people.nl = [\"polen\"]\n"
    "at.nl = [\"in\"]\n";

struct Loaded {
  LoadReport report;
  std::vector<std::string> errors;  // FILE:LINE:COLUMN: reason, FILE relative to the folder
};

Loaded LoadWith(const std::string& words) {
  ariadne::testing::TempDir dir;
  dir.Write("p.toml", testing::kMinimalPack);
  dir.Write("scoring.toml", testing::kMinimalScoring);
  dir.Write("data/pay-words.toml", words);
  Loaded loaded{LoadRules(dir.path()), {}};
  loaded.errors = testing::ErrorsRelativeTo(loaded.report, dir.path());
  return loaded;
}

TEST(PayWords, AWordWrittenOnlyInTheFileIsRead) {
  const Loaded small = LoadWith(kSmallWords);
  ASSERT_TRUE(small.errors.empty()) << small.errors.front();
  const PayWords& words = small.report.rules.pay_words;
  const std::vector<StatedPay> found =
      FindStatedPay(words, "Pickers: 3.000 zorkmids per month", "");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].amount, 3000);
  EXPECT_EQ(found[0].currency, "XZK");
  EXPECT_EQ(found[0].period, PayPeriod::kMonth);
  EXPECT_EQ(found[0].lang, "en");
  EXPECT_EQ(FindStatedPay(words, "Salary 200 zorkmid, weekly", "").size(), 1u);
  // Only these words: the euro and the Romanian month are not in the small file.
  EXPECT_TRUE(FindStatedPay(words, "3.000 € pe lună", "").empty());
  // And the shipped file has no zorkmid.
  const LoadReport shipped = LoadRules(std::filesystem::path(ARIADNE_SOURCE_DIR) / "rules");
  ASSERT_TRUE(shipped.ok()) << shipped.errors.front().ToString();
  EXPECT_TRUE(FindStatedPay(shipped.rules.pay_words, "3.000 zorkmids per month", "").empty());
  EXPECT_EQ(FindStatedPay(shipped.rules.pay_words, "3.000 € pe lună", "").size(), 1u);
}

TEST(PayWords, CostWordsOfTheFileKeepABareAmountFromPay) {
  const PayWords& words = LoadWith(kSmallWords).report.rules.pay_words;
  EXPECT_EQ(FindStatedPay(words, "Flight paid. 2.800 zorkmid", "", BareAmounts::kRead).size(), 1u);
  EXPECT_TRUE(FindStatedPay(words, "Deposits 2.800 zorkmid", "", BareAmounts::kRead).empty());
}

TEST(PayWords, NoFileIsNoErrorAndReadsNoPay) {
  ariadne::testing::TempDir dir;
  dir.Write("p.toml", testing::kMinimalPack);
  dir.Write("scoring.toml", testing::kMinimalScoring);
  const LoadReport report = LoadRules(dir.path());
  EXPECT_TRUE(report.ok());
  EXPECT_TRUE(report.rules.pay_words.file.empty());
  EXPECT_TRUE(FindStatedPay(report.rules.pay_words, "3.000 € per month", "").empty());
}

TEST(PayWords, BrokenEntriesAreReportedWithTheirPosition) {
  const std::string file = "data/pay-words.toml";
  EXPECT_EQ(LoadWith(Replace(kSmallWords, "\"zorkmid\"]", "\"Zorkmid\"]")).errors,
            std::vector<std::string>{
                file + ":3:22: \"Zorkmid\": write the word in lower case (it is matched in any "
                       "case)"});
  EXPECT_EQ(LoadWith(Replace(kSmallWords, "[\"XZK\"]", "[\"zorkmid\"]")).errors,
            (std::vector<std::string>{
                file + ":1:1: a [[currency]] entry needs \"codes\": at least one ISO 4217 code",
                file + ":1:1: no currency words: no amount could ever be read as pay",
                file + ":2:10: currency \"zorkmid\" is not an ISO 4217 code like \"EUR\""}));
  EXPECT_EQ(LoadWith(Replace(kSmallWords, "noun.month", "noun.year")).errors,
            std::vector<std::string>{
                file + ":5:6: unknown key \"year\" in \"noun\" of [period.en] (known keys: month, "
                       "week, day, hour)"});
  EXPECT_EQ(
      LoadWith(Replace(kSmallWords, "[period.en]", "[period.xx]")).errors,
      std::vector<std::string>{file + ":4:9: unknown language \"xx\" (\"any\", a language of the "
                                      "packs, cs or hu)"});
  EXPECT_EQ(
      LoadWith(Replace(kSmallWords, "[\"month\"]", "[\"month2\"]")).errors,
      std::vector<std::string>{file + ":5:15: \"month2\": a word may not hold a digit (it would be "
                                      "read as an amount)"});
  EXPECT_EQ(
      LoadWith(Replace(kSmallWords, "[\"per\",", "[\"p*r\",")).errors,
      std::vector<std::string>{file + ":10:14: \"p*r\": '*' is only for cost words (a stem)"});
  EXPECT_EQ(LoadWith(Replace(kSmallWords, "[words]", "[wordz]")).errors,
            (std::vector<std::string>{
                file + ":1:1: no \"words\" section",
                file + ":7:2: unknown key \"wordz\" in the pay words (known keys: currency, "
                       "period, words, cost, country)"}));
  EXPECT_EQ(LoadWith(Replace(kSmallWords, "at.nl", "at.de")).errors,
            std::vector<std::string>{
                file + ":15:1: no [country.at] words for \"nl\": its people names would never be "
                       "read as a place"});
  EXPECT_EQ(LoadWith(Replace(kSmallWords, "[\"deposit*\"]", "[3]")).errors,
            std::vector<std::string>{file + ":12:7: \"en\" must hold strings, not an integer"});
}

TEST(PayWords, PeopleNamesArePlacesOnlyAfterAWordOfPlaceOfTheirLanguage) {
  const PayWords& words = LoadWith(kSmallWords).report.rules.pay_words;
  EXPECT_EQ(words.people_names, std::vector<std::string>{"polen"});
  EXPECT_EQ(words.at_words, std::vector<std::string>{"in polen"});
  EXPECT_EQ(words.from_words, std::vector<std::string>{"from"});
}

TEST(PayWords, ShippedWordsLoadLongestFirst) {
  const LoadReport report = LoadRules(std::filesystem::path(ARIADNE_SOURCE_DIR) / "rules");
  ASSERT_TRUE(report.ok()) << report.errors.front().ToString();
  const PayWords& words = report.rules.pay_words;
  EXPECT_TRUE(words.file.ends_with("data/pay-words.toml"));
  EXPECT_GE(words.currencies.size(), 100u);
  const auto longest_first = [](const auto& list, auto length) {
    return std::is_sorted(list.begin(), list.end(),
                          [&](const auto& a, const auto& b) { return length(a) > length(b); });
  };
  const auto word_length = [](const auto& w) { return w.word.size(); };
  const auto string_length = [](const std::string& w) { return w.size(); };
  EXPECT_TRUE(longest_first(words.currencies, word_length));
  EXPECT_TRUE(longest_first(words.nouns, word_length));
  EXPECT_TRUE(longest_first(words.slash, word_length));
  EXPECT_TRUE(longest_first(words.before, word_length));
  EXPECT_TRUE(longest_first(words.connectors, string_length));
  EXPECT_TRUE(longest_first(words.before_amount, string_length));
  // "kr." is taken before "kr" (the span ends after the '.'), "ч." before "ч".
  const std::vector<StatedPay> dkk = FindStatedPay(words, "Salary 25.000 kr.", "DKK");
  ASSERT_EQ(dkk.size(), 1u);
  EXPECT_EQ(dkk[0].currency, "DKK");
  EXPECT_EQ(dkk[0].end, std::string_view("Salary 25.000 kr.").size());
  const std::vector<StatedPay> hour = FindStatedPay(words, "500 руб/ч.", "");
  ASSERT_EQ(hour.size(), 1u);
  EXPECT_EQ(hour[0].end, std::string_view("500 руб/ч.").size());
}

}  // namespace
}  // namespace ariadne::flag
