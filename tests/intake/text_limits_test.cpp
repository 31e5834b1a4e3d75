#include "intake/text_limits.h"

#include <gtest/gtest.h>

namespace ariadne::intake {
namespace {

TEST(CleanPublicText, ControlCharactersAndDirectionOverridesAreRemovedLinesKept) {
  Result<std::string> r = CleanPublicText(
      "  Line one\r\nline\ttwo\x01\x1b[31m\x7f\r"
      "three \xC2\x85 \xE2\x80\xAEreversed\xE2\x81\xA9 \xC3\xA9t\xC3\xA9  ",
      kMaxTipText, "text");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(*r, "Line one\nline\ttwo[31m\nthree  reversed été");
}

TEST(CleanPublicText, SingleLineTurnsBreaksIntoSpaces) {
  Result<std::string> r = CleanPublicText("a\nb\tc\r\nd", kMaxContact, "contact", true);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "a b c d");
}

TEST(CleanPublicText, RefusesOverLongInvalidAndEmptyTextWithTheReason) {
  Result<std::string> big = CleanPublicText(std::string(kMaxTipText + 1, 'a'), kMaxTipText, "text");
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.status().kind(), ErrorKind::kInvalidInput);
  EXPECT_NE(big.status().message().find("at most 16384"), std::string::npos);
  EXPECT_TRUE(CleanPublicText(std::string(kMaxTipText, 'a'), kMaxTipText, "text").ok());

  Result<std::string> bad = CleanPublicText("ok \xC3\x28 no", kMaxTipText, "text");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("UTF-8 at byte 3"), std::string::npos);

  Result<std::string> empty = CleanPublicText(" \x01\x02 \n ", kMaxTipText, "text");
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.status().message().find("empty"), std::string::npos);
}

TEST(IsLanguageCode, OnlyTwoLowerCaseLetters) {
  EXPECT_TRUE(IsLanguageCode("uk"));
  EXPECT_FALSE(IsLanguageCode("EN"));
  EXPECT_FALSE(IsLanguageCode("eng"));
  EXPECT_FALSE(IsLanguageCode("e"));
}

}  // namespace
}  // namespace ariadne::intake
