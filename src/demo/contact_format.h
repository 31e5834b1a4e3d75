// How the demo ads write their contact details: phone numbers in the forms real ads use, e-mail
// addresses and messenger handles, plus the obfuscations later extraction stages must undo
// (indicators.md table 2F: separators, spelled-out digits, emoji between digit groups,
// "(at)"/"(dot)" e-mail forms).
//
// Every phone number is a UK Ofcom drama number, identified here by `suffix`: 0-999 are 07700
// 900000-900999 (the demo corpus uses only these), and 1000 * r + s is suffix s of the r-th other
// drama range (contact_format.cpp lists the 19 ranges; the benchmark stream gives each block of
// ads its own range). Nothing else is ever written as a phone number.
#pragma once

#include <string>
#include <string_view>

#include "demo/phrasebook.h"
#include "demo/rng.h"

namespace ariadne::demo {

// How many drama ranges `suffix` can address (1,000 numbers each).
inline constexpr int kDramaRanges = 19;

enum class PhoneStyle {
  kNational,              // 07700 900123
  kNationalCompact,       // 07700900123
  kInternational,         // +44 7700 900123
  kInternationalGrouped,  // +44 7700 900 123
  kDigitsOnly,            // 447700900123 (as in wa.me links and copy-pasted numbers)
  kTrunkZero,             // +44 (0)7700 900123
  kDoubleZero,            // 0044 7700 900 123
  kDotted,                // 07700.900.123
  kDashed,                // 07700-900-123
  kSpacedDigits,          // 0 7 7 0 0 9 0 0 1 2 3
  kEmojiGroups,           // 07700 💋 900 💋 123
  kEmojiGroupsIntl,       // +44 7700 ✨ 900 ✨ 123
  kSpelledTail,           // +44 7700 nine zero zero one two three (in the ad's language)
  kSpelledOut,            // zero seven seven zero zero nine zero zero one two three
};

// The E.164 form of drama number `suffix`: "+447700900123".
std::string DramaNumberE164(int suffix);

// A style for one ad: mostly the plain forms, a few obfuscated ones. Ads on non-UK sites use only
// international forms, as real ads with foreign numbers do, so a region hint never misreads them.
PhoneStyle PickPhoneStyle(Rng& rng, bool uk_site);

// Appends drama number `suffix` written in `style`; spelled digits use `lang`'s digit names.
void AppendPhone(std::string& out, int suffix, PhoneStyle style, const Phrasebook& lang, Rng& rng);

// Appends local@domain as "local@domain", "local (at) domain (dot) example" or "local[at]domain".
void AppendEmail(std::string& out, std::string_view local, std::string_view domain, Rng& rng);

// Appends a Telegram handle as "@name" or "t.me/name".
void AppendTelegram(std::string& out, std::string_view handle, Rng& rng);

// Appends a WhatsApp click-to-chat link: "wa.me/447700900123", sometimes with "https://".
void AppendWhatsAppLink(std::string& out, int suffix, Rng& rng);

}  // namespace ariadne::demo
