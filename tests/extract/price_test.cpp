#include <gtest/gtest.h>

#include "extract/test_util.h"

namespace ariadne::extract {
namespace {

using testing::Detail;
using testing::Extract;
using testing::Values;
using V = std::vector<std::string>;

TEST(Price, AmountCurrencyDuration) {
  const auto selectors = Extract("Prices: 150€/1h, 800€ night");
  EXPECT_EQ(Values(selectors, "price"), (V{"150 EUR/1h", "800 EUR/night"}));
  EXPECT_EQ(Detail(selectors[0], "duration"), "1h");
}

TEST(Price, RosesWithDurationBefore) {
  EXPECT_EQ(Values("1h 200 roses", "price"), V{"200 roses/1h"});
}

TEST(Price, NotForNonAdTexts) {
  EXPECT_TRUE(testing::Values(Extract("150€/1h", "", false), "price").empty());
}

TEST(Price, NearbyPricesAreDistinct) {
  EXPECT_EQ(Values("5€ 6€, 150 euros", "price"), (V{"5 EUR", "6 EUR", "150 EUR"}));
  EXPECT_TRUE(Values("1234567€", "price").empty());           // more than six digits: no amount
  EXPECT_TRUE(Values("5 kredit, 3 front", "price").empty());  // "kr", "ft" inside words
}

// Regression: the pre-scan pattern's word boundary after the currency held only before an ASCII
// word byte, so non-ASCII currency words followed by a space or punctuation ("100 руб", "200 zł")
// were never candidates. The boundary is now MatchCurrency's.
TEST(Price, NonAsciiCurrencyWordsBeforeSpaceOrPunctuation) {
  EXPECT_EQ(Values("100 руб за час", "price"), V{"100 RUB"});
  EXPECT_EQ(Values("200 zł/1h", "price"), V{"200 PLN/1h"});
  EXPECT_EQ(Values("300 грн.", "price"), V{"300 UAH"});
}

}  // namespace
}  // namespace ariadne::extract
