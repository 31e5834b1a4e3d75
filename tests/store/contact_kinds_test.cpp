// GuessContactKind: the kind of a value given without one (`ariadne network --selector VALUE`).
#include "store/contact_kinds.h"

#include <gtest/gtest.h>

namespace ariadne::store {
namespace {

TEST(ContactKinds, AValuesKindIsGuessedFromItsForm) {
  EXPECT_EQ(GuessContactKind("+447700900123"), "phone");
  EXPECT_EQ(GuessContactKind("anna@mail.example"), "email");
  EXPECT_EQ(GuessContactKind("btc:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"), "crypto");
  EXPECT_EQ(GuessContactKind("203.0.113.45"), "ip");
  EXPECT_EQ(GuessContactKind("DE89370400440532013000"), "iban");
  EXPECT_EQ(GuessContactKind("telegram:lola_vip"), "handle");
}

// Every payment app the payment extractor names is a payment tag, a business's Vipps number too.
TEST(ContactKinds, EveryPaymentAppsTagIsAPayment) {
  for (const char* tag : {"revolut:velvetkeys30", "paypal:lolaberlin", "monzo:jessw",
                          "venmo:mia-rose22", "vipps:84440"}) {
    EXPECT_EQ(GuessContactKind(tag), "payment") << tag;
  }
  // The app's name before the colon makes a payment, not the name after it.
  EXPECT_EQ(GuessContactKind("telegram:revolut"), "handle");
  EXPECT_EQ(GuessContactKind("2001:db8::revolut"), "handle");
}

}  // namespace
}  // namespace ariadne::store
