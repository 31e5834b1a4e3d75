#include "link/shingles.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ariadne::link {
namespace {

const std::string kTemplate =
    "New girls every week in the city centre, discreet apartment, real photos, no rush, "
    "open every day from noon until late, call me now and book your time with";

TEST(ShinglesTest, NumbersAndCaseDoNotChangeTheShingles) {
  const auto a = TextShingles(kTemplate + " 07700 900123 for 150 an hour", {});
  std::string upper = kTemplate + " 07700 900999 for 200 an hour";
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  EXPECT_EQ(a, TextShingles(upper, {}));
}

TEST(ShinglesTest, MaskedSelectorsBecomeOneWord) {
  const std::string x = kTemplate + " anna@mail.example today";
  const std::string y = kTemplate + " t.me/some_other_handle today";
  const size_t at = kTemplate.size() + 1;
  const MaskSpan mx[] = {{at, at + 17}};
  const MaskSpan my[] = {{at, at + 23}};
  EXPECT_EQ(TextShingles(x, mx), TextShingles(y, my));
  EXPECT_NE(TextShingles(x, {}), TextShingles(y, {}));
}

TEST(ShinglesTest, FoldsCaseBeyondAscii) {
  EXPECT_EQ(TextShingles("Нові дівчата КОЖЕН тиждень у центрі міста", {}),
            TextShingles("нові дівчата кожен тиждень у центрі міста", {}));
}

// Held-out link corpus 8: networks swap Cyrillic look-alikes for some Latin letters, put zero-width
// spaces and joiners inside and after words, or write in mathematical bold letters; each such ad
// must shingle as the plain one (their template's other ads).
TEST(ShinglesTest, LookalikeLettersInvisibleCharactersAndStyledLettersFold) {
  const std::string plain =
      "Meninas Heather, as mais bonitas da cidade. Corpo desportivo, curvas naturais e pele macia.";
  // Cyrillic а е о р с і (U+0430 U+0435 U+043E U+0440 U+0441 U+0456) among the Latin letters.
  const std::string lookalike =
      "Men\u0456nas Heather, as m\u0430\u0456s b\u043enit\u0430s da \u0441idade. "
      "C\u043erpo d\u0435sportivo, curvas n\u0430turais \u0435 p\u0435l\u0435 mac\u0456a.";
  EXPECT_EQ(TextShingles(lookalike, {}), TextShingles(plain, {}));
  // A zero-width space after a word, a zero-width joiner and a soft hyphen inside words.
  const std::string invisible =
      "Meninas \u200bHeather, as mais bo\u200dnitas da ci\u00addade. Corpo desportivo, curvas "
      "naturais e pele macia.\u200b";
  EXPECT_EQ(TextShingles(invisible, {}), TextShingles(plain, {}));
  // Mathematical bold capitals and small letters (U+1D400 up): "The Velour agency".
  const std::string bold =
      "\U0001D413\U0001D421\U0001D41E \U0001D415\U0001D41E\U0001D425\U0001D428\U0001D42E"
      "\U0001D42B agency, elegant and discreet, always on time for you";
  EXPECT_EQ(TextShingles(bold, {}),
            TextShingles("The Velour agency, elegant and discreet, always on time for you", {}));
  // A Russian text still folds to itself whichever way its letters are written.
  EXPECT_EQ(TextShingles("Чистые полотенца и напитки всегда готовы", {}),
            TextShingles("Чистыe пoлoтeнцa и нaпитки всегдa гoтoвы", {}));
}

TEST(ShinglesTest, ShortTextsUseCharacterGrams) {
  // Seven words: character 5-grams, so one changed word leaves most shingles shared.
  const auto a = TextShingles("sweet Anna waits for you tonight downtown", {});
  const auto b = TextShingles("sweet Anne waits for you tonight downtown", {});
  size_t shared = 0;
  for (uint64_t h : a) shared += std::binary_search(b.begin(), b.end(), h) ? 1 : 0;
  EXPECT_GT(a.size(), 20u);
  EXPECT_GT(static_cast<double>(shared) / static_cast<double>(a.size()), 0.7);
}

TEST(ShinglesTest, EmptyAndInvalidTextIsSafe) {
  EXPECT_TRUE(TextShingles("", {}).empty());
  EXPECT_TRUE(TextShingles("   ,,, !!", {}).empty());
  EXPECT_FALSE(TextShingles("abc \xFF\xFE def", {}).empty());
  const MaskSpan beyond[] = {{2, 1000}};
  EXPECT_FALSE(TextShingles("a bc", beyond).empty());  // a mask past the end stops at the end
}

}  // namespace
}  // namespace ariadne::link
