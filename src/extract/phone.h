// Phone-number validation shared by the phone extractor and the links that carry a number (wa.me).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ariadne::extract {

struct ValidPhone {
  std::string e164;         // "+447700900123"
  std::string number_type;  // "mobile", "fixed_line", "fixed_line_or_mobile", "voip", …
  std::string country;      // ISO 3166-1 alpha-2 region of the number, e.g. "GB"
  // In a range reserved for fiction (Ofcom drama numbers, e.g. 07700 900000-900999), which
  // libphonenumber calls invalid; accepted so that test data and training material never use real
  // numbers.
  bool fictional = false;
};

// Validates a candidate: `digits` is ASCII digits, optionally led by '+' (international). A
// national number needs `region`; "00…" is read as the region's international prefix, then as "+…".
// With a region, digits that start with a country code ("447700900585") are read as an
// international number whose '+' was dropped when the national reading is invalid, or when it is
// valid but lacks the trunk prefix the region's national format carries (see phone.cpp).
// Results are cached per thread because ads repeat numbers. Returns nullptr when the candidate is
// not a valid number; otherwise a result owned by this thread's cache, valid until the next call
// on the same thread. Thread-safe.
const ValidPhone* ValidatePhone(std::string_view digits, std::string_view region);

// How many of the leading digits of `digits` (no '+') are an assigned country calling code (codes
// are prefix-free, 1 to 3 digits: "447700900585" -> 2); 0 when none is, or a non-digit or a
// leading '0' comes first. Thread-safe.
size_t CountryCodeLength(std::string_view digits);

}  // namespace ariadne::extract
