#include <gtest/gtest.h>

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

}  // namespace
}  // namespace ariadne::extract
