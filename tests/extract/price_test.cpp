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

}  // namespace
}  // namespace ariadne::extract
