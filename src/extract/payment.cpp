// Payment tags: where a client sends a deposit by a payment app, read as "platform:name" (lower
// case). From the apps' own links ("revolut.me/name", "paypal.me/name", "paypal.com/paypalme/name",
// "monzo.me/name", "venmo.com/u/name" or "venmo.com/name") and from an app's name followed, within
// a few words of the same line, by an '@' and the tag ("Deposit £30 by Revolut to @velvetkeys30",
// "Revtag: @anna_l", "Venmo @mia-rose", "PayPal (@lola.x)"). A bank account (iban.cpp) or a wallet
// (crypto.cpp) is where the money goes; so is a tag, and a network that rotates its numbers keeps
// it. Names follow the apps' rules: Revolut 3-16 of a-z0-9 (Revtag help page), PayPal.Me 3-20 of
// a-z0-9 (PayPal.Me help), Monzo 3-30 of a-z0-9, Venmo 5-30 of a-z0-9_- (Venmo help); a name must
// hold a letter. BLIK and MobilePay pay to a phone number, which the phone extractor reads; so does
// Vipps to a person, but a business's Vipps number has five or six digits ("Vipps til #84440",
// Vipps's help for businesses) and is read here as "vipps:84440".
#include <array>
#include <string>

#include "core/payment_apps.h"
#include "extract/extractor.h"
#include "extract/platform_words.h"
#include "extract/text_util.h"

namespace ariadne::extract {
namespace {

struct PaymentApp {
  std::string_view platform;
  size_t min_length;
  size_t max_length;
  std::string_view extra;  // allowed in a name besides a-z0-9
};

constexpr std::array<PaymentApp, 4> kApps = {{
    {"revolut", 3, 16, ""},
    {"paypal", 3, 20, ""},
    {"monzo", 3, 30, ""},
    {"venmo", 5, 30, "_-"},
}};
static_assert(
    [] {
      for (const PaymentApp& app : kApps) {
        if (!core::IsPaymentApp(app.platform)) return false;
      }
      return core::IsPaymentApp("vipps");  // the business number's reading (ReadVippsNumber)
    }(),
    "every app read here is in core/payment_apps.h, the list the store's kind guess reads");

// The app a word or a link names ("Revtag", "revolut.me/", "https://www.paypal.com/paypalme/").
const PaymentApp* AppNamed(std::string_view word_or_link) {
  std::string lower = AsciiLowerCopy(word_or_link);
  for (std::string_view prefix : {"https://", "http://", "www."}) {
    if (std::string_view(lower).starts_with(prefix)) lower.erase(0, prefix.size());
  }
  if (lower.starts_with("revtag")) return &kApps[0];
  for (const PaymentApp& app : kApps) {
    if (std::string_view(lower).starts_with(app.platform)) return &app;
  }
  return nullptr;
}

// The tag at `start` under `app`'s rules: its end, or `start` when there is none. A name runs to
// the first byte the app does not allow and ends in a letter or a digit (Venmo's "mia-rose-" is no
// tag).
size_t TagEnd(std::string_view text, size_t start, const PaymentApp& app) {
  size_t end = start;
  bool letter = false;
  while (end < text.size() &&
         (IsAsciiAlnum(text[end]) || app.extra.find(text[end]) != std::string_view::npos)) {
    letter |= IsAsciiAlpha(text[end]);
    ++end;
  }
  if (end > start && !IsAsciiAlnum(text[end - 1])) return start;
  const size_t length = end - start;
  if (!letter || length < app.min_length || length > app.max_length) return start;
  // A name followed by more name bytes of another kind ("@anna.rose" under Revolut) is not this
  // app's: a dot inside is an e-mail's or a handle's.
  if (end < text.size() && text[end] == '.' && end + 1 < text.size() && IsAsciiAlnum(text[end + 1]))
    return start;
  if (end < text.size() && text[end] == '@') return start;  // an e-mail's local part
  // A name running on in bytes the app does not allow ("paypal.me/lola_x") is not its tag.
  if (end < text.size() && (text[end] == '_' || text[end] == '-' || IsNonAscii(text[end])))
    return start;
  return end;
}

// The words between an app's name and the '@' of its tag: at most three short words of letters
// and marks ("to", "an", "on my", "tag:"), no digit and no line break: a tag three sentences on is
// not the app's.
bool IsShortGlue(std::string_view glue) {
  // A messaging or social platform's name between them gives the '@' to that platform ("Revolut
  // or Telegram @anna", "Revolut or TikTok @anna"): the handle extractor's words for them.
  size_t words = 0;
  size_t at = 0;
  while (at < glue.size()) {
    if (glue[at] == '\n' || glue[at] == '.') return false;
    if (!IsAsciiAlpha(glue[at]) && !IsNonAscii(glue[at])) {
      ++at;
      continue;
    }
    const size_t start = at;
    while (at < glue.size() && (IsAsciiAlpha(glue[at]) || IsNonAscii(glue[at]))) ++at;
    if (++words > 3 || !PlatformOfWord(glue.substr(start, at - start)).empty()) return false;
  }
  return true;
}

// A hit of an app's word, a short glue and the byte that starts the tag (an '@' or a digit): the
// glue between the word and that byte is short.
bool GlueIsShort(std::string_view match) {
  size_t word_end = 0;
  while (word_end < match.size() && IsAsciiAlpha(match[word_end])) ++word_end;
  return IsShortGlue(match.substr(word_end, match.size() - 1 - word_end));
}

void EmitTag(ScanState& state, size_t from, size_t name_start, size_t name_end,
             std::string_view platform) {
  Found& found = state.EmitNew(SelectorType::kPayment);
  found.value = std::string(platform) + ":" +
                AsciiLowerCopy(state.text.substr(name_start, name_end - name_start));
  found.start = from;
  found.end = name_end;
  found.details = {{"platform", std::string(platform)}};
  state.Claim(from, name_end);
}

constexpr size_t kMinVippsDigits = 5;
constexpr size_t kMaxVippsDigits = 6;

// "Vipps til #84440", "Vippsnummer: 123456": the digits at `start` (the pattern ended on the
// first) if they are a business's Vipps number: five or six digits standing alone. More digits,
// or digit groups going on after a blank ("Vipps til 412 34 567"), are a person's phone number.
void ReadVippsNumber(std::string_view match, size_t from, size_t start, ScanState& state) {
  const std::string_view text = state.text;
  if (!GlueIsShort(match)) return;
  size_t end = start;
  while (end < text.size() && IsDigit(text[end])) ++end;
  if (end - start < kMinVippsDigits || end - start > kMaxVippsDigits) return;
  if (end < text.size() && IsAsciiAlnum(text[end])) return;
  if (end + 1 < text.size() && (text[end] == ' ' || text[end] == '.' || text[end] == '-') &&
      IsDigit(text[end + 1]))
    return;
  if (!state.Claimed(start, end)) EmitTag(state, from, start, end, "vipps");
}

void ExtractPayment(std::span<const Hit> hits, ScanState& state) {
  const std::string_view text = state.text;
  for (const Hit& hit : hits) {
    const std::string_view match = text.substr(hit.from, hit.to - hit.from);
    if (hit.pattern == 2) {  // "Vipps", a short glue and a number's first digit
      ReadVippsNumber(match, hit.from, hit.to - 1, state);
      continue;
    }
    const PaymentApp* app = AppNamed(match);
    if (app == nullptr) continue;
    if (hit.pattern == 1 && !GlueIsShort(match)) continue;  // an app's word, a glue, the '@'
    const size_t end = TagEnd(text, hit.to, *app);
    // A name after an '@' that another extractor took (the domain of "paypal: anna@mail.example")
    // is not a tag; a link's name is (the URL extractor claims the whole link).
    if (end > hit.to && (hit.pattern == 0 || !state.Claimed(hit.to, end)))
      EmitTag(state, hit.from, hit.to, end, app->platform);
  }
}

// The first two patterns end where the name starts; TagEnd reads it under the app's rules.
constexpr PrescanPattern kPatterns[] = {
    {R"(\b(?:https?://)?(?:www\.)?(?:revolut\.me|paypal\.me|paypal\.com/paypalme|monzo\.me|venmo\.com/u|venmo\.com)/@?)",
     HS_FLAG_CASELESS | HS_FLAG_SOM_LEFTMOST, kCueDotAlnum},
    {R"(\b(?:revolut|revtag|paypal|monzo|venmo)[^\n@0-9]{0,16}@)",
     HS_FLAG_CASELESS | HS_FLAG_SOM_LEFTMOST, kCueAt},
    // Ends on the first digit: the glue holds none, so each number gives one hit.
    {R"(\bvipps(?:nummer|nr)?[^\n0-9@]{0,16}[0-9])", HS_FLAG_CASELESS | HS_FLAG_SOM_LEFTMOST,
     kCueDigit},
};

}  // namespace

extern const ExtractorInfo kPaymentExtractor = {
    "payment",
    "payment-app tags a deposit is sent to: Revolut (revtag, revolut.me), PayPal.Me, Monzo.me, "
    "Venmo, Vipps business numbers",
    3,  // 3: any platform the handle extractor names takes the tag after it (platform_words.h)
    "Revolut Revtag, PayPal.Me, Monzo.me and Venmo username rules (the apps' help pages)",
    kPatterns,
    ExtractPayment,
};

}  // namespace ariadne::extract
