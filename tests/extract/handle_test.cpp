#include <gtest/gtest.h>

#include "extract/test_util.h"

namespace ariadne::extract {
namespace {

using testing::Values;
using V = std::vector<std::string>;

TEST(Handle, FromProfileLinks) {
  EXPECT_EQ(Values("https://t.me/Katya_New", "handle"), V{"telegram:katya_new"});
  EXPECT_EQ(Values("instagram.com/yana.real.", "handle"), V{"instagram:yana.real"});
  EXPECT_EQ(Values("www.tiktok.com/@lola_x", "handle"), V{"tiktok:lola_x"});
  EXPECT_EQ(Values("snapchat.com/add/ninax", "handle"), V{"snapchat:ninax"});
  EXPECT_EQ(Values("onlyfans.com/ninax", "handle"), V{"onlyfans:ninax"});
  EXPECT_EQ(Values("twitter.com/ninax_1", "handle"), V{"x:ninax_1"});
}

TEST(Handle, ReservedPathsAreNotProfiles) {
  EXPECT_TRUE(Values("instagram.com/explore", "handle").empty());
  EXPECT_TRUE(Values("t.me/joinchat", "handle").empty());
}

TEST(Handle, FromPlatformContext) {
  EXPECT_EQ(Values("TG @ilona_vip Real photos", "handle"), V{"telegram:ilona_vip"});
  EXPECT_EQ(Values("Telegram: @elena_vip", "handle"), V{"telegram:elena_vip"});
  EXPECT_EQ(Values("IG: @ana777", "handle"), V{"instagram:ana777"});
  EXPECT_EQ(Values("Instagram: ioana_new Ref.", "handle"), V{"instagram:ioana_new"});
  EXPECT_EQ(Values("snap: lola.x", "handle"), V{"snapchat:lola.x"});
  EXPECT_EQ(Values("OF: ninax", "handle"), V{"onlyfans:ninax"});
  EXPECT_EQ(Values("Kik: lolaxx", "handle"), V{"kik:lolaxx"});
}

// Regression: "platform - name" (a dash, no colon or '@') was missed.
TEST(Handle, PlatformNameThenDash) {
  EXPECT_EQ(Values("insta - lola_vip", "handle"), V{"instagram:lola_vip"});
  EXPECT_EQ(Values("Telegram - anna.new, call", "handle"), V{"telegram:anna.new"});
  EXPECT_EQ(Values("TELEGRAM-sweetkate", "handle"), V{"telegram:sweetkate"});
  EXPECT_EQ(Values("Viber/Telegram - ioana22", "handle"), (V{"telegram:ioana22", "viber:ioana22"}));
  EXPECT_EQ(Values("TG - @ilona_vip", "handle"), V{"telegram:ilona_vip"});
  // Ordinary words and short aliases before a dash are prose, and stopwords are no names.
  EXPECT_TRUE(Values("Signal - strong here", "handle").empty());
  EXPECT_TRUE(Values("on the line - waiting", "handle").empty());
  EXPECT_TRUE(Values("snap - photos", "handle").empty());
  EXPECT_TRUE(Values("tg - vipgirl", "handle").empty());
  EXPECT_TRUE(Values("Instagram - only", "handle").empty());
  EXPECT_TRUE(Values("Telegram - +44 7700 900123", "handle").empty());
}

TEST(Handle, PlatformRulesGuardPrecision) {
  EXPECT_TRUE(Values("Viber/WhatsApp: +421 912 123 456", "handle").empty());
  EXPECT_TRUE(Values("Telegram: available", "handle").empty());
  EXPECT_TRUE(Values("made of: cotton", "handle").empty());
  EXPECT_TRUE(Values("size x: large", "handle").empty());
  EXPECT_TRUE(Values("snap: ab", "handle").empty());        // too short for Snapchat
  EXPECT_TRUE(Values("Telegram: @ab1", "handle").empty());  // too short for Telegram
  EXPECT_TRUE(Values("Instagram: anna@example.com", "handle").empty());
}

TEST(Handle, WhatsAppLinkGivesPhone) {
  const auto selectors = testing::Extract("wa.me/447700900123 ok");
  EXPECT_EQ(Values(selectors, "phone"), V{"+447700900123"});
  EXPECT_TRUE(Values(selectors, "handle").empty());
}

// Regression (demo corpus: "telegram:t.me" 69 times): a link after the platform word is read as a
// link, not as the name "t.me".
TEST(Handle, LinkAfterPlatformWordIsNotAName) {
  EXPECT_EQ(Values("Telegram: t.me/velvet_team8 oder Tel.", "handle"), V{"telegram:velvet_team8"});
  EXPECT_EQ(Values("Telegram : t.me/vip_agency1 ou", "handle"), V{"telegram:vip_agency1"});
  EXPECT_EQ(Values("Telegram - t.me/anna_vip", "handle"), V{"telegram:anna_vip"});
  EXPECT_EQ(Values("Write on Telegram t.me/riverside_farms, no calls.", "handle"),
            V{"telegram:riverside_farms"});
  EXPECT_EQ(Values("IG: instagram.com/lola.x", "handle"), V{"instagram:lola.x"});
}

}  // namespace
}  // namespace ariadne::extract
