#include "core/text.h"

#include <gtest/gtest.h>

namespace ariadne {
namespace {

TEST(FindInvalidUtf8, AcceptsValidMultibyteText) {
  EXPECT_FALSE(FindInvalidUtf8("plain ascii").has_value());
  EXPECT_FALSE(FindInvalidUtf8("Discretă, Київ, 💋, ０６７").has_value());
}

TEST(FindInvalidUtf8, ReportsOffsetOfFirstBadByte) {
  EXPECT_EQ(FindInvalidUtf8("ab\xff"), 2u);
  EXPECT_EQ(FindInvalidUtf8("a\xc3"), 1u);               // truncated sequence
  EXPECT_EQ(FindInvalidUtf8("a\xc0\xaf"), 1u);           // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("\xed\xa0\x80"), 0u);        // UTF-16 surrogate
  EXPECT_EQ(FindInvalidUtf8("ok\xf4\x90\x80\x80"), 2u);  // above U+10FFFF
}

// ASCII is skipped 16 bytes at a time: a bad byte or a character anywhere in or after those
// chunks is still seen where it is.
TEST(FindInvalidUtf8, FindsABadByteAtAnyOffsetInLongText) {
  for (size_t at = 0; at < 50; ++at) {
    std::string s(50, 'a');
    s[at] = '\xff';
    EXPECT_EQ(FindInvalidUtf8(s), at) << at;
    std::string valid = std::string(at, 'b') + "ăКи💋" + std::string(at % 17, 'c');
    EXPECT_FALSE(FindInvalidUtf8(valid).has_value()) << at;
    EXPECT_EQ(FindInvalidUtf8(valid + "\xc3"), valid.size()) << at;
  }
}

TEST(Ellipsize, NeverSplitsACharacter) {
  EXPECT_EQ(Ellipsize("abc", 5), "abc");
  EXPECT_EQ(Ellipsize("ăăă", 3), "ă\xE2\x80\xA6");  // 'ă' is two bytes: cut at 2, not 3
}

TEST(HtmlEscape, EscapesMarkupCharacters) {
  EXPECT_EQ(HtmlEscape("<script>alert('x')&\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;)&amp;&quot;&lt;/script&gt;");
}

TEST(IsIso8601, AcceptsDatesAndDateTimes) {
  EXPECT_TRUE(IsIso8601("2024-02-29"));
  EXPECT_TRUE(IsIso8601("2026-11-23T19:25:15Z"));
  EXPECT_TRUE(IsIso8601("2026-11-23 19:25"));
  EXPECT_TRUE(IsIso8601("2026-11-23T19:25:15.123+02:00"));
}

TEST(IsIso8601, RejectsImpossibleOrMalformedDates) {
  EXPECT_FALSE(IsIso8601("2023-02-29"));
  EXPECT_FALSE(IsIso8601("2026-13-01"));
  EXPECT_FALSE(IsIso8601("23/11/2026"));
  EXPECT_FALSE(IsIso8601("2026-11-23T25:00"));
  EXPECT_FALSE(IsIso8601("2026-11-23Tnoon"));
}

TEST(Split, KeepsEmptyFields) {
  const auto parts = Split("a,,b", ',');
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[1], "");
}

}  // namespace
}  // namespace ariadne
