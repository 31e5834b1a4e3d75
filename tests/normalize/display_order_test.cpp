// Tests for the folding of values a reader sees other than they are stored (issue 3 item 4, set
// 26's families): a number or an address stored backwards inside a right-to-left override,
// punctuation of any script between digits, combining marks on every digit, invisible marks
// between digits. Phone numbers are fictional (UK Ofcom drama range 07700 900000-900999).
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>

#include "normalize/fold_test_util.h"
#include "normalize/normalize.h"

namespace ariadne::normalize {
namespace {

constexpr std::string_view kRlo = "\u202E", kLro = "\u202D", kPdf = "\u202C", kLri = "\u2066",
                           kPdi = "\u2069";

using testing::ExpectMapInvariants;
using testing::Fold;
using testing::HasTransform;
using testing::OriginalOf;

std::string Cat(std::initializer_list<std::string_view> parts) {
  std::string s;
  for (std::string_view p : parts) s += p;
  return s;
}

TEST(DisplayOrder, ANumberStoredBackwardsInAnOverrideIsReadAsShown) {
  const std::string s = Cat({"Tel: ", kRlo, "6215 790 780", kPdf, " (Viber)"});
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "Tel: 087 097 5126 (Viber)");
  EXPECT_TRUE(HasTransform(n, "display-order"));
  // The turned stretch maps back to the stored digits as a whole; what stands around it maps
  // byte for byte.
  EXPECT_EQ(OriginalOf(s, n, "087 097 5126"), "6215 790 780");
  EXPECT_EQ(OriginalOf(s, n, "Tel: "), "Tel: ");
  EXPECT_EQ(OriginalOf(s, n, "(Viber)"), "(Viber)");
  ExpectMapInvariants(s, n);
}

TEST(DisplayOrder, AnAddressStoredBackwardsInAnOverrideIsReadAsShown) {
  EXPECT_EQ(Fold(Cat({"Écris-moi : ", kRlo, "moc.elpmaxe@33_anna", kPdf}), "fr"),
            "Écris-moi : anna_33@example.com");
  EXPECT_EQ(Fold(Cat({"Пиши: ", kRlo, "gro.elpmaxe.xobni@9_aliv", kPdf, " ок?"}), "ru"),
            "Пиши: vila_9@inbox.example.org ок?");
}

TEST(DisplayOrder, AnOverrideLeftOpenEndsWithItsLine) {
  const std::string s = Cat({"Schreib mir ", kRlo, "321 009 00770\n", "ab 18 Uhr 0151"});
  const NormalizedText n = Normalize(s, {"de"});
  EXPECT_EQ(n.text, "Schreib mir 07700 900 123\nab 18 Uhr 0151");
  EXPECT_EQ(OriginalOf(s, n, "ab 18 Uhr 0151"), "ab 18 Uhr 0151");
  ExpectMapInvariants(s, n);
}

TEST(DisplayOrder, TwoValuesInOneOverrideTurnAsAWhole) {
  // "phone then e-mail" stored backwards shows the e-mail first, each the right way round.
  const std::string s = Cat({kRlo, "321009 00770 ten.elpmaxe@alia", kPdf});
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "aila@example.net 07700 900123");
  ExpectMapInvariants(s, n);
}

TEST(DisplayOrder, NestedLeftToRightOverridesAndIsolatesKeepTheirOrder) {
  // Inside the turned stretch a left-to-right override or isolate is laid out left to right.
  EXPECT_EQ(Fold(Cat({kRlo, "ajem ", kLro, "07700", kPdf, kPdf})), "07700 meja");
  EXPECT_EQ(Fold(Cat({kRlo, "321009 ", kLri, "07700", kPdi, kPdf})), "07700 900123");
  // An override inside an override turns twice: stored order.
  EXPECT_EQ(Fold(Cat({kRlo, kLro, "07700 900123", kPdf, kPdf})), "07700 900123");
}

// A U+2069 that closes no isolate does nothing (UAX #9 X6a): the stretch turns whole, as a
// reader's display shows it; one that closes an isolate opened before the override ends it.
TEST(DisplayOrder, AStrayIsolatePopDoesNotEndTheOverride) {
  EXPECT_EQ(Fold(Cat({kRlo, "321009", kPdi, " 00770", kPdf})), "07700 900123");
  EXPECT_EQ(Fold(Cat({kLri, "a ", kRlo, "321", kPdi, " 456"})), "a 123 456");
}

TEST(DisplayOrder, TextWithoutARightToLeftOverrideKeepsItsStoredOrder) {
  // Right-to-left letters, embeddings and a left-to-right override alone move nothing: the
  // extractors read the logical order.
  EXPECT_EQ(Fold("שלום 07700 900123"), "שלום 07700 900123");
  EXPECT_EQ(Fold(Cat({kLro, "07700 900123", kPdf})), "07700 900123");
  EXPECT_EQ(Fold("\u202B07700 900123\u202C"), "07700 900123");
  EXPECT_EQ(Fold(Cat({"x", kPdf, " 07700 900123"})), "x 07700 900123");
  const NormalizedText n = Normalize("plain 07700 900123");
  EXPECT_FALSE(HasTransform(n, "display-order"));
}

TEST(DisplayOrder, CombiningMarksStayWithTheirCharacterAndRightToLeftLettersTurn) {
  // "é" written e + U+0301 inside the override shows as é, not as the mark before the e; Hebrew
  // letters forced right to left show in their stored order reversed.
  EXPECT_EQ(Fold(Cat({kRlo, "e\u0301fac", kPdf})), "caf\u00E9");
  EXPECT_EQ(Fold(Cat({kRlo, "\u05D0\u05D1", kPdf})), "\u05D1\u05D0");
}

TEST(DisplayOrder, InvalidUtf8InsideAnOverrideIsRepairedOnce) {
  const std::string s = Cat({kRlo, "21\xFF", "3", kPdf});
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.invalid_utf8_repaired, 1);
  EXPECT_EQ(n.text, "3\uFFFD12");
  ExpectMapInvariants(s, n);
}

TEST(DisplayOrder, HostileNestingStaysFast) {
  // Overrides nested far past the algorithm's depth of 125, left open, and a long run of them
  // alternating with digits: every text is read once.
  std::string deep;
  for (int k = 0; k < 20000; ++k) deep += kRlo;
  deep += "321 009 00770";
  std::string alternating;
  for (int k = 0; k < 20000; ++k) alternating += Cat({kRlo, "1", kLro, "2"});
  std::string closed;
  for (int k = 0; k < 20000; ++k) closed += Cat({kRlo, "12", kPdf, " "});
  const auto start = std::chrono::steady_clock::now();
  const NormalizedText a = Normalize(deep);
  EXPECT_EQ(a.text, "07700 900 123");
  const NormalizedText b = Normalize(alternating);
  EXPECT_EQ(b.text.size(), 40000u);
  const NormalizedText c = Normalize(closed);
  EXPECT_EQ(c.text.substr(0, 9), "21 21 21 ");
  ExpectMapInvariants(deep, a);
  ExpectMapInvariants(alternating, b);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 5.0);  // about 0.05 s; quadratic work would take minutes
}

TEST(Separators, PunctuationOfAnyScriptBetweenDigitsGoes) {
  // Other punctuation (Po) of Georgian, Ethiopic, Aegean, Coptic, Mongolian and shorthand
  // between every digit or group, as the symbols are.
  for (const std::string_view mark :
       {"\u10FB", "\u203B", "\u1361", "\U00010101", "\u2CFE", "\u1801", "\u2E3C"}) {
    const std::string s = Cat({"Tel ", "0", mark, "7", mark, "7", mark, "0", mark, "0 9",
                               mark,   "0", mark, "0", mark, "1", mark, "2", mark, "3"});
    const std::string folded = Fold(s);
    std::string digits;
    for (const char c : folded) {
      if (c >= '0' && c <= '9') digits += c;
    }
    EXPECT_EQ(digits, "07700900123") << s;
    EXPECT_EQ(folded.find(mark), std::string::npos) << folded;
  }
}

TEST(Separators, NumericAffixesAndLettersStillStopANumber) {
  // Per mille and primes belong to a quantity; a word stops the number.
  EXPECT_EQ(Fold("5\u2032 9\u2033 tall 07700 900123"), "5\u2032 9\u2032\u2032 tall 07700 900123");
  EXPECT_EQ(Fold("3\u2030 of 07700"), "3\u2030 of 07700");
  EXPECT_EQ(Fold("room 12\u203B see 14"), "room 12\u203B see 14");
}

TEST(CombiningMarks, MarksOnEveryDigitGo) {
  // Overlays (U+0334 tilde, U+0337 short solidus, U+0338 long solidus) and the enclosing
  // Cyrillic millions sign U+0489, one on every digit and sign.
  const std::string millions = "8\u0489 (7\u04890\u04895\u0489) 3\u04890\u04898\u0489";
  EXPECT_EQ(Fold(millions), "8 (705) 308");
  for (const std::string_view mark : {"\u0334", "\u0337", "\u0338"}) {
    const std::string s =
        Cat({"+",  mark, "4",  mark, "4",  mark, " ",  "7", mark, "7", mark, "0", mark, "0",
             mark, " 9", mark, "0",  mark, "0",  mark, "1", mark, "2", mark, "3", mark});
    const NormalizedText n = Normalize(s);
    EXPECT_EQ(n.text, "+44 7700 900123") << s;
    EXPECT_EQ(OriginalOf(s, n, "7700"), Cat({"7", mark, "7", mark, "0", mark, "0", mark}));
    ExpectMapInvariants(s, n);
  }
}

TEST(CombiningMarks, LettersKeepTheirMarks) {
  // An accent the composition cannot take, or an overlay on a letter: the word is the writer's.
  EXPECT_EQ(Fold("n\u0338o"), "n\u0338o");
  EXPECT_EQ(Fold("e\u0301te\u0301"), "\u00E9t\u00E9");
  EXPECT_EQ(Fold("a\u0489b"), "a\u0489b");
}

TEST(CombiningMarks, ALongRunOfMarksOnADigitGoesWhole) {
  std::string s = "0";
  for (int k = 0; k < 5000; ++k) s += "\u0337";
  s += "7700 900123";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "07700 900123");
  ExpectMapInvariants(s, n);
}

TEST(InvisibleMarks, TheKhitanFillerBetweenDigitsGoes) {
  // U+16FE4 is a nonspacing mark (Mn) that shows nothing, neither default-ignorable nor a format
  // character: after a digit it goes as the marks on digits do.
  const std::string f = "\U00016FE4";
  EXPECT_EQ(Fold(Cat({"0", f,   "7", f,   "7", f,   "0", f,   "0 ", "9",
                      f,   "0", f,   "0", f,   "1", f,   "2", f,    "3"})),
            "07700 900123");
}

TEST(TimesWords, GluedDutchAndGermanTimesWordsRepeatTheNextDigit) {
  EXPECT_EQ(Fold("nul zeven zeven nul nul negen driemaal nul een twee", "nl"), "07700900012");
  EXPECT_EQ(Fold("nul zes tweemaal acht een twee drie vier vijf", "nl"), "068812345");
  EXPECT_EQ(Fold("null sieben sieben dreimal null neun eins zwei drei", "de"), "0770009123");
  // A quantity after a number stays a word.
  EXPECT_EQ(Fold("Ik kom tweemaal per week, bel 0612345678", "nl"),
            "Ik kom tweemaal per week, bel 0612345678");
}

TEST(TimesWords, RomanianDeBeforeACountAndOriRepeatsTheNextDigit) {
  EXPECT_EQ(Fold("Sună: zero șapte șapte zero zero nouă de două ori zero patru opt unu", "ro"),
            "Sună: 07700900481");
  EXPECT_EQ(Fold("zero șapte de trei ori opt unu doi trei", "ro"), "07888123");
  // "de" elsewhere is a word: the number stops there.
  EXPECT_EQ(Fold("zero șapte de luni până vineri", "ro"), "zero șapte de luni până vineri");
  EXPECT_EQ(Fold("vin de două ori pe săptămână", "ro"), "vin de două ori pe săptămână");
}

TEST(DigitColumns, TheLastDigitOfANumberWrittenOneDigitALineIsJoined) {
  const std::string column = "my number ⬇\n0\n7\n7\n0\n0\n9\n0\n0\n4\n8\n1\nPostcode V94 G2B1";
  const NormalizedText n = Normalize(column);
  EXPECT_EQ(n.text, "my number ⬇\n0 7 7 0 0 9 0 0 4 8 1\nPostcode V94 G2B1");
  ExpectMapInvariants(column, n);
  // Ten digits, the text's end after the last.
  EXPECT_EQ(Fold("номер:\n0\n7\n7\n0\n0\n9\n0\n0\n4\n8"), "номер:\n0 7 7 0 0 9 0 0 4 8");
  // A group of several digits after a column of groups is another number's.
  EXPECT_EQ(Fold("07700\n900\n123\n45"), "07700 900 123\n45");
}

}  // namespace
}  // namespace ariadne::normalize
