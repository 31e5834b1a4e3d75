// The payment apps whose tags Ariadne reads as `payment` selectors ("revolut:lola30",
// "vipps:84440"): one list for the extractor that reads them (extract/payment.cpp) and for the
// store's guess of a value's kind (store/contact_kinds.cpp), which may not depend on extract.
#pragma once

#include <array>
#include <string_view>

namespace ariadne::core {

// Each app's name as a payment value's prefix before its ':'.
inline constexpr std::array<std::string_view, 5> kPaymentApps = {"revolut", "paypal", "monzo",
                                                                 "venmo", "vipps"};

// Whether `platform` is one of kPaymentApps.
constexpr bool IsPaymentApp(std::string_view platform) {
  for (std::string_view app : kPaymentApps) {
    if (app == platform) return true;
  }
  return false;
}

}  // namespace ariadne::core
