#include <gtest/gtest.h>

#include "extract/test_util.h"

namespace ariadne::extract {
namespace {

using testing::Values;
using V = std::vector<std::string>;

TEST(Url, SchemeAndHostLowerCasedFragmentDropped) {
  EXPECT_EQ(Values("see HTTPS://Example.COM/Path?q=1#top.", "url"),
            V{"https://example.com/Path?q=1"});
}

TEST(Url, WwwGetsScheme) {
  EXPECT_EQ(Values("(www.example.org/ads)", "url"), V{"http://www.example.org/ads"});
}

TEST(Url, DigitsInUrlAreNotPhones) {
  EXPECT_TRUE(Values("https://example.com/ad/0612345678", "phone", "FR").empty());
}

}  // namespace
}  // namespace ariadne::extract
