#include "demo/contact_format.h"

#include <fmt/format.h>

#include <array>

namespace ariadne::demo {
namespace {

// The eleven national digits of drama number `suffix`: "07700900123".
std::array<char, 11> NationalDigits(int suffix) {
  std::array<char, 11> digits = {'0', '7', '7', '0', '0', '9', '0', '0', '0', '0', '0'};
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
  return fmt::format("+447700900{:03d}", suffix);
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
  out += "wa.me/447700900";
  out += static_cast<char>('0' + suffix / 100);
  out += static_cast<char>('0' + suffix / 10 % 10);
  out += static_cast<char>('0' + suffix % 10);
}

}  // namespace ariadne::demo
