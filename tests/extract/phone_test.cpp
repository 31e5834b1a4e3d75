#include "extract/phone.h"

#include <gtest/gtest.h>

#include <algorithm>
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
using V = std::vector<std::string>;

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
  // An age before a national number is no country code: "36" then the French mobile "06 …" is not
  // +36 (06) 12 34 56 78 with Hungary's trunk prefix dropped.
  EXPECT_EQ(Values("Noa, 36 – 06 12 34 56 78", "phone", "FR"),
            std::vector<std::string>{"+33612345678"});
  EXPECT_EQ(Values("Lea, 36 - 0612345678 appelle-moi", "phone", "FR"),
            std::vector<std::string>{"+33612345678"});
  // A country code followed by a number that starts as the country's own numbers do stays
  // international: Rome's 06 in Italy (no trunk prefix), St Petersburg's 812 in Russia.
  EXPECT_EQ(Values("Tel. 39 06 1234 5678", "phone", "DE"),
            std::vector<std::string>{"+390612345678"});
  EXPECT_EQ(Values("Tel. 7 812 123 45 67", "phone", "DE"),
            std::vector<std::string>{"+78121234567"});
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

// Issue 3 (blind set): a word before a number that says it is an order, a reference, a listing or
// an ad number makes it no phone number, in every language of the ads, also after "№" or "n°".
TEST(Phone, DecoyWordsBeforeANumberInEveryLanguage) {
  const std::vector<std::pair<std::string, std::string>> decoys = {
      {"ES", "Número de pedido: 612345678"},
      {"RU", "Номер заказа: 9161234567"},
      {"UA", "Оголошення № 501234567"},
      {"PL", "Nr zamówienia 601234567"},
      {"DE", "Bestellnummer 015123456789"},
      {"FR", "Référence 0612345678"},
      {"IT", "Codice annuncio 3471234567"},
      {"NL", "Advertentienummer 0612345678"},
      {"RO", "Comanda nr. 0712345678"},
      {"BG", "Поръчка № 0888123456"},
      {"GB", "Listing number 4930796748"},
      {"FR", "Commande n° 612345678"},
      {"BG", "Реф. 5845/2024"},
      {"BE", "Kenmerk 5416-2024"},
  };
  for (const auto& [region, text] : decoys) {
    EXPECT_EQ(Values(text, "phone", region), std::vector<std::string>{}) << region << ": " << text;
  }
  // "Tel. no." and "numer" after an ordinary word still introduce a phone number.
  EXPECT_EQ(Values("Tel. no. 0612345678", "phone", "FR"), std::vector<std::string>{"+33612345678"});
  EXPECT_EQ(Values("Mój numer 601234567", "phone", "PL"), std::vector<std::string>{"+48601234567"});
}

// A word after the last group that says it counts views, years or hours ends the number before it:
// the number is split where it ends instead of running on.
TEST(Phone, CountWordsAfterANumberEndIt) {
  EXPECT_EQ(Values("Tel. 347.765.4321 27 anni", "phone", "IT"),
            std::vector<std::string>{"+393477654321"});
  EXPECT_EQ(Values("Handy +49 30 1234567 4321 Aufrufe", "phone", "DE"),
            std::vector<std::string>{"+49301234567"});
  EXPECT_EQ(Values("Тел. 0501234567 12 переглядів", "phone", "UA"),
            std::vector<std::string>{"+380501234567"});
  // A label of the next figure is no such word: "Views: 12".
  EXPECT_EQ(Values("Mob. +44 7700 900123 Views: 12 408", "phone", "GB"),
            std::vector<std::string>{"+447700900123"});
}

// Issue 3: an "x" after a number is "times" only before a figure ("2 x 150"); at a message's end
// it is a kiss, and the number before it is read.
TEST(Phone, KissAfterANumberIsNoUnit) {
  EXPECT_EQ(Values("my number 07700 900106 x", "phone", "GB"),
            std::vector<std::string>{"+447700900106"});
  EXPECT_EQ(Values("my number 07700 900 106 x", "phone", "GB"),
            std::vector<std::string>{"+447700900106"});
  EXPECT_EQ(Values("txt me on 07700 900281 xx", "phone", "GB"),
            std::vector<std::string>{"+447700900281"});
  EXPECT_TRUE(Values("Duo 0150 2 x 30 min", "phone", "GB").empty());
}

// E.164 numbers have at most 15 digits, whatever libphonenumber accepts.
TEST(Phone, NoValueLongerThanFifteenDigits) {
  for (const Selector& s : Extract("Handy: +49 30 12345678 88745 ok", "DE")) {
    if (s.type == "phone") {
      EXPECT_LE(s.value.size(), 16u) << s.value;
    }
  }
  EXPECT_EQ(Values("Handy: +49 30 12345678 88745 ok", "phone", "DE"),
            std::vector<std::string>{"+493012345678"});
}

// A date takes its groups: what follows it is not read with it ("o" and "о" are folded to 0).
TEST(Phone, DatesTakeTheirGroups) {
  EXPECT_EQ(Values("Dodano 16.04.2024 o 23:27", "phone", "PL"), std::vector<std::string>{});
  EXPECT_EQ(Values("Опубліковано 27.08.2024 о 21:30", "phone", "UA"), std::vector<std::string>{});
  EXPECT_EQ(Values("am 2024-05-17 0 12 34", "phone", "DE"), std::vector<std::string>{});
  // French numbers in pairs are no dates.
  EXPECT_EQ(Values("Tél 06.11.22.33.44", "phone", "FR"), std::vector<std::string>{"+33611223344"});
}

// A currency symbol that leads the next figure belongs to it: the number before it stands.
TEST(Phone, CurrencyLeadingTheNextFigure) {
  EXPECT_EQ(Values("+31 6 12345678 €150 half uur", "phone", "NL"),
            std::vector<std::string>{"+31612345678"});
  EXPECT_EQ(Values("Bel 0612345678 £ 80 per hour", "phone", "NL"),
            std::vector<std::string>{"+31612345678"});
  EXPECT_EQ(Values("Preis 0612345678 € ok", "phone", "NL"), std::vector<std::string>{});
}

// Stars, underscores and spaced dots between digits are separators; a full stop then a space ends
// a sentence.
TEST(Phone, StarUnderscoreAndSpacedDotSeparators) {
  EXPECT_EQ(Values("Tel 0*6*1*2*3*4*5*6*7*8", "phone", "FR"),
            std::vector<std::string>{"+33612345678"});
  EXPECT_EQ(Values("Tel (0_6)1_2_3_4_5_6_7_8", "phone", "FR"),
            std::vector<std::string>{"+33612345678"});
  EXPECT_EQ(Values("Tel 0 . 6 . 1 . 2 . 3 . 4 . 5 . 6 . 7 . 8", "phone", "FR"),
            std::vector<std::string>{"+33612345678"});
  // Runs longer than the sixteen bytes the walk back to a run's start tests at a time.
  EXPECT_EQ(Values("Some words first. Call 0*7*7*0*0*9*0*0*0*4*8 now", "phone", "GB"),
            std::vector<std::string>{"+447700900048"});
  EXPECT_EQ(Values("Some words first. WhatsApp: (0_7_2_3)4_5_6_7_8_9 ok", "phone", "RO"),
            std::vector<std::string>{"+40723456789"});
  EXPECT_EQ(Values("Llama al 612. 345 678 hoy", "phone", "ES"), std::vector<std::string>{});
  // A dot after a space and glued to the next group is a speck of OCR between the groups, with
  // look-alike letters among the digits ("OI71 .0427 293"); the tail is no number of its own.
  EXPECT_EQ(Values("Nur SMS: OI71 .0427 293 bitte", "phone", "DE"), V{"+491710427293"});
  EXPECT_EQ(Values("WhatsApp 0612 .48 .93 17", "phone", "FR"), V{"+33612489317"});
  EXPECT_EQ(Values("Llama al 612 .345 678", "phone", "ES"), V{"+34612345678"});
  // An underscore glued to a name is no separator.
  EXPECT_EQ(Values("lola_0612345678", "phone", "FR"), std::vector<std::string>{});
}

// Markdown emphasis around a number: one or two underscores against the digits, with a space,
// punctuation or the text's edge on their other side, open and close it; glued to a word they
// stay a name's.
TEST(Phone, MarkdownUnderscoresAroundANumber) {
  EXPECT_EQ(Values("Call me on __07700 900 318__ after six", "phone", "GB"), V{"+447700900318"});
  EXPECT_EQ(Values("WhatsApp: _0612 48 93 17_.", "phone", "FR"), V{"+33612489317"});
  EXPECT_EQ(Values("__+48 601 482 937__", "phone", "PL"), V{"+48601482937"});
  EXPECT_EQ(Values("(__0176 2839 4410__)", "phone", "DE"), V{"+4917628394410"});
  EXPECT_EQ(Values("bella__07700900318", "phone", "GB"), V{});
  EXPECT_EQ(Values("07700900318__x", "phone", "GB"), V{});
  EXPECT_EQ(Values("file___07700900318", "phone", "GB"), V{});
}

// Markdown emphasis around each group ("**07700** **900** **318**"): its marks do not count
// towards the separator's three bytes (up to four of them besides); a price list in bold stays
// prices.
TEST(Phone, MarkdownEmphasisAroundEachGroup) {
  EXPECT_EQ(Values("Call **07700** **900** **318**", "phone", "GB"), V{"+447700900318"});
  EXPECT_EQ(Values("__07700__ __900__ __318__", "phone", "GB"), V{"+447700900318"});
  EXPECT_EQ(Values("*0612* *48* *93* *17*", "phone", "FR"), V{"+33612489317"});
  EXPECT_EQ(Values("Tel: **01761**-**28394**-**41**", "phone", "DE"), V{"+4917612839441"});
  EXPECT_EQ(Values("Prices: **150** **200** **300**, ref **2024** **11** **03**", "phone", "GB"),
            V{});
}

// Ukrainian numbers written with the old "8" before the trunk "0", in one group (a separate "8"
// group is left out by the shorter windows anyway).
TEST(Phone, UkrainianEightBeforeTheTrunkPrefix) {
  EXPECT_EQ(Values("Дзвони 80501234567", "phone", "UA"), std::vector<std::string>{"+380501234567"});
  EXPECT_EQ(Values("Дзвони 8-050-123-45-67", "phone", "UA"),
            std::vector<std::string>{"+380501234567"});
  EXPECT_EQ(Values("Zadzwoń 80501234567", "phone", "PL"), std::vector<std::string>{});
}

// Two numbers joined by a comma with no space: the first is read too, while a thousands separator
// or a decimal comma still glues its digits.
TEST(Phone, NumbersJoinedByACommaWithoutSpace) {
  EXPECT_EQ(Values("Tel 07700900123,07700900456", "phone", "GB"),
            (std::vector<std::string>{"+447700900123", "+447700900456"}));
  EXPECT_EQ(Values("Tel 07700 900123,07700 900456 ok", "phone", "GB"),
            (std::vector<std::string>{"+447700900123", "+447700900456"}));
  EXPECT_EQ(Values("Views 1,234,567", "phone", "GB"), std::vector<std::string>{});
  EXPECT_EQ(Values("Preis 1234567,89 EUR", "phone", "DE"), std::vector<std::string>{});
}

// En dashes and minus signs between the groups of a number (the normaliser makes them '-'), in
// a number written or read out.
TEST(Phone, UnicodeDashesAndSpokenPausesBetweenGroups) {
  EXPECT_EQ(Values("Ruf 0151–2345–6789 an", "phone", "DE"),
            std::vector<std::string>{"+4915123456789"});
  EXPECT_EQ(Values("bel 06 – 12 – 34 – 56 – 78", "phone", "NL"),
            std::vector<std::string>{"+31612345678"});
  EXPECT_EQ(Values("Oh seven 7 double-zero, 9 zero zero, 3 four six — text first", "phone", "GB"),
            std::vector<std::string>{"+447700900346"});
  EXPECT_EQ(Values("нуль 9 три — 1 два 3 — чотири 5 — шість 7", "phone", "UA"),
            std::vector<std::string>{"+380931234567"});
  EXPECT_EQ(Values("Sună la 0 șapte 1 doi, 3 patru 5, 6 șapte 8 — 150 lei", "phone", "RO"),
            std::vector<std::string>{"+40712345678"});
  // A word joiner alone between the label and the number.
  EXPECT_EQ(Values("Tel\u2060512\u2060345\u2060678", "phone", "PL"),
            std::vector<std::string>{"+48512345678"});
}

// Compounds of a decoy word and "Nr" ("Anzeigennr.", "Bestellnr") say what the number is.
TEST(Phone, AbbreviatedDecoyCompoundsBeforeANumber) {
  EXPECT_EQ(Values("Anzeigennr. 015123456789", "phone", "DE"), std::vector<std::string>{});
  EXPECT_EQ(Values("Bestellnr: 015123456789", "phone", "DE"), std::vector<std::string>{});
  EXPECT_EQ(Values("Auftragsnr 015123456789", "phone", "DE"), std::vector<std::string>{});
  EXPECT_EQ(Values("Factuurnr 0612345678", "phone", "NL"), std::vector<std::string>{});
  EXPECT_EQ(Values("Handynr 015123456789", "phone", "DE"),
            std::vector<std::string>{"+4915123456789"});
}

// Company, tax and register numbers are often phone-shaped; an identifier's word claims every group
// of the identifier, up to a group that starts as a number does, where a measure or a year word
// claims one group.
TEST(Phone, CompanyAndTaxNumbersAndGroupedIdentifiers) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Values("SIRET 123 456 789 00012, 75002 Paris", "phone", "FR"), V{});
  EXPECT_EQ(Values("REGON 123456785. Kod 30-001", "phone", "PL"), V{});
  EXPECT_EQ(Values("ИНН 7707083893", "phone", "RU"), V{});
  EXPECT_EQ(Values("KvK 12345678, BTW 123456789", "phone", "NL"), V{});
  // Product codes: an EAN of thirteen digits with a German prefix reads as a mobile number.
  EXPECT_EQ(Values("EAN 4006381333931", "phone", "DE"), V{});
  EXPECT_EQ(Values("GTIN: 4912345678904, UPC 036000291452", "phone", "DE"), V{});
  EXPECT_EQ(Values("Kundennr. 4917 6482 1593 – Handy: 0176 4821 5937", "phone", "DE"),
            V{"+4917648215937"});
  // The number after an identifier in the same run is read from the group that starts it.
  EXPECT_EQ(Values("Ref 4660 2026 0612 345 678", "phone", "FR"), V{"+33612345678"});
  EXPECT_EQ(Values("Since 2019 0912 123 456", "phone", "SK"), V{"+421912123456"});
}

// Issue 3 (unseen set, session 27: ten phones read from company, tax, ticket and parcel numbers):
// booking, ticket and tracking references and tax compounds say what the number is, in the ads'
// languages; a booking word alone may say where to book, so it claims a number only beside a word
// for "number" ("numéro de réservation", "номер брони"). The phone after "Tel" beside them stays.
TEST(Phone, ReferenceTicketAndTrackingNumbers) {
  using V = std::vector<std::string>;
  const std::vector<std::pair<std::string, std::string>> decoys = {
      {"DE", "Buchungsnummer 0176 4821 9935"},
      {"DE", "Ticketnummer 0151 23456789"},
      {"DE", "Steuer-Nr. 030 123 45678"},
      {"FR", "numéro de suivi 06 12 34 56 78"},
      {"FR", "numéro de réservation 06 12 34 56 78"},
      {"FR", "billet n° 06 12 34 56 78"},
      {"IT", "biglietto n. 347 123 4567"},
      {"PL", "rezerwacja nr 601 234 567"},
      {"PL", "numer rezerwacji 601 234 567"},
      {"RU", "номер брони 9161234567"},
      {"UA", "ТТН 0671234567"},
      {"UA", "квиток № 0671234567"},
      {"NL", "boekingsnummer 0612345678"},
      {"ES", "localizador 612 345 678"},
      {"RO", "bilet nr. 0722 123 456"},
      {"BG", "билет № 0888 123 456"},
  };
  for (const auto& [region, text] : decoys) {
    EXPECT_EQ(Values(text, "phone", region), V{}) << region << ": " << text;
  }
  EXPECT_EQ(Values("Tel: 030 1234567 Steuernr. 21/815/08150", "phone", "DE"), V{"+49301234567"});
  EXPECT_EQ(Values("Tel 0612345678, boekingsnummer 0687654321", "phone", "NL"), V{"+31612345678"});
  // A booking word alone: the number to book at.
  EXPECT_EQ(Values("Reservierung: 0176 48215937", "phone", "DE"), V{"+4917648215937"});
  EXPECT_EQ(Values("Rezerwacja 601 234 567", "phone", "PL"), V{"+48601234567"});
}

// Issue 3 (unseen set: CSV and table rows 3/8): a '|' glued to a letter, or ending a line after
// a digit, is a row's border and no look-alike of 1 ("Nina|07700 900123|nina.k@…" lost its phone
// and glued "1" to the address).
TEST(Phone, PipeBesideALetterIsATableBorder) {
  using V = std::vector<std::string>;
  const auto selectors = Extract("Nina|07700 900123|nina.k@gmail.com", "GB");
  EXPECT_EQ(Values(selectors, "phone"), V{"+447700900123"});
  EXPECT_EQ(Values(selectors, "email"), V{"nina.k@gmail.com"});
  EXPECT_EQ(Values("|Nina|07700 900123|\n", "phone", "GB"), V{"+447700900123"});
  // Set 13 (pipe-separated rows, 0 of 4): a '|' between digits in a row whose other '|' is glued
  // to a letter is a border too.
  EXPECT_EQ(Values("nume|varsta|telefon\nEla|23|0752 618 394\nMara|25|0752 618 395", "phone", "RO"),
            (V{"+40752618394", "+40752618395"}));
}

// An area code in brackets is national: "(495)" in a Russian ad is Moscow, not +49 51… with its
// '+' dropped.
TEST(Phone, BracketedAreaCodeIsNational) {
  EXPECT_EQ(Values("Звони (495) 123-45-67", "phone", "RU"),
            std::vector<std::string>{"+74951234567"});
  EXPECT_EQ(Values("(4~9~5)1~2~3~4~5~6~7", "phone", "RU"),
            std::vector<std::string>{"+74951234567"});
  EXPECT_EQ(Values("Ruf (30) 1234567 an", "phone", "DE"), std::vector<std::string>{"+49301234567"});
  // Without the brackets the digits are read as before: an international number lacking its '+'.
  EXPECT_EQ(Values("Tel 4951234567", "phone", "RU"), std::vector<std::string>{"+4951234567"});
}

// A card's age in brackets after its name ("Alice (37) 368 570 3654" in a "similar ads" widget) is
// no area code when the digits after it are a number on their own; a real two-digit area code
// after a word ("Ruf (30) 1234567", Brazil's "Ana (21) 3456-7890") leaves none and stays read.
TEST(Phone, ABracketedAgeAfterANameIsNoAreaCode) {
  EXPECT_EQ(Values("Alice (37) 368 570 3654; Viola (27) 393 370 1056", "phone", "IT"),
            (V{"+393685703654", "+393933701056"}));
  EXPECT_EQ(Values("Zs\u00f3fi (21) 06 30 020 8409", "phone", "HU"), V{"+36300208409"});
  EXPECT_EQ(Values("Maya (27) 07700 900582 \u00b7 Tess (30) 07700 900963", "phone", "GB"),
            (V{"+447700900582", "+447700900963"}));
  EXPECT_EQ(Values("Ruf (30) 1234567 an", "phone", "DE"), V{"+49301234567"});
  EXPECT_EQ(Values("Ana (21) 3456-7890", "phone", "BR"), V{"+552134567890"});
}

// Groups of spelled digits parted by commas are one number when together they make a valid one;
// prices, hours and counts spelled so stay no phone.
TEST(Phone, SpelledGroupsPartedByCommasAreOneNumberWhenValid) {
  EXPECT_EQ(Values("two one two, five five five, oh one four seven", "phone", "US"),
            std::vector<std::string>{"+12125550147"});
  EXPECT_EQ(Values("two one two, triple five, oh one four seven", "phone", "US"),
            std::vector<std::string>{"+12125550147"});
  EXPECT_EQ(Values("oh seven seven oh oh, nine oh oh, triple seven. Yes that's my number x",
                   "phone", "GB"),
            std::vector<std::string>{"+447700900777"});
  EXPECT_EQ(Values("zero seventy seven hundred, nine hundred, nine ninety nine", "phone", "GB"),
            std::vector<std::string>{"+447700900999"});
  EXPECT_EQ(Values("нула осемстотин осемдесет и седем, триста осемдесет и две, деветстотин и "
                   "петнайсет",
                   "phone", "BG"),
            std::vector<std::string>{"+359887382915"});
  EXPECT_EQ(
      Values("zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit", "phone", "FR"),
      std::vector<std::string>{"+33612345678"});
  for (const char* prose :
       {"Prices: one hundred, two hundred, three hundred, five hundred for the night",
        "Open seven days, twenty four hours, fifty five minutes from the airport",
        "one, two, three, four, five: count them, six, seven",
        "one, two, three, four, five, six, seven, eight, nine, ten",
        "Zählen: eins zwei drei vier fünf sechs sieben acht",
        "un, deux, trois, quatre, cinq, six, sept",
        "Rates: cent vingt, deux cents, trois cent cinquante, quatre cents"}) {
    EXPECT_TRUE(Values(prose, "phone", "GB").empty()) << prose;
    EXPECT_TRUE(Values(prose, "phone", "US").empty()) << prose;
    EXPECT_TRUE(Values(prose, "phone", "FR").empty()) << prose;
  }
}

// A look-alike letter after the last digit of a later group ("92S") is the digit it looks like.
TEST(Phone, LookalikeClosingAGroupIsItsDigit) {
  EXPECT_EQ(Values("Tel O72l 384 92S — program 10:00-22:00, Str. Lipscani nr. 14", "phone", "RO"),
            std::vector<std::string>{"+40721384925"});
  EXPECT_EQ(Values("Ruf an: 0151 234B 6789", "phone", "DE"),
            std::vector<std::string>{"+4915123486789"});
  EXPECT_TRUE(Values("Bust 75B, 90-60-90, 1.70 m, size 36S", "phone", "RO").empty());
}

// A contact card as OCR reads a phone's screenshot: the status bar, the card's words, the label
// and the number with look-alike letters inside its digits, in several languages. The status
// bar's time and battery, the model and the version stay no numbers.
TEST(Phone, ContactCardScreenshotsReadThroughLookalikes) {
  EXPECT_EQ(
      Values("12:41 ⚡ 87%\nContact info\nmobile\n+44770o9004S6\nFaceTime WhatsApp", "phone", "GB"),
      std::vector<std::string>{"+447700900456"});
  EXPECT_EQ(
      Values("9:05 ⚡ 64%\nKontaktinfo\nHandy\n+49176284S9137\nFaceTime WhatsApp", "phone", "DE"),
      std::vector<std::string>{"+4917628459137"});
  EXPECT_EQ(
      Values("12:41 ⚡ 87%\nInformacje kontaktowe\nkomórka\n+4BSOI234S67\nFaceTime", "phone", "PL"),
      std::vector<std::string>{"+48501234567"});
  EXPECT_EQ(
      Values("12:41 ⚡ 87%\nИнформация за контакт\nмобилен\n+3S9BB1234S67\nFaceTime", "phone", "BG"),
      std::vector<std::string>{"+359881234567"});
  EXPECT_EQ(
      Values("12:41 ⚡ 87%\nСведения о контакте\nмобильный\n+79I6284S67О\nFaceTime", "phone", "RU"),
      std::vector<std::string>{"+79162845670"});
  EXPECT_EQ(Values("12:41 ⚡ 87%\nContactgegevens\nmobiel\n+3161234567B\nFaceTime", "phone", "NL"),
            std::vector<std::string>{"+31612345678"});
  EXPECT_TRUE(
      Values("12:41 ⚡ 87%\nGalaxy S23, iPhone 15, v2.4.1, SM-S911B", "phone", "GB").empty());
  // Odd spacing: the card's label above or its buttons below say it is a number.
  EXPECT_EQ(Values("Contact info\nmobile\n(4l6) SS5-0188\nFaceTime WhatsApp", "phone", "CA"),
            std::vector<std::string>{"+14165550188"});
  EXPECT_EQ(Values("Información de contacto\nmóvil\n912 34S 678\nFaceTime WhatsApp", "phone", "PT"),
            std::vector<std::string>{"+351912345678"});
  EXPECT_EQ(Values("Contact info\nmobile\n0BS |23 4S67\nFaceTime WhatsApp", "phone", "IE"),
            std::vector<std::string>{"+353851234567"});
  EXPECT_TRUE(Values("Bust\n75B 60 90 170\nFaceTime WhatsApp", "phone", "GB").empty());
  EXPECT_TRUE(Values("DNI\n61234567S\nMessage", "phone", "ES").empty());
  EXPECT_TRUE(Values("Sizes\n36B 75B 80B 85B\nMessage me", "phone", "GB").empty());
  EXPECT_TRUE(Values("Price\n150 200 3S0\nFaceTime", "phone", "GB").empty());
  EXPECT_TRUE(Values("DNI 61234567S, talla 85B", "phone", "ES").empty());
}

// Opening hours written with dots ("20.00-04.00"), price lists joined by slashes and price words in
// the ads' languages are no numbers.
TEST(Phone, OpeningHoursAndPriceListsAreNoNumbers) {
  EXPECT_TRUE(Values("Pattaya, open 20.00-04.00, lady drink 200 baht", "phone", "TH").empty());
  EXPECT_TRUE(Values("geöffnet 9.30 - 18.00 täglich", "phone", "DE").empty());
  EXPECT_TRUE(Values("Preise 150/250/400", "phone", "AT").empty());
  EXPECT_TRUE(Values("1h/2h/night: 120/200/650 eur", "phone", "DE").empty());
  EXPECT_TRUE(Values("Tarifs 150/250/400/800", "phone", "FR").empty());
  EXPECT_TRUE(Values("Ceny 300 500 700 zł", "phone", "PL").empty());
  // A number beside them is still read.
  EXPECT_EQ(Values("open 20.00-04.00, call 07700 900123", "phone", "GB"),
            std::vector<std::string>{"+447700900123"});
  EXPECT_EQ(Values("Preise 150/250, Tel 0664 1234567", "phone", "AT"),
            std::vector<std::string>{"+436641234567"});
}

// After a word that names the number as an identifier ("Auftragsnummer", "Order no."), a first
// group led by 0 does not free the rest: the whole identifier is claimed.
TEST(Phone, AnIdentifiersNumberLedByZeroIsClaimedWhole) {
  EXPECT_TRUE(
      Values("Auftragsnummer 0049-2026-1187. Kontakt nur über das Portal.", "phone", "DE").empty());
  EXPECT_TRUE(Values("Order no. 0044 2079 460000 shipped", "phone", "GB").empty());
  EXPECT_TRUE(Values("Bestellnr 0033 6123 45678", "phone", "FR").empty());
  // The identifier ends before a group led by '+': the phone after it is read.
  EXPECT_EQ(Values("Auftragsnummer 0049-2026-1187 +49 151 23456789", "phone", "DE"),
            std::vector<std::string>{"+4915123456789"});
}

// An HTML entity of a space between groups ("07700&nbsp;900&nbsp;846") joins them; api.whatsapp.com
// links with "/send/?phone=" give their number.
TEST(Phone, SpaceEntitiesAndWhatsAppSendLinks) {
  const auto found = Extract("<span>☎ 07700&nbsp;900&nbsp;846</span>", "GB");
  ASSERT_EQ(Values(found, "phone"), std::vector<std::string>{"+447700900846"});
  EXPECT_EQ(First(found, "phone")->raw, "07700&nbsp;900&nbsp;846");
  EXPECT_EQ(Values("tel 0151 2345&#160;6789", "phone", "DE"),
            std::vector<std::string>{"+4915123456789"});
  EXPECT_EQ(Values("https://api.whatsapp.com/send/?phone=2347012948163&type=phone_number", "phone"),
            std::vector<std::string>{"+2347012948163"});
  EXPECT_TRUE(Values("07700&amp;900846", "phone", "GB").size() <= 1);
}

// Emoji after an area code in brackets, Latin weak look-alikes among Cyrillic ones, a closing
// look-alike after the run's own separator: each number is read whole.
TEST(Phone, DisguisedNumbersReadWhole) {
  EXPECT_EQ(Values("☎️(305)💗555💗0164☎️", "phone", "US"),
            std::vector<std::string>{"+13055550164"});
  EXPECT_EQ(Values("6З4 8Z l9 57 llámame", "phone", "ES"),
            std::vector<std::string>{"+34634821957"});
  EXPECT_EQ(Values("О67 48Z 91бЗ", "phone", "UA"), std::vector<std::string>{"+380674829163"});
  EXPECT_EQ(Values("(8~9~0~З)7~I~8~2~6~4~О", "phone", "RU"),
            std::vector<std::string>{"+79037182640"});
}

// Issue 3 (quality): HTML entities between the groups ("&nbsp;", "&#160;", written twice over
// "&amp;nbsp;", a non-breaking hyphen "&#8209;") are separators, as the characters they write are.
TEST(Phone, GroupsSeparatedByHtmlEntities) {
  EXPECT_EQ(Values("<b>Tel:</b>&nbsp;+420&nbsp;605&nbsp;219&nbsp;738<br/>", "phone"),
            V{"+420605219738"});
  EXPECT_EQ(
      Values("T&eacute;l&eacute;phone&nbsp;: 06&#160;47&#160;19&#160;83&#160;05", "phone", "FR"),
      V{"+33647198305"});
  EXPECT_EQ(Values("call 07700&amp;nbsp;900&amp;#160;123", "phone", "GB"), V{"+447700900123"});
  EXPECT_EQ(Values("Telefon: 0157&#8209;30418826", "phone", "DE"), V{"+4915730418826"});
}

// Issue 3 (quality): a number split over two lines (a line break, an indent, or markup between
// the groups) is read as one when neither line's part is a number alone and the join is.
TEST(Phone, NumberSplitOverTwoLines) {
  EXPECT_EQ(Values("Call me on\n07700\n900 035", "phone", "GB"), V{"+447700900035"});
  EXPECT_EQ(Values("Ruf mich an unter\n0176 920\n35174", "phone", "DE"), V{"+4917692035174"});
  EXPECT_EQ(Values("Appelle-moi au 06 47\r\n  19 83 05 (pas de numéros masqués)", "phone", "FR"),
            V{"+33647198305"});
  EXPECT_EQ(Values("tel. 512-874-\n209", "phone", "PL"), V{"+48512874209"});
  EXPECT_EQ(Values("Тел.: +7 916\n482-07-35", "phone", "RU"), V{"+79164820735"});
  EXPECT_EQ(Values("Bel me: +31 6\n19 37 52 84", "phone", "NL"), V{"+31619375284"});
  const std::string html = "<div>\n  <span>07700</span>\n  <span>900862</span>\n</div>";
  const auto found = Extract(html, "GB");
  const Selector* phone = First(found, "phone");
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(phone->value, "+447700900862");
  EXPECT_EQ(html.substr(phone->start, phone->end - phone->start), "07700</span>\n  <span>900862");
}

// Issue 3 (sets 6, 13, 14, 15: a DE number's second line read alone, 4 misses and 4 false
// phones): when the line above opens with the region's trunk prefix, the next line's part
// without one is that number's rest, even where it would validate alone; a part that has its
// own trunk prefix or '+' is a number of its own.
TEST(Phone, TrunkPrefixAboveTakesTheNextLinesRest) {
  EXPECT_EQ(Values("Tel.\n0176\n4928 361", "phone", "DE"), V{"+491764928361"});
  EXPECT_EQ(Values("Handy 0152\n37741902", "phone", "DE"), V{"+4915237741902"});
  EXPECT_EQ(Values("Tel 0176\n0152 37741902", "phone", "DE"), V{"+4915237741902"});
  EXPECT_EQ(Values("Tel 0176\n+49 152 37741902", "phone", "DE"), V{"+4915237741902"});
}

// Issue 3: a number written one group a line over three lines, the middle line one short group
// ("07700⏎900⏎196"); not after a middle line that is a longer group or a number of its own.
TEST(Phone, NumberSplitOverThreeLines) {
  EXPECT_EQ(Values("call me on 07700\n900\n196", "phone", "GB"), V{"+447700900196"});
  EXPECT_EQ(Values("chiamami al 348\n291\n7356", "phone", "IT"), V{"+393482917356"});
  EXPECT_EQ(Values("07700 900123\n15\n07700 900456", "phone", "GB"),
            (V{"+447700900123", "+447700900456"}));
  EXPECT_TRUE(Values("Preise\n100\n200\n300", "phone", "DE").empty());
}

// Issue 3 (precision): the French trade register's number after its town and section ("RCS Lyon
// B 812 947 365") and a VAT number after its country code and check digits ("TVA FR27
// 812347906") are no phones; a phone after a town is.
TEST(Phone, TradeRegisterNumberAfterItsTownIsNoPhone) {
  EXPECT_TRUE(Values("RCS Lyon B 812 947 365", "phone", "FR").empty());
  EXPECT_TRUE(Values("RCS Paris 812 947 365", "phone", "FR").empty());
  EXPECT_EQ(Values("Tel Lyon 04 72 12 34 56", "phone", "FR"), V{"+33472123456"});
  // A VAT number whose country code is glued to its check digits.
  EXPECT_TRUE(Values("TVA FR27 812347906", "phone", "FR").empty());
  EXPECT_EQ(Values("Tel FR 06 12 34 56 78", "phone", "FR"), V{"+33612345678"});
}

// Issue 3 (precision): a price list padded to four digits ("0150 / 0180 / 0250 / 0300") and four
// rising amounts ("30/45/60/90" minutes) are no number; three 0-led groups may still be one.
TEST(Phone, ZeroLedPriceListIsNoPhone) {
  EXPECT_TRUE(
      Values("Preisliste 0150 / 0180 / 0250 / 0300 für 30/45/60/90", "phone", "DE").empty());
  EXPECT_TRUE(Values("30 Min / 45 Min / 60 Min für 30/45/60/90", "phone", "DE").empty());
  EXPECT_EQ(Values("Tel 0170/1230/4560", "phone", "DE"), V{"+4917012304560"});
}

// What a line break parts stays apart: a number on each line, a number after a line of other
// figures, a blank line (a new paragraph) or a full stop (the end of a sentence) between the parts.
TEST(Phone, LinesThatAreNotOneNumberStayApart) {
  EXPECT_EQ(Values("07700 900123\n07700 900456", "phone", "GB"),
            (V{"+447700900123", "+447700900456"}));
  EXPECT_EQ(Values("Age 23\n07700 900123", "phone", "GB"), V{"+447700900123"});
  EXPECT_EQ(Values("Room 4471\n07700 900123", "phone", "GB"), V{"+447700900123"});
  EXPECT_TRUE(Values("Call me on\n07700\n\n900 035", "phone", "GB").empty());
  EXPECT_TRUE(Values("Call me on 07700.\n900 035", "phone", "GB").empty());
}

// Issue 3 (quality): a parcel or waybill number, written in groups as a phone number is, is no
// number after its word, in the ads' languages.
TEST(Phone, ParcelAndWaybillNumbersAreNotPhones) {
  EXPECT_TRUE(Values("Товарителница 1050 4477 2901.", "phone", "BG").empty());
  EXPECT_TRUE(Values("Sendungsnummer 0176 9203 5174", "phone", "DE").empty());
  EXPECT_TRUE(Values("tracking parcel 07700 900123", "phone", "GB").empty());
  EXPECT_EQ(Values("Tel. 0888 123 456, товарителница 1050 4477 2901", "phone", "BG"),
            V{"+359888123456"});
}

// Issue 3 (quality): an identifier written in pieces that mix letters and digits (a parcel's
// tracking number) owns the digit groups that end it, after its word; a prefix of capitals glued
// by a hyphen ("INV-", "PO-") makes the digits after it an identifier's, unless it names a phone.
TEST(Phone, IdentifiersInPiecesAndWithPrefixesAreNotPhones) {
  EXPECT_TRUE(Values("Sendungsnummer 1Z 999 AA1 01 2345 6784, Zustellung", "phone", "AT").empty());
  EXPECT_TRUE(Values("Tracking No. 1Z 4X8 29F 0176 4821 0937", "phone", "DE").empty());
  EXPECT_TRUE(Values("Sendung: 1Z 4X8 29F 0176 4821 0937", "phone", "DE").empty());
  EXPECT_TRUE(Values("Invoice INV-2026-04182, EIN 12-3456789", "phone", "US").empty());
  EXPECT_TRUE(Values("PO-0176 4433 2210", "phone", "DE").empty());
  // A phone's own word before a hyphen, or an operator's name with a digit, is no identifier.
  EXPECT_EQ(Values("TEL-202-555-0143", "phone", "US"), V{"+12025550143"});
  EXPECT_EQ(Values("Ring A1 0664 1234567", "phone", "AT"), V{"+436641234567"});
}

// Issue 3 item 4 (set 26's decoy_imei): a phone's IMEI is no phone number. After its label
// ("IMEI", "IMEI/MEID", a serial-number word of the eleven languages) all of it is the IMEI's,
// groups led by 0 too, whatever its grouping; without a label, 15 digits printed as an IMEI is
// (2-6-6-1: the type allocation code, the serial and a Luhn check digit) or an IMEISV (2-6-6-2)
// are one.
TEST(Phone, ImeisAndSerialNumbersAfterTheirLabelAreNotPhones) {
  EXPECT_TRUE(Values("IMEI 86 491073 717865 2", "phone", "DE").empty());
  EXPECT_TRUE(Values("IMEI 35 512233 561723 2", "phone", "BG").empty());
  EXPECT_TRUE(Values("IMEI 86 160790 937415 9", "phone", "IE").empty());
  EXPECT_TRUE(Values("IMEI-Nummer 01 686144 139652 7", "phone", "DE").empty());
  EXPECT_TRUE(Values("IMEI/MEID 01 425761 013593 1", "phone", "AT").empty());
  EXPECT_TRUE(Values("IMEI 0612345678", "phone", "FR").empty());
  EXPECT_TRUE(Values("numéro de série 06 12 34 56 78", "phone", "FR").empty());
  EXPECT_TRUE(Values("Seriennummer 0176 9203 5174", "phone", "DE").empty());
  EXPECT_TRUE(Values("серийный номер 8 916 482 37 19", "phone", "RU").empty());
  EXPECT_TRUE(Values("серійний номер 067 123 45 67", "phone", "UA").empty());
  EXPECT_TRUE(Values("сериен номер 0888 123 456", "phone", "BG").empty());
  EXPECT_TRUE(Values("numer seryjny 601 234 567", "phone", "PL").empty());
  EXPECT_TRUE(Values("numero di serie 347 123 4567", "phone", "IT").empty());
  EXPECT_TRUE(Values("número de serie 612 345 678", "phone", "ES").empty());
  // The number on the next line is still read.
  EXPECT_EQ(Values("IMEI 35 209900 176148 1\nTel: 07700 900123", "phone", "GB"),
            V{"+447700900123"});
}

TEST(Phone, ImeisPrintedInTheirGroupsAreNotPhones) {
  EXPECT_TRUE(Values("86 491073 717865 2", "phone", "DE").empty());
  EXPECT_TRUE(Values("86-491073-717865-2", "phone", "DE").empty());
  EXPECT_TRUE(Values("Phone sold: 35 512233 561723 2, boxed", "phone", "BG").empty());
  // An IMEISV: two software-version digits for the check digit.
  EXPECT_TRUE(Values("86 491073 717865 21", "phone", "DE").empty());
  // The grouping decides with the check: 00 447700 900123 7 passes it (an IMEI, no number in it),
  // 00 447700 900123 4 fails it, and its first groups are read as before.
  EXPECT_TRUE(Values("Phone sold: 00 447700 900123 7, boxed", "phone", "GB").empty());
  EXPECT_EQ(Values("Phone sold: 00 447700 900123 4, boxed", "phone", "GB"), V{"+447700900123"});
  // A real number whose digits happen to pass the Luhn check, written as numbers are, stays one.
  EXPECT_EQ(Values("Call 07700 900108 now", "phone", "GB"), V{"+447700900108"});
  EXPECT_EQ(Values("Call 07700900108 now", "phone", "GB"), V{"+447700900108"});
}

// Issue 3 item 4 (set 26's decoy_tracking): a parcel's tracking code opened by its carrier's
// capitals, glued or one space apart, is one token: no phone in its digits, after a tracking
// label of the eleven languages or a carrier's name, or when it holds more digits than a phone
// can.
TEST(Phone, TrackingCodesOpenedByCarrierLettersAreNotPhones) {
  EXPECT_TRUE(Values("Tracking JJD 4757 9165 7503 3441", "phone", "GB").empty());
  EXPECT_TRUE(Values("Sendungsnr. JJD 4639 0993 6213 0196", "phone", "DE").empty());
  EXPECT_TRUE(Values("Nr przesyłki JJD 4952 8199 2962 8113", "phone", "PL").empty());
  EXPECT_TRUE(Values("Трек-номер JJD 4942 5927 6905 2496", "phone", "RU").empty());
  EXPECT_TRUE(Values("AWB JJD 6170 8635 5926 2103", "phone", "RO").empty());
  EXPECT_TRUE(Values("Товарителница JJD 7558 1163 4962 4716", "phone", "BG").empty());
  EXPECT_TRUE(Values("Tracking JJD 0695 8601 5597 6643", "phone", "IT").empty());
  EXPECT_TRUE(Values("Seguimiento JJD 7790 9856 0877 5566", "phone", "ES").empty());
  EXPECT_TRUE(Values("ТТН JJD 5549 2514 3862 4135", "phone", "UA").empty());
  EXPECT_TRUE(Values("DHL JJD 6498 6856 6994 0347", "phone", "BE").empty());
  EXPECT_TRUE(Values("GLS 6140 2270 1234", "phone", "DE").empty());
  // A UPU S10 identifier: two capitals, eight digits, the check digit, the country's capitals.
  EXPECT_TRUE(Values("CP 612 345 671 ES", "phone", "ES").empty());
  EXPECT_TRUE(Values("RR 612345671 ES llega el lunes", "phone", "ES").empty());
  // With another check digit it is no S10 identifier, and its digits are read as before.
  EXPECT_EQ(Values("CP 612 345 672 ES", "phone", "ES"), V{"+34612345672"});
  // No label, but more digits than a phone has: the capitals open a code.
  EXPECT_TRUE(Values("JJD 6498 6856 6994 0347 is on its way", "phone", "BE").empty());
  EXPECT_TRUE(Values("JJD 2533 7807 4740 1591", "phone", "BG").empty());
  // A phone's own capitals, a word in capitals before a number, and a number after a code stay.
  EXPECT_EQ(Values("MOB 07700 900123", "phone", "GB"), V{"+447700900123"});
  EXPECT_EQ(Values("VIP 07700 900123", "phone", "GB"), V{"+447700900123"});
  EXPECT_EQ(Values("JJD 1234 5678 9012 3456, call 07700 900123", "phone", "GB"),
            V{"+447700900123"});
}

// Issue 3: a count of hours or years has at most three digits; a longer group before such a word
// is the number's last group ("ore ufficio": office hours follow).
TEST(Phone, LongGroupBeforeACountWordStaysInTheNumber) {
  EXPECT_EQ(Values("Roma Prati, tel. +39 06 4829 1573 ore ufficio", "phone", "IT"),
            V{"+390648291573"});
  EXPECT_EQ(Values("Handy 0176 4821 0937 Uhr 10-20", "phone", "DE"), V{"+4917648210937"});
  // A short count stays a count, and views of any length stay views.
  EXPECT_EQ(Values("tel. +39 333 1234567 31 anni", "phone", "IT"), V{"+393331234567"});
  EXPECT_EQ(Values("+49 30 12345678 88745 Aufrufe", "phone", "DE"), V{"+493012345678"});
}

// Issue 3: a number answered in pieces over consecutive chat messages of one speaker (after a
// time and a name) is one number, and its raw text spans the messages; pieces of two speakers, or
// a first message that is a number of its own, stay apart.
TEST(Phone, NumberOverChatMessagesOfOneSpeaker) {
  const std::string chat =
      "[21:04] guest: whats ur number\n[21:05] mia: 718\n[21:05] mia: 555\n"
      "[21:05] mia: 0142\n[21:06] guest: ok thx";
  const auto selectors = Extract(chat, "US");
  const Selector* phone = First(selectors, "phone");
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(phone->value, "+17185550142");
  EXPECT_EQ(phone->raw, "718\n[21:05] mia: 555\n[21:05] mia: 0142");
  EXPECT_EQ(Values("Kunde: gib mir deine Nummer\nLea: 0171\nLea: 903\nLea: 4562", "phone", "DE"),
            V{"+491719034562"});
  EXPECT_EQ(Values("Клиент: дай номер\nКатя: 8981\nКатя: 730\nКатя: 2648", "phone", "RU"),
            V{"+79817302648"});
  EXPECT_TRUE(Values("Lea: 0171\nMax: 903\nLea: 4562", "phone", "DE").empty());
  EXPECT_EQ(Values("Mia: 07700 900123\nMia: 07700 900456", "phone", "GB"),
            (V{"+447700900123", "+447700900456"}));
}

// Issue 3 item 4: a number split between an ad's title and its text: the first groups in the title
// (too few to be a number), the rest later after a cue that the number goes on ("Rest:", "the
// last digits", an ellipsis at the text's end, "… [Show number]"). The span covers both parts.
// Without a cue, or when the rest reads as a figure, nothing is joined.
// Issue 3 item 4 (set 17's voice_transcript): a number read out in a voice message's transcript,
// its groups parted by full stops, commas and fillers, in digits and words mixed
// (normalize's transcript pauses). Without the transcript's heading the groups stay apart.
TEST(Phone, NumberReadOutInATranscriptWithPausesBetweenGroups) {
  EXPECT_EQ(
      Values("Voice message (0:45) · Transcript: \"So my number is zero seven seven zero zero. "
             "9 0 0. so 517.\"",
             "phone", "GB"),
      V{"+447700900517"});
  EXPECT_EQ(
      Values("Voice message (0:16) · Transcript: \"Um my number is zero eight five, 8 9 9, so 9 "
             "3 8 5.\"",
             "phone", "IE"),
      V{"+353858999385"});
  EXPECT_EQ(Values("Mensaje de voz (0:31) · Transcripción: \"Pues mi número es el 718. nueve siete "
                   "cero. seis cinco dos.\"",
                   "phone", "ES"),
            V{"+34718970652"});
  EXPECT_EQ(Values("Messaggio vocale (0:57) · Trascrizione: \"Ehm il mio numero è 333 allora 6 2 4 "
                   "due due sei uno.\"",
                   "phone", "IT"),
            V{"+393336242261"});
  EXPECT_TRUE(
      Values("So my number is zero seven seven zero zero. 9 0 0. so 517.", "phone", "GB").empty());
}

// Issue 3 item 4 (set 17's title_split): the title's first groups are too few for the pre-scan
// (three or four digits, "POPPY 415 | Bristol", "Title: Poppy ☎ 086…") and the rest after an
// ellipsis or a rest word may even be a number alone ("222 1359", an Irish landline): read from the
// rest back to the title's last digit run, which ends its line or stands before an ellipsis or a
// '|'. A title run glued to a word, or a rest without a cue, joins nothing.
TEST(Phone, TitlesShortFirstGroupsJoinTheRestAfterACue) {
  EXPECT_EQ(Values("POPPY 415 | Bristol\n\nPoppy, new in Bristol - call or text … 555 0152",
                   "phone", "US"),
            V{"+14155550152"});
  EXPECT_EQ(
      Values("Title: Poppy, Perth ☎ 086…\nDescription: rest of my number: 222 1359", "phone", "IE"),
      V{"+353862221359"});
  EXPECT_EQ(Values("Titolo: Elisa, Roma ☎ 388…\nDescrizione: ultime cifre 515 7194", "phone", "IT"),
            V{"+393885157194"});
  EXPECT_EQ(Values("МИРА 0897 | Бургас\n\nМира, нова в Бургас, звънни на … 441 214", "phone", "BG"),
            V{"+359897441214"});
  EXPECT_EQ(Values("Title: Poppy, Perth ☎ 086…\nDescription: call 222 1359", "phone", "IE"),
            V{"+3532221359"});
  EXPECT_TRUE(
      Values("POPPY A415 | Bristol\n\nPoppy - call or text … 555 0152", "phone", "US").empty());
}

TEST(Phone, NumberSplitBetweenTitleAndTextAfterACue) {
  const std::string ad =
      "Titel: Lina 0176 4412 💋\nBeschreibung: Nummer steht im Titel, Rest: 33 19";
  const auto selectors = Extract(ad, "DE");
  const Selector* phone = First(selectors, "phone");
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(phone->value, "+4917644123319");
  EXPECT_EQ(phone->raw, "0176 4412 💋\nBeschreibung: Nummer steht im Titel, Rest: 33 19");
  EXPECT_EQ(Values("Title: Anna 07700 900 💋 new in town\nDescription: Hi, I'm Anna, 24. The "
                   "number is in the title, rest: 318",
                   "phone", "GB"),
            V{"+447700900318"});
  EXPECT_EQ(Values("Titre : Chloé 06 12 34 ✨\nDescription : Les 4 derniers chiffres : 56 78",
                   "phone", "FR"),
            V{"+33612345678"});
  EXPECT_EQ(Values("Заглавие: Мила 0888 123 💋\nОписание: Нова съм. Останалото от номера: 456",
                   "phone", "BG"),
            V{"+359888123456"});
  EXPECT_EQ(Values("Заголовок: Настя 8 916 123 💋\nОписание: Остальные цифры: 45 67", "phone", "RU"),
            V{"+79161234567"});
  EXPECT_EQ(
      Values("Tytuł: Ola 512 345 💋\nOpis: Nowa w Krakowie. Reszta numeru: 678", "phone", "PL"),
      V{"+48512345678"});
  // The title's line ends in the first groups, the text in the rest after an ellipsis.
  EXPECT_EQ(
      Values("SOPHIE NEW IN TOWN 07700 900\nHi, I'm Sophie, 24. Text me … 093", "phone", "GB"),
      V{"+447700900093"});
  EXPECT_EQ(Values("LINA NEU IN BERLIN 0176 4412\nSchreib mir per WhatsApp … 33 19", "phone", "DE"),
            V{"+4917644123319"});
  // A listing's shortened number and the rest after its button.
  EXPECT_EQ(Values("Phone: 07700 9… [Show number] 00465", "phone", "GB"), V{"+447700900465"});
  EXPECT_EQ(Values("07700 9… [Show number]\nCall me: 07700 900465", "phone", "GB"),
            V{"+447700900465"});
  // No cue, a figure after an ellipsis, a unit after the rest, figures of other kinds.
  EXPECT_TRUE(Values("LINA 0176 4412\nZimmer 33 19", "phone", "DE").empty());
  EXPECT_TRUE(
      Values("Titolo: Giulia 347 123 💋\nDescrizione: 25 anni ... 160", "phone", "IT").empty());
  EXPECT_TRUE(Values("Titolo: Giulia 347 123\nDescrizione: 160 cm … 55 kg", "phone", "IT").empty());
  EXPECT_TRUE(
      Values("Title: Anna 23\nDescription: 150 per hour, rest: 200", "phone", "GB").empty());
  EXPECT_TRUE(Values("Titel: Lina 25\nBeschreibung: PLZ 10115, Rest: 22", "phone", "DE").empty());
  EXPECT_TRUE(
      Values("Titolo: Giulia 20121 Milano\nDescrizione: il resto: 45 €", "phone", "IT").empty());
  EXPECT_TRUE(Values("Order 12345 shipped, the rest 678 next week", "phone", "GB").empty());
  EXPECT_TRUE(Values("Заголовок: Оля 067 123\nОпис: Решта номера в особистих, 45 хв", "phone", "UA")
                  .empty());
  // A whole number in the title keeps its own digits.
  EXPECT_EQ(Values("Titlu: Ioana 0722 123 456\nDescriere: restul: 200 lei", "phone", "RO"),
            V{"+40722123456"});
}

// Issue 3 item 4: chat pieces over a longer message of another speaker, over the speaker's own
// pause ("..."), in a Telegram copy ("Name, [date time]" above each message) and with the time
// after the name ("Ola (21:05): …").
TEST(Phone, NumberOverInterruptedOrCopiedChatMessages) {
  EXPECT_EQ(Values("[12:01] Anna: my number is 07700 900\n[12:02] Tom: wait, let me get a pen\n"
                   "[12:02] Anna: 318",
                   "phone", "GB"),
            V{"+447700900318"});
  EXPECT_EQ(
      Values("[21:05] Оля: мій номер 067 123\n[21:05] Оля: ...\n[21:06] Оля: 45 67", "phone", "UA"),
      V{"+380671234567"});
  const std::string copy =
      "Lina, [04.12.26 21:05]\nmeine Nummer ist 0176 4412\n\nLina, [04.12.26 21:05]\n3319";
  const auto selectors = Extract(copy, "DE");
  const Selector* phone = First(selectors, "phone");
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(phone->value, "+4917644123319");
  EXPECT_EQ(phone->raw, "0176 4412\n\nLina, [04.12.26 21:05]\n3319");
  EXPECT_EQ(Values("Ola (21:05): mój numer 512\nOla (21:05): 345 678", "phone", "PL"),
            V{"+48512345678"});
  // Emoji and ellipses around the pieces, two short messages of another speaker between them.
  EXPECT_EQ(Values("[21:05] Anna: my number 07700 😘\n[21:05] Anna: 900318", "phone", "GB"),
            V{"+447700900318"});
  EXPECT_EQ(Values("[21:05] Anna: 07700 900...\n[21:05] Anna: ...318", "phone", "GB"),
            V{"+447700900318"});
  EXPECT_EQ(Values("Giulia: il mio numero è 347 123\nGiulia: 4567 😘", "phone", "IT"),
            V{"+393471234567"});
  EXPECT_EQ(
      Values("[21:05] Anna: 07700 900\n[21:05] Tom: ok\n[21:05] Tom: go on\n[21:06] Anna: 318",
             "phone", "GB"),
      V{"+447700900318"});
  // Three messages between, or one with digits, keep the pieces apart.
  EXPECT_TRUE(
      Values("Anna: 07700 900\nTom: ok\nTom: go on\nTom: yes\nAnna: 318", "phone", "GB").empty());
  EXPECT_TRUE(Values("Anna: 07700 900\nTom: ok\nTom: 2 girls?\nAnna: 318", "phone", "GB").empty());
  // Two speakers' messages in a copy, an age and a price, an address after a number's piece.
  EXPECT_TRUE(
      Values("Anna, [04.12.26 21:05]\nI'm 23\n\nAnna, [04.12.26 21:05]\n150 an hour", "phone", "GB")
          .empty());
  EXPECT_TRUE(Values("Lina, [04.12.26 21:05]\nNummer 0176 4412\n\nTom, [04.12.26 21:05]\n3319",
                     "phone", "DE")
                  .empty());
  EXPECT_TRUE(Values("[12:01] Anna: 07700\n[12:01] Tom: what is the address of the hotel again\n"
                     "[12:02] Anna: 22 Baker St",
                     "phone", "GB")
                  .empty());
}

// Issue 3: a number whose groups markup or quotation marks part on one line is one number.
TEST(Phone, GroupsPartedByMarkupOrQuotationMarks) {
  EXPECT_EQ(Values("Contattami: <strong>389</strong> <em>412</em> <u>7735</u>", "phone", "IT"),
            V{"+393894127735"});
  EXPECT_EQ(Values("Tél. «06» ‹13› [82] (47) {59}", "phone", "FR"), V{"+33613824759"});
  EXPECT_EQ(Values("тел: „067“ «482» ‹39› 〈15〉", "phone", "UA"), V{"+380674823915"});
  EXPECT_EQ(Values("Тел. ⟨0887⟩ ⟦493⟧ ⦅216⦆", "phone", "BG"), V{"+359887493216"});
  // Numbers of their own in two cells stay two.
  EXPECT_EQ(Values("<td>07700 900123</td><td>07700 900456</td>", "phone", "GB"),
            (V{"+447700900123", "+447700900456"}));
}

// The country calling code at the start of a number's digits (shared by the phone reading and the
// linking's generic numbers): codes of one, two and three digits, none for a leading 0 or a code
// nobody holds.
// Issue 3 (quality): a reader's "then" (or "and") between the groups of a number read out is a
// pause, as a comma is, in the ads' languages; and a count before the digits written as nouns in
// the plural ("three fives", "drei Vieren", "tres sietes", "twee achten") repeats the digit, as the
// Slavic nouns do.
TEST(Phone, ThenBetweenGroupsOfANumberReadOut) {
  EXPECT_EQ(Values("null eins sieben sechs, dann drei Vieren, dann 21 093", "phone", "DE"),
            V{"+4917644421093"});
  EXPECT_EQ(Values("oh seven seven oh oh, nine oh oh, then three fives", "phone", "GB"),
            V{"+447700900555"});
  EXPECT_EQ(Values("восемь девятьсот двенадцать, потом три двойки, потом 47 61", "phone", "RU"),
            V{"+79122224761"});
  EXPECT_EQ(Values("seis uno dos, luego tres sietes, luego 480", "phone", "ES"), V{"+34612777480"});
  EXPECT_EQ(Values("nul zes, dan twee achten en dan 314 275", "phone", "NL"), V{"+31688314275"});
  EXPECT_EQ(Values("sześć zero jeden, potem dwie czwórki i 235 7", "phone", "PL"),
            V{"+48601442357"});
  EXPECT_EQ(Values("нуль шість сім, потім дві п'ятірки, потім 31 08 4", "phone", "UA"),
            V{"+380675531084"});
  // A count and one digit noun are two words read out: the commas around them are pauses.
  EXPECT_EQ(Values("8 9 1 2, три двойки, 4 7 6 1", "phone", "RU"), V{"+79122224761"});
  // Outside a number read out, "then" parts figures as it parts words.
  EXPECT_TRUE(Values("Room 12 then 45 minutes", "phone", "GB").empty());
  EXPECT_TRUE(Values("Zimmer 12, dann 45 Minuten", "phone", "DE").empty());
  EXPECT_EQ(Values("ruf 0176 1234567 an, dann 3 mal klingeln", "phone", "DE"), V{"+491761234567"});
  // An ellipsis after "oh" is a pause, as a comma is (a voicemail's transcript).
  EXPECT_EQ(Values("call me on oh seven seven oh oh... nine oh oh... five two one", "phone", "GB"),
            V{"+447700900521"});
  // Two digits before "then" are a country code or a count, not the number's start; a joining
  // word after tens makes the written digit after it their unit ("setenta y 1" = 71).
  EXPECT_EQ(Values("UK code forty four then 7700 900 123", "phone", "GB"), V{"+447700900123"});
  EXPECT_EQ(Values("6 setenta y 1 cuatro 3 ocho 2 9 5", "phone", "ES"), V{"+34671438295"});
  // Italian writes no nouns for the digits: "tre otto" is 3 8, and no "poi" joins a wrong number.
  EXPECT_TRUE(Values("tre tre nove, poi tre otto, poi 41 72", "phone", "IT").empty());
}

TEST(CountryCodeLength, FindsTheAssignedCodeOfOneToThreeDigits) {
  EXPECT_EQ(CountryCodeLength("12025550143"), 1u);
  EXPECT_EQ(CountryCodeLength("447700900585"), 2u);
  EXPECT_EQ(CountryCodeLength("380501234567"), 3u);
  EXPECT_EQ(CountryCodeLength("00447700900585"), 0u);
  EXPECT_EQ(CountryCodeLength("2891234"), 0u);  // 28 and 289 are not assigned
  EXPECT_EQ(CountryCodeLength("+44"), 0u);
  EXPECT_EQ(CountryCodeLength(""), 0u);
}

// Issue 3 item 4: numbers read aloud in voice-message transcripts, as speech-to-text engines write
// them: a full stop after each group, fillers and the engine's marks in brackets between groups,
// a digit heard as a word that sounds the same. A development set of its own, in the 11
// languages; the text's language unknown, as `ariadne extract` runs without --lang.
TEST(Phone, NumbersReadAloudInVoiceMessageTranscripts) {
  struct Case {
    std::string text, region, phone;
  };
  const std::vector<Case> cases = {
      {"Voicemail transcript: Hi, it's Mia. My number is zero seven seven zero zero. Nine zero "
       "zero. One two three. Call me back.",
       "GB", "+447700900123"},
      {"Transcript: uh so my number is oh seven seven hundred (uh) nine hundred, four five six, "
       "okay?",
       "GB", "+447700900456"},
      {"[Voice message] call me on oh seven seven oh oh [inaudible] nine oh oh seven eight nine",
       "GB", "+447700900789"},
      {"Zero seven seven zero zero, nine zero zero. Um. Two four six. Bye.", "GB", "+447700900246"},
      {"Transcript: text me, oh seven seven oh oh nine oh oh won to three", "GB", "+447700900123"},
      {"Voicemail: it's oh seven seven hundred. Nine oh oh. Four for two. Thanks", "GB",
       "+447700900442"},
      {"Zero seven seven zero zero (pause) nine zero zero (pause) three one six.", "GB",
       "+447700900316"},
      {"Sprachnachricht (Transkript): Hallo, meine Nummer ist null eins sieben sechs. Eins zwei "
       "drei. Vier fünf sechs sieben. Tschüss.",
       "DE", "+491761234567"},
      {"Transkript: meine Nummer ist null eins sieben sechs (ähm) eins zwei drei vier fünf sechs "
       "sieben",
       "DE", "+491761234567"},
      {"Transcription : Bonjour, mon numéro c'est zéro six. Douze. Trente-quatre. Cinquante-six. "
       "Soixante-dix-huit. Merci.",
       "FR", "+33612345678"},
      {"Transcription : mon numéro c'est zéro six, euh [inaudible] douze trente-quatre "
       "cinquante-six soixante-dix-huit",
       "FR", "+33612345678"},
      {"Transcriptie: hoi, mijn nummer is nul zes. Twaalf. Vierendertig. Zesenvijftig. "
       "Achtenzeventig.",
       "NL", "+31612345678"},
      {"Transcriere: numărul meu e zero șapte doi doi. Unu doi trei. Patru cinci șase.", "RO",
       "+40722123456"},
      {"Транскрипция: номерът ми е нула осем осем осем. Едно две три. Четири пет шест.", "BG",
       "+359888123456"},
      {"Transcripción: mi número es seis uno dos. Tres cuatro cinco. Seis siete ocho.", "ES",
       "+34612345678"},
      {"Transcripción: mi número es seis uno dos [pausa] tres cuatro cinco seis siete ocho", "ES",
       "+34612345678"},
      {"Trascrizione: il mio numero è tre tre nove. Uno due tre. Quattro cinque sei sette.", "IT",
       "+393391234567"},
      {"Transkrypcja: mój numer to sześć zero jeden. Dwa trzy cztery. Pięć sześć siedem.", "PL",
       "+48601234567"},
      {"Transkrypcja: mój numer to sześć zero jeden (yyy) dwa trzy cztery pięć sześć siedem", "PL",
       "+48601234567"},
      {"Расшифровка: мой номер восемь девятьсот двенадцать. Триста сорок пять. Шестьдесят семь. "
       "Восемьдесят девять.",
       "RU", "+79123456789"},
      {"Расшифровка: мой номер восемь девять один два (ээ) три четыре пять шесть семь восемь "
       "девять",
       "RU", "+79123456789"},
      {"Транскрипція: мій номер нуль шість сім. Один два три. Чотири п'ять шість сім.", "UA",
       "+380671234567"},
      // A digit corrected ("nine, no, eight"), digit words in another script.
      {"Voicemail transcript: my number is oh seven seven oh oh nine oh oh one two nine, no, "
       "eight",
       "GB", "+447700900128"},
      {"Sprachnachricht: null eins sieben sechs eins zwei drei vier, nein, fünf sechs sieben acht",
       "DE", "+491761235678"},
      {"Golosovoe: moy nomer vosem' devyat' odin dva, tri chetyre pyat', shest' sem' vosem' "
       "devyat'",
       "RU", "+79123456789"},
      {"Voice note: зиро севен севен зиро зиро нине зиро зиро оне тво тхрее", "GB",
       "+447700900123"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Values(c.text, "phone", c.region), V{c.phone}) << c.text;
  }
}

// The same forms around figures that are no phone number: prices, ages, times, dates, counts and
// ranges said aloud in a transcript stay what they are (the full stop, the filler and the
// homophone join groups only inside a number read out).
TEST(Phone, FiguresReadAloudInATranscriptAreNoNumbers) {
  const std::vector<std::pair<std::string, std::string>> decoys = {
      {"Transcript: it's two hundred. Three hundred for the night. Call after nine.", "GB"},
      {"Transcript: I'm twenty five. Twenty six in May. Five foot six. Size eight.", "GB"},
      {"Meet me at seven thirty. Eight o'clock, uh, nine fifteen at the latest.", "GB"},
      {"Rooms one to three are free, four to five hundred a week, two for one.", "GB"},
      {"From nine to five, for two hours. One to one. Six to eight girls.", "GB"},
      {"See you on the twelfth. Twenty twenty six. At nine. Thirty minutes.", "GB"},
      {"one, two, three (pause) four, five, six, seven, eight", "GB"},
      {"Der Preis ist hundertfünfzig. Zweihundert für die ganze Nacht. Ich bin zweiundzwanzig.",
       "DE"},
      {"Je suis née le douze. Mille neuf cent quatre-vingt-dix-neuf. J'ai vingt-six ans.", "FR"},
      {"Ik ben tweeëntwintig. Een uur honderdvijftig. De nacht vierhonderd.", "NL"},
      {"Am douăzeci și doi de ani. O oră două sute. Noaptea opt sute.", "RO"},
      {"На двадесет и две съм. Час двеста. Нощ осемстотин.", "BG"},
      {"Son ciento cincuenta. Doscientos la noche entera. Tengo veintidós años.", "ES"},
      {"Costa centocinquanta. Duecento per la notte. Ho ventidue anni.", "IT"},
      {"Mam dwadzieścia dwa lata. Godzina dwieście. Noc osiemset.", "PL"},
      {"Мне двадцать пять. Рост сто семьдесят. Вес пятьдесят пять. Час пять тысяч.", "RU"},
      {"Мені двадцять два. Година двісті. Ніч вісімсот.", "UA"},
  };
  for (const auto& [text, region] : decoys) {
    EXPECT_TRUE(Values(text, "phone", region).empty()) << text;
  }
  // A whole number read out, then a price after a full stop: the stop ends the number.
  EXPECT_EQ(Values("Transcript: my number is oh seven seven oh oh nine oh oh one two three. Two "
                   "hundred for an hour.",
                   "phone", "GB"),
            V{"+447700900123"});
}

// Issue 3 item 4: a development set of numbers split by an ad's structure (written for it, not
// from any set): a title's first groups and the rest opening the next line (after marks, an emoji
// or a call word on the title's line, a field's label before the rest); chat pieces over an
// app's lines ("Anna is typing…", a time alone, "This message was deleted"), a speaker's emoji or
// "<Media omitted>", an "(edited)" note, a leading emoji, unbracketed times and a Telegram copy's
// other speaker; markdown (emphasis, code, headings, lists, links, escapes "\\_"); numbers read
// in transliterated words; in en de fr nl ro bg es it pl ru uk, with decoys beside (prices per
// hour, postcodes before their place, ages, units, a full stop or a blank line after the title's
// groups, another speaker's digits). Each row: region, text, the phones expected (comma-separated).
TEST(Phone, NumbersSplitByStructureDevelopmentSet) {
  struct Case {
    const char* region;
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      {"GB", "Title: Sophie 07700 900...\nDescription: ...465 call or text anytime x",
       "+447700900465"},
      {"GB", "SOPHIE NEW IN TOWN 07700 900 -\n465 text me babe", "+447700900465"},
      {"DE", "Lina neu in Berlin 0176 4412 /\n3319 ruf an", "+4917644123319"},
      {"FR", "Chloé nouvelle 06 12 34 :\n56 78 appelle-moi", "+33612345678"},
      {"NL", "Nieuw! Eva 06 1234 📞\n5678 bel me", "+31612345678"},
      {"RO", "Ioana 0722 123 call\n456 sună-mă", "+40722123456"},
      {"BG", "Мила 0888 123 ✨\n456 обади се", "+359888123456"},
      {"ES", "Nueva Lucia 612 345\n678 llámame", "+34612345678"},
      {"IT", "Titolo: Giulia 347 123\nDescrizione: 4567 chiamami", "+393471234567"},
      {"PL", "Ola 512 345 💋\nOpis: 678, zadzwoń", "+48512345678"},
      {"RU", "Настя 8 916 123\nОписание: 45 67 звони", "+79161234567"},
      {"UA", "Оля 067 123\n45 67 дзвони", "+380671234567"},
      {"GB", "Anna 07700 900…\nHi I'm Anna, 24, new in town. Text me on …318 for fun",
       "+447700900318"},
      {"GB", "Title: Anna 07700 900 +\nBody: 318 - no withheld numbers", "+447700900318"},
      {"DE", "Titel: Lina 0176 4412 …\nText: 3319 – nur SMS", "+4917644123319"},
      {"FR", "Titre : Chloé 06 12 34 56\nDescription : 78, appelle-moi", "+33612345678"},
      {"ES", "Título: Lucía 612 345…\nDescripción: …678 llámame guapo", "+34612345678"},
      {"NL", "Titel: Eva 06 1234\nOmschrijving: 5678 bel of app", "+31612345678"},
      {"RO", "Titlu: Ioana 0722 123\nDescriere: 456, sună-mă", "+40722123456"},
      {"GB", "Sexy Anna, call 07700\n900 318 anytime", "+447700900318"},
      {"IT", "Giulia 347 123 chiama\n4567 😘", "+393471234567"},
      {"PL", "Tytuł: Ola 512 345 ...\nOpis: ... 678 zadzwoń", "+48512345678"},
      {"GB", "Title: Anna 07700 900\nDescription: Hi, I'm Anna, 24. Last digits 318",
       "+447700900318"},
      {"BG", "Заглавие: Мила 0888 123\nОписание: 456 обади се", "+359888123456"},
      {"RU", "Заголовок: Настя 8 916 123…\nОписание: …45 67 звони", "+79161234567"},
      {"UA", "Заголовок: Оля 067 123\nОпис: 45 67, дзвони", "+380671234567"},
      {"GB", "Title: Anna 23\nDescription: 150 per hour, 200 overnight", ""},
      {"DE", "Lina 0176 4412\nZimmer 33 19", ""},
      {"IT", "Titolo: Giulia 347 123\nDescrizione: 25 anni, 160 cm", ""},
      {"GB", "Title: Anna 07700 900\nDescription: 24 years, 5ft 6", ""},
      {"FR", "Titre : Chloé 75012 Paris\nDescription : 06 12 34 56 78", "+33612345678"},
      {"PL", "Tytuł: Ola 512 345\nOpis: 678 zł za godzinę", ""},
      {"GB", "Title: Anna 07700 900123\nDescription: 24, call 07700 900456",
       "+447700900123,+447700900456"},
      {"ES", "Título: Lucía 28013 Madrid\nDescripción: 612 345 678", "+34612345678"},
      {"RU", "Заголовок: Настя 2024\nОписание: 12 03 звони", ""},
      {"GB", "Title: Anna 07700 900\nDescription: open 10:00 - 22:00", ""},
      {"DE", "Titel: Lina 0176 4412\nText: 12.03.2026 neu in Berlin", ""},
      {"NL", "Titel: Eva 06 1234\nOmschrijving: 1012 AB Amsterdam", ""},
      {"GB", "Call **0770**0 900 123 now", "+447700900123"},
      {"GB", "Text _07700_ 900 123 x", "+447700900123"},
      {"GB", "Number: `07700 900123`", "+447700900123"},
      {"GB", "## 07700 900123\nbook now", "+447700900123"},
      {"GB", "- Call: 07700 900123\n- Text only", "+447700900123"},
      {"GB", "```\n07700 900123\n```", "+447700900123"},
      {"DE", "Ruf an: 0176\\_4412\\_3319", "+4917644123319"},
      {"IT", "Chiama ~~347~~ 123 4567", "+393471234567"},
      {"PL", "Tel: **512** 345 **678**", "+48512345678"},
      {"GB", "[call me](tel:07700900123)", "+447700900123"},
      {"ES", "> **Tel:** 612 345 678", "+34612345678"},
      {"GB", "1. 07700\n2. 900\n3. 123", ""},
      {"RU", "**Телефон:** `8 916 123 45 67`", "+79161234567"},
      {"GB", "| name | phone |\n|---|---|\n| Anna | 07700 900123 |", "+447700900123"},
      {"GB", "__07700__ __900__ __123__", "+447700900123"},
      {"DE", "*0176* *4412* *3319*", "+4917644123319"},
      {"GB", "Price | 150 | 200 | 300", ""},
      {"GB", "# 07700 900\n123 text me", "+447700900123"},
      {"GB", "07700\\-900\\-123", "+447700900123"},
      {"RU", "zvoni: vosem devyat odin shest odin dva tri chetyre pyat shest sem", "+79161234567"},
      {"UA", "nol shist sim odyn dva try chotyry pyat shist sim", "+380671234567"},
      {"BG", "nula osem osem osem edno dve tri chetiri pet shest", "+359888123456"},
      {"FR", "zero six douze trente-quatre cinquante-six soixante-dix-huit", "+33612345678"},
      {"GB", "ноль семь семь ноль ноль девять ноль ноль один два три", "+447700900123"},
      {"FR", "zero six un deux trois quatre cinq six sept huit", "+33612345678"},
      {"PL", "piec jeden dwa trzy cztery piec szesc siedem osiem", "+48512345678"},
      {"RO", "zero sapte doi doi unu doi trei patru cinci sase", "+40722123456"},
      {"UA", "нуль шість сім один два три чотири п'ять шість сім", "+380671234567"},
      {"RU", "8 dev'yat' odin shest' 123 45 67", "+79161234567"},
      {"BG", "нула осем осем осем 123 456", "+359888123456"},
      {"RU", "vosem' devyat' odin shest' odin dva tri chetyre pyat' shest' sem'", "+79161234567"},
      {"ES", "cero seis uno dos tres cuatro cinco seis siete ocho", ""},
      {"IT", "tre quattro sette uno due tre quattro cinque sei sette", "+393471234567"},
      {"RU", "nol' devyat' sem' odin dva", ""},
      {"GB",
       "[12:01, 3/4/2026] Anna: my number is 07700 900\n[12:01, 3/4/2026] Tom: ok\n[12:02, "
       "3/4/2026] Anna: 318",
       "+447700900318"},
      {"GB",
       "[12:01, 3/4/2026] Anna: 07700\n[12:01, 3/4/2026] Anna: 900\n[12:02, 3/4/2026] Anna: 318",
       "+447700900318"},
      {"GB", "Anna: 07700 900\nAnna is typing…\nAnna: 318", "+447700900318"},
      {"GB", "[12:01] Anna: 07700 900\n[12:01] Anna: 318 (edited)", "+447700900318"},
      {"GB", "Anna: 07700 900\n12:01\nAnna: 318", "+447700900318"},
      {"GB", "[12:01] Anna: 07700 900\n[12:01] Anna: 😘\n[12:02] Anna: 318", "+447700900318"},
      {"GB",
       "Anna, [04.12.26 21:05]\n07700 900\n\nTom, [04.12.26 21:05]\nok\n\nAnna, [04.12.26 "
       "21:06]\n318",
       "+447700900318"},
      {"DE", "[21:05] Lina: 0176\n[21:05] Lina: 4412\n[21:05] Lina: 3319", "+4917644123319"},
      {"FR", "[21:05] Chloé : 06 12\n[21:05] Chloé : 34 56\n[21:06] Chloé : 78", "+33612345678"},
      {"RU", "[21:05] Катя: 8916\n[21:05] Клиент: ну?\n[21:06] Катя: 123 45 67", "+79161234567"},
      {"PL", "Ola: mój numer to 512\nOla: 345\nOla: 678 😘", "+48512345678"},
      {"GB", "Anna: 07700 900\nThis message was deleted\nAnna: 318", "+447700900318"},
      {"GB", "[12:01] Anna: 07700 900\n[12:01] Anna: <Media omitted>\n[12:02] Anna: 318",
       "+447700900318"},
      {"GB", "12:01 Anna: 07700 900\n12:02 Anna: 318", "+447700900318"},
      {"ES", "[3/4/26 12:01] Lucía: mi número 612 345\n[3/4/26 12:01] Lucía: 678", "+34612345678"},
      {"IT", "[12:01] Giulia: 347\n[12:01] Marco: dimmi\n[12:02] Giulia: 123\n[12:02] Giulia: 4567",
       "+393471234567"},
      {"UA", "Оля: 067 123\nОля: ✏️ 45 67", "+380671234567"},
      {"GB", "[12:01] Anna: 07700 900\n[12:02] Anna: 318\n[12:03] Tom: 150?\n[12:04] Anna: 200",
       "+447700900318"},
      {"GB", "Anna: 07700\nTom: 900?\nAnna: 318", ""},
      {"GB", "Anna: I'm 23\nAnna: 150 an hour", ""},
      {"GB", "Anna: 07700 900\nTom: 07700 900456\nAnna: 318", "+447700900456"},
      {"GB", "[12:01] Anna: 07700 900\n[12:01] Anna is typing...\n[12:02] Anna: 318",
       "+447700900318"},
      {"NL", "[21:05] Eva: 06 12\n[21:05] Eva: ...\n[21:05] Eva: 34 56 78", "+31612345678"},
      {"BG", "[21:05] Мила: 0888\n[21:05] Мила: 123\n[21:05] Мила: 456", "+359888123456"},
      {"RO", "Ioana: 0722 123\nIoana: restul 456", "+40722123456"},
      {"GB", "Anna:\n07700 900\nAnna:\n318", "+447700900318"},
      {"GB", "[12:01] Anna: 07700 900\n[12:01] Tom: 👍\n[12:02] Anna: 318", "+447700900318"},
      {"DE", "Titel: Lina 0176 4412\nText: 10115 Berlin, Mitte", ""},
      {"ES", "Título: Lucía 612 345\nDescripción: 150 la hora", ""},
      {"GB", "Title: Anna 07700 900\nDescription: 150 per hour", ""},
      {"PL", "Tytuł: Ola 512 345\nOpis: 200 za godzinę", ""},
      {"RU", "Заголовок: Настя 8 916 123\nОписание: 5000 за час", ""},
      {"RO", "Titlu: Ioana 0722 123\nDescriere: 300 lei ora", ""},
      {"BG", "Заглавие: Мила 0888 123\nОписание: 100 лв на час", ""},
      {"IT", "Titolo: Giulia 347 123\nDescrizione: 4567 visite", ""},
      {"UA", "Заголовок: Оля 067 123\nОпис: 500 грн", ""},
      {"GB", "Anna: 07700 900\nAnna is typing…\nTom: 318", ""},
      {"GB",
       "Anna, [04.12.26 21:05]\n07700 900\n\nTom, [04.12.26 21:05]\nhow much for 2?\n\nAnna, "
       "[04.12.26 21:06]\n318",
       ""},
      {"GB", "Price 150\\-200 per hour", ""},
      {"FR", "Titre : Chloé 06 12 34.\n56 78 euros la nuit", ""},
      {"NL", "Titel: Eva 06 1234\n\nOmschrijving: 5678 bel me", ""},
  };
  size_t expected_count = 0, found = 0, false_positives = 0;
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    V expected;
    for (std::string_view rest = c.expected; !rest.empty();) {
      const size_t comma = rest.find(',');
      expected.emplace_back(rest.substr(0, comma));
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
    V got = Values(c.text, "phone", c.region);
    std::sort(got.begin(), got.end());
    got.erase(std::unique(got.begin(), got.end()), got.end());
    for (const std::string& value : expected) {
      ++expected_count;
      found += std::count(got.begin(), got.end(), value) > 0;
    }
    for (const std::string& value : got) {
      false_positives += std::count(expected.begin(), expected.end(), value) == 0;
    }
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(got, expected);
  }
  // 85 phones in 113 snippets (29 with none): on 5150aa5 (its `ariadne extract`, the rows but
  // the last 14 decoys) 59 found, no false positive.
  EXPECT_EQ(expected_count, 85u);
  EXPECT_EQ(found, expected_count);
  EXPECT_EQ(false_positives, 0u);
}

// Issue 3 item 4 (set 18's description: a split number's head joined with a chat export's date
// "05.12", its main false positives): a line that opens with an export's date and time before
// " - " is no continuation of a number that ends the line above. A number's rest alone on the
// next line still joins; pieces over screenshot bubbles join past their read receipts.
TEST(Phone, ChatExportDateUnderANumbersHeadIsNoRest) {
  EXPECT_EQ(Values("05.12.26, 21:14 - Ioana: numărul meu 0747 559\n05.12.26, 21:14 - Client: cât "
                   "costă?\n05.12.26, 21:15 - Ioana: 300 lei",
                   "phone", "RO"),
            V{});
  EXPECT_EQ(Values("05.12.2026, 21:14 - Ola: mój numer 512 345\n05.12.2026, 21:15 - Tomek: "
                   "ile?\n05.12.2026, 21:16 - Ola: 300 zł",
                   "phone", "PL"),
            V{});
  EXPECT_EQ(Values("05-12-2026 21:14 - Eva: 06 1234\n05-12-2026 21:15 - Tom: ok", "phone", "NL"),
            V{});
  EXPECT_EQ(
      Values("05/12/2026 à 21:14 - Chloé: 06 12 34\n05/12/2026 à 21:15 - Marc: ok", "phone", "FR"),
      V{});
  EXPECT_EQ(Values("Ioana: sună la 0747 559\n592 oricând", "phone", "RO"), V{"+40747559592"});
  EXPECT_EQ(Values("Ioana\n068 749\n21:09 ✓✓\n052\n21:10 ✓✓", "phone", "MD"), V{"+37368749052"});
  EXPECT_EQ(Values("Eva\n06 1234 21:14 ✓✓\n5678 21:14 ✓✓", "phone", "NL"), V{"+31612345678"});
}

// Issue 3 item 4 (set 18's false positives: a tip's number or a year joined with the date or
// postcode after it, a version's groups with a postcode): a window of groups reaches no date that
// starts after its first group, set apart by another separator; "version" and "since" in the
// ads' languages are decoys. A number in pairs that ends like a date stays one.
TEST(Phone, TipNumbersYearsAndVersionsBesideDatesAreNoNumbers) {
  EXPECT_EQ(Values("Hinweis eingegangen #78173 · 05.12.2026 22:07", "phone", "DE"), V{});
  EXPECT_EQ(Values("Melding ontvangen #68884 · 05.12.2026 18:05", "phone", "NL"), V{});
  EXPECT_EQ(Values("Член от 2024 · 03.06.2026 21:59", "phone", "BG"), V{});
  EXPECT_EQ(Values("Membre depuis 2021 · 75019 Paris 17e", "phone", "FR"), V{});
  EXPECT_EQ(Values("versión 6.5.175\n28045 Barcelona", "phone", "ES"), V{});
  EXPECT_EQ(Values("appelle 06.12.05.20.26", "phone", "FR"), V{"+33612052026"});
  EXPECT_EQ(Values("ruf an 0171 2345678 · 05.12.2026", "phone", "DE"), V{"+491712345678"});
}

// Issue 3: one '|' written between every digit, with or without blanks, separates the digits (and
// a time on the line before is no part of the number); two single digits with a '|' between them
// are no number.
TEST(Phone, OneMarkBetweenEveryDigit) {
  EXPECT_EQ(Values("звони 0|7|7|0|0|9|0|0|4|1|8", "phone", "GB"), V{"+447700900418"});
  EXPECT_EQ(Values("call 0 | 7 | 7 | 0 | 0 | 9 | 0 | 0 | 5 | 2 | 6\nok", "phone", "GB"),
            V{"+447700900526"});
  EXPECT_EQ(Values("Anruf 12:40\n0|7|7|0|0|9|0|0|6|1|2", "phone", "GB"), V{"+447700900612"});
  EXPECT_EQ(Values("score 3|4 today", "phone", "GB"), V{});
  // Other marks between every digit, where the run is read (the lead, session 50: a number alone
  // on its line after a missed-call or review line).
  EXPECT_EQ(Values("Пропущений виклик\n0\\6\\7\\2\\4\\5\\1\\8\\3\\9\nПередзвонити", "phone", "UA"),
            V{"+380672451839"});
  EXPECT_EQ(Values("Întrebări? 0=6=9=1=2=3=4=5=6\nMulțumim", "phone", "MD"), V{"+37369123456"});
  EXPECT_EQ(Values("ratio 1:2:3:4, sum 2+2+2=6", "phone", "GB"), V{});
}

// Issue 3 item 4 (sets 19-21's voice_filler): a speaker's aside between two ellipses inside a
// number read out in a transcript, whatever its words ("... hang about ...", "... warte mal ...",
// "... бе, чакай ..."), is a pause; a digit's word between the ellipses stays a digit.
TEST(Phone, AnAsideBetweenEllipsesInsideANumberReadOut) {
  EXPECT_EQ(Values("voice memo · transcript: hey, it is zero seven seven zero zero ... hang about "
                   "... nine zero zero two six one",
                   "phone", "GB"),
            V{"+447700900261"});
  EXPECT_EQ(Values("Sprachmemo — Transkript: ja also null eins sechs drei ... warte mal ... vier "
                   "vier zwei eins neun acht sieben",
                   "phone", "DE"),
            V{"+491634421987"});
  EXPECT_EQ(Values("аудио — транскрипция: нула осем седем девет ... бе, чакай ... пет едно две "
                   "шест три четири",
                   "phone", "BG"),
            V{"+359879512634"});
  EXPECT_EQ(Values("nota vocal — transcripción: es el seis dos cuatro ... vale, mira ... uno tres "
                   "ocho cinco nueve dos",
                   "phone", "ES"),
            V{"+34624138592"});
  // "... nine ..." is a group of the number, read as one.
  EXPECT_EQ(Values("voice memo · transcript: zero seven seven zero zero ... nine ... zero zero "
                   "two six one",
                   "phone", "GB"),
            V{"+447700900261"});
}

// Issue 3 item 4 (set 21's ob_two_numeral, ob_three_numeral; ruled: "5 twice" counts): a digit
// told twice or three times with the count after the numeral, between the groups of a number, in
// the languages of the ads; the number may end with it. A count in prose, with no group of digits
// before it, stays a count.
TEST(Phone, ADigitToldTwiceOrThreeTimesWithTheCountAfterIt) {
  EXPECT_EQ(Values("txt 07700 9, 0 twice, 417", "phone", "GB"), V{"+447700900417"});
  EXPECT_EQ(Values("Handy 0151, 7 dreimal, 23456", "phone", "DE"), V{"+4915177723456"});
  EXPECT_EQ(Values("tél 06, 2 trois fois, 14587", "phone", "FR"), V{"+33622214587"});
  EXPECT_EQ(Values("bel 0612, 5 twee keer, 3478", "phone", "NL"), V{"+31612553478"});
  EXPECT_EQ(Values("sună 0741288, 8 de trei ori", "phone", "RO"), V{"+40741288888"});
  EXPECT_EQ(Values("тел. 0878, 4 два пъти, 1234", "phone", "BG"), V{"+359878441234"});
  EXPECT_EQ(Values("llama 6123, 4 dos veces, 567", "phone", "ES"), V{"+34612344567"});
  EXPECT_EQ(Values("chiama 3471, 0 tre volte, 456", "phone", "IT"), V{"+393471000456"});
  EXPECT_EQ(Values("dzwoń 601, 3 dwa razy, 4567", "phone", "PL"), V{"+48601334567"});
  EXPECT_EQ(Values("звони 8916, 2 три раза, 4567", "phone", "RU"), V{"+79162224567"});
  EXPECT_EQ(Values("дзвони 067, 5 двічі, 12345", "phone", "UA"), V{"+380675512345"});
  EXPECT_EQ(Values("I called 3 times, 2 times today", "phone", "GB"), V{});
}

// Issue 3 item 4 (set 21's split_lines, split_sentences): a number told in parts over a speaker's
// chat messages that open with "it starts" (no "my number" before it), then "then", then "at the
// end", or over sentences whose middle one says "in the middle" and last one "the last digits:".
// Parts with no word of ending stay apart.
TEST(Phone, ANumberToldInPartsOverMessagesOrSentencesWithMiddleAndLastWords) {
  EXPECT_EQ(Values("Zoe: it starts 07700\nZoe: then 900\nZoe: and at the end 318", "phone", "GB"),
            V{"+447700900318"});
  EXPECT_EQ(Values("Ina: fängt mit 0157 an\nIna: dann 2468\nIna: und am Ende 1357", "phone", "DE"),
            V{"+4915724681357"});
  EXPECT_EQ(Values("Вени: започва с 0878\nВени: после 552\nВени: и накрая 914", "phone", "BG"),
            V{"+359878552914"});
  EXPECT_EQ(Values("Ola: zaczyna się od 601\nOla: potem 228\nOla: a na końcu 475", "phone", "PL"),
            V{"+48601228475"});
  EXPECT_EQ(Values("Mon numéro commence par 0612. Au milieu 448. Les derniers chiffres : 903.",
                   "phone", "FR"),
            V{"+33612448903"});
  EXPECT_EQ(
      Values("Мой номер начинается на 8916. В середине 223. Последние цифры: 4411.", "phone", "RU"),
      V{"+79162234411"});
  EXPECT_EQ(
      Values("Il mio numero inizia con 3385. In mezzo 612. Le ultime cifre: 907.", "phone", "IT"),
      V{"+393385612907"});
  EXPECT_EQ(Values("Zoe: it starts 07700\nZoe: then 900\nZoe: 318 is my flat", "phone", "GB"), V{});
}

// Issue 3 item 4 (set 22's ob_two_times_sign, ob_three_times_sign; ruled: "7×2" is the digit
// written twice): a digit with the multiplication sign and its count glued after it, between the
// groups of a number or ending it. Dimensions ("90×60 cm", "2×250 ml") and a count with too few
// digits around it stay what they are.
TEST(Phone, ADigitWithTheMultiplicationSignAndItsCount) {
  EXPECT_EQ(Values("Night desk: 07700 9 0×2 412", "phone", "GB"), V{"+447700900412"});
  EXPECT_EQ(Values("Handy 0151 7×3 23456", "phone", "DE"), V{"+4915177723456"});
  EXPECT_EQ(Values("Kontakt: 601 238 5×3", "phone", "PL"), V{"+48601238555"});
  EXPECT_EQ(Values("Table 90×60 cm, 2×250 ml, 40×30×15", "phone", "GB"), V{});
  EXPECT_EQ(Values("Room 12 3×2 m", "phone", "GB"), V{});
}

// Issue 3 item 4 (set 22's split_chat_timestamps): a number told in parts over chat messages,
// each with its time, the first part after a "first" word that opens its message ("prima",
// "întâi", "primero"), the later ones in messages of their own with a word of the middle and of
// the end ("then", "la urmă", "y por último"). Parts with no word of ending stay apart.
TEST(Phone, ANumberToldInPartsOverTimedMessagesAfterAFirstWord) {
  EXPECT_EQ(Values("[09:14] Ruby: first 07700\n[09:20] Ruby: then 900\n[09:03] Ruby: and "
                   "finally 271",
                   "phone", "GB"),
            V{"+447700900271"});
  EXPECT_EQ(
      Values("[8:02] Ioana: mai întâi 0744\n[8:05] Ioana: apoi 512\n[8:09] Ioana: la urmă 903",
             "phone", "RO"),
      V{"+40744512903"});
  EXPECT_EQ(Values("[11:40] Lucía: primero 612\n[11:41] Lucía: luego 345\n[11:47] Lucía: y por "
                   "último 678",
                   "phone", "ES"),
            V{"+34612345678"});
  EXPECT_EQ(
      Values("[09:14] Ruby: first 07700\n[09:20] Ruby: then 900\n[09:03] Ruby: 271 is my flat",
             "phone", "GB"),
      V{});
  EXPECT_EQ(Values("[09:14] Ruby: room 12\n[09:20] Ruby: then we eat at 1900", "phone", "GB"), V{});
}

// Issue 3 item 4 (set 22's voice notes): a voice message's heading that gives its duration ("🎤
// Audio 0:18 · transcribed automatically ·") heads a transcript as "Transcript:" does: the
// number read out in it with fillers between its groups is one.
TEST(Phone, AVoiceNoteHeadedByItsDurationIsATranscript) {
  EXPECT_EQ(Values("🎤 Audio 0:31 · transcribed automatically · hi, it's Mia, save my number: "
                   "zero seven seven zero zero ... erm ... 900 ... so ... four one two",
                   "phone", "GB"),
            V{"+447700900412"});
  EXPECT_EQ(Values("Sprachnachricht (0:21) hallo, meine Nummer: null eins fünf eins … ähm … 2345 "
                   "… also … sechs sieben acht neun",
                   "phone", "DE"),
            V{"+4915123456789"});
}

// Issue 3 item 4 (set 22's voice_filler_in_group): in a voice message's transcript, a speaker's
// aside set off by commas inside a number read out, whatever its words ("…, sorry, …", "…, du
// coup, …", "…, no więc, …"), is a pause as one between ellipses is; a compound of number words
// between commas stays a group of the number.
TEST(Phone, AnAsideBetweenCommasInsideANumberReadOut) {
  EXPECT_EQ(Values("Transcript: save my number: zero seven seven zero zero nine, I mean, zero zero "
                   "two six one",
                   "phone", "GB"),
            V{"+447700900261"});
  EXPECT_EQ(Values("Transcription : note mon numéro : zéro six un deux, du coup, trois quatre cinq "
                   "six sept huit",
                   "phone", "FR"),
            V{"+33612345678"});
  EXPECT_EQ(Values("Transcription : \"Zéro six, quarante et un, quatre-vingt-dix-sept, vingt-deux, "
                   "soixante-huit.\"",
                   "phone", "FR"),
            V{"+33641972268"});
}

// Issue 3 item 4 (set 23's ob_count_paren_*): a digit with its count in brackets, "(x2)", "(x3)",
// "(×2)" or "(2x)", is the digit written two or three times in its place, as "5 twice" is.
TEST(Phone, ADigitWithItsCountInBrackets) {
  EXPECT_EQ(Values("Call 07700 9 0 (x2) 412", "phone", "GB"), V{"+447700900412"});
  EXPECT_EQ(Values("RSVP to 212 5 (x3) 0143", "phone", "US"), V{"+12125550143"});
  EXPECT_EQ(Values("Handy 0151 7 (×3) 23456", "phone", "DE"), V{"+4915177723456"});
  EXPECT_EQ(Values("Kontakt: 601 238 5 (3x)", "phone", "PL"), V{"+48601238555"});
  // A count in brackets after a quantity is no digit's.
  EXPECT_EQ(Values("Towels 2 (x2), room 12 3 (x4) 07", "phone", "GB"), V{});
}

// Issue 3 item 4 (set 23's split_starts_ends): a number told as "starts with … and ends with …"
// in one sentence is the two parts joined (the lead's ruling), also after a question ("my
// number? It starts with …") and with German's particles ("fängt mit … an und hört mit … auf").
TEST(Phone, ANumberThatStartsAndEndsInOneSentence) {
  EXPECT_EQ(Values("Tanya: my number? It starts with 07700 and ends with 900412.", "phone", "GB"),
            V{"+447700900412"});
  EXPECT_EQ(
      Values("Lena: meine Nummer? Sie fängt mit 015177 an und hört mit 723456 auf.", "phone", "DE"),
      V{"+4915177723456"});
  EXPECT_EQ(Values("Деси: номерът ми? Започва с 08877 и завършва на 12345.", "phone", "BG"),
            V{"+359887712345"});
  // Without a verb of ending the second number is another's.
  EXPECT_EQ(Values("My number? It starts with 07700 and room 12 is free.", "phone", "GB"), V{});
}

// Issue 3 item 4 (the screenshot OCR families of sets 19-23): a number read off a screenshot,
// standing alone on its line (maybe behind a pictograph or a bracketed tag) or ending a
// quotation, with digits misread as letters and marks of like shape ("()" 0, "!" "]" "l" 1, "z"
// 2, "h" "A" 4, "$" "S" 5, "G" "b" 6, "?" "T" 7, "&" "B" 8, "q" "g" 9) and pictographs or
// specks between its groups. Prose, units and codes keep their letters.
TEST(Phone, ANumberReadOffAScreenshotByOcr) {
  EXPECT_EQ(
      Values("🖼 Alt text (auto): screenshot of a chat, the text reads “call me 07?0() 9()0 "
             "412”",
             "phone", "GB"),
      V{"+447700900412"});
  EXPECT_EQ(Values("Alt text: the text reads “call me 2!2 🌙 $55 🌙 ()143”", "phone", "US"),
            V{"+12125550143"});
  EXPECT_EQ(Values("12:39 ⚡ 4G 80%\n< Greta\n0770() 900 4!z\nCall · Message", "phone", "GB"),
            V{"+447700900412"});
  EXPECT_EQ(Values("[OCR] o77oo 9oo 4l2", "phone", "GB"), V{"+447700900412"});
  EXPECT_EQ(Values("Missed call\n2l2‘ S55‘ 0l43\nTampa · 16:39", "phone", "US"), V{"+12125550143"});
  // In prose, in a quotation that goes on, or glued to a word: as written.
  EXPECT_EQ(Values("Open 10h-22h, call 0l51 ABZ 3456 today", "phone", "DE"), V{});
  EXPECT_EQ(Values("she said “call me 2!2 $55 ()143 tonight”", "phone", "US"), V{});
  EXPECT_EQ(Values("call me 2!2 $55 ()143", "phone", "US"), V{});
  EXPECT_EQ(Values("SB1234567\n36B 75B 80B", "phone", "GB"), V{});
}

// Issue 3 item 4 (set 24's ob_group_sum): a number's last group written as a sum in brackets,
// "(4000+552)", so that a filter finds no number, is the sum's digits; a room's "3 (2+1)" or a
// sum after a short group is none.
TEST(Phone, ALastGroupWrittenAsASumInBrackets) {
  EXPECT_EQ(Values("text me here: 07700 900 (200+94)", "phone", "GB"), V{"+447700900294"});
  EXPECT_EQ(Values("Zgłoszenia: 661 173 (800 + 91)\nZmiana 19:45", "phone", "PL"),
            V{"+48661173891"});
  EXPECT_EQ(Values("Flat 3 (2+1) for 450, call later", "phone", "GB"), V{});
  EXPECT_EQ(Values("Total 12 (10+2) items", "phone", "GB"), V{});
}

// Issue 3 item 4 (set 24's split_first_last_counted): a number told as two groups, each after the
// count of its digits ("first 5 digits: 07700 · last 6: 900718"), is the two groups: the counts
// are labels. A count that does not match its group labels nothing.
TEST(Phone, TwoGroupsEachAfterTheCountOfItsDigits) {
  EXPECT_EQ(Values("bookings: first 5 digits: 07700 · last 6: 900718", "phone", "GB"),
            V{"+447700900718"});
  EXPECT_EQ(Values("réservations : les 5 premiers chiffres : 07910 · les 5 derniers : 75837",
                   "phone", "CH"),
            V{"+41791075837"});
  EXPECT_EQ(Values("Зв'язок: перші 4 цифри: 0936 · останні 6: 456102", "phone", "UA"),
            V{"+380936456102"});
  EXPECT_EQ(Values("first 4 digits: 07700 · last 6: 900718", "phone", "GB"), V{});
}

// Issue 3 item 4 (set 24's ob_hashtag_groups): a number written as hashtags of its groups ("#725
// #020 #590 #job") is the number; two hashtags of digits, or a ranking "#1 #2", are none.
TEST(Phone, GroupsWrittenAsHashtags) {
  EXPECT_EQ(Values("Send photos to #775 #555 #0195 #job", "phone", "US"), V{"+17755550195"});
  EXPECT_EQ(Values("Fotos an #0171 #283 #87 #927 #new", "phone", "DE"), V{"+4917128387927"});
  EXPECT_EQ(Values("Top posts #1 #2 #3 #2026", "phone", "GB"), V{});
  EXPECT_EQ(Values("#0171 #2838 today", "phone", "DE"), V{});
}

// Issue 3 item 4 (set 24's ob_lookalike_roman_fw): the Latin tone five Ƽ stands for a 5 and the
// ezh Ʒ for a 3 among digits, as the Roman numeral Ⅰ and the full-width Ｏ stand for 1 and 0.
TEST(Phone, ToneFiveAndEzhAmongDigits) {
  EXPECT_EQ(Values("Contact: 328 ƼⅠ6 Ʒ572", "phone", "IT"), V{"+393285163572"});
  EXPECT_EQ(Values("Kontakt: 0152 ƷⅠ7 08 6Ⅰ4", "phone", "DE"), V{"+4915231708614"});
}

// Issue 3 item 4 (set 24's split_two_senders): in a group chat, a message that ends in a number's
// first digits and the next message, maybe another speaker's, giving "the rest" are one number;
// a next message without a word for the rest is another matter.
TEST(Phone, TheRestOfANumberInTheNextChatMessage) {
  EXPECT_EQ(Values("Gemma: who has Holly's number?\nLeah: I only have the start: 07700\nGemma: "
                   "the rest is 900 025",
                   "phone", "GB"),
            V{"+447700900025"});
  EXPECT_EQ(Values("Noemi: chi ha il numero di Elisa?\nMarta: ho solo l'inizio: 346\nNoemi: il "
                   "resto è 765 9739",
                   "phone", "IT"),
            V{"+393467659739"});
  EXPECT_EQ(Values("Leah: I only have the start: 07700\nGemma: room 900 025", "phone", "GB"), V{});
}

// Issue 3 item 4 (set 25): the combining marks with which styled text underlines, overlines or
// encloses every character (U+0332, U+0305, U+20DD) spell nothing; the digits under them are the
// number.
TEST(Phone, DigitsUnderlinedOverlinedOrEnclosed) {
  EXPECT_EQ(
      Values(
          "Phone: 0\u03327\u03327\u03320\u03320\u0332 9\u03320\u03320\u03321\u03322\u03323\u0332",
          "phone", "GB"),
      V{"+447700900123"});
  EXPECT_EQ(
      Values(
          "Phone: 0\u03057\u03057\u03050\u03050\u0305 9\u03050\u03050\u03051\u03052\u03054\u0305",
          "phone", "GB"),
      V{"+447700900124"});
  EXPECT_EQ(
      Values(
          "Phone: 0\u20DD7\u20DD7\u20DD0\u20DD0\u20DD 9\u20DD0\u20DD0\u20DD1\u20DD2\u20DD5\u20DD",
          "phone", "GB"),
      V{"+447700900125"});
}

// Issue 3 item 4 (set 25): format characters (general category Cf) that are not default-ignorable,
// as the Egyptian hieroglyph format controls and the interlinear annotation marks, between the
// digits of each group go as the ignorable ones do.
TEST(Phone, FormatCharactersBetweenDigits) {
  EXPECT_EQ(Values("Phone: 0\U000134367\U000134367\U0001343600 "
                   "9\U000134360\U000134360\U000134361\U000134362\U000134366",
                   "phone", "GB"),
            V{"+447700900126"});
  EXPECT_EQ(Values("Phone: 0\uFFF97\uFFF97\uFFF900 9\uFFF900\uFFF912\uFFF97", "phone", "GB"),
            V{"+447700900127"});
}

// Issue 3 item 4 (set 25): letters that Unicode's confusables give as a digit, or as O and l, stand
// for that digit among digits: Lisu ꓳ for 0, Ȣ for 8 (ℓ is l after NFKC).
TEST(Phone, UnicodesConfusablesForDigitsAmongDigits) {
  EXPECT_EQ(Values("Phone: 0ȢȢ 996 4ℓ32", "phone", "BG"), V{"+359889964132"});
  EXPECT_EQ(Values("Telefon: 077ꓳꓳ 9ꓳꓳ 128", "phone", "GB"), V{"+447700900128"});
  // A word of such letters among words stays a word.
  EXPECT_EQ(Values("ꓳȢ ȢꓳȢ", "phone", "GB"), V{});
}

// Issue 3 item 4 (set 25): the dot punctuation of manuscripts and runes between every digit is
// a separator, as a bullet is: ⁞ ⸽ ᛫.
TEST(Phone, DotPunctuationBetweenEveryDigit) {
  EXPECT_EQ(Values("kontakt: 0⁞7⁞7⁞0⁞0⁞9⁞0⁞0⁞1⁞2⁞9", "phone", "GB"), V{"+447700900129"});
  EXPECT_EQ(Values("kontakt: 0⸽7⸽7⸽0⸽0⸽9⸽0⸽0⸽1⸽3⸽0", "phone", "GB"),
            V{"+447700900130"});
  EXPECT_EQ(Values("kontakt: 0᛫7᛫7᛫0᛫0᛫9᛫0᛫0᛫1᛫3᛫1", "phone", "GB"), V{"+447700900131"});
}

// Issue 3 item 4 (set 25): a form's row of boxes with one digit each, between bars: the outer bars
// are the first and last box's sides, not a look-alike of 1.
TEST(Phone, OneDigitPerBoxBetweenBars) {
  EXPECT_EQ(Values("Phone: |0|7|7|0|0|9|0|0|1|3|2|  (write one digit per box)", "phone", "GB"),
            V{"+447700900132"});
}

// Issue 3 item 4 (set 25, the lead's ruling): each digit followed by its word in brackets, as a
// number is dictated for clarity, is the digit once.
TEST(Phone, ADigitFollowedByItsWordInBrackets) {
  EXPECT_EQ(Values("Phone: 0 (zero) 7 (seven) 7 (seven) 0 (zero) 0 (zero) 9 (nine) 0 (zero) 0 "
                   "(zero) 1 (one) 3 (three) 3 (three)",
                   "phone", "GB"),
            V{"+447700900133"});
  EXPECT_EQ(Values("Solicitud: 7 (siete) 1 (uno) 8 (ocho) 1 (uno) 4 (cuatro) 2 (dos) 9 (nueve) 1 "
                   "(uno) 1 (uno)",
                   "phone", "ES"),
            V{"+34718142911"});
}

// Issue 3 item 4 (set 25, the lead's ruling): a superscript digit glued after a number's digit
// counts it, as "5 twice" does ("0 7²0" is 0 770); a number written in superscripts throughout,
// and an exponent of a short number, are digits.
TEST(Phone, ASuperscriptCountsTheDigitBefore) {
  EXPECT_EQ(Values("Phone: 07²00 900 134", "phone", "GB"), V{"+447700900134"});
  EXPECT_EQ(Values("Phone: 07700 90² 135", "phone", "GB"), V{"+447700900135"});
  EXPECT_EQ(Values("ring ⁰⁷⁷⁰⁰ ⁹⁰⁰ ¹³⁶", "phone", "GB"), V{"+447700900136"});
}

// Finnish number words (CLDR rbnf fi), as ads placed in Finland write a number to hide it: digit
// by digit, or with tens glued to their units ("kaksikymmentäyksi" = 21). A price in words is no
// number.
TEST(Phone, FinnishNumberWords) {
  EXPECT_EQ(Values("Hei, olen Aino. Numeroni kirjaimin: nolla neljä nolla yhdeksän viisi neljä "
                   "seitsemän seitsemän kolme neljä, soita illalla.",
                   "phone", "FI"),
            V{"+358409547734"});
  EXPECT_EQ(Values("Soita minulle: nolla neljä nolla, yhdeksän viisi neljä, seitsemän "
                   "kaksikymmentäyksi neljä. Kiitos ja tervetuloa.",
                   "phone", "FI"),
            V{"+358409547214"});
  EXPECT_TRUE(Values("Hinnat: tunti sata euroa, kaksi tuntia kaksisataa euroa, tervetuloa "
                     "kahdeksan jälkeen.",
                     "phone", "FI")
                  .empty());
}

// Norwegian, Danish and Swedish number words (CLDR rbnf nb, da, sv), read where the ad's language
// is known to be theirs (numbers written for this test): digit by digit, tens glued to their units
// ("tjuefem", Swedish "tjugofem") or after them ("femogtyve", Danish). Where the language is
// unknown, their words are other languages' ("to", "en", "sex"): no number.
std::vector<std::string> PhonesIn(std::string_view text, std::string region, std::string lang) {
  ExtractContext context;
  context.region = std::move(region);
  context.lang = std::move(lang);
  context.ads = true;
  return Values(testing::Extractor().Extract(text, context), "phone");
}

TEST(Phone, ScandinavianNumberWordsWhereTheLanguageIsKnown) {
  const std::string norwegian =
      "Hei, jeg er Nora. Nummeret mitt med bokstaver: ni sju tre fire en to fem seks, ring i "
      "kveld.";
  EXPECT_EQ(PhonesIn(norwegian, "NO", "no"), V{"+4797341256"});
  EXPECT_EQ(PhonesIn("Ring meg: fire en to, tjuefem, syv åtte null. Velkommen!", "NO", "no"),
            V{"+4741225780"});
  EXPECT_EQ(
      PhonesIn("Mit nummer med bogstaver: to seks fire fem syv otte en tre. Kys.", "DK", "da"),
      V{"+4526457813"});
  EXPECT_EQ(PhonesIn("Ring til: to seks, femogfyrre, syv otte en tre.", "DK", "da"),
            V{"+4526457813"});
  EXPECT_EQ(
      PhonesIn("Mitt nummer med bokstäver: noll sju noll en två tre fyra fem sex sju.", "SE", "sv"),
      V{"+46701234567"});
  EXPECT_TRUE(PhonesIn(norwegian, "NO", "").empty());
  // A price in words is no number.
  EXPECT_TRUE(
      PhonesIn("Pris: en time to tusen kroner, to timer tre tusen fem hundre kroner.", "NO", "no")
          .empty());
}

}  // namespace
}  // namespace ariadne::extract
