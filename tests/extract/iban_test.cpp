#include <gtest/gtest.h>

#include "extract/test_util.h"

namespace ariadne::extract {
namespace {

using testing::Values;
using V = std::vector<std::string>;

// Example IBANs of the SWIFT IBAN registry.
TEST(Iban, GroupedAndCompactFormsValidate) {
  EXPECT_EQ(Values("Pay to DE89 3704 0044 0532 0130 00 please", "iban"),
            V{"DE89370400440532013000"});
  EXPECT_EQ(Values("GB29NWBK60161331926819", "iban"), V{"GB29NWBK60161331926819"});
}

// Groups between dashes, dots or slashes, with or without spaces, regular or not, are one IBAN
// (not a phone number).
TEST(Iban, GroupsBetweenDashesDotsOrSlashesAreOneIban) {
  EXPECT_EQ(Values("Anzahlung auf IBAN DE89-3704-0044-0532-0130-00 bitte", "iban"),
            V{"DE89370400440532013000"});
  EXPECT_EQ(Values("acconto su IBAN IT60.X054.2811.1010.0000.0123.456 (200 €)", "iban"),
            V{"IT60X0542811101000000123456"});
  EXPECT_EQ(Values("pay GB29 / NWBK / 6016 / 1331 / 9268 / 19 today", "iban"),
            V{"GB29NWBK60161331926819"});
  EXPECT_EQ(Values("iban: gb29 - nwbk - 601613 - 31926819", "iban"), V{"GB29NWBK60161331926819"});
  const auto selectors = testing::Extract("IBAN DE89-3704-0044-0532-0130-00");
  EXPECT_TRUE(Values(selectors, "phone").empty());
}

// Other marks between the groups: underscores, bars, colons, a middle dot with spaces around it,
// a Unicode hyphen; and groups of three or of any size, the first cut after one check digit.
TEST(Iban, GroupsBetweenOtherMarksOrOfAnySizeAreOneIban) {
  EXPECT_EQ(Values("Kontakt: IBAN BE68_5390_0754_7034", "iban"), V{"BE68539007547034"});
  EXPECT_EQ(Values("IBAN IT60:X054:2811:1010:0000:0123:456 grazie", "iban"),
            V{"IT60X0542811101000000123456"});
  EXPECT_EQ(Values("deposit to IBAN GB29 · NWBK · 6016 · 1331 · 9268 · 19 (€150/hr)", "iban"),
            V{"GB29NWBK60161331926819"});
  EXPECT_EQ(Values("IBAN DE89\u20103704\u20100044\u20100532\u20100130\u201000", "iban"),
            V{"DE89370400440532013000"});
  EXPECT_EQ(Values("Anzahlung auf IBAN DE8 937 040 044 053 201 300 0 (150 €/Std.)", "iban"),
            V{"DE89370400440532013000"});
  // A '|' among digits folds to a 1 ("07|| 4|2"); the IBAN is read from what the ad wrote.
  EXPECT_EQ(Values("Betrag: CHF 250/Std.\nIBAN CH93|0076|2011|6238|5295|7\n", "iban"),
            V{"CH9300762011623852957"});
  EXPECT_TRUE(Values("IBAN DE8 937 040 044 053 201 300 1", "iban").empty());
}

// A space between the country code and the check digits, in capitals only: "at 61 …" is prose.
TEST(Iban, SpaceAfterTheCountryCodeInCapitals) {
  EXPECT_EQ(Values("IBAN: AT 61 1904 3002 3457 3201 danke", "iban"), V{"AT611904300234573201"});
  EXPECT_TRUE(Values("see you at 61 1904 3002 3457 3201", "iban").empty());
}

TEST(Iban, BadCheckDigitsOrLengthRejected) {
  EXPECT_TRUE(Values("DE88 3704 0044 0532 0130 00", "iban").empty());
  EXPECT_TRUE(Values("DE89 3704 0044 0532 0130", "iban").empty());
}

// An account part that opens with a letter looking like a digit (Italy's check letter: S, O, B,
// Z, I) stands among digits, where folding reads it as one; the IBAN is read from what the ad
// wrote. Check digits computed for each letter.
TEST(Iban, ALetterThatLooksLikeADigitIsReadAsWritten) {
  EXPECT_EQ(Values("Caparra su IT40 S054 2811 1010 0000 0123 456 intestato", "iban"),
            V{"IT40S0542811101000000123456"});
  EXPECT_EQ(Values("IBAN: IT24 O054 2811 1010 0000 0123 456", "iban"),
            V{"IT24O0542811101000000123456"});
  EXPECT_EQ(Values("IBAN: IT69 B054 2811 1010 0000 0123 456", "iban"),
            V{"IT69B0542811101000000123456"});
  EXPECT_EQ(Values("IBAN: IT68 Z054 2811 1010 0000 0123 456", "iban"),
            V{"IT68Z0542811101000000123456"});
  EXPECT_EQ(Values("IBAN: IT97 I054 2811 1010 0000 0123 456", "iban"),
            V{"IT97I0542811101000000123456"});
  // In lower case too (set 13: "it85o734 …"), and in mixed case.
  EXPECT_EQ(Values("iban it24 o054 2811 1010 0000 0123 456 intestato", "iban"),
            V{"IT24O0542811101000000123456"});
  EXPECT_EQ(Values("iban it40s0542811101000000123456", "iban"), V{"IT40S0542811101000000123456"});
  EXPECT_EQ(Values("iban it40 S054 2811 1010 0000 0123 456", "iban"),
            V{"IT40S0542811101000000123456"});
  // The same digits with the letter really a digit fail the check: nothing is read.
  EXPECT_TRUE(Values("IBAN: IT40 5054 2811 1010 0000 0123 456", "iban").empty());
}

// An IBAN typed in lower or mixed case (a phone capitalising the first letter of the line or of
// each group: set 14's "Gb26 nwbk …", "Ro83 Ingb …") is read in capitals; its digits are no phone
// number. A bad check, a wrong length or a glued start is no IBAN, whatever the case.
TEST(Iban, LowerCaseIbanIsReadInCapitals) {
  EXPECT_EQ(Values("IBAN de89 3704 0044 0532 0130 00", "iban"), V{"DE89370400440532013000"});
  EXPECT_EQ(Values("Überweisung an de89370400440532013000.", "iban"), V{"DE89370400440532013000"});
  EXPECT_EQ(Values("bank: gb29 nwbk 6016 1331 9268 19", "iban"), V{"GB29NWBK60161331926819"});
  EXPECT_TRUE(Values("IBAN de89 3704 0044 0532 0130 00", "phone", "DE").empty());
  EXPECT_TRUE(Values("de88 3704 0044 0532 0130 00", "iban").empty());
  EXPECT_EQ(Values("Iban: Gb29 nwbk 6016 1331 9268 19", "iban"), V{"GB29NWBK60161331926819"});
  EXPECT_EQ(Values("IBAN: Ro49 Aaaa 1B31 0075 9384 0000", "iban"), V{"RO49AAAA1B31007593840000"});
  EXPECT_EQ(Values("gb29 NWBK 6016 1331 9268 19", "iban"), V{"GB29NWBK60161331926819"});
  EXPECT_TRUE(Values("Iban: Gb28 nwbk 6016 1331 9268 19", "iban").empty());
  EXPECT_TRUE(Values("Iban: Gb29 nwbk 6016 1331 9268 1", "iban").empty());
  EXPECT_TRUE(Values("IBAN Gb29 nwbk 6016 1331 9268 19", "phone", "GB").empty());
  EXPECT_TRUE(Values("xde89370400440532013000", "iban").empty());
  EXPECT_TRUE(Values("xDe89370400440532013000", "iban").empty());
}

TEST(Iban, DigitsOfIbanAreNotPhones) {
  EXPECT_TRUE(Values("DE89 3704 0044 0532 0130 00", "phone", "DE").empty());
}

// Issue 3 item 4: an IBAN written over two chat messages of one speaker is one IBAN (and none of
// its digits a phone); groups that are no IBAN's start, or another speaker's rest, stay apart.
TEST(Iban, IbanOverTwoChatMessages) {
  const std::string chat = "[12:01] Anna: IBAN DE89 3704 0044\n[12:01] Anna: 0532 0130 00";
  EXPECT_EQ(Values(chat, "iban"), V{"DE89370400440532013000"});
  EXPECT_TRUE(Values(chat, "phone", "DE").empty());
  EXPECT_EQ(Values("Anna: send it to GB29 NWBK\nAnna: 6016 1331 9268 19", "iban"),
            V{"GB29NWBK60161331926819"});
  EXPECT_EQ(
      Values("[12:01] Anna: IBAN DE89 3704 0044\n[12:01] Tom: moment\n[12:02] Anna: 0532 0130 00",
             "iban"),
      V{"DE89370400440532013000"});
  EXPECT_TRUE(
      Values("[12:01] Anna: IBAN DE89 3704 0044\n[12:01] Tom: 0532 0130 00", "iban").empty());
  EXPECT_TRUE(Values("[12:01] Anna: Konto DE89 3704\n[12:02] Anna: 12 Uhr passt", "iban").empty());
}

// Issue 3 item 4 (set 18: 0 of 2): an IBAN wrapped over two plain lines, its rest alone on the
// second.
TEST(Iban, WrappedOverTwoLines) {
  EXPECT_EQ(Values("deposit to\nIBAN DE89 3704 0044 0532\n0130 00\n150 1h", "iban"),
            V{"DE89370400440532013000"});
  EXPECT_TRUE(Values("IBAN DE89 3704 0044 0532\n0130 01", "iban").empty());
}

// Issue 3 item 4 (set 25): an IBAN typed into a form's row of boxes, one group each.
TEST(Iban, GroupsInFormBoxes) {
  EXPECT_EQ(Values("IBAN: [GB82][WEST][1234][5698][7654][32]", "iban"),
            V{"GB82WEST12345698765432"});
  EXPECT_EQ(Values("IBAN: [GB82][WEST][1234][5698][7654][32]", "phone", "GB"), V{});
}

// Issue 3 item 4 (set 24's iban_read_aloud): an IBAN read aloud in a voice message's transcript,
// its country code as two lone capitals, its groups of letters and number words parted by commas.
TEST(Iban, ReadAloud) {
  EXPECT_EQ(Values("“hi, for the deposit, the IBAN is G B eight two, W E S T, one two three four, "
                   "five six nine eight, seven six five four, three two”",
                   "iban"),
            V{"GB82WEST12345698765432"});
  EXPECT_EQ(Values("„IBAN-ul e G B opt doi, W E S T, unu doi trei patru, cinci șase nouă opt, "
                   "șapte șase cinci patru, trei doi”",
                   "iban"),
            V{"GB82WEST12345698765432"});
}

}  // namespace
}  // namespace ariadne::extract
