// End to end: values a reader sees other than they are stored (issue 3 item 4, set 26's folding
// families), found by the extractor with their spans in the original text. Phone numbers are
// fictional (UK Ofcom drama range 07700 900000-900999); domains are reserved.
#include <gtest/gtest.h>

#include <string>

#include "extract/test_util.h"

namespace ariadne::extract {
namespace {

using testing::Extract;
using testing::First;
using testing::Values;

using Strings = std::vector<std::string>;

TEST(ReaderOrder, NumbersStoredBackwardsInAnOverrideAreFoundAsShown) {
  // "07700 900481" stored backwards between U+202E and U+202C, in several languages.
  const std::string stored = "\u202E184009 00770\u202C";
  for (const std::string& text :
       {"Driver: " + stored + " (WhatsApp)", "Fahrer: " + stored, "Chauffeur : " + stored,
        "Водитель: " + stored + "\nБагаж 20 кг", "Kierowca: " + stored + " · 120 €"}) {
    const auto selectors = Extract(text, "GB");
    EXPECT_EQ(Values(selectors, "phone"), Strings{"+447700900481"}) << text;
    const auto* phone = First(selectors, "phone");
    ASSERT_NE(phone, nullptr);
    // The span is the stored digits: what the reader sees there.
    EXPECT_EQ(phone->raw, "184009 00770") << text;
  }
}

TEST(ReaderOrder, AnOverrideLeftOpenTurnsToTheEndOfItsLine) {
  const std::string text = "Contact: \u202E321009 00770\nRoom 6 beds, 90 €/week";
  EXPECT_EQ(Values(text, "phone", "GB"), Strings{"+447700900123"});
}

TEST(ReaderOrder, AddressesStoredBackwardsInAnOverrideAreFoundAsShown) {
  EXPECT_EQ(Values("Pentru urgențe: \u202Emoc.elpmaxe@51_arim\u202C", "email"),
            Strings{"mira_15@example.com"});
  EXPECT_EQ(Values("Voor spoed: \u202Egro.elpmaxe.xobni@ydal.aliv\u202C.", "email"),
            Strings{"vila.lady@inbox.example.org"});
}

TEST(ReaderOrder, PunctuationOfOtherScriptsBetweenEveryDigit) {
  EXPECT_EQ(Values("Tel: 0\u203B7\u203B7\u203B0\u203B0 9\u203B0\u203B0\u203B4\u203B8\u203B1",
                   "phone", "GB"),
            Strings{"+447700900481"});
  EXPECT_EQ(Values("Тел.: 0\u13617\u13617\u13610\u13610\u13619\u13610\u13610\u13614\u13618\u13611",
                   "phone", "GB"),
            Strings{"+447700900481"});
  EXPECT_EQ(Values("Tel: 0\u10FB7\u10FB7\u10FB0\u10FB0\u10FB9\u10FB0\u10FB0\u10FB4\u10FB8\u10FB1",
                   "phone", "GB"),
            Strings{"+447700900481"});
}

TEST(ReaderOrder, CombiningOverlaysOnEveryDigit) {
  EXPECT_EQ(Values("Landlord: 0\u03387\u03387\u03380\u03380\u0338 9\u03380\u03380\u03384\u03388"
                   "\u03381\u0338",
                   "phone", "GB"),
            Strings{"+447700900481"});
  EXPECT_EQ(Values("Vermieter: 0\u04897\u04897\u04890\u04890\u0489 9\u04890\u04890\u04894\u0489"
                   "8\u04891\u0489",
                   "phone", "GB"),
            Strings{"+447700900481"});
}

TEST(ReaderOrder, KhitanFillerBetweenDigits) {
  const std::string f = "\U00016FE4";
  EXPECT_EQ(Values("Contatto: 0" + f + "7" + f + "7" + f + "0" + f + "0 9" + f + "0" + f + "0 4" +
                       f + "8" + f + "1",
                   "phone", "GB"),
            Strings{"+447700900481"});
}

TEST(ReaderOrder, OneDigitPerLineWithALineAfterIt) {
  const std::string column = "my number ⬇\n0\n7\n7\n0\n0\n9\n0\n0\n4\n8\n1\nPostcode V94 G2B1";
  EXPECT_EQ(Values(column, "phone", "GB"), Strings{"+447700900481"});
  EXPECT_EQ(Values("номер ⬇\n0\n7\n7\n0\n0\n9\n0\n0\n4\n8\n1", "phone", "GB"),
            Strings{"+447700900481"});
}

TEST(ReaderOrder, SpelledTimesWordsInDutchAndRomanian) {
  ExtractContext nl;
  nl.region = "GB";
  nl.lang = "nl";
  EXPECT_EQ(testing::Values(testing::Extractor().Extract(
                                "Bel: nul zeven zeven nul nul negen driemaal nul een twee", nl),
                            "phone"),
            Strings{"+447700900012"});
  ExtractContext ro;
  ro.region = "GB";
  ro.lang = "ro";
  EXPECT_EQ(testing::Values(testing::Extractor().Extract(
                                "Sună: zero șapte șapte zero zero nouă de două ori zero patru "
                                "opt unu",
                                ro),
                            "phone"),
            Strings{"+447700900481"});
}

}  // namespace
}  // namespace ariadne::extract
