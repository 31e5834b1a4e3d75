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
