// A number's type and region as libphonenumber's GetNumberType and GetRegionCodeForNumber give
// them, read from the same metadata without ICU. libphonenumber matches each type's national
// number pattern with an ICU regular expression, building a matcher and a UTF-16 copy of the
// number for every pattern it tries: about 60,000 instructions for a number's type, 40% of the
// first reading of a number. Its patterns are digit classes, groups, alternatives and counted
// repeats; they are compiled here once into small programs over digits and run by a backtracking
// matcher that never visits a (step, position) twice. A region whose patterns use anything else is
// left to libphonenumber (the answer is then nullopt). Tested against libphonenumber on every
// region's example numbers and their neighbours (tests/extract/phone_type_test.cpp).
#pragma once

#include <phonenumbers/phonenumberutil.h>

#include <optional>
#include <string>
#include <string_view>

namespace ariadne::extract {

struct NumberTypeAndRegion {
  i18n::phonenumbers::PhoneNumberUtil::PhoneNumberType type =
      i18n::phonenumbers::PhoneNumberUtil::UNKNOWN;
  std::string region;  // "ZZ" when no region claims the number
};

// GetNumberType(number) and GetRegionCodeForNumber(number), or nullopt when a region the answer
// depends on could not be compiled (the caller asks libphonenumber). Thread-safe: the metadata is
// parsed once, and each region compiled when it is first needed.
std::optional<NumberTypeAndRegion> FastNumberType(const i18n::phonenumbers::PhoneNumber& number);

// libphonenumber's Parse(text, default_region) for `text` of ASCII digits, optionally led by '+'
// (what the phone extractor reads), without ICU: kNumber sets `number` as Parse does, kError is
// Parse's failure, kLeft means this region (one with a national prefix transform rule: 31 of 254,
// Argentina, Brazil, Guernsey …) or this text is left to libphonenumber.
enum class FastParseResult { kNumber, kError, kLeft };
FastParseResult FastParse(std::string_view text, std::string_view default_region,
                          i18n::phonenumbers::PhoneNumber& number);

// Whether every region's and non-geographic entity's metadata compiled (the test checks that the
// fast path covers the whole metadata, not only a part of it).
bool FastNumberTypeCoversAllRegions();

}  // namespace ariadne::extract
