// Tests for src/normalize: each obfuscation family, the map back to the original, prose left alone.
// Phone numbers are fictional (UK Ofcom drama range 07700 900000-900999).
#include "normalize/normalize.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "normalize/fold_test_util.h"
#include "normalize/number_words.h"

namespace ariadne::normalize {
namespace {

using testing::ExpectMapInvariants;
using testing::Fold;
using testing::HasTransform;
using testing::OriginalOf;

TEST(Normalize, EmptyInputGivesEmptyOutput) {
  const NormalizedText n = Normalize("");
  EXPECT_TRUE(n.text.empty());
  EXPECT_TRUE(n.source.empty());
  EXPECT_TRUE(n.transforms.empty());
  EXPECT_EQ(n.invalid_utf8_repaired, 0);
}

TEST(Normalize, PlainTextIsUnchangedWithIdentityMap) {
  const std::string s = "Call 07700 900123 after 10:00. Sweet and discreet.";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, s);
  EXPECT_TRUE(n.transforms.empty());
  for (size_t i = 0; i < s.size(); ++i) {
    EXPECT_EQ(n.source.Start(i), i);
    EXPECT_EQ(n.source.End(i), i + 1);
  }
}

// The ASCII runs are measured in blocks (128 bytes with AVX2, 64 and 16 with SSE2): a byte that
// ends a run at any offset in or after the first blocks is still seen there. A combining mark
// joins the letter before it, a bracketed group becomes "(087)", an entity is decoded and a
// non-ASCII letter is kept, wherever they stand in a long ASCII text.
TEST(Normalize, LongAsciiRunsEndAtEveryOffset) {
  const std::string filler(400, 'x');
  const struct {
    std::string inserted;
    std::string folded;
  } kCases[] = {{"e\xCC\x81", "\xC3\xA9"},  // e U+0301: é
                {"[087]", "(087)"},
                {"&nbsp;", " "},
                {"\xC3\xA9", "\xC3\xA9"},
                {"{x", "{x"}};
  for (const auto& c : kCases) {
    for (size_t at = 0; at <= 300; ++at) {
      const std::string text = filler.substr(0, at) + " " + c.inserted + " " + filler;
      const NormalizedText n = Normalize(text);
      EXPECT_EQ(n.text, filler.substr(0, at) + " " + c.folded + " " + filler)
          << c.inserted << " at " << at;
      ASSERT_EQ(n.source.size(), n.text.size());
      // The bytes after the inserted text map back one to one.
      const size_t tail = text.size() - filler.size();
      EXPECT_EQ(n.source.Start(n.text.size() - 1), text.size() - 1);
      EXPECT_EQ(n.source.Start(n.text.size() - filler.size()), tail);
    }
  }
}

TEST(Normalize, IsIdempotentOnFoldedText) {
  for (const char* s : {"zero seven seven zero zero nine zero zero one two three",
                        "８О５О12З4567 ☎ 0430❤️123❤️45",
                        "Привіт, я Оля. Дзвони: вісім050один234п'ять67", "one of a kind"}) {
    const std::string once = Fold(s);
    EXPECT_EQ(Fold(once), once) << s;
  }
}

TEST(Normalize, ProseWithNumberWordsIsLeftAlone) {
  for (const char* s :
       {"one of a kind", "Two hours, three days", "Octavia Ola", "I am new in town, 2 hours 150",
        "Prices: 150€/1h, 250€/2h. One 2 hours.", "Oh, I love it", "Sei bellissima, due ore",
        "один из лучших, два часа", "Ich bin eine neue, zwei Stunden"}) {
    const NormalizedText n = Normalize(s);
    EXPECT_EQ(n.text, s);
    EXPECT_TRUE(n.transforms.empty()) << s;
  }
}

TEST(Normalize, SpelledDigitsEnglishMapBackToTheWholeWords) {
  const std::string s = "Call zero seven seven zero zero nine zero zero one two three now";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "Call 07700900123 now");
  EXPECT_EQ(OriginalOf(s, n, "07700900123"),
            "zero seven seven zero zero nine zero zero one two three");
  EXPECT_EQ(OriginalOf(s, n, "7"), "seven");
  EXPECT_TRUE(HasTransform(n, "spelled-digits"));
  ExpectMapInvariants(s, n);
}

TEST(Normalize, SpelledDigitsMixedWithDigitsEnglish) {
  EXPECT_EQ(Fold("Tel: zero 7 seven 0 0 nine 0 zero 1 two 3"), "Tel: 0 7 7 0 0 9 0 0 1 2 3");
  EXPECT_EQ(Fold("five- five- five-nine -five-two-one"), "5- 5- 5-9 -5-2-1");
}

struct LanguageCase {
  const char* lang;
  const char* text;
};

TEST(Normalize, SpelledDigitsInElevenLanguages) {
  const LanguageCase cases[] = {
      {"en", "zero seven seven zero zero nine zero zero one two three"},
      {"de", "null sieben sieben null null neun null null eins zwei drei"},
      {"fr", "zéro sept sept zéro zéro neuf zéro zéro un deux trois"},
      {"nl", "nul zeven zeven nul nul negen nul nul een twee drie"},
      {"ro", "zero șapte șapte zero zero nouă zero zero unu doi trei"},
      {"bg", "нула седем седем нула нула девет нула нула едно две три"},
      {"es", "cero siete siete cero cero nueve cero cero uno dos tres"},
      {"it", "zero sette sette zero zero nove zero zero uno due tre"},
      {"pl", "zero siedem siedem zero zero dziewięć zero zero jeden dwa trzy"},
      {"ru", "ноль семь семь ноль ноль девять ноль ноль один два три"},
      {"uk", "нуль сім сім нуль нуль дев'ять нуль нуль один два три"},
  };
  for (const LanguageCase& c : cases) {
    EXPECT_EQ(Fold(c.text), "07700900123") << c.lang;
    EXPECT_EQ(Fold(c.text, c.lang), "07700900123") << c.lang;
  }
}

// Issue 3: Portuguese digits, teens and tens, both spellings (Brazil, Portugal), read out in groups
// with pauses; a two-letter number word with a digit glued on both sides is a piece of a code (a
// wallet address, a hash), not a digit.
TEST(Normalize, SpelledDigitsInPortuguese) {
  EXPECT_EQ(Fold("liga: nove um dois, oito quatro sete, três seis cinco"), "liga: 912847365");
  EXPECT_EQ(Fold("nove uma duas oito sete seis zero"), "9128760");
  EXPECT_EQ(Fold("nove dezassete dezessete vinte e dois"), "9171722");
  EXPECT_EQ(Fold("nove um dois", "pt"), "nove um dois");  // too short for a number
  for (const std::string text : {"bc1qu2a5um869deegmgzwraz0zl8j9w3cs0u87rqlz",
                                 "0x3f5un8a1e2d4c6b8a0f1e2d3c4b5a6978", "ref 7un4 9um81"}) {
    EXPECT_EQ(Fold(text), text);
  }
}

TEST(Normalize, SpelledDigitsAreCaseAndAccentInsensitive) {
  EXPECT_EQ(Fold("ZERO Șapte şapte sapte ZERO NOUA zero cinci unu DOUĂ trei"), "07770905123");
  EXPECT_EQ(Fold("Null Sieben FÜNF fuenf funf neun"), "075559");
  EXPECT_EQ(Fold("НОЛЬ СЕМЬ Семь ноль ноль"), "07700");
}

TEST(Normalize, UkrainianApostropheVariants) {
  EXPECT_EQ(Fold("п'ять п’ять пʼять дев'ять дев’ять"), "55599");
}

TEST(Normalize, TensCombineWithUnits) {
  EXPECT_EQ(Fold("вісім нуль п'ятдесят один 234 56 78"), "8051 234 56 78");
  EXPECT_EQ(Fold("seventy seven hundred"), "seventy seven hundred")
      << "only four digits before the run ends: left alone";
  EXPECT_EQ(Fold("zero seven seven double zero ninety one twenty three"), "077009123");
  EXPECT_EQ(Fold("zéro six douze trente-quatre cinquante-six soixante-dix-huit"), "0612345678");
  EXPECT_EQ(Fold("zéro six quatre-vingt-douze soixante et onze quarante"), "06927140");
  EXPECT_EQ(Fold("cero seis treinta y uno veintidós cuarenta"), "06312240");
  EXPECT_EQ(Fold("null sieben einundzwanzig dreiundvierzig neun"), "0721439");
  EXPECT_EQ(Fold("zero sette ventuno trentotto nove"), "0721389");
  EXPECT_EQ(Fold("zero șapte douăzeci și unu nouă opt"), "072198");
}

TEST(Normalize, DoubleAndTriple) {
  EXPECT_EQ(Fold("oh seven seven double oh nine oh oh one two three"), "07700900123");
  EXPECT_EQ(Fold("07700 triple nine 00 123"), "07700 999 00 123");
  EXPECT_EQ(Fold("null sieben sieben doppel null neun"), "077009");
  EXPECT_EQ(Fold("нуль сім сім подвійна нуль дев'ять"), "077009");
}

// Spoken forms written with hyphens and pauses: the multiplier keeps its digit across a hyphen, and
// "oh" after "double" is the repeated zero even when a pause follows it.
TEST(Normalize, DoubleAcrossHyphensAndPauses) {
  EXPECT_EQ(Fold("zero seven seven double-zero nine double-zero four four one"), "07700900441");
  // hyphens stay, as between digits: the phone extractor reads them as separators
  EXPECT_EQ(Fold("oh-seven-seven-double-oh, nine-double-oh, four four one"), "0-7-7-009-00441");
  EXPECT_EQ(Fold("zero seven seven double oh, nine double oh four four one"), "07700900441");
  EXPECT_EQ(Fold("null sieben sieben doppel-null neun"), "077009");
  EXPECT_EQ(Fold("a double-oh-seven film"), "a double-oh-seven film");  // too few digits
}

// Hundreds, as numbers are read in groups: one word (девятьсот, novecento, dziewięćset) or a unit
// and the word for hundred (nine hundred, neuf cents, două sute); tens or a teen after them add up
// (девятьсот двадцать три = 923), a bare unit is the next digit.
TEST(Normalize, HundredsInGroups) {
  EXPECT_EQ(Fold("восемь девятьсот сто двадцать три сорок пять шестьдесят семь"), "89001234567");
  EXPECT_EQ(Fold("вісім дев'ятсот дев'яносто дев'ять сто двадцять три"), "8999123");
  EXPECT_EQ(Fold("oh seven seven double oh nine hundred one two three"), "07700900123");
  EXPECT_EQ(Fold("zero six neuf cents vingt-deux trente"), "0692230");
  EXPECT_EQ(Fold("zero sette novecento ventuno trentotto"), "0792138");
  EXPECT_EQ(Fold("zero doi sute zece trei sute patruzeci"), "0210340");
  EXPECT_EQ(Fold("null eins fünf eins neunhundert zwölf drei vier"), "015191234");
  EXPECT_EQ(Fold("cero seis novecientos doce treinta"), "0691230");
  EXPECT_EQ(Fold("нула осем деветстотин двадесет и три"), "08923");
  EXPECT_EQ(Fold("осем деветстотин двадесет и три"),
            "осем деветстотин двадесет и три");  // 4 digits
  EXPECT_EQ(Fold("The price is five hundred euros"), "The price is five hundred euros");
  EXPECT_EQ(Fold("hundred seven seven"), "hundred seven seven");  // no unit before it
}

TEST(Normalize, OhIsZeroOnlyAmongDigits) {
  EXPECT_EQ(Fold("Oh, call me"), "Oh, call me");
  EXPECT_EQ(Fold("oh seven seven oh oh nine"), "077009");
}

TEST(Normalize, WordsGluedToDigits) {
  const std::string s = "Дзвони: вісім050один234п'ять67";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "Дзвони: 80501234567");
  EXPECT_EQ(OriginalOf(s, n, "80501234567"), "вісім050один234п'ять67");
  EXPECT_EQ(OriginalOf(s, n, "567"), "п'ять67");
  ExpectMapInvariants(s, n);
}

TEST(Normalize, HomoglyphsAmongDigitsBecomeDigits) {
  const std::string s = "тел 8О5О12З4567";  // Cyrillic О and З
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "тел 80501234567");
  EXPECT_EQ(OriginalOf(s, n, "3"), "З");
  EXPECT_TRUE(HasTransform(n, "digit-lookalike"));
  EXPECT_EQ(Fold("O77OO 9OO123"), "07700 900123");
  EXPECT_EQ(Fold("O7700 9OOl23"), "07700 900123");
  EXPECT_EQ(Fold("0770O 9Ч0Ь23"), "07700 940623");
  EXPECT_EQ(Fold("07700 9 O 0 1 2 3"), "07700 9 0 0 1 2 3");
}

TEST(Normalize, HomoglyphsInWordsStayLetters) {
  for (const char* s : {"Octavia Ola", "Call 07700 900123 Olga", "I 07700 900123", "07700 | 900123",
                        "Ok 123456", "Оля 0770090", "Зоя 12345 ок"}) {
    EXPECT_EQ(Fold(s), s);
  }
}

TEST(Normalize, KeycapDigits) {
  const std::string s =
      "Tel 0️⃣7️⃣7️⃣0️⃣0️⃣ 9⃣0⃣0⃣1⃣2⃣3⃣ #️⃣ 🔟";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "Tel 07700 900123 # 10");
  EXPECT_EQ(OriginalOf(s, n, "7"), "7️⃣");
  EXPECT_TRUE(HasTransform(n, "keycap"));
  ExpectMapInvariants(s, n);
}

TEST(Normalize, FullWidthDigitsAndLetters) {
  const std::string s = "☎ ０７７００ ９００１２３ ＷｈａｔｓＡｐｐ";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "☎ 07700 900123 WhatsApp");
  EXPECT_EQ(OriginalOf(s, n, "07700"), "０７７００");
  EXPECT_TRUE(HasTransform(n, "nfkc"));
}

TEST(Normalize, MathematicalDigits) {
  EXPECT_EQ(Fold("𝟎𝟕𝟕𝟎𝟎 𝟗𝟎𝟎𝟏𝟐𝟑"), "07700 900123");  // bold
  EXPECT_EQ(Fold("𝟶𝟽𝟽𝟶𝟶 𝟿𝟶𝟶𝟷𝟸𝟹"), "07700 900123");  // monospace
  EXPECT_EQ(Fold("𝟘𝟟𝟟𝟘𝟘"), "07700");                // double-struck
}

TEST(Normalize, CircledAndDingbatDigits) {
  EXPECT_EQ(Fold("⓪⑦⑦⓪⓪ ⑨⓪⓪①②③"), "07700 900123");  // NFKC
  EXPECT_EQ(Fold("⓿❼➆⓿⓿ ➒⓿⓿➊⓶③"), "07700 900123");  // not covered by NFKC: explicit map
  // Parenthesised and full-stop digits: NFKC would keep the brackets and dots.
  EXPECT_EQ(Fold("⑵⑴⑵ ⒌⒌⒌ ⒈⑽"), "212 555 110");
  EXPECT_EQ(Fold("¹²³ ⁴⁵"), "123 45");
}

TEST(Normalize, OtherScriptDecimalDigits) {
  EXPECT_EQ(Fold("٠٧٧٠٠ ९००१२३"), "07700 900123");
}

TEST(Normalize, ZeroWidthCharactersInsideNumbersAreRemoved) {
  const std::string s = "077\u200B00\u00AD 9\u200D00\u200C1\uFEFF2\u202E3\uFE0F";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "07700 900123");
  EXPECT_TRUE(HasTransform(n, "ignorable"));
  EXPECT_EQ(OriginalOf(s, n, "07700"), "077\u200B00");
  ExpectMapInvariants(s, n);
}

TEST(Normalize, EmojiBetweenDigitsBecomeSpaces) {
  const std::string s = "Mob. 07700💋900🔥123 and 0770❤️0 9✨00123";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "Mob. 07700 900 123 and 0770 0 9 00123");
  EXPECT_EQ(OriginalOf(s, n, "07700 900 123"), "07700💋900🔥123");
  EXPECT_TRUE(HasTransform(n, "emoji-separator"));
  EXPECT_EQ(Fold("I ❤️ 2 cats"), "I ❤ 2 cats");  // variation selector removed, heart kept
}

TEST(Normalize, EmojiBetweenBlanksInADigitRunGoAndTheBlanksStay) {
  const std::string s = "Call 07700 🌹 900 🌹 123 or 0612 ☎ 34 now";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "Call 07700  900  123 or 0612  34 now");
  EXPECT_EQ(OriginalOf(s, n, "07700  900  123"), "07700 🌹 900 🌹 123");
  EXPECT_TRUE(HasTransform(n, "emoji-separator"));
  ExpectMapInvariants(s, n);
  EXPECT_EQ(Fold("I ❤️ you 2"), "I ❤ you 2");   // no digit run: prose keeps its emoji
  EXPECT_EQ(Fold("0031. ☎ 0770"), "0031. ☎ 0770");  // among other separators: a label, kept
}

TEST(Normalize, CommasBetweenSpelledDigitsArePauses) {
  EXPECT_EQ(Fold("Ruf an: null eins fünf eins, zwei drei vier fünf sechs sieben acht"),
            "Ruf an: 01512345678");
  EXPECT_EQ(Fold("rooms 12, 14, 16"), "rooms 12, 14, 16");  // digits keep their commas
}

TEST(Normalize, SeparatorsAreKept) {
  EXPECT_EQ(Fold("(0~7~7)0~0 9-0-0/1.2.3"), "(0~7~7)0~0 9-0-0/1.2.3");
}

TEST(Normalize, InvalidUtf8IsRepairedAndCounted) {
  const std::string s =
      "ab\xFF"
      "cd\xC3"
      "e\xE2\x82"
      "f\xED\xA0\x80"
      "g\xF0\x9F";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.invalid_utf8_repaired, 7);  // FF; C3; E2 82; ED A0 80 is three (surrogate); F0 9F
  EXPECT_EQ(n.text, "ab\uFFFDcd\uFFFDe\uFFFDf\uFFFD\uFFFD\uFFFDg\uFFFD");
  ExpectMapInvariants(s, n);
  EXPECT_EQ(OriginalOf(s, n, "e\uFFFD"), "e\xE2\x82");
}

TEST(Normalize, LanguageOptionRestrictsNumberWords) {
  EXPECT_EQ(Fold("null sieben sieben null null neun", "de"), "077009");
  EXPECT_EQ(Fold("null sieben sieben null null neun", "it"), "null sieben sieben null null neun");
  EXPECT_EQ(Fold("zero seven seven zero zero nine", "it"), "077009")
      << "English is always recognised";
}

TEST(Normalize, SampleAdsFold) {
  EXPECT_EQ(Fold("Viber/WhatsApp: six one 2 3 4 five 6 seven 8"),
            "Viber/WhatsApp: 61 2 3 4 5 6 7 8");
  EXPECT_EQ(Fold("WhatsApp +drei 7 3 sechs 2 1 1 zwei 3 4 5"), "WhatsApp +3 7 3 6 2 1 1 2 3 4 5");
  EXPECT_EQ(Fold("Mob. +2 3 4 acht null 2 eins zwei 3"), "Mob. +2 3 4 80 2 12 3");
  EXPECT_EQ(Fold("Tel: +4 9 1 5 1 2 drei vier fünf sechs sieben 8 neun"),
            "Tel: +4 9 1 5 1 2 34567 8 9");
}

TEST(Normalize, MapCoversNfkcExpansions) {
  const std::string s = "x\uFB01y ①⑩";  // ﬁ ligature, circled one and ten
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "xfiy 110");
  EXPECT_EQ(OriginalOf(s, n, "fi"), "\uFB01");
  EXPECT_EQ(OriginalOf(s, n, "10"), "⑩");
  ExpectMapInvariants(s, n);
}

TEST(Normalize, CombiningMarksAreComposed) {
  EXPECT_EQ(Fold("и\u0306 e\u0301"), "й é");
}

// The fast paths: ASCII text is copied with a map of runs, and prose is skipped word by word from
// masks of 64-byte blocks, testing only some words. What they skip must never change the result,
// wherever in a block the obfuscation starts.

// `size` bytes of prose ("ab ab a..."): no number word, no look-alike.
std::string Prose(size_t size) {
  std::string s;
  while (s.size() < size) s += "ab ";
  s.resize(size);
  return s;
}

bool SameFolding(const NormalizedText& a, const NormalizedText& b) {
  if (a.text != b.text || a.transforms != b.transforms ||
      a.invalid_utf8_repaired != b.invalid_utf8_repaired || a.source.size() != b.source.size()) {
    return false;
  }
  for (size_t i = 0; i < a.text.size(); ++i) {
    if (a.source.At(i) != b.source.At(i)) return false;
  }
  return true;
}

TEST(Normalize, NumberWordsFoldAtEveryOffsetOfTheBlockScan) {
  for (size_t k = 0; k < 200; ++k) {
    const std::string prefix = Prose(k);
    const std::string s = prefix + " call twenty twenty twenty now";
    const NormalizedText n = Normalize(s);
    EXPECT_EQ(n.text, prefix + " call 202020 now") << k;
    EXPECT_EQ(OriginalOf(s, n, "202020"), "twenty twenty twenty") << k;
    EXPECT_EQ(OriginalOf(s, n, "0 now"), "twenty now") << k;
    ExpectMapInvariants(s, n);
  }
}

// The skipper rejects most words of prose by their first, second and last letters and length
// before it hashes them: no number word may be rejected so, in any case, wherever it starts in a
// block.
TEST(Normalize, EveryAsciiNumberWordFoldsInProseInAnyCase) {
  size_t tested = 0;
  for (const LanguageNumberWords& lang : AllNumberWords()) {
    for (const NumberWord& w : lang.words) {
      if (w.kind != NumberWordKind::kValue ||
          !std::all_of(w.word.begin(), w.word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        continue;
      }
      std::string upper(w.word), capitalised(w.word), alternating(w.word);
      for (char& c : upper) c = static_cast<char>(c - 'a' + 'A');
      capitalised[0] = upper[0];
      for (size_t k = 1; k < alternating.size(); k += 2) alternating[k] = upper[k];  // "sEvEn"
      for (const std::string& word : {std::string(w.word), upper, capitalised, alternating}) {
        for (size_t k : {0, 1, 30, 61, 62, 63, 64}) {
          std::string spelled;
          for (int r = 0; r < 7; ++r) spelled += word + " ";
          const std::string prefix = Prose(k);
          // A language read only where named (Norwegian, Danish, Swedish) is named.
          const std::string folded = Fold(prefix + " call " + spelled + "now",
                                          lang.explicit_only ? std::string(lang.lang) : "");
          const std::string head = prefix + " call ", tail = " now";
          ASSERT_TRUE(folded.starts_with(head) && folded.ends_with(tail)) << word << " " << k;
          const std::string digits = folded.substr(head.size(), folded.size() - head.size() - 4);
          EXPECT_TRUE(!digits.empty() && std::all_of(digits.begin(), digits.end(),
                                                     [](char c) { return c >= '0' && c <= '9'; }))
              << lang.lang << " " << word << " at " << k << ": " << folded;
        }
        ++tested;
      }
    }
  }
  EXPECT_GT(tested, 200u);
}

TEST(Normalize, TwoNumberWordsInProseAreLeftAloneAtEveryOffset) {
  for (size_t k = 0; k < 200; ++k) {
    for (const char* tail :
         {" call twenty thirty now", " one two three", " seventy seven hundred"}) {
      const std::string s = Prose(k) + tail;
      EXPECT_EQ(Fold(s), s) << k;
    }
  }
}

TEST(Normalize, WordsNextToDigitsAreReadAtEveryOffset) {
  for (size_t k = 0; k < 200; ++k) {
    const std::string prefix = Prose(k);
    EXPECT_EQ(Fold(prefix + " me seven 1234 now"), prefix + " me 7 1234 now") << k;
    EXPECT_EQ(Fold(prefix + " me 1234 seven now"), prefix + " me 1234 7 now") << k;
    EXPECT_EQ(Fold(prefix + " tel O7700 9OOl23"), prefix + " tel 07700 900123") << k;
    EXPECT_EQ(Fold(prefix + " 07700 | 900123 Olga"), prefix + " 07700 | 900123 Olga") << k;
    const std::string alone = prefix + " I 07700 900123 l";
    EXPECT_EQ(Fold(alone), alone) << k;
  }
}

TEST(Normalize, ApostropheOrNonAsciiLetterContinuesAnAsciiWord) {
  for (size_t k = 0; k < 140; ++k) {
    const std::string prefix = Prose(k);
    EXPECT_EQ(Fold(prefix + " zer'o seven seven zero zero"), prefix + " 07700") << k;
    EXPECT_EQ(Fold(prefix + " call zéro sept sept zéro zéro"), prefix + " call 07700") << k;
    EXPECT_EQ(Fold(prefix + " funf fünf fuenf sechs sechs"), prefix + " 55566") << k;
  }
}

TEST(Normalize, WordsLongerThanABlockEndRunsAndAreKept) {
  for (size_t len : {63, 64, 65, 127, 128, 129, 200}) {
    const std::string word(len, 'x');
    EXPECT_EQ(Fold(word + " zero seven seven zero zero"), word + " 07700") << len;
    EXPECT_EQ(Fold("zero seven " + word + " seven zero zero"),
              "zero seven " + word + " seven zero zero")
        << len;
    EXPECT_EQ(Fold(word + "é five five five five five"), word + "é 55555") << len;
    EXPECT_EQ(Fold(word + "'s five five five five five"), word + "'s 55555") << len;
  }
}

TEST(Normalize, NonAsciiRightAfterAsciiKeepsTheMap) {
  for (size_t k = 0; k < 140; ++k) {
    const std::string prefix = Prose(k);
    const std::string s = prefix + "Tel:０７７００ 900123 cafe\u0301 ok";
    const NormalizedText n = Normalize(s);
    EXPECT_EQ(n.text, prefix + "Tel:07700 900123 caf\u00E9 ok") << k;
    EXPECT_EQ(OriginalOf(s, n, "07700"), "０７７００") << k;
    EXPECT_EQ(OriginalOf(s, n, ":0"), ":０") << k;
    EXPECT_EQ(OriginalOf(s, n, "\u00E9 "), "e\u0301 ") << k;
    EXPECT_EQ(OriginalOf(s, n, "ok"), "ok") << k;
    ExpectMapInvariants(s, n);
    for (size_t i = 0; i < prefix.size(); ++i) {
      EXPECT_EQ(n.source.At(i),
                std::make_pair(static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1)));
    }
  }
}

TEST(Normalize, KeycapAfterAsciiSplitsTheCopiedRun) {
  const std::string s = "abc5\u20E3def";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "abc5def");
  EXPECT_EQ(OriginalOf(s, n, "5"), "5\u20E3");
  EXPECT_EQ(OriginalOf(s, n, "c5d"), "c5\u20E3d");
  EXPECT_EQ(OriginalOf(s, n, "ab"), "ab");
  ExpectMapInvariants(s, n);
}

TEST(Normalize, MapCountsShiftsAfterEachEdit) {
  const std::string s = Prose(100) + " call zero seven seven zero zero now " + Prose(70) +
                        " 0770❤️0 9✨00123 and " + Prose(30);
  const NormalizedText n = Normalize(s);
  ExpectMapInvariants(s, n);
  EXPECT_EQ(OriginalOf(s, n, "07700 now"), "zero seven seven zero zero now");
  EXPECT_EQ(OriginalOf(s, n, "0770 0 9 00123 and"), "0770❤️0 9✨00123 and");
  // The bytes copied as they were map one to one, shifted by what the edits before them removed.
  const size_t tail = Prose(30).size() + 5;  // " and " + prose
  for (size_t k = 1; k <= tail; ++k) {
    EXPECT_EQ(n.source.At(n.text.size() - k),
              std::make_pair(static_cast<uint32_t>(s.size() - k),
                             static_cast<uint32_t>(s.size() - k + 1)));
  }
  for (size_t i = 0; i < 105; ++i) {
    EXPECT_EQ(n.source.At(i),
              std::make_pair(static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1)));
  }
}

TEST(Normalize, ReusedResultIsOverwrittenCompletely) {
  const std::string first = Prose(300) + " zero seven seven zero zero \xFF ０７ ❤️";
  NormalizedText reused;
  for (const std::string& s :
       {first, std::string("Call 07700 900123"), std::string(""), first, std::string("ab\xFF")}) {
    NormalizeInto(s, {}, reused);
    EXPECT_TRUE(SameFolding(reused, Normalize(s))) << s;
  }
}

TEST(Normalize, SpanFromEqualsSpanForAscendingStarts) {
  // Many runs: folded words, full-width digits and look-alikes between copied stretches, so
  // lookups both step and search.
  std::string original;
  for (int k = 0; k < 200; ++k) {
    original += k % 3 == 0 ? "zero seven seven zero zero nine " : "plain words here ";
    original += k % 5 == 0 ? "０７７００ " : "O77OO ";
  }
  const NormalizedText n = Normalize(original);
  ASSERT_GT(n.text.size(), 1000u);
  size_t run = 0;
  size_t checked = 0;
  for (size_t start = 0; start < n.text.size(); start += 1 + start % 7) {
    for (const size_t length : {size_t{1}, size_t{3}, size_t{40}, size_t{400}}) {
      const size_t end = std::min(n.text.size(), start + length);
      // Ranges of one start in any order of ends: only starts must ascend.
      ASSERT_EQ(n.source.SpanFrom(run, start, end), n.source.Span(start, end))
          << start << " " << end;
      ++checked;
    }
  }
  EXPECT_GT(checked, 500u);
}

TEST(DetectLanguage, ShortOrEmptyTextIsUnsure) {
  EXPECT_EQ(DetectLanguage(""), "");
  EXPECT_EQ(DetectLanguage("07700 900123"), "");
}

TEST(DetectLanguage, TellsApartSlavicAdTexts) {
  EXPECT_EQ(
      DetectLanguage(
          "Привіт, я Оля, мені 23 роки. Нова в місті, чекаю на дзвінок. Тільки реальні фото."),
      "uk");
  EXPECT_EQ(DetectLanguage("Привет, я Оля, мне 23 года. Новенькая в городе, жду твоего звонка. "
                           "Только реальные фото."),
            "ru");
  EXPECT_EQ(DetectLanguage("Здравей, аз съм Оля, на 23 години. Нова съм в града, чакам обаждането "
                           "ти. Само реални снимки."),
            "bg");
}

TEST(DetectLanguage, TellsApartRomanceAdTexts) {
  EXPECT_EQ(
      DetectLanguage(
          "Bună, sunt Ioana, am 23 de ani. Sunt nouă în oraș și te aștept cu drag. Poze reale."),
      "ro");
  EXPECT_EQ(DetectLanguage("Ciao, sono Ioana, ho 23 anni. Sono nuova in città e ti aspetto con "
                           "piacere. Foto reali."),
            "it");
  EXPECT_EQ(DetectLanguage("Hola, soy Ioana, tengo 23 años. Soy nueva en la ciudad y te espero con "
                           "cariño. Fotos reales."),
            "es");
}

TEST(DetectLanguage, RepairsInvalidUtf8) {
  EXPECT_EQ(
      DetectLanguage("Hello, I am new in town and waiting \xFF for your call, real photos only."),
      "en");
}

// Issue 3 (blind set): bullets and middle dots between digits are separators like emoji.
TEST(Normalize, BulletsAndMiddleDotsBetweenDigitsBecomeSpaces) {
  EXPECT_EQ(Fold("Tel 0\u2022"
                 "7\u2022"
                 "7\u2022"
                 "0\u2022"
                 "0 900123"),
            "Tel 0 7 7 0 0 900123");
  EXPECT_EQ(Fold("Tel 07\u00B7"
                 "700\u00B7"
                 "900\u00B7"
                 "123"),
            "Tel 07 700 900 123");
  // Prose with a middle dot keeps it.
  EXPECT_EQ(Fold("caf\u00E9 \u00B7 bar"), "caf\u00E9 \u00B7 bar");
}

// Two or more look-alike letters closing a run after digits are digits ("3З ЧЧ"); a single letter
// there is a word.
TEST(Normalize, LookalikeWordClosingARun) {
  EXPECT_EQ(Fold("06 11 22 3\u0417 \u0427\u0427 Publi\u00E9"), "06 11 22 33 44 Publi\u00E9");
  EXPECT_EQ(Fold("07700 900 12 OO ok"), "07700 900 12 00 ok");
  EXPECT_EQ(Fold("call 07700 900123 I am"), "call 07700 900123 I am");
}

// Capital Cyrillic В and Greek Beta stand for 8 among digits ("69В 271 54З"); the small в (the
// Russian and Ukrainian "in") and a capital В starting a sentence stay letters.
TEST(Normalize, CapitalVeAndBetaAmongDigits) {
  EXPECT_EQ(Fold("Tfno. 69В 271 54З"), "Tfno. 698 271 543");
  EXPECT_EQ(Fold("Tel 6ΒΒ 123 456"), "Tel 688 123 456");
  EXPECT_EQ(Fold("В 2024 году, звоните в 10"), "В 2024 году, звоните в 10");
  EXPECT_EQ(Fold("тел. 8 916 123 45 67 В любое время"), "тел. 8 916 123 45 67 В любое время");
}

// Number words glued to each other and to digits are split into their digits (Cyrillic, Polish);
// a glued word that is no such split, or one glued to nothing, is left alone.
TEST(Normalize, GluedNumberWordsNextToDigits) {
  EXPECT_EQ(Fold("Тел: восемь916одиндватри4567 ок"), "Тел: 89161234567 ок");
  EXPECT_EQ(Fold("Моб: нульп'ятьнуль1234567"), "Моб: 0501234567");
  EXPECT_EQ(Fold("Тел: 0888чЗпетшест56 ок"), "Тел: 0888435656 ок");
  EXPECT_EQ(Fold("Tel: 601 234 567sześćsiedem"), "Tel: 601 234 56767");
  EXPECT_EQ(Fold("Привет, одиндва раза"), "Привет, одиндва раза");
  EXPECT_EQ(Fold("Квартира12 и дом"), "Квартира12 и дом");
}

// Number words of Latin letters glued together are split as well when the word is glued to a
// digit ("07sixfour", "dreivier2"), and number words glued together (in any script) after a
// space that follows the number's last group, words only (no look-alike letters among them); a
// word of prose glued to a digit stays ("30minutes", "2nights", "5pm").
TEST(Normalize, GluedNumberWordsOfLatinLettersAndApartFromTheRun) {
  EXPECT_EQ(Fold("call 07sixfour 81 9020"), "call 0764 81 9020");
  EXPECT_EQ(Fold("ruf an: dreivier2 5566 7788", "de"), "ruf an: 342 5566 7788");
  EXPECT_EQ(Fold("appelle 06troisneuf 48 unsix 13", "fr"), "appelle 0639 48 16 13");
  EXPECT_EQ(Fold("номер 067 483 91 шестьдва"), "номер 067 483 91 62");
  EXPECT_EQ(Fold("tel 0 пет8 деветдевет 413 27", "bg"), "tel 0 58 99 413 27");
  EXPECT_EQ(Fold("call at 5pm, 30minutes or 2nights"), "call at 5pm, 30minutes or 2nights");
  EXPECT_EQ(Fold("room 12 onetwo"), "room 12 onetwo");
}

// A bare unit that closes a group of hundreds is read with them, as groups are spoken (девятьсот
// три = 903, sześćset jeden = 601); one that more single digits follow stays the next digit.
TEST(Normalize, UnitClosingAGroupOfHundreds) {
  EXPECT_EQ(Fold("восемь девятьсот три семьсот шестьдесят пять сорок три двадцать один"),
            "89037654321");
  EXPECT_EQ(Fold("sześćset jeden - dwieście trzydzieści cztery - pięćset sześćdziesiąt siedem"),
            "601 - 234 - 567");
  EXPECT_EQ(Fold("oh seven seven double oh nine hundred one two three"), "07700900123");
}

// A spelled number right before a word of time, count or money is a quantity, not the number's
// last digit: "… 4567 Zwei Stunden", "… три две Два часа".
TEST(Normalize, SpelledQuantityAfterANumberStaysAWord) {
  EXPECT_EQ(Fold("Mobil 0б5О/123Ч567 Zwei Stunden"), "Mobil 0650/1234567 Zwei Stunden");
  EXPECT_EQ(Fold("0898 седем шест пет четири три две Два часа"), "0898 765432 Два часа");
  EXPECT_EQ(Fold("07700 nine hundred one two three two hours"), "07700 900123 two hours");
}

// A number read out with spelled and written digits mixed: its commas and dashes are the reader's
// pauses and become spaces, so the extractors read one number.
TEST(Normalize, PausesInASpokenNumberWithDigitsBecomeSpaces) {
  EXPECT_EQ(Fold("Oh seven 7 double-zero, 9 zero zero, 3 four six — text first"),
            "07 7 00 9 00 3 46 — text first");
  EXPECT_EQ(Fold("Null 1 5 1 – zwei 3 vier 5 – 6 sieben 8 neun"), "0 1 5 1 2 3 4 5 6 7 8 9");
  EXPECT_EQ(Fold("нула 8 осем 8, 1 две 3, четири 5 шест"), "0 8 8 8 1 2 3 4 5 6");
  EXPECT_EQ(Fold("восемь 9 один 6 — один 2 три — 4 пять — 6 семь"), "8 9 1 6 1 2 3 4 5 6 7");
  EXPECT_EQ(Fold("Tel. null eins sieben null – zwo drei vier fünf sechs sieben acht"),
            "Tel. 0170 2345678");
  const std::string s = "Sună la 0 șapte 1 doi, 3 patru 5";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "Sună la 0 7 1 2 3 4 5");
  EXPECT_TRUE(HasTransform(n, "separator"));
  ExpectMapInvariants(s, n);
  // One spelled word is no number read out: written groups keep their commas.
  EXPECT_EQ(Fold("rooms 12, 14, 16 and one more, 18, 20"), "rooms 12, 14, 16 and one more, 18, 20");
}

// En dashes and minus signs between digit groups are the '-' the extractors read; an em dash
// only glued to both groups (spaced, it ends a clause).
TEST(Normalize, UnicodeDashesBetweenDigitGroupsBecomeHyphens) {
  const std::string s = "Ruf 0151–2345–6789 an";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "Ruf 0151-2345-6789 an");
  EXPECT_EQ(OriginalOf(s, n, "0151-2345"), "0151–2345");
  EXPECT_TRUE(HasTransform(n, "separator"));
  ExpectMapInvariants(s, n);
  EXPECT_EQ(Fold("tel 06 – 12 – 34 – 56 – 78"), "tel 06 - 12 - 34 - 56 - 78");
  EXPECT_EQ(Fold("0151‑2345678"), "0151-2345678");  // non-breaking hyphen
  EXPECT_EQ(Fold("0151−2345678"), "0151 2345678");  // a minus sign is a symbol, as emoji are
  EXPECT_EQ(Fold("0151—2345678"), "0151-2345678");  // em dash glued
  EXPECT_EQ(Fold("0151 2345 6789 — 150 Euro"), "0151 2345 6789 — 150 Euro");
  EXPECT_EQ(Fold("tel 06 — 12 — 34 — 56 — 78"), "tel 06 - 12 - 34 - 56 - 78");  // the separator
  EXPECT_EQ(Fold("07700 900123, 07700 900456"), "07700 900123, 07700 900456");
}

// S, B and Z stand for 5, 8 and 2 only as a letter alone before a digit, in a short token.
TEST(Normalize, WeakLookalikesBeforeADigitBecomeDigits) {
  const std::string s = "Sună: 0722 l23 4S6";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "Sună: 0722 123 456");
  EXPECT_EQ(OriginalOf(s, n, "456"), "4S6");
  EXPECT_TRUE(HasTransform(n, "digit-lookalike"));
  EXPECT_EQ(Fold("Tel. 6Ol 234 S67"), "Tel. 601 234 567");
  EXPECT_EQ(Fold("07700 9OO 1Z3"), "07700 900 123");
  EXPECT_EQ(Fold("O7700 9B0123"), "07700 980123");
  for (const char* kept : {"75B 60 90, 1.70 m", "Flat 12B 345 6789", "Size S 36 38 40",
                           "0x5B3a12345678901234567890123456789012345678", "SOS 112 999 911"}) {
    EXPECT_EQ(Fold(kept), kept);
  }
}

// S, B and Z after the last digit of a group stand for 5, 8 and 2 where the group is a later one
// of a phone-like run with six digits or more before the letter ("Tel O72l 384 92S"); after a first
// group, after fewer digits, or in a longer word, they are a size, a flat, a decade.
TEST(Normalize, WeakLookalikeClosingALaterGroupBecomesADigit) {
  const std::string s = "Tel O72l 384 92S — program 10:00-22:00";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "Tel 0721 384 925 — program 10:00-22:00");
  EXPECT_EQ(OriginalOf(s, n, "925"), "92S");
  EXPECT_TRUE(HasTransform(n, "digit-lookalike"));
  ExpectMapInvariants(s, n);
  EXPECT_EQ(Fold("Sună: 0722 123 45Z"), "Sună: 0722 123 452");
  EXPECT_EQ(Fold("06 12 34 56 7s."), "06 12 34 56 75.");
  EXPECT_EQ(Fold("0151 234B 6789"), "0151 2348 6789");
  EXPECT_EQ(Fold("tel 0O6l23 45S"), "tel 006123 455");
  for (const char* kept :
       {"75B 60 90, 1.70 m", "Flat 12B, 345 6789", "Size 36S", "Size 36 38S",
        "in the 1970s, 1980s and 1990s", "0151 2345 67Sa", "06 12 34 56 7S's", "06 12 34 56 7_S"}) {
    EXPECT_EQ(Fold(kept), kept);
  }
}

// Inside a long token of digits, as OCR reads a screenshot's number, S and B stand for 5 and 8 and
// words of look-alikes mixing them with O, I, l are digits too ("+4BSOI234S67"). Short tokens, a
// token with another letter, and a check letter after a DNI's eight digits stay.
TEST(Normalize, LookalikesInsideALongDigitTokenBecomeDigits) {
  const std::string s = "mobile\n+49176284S9137\nFaceTime";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "mobile\n+4917628459137\nFaceTime");
  EXPECT_EQ(OriginalOf(s, n, "5"), "S");
  EXPECT_TRUE(HasTransform(n, "digit-lookalike"));
  ExpectMapInvariants(s, n);
  EXPECT_EQ(Fold("+4BSOI234S67"), "+48501234567");
  EXPECT_EQ(Fold("+3S9BB1234S67"), "+359881234567");
  EXPECT_EQ(Fold("+3161234567B"), "+31612345678");
  EXPECT_EQ(Fold("tel 0612345678B9"), "tel 061234567889");
  for (const char* kept :
       {"DNI 61234567S", "Galaxy S23, SM-S911B", "ref SB1234567", "code 1234567SB", "BB1234",
        "0x5B3a12345678901234567890", "Sizes 75B 80B 85B", "a_12345S678", "12345S678_x"}) {
    EXPECT_EQ(Fold(kept), kept);
  }
}

// A contact card's number alone on its line, under the card's label or over its buttons: S and B
// glued to a digit are digits however the groups are spaced. A size closing the line's first
// group, a DNI's check letter and a line of prose stay.
TEST(Normalize, LookalikesInAContactCardsNumberLineBecomeDigits) {
  const std::string s = "Contact info\nmobile\n(4l6) SS5-0188\nFaceTime WhatsApp";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "Contact info\nmobile\n(416) 555-0188\nFaceTime WhatsApp");
  EXPECT_EQ(OriginalOf(s, n, "555"), "SS5");
  ExpectMapInvariants(s, n);
  EXPECT_EQ(Fold("móvil\n912 34S 678"), "móvil\n912 345 678");
  EXPECT_EQ(Fold("Handy\no1Sl2345678B"), "Handy\n015123456788");
  EXPECT_EQ(Fold("0BS |23 4S67\nFaceTime WhatsApp"), "085 123 4567\nFaceTime WhatsApp");
  EXPECT_EQ(Fold("мобилен\nОBB 123 4567"), "мобилен\n088 123 4567");
  for (const char* kept : {"Bust\n75B 60 90 170\nFaceTime WhatsApp", "DNI\n61234567S\nMessage",
                           "Sizes\n36B 75B 80B 85B\nMessage me", "call 912 34S 678 today"}) {
    EXPECT_EQ(Fold(kept), kept);
  }
}

// A comma or a dash between groups of spelled digits is the reader's pause: "oh" opens the group
// after it and closes the one before it, as it opens and closes the number. The groups are joined
// into one: the phone extractor validates the whole (prices, hours and counts spelled so make no
// valid number).
TEST(Normalize, PausesPartTheGroupsOfASpelledNumber) {
  const std::string s = "two one two, five five five, oh one four seven";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "2125550147");
  EXPECT_EQ(OriginalOf(s, n, "0147"), "oh one four seven");
  ExpectMapInvariants(s, n);
  EXPECT_EQ(Fold("two one two, triple five, oh one four seven"), "2125550147");
  EXPECT_EQ(Fold("oh seven seven oh oh, nine oh oh, triple seven. Yes"), "07700900777. Yes");
  EXPECT_EQ(Fold("oh seven seven oh oh - nine oh oh - one two three"), "07700 - 900 - 123");
  EXPECT_EQ(Fold("oh seven seven oh oh – nine oh oh – one two three"), "07700 900 123");
  EXPECT_EQ(Fold("Five, oh well. Two, oh, three"), "Five, oh well. Two, oh, three");
}

// Issue 3: an ellipsis between the groups of a number read out is a pause, as a comma is ("zero
// seven seven zero zero... nine zero zero... five three seven", a voicemail transcript); a full
// stop is one too between spelled groups until they hold a whole number's ten digits.
TEST(Normalize, EllipsisIsAPauseInASpokenNumber) {
  EXPECT_EQ(Fold("on zero seven seven zero zero... nine zero zero... five three seven, ta"),
            "on 07700 900 537, ta");
  EXPECT_EQ(Fold("zero seven seven zero zero. nine zero zero"), "07700 900");
}

// Issue 3 item 4: transcripts end a sentence after each group of a number read out ("Zero seven.
// Seven hundred. Nine hundred."): the full stop is a pause between two spelled groups; after ten
// digits, or beside written digits, it ends the number.
TEST(Normalize, FullStopsBetweenGroupsOfANumberReadOut) {
  const std::string s = "My number is zero seven. Seven hundred. Nine hundred. One two three. Bye";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "My number is 07 700 900 123. Bye");
  EXPECT_EQ(OriginalOf(s, n, "700"), "Seven hundred");
  ExpectMapInvariants(s, n);
  EXPECT_EQ(Fold("null eins sieben sechs. Eins zwei drei. Vier fünf sechs sieben.", "de"),
            "0176 123 4567.");
  EXPECT_EQ(Fold("восемь девятьсот двенадцать. Триста сорок пять. Шестьдесят семь.", "ru"),
            "8912 345 67.");
  // A whole number before the stop: what follows is another figure.
  EXPECT_EQ(Fold("zero seven seven zero zero nine zero zero one two three. Two hundred."),
            "07700900123. 200.");
  // Beside written digits the stop stays ("07700. 900 a night").
  EXPECT_EQ(Fold("zero seven 7 0 0. 900 a night"), "07 7 0 0. 900 a night");
}

// Issue 3 item 4: a transcript writes the speaker's fillers and its own marks for what it could
// not make out in brackets ("(uh)", "[inaudible]", "(pause)"), and full stops around a filler
// ("seven. Uh. Nine"): pauses between two groups of a number read out, as a filler is.
TEST(Normalize, BracketedFillersAndMarksInATranscript) {
  EXPECT_EQ(Fold("oh seven seven oh oh (uh) nine oh oh one two three"), "07700 900123");
  EXPECT_EQ(Fold("oh seven seven oh oh [inaudible] nine oh oh, one two three"), "07700 900123");
  EXPECT_EQ(Fold("zero seven seven zero zero. Um. Nine zero zero one two three"), "07700 900123");
  EXPECT_EQ(Fold("zéro six, euh [inaudible] douze trente-quatre cinquante-six", "fr"), "06 123456");
  EXPECT_EQ(Fold("восемь девять один (неразборчиво) два три четыре пять шесть", "ru"), "891 23456");
  // Not between two groups of a number read out: the words stay.
  for (const std::string kept :
       {"I have one (uh) two kids", "two hundred [inaudible] for the night", "(pause) 07700"}) {
    EXPECT_EQ(Fold(kept, "en"), kept);
  }
}

// Issue 3 item 4: a speaker corrects the digit just said ("nine, no, eight"): the digit before the
// correction goes where one digit read alone stands on each side of it, with more of the number
// before it. Elsewhere the words stay.
TEST(Normalize, ACorrectedDigitInANumberReadOut) {
  const std::string s = "oh seven seven oh oh nine oh oh one two nine, no, eight. Thanks";
  const NormalizedText n = Normalize(s, {"en"});
  EXPECT_EQ(n.text, "0770090012 8. Thanks");
  EXPECT_EQ(OriginalOf(s, n, "12"), "one two");
  ExpectMapInvariants(s, n);
  EXPECT_EQ(Fold("null eins sieben sechs eins zwei drei vier, nein, fünf sechs sieben", "de"),
            "0176123 567");
  EXPECT_EQ(Fold("восемь девять один два три, нет, четыре пять шесть семь", "ru"), "8912 4567");
  for (const std::string kept : {"seven seven, no, I said", "one, no, two", "nine, no, 07700"}) {
    EXPECT_EQ(Fold(kept, "en"), kept);
  }
}

// Issue 3 item 4: Russian digit words in Latin letters keep their soft sign as an apostrophe
// ("nol' sem' sem'"), which goes with the word; English ones in Cyrillic are spelled letter by
// letter too ("тво", "фиве"). An apostrophe after other words stays.
TEST(Normalize, SoftSignsAndLetterByLetterDigitWordsInAnotherScript) {
  const std::string s = "zvoni: nol' sem' sem' nol' nol' devyat' nol' nol' odin dva tri";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "zvoni: 07700900123");
  EXPECT_EQ(OriginalOf(s, n, "9"), "devyat");
  ExpectMapInvariants(s, n);
  EXPECT_EQ(Fold("vosem’ devyat’ odin, dva tri chetyre, pyat’ shest’ sem’"), "891234567’");
  EXPECT_EQ(Fold("зиро севен севен зиро зиро нине зиро зиро оне тво тхрее"), "07700900123");
  for (const std::string kept : {"the girls' night at seven", "'nol' is zero", "sem' dva"}) {
    EXPECT_EQ(Fold(kept), kept);
  }
}

// Issue 3 item 4: a transcript breaks its lines inside a number read out: the lines are one
// number where a digit read alone stands beside the break and the digits before it are not yet a
// whole number's. Lists of figures, one a line, and a time or a speaker on the next line stay.
TEST(Normalize, ANumberReadOutOverTwoLinesOfATranscript) {
  const std::string s =
      "Transcript:\nmy number is zero seven\nseven hundred nine hundred\none two three";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "Transcript:\nmy number is 07 700900 123");
  EXPECT_EQ(OriginalOf(s, n, "700900"), "seven hundred nine hundred");
  ExpectMapInvariants(s, n);
  EXPECT_EQ(Fold("null eins sieben\r\nsechs eins zwei drei vier", "de"), "017 61234");
  for (const std::string kept :
       {"Prices:\none hundred\ntwo hundred\nthree hundred", "twenty one\ntwenty two\ntwenty three",
        "zero seven\n[0:08] nine"}) {
    EXPECT_EQ(Fold(kept, "en"), kept);
  }
}

// Issue 3 item 4: speech-to-text engines write a digit they heard as a word that sounds the same
// ("won" for 1, "to" and "too" for 2, "for" for 4, "ate" for 8; French "cet" for sept): a digit
// between two digits read one by one, with a third beside them; elsewhere the word.
TEST(Normalize, HomophonesOfDigitsInsideANumberReadOut) {
  const std::string s = "text oh seven seven oh oh nine oh oh won to three";
  const NormalizedText n = Normalize(s, {"en"});
  EXPECT_EQ(n.text, "text 07700900123");
  EXPECT_EQ(OriginalOf(s, n, "12"), "won to");
  ExpectMapInvariants(s, n);
  EXPECT_EQ(Fold("zero seven seven zero zero nine zero zero four for two", "en"), "07700900442");
  EXPECT_EQ(Fold("zéro six douze cinq cet huit neuf", "fr"), "06125789");
  for (const std::string kept :
       {"rooms one to three", "four to five hundred a week", "two for one", "from nine to five",
        "seven to 07700 900123", "one two three to go"}) {
    EXPECT_EQ(Fold(kept, "en"), kept);
  }
}

// Letter O's among spelled digits are "oh" written as the letter: after "double" they are what is
// repeated, and a slash between blanks parts groups as a comma or a dash does. Found by blind13's
// obscured-contact ads (S-OBSC), whose numbers were never read.
TEST(Normalize, LetterOsAmongSpelledDigitsReadAsOh) {
  const std::string s = "Number: O seven seven, double O / nine OO / four 9 1 (the site";
  const NormalizedText n = Normalize(s);
  // The slashes stay (the phone extractor reads them as separators); every letter O is a 0.
  EXPECT_EQ(n.text, "Number: 0 7700 / 9 00 / 4 9 1 (the site");
  EXPECT_EQ(OriginalOf(s, n, "0 7700"), "O seven seven, double O");
  ExpectMapInvariants(s, n);
  EXPECT_EQ(Fold("zero seven seven double O, nine zero zero four nine one"), "07700900491");
  EXPECT_EQ(Fold("null eins sieben null / O O O / O O O O", "de"), "0170 / 0 0 0 / 0 0 0 0");
  EXPECT_EQ(Fold("zéro six / O O / douze / O O / trente-quatre", "fr"), "06 / 0 0 / 12 / 0 0 / 34");
  // Not a number: a letter O beside too few digits, or beside digits across a slash alone.
  for (const std::string kept : {"Size O / 36 or 38", "Type O / two, three", "O two, double O"}) {
    EXPECT_EQ(Fold(kept), kept);
  }
}

// Tens or a teen before a word for hundred are hundreds, as English reads long numbers: "seventy
// seven hundred" = 7700; "nine ninety nine" is 9 and 99.
TEST(Normalize, TensBeforeHundredAreHundreds) {
  const std::string s = "zero seventy seven hundred, nine hundred, nine ninety nine";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "07700900999");
  EXPECT_EQ(OriginalOf(s, n, "07700"), "zero seventy seven hundred");
  ExpectMapInvariants(s, n);
  EXPECT_EQ(Fold("oh twelve hundred, thirty four fifty six"), "012003456");
  EXPECT_EQ(Fold("oh seven seven nineteen hundred and twelve"), "0771912");
  EXPECT_EQ(Fold("twenty five hundred people"), "twenty five hundred people");
}

// Hundreds and then tens or a teen, with the joining word where the language has one, read as one
// group in every language: 915.
TEST(Normalize, HundredsAndTeensInEveryLanguage) {
  EXPECT_EQ(Fold("zero seven seven double oh, nine hundred and fifteen"), "07700915");
  EXPECT_EQ(Fold("нуль девятьсот пятнадцать сто двадцать три сорок пять"), "091512345");
  EXPECT_EQ(Fold("нуль дев'ятсот п'ятнадцять сто двадцять три сорок п'ять"), "091512345");
  EXPECT_EQ(Fold("zero dziewięćset piętnaście sto dwadzieścia trzy"), "0915123");
  EXPECT_EQ(Fold("zero șapte sute cincisprezece, o sută douăzeci și trei"), "0715123");
  EXPECT_EQ(Fold("cero novecientos quince ciento veintitrés"), "0915123");
  EXPECT_EQ(Fold("zero tre novecento quindici cento ventitré"), "03915123");
  EXPECT_EQ(Fold("zéro six neuf cent quinze cent vingt-trois"), "06915123");
  EXPECT_EQ(Fold("null eins fünf neunhundert und fünfzehn hundertdreiundzwanzig"), "015915123");
  EXPECT_EQ(Fold("null eins fünf neunhundertundfünfzehn hundertundzwölf"), "015915112");
  EXPECT_EQ(Fold("nul zes negenhonderd en vijftien honderd drieëntwintig"), "06915123");
  const std::string bg =
      "нула осемстотин осемдесет и седем, триста осемдесет и две, деветстотин и петнайсет";
  const NormalizedText n = Normalize(bg);
  EXPECT_EQ(n.text, "0887382915");
  EXPECT_EQ(OriginalOf(bg, n, "915"), "деветстотин и петнайсет");
  ExpectMapInvariants(bg, n);
  // Bulgarian's spoken teens and tens.
  EXPECT_EQ(Fold("нула осем двайсет и три, шейсет и пет, единайсет"), "08236511");
  // French, German and Dutch say one hundred with the word alone; prose keeps it.
  EXPECT_EQ(Fold("Le prix: cent euros, 06 12 34 56 78"), "Le prix: cent euros, 06 12 34 56 78");
  EXPECT_EQ(Fold("cinq pour cent"), "cinq pour cent");
  EXPECT_EQ(Fold("hundert Rosen und zwei Stunden"), "hundert Rosen und zwei Stunden");
}

// A run parted by pipes folds each of its parts: emoji in the gaps of every part, not only the
// first, are found (the parts are read in order, each item once).
TEST(Normalize, EveryPartOfARunPartedByPipesFolds) {
  const std::string s = "07700 9OO123 | 07700💋900456 | 07700 🌹 900789";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "07700 900123 | 07700 900456 | 07700  900789");
  EXPECT_EQ(OriginalOf(s, n, "07700 900456"), "07700💋900456");
  ExpectMapInvariants(s, n);
}

// German, Dutch and Italian write hundreds glued to what follows them.
TEST(Normalize, HundredsGluedToTensInOneWord) {
  EXPECT_EQ(Fold("Ruf an: null hundertsiebzig, zwölf, vierunddreißig, fünfhundertsiebenundsechzig"),
            "Ruf an: 01701234567");
  EXPECT_EQ(Fold("trecentododici, trecentoquarantacinque, sessantasette, ottantanove"),
            "3123456789");
  EXPECT_EQ(Fold("chiama il tre quattro sette, centoventitré, quarantacinque, sessantasette"),
            "chiama il 3471234567");
  EXPECT_EQ(Fold("zero tre centottanta uno due tre"), "03180123");
  EXPECT_EQ(Fold("bel nul zes honderdvierendertig vijfenzestig achtenzeventig"), "bel 061346578");
  EXPECT_EQ(Fold("Der Preis: zweihundertfünfzig Euro"), "Der Preis: zweihundertfünfzig Euro");
}

// Tens or hundreds followed by written digits that close the group ("dwadzieścia 3" = 23).
TEST(Normalize, TensAndHundredsClosedByWrittenDigits) {
  EXPECT_EQ(Fold("sześćset 1, dwadzieścia 3, czterdzieści 5, sześćdziesiąt 7"), "601234567");
  EXPECT_EQ(Fold("zero seven seven hundred 23, forty 5, 6 7"), "0772340 5 6 7");
  EXPECT_EQ(Fold("nine hundred 1 2 3 4 5"), "900 1 2 3 4 5");
}

// "three times eight": a spelled two or three and a word for times repeat the next digit, in the
// languages that read numbers so; before anything else the words are a quantity.
TEST(Normalize, TimesWordsRepeatTheNextDigit) {
  EXPECT_EQ(Fold("нула, три пъти осем, едно две три, четири пет шест"), "0888123456");
  EXPECT_EQ(Fold("zero sapte doua ori doi, trei patru cinci"), "0722345");
  EXPECT_EQ(Fold("oh seven seven two times oh nine hundred one two three"), "07700900123");
  EXPECT_EQ(Fold("два раза в неделю 0888 123 456"), "два раза в неделю 0888 123 456");
  EXPECT_EQ(Fold("Ich komme zwei mal 0151 2345678"), "Ich komme zwei mal 0151 2345678");
}

// Romanian "o sută": the article o before a word for hundred is one.
TEST(Normalize, RomanianArticleBeforeHundredIsOne) {
  EXPECT_EQ(Fold("sună la zero șapte patru patru, o sută douăzeci și trei, patru sute cincizeci "
                 "și șase"),
            "sună la 0744123456");
  EXPECT_EQ(Fold("o sută de lei 0722 123 456"), "o sută de lei 0722 123 456");
}

// A zero-width character alone between a word and a number parts them; between digits it goes.
TEST(Normalize, ZeroWidthBetweenAWordAndDigitsIsASpace) {
  const std::string s = "Tel\u2060512\u2060345\u2060678";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "Tel 512345678");
  ExpectMapInvariants(s, n);
  EXPECT_EQ(Fold("0151\u200B2345\u200B6789\u200Bok"), "015123456789 ok");
  EXPECT_EQ(Fold("Anna\u200Bsofia"), "Annasofia");
}

// "and" joins hundreds and tens in English as "et", "y", "și" and "и" do in their languages; in
// prose it is a word like any other.
TEST(Normalize, AndJoinsHundredsAndTens) {
  EXPECT_EQ(Fold("zero six six hundred and twelve, three hundred and forty five"), "06612345");
  EXPECT_EQ(Fold("oh seven seven double oh nine hundred and twelve"), "07700912");
  EXPECT_EQ(Fold("call 07700 900123 and 07700 900456"), "call 07700 900123 and 07700 900456");
  EXPECT_EQ(Fold("one and two and three"), "one and two and three");
}

// A weak look-alike (S, B, Z) closing a group is its digit with fewer digits before it when the
// run already holds a look-alike glued to a digit: the number is disguised ("6З4 8Z", "О67 48Z").
TEST(Normalize, WeakLookalikeClosesAGroupOfADisguisedNumber) {
  EXPECT_EQ(Fold("6З4 8Z l9 57 llámame"), "634 82 19 57 llámame");
  EXPECT_EQ(Fold("О67 48Z 91бЗ"), "067 482 9163");
  // Without a glued look-alike, sizes stay letters.
  EXPECT_EQ(Fold("Bust 75B, 90 60 90, size 36S"), "Bust 75B, 90 60 90, size 36S");
  EXPECT_EQ(Fold("flat 12B 3rd floor 4 rooms"), "flat 12B 3rd floor 4 rooms");
}

// One look-alike letter closes a run after the separator every group of it is parted by
// ("7~1~8~2~6~4~О"); after a blank it is a word ("… 4 o").
TEST(Normalize, LookalikeAfterTheRunsOwnSeparatorCloses) {
  EXPECT_EQ(Fold("(8~9~0~З)7~I~8~2~6~4~О"), "(8~9~0~3)7~1~8~2~6~4~0");
  EXPECT_EQ(Fold("0.7.7.0.0.9.0.0.1.2.O"), "0.7.7.0.0.9.0.0.1.2.0");
  EXPECT_EQ(Fold("call 0 7 7 0 0 9 0 0 1 2 3 o and"), "call 0 7 7 0 0 9 0 0 1 2 3 o and");
  EXPECT_EQ(Fold("tel 07700~900~12~з ok"), "tel 07700~900~12~з ok");  // a group, not one digit
}

// An emoji after an area code's closing bracket goes, as one between groups does.
TEST(Normalize, EmojiAfterABracketedAreaCodeGoes) {
  const std::string original = "☎️(305)💗555💗0164☎️";
  const NormalizedText n = Normalize(original);
  EXPECT_EQ(n.text, "☎(305)555 0164☎");
  EXPECT_EQ(OriginalOf(original, n, "555 0164"), "555💗0164");
  ExpectMapInvariants(original, n);
}

// An HTML entity of a space or a dash between digit groups of a folded run is a separator, as an
// emoji is ("О7700&nbsp;900&nbsp;123").
TEST(Normalize, SeparatorEntitiesInAFoldedRun) {
  EXPECT_EQ(Fold("О7700&nbsp;900&#160;123"), "07700 900 123");
  EXPECT_EQ(Fold("О7700&ndash;900&#x2013;123"), "07700-900-123");  // as a dash written there
  EXPECT_EQ(Fold("О7700&amp;900"), "07700&900");  // no separator: the run ends there
}

// Issue 3 (quality): HTML entities anywhere (pages copied as text) are decoded in the first pass,
// each character mapped back to its whole entity: decimal, hex, named, accented letters, and
// written twice over ("&amp;nbsp;"). A '&' that starts no entity closed by ';' stays.
TEST(Normalize, HtmlEntitiesAreDecodedWithTheirSpans) {
  const std::string original = "giulia&#46;dolce&#64;libero&#x2E;it &commat; T&eacute;l&nbsp;06";
  const NormalizedText n = Normalize(original);
  EXPECT_EQ(n.text, "giulia.dolce@libero.it @ Tél 06");
  EXPECT_TRUE(HasTransform(n, "html-entity"));
  EXPECT_EQ(OriginalOf(original, n, "@l"), "&#64;l");
  EXPECT_EQ(OriginalOf(original, n, "é"), "&eacute;");
  EXPECT_EQ(OriginalOf(original, n, "l 0"), "l&nbsp;0");
  ExpectMapInvariants(original, n);
  EXPECT_EQ(Fold("Tom &amp; Jerry&nbsp;ok &amp;nbsp;x &amp;#64;y"), "Tom & Jerry ok  x @y");
  EXPECT_EQ(Fold("07700&#8203;900&shy;123"), "07700900123");  // ignorable ones go
  EXPECT_EQ(Fold("&#65301;&#x1D7D0;"), "52");                 // other digits become ASCII
  // Not entities: unclosed, unknown, empty, out of range.
  for (const std::string s : {"AT&T R&B &nbsp &foo; &#; &#x; &#1114112; &#xD800; & ;", "&"}) {
    EXPECT_EQ(Fold(s), s);
  }
}

// Issue 3: a word for a dash or a space between digit groups ("06 tiret 47 tiret 29") is the
// groups' separator, in every language with number words.
TEST(Normalize, SeparatorWordsBetweenDigitGroupsBecomeDashes) {
  EXPECT_EQ(Fold("07700 dash 900 dash 415 ring"), "07700-900-415 ring");
  EXPECT_EQ(Fold("0176 Strich 48 Strich 21 Strich 09 Strich 37"), "0176-48-21-09-37");
  EXPECT_EQ(Fold("06 tiret 47 tiret 29 tiret 81 tiret 06"), "06-47-29-81-06");
  EXPECT_EQ(Fold("0612 streepje 345 streepje 678"), "0612-345-678");
  EXPECT_EQ(Fold("0722 liniuță 123 liniuță 456"), "0722-123-456");
  EXPECT_EQ(Fold("0888 тире 123 тире 456"), "0888-123-456");
  EXPECT_EQ(Fold("634 guión 902 guión 817"), "634-902-817");
  EXPECT_EQ(Fold("347 trattino 291 trattino 8064"), "347-291-8064");
  EXPECT_EQ(Fold("601 myślnik 937 myślnik 248"), "601-937-248");
  EXPECT_EQ(Fold("8 тире 916 тире 482 тире 37 тире 05"), "8-916-482-37-05");
  EXPECT_EQ(Fold("067 дефіс 123 дефіс 45 дефіс 67"), "067-123-45-67");
  // One is enough where the run opens as a phone number does (a 0 or a '+').
  EXPECT_EQ(Fold("Ruf 0176 minus 48210937 an"), "Ruf 0176-48210937 an");
  // Read out: the word is a pause.
  EXPECT_EQ(Fold("oh seven seven oh oh space nine oh oh space one eight three"), "07700 900 183");
  const std::string original = "06 tiret 47 tiret 29 tiret 81 tiret 06";
  const NormalizedText n = Normalize(original);
  EXPECT_TRUE(HasTransform(n, "separator"));
  EXPECT_EQ(OriginalOf(original, n, "06-47"), "06 tiret 47");
  ExpectMapInvariants(original, n);
}

// Issue 3: a word for a dot between digit groups ("06 point 27 point 94") is a separator too, in
// every language with number words.
TEST(Normalize, DotWordsBetweenDigitGroupsBecomeDashes) {
  EXPECT_EQ(Fold("07700 point 900 point 415 ring"), "07700-900-415 ring");
  EXPECT_EQ(Fold("06 point 47 point 29 point 81 point 06"), "06-47-29-81-06");
  EXPECT_EQ(Fold("0176 Punkt 4821 Punkt 0937"), "0176-4821-0937");
  EXPECT_EQ(Fold("06 punt 1234 punt 5678"), "06-1234-5678");
  EXPECT_EQ(Fold("0722 punct 519 punct 846"), "0722-519-846");
  EXPECT_EQ(Fold("0888 точка 123 точка 456"), "0888-123-456");
  EXPECT_EQ(Fold("634 punto 902 punto 817"), "634-902-817");
  EXPECT_EQ(Fold("601 kropka 937 kropka 248"), "601-937-248");
  EXPECT_EQ(Fold("8 916 ТОЧКА 482 ТОЧКА 37 ТОЧКА 05"), "8 916-482-37-05");
  EXPECT_EQ(Fold("067 крапка 123 крапка 45 крапка 67"), "067-123-45-67");
  const std::string original = "0722 punct 519 punct 846";
  const NormalizedText n = Normalize(original);
  EXPECT_TRUE(HasTransform(n, "separator"));
  EXPECT_EQ(OriginalOf(original, n, "0722-519"), "0722 punct 519");
  ExpectMapInvariants(original, n);
}

// A decimal, a version, a rating: one dot word in a run that does not open as a phone number does,
// or fewer digits than a number: left as written.
TEST(Normalize, DotWordsInDecimalsAreLeftAlone) {
  for (const char* s : {"4 point 5 stars", "Version 2 Punkt 0", "Оценка 4 точка 8", "0 point 5",
                        "section 3 point 2", "07700 point", "point 900 123"}) {
    EXPECT_EQ(Fold(s), s);
  }
}

// Not between two digit groups, or a sum: left as written.
TEST(Normalize, SeparatorWordsElsewhereAreLeftAlone) {
  for (const char* s : {"jule minus weiss", "2026 minus 1990", "10 minus 5 gleich 5",
                        "150 minus 20 Rabatt", "07700 dash", "dash 900 123", "06tiret47 tiret"}) {
    EXPECT_EQ(Fold(s), s);
  }
}

// Issue 3: brackets of other scripts around a digit group are read as '(' and ')'; elsewhere they
// stay.
TEST(Normalize, OtherBracketsAroundDigitGroupsBecomeParentheses) {
  EXPECT_EQ(Fold("【07700】「900」『274』 call"), "(07700)(900)(274) call");
  EXPECT_EQ(Fold("Call ⟨0917⟩ 482 0395"), "Call (0917) 482 0395");
  EXPECT_EQ(Fold("［622］184［905］"), "(622)184(905)");
  EXPECT_EQ(Fold("Tel.【０１５２】３７７４１９０２"), "Tel.(0152)37741902");
  EXPECT_EQ(Fold("《0176》 〈92035174〉"), "(0176) (92035174)");
  EXPECT_EQ(Fold("「quote」 【SALE】 ⟨x⟩"), "「quote」 【SALE】 ⟨x⟩");
  // ASCII brackets other than '(' around one to eight digits too.
  EXPECT_EQ(Fold("Call [087] 318-4602"), "Call (087) 318-4602");
  EXPECT_EQ(Fold("{0176} {92035174} <512> 874"), "(0176) (92035174) (512) 874");
  EXPECT_EQ(Fold("<b>5</b> [x] {a1} [123456789] <span>"), "<b>5</b> [x] {a1} [123456789] <span>");
  const std::string original = "【07700】900274";
  const NormalizedText n = Normalize(original);
  EXPECT_EQ(OriginalOf(original, n, "(07700)"), "【07700】");
  ExpectMapInvariants(original, n);
}

// Issue 3: spelled compounds among spelled digits. Tens and a unit after a joining word that open
// a number ("treinta y cuatro 722"); a four that makes eighty ("quarante quatre-vingt-treize" = 40
// 93); a bare unit before a pause closes its hundreds ("patru sute doi, opt sute" = 402 8..).
TEST(Normalize, SpelledCompoundsAmongSpelledDigits) {
  EXPECT_EQ(Fold("(más treinta y cuatro) 722 481 930"), "(más 34) 722 481 930");
  EXPECT_EQ(Fold("zero sept cinquante-huit vingt et un quarante quatre-vingt-treize"),
            "0758214093");
  EXPECT_EQ(Fold("zero șapte sute șaizeci și șase, patru sute doi, opt sute șaptesprezece"),
            "0766402817");
  EXPECT_EQ(Fold("tre ventinove dieci quarantasette ventotto"), "329104728");
  EXPECT_EQ(Fold("null eins siebenundvierzig 12 34 56"), "0147 12 34 56");
  EXPECT_EQ(Fold("восемь девятьсот сорок семь 12 34"), "8947 12 34");
  // Tens before a word that joins nothing stay prose.
  EXPECT_EQ(Fold("treinta dias y cuatro noches"), "treinta dias y cuatro noches");
}

// Issue 3 item 4 (sets 11 and 12: addresses over three chat messages): a local part, then "at"
// and a provider, then "dot" and a common top-level domain, from one speaker, are joined by
// spaces. Another speaker, or a last message that is no top-level domain, stays apart.
TEST(Normalize, AddressOverThreeChatMessagesIsJoined) {
  EXPECT_EQ(
      Fold("[21:02] Lou: my email is louisa.k.22\n[21:02] Lou: at gmail\n[21:03] Lou: dot com"),
      "[21:02] Lou: my email is louisa.k.22 at gmail dot com");
  for (const std::string text : {"Lou: louisa.k.22\nLou: at gmail\nMax: dot com",
                                 "Lou: louisa.k.22\nLou: at home\nLou: dot dot dot",
                                 "Lou: my email is louisa\nLou: at gmail\nLou: dot com"}) {
    EXPECT_EQ(Fold(text), text);
  }
}

// Issue 3 item 4 (sets 9 and 13: numbers over dialogue lines and around another speaker's short
// message): lines opened by an em or en dash and a space are one speaker's, so a number's pieces
// over them join; a number's pieces around one short message of another speaker (no digit, no
// '@', at most 16 bytes) join over it. A longer message, one with digits, or a number of its own
// first stays apart.
TEST(Normalize, DialogueLinesAndShortInterruptionsJoinANumber) {
  EXPECT_EQ(Fold("— Как да се свържа?\n— 0882\n— 527 419"), "— Как да се свържа?\n— 0882 527 419");
  EXPECT_EQ(Fold("– SMS\n– 781\n– 493 526"), "– SMS\n– 781 493 526");
  EXPECT_EQ(Fold("Dan: whats ur number\nMia: 07700 900\nDan: ?\nMia: 734 sorry"),
            "Dan: whats ur number\nMia: 07700 900 734 sorry");
  for (const std::string text :
       {"Mia: 07700 900\nDan: and what about tomorrow night?\nMia: 734",
        "Mia: 07700 900\nDan: 2 girls?\nMia: 734", "Mia: 07700 900123\nDan: ok\nMia: 07700 900456",
        "- 0882\n- 527 419"}) {
    EXPECT_EQ(Fold(text), text);
  }
}

// Issue 3 (set 15: chat_split, 3 misses): an area code in brackets alone is a number's first
// piece ("(646)", then "555 0198"), and words that end in a number's first digits ("its 07700")
// join the rest around a short message of another speaker as digits alone do; words that end in
// a figure and a message of words after stay apart.
TEST(Normalize, BracketedAreaCodeAndWordsWithDigitsArePieces) {
  EXPECT_EQ(Fold("Jade: (212)\nJade: 555 0142"), "Jade: (212) 555 0142");
  EXPECT_EQ(Fold("2/12/26, 23:15 - Jade: (305)\n2/12/26, 23:16 - Jade: 555 0164"),
            "2/12/26, 23:15 - Jade: (305) 555 0164");
  EXPECT_EQ(Fold("Amy: its 07700\nTom: go on\nAmy: 900 418"), "Amy: its 07700 900 418");
  for (const std::string text :
       {"Amy: room 12\nTom: ok\nAmy: 3 nights", "Amy: (212)\nTom: ok\nAmy: call me later"}) {
    EXPECT_EQ(Fold(text), text);
  }
}

// Issue 3 (set 15: email_split_msgs, 6 of 10): an address's local part alone and its "@host"
// around one short message of another speaker join over it, as a number's pieces do; a message
// of words first, or a longer message between, stays apart.
TEST(Normalize, ShortInterruptionJoinsAnAddress) {
  EXPECT_EQ(Fold("Jade: mia_vip\nTom: ??\nJade: @outlook.com"), "Jade: mia_vip@outlook.com");
  EXPECT_EQ(Fold("Inès : lea-job\nMarc : quoi\nInès : @orange.fr"), "Inès : lea-job@orange.fr");
  for (const std::string text :
       {"Jade: hello there\nTom: ??\nJade: @outlook.com",
        "Jade: mia_vip\nTom: what do you mean by that?\nJade: @outlook.com",
        "Jade: mia_vip\nTom: ??\nAna: @outlook.com"}) {
    EXPECT_EQ(Fold(text), text);
  }
}

// Issue 3 item 4 (set 13: addresses over two chat messages, 0 of 11): a message of words that ends
// in a username-like local part, then the same speaker's rest of the address to a mail host, is
// joined as a local part alone is. A plain word last, a host with another top-level domain (an
// Instagram name: "@lola.vip"), or another speaker stays apart.
TEST(Normalize, LocalPartAfterWordsJoinsTheNextMessagesHost) {
  EXPECT_EQ(Fold("Kim: mail ist kim.hh\nKim: at gmx.net"), "Kim: mail ist kim.hh at gmx.net");
  EXPECT_EQ(Fold("Jade: mon mail c'est jade.cannes\nJade: @hotmail.fr"),
            "Jade: mon mail c'est jade.cannes@hotmail.fr");
  EXPECT_EQ(Fold("Маша: почта masha_ekb\nМаша: @list.ru"), "Маша: почта masha_ekb@list.ru");
  for (const std::string text :
       {"Kim: schreib mir eine mail\nKim: at gmx.net", "Lola: my insta lola_22\nLola: @lola.vip",
        "Kim: mail ist kim.hh\nMax: at gmx.net"}) {
    EXPECT_EQ(Fold(text), text);
  }
}

// Issue 3: a number or an address one chat speaker writes over consecutive messages is joined
// (the line break and the next line's time and speaker fold to a space, or to nothing before
// "@host"); an address broken after its '@' too. Messages of words, other speakers, a blank line
// between, or a first message that is a number of its own stay apart.
TEST(Normalize, PiecesOverChatLinesAreJoined) {
  EXPECT_EQ(Fold("[21:04] guest: number?\n[21:05] mia: 718\n[21:05] mia: 555\n[21:05] mia: 0142"),
            "[21:04] guest: number?\n[21:05] mia: 718 555 0142");
  EXPECT_EQ(Fold("Lea: 0171\nLea: 903\nLea: 4562\nKunde: danke"),
            "Lea: 0171 903 4562\nKunde: danke");
  EXPECT_EQ(Fold("[18:03] Inès : ines.moreau\n[18:03] Inès : @sfr.fr"),
            "[18:03] Inès : ines.moreau@sfr.fr");
  EXPECT_EQ(Fold("Eva: eva.jansen\nEva: at hotmail.com"), "Eva: eva.jansen at hotmail.com");
  EXPECT_EQ(Fold("[22:10] Léa: lea.vip.bdx\n[22:11] Léa: @ gmail.com"),
            "[22:10] Léa: lea.vip.bdx @ gmail.com");
  EXPECT_EQ(Fold("Вика: vika.ekb\nВика: собака inbox.ru"), "Вика: vika.ekb собака inbox.ru");
  EXPECT_EQ(Fold("Holly Marsh\nholly.marsh@\nrosewood-rooms.example"),
            "Holly Marsh\nholly.marsh@rosewood-rooms.example");
  const std::string original = "Lea: 0171\nLea: 903";
  const NormalizedText n = Normalize(original);
  EXPECT_TRUE(HasTransform(n, "line-join"));
  EXPECT_EQ(OriginalOf(original, n, "0171 903"), "0171\nLea: 903");
  ExpectMapInvariants(original, n);
  // Not pieces of one selector.
  for (const std::string text :
       {"Lea: 0171\nMax: 903",                              // two speakers
        "Lea: 0171\n\nLea: 903",                            // a blank line between
        "Lea: 07700 900123\nLea: 07700 900456",             // a number of its own first
        "Lea: 25\nLea: ok",                                 // words after
        "Melli: melli.hh2\nMelli: insta hab ich gelöscht",  // a handle, then words
        "Lexi: lexi\nLexi: @lexi_brum",                     // an '@name' with no host
        "Rosie: rosie_96x\nRosie: no wickr sorry",
        "Tel. 0171\n903 4562 ab 18 Uhr"}) {  // no chat lines
    EXPECT_EQ(Fold(text), text);
  }
}

// Issue 3: a number's first digits spelled out in one chat message and the rest in digits in the
// same speaker's next ("Mila: nul zes⏎Mila: 52839174"): the short spelled run is too short to fold
// alone, so the folder reads across the join and keeps it when the run folds. One spelled digit,
// words that are no number, or another speaker stay apart.
TEST(Normalize, SpelledDigitsThenDigitsOverChatLinesAreJoined) {
  EXPECT_EQ(Fold("klant: nummer?\nMila: nul zes\nMila: 52839174"),
            "klant: nummer?\nMila: 06 52839174");
  EXPECT_EQ(Fold("Лиза: восемь девятьсот одиннадцать\nЛиза: 284 73 65"), "Лиза: 8911 284 73 65");
  EXPECT_EQ(Fold("Kunde: Nummer?\nJana: null eins sechs null\nJana: 9284 7153"),
            "Kunde: Nummer?\nJana: 0160 9284 7153");
  EXPECT_EQ(Fold("02.12.26, 22:15 - Sina: null eins sieben drei\n02.12.26, 22:15 - Sina: 8291045"),
            "02.12.26, 22:15 - Sina: 0173 8291045");
  const std::string original = "Mila: nul zes\nMila: 52839174";
  const NormalizedText n = Normalize(original);
  EXPECT_TRUE(HasTransform(n, "line-join"));
  EXPECT_EQ(OriginalOf(original, n, "06 52839174"), "nul zes\nMila: 52839174");
  ExpectMapInvariants(original, n);
  for (const std::string text : {"Mila: zes\nMila: 52839174",           // one spelled digit
                                 "Mila: tot straks\nMila: 52839174",    // words, no number
                                 "Mila: nul zes\nMax: 52839174",        // two speakers
                                 "Mila: twenty two\nMila: 0612345678",  // a number of its own
                                 "Mila: nul zes\n\nMila: 52839174"}) {  // a blank line between
    EXPECT_EQ(Fold(text), text);
  }
}

// Issue 3: the quote marks of a quoted reply's second and later lines fold to nothing, so what a
// quote breaks over lines reads as unquoted text does; an address broken before its '@' or around
// its domain's last dot is joined. A line after an unquoted one keeps its '>', and a handle on a
// line of its own after a word or a number stays apart.
TEST(Normalize, QuotedLinesAndAddressBreaks) {
  EXPECT_EQ(Fold("> write to nina.k at\n> gmail dot com"), "> write to nina.k at\ngmail dot com");
  EXPECT_EQ(Fold(">> a\n>> b\n> > c"), ">> a\nb\nc");
  EXPECT_EQ(Fold("> nina.k@\n> gmail.com"), "> nina.k@gmail.com");
  EXPECT_EQ(Fold("> Lea: 0171\n> Lea: 903"), "> Lea: 0171 903");
  EXPECT_EQ(Fold("bookings: mayfair.models\n@outlook.com"), "bookings: mayfair.models@outlook.com");
  EXPECT_EQ(Fold("nina.k@gmail.\ncom"), "nina.k@gmail.com");
  EXPECT_EQ(Fold("nina.k@gmail\n.com and more"), "nina.k@gmail.com and more");
  const std::string original = "> a\n> b";
  const NormalizedText n = Normalize(original);
  EXPECT_EQ(OriginalOf(original, n, "b"), "b");
  ExpectMapInvariants(original, n);
  for (const std::string text :
       {"price\n> 100 EUR",                        // the line before is not quoted
        "follow me on insta\n@sofia.milano",       // no username before the handle
        "Tel: 0171 2345678\n@lola.vip",            // a number, not a local part
        "the insta of lola_22\n@lola.vip",         // no mail domain
        "nina.k@gmail.com\n.com is a domain",      // the address is whole
        "see nina.k@gmail.\ncomets and stars"}) {  // a word, not a top-level domain
    EXPECT_EQ(Fold(text), text);
  }
}

// Issue 3: Russian "дважды" and Ukrainian "двічі" (twice) repeat the next digit as "double"
// does; "трижды", "тричі" three times; German "zweimal" too.
TEST(Normalize, TwiceRepeatsTheNextDigit) {
  EXPECT_EQ(Fold("восемь девятьсот двадцать шесть, дважды пять, один, дважды семь, три ноль"),
            "89265517730");
  EXPECT_EQ(Fold("нуль двічі шість, дев'ять три нуль, п'ять сім два один"), "0669305721");
  EXPECT_EQ(Fold("ноль трижды семь 12 34 56"), "0777 12 34 56");
  EXPECT_EQ(Fold("null eins sieben zweimal vier 12 34 56"), "01744 12 34 56");
  // Not among digits: prose.
  EXPECT_EQ(Fold("звонила дважды вчера"), "звонила дважды вчера");
}

// Issue 3: quotation marks around a digit group are its brackets («06» ‹13› „067“), either way
// round; ⟦⟧, ⟪⟫ and ⦅⦆ too. Around words they stay.
TEST(Normalize, QuotationMarksAroundDigitsAreBrackets) {
  EXPECT_EQ(Fold("Tél. «06» ‹13› [82]"), "Tél. (06) (13) (82)");
  EXPECT_EQ(Fold("тел: „067“ »482« 〈15〉"), "тел: (067) (482) (15)");
  EXPECT_EQ(Fold("⟨0887⟩ ⟦493⟧ ⦅216⦆ ⟪12⟫"), "(0887) (493) (216) (12)");
  EXPECT_EQ(Fold("«Bonjour» „Hallo“ ‹x›"), "«Bonjour» „Hallo“ ‹x›");
  // Digits glued to a letter end a name, not a group: the mark stays ("anja88«at»web").
  EXPECT_EQ(Fold("anja88«at»web«dot»de"), "anja88«at»web«dot»de");
}

// Issue 3 (set 21): the ideographic full stop is a dot, as UTS #46 maps it in domain names
// ("mila＠web。de"); NFKC takes the half-width one to it.
TEST(Normalize, IdeographicFullStopIsADot) {
  EXPECT_EQ(Fold("mila_sun＠web。de"), "mila_sun@web.de");
  EXPECT_EQ(Fold("lena｡rose"), "lena.rose");
}

// Issue 3: markup between short digit groups of one line is one space ("<strong>389</strong>
// <em>412</em>"); not around a group of six digits or more (a number of its own in a cell), nor
// across a line (the phone extractor reads those, extract/phone.cpp).
TEST(Normalize, MarkupBetweenShortDigitGroups) {
  const std::string original = "Tel: <strong>389</strong> <em>412</em> <u>7735</u>";
  const NormalizedText n = Normalize(original);
  EXPECT_EQ(n.text, "Tel: <strong>389 412 7735</u>");
  EXPECT_EQ(OriginalOf(original, n, "389 412"), "389</strong> <em>412");
  ExpectMapInvariants(original, n);
  EXPECT_EQ(Fold("<td>0171</td><td>903</td>"), "<td>0171 903</td>");
  for (const std::string text : {"<td>07700900123</td><td>25</td>", "<b>0171</b>\n<b>903</b>",
                                 "<b>12</b> ok <i>34</i>", "age <b>25</b> <i>x</i>"}) {
    EXPECT_EQ(Fold(text), text);
  }
}

// Issue 3: one dash, dot or slash among the tags between two short groups, and a group in brackets,
// are markup of one number too ("<a>06</a>-<a>1947</a>", "<b>+7</b> <b>(999)</b>").
TEST(Normalize, MarkupWithASeparatorOrBracketsBetweenShortDigitGroups) {
  const std::string original = "<span>0888</span><span>-</span><span>527</span><span>-</span>";
  const NormalizedText n = Normalize(original);
  EXPECT_EQ(n.text, "<span>0888 527</span><span>-</span>");
  EXPECT_EQ(OriginalOf(original, n, "0888 527"), "0888</span><span>-</span><span>527");
  ExpectMapInvariants(original, n);
  EXPECT_EQ(Fold("<li>Tel: <a>06</a>-<a>1947</a>-<a>3825</a></li>"),
            "<li>Tel: <a>06 1947 3825</a></li>");
  EXPECT_EQ(Fold("<b>06</b>.<i>38</i>.<b>72</b>"), "<b>06 38 72</b>");
  EXPECT_EQ(Fold("<b>+7</b> <b>(999)</b> <i>183</i>-<i>52</i>"), "<b>+7 (999) 183 52</i>");
  // Two separators, a separator right before a group, a long group: left as written.
  for (const std::string text : {"<b>12</b>--<b>34</b>", "<b>12</b>-5", "<b>12</b><b>-5</b>",
                                 "<td>07700900123</td>-<td>25</td>", "<b>12</b> - ok <i>34</i>"}) {
    EXPECT_EQ(Fold(text), text);
  }
}

// Issue 3: the Slavic nouns for a digit, counted ("три шестёрки" = 666, "trzy piątki" = 555) or
// after a multiplier ("podwójna trójka" = 33), repeat their digit; alone they are words.
TEST(Normalize, CountedDigitNounsRepeatTheirDigit) {
  EXPECT_EQ(Fold("sześćset dwa, trzy piątki, osiemdziesiąt jeden, dziewięć"), "602555819");
  EXPECT_EQ(Fold("pięć, podwójna trójka, osiem dwa dziewięć, jeden siedem cztery"), "533829174");
  EXPECT_EQ(Fold("восемь девятьсот двадцать, три шестёрки, сорок восемь, пятнадцать"),
            "89206664815");
  EXPECT_EQ(Fold("восемь девять шесть пять, две четвёрки, один восемь два семь три"),
            "89654418273");
  EXPECT_EQ(Fold("нуль дев'яносто п'ять, дві трійки, сімдесят два, вісімнадцять, чотири"),
            "0953372184");
  EXPECT_EQ(Fold("нула осемстотин осемдесет и седем, три петици, две, шейсет и едно"),
            "0887555261");
  EXPECT_EQ(Fold("ноль девятьсот, два нуля, семь 12 34"), "0900007 12 34");
  // Not counted: words.
  EXPECT_EQ(Fold("dostałam piątkę, piątki są super 0601 234 567"),
            "dostałam piątkę, piątki są super 0601 234 567");
  EXPECT_EQ(Fold("шестёрка до центра 0912 345 678"), "шестёрка до центра 0912 345 678");
}

// Issue 3: chat exports' prefixes: Android's date and time before a spaced dash ("02.12.26, 22:15
// - Sina: 0173"), a bracketed time with letters ("[2.12.26 г., 0:12]", "[2/12/26, 9:41 PM]"); and a
// number's first digits after words in one message ("мой номер 8 999"), the rest alone in the
// next.
TEST(Normalize, ChatExportPiecesAreJoined) {
  EXPECT_EQ(Fold("02.12.26, 22:15 - Sina: 0173\n02.12.26, 22:15 - Sina: 482 91 573"),
            "02.12.26, 22:15 - Sina: 0173 482 91 573");
  EXPECT_EQ(Fold("2/12/26 23:06 - Sara: 6 7 1\n2/12/26 23:06 - Sara: 928 473"),
            "2/12/26 23:06 - Sara: 6 7 1 928 473");
  EXPECT_EQ(Fold("[2.12.26 г., 0:12] Деси: 0876\n[2.12.26 г., 0:12] Деси: 629184"),
            "[2.12.26 г., 0:12] Деси: 0876 629184");
  EXPECT_EQ(Fold("[12/2/26, 9:41 PM] Kat: 07700 900\n[12/2/26, 9:41 PM] Kat: 318"),
            "[12/2/26, 9:41 PM] Kat: 07700 900 318");
  EXPECT_EQ(Fold("[02.12.2026, 01:02] Вика: мой номер 8 999\n[02.12.2026, 01:02] Вика: 817 26 34"),
            "[02.12.2026, 01:02] Вика: мой номер 8 999 817 26 34");
  for (const std::string text : {
           "02.12.26, 22:15 - Sina: 0173\n02.12.26, 22:15 - Tom: 482",  // two speakers
           "Lea: I am 25\nLea: 30 minutes away",                        // words after
           "Lea: my number, my rules: call\nLea: ok",                   // words alone
           "Lea: room 7\nLea: 203",                                     // one digit before
           "Lea: call nr2\nLea: 203",                                   // glued to a word
           "2026 - Sina: 0173\n2026 - Sina: 482",                       // no time
       }) {
    EXPECT_EQ(Fold(text), text);
  }
}

// Issue 3: voice-message transcripts write the speaker's fillers between the groups of a number
// read out ("zero seven seven, uh, …"): a pause there in every language, drawn out or not, with a
// pause or a hyphen after it ("э-э"). Elsewhere, and before a count, the words stay.
TEST(Normalize, FillersBetweenGroupsOfANumberReadOut) {
  const std::string s =
      "call me on zero seven seven, um, zero zero, uh, nine zero zero one two three";
  const NormalizedText n = Normalize(s, {"en"});
  EXPECT_EQ(n.text, "call me on 077 00 900123");
  EXPECT_EQ(OriginalOf(s, n, "077"), "zero seven seven");
  ExpectMapInvariants(s, n);
  EXPECT_EQ(Fold("oh seven seven oh oh, ummm... nine hundred, erm - one two three", "en"),
            "07700 900 123");
  EXPECT_EQ(Fold("zero seven seven oh oh, like, nine hundred, uh-uh, one two three", "en"),
            "07700 900 123");
  EXPECT_EQ(Fold("null sieben sieben, ähm, null null neun null null eins zwei drei", "de"),
            "077 00900123");
  EXPECT_EQ(Fold("null sieben sieben, äääähm, null null neun null null eins zwei drei", "de"),
            "077 00900123");
  EXPECT_EQ(Fold("zéro six, euh, douze trente-quatre cinquante-six soixante-dix-huit", "fr"),
            "06 12345678");
  EXPECT_EQ(Fold("nul zes, ehm, twaalf vierendertig zesenvijftig achtenzeventig", "nl"),
            "06 12345678");
  EXPECT_EQ(Fold("zero șapte doi doi, ăăă, unu doi trei patru cinci șase", "ro"), "0722 123456");
  EXPECT_EQ(Fold("нула осем осем осем, ъъъ, едно две три четири пет шест", "bg"), "0888 123456");
  EXPECT_EQ(Fold("cero seis, eh, doce treinta y cuatro cincuenta y seis setenta y ocho", "es"),
            "06 12345678");
  EXPECT_EQ(Fold("tre tre nove, ehm, uno due tre quattro cinque sei sette", "it"), "339 1234567");
  EXPECT_EQ(Fold("zero siedem, yyy, siedem zero zero dziewięć zero zero jeden dwa trzy", "pl"),
            "07 700900123");
  EXPECT_EQ(Fold("восемь девять, ну, один два три, э-э, четыре пять шесть семь", "ru"),
            "89 123 4567");
  EXPECT_EQ(Fold("восемь девять один, эээ, два три четыре пять шесть семь", "ru"), "891 234567");
  // One digit before a filler opens a number when spelled tens or hundreds follow it (a trunk
  // prefix said alone), not before a unit.
  EXPECT_EQ(Fold("восемь, э-э, девятьсот двенадцать, ну, триста сорок пять, шестьдесят семь", "ru"),
            "8 912 34567");
  EXPECT_EQ(Fold("нуль дев'ять сім, ну, один два три чотири п'ять шість сім", "uk"), "097 1234567");
  for (const auto& [kept, lang] : std::vector<std::pair<std::string, std::string>>{
           {"I have one, uh, two kids and 3 dogs", "en"},  // no number
           {"uh, zero, uh, seven", "en"},                  // too few digits
           {"twelve, uh, four five six seven", "en"},      // a count before it
           {"zero siedem y siedem", "pl"},                 // "y" alone is no filler
       }) {
    EXPECT_EQ(Fold(kept, lang), kept);
  }
  // A number word and a filler opening the number, which the skipper may pass: read back.
  EXPECT_EQ(Fold("zero, uh, six hundred twelve, three hundred forty five sixty seven", "en"),
            "0 61234567");
  EXPECT_EQ(Fold("oh, um, seven seven oh oh, nine oh oh one two three", "en"), "0 7700900123");
  EXPECT_EQ(Fold("cero, eh, seiscientos doce, este, trescientos cuarenta y cinco", "es"),
            "0 612 345");
  for (const std::string kept : {"I have one, uh, 07700 900123", "one, uh, two, uh, three",
                                 "one, uh, two three four five six seven"}) {
    EXPECT_EQ(Fold(kept, "en"), kept);
  }
  // A filler of one language that is a number word of another: the number word where its language
  // is read ("um" is one in Portuguese).
  EXPECT_EQ(Fold("zero sete sete, um, dois três quatro cinco", "pt"), "07712345");
  // Where the text's language is unknown, the language of the number word before it decides: a
  // filler after English words, one after Portuguese ones.
  EXPECT_EQ(Fold("zero seven seven, um, zero zero, uh, nine hundred, er, one two three"),
            "077 00 900 123");
  EXPECT_EQ(Fold("liga nove um dois três quatro cinco seis sete oito"), "liga 912345678");
  // Set off by commas after a word of both languages ("zero" is Portuguese too), the filler, where
  // the text's language is unknown (issue 3, item 4: voice-message transcripts).
  EXPECT_EQ(Fold("zero seven seven zero zero, um, nine zero zero, one two three"), "07700 900123");
  EXPECT_EQ(Fold("zero sete sete, um, dois três quatro cinco", "pt"), "07712345");
}

// Issue 3: written digits before a word for hundred in a number read out are hundreds, as a
// spelled unit is ("zero7seven hundred, 9 hundred, 3 1 6").
TEST(Normalize, WrittenDigitsBeforeHundredInANumberReadOut) {
  const std::string s = "zero7seven hundred, 9 hundred, 3 1 6";
  const NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, "07700900 3 1 6");
  EXPECT_EQ(OriginalOf(s, n, "900"), "9 hundred");
  ExpectMapInvariants(s, n);
  EXPECT_EQ(Fold("zero 77 hundred, nine 4 hundred and twelve, three"), "0770094123");
  EXPECT_EQ(Fold("zero seven seven, double oh, 9 hundred twenty three, four five six"),
            "07700923456");
  // A unit before a word for hundred makes the next hundreds: 700 900, not 709.
  EXPECT_EQ(Fold("oh seven seven hundred nine hundred one two three"), "07700900123");
  EXPECT_EQ(Fold("zero seventy-seven hundred nine hundred twelve"), "07700912");
  EXPECT_EQ(Fold("oh seven seven hundred, nine hundred nine, one two three"), "07700909123");
  // Not in a number read out: "5 hundred euros", "call 07700 900 hundred" keep the word.
  EXPECT_EQ(Fold("5 hundred euros for 2 hours"), "5 hundred euros for 2 hours");
}

// Issue 3: digit words written in another script: Russian, Ukrainian and Bulgarian ones in Latin
// letters, English ones in Cyrillic, read whatever the text's language.
TEST(Normalize, DigitWordsInAnotherScript) {
  const std::string s = "Call me: nol sem sem nol nol devyat nol nol odin dva tri";
  const NormalizedText n = Normalize(s, {"en"});
  EXPECT_EQ(n.text, "Call me: 07700900123");
  EXPECT_EQ(OriginalOf(s, n, "07700900123"), "nol sem sem nol nol devyat nol nol odin dva tri");
  ExpectMapInvariants(s, n);
  EXPECT_EQ(Fold("Звони: vosem devyat odin dva, tri chetyre pyat, shest sem vosem devyat", "ru"),
            "Звони: 89123456789");
  EXPECT_EQ(Fold("vosem devyatsot dvenadtsat, trista sorok pyat, shestdesyat sem, vosemdesyat "
                 "devyat",
                 "ru"),
            "89123456789");
  EXPECT_EQ(Fold("звънни на nula osem osem osem edno dve tri chetiri pet shest", "bg"),
            "звънни на 0888123456");
  EXPECT_EQ(Fold("дзвони nul devyat sim odyn dva try chotyry piat shist visim", "uk"),
            "дзвони 0971234568");
  EXPECT_EQ(Fold("Schreib mir: nol devyat sem, odin dva tri chetyre pyat shest sem", "de"),
            "Schreib mir: 0971234567");
  EXPECT_EQ(Fold("пиши: зиро севен севен зиро зиро найн зиро зиро ван ту фри", "ru"),
            "пиши: 07700900123");
  EXPECT_EQ(Fold("дзвони: зіро найн сікс, ван ту фрі фор файв сікс севен", "uk"),
            "дзвони: 0961234567");
  EXPECT_EQ(Fold("обади се: зиро ейт ейт ейт, ван ту фри фор файв сикс", "bg"),
            "обади се: 0888123456");
  // "try" and "sim" are Ukrainian digits only where the text is Ukrainian; a word alone is a word.
  for (const std::string kept :
       {"try nul devyat later", "my new sim, dva tri", "sem compromisso", "ту сторону 2 раза"}) {
    EXPECT_EQ(Fold(kept, "en"), kept);
  }
  EXPECT_EQ(Fold("try oh seven seven, nine one two three four", "en"), "try 07791234");
}

// Issue 3: number words whose letters mix two scripts, a Latin letter for its Cyrillic look-alike
// or the other way round ("дeвять" with a Latin e, "zеro" with a Cyrillic е): the word the letters
// spell in one script. Prose of mixed letters stays.
TEST(Normalize, NumberWordsOfLettersOfTwoScripts) {
  // Latin e and o in Russian words.
  const std::string ru =
      "звони восемь д\x65вять один два три ч\x65тыре пять ш\x65сть с\x65мь в\x6Fсемь";
  const NormalizedText n = Normalize(ru, {"ru"});
  EXPECT_EQ(n.text, "звони 8912345678");
  EXPECT_EQ(OriginalOf(ru, n, "8912345678"), ru.substr(std::string("звони ").size()));
  ExpectMapInvariants(ru, n);
  // Cyrillic е (U+0435) and о (U+043E) in English words.
  EXPECT_EQ(Fold("call z\u0435ro s\u0435v\u0435n s\u0435v\u0435n z\u0435ro zero nin\u0435 "
                 "z\u0435r\u043E zero one two thr\u0435\u0435",
                 "en"),
            "call 07700900123");
  // Ukrainian і (U+0456) in Latin "nine", Latin i in Ukrainian "вісім".
  EXPECT_EQ(Fold("n\u0456ne n\u0456ne в\x69сім в\x69сім nine one two three", "uk"), "99889123");
  for (const std::string kept : {"Th\u0435 s\u0435v\u0435n hills", "ок\x65й, дв\x61 раза"}) {
    EXPECT_EQ(Fold(kept, "en"), kept);
  }
}

// Issue 3 item 4 (set 17's voice_transcript): after a transcript's heading, speech-to-text ends a
// sentence or puts a comma after each group of a number read out, and the speaker's fillers
// stand between groups ("so", "deci", "allora", "yyy", "э-э"). Between two digit groups the
// pause becomes one space; elsewhere the text stays: no heading, a dot without a blank (a
// version, an address), a word on each side with a comma alone.
TEST(Normalize, PausesBetweenGroupsOfANumberInATranscript) {
  EXPECT_EQ(Fold("Voice message (0:52) · Transcript: \"Uh my number is 07700, 900, 691.\""),
            "Voice message (0:52) · Transcript: \"Uh my number is 07700 900 691.\"");
  EXPECT_EQ(Fold("Mesaj vocal (0:30) · Transcriere: \"Ăă numărul meu e 0759. 911. deci 996.\""),
            "Mesaj vocal (0:30) · Transcriere: \"Ăă numărul meu e 0759 911 996.\"");
  EXPECT_EQ(Fold("Расшифровка: \"Э-э мой номер 8, 903, 1 5 7, 4 3, э-э 2 5.\""),
            "Расшифровка: \"Э-э мой номер 8 903 1 5 7 4 3 2 5.\"");
  EXPECT_EQ(Fold("Transcript: \"So my number is 0 8 6 so 275 4 1 1 9.\""),
            "Transcript: \"So my number is 0 8 6 275 4 1 1 9.\"");
  // No heading; a version number; a comma between two words.
  EXPECT_EQ(Fold("Uh my number is 07700, 900, 691."), "Uh my number is 07700, 900, 691.");
  EXPECT_EQ(Fold("Transcript: firmware 10.4.2.117, ok"), "Transcript: firmware 10.4.2.117, ok");
  EXPECT_EQ(Fold("Transcript: hi, so, call me"), "Transcript: hi, so, call me");
}

// Issue 3 item 4 (set 17's chat_split): chat exports whose time carries a word between the date
// and the time (French "07/12/2026 à 21:14 - ", Bulgarian "12.12.26 г., 21:14 - "), and a
// Telegram copy whose next header follows the message with no blank line: the pieces of one
// speaker's number are joined. Another speaker's pieces, or a long word there, stay apart.
TEST(Normalize, ChatPiecesUnderDateWordsAndTelegramHeadersWithoutBlankLines) {
  EXPECT_EQ(Fold("07/12/2026 à 21:14 - Léa: nouveau numéro 07\n07/12/2026 à 21:15 - Léa: 79 68 47 "
                 "71"),
            "07/12/2026 à 21:14 - Léa: nouveau numéro 07 79 68 47 71");
  EXPECT_EQ(Fold("12.12.26 г., 21:14 - Вики: нов номер 0887\n12.12.26 г., 21:15 - Вики: 257 405"),
            "12.12.26 г., 21:14 - Вики: нов номер 0887 257 405");
  EXPECT_EQ(
      Fold("Софія, [28.12.2026 21:14]\nновий номер 050 743\nСофія, [28.12.2026 21:15]\n95 54"),
      "Софія, [28.12.2026 21:14]\nновий номер 050 743 95 54");
  const std::string other =
      "07/12/2026 à 21:14 - Léa: nouveau numéro 07\n07/12/2026 à 21:15 - Tom: 79 68";
  EXPECT_EQ(Fold(other), other);
  const std::string word =
      "07/12/2026 environ 21:14 - Léa: numéro 07\n07/12/2026 environ 21:15 - Léa: 79 68";
  EXPECT_EQ(Fold(word), word);
}

// Issue 3 item 4 (set 17's markdown): a number's groups in bold and italics ("**0435** *255
// 052*"): the marks and the blank between two groups make one space (four bytes are more than
// the pre-scan chains groups over). Marks without a blank, a blank alone, or a word after them
// stay.
TEST(Normalize, MarkdownEmphasisBetweenDigitGroups) {
  EXPECT_EQ(Fold("> **0435** *255 052*"), "> **0435 255 052*");
  EXPECT_EQ(Fold("__06__ _5544 2567_"), "__06 5544 2567_");
  EXPECT_EQ(Fold("2**3** = 8"), "2**3** = 8");
  EXPECT_EQ(Fold("lola_23 _mia"), "lola_23 _mia");
  EXPECT_EQ(Fold("**100** hour"), "**100** hour");
}

// Issue 3 item 4 (set 18's description: handles split over chat bubbles and lines found 0 of 35,
// each head reported instead): a username broken at its '_' or '.' over two messages of one
// speaker, or two plain lines, is glued: the rest opens with '_' or '.' ("tg: @giulia⏎_mia"), or
// the head ends in '_' (or in '.' after another mark) and the rest is a name alone ("my insta is
// amber_⏎leeds92", "Insta: @fleur_adam_⏎new"). Another speaker, a rest of several words, a
// sentence's full stop, a decimal ".5" or markdown "_ok_" stay apart.
TEST(Normalize, UsernameBrokenOverMessagesOrLinesIsGlued) {
  EXPECT_EQ(Fold("05/12/26, 23:41 - Giulia: tg: @giulia\n05/12/26, 23:41 - Giulia: _mia\n"
                 "05/12/26, 23:41 - Giulia: (tutto minuscolo)"),
            "05/12/26, 23:41 - Giulia: tg: @giulia_mia\n05/12/26, 23:41 - Giulia: (tutto "
            "minuscolo)");
  EXPECT_EQ(Fold("05/12/26, 21:14 - Amber: my insta is amber_\n05/12/26, 21:14 - Amber: leeds92"),
            "05/12/26, 21:14 - Amber: my insta is amber_leeds92");
  EXPECT_EQ(Fold("[21:14] Ola: insta: ola.\n[21:14] Ola: krk_22"),
            "[21:14] Ola: insta: ola.krk_22");
  EXPECT_EQ(Fold("Sanne\nInsta: @fleur_adam_\nnew\n150 1u"),
            "Sanne\nInsta: @fleur_adam_new\n150 1u");
  EXPECT_EQ(Fold("insta : chloe\n_nice06\nmessages"), "insta : chloe_nice06\nmessages");
  EXPECT_EQ(Fold("Ioana, [05.12.26 21:14]\ninsta: @ioana_\n\nIoana, [05.12.26 21:14]\nbuc22"),
            "Ioana, [05.12.26 21:14]\ninsta: @ioana_buc22");
  const std::string original = "Mia: tg: @mia\nMia: _rose";
  const NormalizedText n = Normalize(original);
  EXPECT_EQ(OriginalOf(original, n, "@mia_rose"), "@mia\nMia: _rose");
  ExpectMapInvariants(original, n);
  for (const std::string text :
       {"Amber: my insta is amber_\nTom: leeds92", "Amber: my insta is amber_\nAmber: see you at 9",
        "I'm new in town.\nkisses", "Chloé: à 21h.\nChloé: bisous", "Anna: ok\nAnna: .5 hours",
        "Anna: hello\nAnna: _ok_", "Lexi: lexi\nLexi: @lexi_brum", "ira.\nNew photos"}) {
    EXPECT_EQ(Fold(text), text);
  }
}

// Issue 3 item 4 (set 18's description: e-mails over chat bubbles or lines, 0 of 20): an address
// over two to five lines or one speaker's messages, each break at its '@' or a dot, is glued when
// the pieces make a whole address with a common top-level domain. A name alone before "@host",
// words among the pieces, another speaker or a host that is no mail host stay apart.
TEST(Normalize, AddressOverSeveralLinesOrMessagesIsGlued) {
  EXPECT_EQ(Fold("email:\nbianca.belle93\n@\nyahoo\n.com"), "email:\nbianca.belle93@yahoo.com");
  EXPECT_EQ(Fold("05.12.2026, 22:54 - Bianca: email alina.star18\n05.12.2026, 22:54 - Bianca: "
                 "@yahoo\n05.12.2026, 22:54 - Bianca: .com"),
            "05.12.2026, 22:54 - Bianca: email alina.star18@yahoo.com");
  EXPECT_EQ(Fold("[21:14] Amber: amber.rose92\n[21:14] Amber: @\n[21:14] Amber: gmail.com"),
            "[21:14] Amber: amber.rose92@gmail.com");
  EXPECT_EQ(Fold("почта:\nlera_luxe29\n@mail\n.ru"), "почта:\nlera_luxe29@mail.ru");
  for (const std::string text :
       {"Anna\n@anna.de", "Bianca: alina.star18\nBianca: @yahoo\nTom: .com",
        "email me at\n@gmail.com is fine", "mia_22\n@\nlola.vip", "bianca.belle93\n@\nyahoo"}) {
    EXPECT_EQ(Fold(text), text);
  }
}

// Issue 5 item 7 (held-out link corpus 8: a number told in three parts with words of order, 19 of
// 50 such ads joined nothing): the words between the parts go when a first word opens the number
// and the parts hold 8 to 15 digits; in every language of the ads.
TEST(Normalize, ANumberToldInPartsWithWordsOfOrderIsJoined) {
  EXPECT_EQ(Fold("WhatsApp: First 077, then 0090, and last 0997"), "WhatsApp: First 077 0090 0997");
  EXPECT_EQ(Fold("Escríbeme: Primero 691, luego 524, y al final 648"),
            "Escríbeme: Primero 691 524 648");
  EXPECT_EQ(Fold("Ruf mich an: Erst 0159, dann 8234, und zuletzt 2702"),
            "Ruf mich an: Erst 0159 8234 2702");
  EXPECT_EQ(Fold("Écris-moi: D'abord 06, puis 61 39 26, et enfin 79"),
            "Écris-moi: D'abord 06 61 39 26 79");
  EXPECT_EQ(Fold("Пиши: Сначала 8, потом 961 821 91, и в конце 22"),
            "Пиши: Сначала 8 961 821 91 22");
  EXPECT_EQ(Fold("Tel: Întâi 0747, apoi 995, și la final 204"), "Tel: Întâi 0747 995 204");
  EXPECT_EQ(Fold("Zavolej: Nejdřív 726, pak 584, a nakonec 706"), "Zavolej: Nejdřív 726 584 706");
  EXPECT_EQ(Fold("Tel: Eerst 06, dan 53 80 75, en als laatste 54"), "Tel: Eerst 06 53 80 75 54");
  // No first word, too few digits, or other words between the parts: left as written.
  for (const std::string text :
       {"Rates: 150, then 250, and last 400", "First 2 nights, then 150, and last 300",
        "First 0159, call me later 8234 2702", "Primero 691, luego el resto 524 648"}) {
    EXPECT_EQ(Fold(text), text);
  }
}

// The parts' opening is found a step of bytes at a time (64 with AVX2, 16 with SSE2; the test
// runs with ARIADNE_CPU_BASELINE too): wherever the number stands, at the start of the text,
// across a step's edge or in its last bytes, it is joined the same.
TEST(Normalize, ANumberToldInPartsIsJoinedWhereverItStands) {
  for (size_t pad = 0; pad < 140; ++pad) {
    for (const auto& [told, joined] :
         {std::pair{" First 077, then 0090, and last 0997", " First 077 0090 0997"},
          std::pair{" Erst 0, und 15982342", " Erst 0 15982342"}}) {
      const std::string text = std::string(pad, 'x') + told;
      const std::string want = std::string(pad, 'x') + joined;
      EXPECT_EQ(Fold(text), want) << pad;
      EXPECT_EQ(Fold(text.substr(1)), want.substr(1)) << pad;
    }
  }
}

// Issue 5 item 7 (link corpus 9: a number told in three sentences scattered through the ad, 20 of
// 28 such ads off their network): the whole number is read in the first part's place when a
// noun and a verb of beginning open it, sentences opening with a word of order hold the middle
// parts, a verb of ending the last, 8 to 15 digits in all; the later parts and the sentences
// between stay as written. In several languages.
TEST(Normalize, ANumberToldInPartsOverSentencesIsReadAsOne) {
  EXPECT_EQ(Fold("My number starts with 07700. Rates: 1 hour 150. After that comes 900. Now in "
                 "Leeds. And it ends in 417."),
            "My number starts with 07700 900 417. Rates: 1 hour 150. After that comes 900. Now "
            "in Leeds. And it ends in 417.");
  EXPECT_EQ(Fold("Meine Nummer beginnt mit 0176. Preise: 1 Std 150 €.\nDanach kommt 5519.\nUnd "
                 "sie endet mit 204."),
            "Meine Nummer beginnt mit 0176 5519 204. Preise: 1 Std 150 €.\nDanach kommt "
            "5519.\nUnd sie endet mit 204.");
  EXPECT_EQ(Fold("Mon numéro commence par 06. Tarifs : 1 h 150 €. Ensuite il y a 71 44. Et il "
                 "finit par 2093."),
            "Mon numéro commence par 06 71 44 2093. Tarifs : 1 h 150 €. Ensuite il y a 71 44. "
            "Et il finit par 2093.");
  EXPECT_EQ(Fold("Mój numer zaczyna się od 512. Potem jest 804.\nA kończy się na 331."),
            "Mój numer zaczyna się od 512 804 331. Potem jest 804.\nA kończy się na 331.");
  EXPECT_EQ(Fold("Мой номер начинается с 8916. Потом идёт 440. А заканчивается на 2718."),
            "Мой номер начинается с 8916 440 2718. Потом идёт 440. А заканчивается на 2718.");
  EXPECT_EQ(Fold("Mi número empieza por 6123. Ahora en Sevilla. Y termina en 45678."),
            "Mi número empieza por 6123 45678. Ahora en Sevilla. Y termina en 45678.");
  EXPECT_EQ(Fold("Numărul meu începe cu 0741. Apoi urmează 339. Și se termină cu 812."),
            "Numărul meu începe cu 0741 339 812. Apoi urmează 339. Și se termină cu 812.");
  // A second number's first part ends the first's scan; that number is read alone.
  EXPECT_EQ(Fold("My old number starts with 0612. My new number starts with 0699. And it ends in "
                 "123456."),
            "My old number starts with 0612. My new number starts with 0699 123456. And it ends "
            "in 123456.");
  // No noun of a number, too few digits, a part that does not end its sentence: as written.
  for (const std::string text :
       {"The night starts with 20000 lights. After that comes 15000. And it ends in 40000.",
        "My number starts with 077. And it ends in 12.",
        "My number starts with 0612. And it ends in 345678 or so."}) {
    EXPECT_EQ(Fold(text), text);
  }
}

// Issue 5 item 7 (link corpus 9: a number's rest on the next line, 12 of 24 such ads off their
// network): the break and the words of "the rest of the number" go, between digits and when the
// first part is spelled out; without a "rest" and a "number" there, or after a line ending in
// another word, nothing is joined.
TEST(Normalize, TheRestOfANumberOnTheNextLineIsJoined) {
  EXPECT_EQ(Fold("You can reach me on 07700\n... the rest of the number: 900 521."),
            "You can reach me on 07700 900 521.");
  EXPECT_EQ(Fold("Volej mi na 604\n… zbytek čísla: 11 2358."), "Volej mi na 604 11 2358.");
  EXPECT_EQ(Fold("Llámame al 612\n... el resto del número: 44 9071."), "Llámame al 612 44 9071.");
  EXPECT_EQ(Fold("Call me on zero seven seven zero zero\n... the rest of the number: 900 521."),
            "Call me on 07700 900 521.");
  for (const std::string text :
       {"Prices below\n... the rest of the number: 900 521", "Call 07700 900521\nRest: 2 hours 300",
        "Call me on 07700\n... the number: 900 521"}) {
    EXPECT_EQ(Fold(text), text);
  }
}

// Issue 5 item 7 (link corpus 8, the recall lost when xsplit3's joins were merged): a sentence's
// last word and its full stop before a line holding an address of its own is no local part
// broken at its dot ("…Hotel Palais Lindenhof.⏎jasmine.girls22@gmail.com" split one network's
// address into three values). The word alone on its line, or after a label, still is.
TEST(Normalize, SentenceEndBeforeAnAddressLineIsNoPieceOfIt) {
  for (const std::string text :
       {"Termine fünf Minuten von dem Hotel Palais Lindenhof.\njasmine.girls22@gmail.com",
        "Family business since 1978.\njobs@greenacrefarms.example", "Write to me.\nmia@gmail.com",
        "Available Friday.\ncareers@fenwick.co.uk"}) {
    EXPECT_EQ(Fold(text), text);
  }
  EXPECT_EQ(Fold("bianca.\nbelle93@yahoo.com"), "bianca.belle93@yahoo.com");
  EXPECT_EQ(Fold("email: bianca.\nbelle93@yahoo.com"), "email: bianca.belle93@yahoo.com");
}

// Issue 3 item 4 (set 18's description: numbers over screenshot bubbles with "✓✓" times, 0 of
// 13): digit pieces on lines with a read receipt between or after them ("068 749⏎21:09 ✓✓⏎052",
// "06 1234 21:14 ✓✓⏎5678") are joined by a space and the receipt's time goes with the break, never
// a digit of the number. Pieces with words, or a receipt between lines that are no pieces, stay.
TEST(Normalize, PiecesOverScreenshotBubblesSkipTheReceipts) {
  EXPECT_EQ(Fold("Ioana\n068 749\n21:09 ✓✓\n052\n21:10 ✓✓"), "Ioana\n068 749 052\n21:10 ✓✓");
  EXPECT_EQ(Fold("Eva\n06 1234 21:14 ✓✓\n5678 21:14 ✓✓"), "Eva\n06 1234 5678 21:14 ✓✓");
  EXPECT_EQ(Fold("Chloé\n06 12\n21:14 ✓✓\n34 56\n21:14 ✓✓\n78"), "Chloé\n06 12 34 56 78");
  EXPECT_EQ(Fold("Lucía\n612 345\n9:41 PM ✓✓\n678"), "Lucía\n612 345 678");
  EXPECT_EQ(Fold("ama.rose92 21:09 ✓✓\n@gmail.com"), "ama.rose92@gmail.com");
  for (const std::string text :
       {"room 12\n21:09 ✓✓\n3 nights", "Price 150\n21:14\n200 for 2h", "0888 123\n\n21:14\n456"}) {
    EXPECT_EQ(Fold(text), text);
  }
}

// Issue 3 item 4 (set 18: usernames sent over two messages broken anywhere, 0 of 17, each head
// reported as a handle): a note after the pieces that says they are one word ("(zusammen)", "(one
// word)", "(Слитно)", in the ads' languages) glues them. Without the note, with another note
// ("(tutto minuscolo)"), another speaker's note, or pieces of a sentence, they stay apart.
TEST(Normalize, NameInPiecesBeforeAJoinNoteIsGlued) {
  EXPECT_EQ(Fold("05.12.26, 19:20 - Lena: tg: @lena_bl\n05.12.26, 19:20 - Lena: ume4\n05.12.26, "
                 "19:20 - Lena: (zusammen)"),
            "05.12.26, 19:20 - Lena: tg: @lena_blume4\n05.12.26, 19:20 - Lena: (zusammen)");
  EXPECT_EQ(Fold("[21:14] Kate: snap: @kat\n[21:14] Kate: e_rose3\n[21:14] Kate: (One word) 😘"),
            "[21:14] Kate: snap: @kate_rose3\n[21:14] Kate: (One word) 😘");
  EXPECT_EQ(Fold("[21:14] Вика: tg: @vik\n[21:14] Вика: a_msk\n[21:14] Вика: (Слитно)"),
            "[21:14] Вика: tg: @vika_msk\n[21:14] Вика: (Слитно)");
  EXPECT_EQ(Fold("[21:14] Ana: insta: @an\n[21:14] Ana: a.gomez\n[21:14] Ana: todo junto"),
            "[21:14] Ana: insta: @ana.gomez\n[21:14] Ana: todo junto");
  for (const std::string text :
       {"Lina: tg: @lina\nLina: bunny\nLina: (tutto minuscolo)", "Lina: tg: @lina\nLina: bunny",
        "Lina: tg: @lina\nTom: bunny\nLina: (one word)",
        "Lina: tg: @lina\nLina: bunny\nTom: (one word)",
        "Lina: I'm at\nLina: home\nLina: (together)"}) {
    EXPECT_EQ(Fold(text), text);
  }
}

// Issue 3 item 4 (set 18: a contact card's number one group a line, 0 of 8): the middle line may
// hold two short groups ("036 87") and the last line emoji after its digits ("38 ✨").
TEST(Normalize, GroupPerLineWithTwoGroupsInTheMiddleOrEmojiAfter) {
  EXPECT_EQ(Fold("OCÉANE\n☎️ 076\n036 87\n38 ✨"), "OCÉANE\n☎ 076 036 87 38 ✨");
  EXPECT_EQ(Fold("JANA\n☎️ 0172\n133\n9942 ✨"), "JANA\n☎ 0172 133 9942 ✨");
  for (const std::string text : {"rooms 12\n150 200\n3 nights", "2024\n12 345\n6 ✨ new"}) {
    EXPECT_EQ(Fold(text), text);
  }
}

// Issue 3 item 4 (set 18: IBANs and crypto addresses over two lines, 0 of 6): an IBAN's first
// groups and its rest on the next line are joined by a space when the two pass the mod-97 check;
// a crypto address's start and rest, each alone on its line, are glued when together they have
// the shape of one. A reference's groups above a phone number, a tracking number and words stay
// apart.
TEST(Normalize, IbanOrCryptoAddressOverTwoLines) {
  EXPECT_EQ(Fold("deposit to\nIBAN DE75 6773 3009 0224\n8411 54\n150 1h"),
            "deposit to\nIBAN DE75 6773 3009 0224 8411 54\n150 1h");
  EXPECT_EQ(Fold("tips BTC\n1HqbDEbtG71jZNLFK\nGWjZ4TkkDjTpKVRYb"),
            "tips BTC\n1HqbDEbtG71jZNLFKGWjZ4TkkDjTpKVRYb");
  EXPECT_EQ(Fold("ETH\n0x7c8853dfc9bba02ee2c\n4bf86d368c86c0d0744bf\ncopy"),
            "ETH\n0x7c8853dfc9bba02ee2c4bf86d368c86c0d0744bf\ncopy");
  for (const std::string text :
       {"Ref AB12 3456\n0171 234 5678", "IBAN DE75 6773 3009 0224\n8411 55",
        "1Z56A1818029720402\n12345678", "0x7c8853dfc9bba02ee2c\n4bf86d368c8",
        "TelegramChannel\nmore"}) {
    EXPECT_EQ(Fold(text), text);
  }
}

// A word of 64 letters or more at a block's start is passed over whole by the skipper (its rare,
// out-of-line walk, LetterRunEnd): number words glued to its end are no items, and the run of
// number words after it still folds. What follows the word (an apostrophe, a non-ASCII letter)
// stops the skipping where the word ends.
TEST(Normalize, AWordOfSixtyFourLettersOrMoreIsPassedOverWhole) {
  const std::string run = " seven seven zero zero nine zero zero one two three";
  for (const size_t letters : {size_t{64}, size_t{70}, size_t{130}}) {
    const std::string word = std::string(letters, 'x') + "zero";
    EXPECT_EQ(Fold(word + run), word + " 7700900123") << letters;
    EXPECT_EQ(Fold(word + "'s" + run), word + "'s 7700900123") << letters;
    EXPECT_EQ(Fold(word + "\u00e9" + run), word + "\u00e9 7700900123") << letters;
  }
}

}  // namespace
// Issue 3: one '|' between every digit ("0|6|5|9", "5 | 7 | 2") goes with its blanks,
// leaving the digits one group; a '|' beside a digit group is still read as a 1.
TEST(Normalize, OneMarkBetweenEveryDigitGoes) {
  EXPECT_EQ(Fold("tel 0|6|5|9|0|4|6|3|3|1"), "tel 0659046331");
  EXPECT_EQ(Fold("tel 5 | 7 | 2 | 2 | 0"), "tel 57220");
  EXPECT_EQ(Fold("a 3|4 b"), "a 3|4 b");
}

// Issue 3 item 5 (xspeed3): the cheap tests before four readings drop none of them. A count's
// colon may stand as far as two words of 25 letters allow (FindPartJoins reads a group as a count
// only with a ':' within kMaxCountToColon bytes); a transcript's heading word may end in a
// capital or a letter of another script (a table of last bytes is read before the word); the
// words of a number told in parts may be written in capitals or start with a letter of another
// script (tables of sizes by first and by last byte are read before the word is lowered); a verb of
// beginning may end in a letter of two bytes (the listed words are looked up by last byte).
TEST(Normalize, CheapTestsBeforeCountsHeadingsAndPartWordsDropNoReading) {
  EXPECT_EQ(Fold("Handy 10 Telefonnummernbestandteil Anfangsziffernreihenfolge : 0151234567 · "
                 "letzte 2: 89"),
            "Handy 015123456789");
  // One letter more and the words no longer label the group (nor did they before the test).
  const std::string too_far =
      "Handy 10 Telefonnummernbestandteil Anfangsziffernreihenfolgen : 0151234567 · letzte 2: 89";
  EXPECT_EQ(Fold(too_far), too_far);
  EXPECT_EQ(Fold("TRANSCRIPT: \"So my number is 0 8 6 so 275 4 1 1 9.\""),
            "TRANSCRIPT: \"So my number is 0 8 6 275 4 1 1 9.\"");
  EXPECT_EQ(Fold("AUDIO 0:18 · transcribed automatically · \"Uh my number is 07700, 900, 691.\""),
            "AUDIO 0:18 · transcribed automatically · \"Uh my number is 07700 900 691.\"");
  EXPECT_EQ(Fold("РАСШИФРОВКА: \"Э-э мой номер 8, 903, 1 5 7, 4 3, э-э 2 5.\""),
            "РАСШИФРОВКА: \"Э-э мой номер 8 903 1 5 7 4 3 2 5.\"");
  EXPECT_EQ(Fold("Numer: NAJPIERW 512, POTEM 345 678"), "Numer: NAJPIERW 512 345 678");
  EXPECT_EQ(Fold("Numărul: ÎNTÂI 0721, APOI 123 456"), "Numărul: ÎNTÂI 0721 123 456");
  // The link word or verb of beginning before a number's first part is compared in place
  // (AfterLinkWord): a verb ending in a letter of two bytes, right before the part.
  EXPECT_EQ(Fold("Moje číslo začíná 604. Pak je 112. A končí 358."),
            "Moje číslo začíná 604 112 358. Pak je 112. A končí 358.");
}

namespace {

// Norwegian, Danish and Swedish number words (CLDR rbnf nb, da, sv), read only where the text's
// language is known to be theirs, with their meanings first ("en" one, not Dutch's "and"; "to"
// two, not an English homophone; Danish "tres" sixty, not Spanish three). Where the language is
// unknown or another, the words stay words.
TEST(Normalize, ScandinavianNumberWordsOnlyWhereTheLanguageIsKnown) {
  EXPECT_EQ(Fold("ni sju fire to en åtte null tre", "no"), "97421803");
  EXPECT_EQ(Fold("ni syv fire to et otte nul tre", "da"), "97421803");
  EXPECT_EQ(Fold("noll sju fyra två sex åtta noll tre", "sv"), "07426803");
  EXPECT_EQ(Fold("ni sju fire to en åtte null tre", "nb"), "97421803");
  // Tens glued to their units (no, sv) or after them with "og" (da), and Danish scores.
  EXPECT_EQ(Fold("ni sju tjuefem førtito", "no"), "972542");
  EXPECT_EQ(Fold("ni syv femogtyve toogfyrre", "da"), "972542");
  EXPECT_EQ(Fold("ni syv femogtyve tres", "da"), "972560");
  EXPECT_EQ(Fold("noll sju tjugofem fyrtiotvå", "sv"), "072542");
  for (const std::string lang : {"", "en", "nl", "fr", "de"}) {
    for (const std::string text :
         {"ni sju fire to en åtte ni tre", "noll sju fyra två sex åtta noll tre"}) {
      EXPECT_EQ(Fold(text, lang), text) << lang;
    }
  }
  // Their prose keeps its words where no number is read.
  EXPECT_EQ(Fold("Jeg er en jente på to og tjue, velkommen til meg.", "no"),
            "Jeg er en jente på to og tjue, velkommen til meg.");
}

}  // namespace
}  // namespace ariadne::normalize
