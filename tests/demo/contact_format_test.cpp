#include "demo/contact_format.h"

#include <gtest/gtest.h>

#include <string>

namespace ariadne::demo {
namespace {

std::string Digits(std::string_view s) {
  std::string digits;
  for (char c : s) {
    if (c >= '0' && c <= '9') digits += c;
  }
  return digits;
}

std::string Phone(int suffix, PhoneStyle style, Lang lang = Lang::kEn) {
  Rng rng(1);
  std::string out;
  AppendPhone(out, suffix, style, PhrasesFor(lang), rng);
  return out;
}

TEST(DramaNumber, IsInTheOfcomDramaRange) {
  EXPECT_EQ(DramaNumberE164(0), "+447700900000");
  EXPECT_EQ(DramaNumberE164(123), "+447700900123");
  EXPECT_EQ(DramaNumberE164(999), "+447700900999");
}

TEST(AppendPhone, WritesTheCommonForms) {
  EXPECT_EQ(Phone(123, PhoneStyle::kNational), "07700 900123");
  EXPECT_EQ(Phone(123, PhoneStyle::kNationalCompact), "07700900123");
  EXPECT_EQ(Phone(123, PhoneStyle::kInternational), "+44 7700 900123");
  EXPECT_EQ(Phone(123, PhoneStyle::kInternationalGrouped), "+44 7700 900 123");
  EXPECT_EQ(Phone(123, PhoneStyle::kDigitsOnly), "447700900123");
  EXPECT_EQ(Phone(123, PhoneStyle::kTrunkZero), "+44 (0)7700 900123");
  EXPECT_EQ(Phone(123, PhoneStyle::kDoubleZero), "0044 7700 900 123");
  EXPECT_EQ(Phone(123, PhoneStyle::kDotted), "07700.900.123");
  EXPECT_EQ(Phone(123, PhoneStyle::kDashed), "07700-900-123");
  EXPECT_EQ(Phone(123, PhoneStyle::kSpacedDigits), "0 7 7 0 0 9 0 0 1 2 3");
}

TEST(AppendPhone, ObfuscatedFormsKeepTheDigitsInOrder) {
  const std::string emoji = Phone(45, PhoneStyle::kEmojiGroups);
  EXPECT_EQ(Digits(emoji), "07700900045");
  EXPECT_NE(emoji.find("07700 "), std::string::npos);
  EXPECT_EQ(Digits(Phone(45, PhoneStyle::kEmojiGroupsIntl)), "447700900045");
}

TEST(AppendPhone, SpellsDigitsInTheAdsLanguage) {
  EXPECT_EQ(Phone(123, PhoneStyle::kSpelledOut),
            "zero seven seven zero zero nine zero zero one two three");
  EXPECT_EQ(Phone(908, PhoneStyle::kSpelledTail, Lang::kDe),
            "+44 7700 neun null null neun null acht");
}

TEST(PickPhoneStyle, UsesOnlyInternationalFormsAbroad) {
  Rng rng(7);
  for (int i = 0; i < 2000; ++i) {
    const std::string phone = Phone(5, PickPhoneStyle(rng, /*uk_site=*/false));
    EXPECT_TRUE(phone.starts_with("+44") || phone.starts_with("0044") || phone.starts_with("44"))
        << phone;
  }
}

TEST(AppendEmail, UsesThePlainOrAnObfuscatedForm) {
  Rng rng(3);
  bool plain = false, at_dot = false, bracket = false;
  for (int i = 0; i < 200; ++i) {
    std::string out;
    AppendEmail(out, "mara12", "mail.example", rng);
    plain |= out == "mara12@mail.example";
    at_dot |= out == "mara12 (at) mail (dot) example";
    bracket |= out == "mara12[at]mail.example";
    EXPECT_TRUE(out == "mara12@mail.example" || out == "mara12 (at) mail (dot) example" ||
                out == "mara12[at]mail.example")
        << out;
  }
  EXPECT_TRUE(plain && at_dot && bracket);
}

TEST(AppendWhatsAppLink, LinksTheDramaNumber) {
  Rng rng(9);
  std::string out;
  AppendWhatsAppLink(out, 7, rng);
  EXPECT_TRUE(out.ends_with("wa.me/447700900007")) << out;
}

}  // namespace
}  // namespace ariadne::demo
