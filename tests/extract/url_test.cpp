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

// Issue 3: a phone parameter of a link's query carries a number; other parameters and short
// values do not.
TEST(Url, PhoneParameterOfAQueryIsAPhone) {
  EXPECT_EQ(Values("https://annonces.example/call?num=0647298106&id=88172", "phone", "FR"),
            V{"+33647298106"});
  EXPECT_EQ(Values("https://k.example/anruf.php?nummer=%2B4915237741902&src=x", "phone", "DE"),
            V{"+4915237741902"});
  EXPECT_EQ(Values("https://citas.example/c?ref=a1&tel=34699215408", "phone", "ES"),
            V{"+34699215408"});
  EXPECT_TRUE(Values("https://annonces.example/call?id=0647298106", "phone", "FR").empty());
  EXPECT_TRUE(Values("https://annonces.example/call?num=064729&id=1", "phone", "FR").empty());
  EXPECT_TRUE(Values("https://annonces.example/call?tel=0647298106abc", "phone", "FR").empty());
}

}  // namespace
}  // namespace ariadne::extract
