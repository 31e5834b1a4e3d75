// An IBAN read aloud (see spoken_iban.h).
#include "normalize/spoken_iban.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "normalize/ascii_classes.h"
#include "normalize/number_words.h"

namespace ariadne::normalize {
namespace {

constexpr size_t kMaxWordsBefore = 3;  // "is", "es", "c'est", "ist", "e", "to", "è"
constexpr size_t kMaxLeadBytes = 40;
constexpr size_t kMinIbanCharacters = 15;
constexpr size_t kMaxIbanCharacters = 34;

// The length of the word character at t[k]: an ASCII letter, an apostrophe ' or ’, or a letter
// of another script; 0 when none is there (a quotation mark, a digit, a blank).
size_t WordCharacterAt(std::string_view t, size_t k) {
  if (k >= t.size()) return 0;
  const auto c = static_cast<unsigned char>(t[k]);
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '\'' ? 1 : 0;
  UChar32 cp = 0;
  auto at = static_cast<int32_t>(k);
  U8_NEXT(t.data(), at, static_cast<int32_t>(t.size()), cp);
  return cp == 0x2019 || (cp > 0 && u_isalpha(cp)) ? static_cast<size_t>(at) - k : 0;
}
size_t WordEnd(std::string_view t, size_t k) {
  for (size_t len; (len = WordCharacterAt(t, k)) > 0;) k += len;
  return k;
}

// Whether a capital letter stands alone at t[k]: a blank before it, and a blank, a comma or the
// text's end after it.
bool LoneCapitalAt(std::string_view t, size_t k) {
  return k > 0 && k < t.size() && IsUpper(t[k]) && t[k - 1] == ' ' &&
         (k + 1 == t.size() || t[k + 1] == ' ' || t[k + 1] == ',');
}

// Where the country code ("G B") starts after "IBAN" ends at t[k], past a suffixed article and at
// most kMaxWordsBefore words on the same line; npos when none.
size_t CountryCodeAfter(std::string_view t, size_t k) {
  if (k < t.size() && t[k] == '-') k = WordEnd(t, k + 1);
  size_t words = 0;
  const size_t limit = std::min(t.size(), k + kMaxLeadBytes);
  while (k < limit) {
    if (t[k] == ' ') {
      ++k;
      continue;
    }
    if (LoneCapitalAt(t, k) && k + 2 < t.size() && t[k + 1] == ' ' && LoneCapitalAt(t, k + 2)) {
      return k;
    }
    const size_t word_end = WordEnd(t, k);
    if (word_end == k || ++words > kMaxWordsBefore) return std::string_view::npos;
    k = word_end;
  }
  return std::string_view::npos;
}

// Reads the IBAN from its country code at t[start]: the compact characters with a blank between
// groups into `iban`; returns where the last token ends (start when nothing was read).
size_t ReadSpokenGroups(std::string_view t, size_t start, std::string& iban) {
  size_t k = start, end = start, characters = 0;
  bool group_open = false;
  while (k < t.size() && characters < kMaxIbanCharacters) {
    if (t[k] == ' ') {
      ++k;
      continue;
    }
    if (t[k] == ',') {
      if (group_open && characters > 2) iban.push_back(' ');
      group_open = false;
      ++k;
      continue;
    }
    size_t token_end = k;
    char single = 0;
    if (LoneCapitalAt(t, k)) {
      single = t[k];
      token_end = k + 1;
    } else if (IsDigit(t[k])) {
      while (token_end < t.size() && IsDigit(t[token_end])) ++token_end;
    } else if (WordCharacterAt(t, k) > 0) {
      token_end = WordEnd(t, k);
      single = SpelledDigitOf(t.substr(k, token_end - k));
      if (single == 0) break;
    } else {
      break;
    }
    if (single != 0) {
      iban.push_back(single);
      ++characters;
    } else {
      iban.append(t.substr(k, token_end - k));
      characters += token_end - k;
    }
    group_open = true;
    end = token_end;
    k = token_end;
  }
  while (!iban.empty() && iban.back() == ' ') iban.pop_back();
  return end;
}

// The offset of the next "IBAN" from `from`, or npos: its "BAN" found (string_view::find, memchr
// of 'B' underneath: a capital B is rarer in prose than a capital I), then the 'I' before it.
size_t Find(std::string_view text, size_t from) {
  for (size_t at = text.find("BAN", from + 1); at != std::string_view::npos;
       at = text.find("BAN", at + 3)) {
    if (text[at - 1] == 'I') return at - 1;
  }
  return std::string_view::npos;
}

}  // namespace

void FindSpokenIbans(std::string_view text, std::vector<PartSpread>& out) {
  for (size_t at = Find(text, 0); at != std::string_view::npos; at = Find(text, at + 4)) {
    if (at > 0 && IsAsciiAlnum(text[at - 1])) continue;
    const size_t start = CountryCodeAfter(text, at + 4);
    if (start == std::string_view::npos) continue;
    std::string iban;
    const size_t end = ReadSpokenGroups(text, start, iban);
    size_t characters = 0;
    for (const char c : iban) characters += c != ' ';
    // "GB31…": two capitals, then the two check digits.
    if (characters < kMinIbanCharacters || iban.size() < 4 || !IsDigit(iban[2]) ||
        !IsDigit(iban[3])) {
      continue;
    }
    // A closing quotation mark glued to the last word ("… cuatro tres»") is set apart, as the
    // extractor wants the IBAN's end apart from a word.
    if (end < text.size() && static_cast<unsigned char>(text[end]) >= 0x80) iban.push_back(' ');
    out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end), std::move(iban),
                   static_cast<uint32_t>(end), true});
  }
}

}  // namespace ariadne::normalize
