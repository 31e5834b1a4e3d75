#include <gtest/gtest.h>

#include "extract/test_util.h"

namespace ariadne::extract {
namespace {

using testing::Values;
using V = std::vector<std::string>;

// Issue 5 item 7 (held-out link corpus 15: a network's deposits to one Revolut tag, its 13 ads
// otherwise joined by nothing): a payment app's tag after its name, within a few words.
TEST(Payment, TagAfterTheAppsName) {
  EXPECT_EQ(Values("Deposit £30 by Revolut to @velvetkeys30 before we confirm.", "payment"),
            V{"revolut:velvetkeys30"});
  EXPECT_EQ(Values("Revtag: @Anna99", "payment"), V{"revolut:anna99"});
  EXPECT_EQ(Values("Anzahlung per PayPal an @lolaberlin", "payment"), V{"paypal:lolaberlin"});
  EXPECT_EQ(Values("Venmo @mia-rose22", "payment"), V{"venmo:mia-rose22"});
}

TEST(Payment, TheAppsLinks) {
  EXPECT_EQ(Values("pay at https://revolut.me/anna99 please", "payment"), V{"revolut:anna99"});
  EXPECT_EQ(Values("paypal.me/LolaBerlin or www.paypal.com/paypalme/Mia2", "payment"),
            (V{"paypal:lolaberlin", "paypal:mia2"}));
  EXPECT_EQ(Values("monzo.me/jessw", "payment"), V{"monzo:jessw"});
}

// Not a tag: an '@' given to a messaging app named between, an e-mail, a tag lines away, a name
// the app would not allow, a name without a letter.
TEST(Payment, NotATag) {
  EXPECT_TRUE(Values("Revolut or Telegram @mia_rose", "payment").empty());
  EXPECT_TRUE(Values("PayPal: lola@mail.example", "payment").empty());
  EXPECT_TRUE(Values("Revolut accepted.\nInstagram @lolaberlin", "payment").empty());
  EXPECT_TRUE(Values("paypal.me/lola_x", "payment").empty());
  EXPECT_TRUE(Values("revolut.me/12345", "payment").empty());
  EXPECT_TRUE(Values("Revolut to @ab", "payment").empty());
}

// Every platform name the handle extractor knows gives the '@' after it to that platform, in the
// forms ads write (TikTok, abbreviations, inflected names), not only the messengers a list named.
TEST(Payment, APlatformNamedBetweenTakesTheTag) {
  for (const std::string ad :
       {"Revolut or TikTok @velvetkeys30", "Revolut or FB @velvetkeys30",
        "Revolut lub na Snapie @velvetkeys30", "Revolut oder Tele @velvetkeys30"}) {
    EXPECT_TRUE(Values(ad, "payment").empty()) << ad;
  }
  EXPECT_EQ(Values("Revolut or TikTok @velvetkeys30", "handle"), V{"tiktok:velvetkeys30"});
  EXPECT_EQ(Values("Revolut or @velvetkeys30", "payment"), V{"revolut:velvetkeys30"});
}

// A tag after a payment app's name is the app's alone: an ad that names Telegram elsewhere does not
// make it a Telegram handle too (the handle extractor's "the ad's one platform" reading), while the
// ad's own Telegram name stays a handle.
TEST(Payment, ATagIsNotAlsoReadAsTheAdsMessengerName) {
  const std::string ad = "Telegram: @annax_x. Deposit by Revolut to @velvetkeys30 to book.";
  EXPECT_EQ(Values(ad, "payment"), V{"revolut:velvetkeys30"});
  EXPECT_EQ(Values(ad, "handle"), V{"telegram:annax_x"});
  EXPECT_TRUE(Values("Deposit by Revolut to @velvetkeys30. Times on Telegram.", "handle").empty());
}

// A business's Vipps number (five or six digits) is where a deposit goes; Vipps to a person is to a
// phone number, which stays a phone, and a price after "Vipps" is no number.
TEST(Payment, AVippsBusinessNumber) {
  EXPECT_EQ(Values("Depositum 500 kr på Vipps til #84440 (Fjordrom AS) før timen", "payment"),
            V{"vipps:84440"});
  EXPECT_EQ(Values("Vippsnummer: 123456", "payment"), V{"vipps:123456"});
  EXPECT_TRUE(Values("Vipps til 412 34 567", "payment").empty());
  EXPECT_TRUE(Values("Vipps til 41234567", "payment").empty());
  EXPECT_TRUE(Values("Vipps 500 kr", "payment").empty());
  EXPECT_TRUE(Values("Vipps accepted.\nRoom 12345", "payment").empty());
}
}  // namespace
}  // namespace ariadne::extract
