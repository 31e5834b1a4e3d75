// A selector: a value that identifies a contact point (phone, e-mail, handle, …) found in a text,
// with where it was found. Selectors are what tie ads, chats and tips to the same people.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace ariadne::extract {

struct Selector {
  std::string type;   // "phone", "email", "url", "handle", "iban", "crypto", "ip", "price", "age"
  std::string value;  // canonical: E.164 phone, lower-case e-mail, "platform:name" handle, …
  size_t start = 0;   // UTF-8 byte offsets into the ORIGINAL text: [start, end)
  size_t end = 0;
  std::string raw;  // the original text of [start, end)
  // Extra facts of the value, e.g. {"number_type", "mobile"}, {"country", "GB"} for phones,
  // {"currency", "EUR"}, {"duration", "1h"} for prices.
  std::vector<std::pair<std::string, std::string>> details;
};

// The context an extraction runs in.
struct ExtractContext {
  std::string
      region;  // ISO 3166-1 alpha-2 hint for national phone numbers (ad, site or case); may be ""
  std::string lang;  // ISO 639-1 language when known; may be ""
  bool ads = true;   // also extract ad-only types (price, age)
};

}  // namespace ariadne::extract
