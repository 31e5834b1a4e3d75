// IBANs: a country code, two check digits and the country's fixed-length BBAN, printed compact or
// in groups (of four, three or irregular, between spaces, dashes, dots, slashes, underscores,
// bars, colons or middle dots: "ES15-8764-…", "IT95.L464.…", "DE12 / 3456 / …", "ES5 218 088 …",
// "KZ42_7643_…", "IE67 · PCJG · …"); valid when the length matches the country and the ISO 7064 MOD
// 97-10 check gives 1. Value: compact upper case. Details: country. Sources: ISO 13616-1:2020 §6
// (check digits) and the SWIFT IBAN registry (release 98) for the lengths.
#include <array>
#include <bit>
#include <optional>

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

// The length of a mark people put between an IBAN's groups besides a space at `k`, 0 when none is
// there: "ES15-8764-…", "IT95.L464.…", "RO49 / AAAA / …", "KZ42_7643_…", "CH70|5141|…",
// "BE94:3387:…", a middle dot "IE67 · PCJG · …" or a Unicode hyphen or dash "IT79‐N281‐…".
size_t GroupMarkLength(std::string_view text, size_t k) {
  if (k >= text.size()) return 0;
  switch (text[k]) {
    case '-':
    case '.':
    case '/':
    case '_':
    case '|':
    case ':':
      return 1;
    case '\xC2':  // U+00B7 middle dot
      return k + 1 < text.size() && text[k + 1] == '\xB7' ? 2 : 0;
    case '\xE2':  // U+2010-U+2013: hyphen, non-breaking hyphen, figure dash, en dash
      return k + 2 < text.size() && text[k + 1] == '\x80' && text[k + 2] >= '\x90' &&
                     text[k + 2] <= '\x93'
                 ? 3
                 : 0;
    default:
      return 0;
  }
}

// Where the next group starts after a separator at `k`: one or two spaces, or a mark with up to two
// spaces on either side (the pattern's separator; two spaces where folding took a middle dot or
// an emoji out of " · "); `k` itself when none is there. The way is forced (no separator byte is a
// letter or digit), so the finder and the readers agree.
size_t AfterGroupSeparator(std::string_view text, size_t k) {
  size_t j = k;
  const auto skip_spaces = [&] {
    for (int s = 0; s < 2 && j < text.size() && text[j] == ' '; ++s) ++j;
  };
  skip_spaces();
  if (const size_t mark = GroupMarkLength(text, j); mark > 0) {
    j += mark;
    skip_spaces();
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

// An IBAN as read from text[start]: compact in capitals, and where it ends.
struct IbanRead {
  std::string iban;
  size_t end = 0;
};

// Reads `length` letters and digits from text[start] (the country code's first letter), in
// capitals, over the separators between them (AfterGroupSeparator). An IBAN written in lower or
// mixed case ("hu77 7195 …", "Gb26 nwbk …", typed on a phone that capitalises a sentence's or each
// group's first letter) is read in capitals: the country's length and the check, not the case,
// tell an IBAN. Nothing when the characters run out or more follow glued to them (not this IBAN),
// or when the check fails.
std::optional<IbanRead> ReadIban(std::string_view text, size_t start, int length) {
  IbanRead read;
  size_t i = start;
  while (static_cast<int>(read.iban.size()) < length) {
    if (i < text.size() && IsAsciiAlnum(text[i])) {
      read.iban.push_back(AsciiUpper(text[i++]));
      continue;
    }
    const size_t next = AfterGroupSeparator(text, i);
    if (read.iban.empty() || next == i || next >= text.size() || !IsAsciiAlnum(text[next])) {
      return std::nullopt;
    }
    i = next;
  }
  if (i < text.size() && IsWordByte(text[i])) return std::nullopt;
  if (!Mod97Valid(read.iban)) return std::nullopt;
  read.end = i;
  return read;
}

// The IBAN read from the original bytes where the folded text's IBAN at `start` came from, when
// folding changed it: a letter of the account part that looks like a digit stands among digits
// ("IT40 S054 …", Italy's check letter; "it85o734 …" in lower case) and was read as one, or a '|'
// between groups was read as a 1 ("CH70|5141|…"). Its end is the folded offset where the original
// IBAN's bytes end.
std::optional<IbanRead> IbanInOriginal(const ScanState& state, size_t start, int length) {
  if (state.source == nullptr || start >= state.source->size()) return std::nullopt;
  std::optional<IbanRead> read = ReadIban(state.original, state.source->Start(start), length);
  if (!read) return std::nullopt;
  size_t end = start;
  while (end < state.source->size() && state.source->Start(end) < read->end) ++end;
  read->end = end;
  return read;
}

void ExtractIbans(std::span<const Hit> hits, ScanState& state) {
  const std::string_view t = state.text;
  for (const Hit& hit : hits) {
    const size_t start = hit.from;
    const char country[2] = {AsciiUpper(t[start]), AsciiUpper(t[start + 1])};
    const int length = CountryIbanLength(std::string_view(country, 2));
    if (length == 0) continue;
    std::optional<IbanRead> read = ReadIban(t, start, length);
    if (!read) read = IbanInOriginal(state, start, length);
    if (!read) continue;
    Found f;
    f.type = SelectorType::kIban;
    f.details = {{"country", read->iban.substr(0, 2)}};
    f.value = std::move(read->iban);
    f.start = start;
    f.end = read->end;
    state.Claim(start, read->end);
    state.Emit(std::move(f));
  }
}

// The matches of kPatterns[0]: from a word start (\b) two letters and a check digit, or two
// capitals, a space and the check digit ("AT 37 1987 …"; not in lower case, where "at 12 …" is
// prose), then the second check digit and eleven more letters or digits, each after one optional
// separator (AfterGroupSeparator: groups of any size, "ES5 218 088 …" too). The way through is
// forced (a separator is never a letter or digit), so each start has one match, and later starts
// end later. Only the first digits of runs of digits are looked at: the country code's second
// letter, a 0x30-0x7F byte (ByteClasses::high) but no digit, is right before one, or a space that
// no such byte is.
template <typename OnDigit>
void ForEachFirstDigit(const ByteClasses& classes, OnDigit&& on_digit) {
  const std::vector<uint64_t>& digit = classes.digit;
  for (size_t b = 0; b + 1 < digit.size(); ++b) {
    const uint64_t digit_before = digit[b] << 1 | (b > 0 ? digit[b - 1] >> 63 : 0);
    for (uint64_t starts = digit[b] & ~digit_before; starts != 0; starts &= starts - 1) {
      on_digit(b * 64 + static_cast<size_t>(std::countr_zero(starts)));
    }
  }
}

// Where an IBAN whose first check digit is text[digit] starts, or `digit` when none can.
size_t IbanStartBefore(std::string_view text, size_t digit) {
  if (digit >= 2 && IsAsciiAlpha(text[digit - 1]) && IsAsciiAlpha(text[digit - 2])) {
    return digit - 2;
  }
  if (digit >= 3 && text[digit - 1] == ' ' && IsAsciiUpper(text[digit - 2]) &&
      IsAsciiUpper(text[digit - 3])) {
    return digit - 3;
  }
  return digit;
}

void FindIbans(const ByteClasses& classes, uint32_t pattern, std::vector<Hit>& out) {
  const std::string_view text = classes.text;
  const size_t n = text.size();
  ForEachFirstDigit(classes, [&](size_t digit) {
    const size_t start = IbanStartBefore(text, digit);
    if (start == digit || (start > 0 && IsBoundaryWordByte(text[start - 1]))) return;
    size_t k = AfterGroupSeparator(text, digit + 1);
    if (k >= n || !IsDigit(text[k])) return;  // the second check digit
    ++k;
    for (int c = 0; c < 11; ++c, ++k) {
      k = AfterGroupSeparator(text, k);
      if (k >= n || !IsAsciiAlnum(text[k])) return;
    }
    out.push_back(Hit{pattern, start, k});
  });
}

constexpr PrescanPattern kPatterns[] = {
    // Found natively by FindIbans (character classes only; see extractor.h and crypto.cpp),
    // which reads the whole text: no cue is used.
    // Each "(?: {0,2}(?:[-./_|:]|\xC2\xB7|\xE2\x80[\x90-\x93]) {0,2}| {1,2})?" is one optional
    // separator: a
    // space or two, or a mark (GroupMarkLength) with up to two spaces on either side.
    {R"(\b(?:[A-Za-z]{2}|[A-Z]{2} )\d(?: {0,2}(?:[-./_|:]|\xC2\xB7|\xE2\x80[\x90-\x93]) {0,2}| {1,2})?\d)"
     R"((?:(?: {0,2}(?:[-./_|:]|\xC2\xB7|\xE2\x80[\x90-\x93]) {0,2}| {1,2})?[A-Za-z0-9]){11})",
     HS_FLAG_SOM_LEFTMOST, kCueUpperDigit, false, FindIbans},
};

}  // namespace

extern const ExtractorInfo kIbanExtractor = {
    "iban",    "International bank account numbers with a valid country length and MOD 97-10 check",
    11,        "ISO 13616-1:2020; ISO 7064 MOD 97-10; SWIFT IBAN registry",
    kPatterns, ExtractIbans,
};

}  // namespace ariadne::extract
