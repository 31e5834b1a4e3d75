#include <gtest/gtest.h>

#include "extract/test_util.h"

namespace ariadne::extract {
namespace {

using testing::Values;
using V = std::vector<std::string>;

// Example IBANs of the SWIFT IBAN registry.
TEST(Iban, GroupedAndCompactFormsValidate) {
  EXPECT_EQ(Values("Pay to DE89 3704 0044 0532 0130 00 please", "iban"),
            V{"DE89370400440532013000"});
  EXPECT_EQ(Values("GB29NWBK60161331926819", "iban"), V{"GB29NWBK60161331926819"});
}

TEST(Iban, BadCheckDigitsOrLengthRejected) {
  EXPECT_TRUE(Values("DE88 3704 0044 0532 0130 00", "iban").empty());
  EXPECT_TRUE(Values("DE89 3704 0044 0532 0130", "iban").empty());
}

TEST(Iban, DigitsOfIbanAreNotPhones) {
  EXPECT_TRUE(Values("DE89 3704 0044 0532 0130 00", "phone", "DE").empty());
}

}  // namespace
}  // namespace ariadne::extract
