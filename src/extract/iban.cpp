// IBANs: a country code, two check digits and the country's fixed-length BBAN, printed compact or
// in groups (of four or irregular, between spaces, dashes, dots or slashes: "ES15-8764-…",
// "IT95.L464.…", "DE12 / 3456 / …"); valid when the length matches the country and the ISO 7064 MOD
// 97-10 check gives 1. Value: compact upper case. Details: country. Sources: ISO 13616-1:2020 §6
// (check digits) and the SWIFT IBAN registry (release 98) for the lengths.
#include <array>
#include <bit>

#include "extract/extractor.h"
#include "extract/text_util.h"

namespace ariadne::extract {
namespace {

struct CountryLength {
  char code[3];
  unsigned char length;
};

constexpr std::array<CountryLength, 81> kLengths = {{
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22},
    {"BH", 22}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24}, {"DE", 22},
    {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18}, {"FO", 18}, {"FR", 27},
    {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27}, {"GT", 28}, {"HR", 21}, {"HU", 28},
    {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20},
    {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20}, {"LV", 21}, {"LY", 25}, {"MC", 27},
    {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NL", 18}, {"NO", 15},
    {"PK", 24}, {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"SA", 24},
    {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"ST", 25}, {"SV", 28},
    {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20}, {"BI", 27},
    {"DJ", 27},
}};

// A mark people put between an IBAN's groups besides a space ("ES15-8764-…", "IT95.L464.…",
// "RO49 / AAAA / …").
bool IsGroupMark(char c) {
  return c == '-' || c == '.' || c == '/';
}

// Where the next group starts after a separator at `k`: one space, or a mark with an optional
// space on either side (the pattern's `(?: ?[-./] ?| )?`); `k` itself when none is there. The way
// is forced (no separator byte is a letter or digit), so the finder and the reader agree.
size_t AfterGroupSeparator(std::string_view text, size_t k) {
  size_t j = k;
  if (j < text.size() && text[j] == ' ') ++j;
  if (j < text.size() && IsGroupMark(text[j])) {
    ++j;
    if (j < text.size() && text[j] == ' ') ++j;
  }
  return j;
}

int CountryIbanLength(std::string_view code) {
  for (const CountryLength& c : kLengths) {
    if (code == std::string_view(c.code, 2)) return c.length;
  }
  return 0;
}

// ISO 7064 MOD 97-10 over the rearranged IBAN (BBAN + country + check digits, letters as 10..35).
bool Mod97Valid(std::string_view iban) {
  unsigned remainder = 0;
  auto feed = [&](char c) {
    if (IsDigit(c)) {
      remainder = (remainder * 10 + static_cast<unsigned>(c - '0')) % 97;
    } else {
      remainder = (remainder * 100 + static_cast<unsigned>(c - 'A' + 10)) % 97;
    }
  };
  for (size_t i = 4; i < iban.size(); ++i) feed(iban[i]);
  for (size_t i = 0; i < 4; ++i) feed(iban[i]);
  return remainder == 1;
}

// The IBAN written in the original bytes behind the folded range [start, end), when folding
// changed it: a letter of the account part that looks like a digit stands among digits ("IT40
// S054 …", Italy's check letter; "it85o734 …" in lower case) and was read as one. Its letters, of
// either case, are read as capitals. Empty when the original is not one compact-able IBAN of
// `length` characters with a valid check.
std::string IbanInOriginal(const ScanState& state, size_t start, size_t end, int length) {
  if (state.source == nullptr || end > state.source->size()) return {};
  const auto [from, to] = state.source->Span(start, end);
  if (to > state.original.size() || to - from > static_cast<size_t>(2 * length)) return {};
  std::string iban;
  for (size_t k = from; k < to; ++k) {
    const char c = state.original[k];
    if (c == ' ' || IsGroupMark(c)) continue;
    if (!IsAsciiAlnum(c)) return {};
    iban.push_back(AsciiUpper(c));
  }
  if (static_cast<int>(iban.size()) != length || !Mod97Valid(iban)) return {};
  return iban;
}

void ExtractIbans(std::span<const Hit> hits, ScanState& state) {
  const std::string_view t = state.text;
  for (const Hit& hit : hits) {
    const size_t start = hit.from;
    // An IBAN written in lower or mixed case ("hu77 7195 …", "Gb26 nwbk …", typed on a phone
    // that capitalises a sentence's or each group's first letter) is read in capitals: the
    // country's length and the check, not the case, tell an IBAN.
    const char country[2] = {AsciiUpper(t[start]), AsciiUpper(t[start + 1])};
    const int length = CountryIbanLength(std::string_view(country, 2));
    if (length == 0) continue;
    std::string iban;
    size_t i = start;
    while (i < t.size() && static_cast<int>(iban.size()) < length) {
      const char c = t[i];
      if (IsAsciiAlnum(c)) {
        iban.push_back(AsciiUpper(c));
        ++i;
      } else if (const size_t next = AfterGroupSeparator(t, i);
                 next > i && next < t.size() && IsAsciiAlnum(t[next]) && !iban.empty()) {
        i = next;
      } else {
        break;
      }
    }
    if (static_cast<int>(iban.size()) != length) continue;
    if (i < t.size() && IsWordByte(t[i])) continue;  // glued to more characters: not this IBAN
    if (!Mod97Valid(iban)) {
      iban = IbanInOriginal(state, start, i, length);
      if (iban.empty()) continue;
    }
    Found f;
    f.type = SelectorType::kIban;
    f.details = {{"country", iban.substr(0, 2)}};
    f.value = std::move(iban);
    f.start = start;
    f.end = i;
    state.Claim(start, i);
    state.Emit(std::move(f));
  }
}

// The matches of kPatterns[0]: from a word start (\b) with two letters and two digits,
// four letters or digits (after one optional separator, AfterGroupSeparator), then seven more,
// each after one optional separator. The way through is forced (a space is never a letter or
// digit), so each start has one match, and later starts end later. The country code's second
// letter, a 0x30-0x7F byte (ByteClasses::high) but no digit, is right before the first digit of a
// run of digits: only those digits are looked at (most runs of digits follow a space or mark).
template <typename OnDigit>
void ForEachDigitAfterHighNonDigit(const ByteClasses& classes, OnDigit&& on_digit) {
  const std::vector<uint64_t>& digit = classes.digit;
  const std::vector<uint64_t>& high = classes.high;
  for (size_t b = 0; b + 1 < digit.size(); ++b) {
    const uint64_t digit_before = digit[b] << 1 | (b > 0 ? digit[b - 1] >> 63 : 0);
    const uint64_t high_before = high[b] << 1 | (b > 0 ? high[b - 1] >> 63 : 0);
    for (uint64_t starts = digit[b] & high_before & ~digit_before; starts != 0;
         starts &= starts - 1) {
      on_digit(b * 64 + static_cast<size_t>(std::countr_zero(starts)));
    }
  }
}

void FindIbans(const ByteClasses& classes, uint32_t pattern, std::vector<Hit>& out) {
  const std::string_view text = classes.text;
  const size_t n = text.size();
  ForEachDigitAfterHighNonDigit(classes, [&](size_t digit) {
    const size_t p = digit - 1;  // the country code's second letter
    if (!IsAsciiAlpha(text[p])) return;
    if (p == 0 || !IsAsciiAlpha(text[p - 1]) || p + 2 >= n || !IsDigit(text[p + 2])) return;
    const size_t start = p - 1;
    if (start > 0 && IsBoundaryWordByte(text[start - 1])) return;
    size_t k = AfterGroupSeparator(text, p + 3);
    bool ok = true;
    for (int c = 0; c < 4 && ok; ++c, ++k) ok = k < n && IsAsciiAlnum(text[k]);
    for (int c = 0; c < 7 && ok; ++c, ++k) {
      k = AfterGroupSeparator(text, k);
      ok = k < n && IsAsciiAlnum(text[k]);
    }
    if (ok) out.push_back(Hit{pattern, start, k});
  });
}

constexpr PrescanPattern kPatterns[] = {
    // The country code's second letter and the first check digit are a kCueUpperDigit cue: the
    // pre-filter need not open windows as wide as an IBAN around every digit. Found natively by
    // FindIbans (character classes only; see extractor.h and crypto.cpp).
    // Also in lower or mixed case ("hu77 7195 …", "Gb26 nwbk …"): the finder reads the whole
    // text, so no cue is needed for those forms.
    {R"(\b[A-Za-z]{2}\d{2}(?: ?[-./] ?| )?[A-Za-z0-9]{4}(?:(?: ?[-./] ?| )?[A-Za-z0-9]){7})",
     HS_FLAG_SOM_LEFTMOST, kCueUpperDigit, false, FindIbans},
};

}  // namespace

extern const ExtractorInfo kIbanExtractor = {
    "iban",    "International bank account numbers with a valid country length and MOD 97-10 check",
    9,         "ISO 13616-1:2020; ISO 7064 MOD 97-10; SWIFT IBAN registry",
    kPatterns, ExtractIbans,
};

}  // namespace ariadne::extract
