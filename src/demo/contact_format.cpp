#include "demo/contact_format.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace ariadne::demo {
namespace {

// Ofcom's ranges reserved for TV and radio drama, 1,000 numbers each, as the first eight of their
// eleven national digits (Ofcom, "Numbers reserved for TV and radio drama purposes"). Number `n`
// is range n / 1000 followed by the three digits n % 1000; range 0 (07700 900xxx, mobile) is the
// demo corpus's, the others give the benchmark stream its own numbers per block.
constexpr std::array<std::string_view, kDramaRanges> kDramaPrefixes = {
    "07700900",  // mobile
    "01632960",  // no area
    "02079460",  // London
    "01134960",  // Leeds
    "01144960",  // Sheffield
    "01164960",  // Leicester
    "01174960",  // Bristol
    "01184960",  // Reading
    "01214960",  // Birmingham
    "01314960",  // Edinburgh
    "01414960",  // Glasgow
    "01514960",  // Liverpool
    "01614960",  // Manchester
    "01914980",  // Tyneside
    "02896496",  // Northern Ireland (028 9649 6000-6999)
    "02920180",  // Cardiff
    "03069990",  // UK-wide
    "08081570",  // freephone
    "09098790",  // premium rate
};

// The eleven national digits of drama number `suffix`: "07700900123".
std::array<char, 11> NationalDigits(int suffix) {
  std::array<char, 11> digits{};
  const std::string_view prefix = kDramaPrefixes[static_cast<size_t>(suffix / 1000 % kDramaRanges)];
  std::copy(prefix.begin(), prefix.end(), digits.begin());
  suffix %= 1000;
  digits[8] = static_cast<char>('0' + suffix / 100);
  digits[9] = static_cast<char>('0' + suffix / 10 % 10);
  digits[10] = static_cast<char>('0' + suffix % 10);
  return digits;
}

// Digits [from, to) of the national form, each joined to the next by `separator`.
void AppendDigits(std::string& out, const std::array<char, 11>& digits, int from, int to,
                  std::string_view separator = {}) {
  for (int i = from; i < to; ++i) {
    if (i > from) out += separator;
    out += digits[i];
  }
}

void AppendSpelled(std::string& out, const std::array<char, 11>& digits, int from,
                   const Phrasebook& lang) {
  for (int i = from; i < 11; ++i) {
    if (i > from) out += ' ';
    out += lang.digits[digits[i] - '0'];
  }
}

// Emoji seen between digit groups in real ads; any of them breaks a naive digit regex.
constexpr std::string_view kSeparatorEmoji[] = {"💋", "✨", "🌹", "📞", "❤️"};

}  // namespace

std::string DramaNumberE164(int suffix) {
  const std::array<char, 11> d = NationalDigits(suffix);
  return "+44" + std::string(d.begin() + 1, d.end());
}

PhoneStyle PickPhoneStyle(Rng& rng, bool uk_site) {
  // Weights: plain forms dominate; obfuscations are a few percent each, spelled-out numbers rarest.
  static constexpr PhoneStyle kUkStyles[] = {
      PhoneStyle::kNational,    PhoneStyle::kNationalCompact, PhoneStyle::kInternational,
      PhoneStyle::kDigitsOnly,  PhoneStyle::kTrunkZero,       PhoneStyle::kDotted,
      PhoneStyle::kDashed,      PhoneStyle::kSpacedDigits,    PhoneStyle::kEmojiGroups,
      PhoneStyle::kSpelledTail, PhoneStyle::kSpelledOut,      PhoneStyle::kInternationalGrouped,
  };
  static constexpr int kUkWeights[] = {34, 14, 16, 6, 4, 4, 4, 4, 4, 2, 1, 7};
  static constexpr PhoneStyle kAbroadStyles[] = {
      PhoneStyle::kInternational, PhoneStyle::kInternationalGrouped, PhoneStyle::kDoubleZero,
      PhoneStyle::kDigitsOnly,    PhoneStyle::kEmojiGroupsIntl,      PhoneStyle::kSpelledTail,
  };
  static constexpr int kAbroadWeights[] = {45, 20, 15, 12, 5, 3};
  if (uk_site) return kUkStyles[rng.Weighted(kUkWeights)];
  return kAbroadStyles[rng.Weighted(kAbroadWeights)];
}

void AppendPhone(std::string& out, int suffix, PhoneStyle style, const Phrasebook& lang, Rng& rng) {
  const std::array<char, 11> d = NationalDigits(suffix);
  switch (style) {
    case PhoneStyle::kNational:
      AppendDigits(out, d, 0, 5);
      out += ' ';
      AppendDigits(out, d, 5, 11);
      return;
    case PhoneStyle::kNationalCompact:
      AppendDigits(out, d, 0, 11);
      return;
    case PhoneStyle::kInternational:
      out += "+44 ";
      AppendDigits(out, d, 1, 5);
      out += ' ';
      AppendDigits(out, d, 5, 11);
      return;
    case PhoneStyle::kInternationalGrouped:
      out += "+44 ";
      AppendDigits(out, d, 1, 5);
      out += ' ';
      AppendDigits(out, d, 5, 8);
      out += ' ';
      AppendDigits(out, d, 8, 11);
      return;
    case PhoneStyle::kDigitsOnly:
      out += "44";
      AppendDigits(out, d, 1, 11);
      return;
    case PhoneStyle::kTrunkZero:
      out += "+44 (0)";
      AppendDigits(out, d, 1, 5);
      out += ' ';
      AppendDigits(out, d, 5, 11);
      return;
    case PhoneStyle::kDoubleZero:
      out += "0044 ";
      AppendDigits(out, d, 1, 5);
      out += ' ';
      AppendDigits(out, d, 5, 8);
      out += ' ';
      AppendDigits(out, d, 8, 11);
      return;
    case PhoneStyle::kDotted:
      AppendDigits(out, d, 0, 5);
      out += '.';
      AppendDigits(out, d, 5, 8);
      out += '.';
      AppendDigits(out, d, 8, 11);
      return;
    case PhoneStyle::kDashed:
      AppendDigits(out, d, 0, 5);
      out += '-';
      AppendDigits(out, d, 5, 8);
      out += '-';
      AppendDigits(out, d, 8, 11);
      return;
    case PhoneStyle::kSpacedDigits:
      AppendDigits(out, d, 0, 11, " ");
      return;
    case PhoneStyle::kEmojiGroups:
    case PhoneStyle::kEmojiGroupsIntl: {
      const std::string_view emoji = rng.Pick(kSeparatorEmoji);
      if (style == PhoneStyle::kEmojiGroups) {
        AppendDigits(out, d, 0, 5);
      } else {
        out += "+44 ";
        AppendDigits(out, d, 1, 5);
      }
      for (int group : {5, 8}) {
        out += ' ';
        out += emoji;
        out += ' ';
        AppendDigits(out, d, group, group + 3);
      }
      return;
    }
    case PhoneStyle::kSpelledTail:
      out += "+44 ";
      AppendDigits(out, d, 1, 5);
      out += ' ';
      AppendSpelled(out, d, 5, lang);
      return;
    case PhoneStyle::kSpelledOut:
      AppendSpelled(out, d, 0, lang);
      return;
  }
}

void AppendEmail(std::string& out, std::string_view local, std::string_view domain, Rng& rng) {
  const uint32_t style = rng.Below(10);
  out += local;
  if (style < 7) {  // the plain form, as most ads write it
    out += '@';
    out += domain;
    return;
  }
  if (style < 9) {  // "name (at) domain (dot) example": defeats naive e-mail regexes
    out += " (at) ";
    for (char c : domain) {
      if (c == '.') {
        out += " (dot) ";
      } else {
        out += c;
      }
    }
    return;
  }
  out += "[at]";
  out += domain;
}

void AppendTelegram(std::string& out, std::string_view handle, Rng& rng) {
  out += rng.Chance(0.75) ? "@" : "t.me/";
  out += handle;
}

void AppendWhatsAppLink(std::string& out, int suffix, Rng& rng) {
  if (rng.Chance(0.3)) out += "https://";
  out += "wa.me/44";
  const std::array<char, 11> d = NationalDigits(suffix);
  out.append(d.begin() + 1, d.end());
}

}  // namespace ariadne::demo
