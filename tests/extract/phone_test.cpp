#include "extract/phone.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "extract/test_util.h"

namespace ariadne::extract {
namespace {

using testing::Detail;
using testing::Extract;
using testing::First;
using testing::Values;

TEST(Phone, NationalNumberUsesRegionHint) {
  const auto selectors = Extract("Call 06 12 34 56 78 tonight", "FR");
  const Selector* phone = First(selectors, "phone");
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(phone->value, "+33612345678");
  EXPECT_EQ(Detail(*phone, "country"), "FR");
  EXPECT_EQ(Detail(*phone, "number_type"), "mobile");
  EXPECT_EQ(phone->raw, "06 12 34 56 78");
}

TEST(Phone, InternationalPrefixesNeedNoHint) {
  EXPECT_EQ(Values("Tel +44 7700 900123", "phone"), std::vector<std::string>{"+447700900123"});
  EXPECT_EQ(Values("Tel 0049 1512 3456789", "phone"), std::vector<std::string>{"+4915123456789"});
  EXPECT_TRUE(Values("Tel 0612345678", "phone").empty());  // national, no hint: not guessed
}

TEST(Phone, SeparatorRunsBetweenGroups) {
  EXPECT_EQ(Values("Mob. 0612/34/5678", "phone", "FR"), std::vector<std::string>{"+33612345678"});
  EXPECT_EQ(Values("(8-612) 34567", "phone", "LT"), std::vector<std::string>{"+37061234567"});
  EXPECT_EQ(Values("+ 4 4 7 7 0 0 9 0 0 7 5 4", "phone", "GB"),
            std::vector<std::string>{"+447700900754"});
  EXPECT_EQ(Values("Call 86.123.4567", "phone", "LT"), std::vector<std::string>{"+37061234567"});
}

// Spoken numbers as ads write them: hyphens between the words, "double-oh", pauses after a group.
TEST(Phone, SpelledWithHyphensAndPauses) {
  const std::string text = "Text me on oh-seven-seven-double-oh, nine-double-oh, four four one.";
  const auto selectors = Extract(text, "GB");
  const Selector* phone = First(selectors, "phone");
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(phone->value, "+447700900441");
  EXPECT_EQ(phone->raw, "oh-seven-seven-double-oh, nine-double-oh, four four one");
}

// Read in groups with hundreds, as Russian numbers are dictated (8 900 123-45-67).
TEST(Phone, SpelledWithHundreds) {
  EXPECT_EQ(
      Values("Звони: восемь девятьсот сто двадцать три сорок пять шестьдесят семь", "phone", "RU"),
      std::vector<std::string>{"+79001234567"});
}

TEST(Phone, OffsetsPointAtOriginalBytes) {
  const std::string text = "☎ ０６ １２ ３４ ５６ ７８ ok";
  const auto selectors = Extract(text, "FR");
  const Selector* phone = First(selectors, "phone");
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(phone->value, "+33612345678");
  EXPECT_EQ(phone->raw, text.substr(phone->start, phone->end - phone->start));
  EXPECT_EQ(phone->raw, "０６ １２ ３４ ５６ ７８");
}

TEST(Phone, YearBeforeNumberDoesNotHideIt) {
  EXPECT_EQ(Values("Since 2019 0912 123 456", "phone", "SK"),
            std::vector<std::string>{"+421912123456"});
}

TEST(Phone, DecoysAreNotPhones) {
  for (const char* decoy :
       {"Order no. 1123581321", "Ref. 2024/11/0031", "Posted 24.12.2024 at 21:15", "Ad ID 48213377",
        "Measurements 90-60-90, height 1.68 m", "Postcode 75008 Paris", "Open 10:00 - 22:00",
        "Views: 12 408", "Prices: 150€/1h, 250€/2h, 800€ night", "Date 2024-11-03",
        "Price 61234567 EUR"}) {
    for (const char* region : {"FR", "DK", "NO", "US", "GB", "DE"}) {
      EXPECT_TRUE(Values(decoy, "phone", region).empty()) << decoy << " in " << region;
    }
  }
}

TEST(Phone, NumberWordIsADecoyOnlyAfterADecoyKeyword) {
  EXPECT_EQ(Values("New number 07700900123!", "phone", "GB"),
            std::vector<std::string>{"+447700900123"});
  EXPECT_EQ(Values("Tel. no. 07700 900123", "phone", "GB"),
            std::vector<std::string>{"+447700900123"});
  EXPECT_TRUE(Values("Invoice no. 07700900123", "phone", "GB").empty());
}

TEST(Phone, EmojiBetweenSpacedDigitGroups) {
  EXPECT_EQ(Values("Bel mijn manager: +44 7700 🌹 900 🌹 417", "phone", "NL"),
            std::vector<std::string>{"+447700900417"});
  EXPECT_EQ(Values("call 07700 💋 900 💋 123", "phone", "GB"),
            std::vector<std::string>{"+447700900123"});
}

// Issue 3 (quality): an emoji or pictograph written against a number labels or decorates it,
// as a space would; a letter glued to it still makes it part of a word.
TEST(Phone, SymbolGluedToANumberDoesNotHideIt) {
  const std::vector<std::string> number = {"+447700900123"};
  EXPECT_EQ(Values("✈️07700 900123", "phone", "GB"), number);
  EXPECT_EQ(Values("📞07700 900123", "phone", "GB"), number);
  EXPECT_EQ(Values("☎07700900123", "phone", "GB"), number);
  EXPECT_EQ(Values("call 07700 900123🌹", "phone", "GB"), number);
  EXPECT_EQ(Values("«07700 900123»", "phone", "GB"), number);
  EXPECT_EQ(Values("📞+44 7700 900123", "phone"), number);
  EXPECT_TRUE(Values("з07700 900123", "phone", "GB").empty());
  EXPECT_TRUE(Values("ab07700 900123", "phone", "GB").empty());
  EXPECT_TRUE(Values("07700 900123é", "phone", "GB").empty());
}

// Regression (issue 3): a marker followed by several numbers. The digit groups of two runs that
// end within 8 bytes of each other are one pre-scan hit; the run was read back only from the
// hit's end, and the first number was lost ("07700 900123, 07700 900456").
TEST(Phone, EveryNumberAfterAMarkerIsRead) {
  const std::vector<std::string> two = {"+447700900123", "+447700900456"};
  EXPECT_EQ(Values("tel: 07700 900123 / 07700 900456", "phone", "GB"), two);
  EXPECT_EQ(Values("tel: 07700 900123, 07700 900456", "phone", "GB"), two);
  EXPECT_EQ(Values("📞 07700 900123; 07700 900456", "phone", "GB"), two);
  EXPECT_EQ(Values("📞07700900123, 07700900456", "phone", "GB"), two);
  EXPECT_EQ(Values("Tel.: 0151 23456123, 0151 23456124", "phone", "DE"),
            (std::vector<std::string>{"+4915123456123", "+4915123456124"}));
}

TEST(Phone, OfcomDramaNumbersAreAcceptedAsFictional) {
  const auto selectors = Extract("Tel 07700 900123", "GB");
  const Selector* phone = First(selectors, "phone");
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(phone->value, "+447700900123");
  EXPECT_EQ(Detail(*phone, "fictional"), "true");
}

TEST(Phone, RepeatedNumberReportedAtEachPosition) {
  const auto selectors = Extract("Tel +44 7700 900123 or +44 7700 900123", "GB");
  EXPECT_EQ(Values(selectors, "phone"),
            (std::vector<std::string>{"+447700900123", "+447700900123"}));
  EXPECT_LT(selectors[0].start, selectors[1].start);
}

// Regression (demo corpus: "+49447700900585" in ads of region DE): a UK number written with its
// country code but without '+' or "00" was read as a German fixed line without its trunk prefix.
TEST(Phone, CountryCodeWithoutPlusIsInternational) {
  // The demo ad's text, region DE: the national reading (04477 00900585) is valid but written
  // without the 0 that German national numbers carry.
  EXPECT_EQ(Values("Kontakt tylko przez WhatsApp: 447700900585.", "phone", "DE"),
            std::vector<std::string>{"+447700900585"});
  EXPECT_EQ(Values("Tel. 44 7700 900585", "phone", "DE"),
            std::vector<std::string>{"+447700900585"});
  // Region PL: the national reading is invalid, so the number was lost.
  EXPECT_EQ(Values("Kontakt tylko przez WhatsApp: 447700900585.", "phone", "PL"),
            std::vector<std::string>{"+447700900585"});
  // Trunk prefixes and regions written without one keep the national reading.
  EXPECT_EQ(Values("Tel. 0447 700900585", "phone", "DE"),
            std::vector<std::string>{"+49447700900585"});
  EXPECT_EQ(Values("Call 312 345 6789", "phone", "IT"), std::vector<std::string>{"+393123456789"});
  EXPECT_EQ(Values("Call (201) 555-0123", "phone", "US"), std::vector<std::string>{"+12015550123"});
  EXPECT_EQ(Values("Tel 612 34 56 78", "phone", "ES"), std::vector<std::string>{"+34612345678"});
  // A national mobile written without its 0 stays national (not +7 700 900585 in Kazakhstan).
  EXPECT_EQ(Values("Call 7700 900585", "phone", "GB"), std::vector<std::string>{"+447700900585"});
  // No region hint: bare digits are not guessed.
  EXPECT_TRUE(Values("Tel 447700900585", "phone").empty());
}

// ValidatePhone remembers the E.164 form of each valid number it reads nationally, so that the
// next ad writing it with '+' costs no parse: that remembered answer must be the one a fresh
// reading of the '+' form gives (a fresh thread has an empty cache).
TEST(Phone, EveryFormOfANumberValidatesAlikeWhateverWasSeenFirst) {
  const std::vector<std::pair<std::string, std::string>> national = {
      {"07700900123", "GB"},  {"02079460123", "GB"}, {"015123456123", "DE"},
      {"0612345678", "FR"},   {"0612345678", "NL"},  {"0612345678", "ES"},
      {"0612345678", "IT"},   {"3123456789", "IT"},  {"004915123456123", "DE"},
      {"447700900585", "DE"}, {"2015550123", "US"},  {"6505550123", "US"},
  };
  size_t valid = 0;
  for (const auto& [digits, region] : national) {
    SCOPED_TRACE(digits + " " + region);
    std::optional<ValidPhone> first;
    std::optional<ValidPhone> plus_after;
    std::thread([&] {
      if (const ValidPhone* p = ValidatePhone(digits, region)) {
        first = *p;
        if (const ValidPhone* q = ValidatePhone(first->e164, "")) plus_after = *q;
      }
    }).join();
    if (!first) continue;
    ++valid;
    std::optional<ValidPhone> plus_alone;
    std::thread([&] {
      if (const ValidPhone* p = ValidatePhone(first->e164, region)) plus_alone = *p;
    }).join();
    ASSERT_TRUE(plus_after.has_value());
    ASSERT_TRUE(plus_alone.has_value());
    EXPECT_EQ(plus_after->e164, plus_alone->e164);
    EXPECT_EQ(plus_after->number_type, plus_alone->number_type);
    EXPECT_EQ(plus_after->country, plus_alone->country);
    EXPECT_EQ(plus_after->fictional, plus_alone->fictional);
  }
  EXPECT_GE(valid, 8u);
}

}  // namespace
}  // namespace ariadne::extract
