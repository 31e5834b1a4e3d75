// Issue 3 item 4 (xfam27): the families the twenty-seventh blind set showed, each written here with
// synthetic snippets of our own in several of the languages: netmasks and reserved addresses that
// are no hosts, hex letters of an IPv6 address that are no digit look-alikes, coordinates and
// invoice numbers that are no phones, e-mails cut by a quoted-printable soft line break, at and dot
// words written with look-alike letters of other scripts, and tel: links percent-encoded with a
// three-digit country code.
#include <gtest/gtest.h>

#include <algorithm>

#include "extract/test_util.h"

namespace ariadne::extract {
namespace {

using testing::Values;
using V = std::vector<std::string>;

// A dotted quad of ones then zeros is a netmask, in any language's words around it or none.
TEST(Family27, NetmasksAreNoAddresses) {
  for (const char* text : {
           "netmask 255.255.255.0 · gateway 192.168.1.1",
           "Netzmaske 255.255.0.0, Gateway 10.0.0.1",
           "masque de sous-réseau 255.255.255.240",
           "máscara de red 255.255.255.128 · puerta 192.168.4.1",
           "маска сети 255.255.255.0 · шлюз 192.168.225.1",
           "маска на мрежата 255.255.252.0",
           "mască de rețea 255.255.255.192",
           "inet 192.168.1.20 / 255.255.255.248",
           "subnet 255.0.0.0 and 255.255.255.254",
       }) {
    EXPECT_TRUE(Values(text, "ip").empty()) << text;
    EXPECT_TRUE(Values(text, "phone", "DE").empty()) << text;
  }
  // The host beside its mask is still read, and a quad that is no mask (its ones not contiguous)
  // is an address.
  EXPECT_EQ(Values("ip 203.0.113.7 mask 255.255.255.0", "ip"), V{"203.0.113.7"});
  EXPECT_EQ(Values("from 128.66.0.9 today", "ip"), V{"128.66.0.9"});
  EXPECT_EQ(Values("from 198.51.100.255 today", "ip"), V{"198.51.100.255"});
}

// 240.0.0.0/4 (reserved, with the limited broadcast 255.255.255.255) and 0.0.0.0/8 ("this
// network") are not global in the IANA IPv4 special-purpose address registry.
TEST(Family27, ReservedAndThisNetworkAddressesAreNoHosts) {
  EXPECT_TRUE(Values("seen from 240.12.7.9 at 02:14", "ip").empty());
  EXPECT_TRUE(Values("broadcast 255.255.255.255 only", "ip").empty());
  EXPECT_TRUE(Values("Quelle 250.1.2.3", "ip").empty());
  EXPECT_TRUE(Values("listen 0.0.0.0 port 80", "ip").empty());
  EXPECT_EQ(Values("seen from 239.255.1.2 and 223.1.2.3", "ip"), (V{"239.255.1.2", "223.1.2.3"}));
}

// Hex letters inside an IPv6 address are hex digits: a "B" is no "8".
TEST(Family27, HexLettersOfAnIpv6AddressAreNoDigitLookalikes) {
  EXPECT_EQ(Values("login from [2A01:3B39:326:0:0:0:0:79B5]:8443 at 02:10", "ip"),
            V{"2a01:3b39:326::79b5"});
  EXPECT_EQ(Values("X-Forwarded-For: 2001:DB8:BB:0:0:0:0:B1", "ip"), V{"2001:db8:bb::b1"});
  EXPECT_EQ(Values("Последний вход: 2A0B:4B1::BB0 (Москва)", "ip"), V{"2a0b:4b1::bb0"});
  EXPECT_EQ(Values("{\"ip\": \"2001:db8:b:b::5b\"}", "ip"), V{"2001:db8:b:b::5b"});
  // Folded, the address would still be one, a wrong one ("2B17" read as "2817").
  EXPECT_EQ(Values("Panel: https://[2001:DB8:4CAE:0:0:0:A10:2B17]:8443/admin", "ip"),
            V{"2001:db8:4cae::a10:2b17"});
}

// Decimal coordinates are no phone numbers; a phone beside them still is.
TEST(Family27, DecimalCoordinatesAreNoPhones) {
  for (const auto& [text, region] : std::vector<std::pair<const char*, const char*>>{
           {"Treffpunkt: 52.37021, 4.89521", "DE"},
           {"Meeting point: 51.50735, -0.12776", "GB"},
           {"Point de rendez-vous : 48.8566, 2.3522", "FR"},
           {"lat 48.85661 lon 2.35222", "FR"},
           {"Punto d'incontro: 45.46421, 9.18951", "IT"},
           {"Место встречи: 55.75582, 37.61730", "RU"},
           {"Miejsce spotkania: 52.22977; 21.01178", "PL"},
           {"Ontmoetingspunt: 52.3702 4.8952", "NL"},
           {"Punct de întâlnire: 44.42676, 26.10254", "RO"},
           {"GPS 40.41677,-3.70379", "ES"},
       }) {
    EXPECT_TRUE(Values(text, "phone", region).empty()) << text;
  }
  EXPECT_EQ(Values("Tel. 0176 44517575 · Treffpunkt 52.37021, 4.89521", "phone", "DE"),
            V{"+4917644517575"});
}

// Degrees stop at 180: two Italian mobiles written with a dot after their prefix are two phones,
// not a pair of coordinates (the review of session 58).
TEST(Family27, ItalianMobilesWithADotAreNoCoordinates) {
  V found = Values("Chiamami 347.1234567 e 328.7654321", "phone", "IT");
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (V{"+393287654321", "+393471234567"}));
}

// Invoice and payment references, by their word or by their year-and-serial shape, are no phones.
TEST(Family27, InvoiceReferencesAreNoPhones) {
  for (const auto& [text, region] : std::vector<std::pair<const char*, const char*>>{
           {"Invoice no. INV-2026-34330", "GB"},
           {"Faktura nr FV/434/03/2026", "PL"},
           {"Facture F-2026-42430", "FR"},
           {"Rechnung RE-2026/00417", "DE"},
           {"Счёт № 2026/004172", "RU"},
           {"Рахунок 2026-0041729", "UA"},
           {"Factuur nr. F-2026-52776", "NL"},
           {"Facture n° F-2026-41397", "BE"},
           {"Factuur nr. F-2025-36619", "BE"},
           {"Fattura n. 2026/0041723", "IT"},
           {"Factura FAC-2026-004172", "ES"},
           {"Фактура № 2026-00417", "BG"},
           {"ref. 2026/0041729", "IT"},
           {"Plata: 0041729/2026", "RO"},
       }) {
    EXPECT_TRUE(Values(text, "phone", region).empty()) << text;
  }
  EXPECT_EQ(Values("Rechnung 2026/00417 · Tel. 0176 44517575", "phone", "DE"), V{"+4917644517575"});
}

// Two phones after a word of three capitals are two phones, not one parcel code (the review of
// session 58), while a code printed in fours after capitals is still a code.
TEST(Family27, TwoPhonesAfterAWordOfCapitalsAreNoParcelCode) {
  V found = Values("VIP 07700 900123 07700 900456", "phone", "GB");
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (V{"+447700900123", "+447700900456"}));
  EXPECT_TRUE(Values("JJD 5206 0090 3495 4636", "phone", "DE").empty());
}

// Capitals that name a phone before a number glued by dashes open no reference, even when a group
// looks like a year (the review of session 58).
TEST(Family27, APhoneWordGluedBeforeANumberOpensNoReference) {
  EXPECT_EQ(Values("TEL-202-555-2019", "phone", "US"), V{"+12025552019"});
  EXPECT_TRUE(Values("INV-202-555-2019", "phone", "US").empty());
}

// An ISBN-13 whose check digit holds, however its groups fall, and payment references after
// their word, are no phones.
TEST(Family27, IsbnsAndPaymentReferencesAreNoPhones) {
  EXPECT_TRUE(Values("Handbuch, ISBN 978-3-0176-4451-1", "phone", "DE").empty());
  EXPECT_TRUE(Values("Manuel : 978-2-0612-3456-3", "phone", "FR").empty());
  EXPECT_TRUE(Values("Betalingskenmerk 6120 4896 3827 1735", "phone", "BE").empty());
  EXPECT_TRUE(Values("Verwendungszweck 0176 4451 7575 12", "phone", "DE").empty());
  // The phone beside them is read.
  EXPECT_EQ(Values("ISBN 978-3-0176-4451-1 · Tel. 0176 44517575", "phone", "DE"),
            V{"+4917644517575"});
}

// An address a quoted-printable soft line break ("=" at the end of a line) cuts is one address.
TEST(Family27, EmailsCutByASoftLineBreakAreJoined) {
  const std::string header =
      "Content-Type: text/plain; charset=utf-8\n"
      "Content-Transfer-Encoding: quoted-printable\n\n";
  EXPECT_EQ(Values(header + "Schreib an:\nanna.k=\n@mail.example =E2=80=93 OK", "email"),
            V{"anna.k@mail.example"});
  EXPECT_EQ(Values(header + "Пиши сюда:\nira_pine65@exa=\nmple.org =E2=80=93 OK", "email"),
            V{"ira_pine65@example.org"});
  EXPECT_EQ(Values(header + "Scrie la: lena.v=\r\nale@post.example.net", "email"),
            V{"lena.vale@post.example.net"});
  EXPECT_EQ(Values(header + "Contact: tom@=\nexample.com", "email"), V{"tom@example.com"});
  // Without a header, "=3D" and "=20" escapes say the text is quoted-printable.
  EXPECT_EQ(Values("Schrijf hier: nika.dune46@exam=\nple.org=20=3D OK", "email"),
            V{"nika.dune46@example.org"});
  // Not a mail source: the line's "=" is no soft break.
  EXPECT_EQ(Values("a = b\nanna.k@mail.example", "email"), V{"anna.k@mail.example"});
  EXPECT_EQ(Values("x=1\nnika@exam=\nple.org", "email").size(), 0u);
  // An escape counts within 4 KiB of the address only.
  const std::string far = "a =3D b\n" + std::string(5000, 'x') + " nika@exam=\nple.org";
  EXPECT_EQ(Values(far, "email").size(), 0u);
  EXPECT_EQ(Values("a =3D b\n" + std::string(3000, 'x') + " nika@exam=\nple.org", "email"),
            V{"nika@example.org"});
  // Many cut addresses, each read.
  std::string many = header;
  for (int k = 0; k < 50; ++k) many += "n" + std::to_string(k) + "@exam=\nple.org\n";
  EXPECT_EQ(Values(many, "email").size(), 50u);
}

// The at and dot words written with look-alike letters of other scripts (Cyrillic а, о; Greek α,
// ο) are the at and dot words.
TEST(Family27, AtAndDotWordsWithLookalikeLettersOfOtherScripts) {
  // Cyrillic а (U+0430) and о (U+043E).
  EXPECT_EQ(Values("Gemeld contact: nika_gale34 (\xD0\xB0t) post (d\xD0\xBEt) example (d\xD0\xBEt) "
                   "net",
                   "email"),
            V{"nika_gale34@post.example.net"});
  // Greek α (U+03B1) and ο (U+03BF), in square brackets.
  EXPECT_EQ(
      Values("Kontakt: olaf.wien [\xCE\xB1t] mail [d\xCE\xBFt] example [d\xCE\xBFt] com", "email"),
      V{"olaf.wien@mail.example.com"});
  // Capitals: Cyrillic А (U+0410) before a Latin T.
  EXPECT_EQ(Values("Contacto: marta_vlc (\xD0\x90T) example (DOT) org", "email"),
            V{"marta_vlc@example.org"});
  // A bracketed word of other letters is no at-word.
  EXPECT_TRUE(Values("nika (\xD0\xBD\xD0\xB5) post (d\xD0\xBEt) example", "email").empty());
  EXPECT_TRUE(Values("nika (\xD0\xB0x) post.example.net", "email").empty());
}

// tel: links whose '+' and spaces are percent-encoded, with a country code of three digits.
TEST(Family27, PercentEncodedTelLinksWithThreeDigitCountryCodes) {
  EXPECT_EQ(Values("<a href=\"tel:%2B353%2087%20743%204580\">📞</a>", "phone", "IE"),
            V{"+353877434580"});
  EXPECT_EQ(Values("Plata la: <a href=\"tel:%2B373%20609%2023%20420\">📞</a>", "phone", "MD"),
            V{"+37360923420"});
  EXPECT_EQ(Values("<a href=\"tel:%2B380%2099%20294%209603\">📞</a>", "phone", "UA"),
            V{"+380992949603"});
  EXPECT_EQ(Values("tel:%2B359%20888%20471%20392", "phone", "BG"), V{"+359888471392"});
}

}  // namespace
}  // namespace ariadne::extract
