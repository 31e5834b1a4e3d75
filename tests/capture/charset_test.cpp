#include "capture/charset.h"

#include <gtest/gtest.h>

namespace ariadne::capture {
namespace {

// "Привет, мир! Работа в Москве, жильё бесплатно." in windows-1251, repeated for the detector.
std::string Cp1251Text() {
  const std::string once =
      "\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0! \xd0\xe0\xe1\xee\xf2\xe0 \xe2 "
      "\xcc\xee\xf1\xea\xe2\xe5, \xe6\xe8\xeb\xfc\xb8 \xe1\xe5\xf1\xef\xeb\xe0\xf2\xed\xee. ";
  std::string out;
  for (int i = 0; i < 6; ++i) out += once;
  return out;
}

TEST(CharsetTest, HeaderCharsetWins) {
  DecodedText d = DecodeToUtf8("caf\xe9", "text/html; charset=ISO-8859-15");
  EXPECT_EQ(d.utf8, "caf\xc3\xa9");
  EXPECT_EQ(d.source, "header");
}

TEST(CharsetTest, MetaCharsetWhenTheHeaderHasNone) {
  DecodedText d =
      DecodeToUtf8("<html><head><meta charset=\"iso-8859-1\"></head>caf\xe9", "text/html");
  EXPECT_EQ(d.source, "meta");
  EXPECT_NE(d.utf8.find("caf\xc3\xa9"), std::string::npos);
  EXPECT_EQ(
      CharsetFromMeta("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"),
      "koi8-r");
}

TEST(CharsetTest, DetectorReadsUndeclaredWindows1251) {
  DecodedText d =
      DecodeToUtf8("<html><body><p>" + Cp1251Text() + "</p></body></html>", "text/html");
  EXPECT_EQ(d.source, "detected");
  EXPECT_NE(d.utf8.find("\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb5"), std::string::npos)
      << d.charset << ": " << d.utf8;  // "Москве"
}

TEST(CharsetTest, WrongLatin1HeaderIsOverriddenWithAWarning) {
  DecodedText d = DecodeToUtf8("<html><body><p>" + Cp1251Text() + "</p></body></html>",
                               "text/html; charset=ISO-8859-1");
  EXPECT_NE(d.utf8.find("\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb5"), std::string::npos)
      << d.charset;
  EXPECT_NE(d.warning.find("ISO-8859-1"), std::string::npos);
}

TEST(CharsetTest, InvalidUtf8DeclaredAsUtf8IsNotTrusted) {
  DecodedText d = DecodeToUtf8(
      "caf\xe9 cr\xe8me br\xfbl\xe9"
      "e",
      "text/html; charset=utf-8");
  EXPECT_FALSE(d.warning.empty());
  EXPECT_EQ(d.utf8.find('\xe9'), std::string::npos);  // no raw Latin-1 byte left
}

TEST(CharsetTest, UnknownCharsetNameFallsBack) {
  DecodedText d = DecodeToUtf8("plain ascii", "text/html; charset=no-such-charset");
  EXPECT_EQ(d.utf8, "plain ascii");
  EXPECT_NE(d.warning.find("no-such-charset"), std::string::npos);
}

TEST(CharsetTest, ByteOrderMarksWin) {
  EXPECT_EQ(DecodeToUtf8("\xEF\xBB\xBFok", "text/html; charset=latin1").utf8, "ok");
  EXPECT_EQ(DecodeToUtf8(std::string("\xFF\xFEo\0k\0", 6), "").utf8, "ok");
}

}  // namespace
}  // namespace ariadne::capture
