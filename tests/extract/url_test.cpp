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

// Issue 3 item 4 (sets 7, 9, 12: links with URL-encoded spaces and '+'): a tel:, sms: or callto:
// link whose number holds "%20" or "%2B" gives the number, and none of its pieces is read as one;
// a phone parameter's value may hold them too, and dashes. Another escape is no number.
TEST(Url, PhoneLinksWithUrlEscapes) {
  EXPECT_EQ(Values(R"(<a href="tel:+49%20176%2031428867">Anrufen</a>)", "phone", "DE"),
            V{"+4917631428867"});
  EXPECT_EQ(Values(R"(<a href="tel:%2B447700900624">Tap to call</a>)", "phone", "GB"),
            V{"+447700900624"});
  EXPECT_EQ(Values(R"(<a href="sms:0031%206%2019%2028%2037%2046">sms</a>)", "phone", "NL"),
            V{"+31619283746"});
  EXPECT_EQ(Values("https://d.example/a?id=77231&phone=%2B7%20916%20482-37-19", "phone", "RU"),
            V{"+79164823719"});
  EXPECT_EQ(Values("sms:%2B1%20206%20555%200175", "phone"), V{"+12065550175"});
  EXPECT_TRUE(Values(R"(<a href="tel:+49%2F176%2F31428867">x</a>)", "phone", "DE").empty());
}

// Tracking parameters (utm_*, fbclid, igshid, igsh, mibextid, gclid) are left out of the
// normalised URL; the others keep their order.
TEST(Url, TrackingParametersAreStripped) {
  EXPECT_EQ(
      Values("https://shop.example/page?utm_source=ig&id=5&fbclid=IwAR0x&utm_medium=bio", "url"),
      V{"https://shop.example/page?id=5"});
  EXPECT_EQ(Values("https://www.instagram.com/carla_star92?igshid=17BzgjKZ", "url"),
            V{"https://www.instagram.com/carla_star92"});
}

// A link wrapped in a redirect (Instagram's, Facebook's, Google's) is the link it wraps,
// percent-decoded and normalised.
TEST(Url, RedirectsAreUnwrapped) {
  EXPECT_EQ(Values("https://l.instagram.com/?u=https%3A%2F%2Fwa.me%2F447700900318&e=AT0x", "url"),
            V{"https://wa.me/447700900318"});
  EXPECT_EQ(Values("https://www.google.com/url?q=https://Profile.Example/x%3Fa%3D1&sa=D", "url"),
            V{"https://profile.example/x?a=1"});
  // A target that is no web link: the redirect as it is.
  EXPECT_EQ(Values("https://l.facebook.com/l.php?u=javascript%3Aalert(1)", "url"),
            V{"https://l.facebook.com/l.php?u=javascript%3Aalert(1)"});
}

}  // namespace
}  // namespace ariadne::extract
