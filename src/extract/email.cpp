// E-mail addresses, plain ("anna@example.com") and obfuscated: the '@' written as a word, bracketed
// ("anna (at) example (dot) com", "[at]", "{at}", "<at>") or between spaces ("anna at example dot
// com"), and the dots as words, in en/de/fr/es/it/pl/ro/nl/ru/uk/bg (at: at, ät, klammeraffe,
// arobase, arroba, chiocciola, małpa, apenstaartje, собака, собачка, равлик and песик (Ukrainian:
// snail, doggy), кучешка, маймунка, кльомба (Bulgarian), Romanian "la" in brackets only; dot: dot,
// punkt, point, punto, ponto, kropka, punct, punt, точка, крапка), in any case of any script
// ("СОБАКА", "[ÄT]": Unicode case folding). Full-width '＠' and '．' are folded by NFKC, the
// ideographic '。' by normalize (UTS #46). Value: lower case. The top-level domain must have the
// shape of one (2-24 letters, or xn--); an unbracketed " at " needs a known top-level domain and
// either a dot written as a word or a well-known mail provider, because " at " is ordinary prose.
// Sources: RFC 5321 §4.1.2 (dot-atom local parts), RFC 1035 §2.3.1 (labels); indicators.md §2F.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>

#include "extract/common_words.h"
#include "extract/confusable_words.h"
#include "extract/extractor.h"
#include "extract/spoken.h"
#include "extract/spoken_separators.h"
#include "extract/text_util.h"

namespace ariadne::extract {
namespace {

// "la" (Romanian "at"), "bei" (German "at") and "ет" (Ukrainian "at", spoken) only in brackets:
// spaced, they are prose. "a" only as "(a)", in a pattern of its own (in the bracket pattern it
// cost 0.8% more instructions on the bench corpus: "<a>"). Spaced, only the words whose first bytes
// the pre-filter knows (prefilter.cpp, kAtWordStarts): the others ("kukac", "παπάκι", "aapje", …)
// are read in brackets.
constexpr std::array<std::string_view, 40> kAtWords = {"at",
                                                       "ät",
                                                       "klammeraffe",
                                                       "arobase",
                                                       "arobas",
                                                       "arroba",
                                                       "arond",
                                                       "aronda",
                                                       "chiocciola",
                                                       "chiocciolina",
                                                       "małpa",
                                                       "malpa",
                                                       "małpka",
                                                       "malpka",
                                                       "apenstaartje",
                                                       "apenstaart",
                                                       "aapje",
                                                       "apestaart",
                                                       "affenschwanz",
                                                       "arrobase",
                                                       "собака",
                                                       "sobaka",
                                                       "@",
                                                       "a",
                                                       "ат",
                                                       "кучешка",
                                                       "маймунка",
                                                       "собачка",
                                                       "равлик",
                                                       "равлика",
                                                       "песик",
                                                       "кльомба",
                                                       "la",
                                                       "kukac",
                                                       "papaki",
                                                       "παπάκι",
                                                       "zavináč",
                                                       "zavinac",
                                                       "bei",
                                                       "ет"};
// The words for '.' (the lexicon's, spoken_separators.h) and the written dot alone.
constexpr auto kDotWords = OneWordSpokenSeparators<'.', 1>({"."});
// Second-level labels of large free mail providers (used only for the unbracketed " at " form).
constexpr std::array<std::string_view, 28> kMailProviders = {
    "gmail",  "googlemail", "yahoo",  "hotmail", "outlook", "live",     "msn",
    "icloud", "me",         "mail",   "gmx",     "web",     "proton",   "protonmail",
    "pm",     "yandex",     "ukr",    "wp",      "onet",    "interia",  "o2",
    "abv",    "libero",     "seznam", "centrum", "aol",     "tutanota", "inbox"};
constexpr std::array<std::string_view, 64> kKnownTlds = {
    "com", "net",    "org",  "info", "biz",  "edu", "gov", "eu",    "me",  "io", "co",
    "uk",  "de",     "fr",   "es",   "it",   "pl",  "ro",  "nl",    "be",  "at", "ch",
    "ru",  "ua",     "bg",   "cz",   "sk",   "hu",  "gr",  "pt",    "se",  "no", "dk",
    "fi",  "ie",     "lt",   "lv",   "ee",   "md",  "rs",  "hr",    "si",  "by", "kz",
    "tr",  "us",     "ca",   "au",   "br",   "mx",  "ar",  "in",    "cn",  "jp", "app",
    "dev", "online", "site", "xyz",  "club", "vip", "pro", "email", "mobi"};
// File name extensions that are no top-level domain: "icon@2x.png", "report@3x.jpg" (image sizes
// for high-resolution screens) and "scan@home.pdf" are file names. Extensions that are delegated
// top-level domains too (".zip", ".mov") are left out: an address may end in them.
constexpr std::array<std::string_view, 32> kFileExtensions = {
    "png", "jpg", "jpeg", "gif", "webp", "svg",  "bmp",  "tif",  "tiff", "heic", "ico",
    "pdf", "doc", "docx", "xls", "xlsx", "ppt",  "pptx", "odt",  "txt",  "csv",  "rtf",
    "mp3", "mp4", "wav",  "avi", "mkv",  "webm", "htm",  "html", "exe",  "apk"};
// Sifted: every address's top-level domain is asked about (compared with each extension in turn,
// about 1% of bench/extract_bench's instructions).
constexpr LowerKeywords<kFileExtensions.size()> kFileExtensionsSifted(kFileExtensions);
// A mail provider named in words after the local part ("holly.bath on gmail", "sunny.nrw bei gmx
// punkt de", "marta.od на ukr точка net", "sarah.toulouse 🌸 gmail 🌸 com"): the second-level
// labels of free mail providers across the eleven languages' countries. A superset of
// kMailProviders, read only in that form (kind 4 of ParseAround), where the provider's name is
// what makes the words an address.
constexpr std::array<std::string_view, 58> kNamedProviders = {
    "gmail",    "googlemail", "yahoo",   "ymail",   "hotmail", "outlook",    "live",   "msn",
    "icloud",   "mail",       "gmx",     "web",     "proton",  "protonmail", "yandex", "ukr",
    "wp",       "onet",       "interia", "o2",      "abv",     "libero",     "seznam", "centrum",
    "aol",      "tutanota",   "inbox",   "laposte", "orange",  "free",       "sfr",    "wanadoo",
    "alice",    "virgilio",   "tiscali", "tin",     "ziggo",   "kpnmail",    "hetnet", "xs4all",
    "posteo",   "freenet",    "bluewin", "rambler", "bigmir",  "meta",       "tlen",   "gazeta",
    "poczta",   "telefonica", "terra",   "telenet", "skynet",  "fastmail",   "zoho",   "bk",
    "t-online", "arcor"};
// Providers whose name alone says the whole domain: "holly.bath on gmail" is holly.bath@gmail.com.
// (Others, hotmail, yahoo, gmx, have a domain per country: without the top-level domain, none.)
constexpr std::array<std::string_view, 3> kWholeDomainProviders = {"gmail", "googlemail", "icloud"};
// Words that join a local part to a provider's name, besides the at-words: "on", "at", German
// "bei", French "chez", Romanian "la" and "pe", Dutch "bij" and "op", Polish "na" and "w", Russian,
// Ukrainian and Bulgarian "на" and "в", … Ordinary prose ("Bilder bei Google"): they are read only
// before a provider's name, after a local part with a dot (pattern 5).
constexpr std::array<std::string_view, 22> kProviderJoinWords = {
    "on", "at", "bei", "auf", "chez", "sur", "en", "su",  "presso", "na", "w",
    "u",  "la", "pe",  "bij", "op",   "em",  "no", "via", "на",     "в",  "у"};
// Domain labels written in Cyrillic ("лера собака яндекс точка ру", "на мейл.ру"), as their Latin
// names.
struct DomainWord {
  std::string_view word;
  std::string_view label;
};
constexpr std::array<DomainWord, 18> kCyrillicDomainWords = {{
    {"яндекс", "yandex"},
    {"мейл", "mail"},
    {"майл", "mail"},
    {"мэйл", "mail"},
    {"гмейл", "gmail"},
    {"гмэйл", "gmail"},
    {"гмаил", "gmail"},
    {"гмайл", "gmail"},
    {"джимейл", "gmail"},
    {"джимэйл", "gmail"},
    {"укр", "ukr"},
    {"абв", "abv"},
    {"рамблер", "rambler"},
    {"ру", "ru"},
    {"ком", "com"},
    {"нет", "net"},
    {"юа", "ua"},
    {"бг", "bg"},
}};
// The Latin label of a domain word in Cyrillic (any case), or "".
std::string_view CyrillicDomainLabel(std::string_view word);
// The top-level domain RFC 2606 reserves for documentation and tests, which Ariadne's test data
// and demos use: known like the others.
constexpr std::string_view kExampleTld = "example";

// True when `word` and `entry` are the same under Unicode simple case folding (ICU u_foldCase),
// code point by code point: "AT", "ÄT", "MAŁPA", "СОБАКА" and "ТОЧКА" are the at and dot words as
// much as their lower-case forms, in every script, with no upper-case form listed. Bytes that are
// not UTF-8 match nothing.
bool EqualsFolded(std::string_view word, std::string_view entry) {
  const auto word_size = static_cast<int32_t>(word.size());
  const auto entry_size = static_cast<int32_t>(entry.size());
  int32_t i = 0, j = 0;
  while (i < word_size && j < entry_size) {
    UChar32 a = 0, b = 0;
    U8_NEXT(word.data(), i, word_size, a);
    U8_NEXT(entry.data(), j, entry_size, b);
    if (a < 0 || b < 0) return false;
    if (a != b && u_foldCase(a, U_FOLD_CASE_DEFAULT) != u_foldCase(b, U_FOLD_CASE_DEFAULT)) {
      return false;
    }
  }
  return i == word_size && j == entry_size;
}

std::string_view CyrillicDomainLabel(std::string_view word) {
  for (const DomainWord& entry : kCyrillicDomainWords) {
    if (EqualsFolded(word, entry.word)) return entry.label;
  }
  return {};
}

// The at and dot words sifted by length and first byte (LowerKeywords): they are asked about
// around every '@' and dot candidate, and comparing a word with each entry in turn cost a
// mispredicted branch at every other candidate.
constexpr LowerKeywords<kAtWords.size()> kAtWordsSifted(kAtWords);
constexpr LowerKeywords<kDotWords.size()> kDotWordsSifted(kDotWords);

// An ASCII word can equal only an ASCII entry (no non-ASCII entry folds to ASCII): it is compared
// by bytes. Others, mostly ASCII words that are no such word, are folded only when they hold a
// non-ASCII byte.
template <size_t N>
bool InList(const std::array<std::string_view, N>& list, std::string_view word) {
  for (std::string_view w : list) {
    if (EqualsLower(word, w)) return true;
  }
  if (std::none_of(word.begin(), word.end(), [](char c) { return IsNonAscii(c); })) return false;
  for (std::string_view w : list) {
    if (EqualsFolded(word, w)) return true;
  }
  return false;
}
// InList for a list that is also sifted.
template <size_t N>
bool InList(const LowerKeywords<N>& sifted, const std::array<std::string_view, N>& list,
            std::string_view word) {
  if (sifted.Has(word)) return true;
  if (std::none_of(word.begin(), word.end(), [](char c) { return IsNonAscii(c); })) return false;
  for (std::string_view w : list) {
    if (EqualsFolded(word, w)) return true;
  }
  return false;
}

// The bytes of a local part and of a domain label, one table lookup each: the walks over them
// read every byte of every e-mail.
constexpr uint8_t kLocalByte = 1, kLabelByte = 2;
constexpr std::array<uint8_t, 256> kAddressBytes = [] {
  std::array<uint8_t, 256> t{};
  for (size_t c = 0; c < 256; ++c) {
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (alnum) t[c] = kLocalByte | kLabelByte;
  }
  for (const char c : std::string_view("._%+")) t[static_cast<unsigned char>(c)] = kLocalByte;
  t['-'] = kLocalByte | kLabelByte;
  return t;
}();
bool IsLocalByte(char c) {
  return (kAddressBytes[static_cast<unsigned char>(c)] & kLocalByte) != 0;
}
bool IsLabelByte(char c) {
  return (kAddressBytes[static_cast<unsigned char>(c)] & kLabelByte) != 0;
}

#if defined(__SSE2__)
// The bits of the sixteen bytes at p that are label bytes (ASCII letters, digits, '-'), or with
// `local` local-part bytes (those and '.', '_', '%', '+').
inline uint32_t AddressByteBits(const char* p, bool local) {
  const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // A byte in [lo, lo + span) is one that adding 0x80 - lo maps below -128 + span (signed).
  const auto in_range = [](__m128i x, char lo, int span) {
    return _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - lo))),
                          _mm_set1_epi8(static_cast<char>(-128 + span)));
  };
  __m128i yes =
      _mm_or_si128(in_range(_mm_or_si128(c, _mm_set1_epi8(0x20)), 'a', 26),
                   _mm_or_si128(in_range(c, '0', 10), _mm_cmpeq_epi8(c, _mm_set1_epi8('-'))));
  if (local) {
    const auto is = [&c](char byte) { return _mm_cmpeq_epi8(c, _mm_set1_epi8(byte)); };
    yes = _mm_or_si128(
        yes, _mm_or_si128(_mm_or_si128(is('.'), is('_')), _mm_or_si128(is('%'), is('+'))));
  }
  return static_cast<uint32_t>(_mm_movemask_epi8(yes));
}
#endif

// The end of the run of label bytes from i, at most i + max: sixteen bytes at a time where the
// text has them (the byte loop's exit was mispredicted about once a label).
size_t LabelRunEnd(std::string_view t, size_t i, size_t max) {
  const size_t limit = std::min(t.size(), i + max);
#if defined(__SSE2__)
  for (; i + 16 <= t.size() && i < limit; i += 16) {
    const auto run = static_cast<size_t>(std::countr_one(AddressByteBits(t.data() + i, false)));
    if (run < 16) return std::min(i + run, limit);
  }
  if (i >= limit) return limit;
#endif
  while (i < limit && IsLabelByte(t[i])) ++i;
  return i;
}

// The start of the run of local-part bytes that ends at `end`, at most `max` bytes before it.
size_t LocalRunStart(std::string_view t, size_t end, size_t max) {
  const size_t floor = end > max ? end - max : 0;
  size_t k = end;
#if defined(__SSE2__)
  for (; k >= 16 && k > floor; k -= 16) {
    const auto bits = static_cast<uint16_t>(AddressByteBits(t.data() + k - 16, true));
    const auto run = static_cast<size_t>(std::countl_one(bits));
    if (run < 16) return std::max(k - run, floor);
  }
  if (k <= floor) return floor;
#endif
  while (k > floor && IsLocalByte(t[k - 1])) --k;
  return k;
}

size_t SkipSpaces(std::string_view t, size_t i, size_t max) {
  size_t k = i;
  while (k < t.size() && IsSpace(t[k]) && k - i < max) ++k;
  return k;
}
size_t SkipSpacesBack(std::string_view t, size_t end, size_t max) {
  size_t k = end;
  while (k > 0 && IsSpace(t[k - 1]) && end - k < max) --k;
  return k;
}

// Decoration between the pieces of a written-out address: emoji and other symbols ("jade 🌸 at 🌸
// gmail", "camille.b ❤️ @ ❤️ free"), skin-tone modifiers with them.
bool IsDecoration(UChar32 c) {
  if (c < 0x80) return false;
  // Bullets and middle dots ("nina • at • gmail • dot • com"), which are punctuation.
  if (c == 0xB7 || c == 0x2022 || c == 0x2027 || c == 0x30FB || c == 0x2043) return true;
  // Quotation marks around a word of the address ("sara «chiocciola» libero «punto» it").
  if (c == 0xAB || c == 0xBB || c == 0x2039 || c == 0x203A || (c >= 0x201C && c <= 0x201E)) {
    return true;
  }
  const int8_t type = u_charType(c);
  return type == U_OTHER_SYMBOL || type == U_MATH_SYMBOL || type == U_MODIFIER_SYMBOL ||
         (c >= 0x1F3FB && c <= 0x1F3FF);
}
constexpr size_t kMaxDecoration = 16;  // bytes: a few emoji
bool IsDecorationByte(char c) {
  return c == '-' || c == '|' || c == '*' || c == '~';
}

// Spaces with at most one decoration among them, from i on: a run of symbols, or one dash, '|',
// '*' or '~' between spaces ("anna.bo - @ - yahoo"; "t-online" keeps its dash). Returns its end.
// Inline, the decoration out of line: obfuscated addresses ask at every piece, and most gaps are
// spaces.
size_t SkipDecoratedGap(std::string_view t, size_t i, size_t k);
[[gnu::always_inline]] inline size_t SkipGap(std::string_view t, size_t i) {
  size_t k = i;
  while (k < t.size() && IsSpace(t[k]) && k - i < 2) ++k;
  if (k >= t.size() || !(IsNonAscii(t[k]) || IsDecorationByte(t[k]))) return k;
  return SkipDecoratedGap(t, i, k);
}
[[gnu::noinline]] size_t SkipDecoratedGap(std::string_view t, size_t i, size_t k) {
  if (IsDecorationByte(t[k])) {
    return k > i && k + 1 < t.size() && IsSpace(t[k + 1]) ? SkipSpaces(t, k + 1, 2) : k;
  }
  size_t d = k;
  while (d < t.size() && IsNonAscii(t[d]) && d - k < kMaxDecoration) {
    auto j = static_cast<int32_t>(d);
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(t.data()), j, static_cast<int32_t>(t.size()), c);
    if (!IsDecoration(c)) break;
    d = static_cast<size_t>(j);
  }
  return d == k ? k : SkipSpaces(t, d, 2);
}
// SkipGap backwards from `end`: where the gap before `end` starts.
size_t SkipDecoratedGapBack(std::string_view t, size_t end, size_t k);
[[gnu::always_inline]] inline size_t SkipGapBack(std::string_view t, size_t end) {
  size_t k = end;
  while (k > 0 && IsSpace(t[k - 1]) && end - k < 2) --k;
  if (k == 0 || !(IsNonAscii(t[k - 1]) || IsDecorationByte(t[k - 1]))) return k;
  return SkipDecoratedGapBack(t, end, k);
}
[[gnu::noinline]] size_t SkipDecoratedGapBack(std::string_view t, size_t end, size_t k) {
  if (IsDecorationByte(t[k - 1])) {
    return k < end && k >= 2 && IsSpace(t[k - 2]) ? SkipSpacesBack(t, k - 1, 2) : k;
  }
  size_t d = k;
  while (d > 0 && IsNonAscii(t[d - 1]) && k - d < kMaxDecoration) {
    auto j = static_cast<int32_t>(d);
    UChar32 c = 0;
    U8_PREV(reinterpret_cast<const uint8_t*>(t.data()), 0, j, c);
    if (!IsDecoration(c)) break;
    d = static_cast<size_t>(j);
  }
  return d == k ? k : SkipSpacesBack(t, d, 2);
}

// A word (letters, any script) starting at i; returns its end.
size_t WordEnd(std::string_view t, size_t i) {
  return LetterRunEnd(t, i, 24);
}

// The decoration characters (IsDecoration) of [start, end), in order: on_decoration(begin, end)
// for each until it returns false.
template <typename OnDecoration>
void ForEachDecoration(std::string_view t, size_t start, size_t end, OnDecoration&& on_decoration) {
  for (size_t k = start; k < end;) {
    if (!IsNonAscii(t[k])) {
      ++k;
      continue;
    }
    auto j = static_cast<int32_t>(k);
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(t.data()), j, static_cast<int32_t>(t.size()), c);
    if (IsDecoration(c) && !on_decoration(k, static_cast<size_t>(j))) return;
    k = static_cast<size_t>(j);
  }
}

// The end of the word [start, end) before the first decoration glued to it ("at❤", "punto»"):
// WordEnd() reads every byte from U+0080 up as a letter's.
size_t WordEndBeforeDecoration(std::string_view t, size_t start, size_t end) {
  size_t word_end = end;
  ForEachDecoration(t, start, end, [&](size_t begin, size_t) {
    word_end = begin;
    return false;
  });
  return word_end;
}

// The start of the word [start, end) after the last decoration glued to it ("«punto"): WordEnd()'s
// reading backwards takes every byte from U+0080 up as a letter's.
size_t WordStartAfterDecoration(std::string_view t, size_t start, size_t end) {
  size_t word_start = start;
  ForEachDecoration(t, start, end, [&](size_t, size_t after) {
    word_start = after;
    return true;
  });
  return word_start;
}

bool IsOpen(char c) {
  return c == '(' || c == '[' || c == '{' || c == '<';
}
bool IsClose(char c) {
  return c == ')' || c == ']' || c == '}' || c == '>';
}

// An at or dot word written with look-alike letters of other scripts ("(аt)" with a Cyrillic а,
// "[dοt]" with a Greek ο, "(АT)"): its confusable skeleton is a listed word's (confusable_words.h).
// A word of one letter ("(а)", a list's item) is none.
bool IsLookalikeAtOrDotWord(std::string_view word, bool dot) {
  static const ConfusableWords at_words(kAtWords), dot_words(kDotWords);
  constexpr size_t kMinBytes = 3;  // a letter of two bytes and another
  return word.size() >= kMinBytes && (dot ? dot_words : at_words).Has(word);
}

// The at word (or with `dot` the dot word) `word`: listed, or written with look-alike letters.
bool IsAtOrDotWord(std::string_view word, bool dot) {
  const bool listed =
      dot ? InList(kDotWordsSifted, kDotWords, word) : InList(kAtWordsSifted, kAtWords, word);
  return listed || IsLookalikeAtOrDotWord(word, dot);
}

// An obfuscated separator at i: "(word)", "[word]", " word " (spaced only when allow_spaced).
// Returns its end, or npos. `bracketed` tells which form it was.
size_t MatchWordToken(std::string_view t, size_t i, bool dot, bool allow_spaced, bool& bracketed) {
  size_t k = SkipGap(t, i);
  if (k < t.size() && IsOpen(t[k])) {
    size_t w = SkipSpaces(t, k + 1, 2);
    size_t e = (w < t.size() && (t[w] == '.' || t[w] == '@')) ? w + 1 : WordEnd(t, w);
    if (e == w) return std::string_view::npos;
    const std::string_view word = t.substr(w, e - w);
    if (!IsAtOrDotWord(word, dot)) return std::string_view::npos;
    size_t c = SkipSpaces(t, e, 2);
    if (c >= t.size() || !IsClose(t[c])) return std::string_view::npos;
    bracketed = true;
    return SkipSpaces(t, c + 1, 2);
  }
  if (!allow_spaced || k == i)
    return std::string_view::npos;  // a spaced word needs a space before it
  size_t e = WordEndBeforeDecoration(t, k, WordEnd(t, k));
  // A space after the word, or decoration glued to it ("❤at❤ gmail", "«punto» it").
  if (e == k || e >= t.size() || (!IsSpace(t[e]) && SkipGap(t, e) == e)) {
    return std::string_view::npos;
  }
  const std::string_view word = t.substr(k, e - k);
  if (word == "a" || word == "A" || EqualsFolded(word, "la") || EqualsFolded(word, "bei"))
    return std::string_view::npos;
  if (!IsAtOrDotWord(word, dot)) return std::string_view::npos;
  bracketed = false;
  return SkipGap(t, e);
}

// The start of the local-part piece before a dot word that ends at `end` ("mila punt vdb", "anna
// (dot) maria"): the dot word spaced or bracketed, then the piece. npos when there is none. With
// `spoken` (an address read aloud) also a two-word underscore or a dash word, spaced.
// The words for '_' in a local part read aloud ("lola underscore anna at gmail dot com"): one word
// each (the two-word ones, "under score", "tiret bas", and the dash words are
// SpokenJoinerBefore's). The lexicon's (spoken_separators.h).
bool IsUnderscoreWord(std::string_view word) {
  static constexpr auto kWords = OneWordSpokenSeparators<'_'>();
  static constexpr LowerKeywords<kWords.size()> kSifted(kWords);
  return InList(kSifted, kWords, word);
}

// The words of a local part read aloud for '-' ("dash", "Bindestrich", "tiret", "myślnik") and the
// second words of the two-word ones for '_' ("under score", "tiret bas", "guion bajo", "trattino
// basso", "liniuță jos"), in LowerWord form, from the lexicon (spoken_separators.h): whether
// `word` is one (a sifted lookup).
bool IsSpokenJoinerWord(std::string_view word) {
  static const LowerWordSet words([] {
    constexpr size_t kDashes = CountSpokenSeparators('-', false);
    constexpr size_t kSeconds = CountSpokenSeparators('_', true);
    std::array<std::string_view, kDashes + kSeconds> list{};
    size_t n = 0;
    for (const SpokenSeparator& s : kSpokenSeparators) {
      if (s.mark == '-' && s.second.empty()) list[n++] = s.first;
      if (s.mark == '_' && !s.second.empty()) list[n++] = s.second;
    }
    return list;
  }());
  return word.size() >= 3 && word.size() <= 32 && words.Has(word);
}

// Whether `word` (LowerWord form) is a one-word spoken '-' of the lexicon ("тире", "dash").
bool IsOneWordDash(std::string_view word) {
  static constexpr auto kWords = OneWordSpokenSeparators<'-'>();
  return IsOneOf(word, kWords);
}

// The joiner the word t[word_start, …) = `word` (IsSpokenJoinerWord) says: '_' for the second word
// of a two-word underscore after its first word ("tiret bas": `start` moves to the first word's
// start), '-' for a dash word, or 0.
[[gnu::noinline]] char SpokenJoinerBefore(std::string_view t, size_t word_start,
                                          std::string_view word, size_t& start) {
  const LowerWord lower(word);
  bool second = false;  // the word is the second of a two-word underscore
  for (const SpokenSeparator& two : kSpokenSeparators) {
    if (two.mark != '_' || two.second != lower.view()) continue;
    second = true;
    if (word_start < 2 || t[word_start - 1] != ' ') return 0;
    size_t first = word_start - 1;
    while (first > 0 && IsLetterByte(t[first - 1]) && word_start - 1 - first < 32) --first;
    if (LowerWord(t.substr(first, word_start - 1 - first)).view() == two.first) {
      start = first;
      return '_';
    }
  }
  // A second word that is a dash word alone too ("долно тире", "тире") is one without its first.
  return second && !IsOneWordDash(lower.view()) ? 0 : '-';
}

[[gnu::always_inline]] inline size_t DotWordPieceBefore(std::string_view t, size_t end,
                                                        char* joiner = nullptr,
                                                        bool spoken = false) {
  // A bracketed dot word may be glued to the pieces around it ("ines(punkt)dawn<at>").
  const bool glued_bracket = end > 0 && IsClose(t[end - 1]);
  size_t k = glued_bracket ? end : SkipGapBack(t, end);
  if (k == end && !glued_bracket) return std::string_view::npos;
  if (k == 0) return std::string_view::npos;
  size_t word_end = k, word_start = k;
  bool bracketed = false;
  if (IsClose(t[k - 1])) {
    bracketed = true;
    word_end = k - 1;
    while (word_end > 0 && IsSpace(t[word_end - 1]) && k - word_end < 3) --word_end;
    word_start = word_end;
    while (word_start > 0 && IsLetterByte(t[word_start - 1]) && word_end - word_start < 32) {
      --word_start;
    }
    size_t open = word_start;
    while (open > 0 && IsSpace(t[open - 1]) && word_start - open < 2) --open;
    if (open == 0 || !IsOpen(t[open - 1])) return std::string_view::npos;
    k = open - 1;
  } else if (t[k - 1] == '.') {
    word_start = k - 1;  // a dot between spaces: "federica . ve @ alice . it"
    k = word_start;
  } else {
    while (word_start > 0 && IsLetterByte(t[word_start - 1]) && word_end - word_start < 32) {
      --word_start;
    }
    word_start = WordStartAfterDecoration(t, word_start, word_end);
    k = word_start;
  }
  if (word_start == word_end) return std::string_view::npos;
  char mark = '.';
  if (const std::string_view word = t.substr(word_start, word_end - word_start);
      !InList(kDotWordsSifted, kDotWords, word)) {
    // A two-word underscore first: its second word may be one alone too ("нижнє підкреслення").
    char joiner_said = 0;
    if (spoken && k == word_start && IsSpokenJoinerWord(word)) {
      joiner_said = SpokenJoinerBefore(t, word_start, word, k);  // "tiret bas", "dash"
    }
    if (joiner_said != 0) {
      mark = joiner_said;
    } else if (IsUnderscoreWord(word)) {
      mark = '_';
    } else {
      return std::string_view::npos;
    }
  }
  const size_t piece_end = k;
  k = SkipGapBack(t, piece_end);
  // A dot word needs a space before it, or its brackets.
  if (k == piece_end && !bracketed) return std::string_view::npos;
  const size_t chunk_end = k;
  while (k > 0 && IsLocalByte(t[k - 1]) && chunk_end - k < 64) --k;
  if (k == chunk_end || !IsAsciiAlnum(t[chunk_end - 1]) || !IsAsciiAlnum(t[k])) {
    return std::string_view::npos;
  }
  if (k > 0 && (IsWordByte(t[k - 1]) || t[k - 1] == '@')) return std::string_view::npos;
  if (joiner != nullptr) *joiner = mark;
  return k;
}

// "rose 99" in "lily dot rose 99 at gmail dot com": a local-part piece [start, end) of up to four
// digits, written after a space behind a word that a dot word joins to the piece before it, is
// that word's end. Returns the start of the word (the piece then holds the space, which the value
// leaves out), or `start` when the piece is no such digits. Without the dot word the word is
// prose ("call me 99 at …").
size_t StartWithSpacedDigits(std::string_view t, size_t start, size_t end) {
  constexpr size_t kMaxDigits = 4;
  if (end - start > kMaxDigits || start < 2 || t[start - 1] != ' ' || !IsAsciiAlpha(t[start - 2])) {
    return start;
  }
  for (size_t k = start; k < end; ++k) {
    if (!IsDigit(t[k])) return start;
  }
  const size_t word_end = start - 1;
  size_t word_start = word_end;
  while (word_start > 0 && IsLocalByte(t[word_start - 1]) && word_end - word_start < 64) {
    --word_start;
  }
  if (!IsAsciiAlnum(t[word_start]) || (word_start > 0 && IsWordByte(t[word_start - 1]))) {
    return start;
  }
  return DotWordPieceBefore(t, word_start) != std::string_view::npos ? word_start : start;
}

// "rose twenty three" in "rose twenty three at gmail dot com", a local part read aloud: the
// number said in words (spoken.h) that ends the local part's last piece [start, end), its digits
// in `digits` (at most four). Returns the start of the name word right before the number (the
// piece is then that word and the digits), or of the number itself after a dot or underscore word
// ("rose dot twenty three"; the word is then the piece before); npos when the piece is no number
// word, or when before the number stands neither a name (a word of three letters or more, no
// common word: "call me twenty three at …" stays "three") nor such a word.
[[gnu::noinline]] size_t SpokenNumberPieceStart(std::string_view t, size_t start, size_t end,
                                                std::array<char, 4>& digits, size_t& digit_count,
                                                size_t& name_end) {
  constexpr size_t kNone = std::string_view::npos;
  if (end - start < 2 || end - start > 40) return kNone;
  // Words of letters, maybe joined by hyphens ("quatre-vingt-dix-sept"), the first a number word.
  size_t first_end = start;
  while (first_end < end && IsLetterByte(t[first_end])) ++first_end;
  for (size_t k = first_end; k < end; ++k) {
    if (!IsLetterByte(t[k]) && !(t[k] == '-' && IsLetterByte(t[k - 1]))) return kNone;
  }
  const SpokenNumbers& numbers = SpokenNumberWords();
  if (numbers.Digits(t.substr(start, first_end - start)) == nullptr) return kNone;
  // The number words before it, one space or a hyphen apart: the longest run read as one number
  // that ends at `end`.
  std::array<size_t, 8> starts{};
  size_t count = 0;
  starts[count++] = start;
  for (size_t s = start; count < starts.size();) {
    if (s < 2 || (t[s - 1] != ' ' && t[s - 1] != '-')) break;
    const size_t word_end = s - 1;
    size_t w = word_end;
    while (w > 0 && IsLetterByte(t[w - 1]) && word_end - w < 40) --w;
    if (w == word_end || numbers.Find(t.substr(w, word_end - w)) == nullptr) break;
    starts[count++] = w;
    s = w;
  }
  for (size_t c = count; c-- > 0;) {
    const size_t run = starts[c];
    size_t w_end = run;
    while (w_end < end && IsLetterByte(t[w_end])) ++w_end;
    if (numbers.Digits(t.substr(run, w_end - run)) == nullptr) continue;
    size_t read_end = run;
    int words = 0;
    std::string read = ReadSpokenNumber(t, SpokenWord{run, w_end}, numbers, read_end, words);
    if (read_end != end || read.empty() || read.size() > 4) continue;
    // The word before the number: a name, or a dot or underscore word.
    if (run < 2 || t[run - 1] != ' ') return kNone;
    const size_t before_end = run - 1;
    size_t b = before_end;
    while (b > 0 && IsLocalByte(t[b - 1]) && before_end - b < 64) --b;
    if (b == before_end || (b > 0 && (IsWordByte(t[b - 1]) || t[b - 1] == '@'))) return kNone;
    const std::string_view word = t.substr(b, before_end - b);
    if (InList(kDotWordsSifted, kDotWords, word) || IsUnderscoreWord(word)) {
      std::copy(read.begin(), read.end(), digits.begin());
      digit_count = read.size();
      name_end = run;
      return run;
    }
    if (word.size() < 3 || !IsAsciiAlnum(word.front()) || !IsAsciiAlnum(word.back()) ||
        IsCommonWord(word) || numbers.Find(word) != nullptr) {
      return kNone;
    }
    std::copy(read.begin(), read.end(), digits.begin());
    digit_count = read.size();
    name_end = before_end;
    return b;
  }
  return kNone;
}

// Whether the non-ASCII character that ends at `end` (or starts at `at`) is a quotation mark,
// other punctuation or a symbol: an address in guillemets or beside an emoji («anna@mail.example»,
// "📧anna@mail.example") ends there, where a letter would glue a word to it.
bool IsQuoteOrSymbol(UChar32 c) {
  if (c < 0) return false;
  switch (u_charType(c)) {
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_DASH_PUNCTUATION:
    case U_OTHER_SYMBOL:
    case U_MATH_SYMBOL:
    case U_SPACE_SEPARATOR:
      return true;
    default:
      return false;
  }
}
bool QuoteOrSymbolBefore(std::string_view t, size_t end) {
  int32_t i = static_cast<int32_t>(end);
  UChar32 c = 0;
  U8_PREV(reinterpret_cast<const uint8_t*>(t.data()), 0, i, c);
  return IsQuoteOrSymbol(c);
}
bool QuoteOrSymbolAt(std::string_view t, size_t at) {
  int32_t i = static_cast<int32_t>(at);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(t.data()), i, static_cast<int32_t>(t.size()), c);
  return IsQuoteOrSymbol(c);
}

// A local part that looks like a username, not a word of prose ("lena95", "sasha_k", "nina.k";
// not "me" in "email me at gmail"): a letter first, at least three bytes, and a digit, '.', '_'
// or '-' after the first.
bool MarkedLocalPart(std::string_view local) {
  if (local.size() < 3 || !IsAsciiAlpha(local[0])) return false;
  return std::any_of(local.begin() + 1, local.end(),
                     [](char c) { return IsDigit(c) || c == '.' || c == '_' || c == '-'; });
}

// Kind 4's conditions: a local part that starts with a letter ("2.0 on web.de" is none) and a
// domain that starts with a mail provider's name. A provider whose name is its whole domain gets
// its ".com" ("holly.bath on gmail").
bool ProviderNamed(std::string_view t, size_t local_start, std::vector<std::string_view>& labels) {
  if (!IsAsciiAlpha(t[local_start]) || labels.empty() || !InList(kNamedProviders, labels[0])) {
    return false;
  }
  if (labels.size() == 1 && InList(kWholeDomainProviders, labels[0])) labels.push_back("com");
  return true;
}

// Whether "%2E" or "%2e" (a URL-encoded '.') starts at k.
bool EncodedDotAt(std::string_view t, size_t k) {
  return k + 3 <= t.size() && t[k] == '%' && t[k + 1] == '2' && (t[k + 2] | 0x20) == 'e';
}
// Whether "%2B" or "%2b" (a URL-encoded '+', a plus tag's: "anna%2Bads%40…") starts at k.
bool EncodedPlusAt(std::string_view t, size_t k) {
  return k + 3 <= t.size() && t[k] == '%' && t[k + 1] == '2' && (t[k + 2] | 0x20) == 'b';
}

std::string_view ProviderBeforeDomain(std::string_view word);

// A provider whose name is its domain named in an inflected form after a joining word ("na
// gmailu", Polish; "на яндексе", "на укрнеті"): appends the labels of its domain to `labels` and
// returns true. Five bytes or more ("wpis" is a word).
bool InflectedProvider(std::string_view word, std::vector<std::string_view>& labels) {
  if (word.size() < 5) return false;
  const std::string_view domain = ProviderBeforeDomain(word);
  if (domain.empty()) return false;
  const size_t dot = domain.find('.');
  labels.push_back(domain.substr(0, dot));
  labels.push_back(domain.substr(dot + 1));
  return true;
}

// A mail provider's name as speech recognition writes it, in two words, at i: "gee mail" and "g
// mail" (gmail), "hot mail", "out look", "i cloud", "ya hoo", "proton mail" (LowerWord forms of the
// two words). Returns the provider's label and its end in `end`, or "".
[[gnu::noinline]] std::string_view HeardProviderAt(std::string_view t, size_t i, size_t& end) {
  struct Heard {
    std::string_view first, second, label;
  };
  static constexpr std::array<Heard, 9> kHeard = {{{"gee", "mail", "gmail"},
                                                   {"g", "mail", "gmail"},
                                                   {"jee", "mail", "gmail"},
                                                   {"hot", "mail", "hotmail"},
                                                   {"out", "look", "outlook"},
                                                   {"i", "cloud", "icloud"},
                                                   {"eye", "cloud", "icloud"},
                                                   {"ya", "hoo", "yahoo"},
                                                   {"proton", "mail", "protonmail"}}};
  size_t e = i;
  while (e < t.size() && IsAsciiAlpha(t[e]) && e - i < 8) ++e;
  if (e == i || e - i > 6 || e + 1 >= t.size() || (t[e] != ' ' && t[e] != '-')) return {};
  size_t e2 = e + 1;
  while (e2 < t.size() && IsAsciiAlpha(t[e2]) && e2 - e < 8) ++e2;
  if (e2 == e + 1 || (e2 < t.size() && IsWordByte(t[e2]))) return {};
  for (const Heard& h : kHeard) {
    if (EqualsLower(t.substr(i, e - i), h.first) &&
        EqualsLower(t.substr(e + 1, e2 - e - 1), h.second)) {
      end = e2;
      return h.label;
    }
  }
  return {};
}

// Whether the at-token [at_start, at_end) is the English "at" (spaces around it left out), the one
// at-word that is ordinary prose.
bool AtTokenIsAt(std::string_view t, size_t at_start, size_t at_end) {
  while (at_start < at_end && (IsSpace(t[at_start]) || IsOpen(t[at_start]))) ++at_start;
  while (at_end > at_start && (IsSpace(t[at_end - 1]) || IsClose(t[at_end - 1]))) --at_end;
  return at_end - at_start == 2 && EqualsLower(t.substr(at_start, 2), "at");
}

// Whether an address that ends at `end` closes its text or line, or stands before punctuation or
// a symbol (not before another word).
bool ClosesAddress(std::string_view t, size_t end) {
  const size_t k = SkipSpaces(t, end, 2);
  if (k >= t.size() || t[k] == '\n' || t[k] == '\r') return true;
  if (k == end && !IsWordByte(t[k])) return true;
  if (IsNonAscii(t[k])) return QuoteOrSymbolAt(t, k);
  return !IsWordByte(t[k]) && t[k] != '(';
}

// The providers' names and the top-level domains sifted (LowerKeywords) for the new readings of a
// written '@' (leet names, dots written out, OCR's spaces), which ask about labels of most
// addresses with a digit: a whole-list InList cost 0.3% of the bench corpus's instructions.
constexpr LowerKeywords<kNamedProviders.size()> kNamedProvidersSifted(kNamedProviders);
constexpr LowerKeywords<kKnownTlds.size()> kKnownTldsSifted(kKnownTlds);

// Labels the domain reading builds itself (a label written letter by letter, a provider's name
// written in leet), kept for the address being parsed: the labels are views.
struct BuiltLabels {
  std::array<char, 96> bytes;  // uninitialised: ParseAround runs for every '@'
  size_t used = 0;
  // A copy of `label` in the store, or "" when it is full.
  std::string_view Add(std::string_view label) {
    if (label.size() > bytes.size() - used) return {};
    std::copy(label.begin(), label.end(), bytes.begin() + static_cast<std::ptrdiff_t>(used));
    const std::string_view view(bytes.data() + used, label.size());
    used += label.size();
    return view;
  }
};

// A label written letter by letter with one space between the letters ("g m a i l", "c o m", "f
// r"), from the single letter at s: its letters in `out` (lower case) and the end of the last
// one. Each letter stands alone (no word byte glued after it). Returns s when fewer than two
// letters stand there or more than 16.
size_t SpacedLettersEnd(std::string_view t, size_t s, std::array<char, 16>& out, size_t& count) {
  count = 0;
  size_t e = s, last_end = s;
  while (e < t.size() && IsAsciiAlpha(t[e]) && (e + 1 >= t.size() || !IsWordByte(t[e + 1]))) {
    if (count == out.size()) return s;
    out[count++] = static_cast<char>(t[e] | 0x20);
    last_end = e + 1;
    if (e + 2 >= t.size() || t[e + 1] != ' ' || !IsAsciiAlpha(t[e + 2])) break;
    e += 2;  // the next letter, or a word's first ("g m a i l punto": the loop ends there)
  }
  return count >= 2 ? last_end : s;
}

// A provider's name written in leet ("gma1l", "h0tmail", "zigg0", "yah00"), or a top-level domain
// (`tld`: "c0m"): the name its digits stand for (0 o, 1 i or l, 3 e, 4 a, 5 s, 7 t), when that
// is a mail provider's (a known top-level domain), else "". Written to `store`.
std::string_view Unleet(std::string_view label, BuiltLabels& store, bool tld) {
  if (label.size() < (tld ? 2 : 3) || label.size() > 16 ||
      std::none_of(label.begin(), label.end(), [](char c) { return IsDigit(c); }) ||
      !IsAsciiAlpha(label[0])) {
    return {};
  }
  const bool has_one = std::find(label.begin(), label.end(), '1') != label.end();
  for (const char one : {'i', 'l'}) {
    if (one == 'l' && !has_one) break;
    std::array<char, 16> read;
    for (size_t k = 0; k < label.size(); ++k) {
      char c = static_cast<char>(label[k] | (IsAsciiAlpha(label[k]) ? 0x20 : 0));
      switch (c) {
        case '0':
          c = 'o';
          break;
        case '1':
          c = one;
          break;
        case '3':
          c = 'e';
          break;
        case '4':
          c = 'a';
          break;
        case '5':
          c = 's';
          break;
        case '7':
          c = 't';
          break;
        default:
          break;
      }
      if (!IsAsciiAlpha(c) && c != '-') return {};
      read[k] = c;
    }
    const std::string_view name(read.data(), label.size());
    if (tld ? kKnownTldsSifted.Has(name) : (name != "o2" && kNamedProvidersSifted.Has(name))) {
      return store.Add(name);
    }
  }
  return {};
}

// The length of the masking character that ends at `end` (0 when none does): the star, and the
// characters sites hide a local part's letters with ("l•••••4@…", "a●●●●2@…", "m×××6@…",
// "n∙∙∙∙1@…", "r⋅⋅⋅⋅7@…"; an ellipsis, "k…4@…", is folded to dots: MaskedByDots).
size_t MaskCharBefore(std::string_view t, size_t end) {
  if (end == 0) return 0;
  if (t[end - 1] == '*') return 1;
  if (end < 2 || !IsNonAscii(t[end - 1])) return 0;
  static constexpr std::string_view kMasks[] = {
      "\u2022", "\u25CF", "\u2219", "\u00D7", "\u22C5", "\u25E6", "\u25AA",
  };
  for (const std::string_view mask : kMasks) {
    if (end >= mask.size() && t.substr(end - mask.size(), mask.size()) == mask) return mask.size();
  }
  return 0;
}

// Whether the local part starting at `local_start` is the end of a masked address, as a site
// shows the address it sent a code to ("n***1@gmail.com", "***1@…", "l•••••4@example.org"):
// masking characters glued to it and to a letter or digit before them, or three of them or more.
// The address is not the one written ("1@gmail.com"). One or two stars after a space are
// emphasis ("**anna@mail.example**").
bool MaskedBefore(std::string_view t, size_t local_start) {
  // Most local parts follow a blank or a word's byte: nothing to walk.
  if (local_start == 0 || (t[local_start - 1] != '*' && !IsNonAscii(t[local_start - 1]))) {
    return false;
  }
  constexpr size_t kMostMasks = 24;  // bounded: a row of bullets is not walked to its start
  size_t k = local_start, masks = 0;
  while (masks < kMostMasks) {
    const size_t length = MaskCharBefore(t, k);
    if (length == 0) break;
    k -= length;
    ++masks;
  }
  return masks >= 3 || (masks > 0 && k > 0 && IsLocalByte(t[k - 1]));
}

// Whether the local part `local` holds three dots in a row: an ellipsis (NFKC's "..." for "…")
// or dots that mask its letters ("k...4@gmail.com"), never an address's (RFC 5322 3.2.3: no two
// dots meet in a dot-atom).
bool MaskedByDots(std::string_view local) {
  // From dot to dot (memchr): most local parts hold one dot or none.
  for (size_t k = local.find('.'); k != std::string_view::npos && k + 2 < local.size();
       k = local.find('.', k + 1)) {
    if (local[k + 1] == '.' && local[k + 2] == '.') return true;
  }
  return false;
}

// Parses the e-mail whose '@' (or at-token) spans [at_start, at_end). kind: 0 '@', 1 bracketed, 2
// spaced at-word, 3 '@' between spaces ("anna @ mail . example"), 4 a mail provider named after a
// joining word or an emoji ("holly.bath on gmail", "sarah.t 🌸 gmail 🌸 com"; at_start and at_end
// are the word's, or both the provider's start): the domain must start with a provider's name,
// may be written in Cyrillic ("яндекс точка ру") and its dot as an emoji; 5 the '@' URL-encoded as
// "%40" ("mailto:anna%40mail.example"), where a dot may be "%2E" too; 6 as 4, the provider after
// a space alone ("nina.k gmail dot com"), its top-level domain written out.
[[gnu::always_inline]] inline bool ParseAround(ScanState& state, size_t at_start, size_t at_end,
                                               int kind) {
  const std::string_view t = state.text;
  const bool encoded = kind == 5;
  if (encoded) kind = 0;  // read as a written '@', the "%2E" besides
  const bool bare = kind == 6;
  if (bare) kind = 4;  // read as a provider named, its top-level domain written out
  // Local part, backwards.
  size_t local_end = at_start;
  if (kind != 0) local_end = SkipGapBack(t, at_start);
  size_t local_start = LocalRunStart(t, local_end, 64);
  // OCR's blank before a dot of the local part, the address alone on its line as a screenshot
  // shows it ("valeria .luxe13@outlook.es"): the word before the blank, which opens the line, is
  // the local part's first piece.
  const size_t ocr_word_end = local_start > 0 ? local_start - 1 : 0;
  size_t ocr_word_start = std::string_view::npos;
  if (kind == 0 && !encoded && local_start >= 2 && local_start + 1 < local_end &&
      t[local_start] == '.' && t[local_start - 1] == ' ' && IsAsciiAlnum(t[local_start + 1])) {
    size_t w = ocr_word_end;
    while (w > 0 && ocr_word_end - w < 32 && (IsAsciiAlnum(t[w - 1]) || t[w - 1] == '_')) --w;
    size_t line = w;
    while (line > 0 && (t[line - 1] == ' ' || t[line - 1] == '\t')) --line;
    if (w < ocr_word_end && IsAsciiAlpha(t[w]) && (line == 0 || t[line - 1] == '\n')) {
      ocr_word_start = w;
    }
  }
  while (local_start < local_end && (t[local_start] == '.' || t[local_start] == '-')) ++local_start;
  if (local_start == local_end || t[local_end - 1] == '.') return false;
  if (local_start > 0 &&
      ((IsNonAscii(t[local_start - 1]) && !QuoteOrSymbolBefore(t, local_start)) ||
       t[local_start - 1] == '@' || MaskedBefore(t, local_start))) {
    return false;
  }
  // With the '@' written out, the local part's dots may be too: "mila punt vdb apenstaartje …",
  // and a piece may end in digits after a space ("lily dot rose 99 at …").
  std::array<std::string_view, 8> pieces;  // the local part's pieces, last first
  // joiners[k]: what joins pieces[k] to pieces[k - 1] ('.', or '_' spoken as "underscore").
  std::array<char, 8> joiners{};
  size_t piece_count = 1;
  bool spaced_digits = false;  // a piece holds a space (left out of the value)
  if (kind != 0) {
    const size_t start = StartWithSpacedDigits(t, local_start, local_end);
    spaced_digits = start != local_start;
    local_start = start;
  }
  if (encoded) {
    // Another escape than "%2E" or "%2B" ends what the local part is: "mailto%3Aanna%40…" (%3A
    // is ':').
    for (size_t k = local_start; k + 3 <= local_end; ++k) {
      if (t[k] == '%' && !EncodedDotAt(t, k) && !EncodedPlusAt(t, k)) local_start = k + 3;
    }
    if (local_start >= local_end || !IsAsciiAlnum(t[local_start])) return false;
  }
  pieces[0] = t.substr(local_start, local_end - local_start);
  if (ocr_word_start != std::string_view::npos) {
    pieces[1] = t.substr(ocr_word_start, ocr_word_end - ocr_word_start);
    joiners[1] = '.';
    piece_count = 2;
    local_start = ocr_word_start;
  }
  // A number read aloud ends the local part: "rose twenty three at gmail dot com" (rose23@…).
  std::array<char, 4> spoken_digits{};  // no std::string here: ParseAround stays lean
  size_t spoken_count = 0;
  if ((kind == 2 || kind == 4) && !spaced_digits) {
    size_t name_end = 0;
    if (const size_t start = SpokenNumberPieceStart(t, local_start, local_end, spoken_digits,
                                                    spoken_count, name_end);
        start != std::string_view::npos) {
      pieces[0] = t.substr(start, name_end - start);
      local_start = start;
    }
  }
  if (kind != 0) {
    for (size_t before;
         piece_count < pieces.size() &&
         (before = DotWordPieceBefore(t, local_start, &joiners[piece_count],
                                      kind == 2 || kind == 4)) != std::string_view::npos;) {
      size_t piece_end = before;
      while (piece_end < t.size() && IsLocalByte(t[piece_end])) ++piece_end;
      const size_t start = StartWithSpacedDigits(t, before, piece_end);
      spaced_digits |= start != before;
      pieces[piece_count++] = t.substr(start, piece_end - start);
      local_start = start;
    }
    if (pieces[0].empty() && piece_count == 1) return false;  // "dot twenty three at …"
    // A spaced dot before the local part that joins no piece ("!! . ve @ alice . it"): the whole
    // local part could not be read, and a part of it is no address.
    const size_t k = SkipGapBack(t, local_start);
    if (k < local_start && k >= 2 && t[k - 1] == '.' && IsSpace(t[k - 2])) return false;
  }
  // Domain, forwards: label (dot label)+.
  // Reused: e-mails are parsed thousands of times per MB.
  thread_local std::vector<std::string_view> labels;
  labels.clear();
  size_t i = at_end;
  if (kind != 0) i = SkipGap(t, i);
  bool dot_word = false;
  size_t emoji_dots = 0;  // dots written as emoji, each before a top-level domain
  size_t end = i;
  BuiltLabels built;
  bool written_dot = false;  // a '.' read in the domain
  bool spaced_dot = false;   // kind 0: a dot written as a spaced word or a spaced '.'
  bool comma_dot = false;    // kind 0: a comma for the dot ("wp,pl")
  // A domain in Cyrillic words ("собака яндекс точка ру", "равлик укр нет") after a provider
  // named or an at-word.
  const bool cyrillic_labels = kind == 4 || kind == 1 || kind == 2;
  // Whether a label starts at k: Latin, or for a provider named in words Cyrillic too.
  const auto label_at = [&](size_t k) {
    return k < t.size() && (IsAsciiAlnum(t[k]) || (cyrillic_labels && IsNonAscii(t[k])));
  };
  while (true) {
    const size_t s = i;
    // A provider's name heard as two words right after a spoken "at" ("gee mail", "hot mail").
    size_t heard_end = 0;
    const std::string_view heard =
        kind == 2 && labels.empty() ? HeardProviderAt(t, s, heard_end) : std::string_view();
    i = heard.empty() ? LabelRunEnd(t, i, 63) : heard_end;
    if (!heard.empty()) {
      labels.push_back(heard);
    } else if (i == s && cyrillic_labels && s < t.size() && IsNonAscii(t[s])) {
      i = LetterRunEnd(t, s, 24);
      const std::string_view label = CyrillicDomainLabel(t.substr(s, i - s));
      if (label.empty()) {
        if (kind == 4 && labels.empty() && InflectedProvider(t.substr(s, i - s), labels)) end = i;
        break;
      }
      labels.push_back(label);
    } else {
      if (i == s || t[s] == '-' || t[i - 1] == '-') break;
      if (kind == 4 && labels.empty() && !InList(kNamedProviders, t.substr(s, i - s)) &&
          InflectedProvider(t.substr(s, i - s), labels)) {
        end = i;  // "na gmailu": gmail.com
        break;
      }
      // A label written letter by letter: a provider's name right after the '@' ("arroba g m a i l
      // punto c o m"), a top-level domain after a dot written out ("orange point f r", "gmail dot
      // c o m"). Only a provider's name or a known top-level domain: "a b c" is none.
      std::string_view spelled;
      if (i == s + 1 && i + 1 < t.size() && t[i] == ' ' && (dot_word || labels.empty())) {
        std::array<char, 16> letters;
        size_t count = 0;
        const size_t e = SpacedLettersEnd(t, s, letters, count);
        const std::string_view joined(letters.data(), count);
        if (e > i && (labels.empty() ? kNamedProvidersSifted.Has(joined)
                                     : dot_word && kKnownTldsSifted.Has(joined))) {
          spelled = built.Add(joined);
          if (!spelled.empty()) i = e;
        }
      }
      labels.push_back(spelled.empty() ? t.substr(s, i - s) : spelled);
    }
    end = i;
    if (i < t.size() && t[i] == '.' && label_at(i + 1)) {
      written_dot = true;
      ++i;
      continue;
    }
    if (encoded && EncodedDotAt(t, i) && label_at(i + 3)) {
      i += 3;
      continue;
    }
    // With a written '@', a dot written out: bracketed ("lera@yandex(.)ru", "nina@gmx[punkt]de"),
    // a spaced dot word ("nina@gmail dot com", "ola@ukr точка net"), a spaced '.' ("nina@hotmail .
    // com", "nina@yahoo. ro") or a comma ("zuzia@wp,pl"). Not after a written '.':
    // "anna@mail.example point de vue" ends at "example". Checked below: a known top-level domain,
    // and for the spaced forms a provider's name or the address's end.
    if (kind == 0 && !written_dot && labels.size() < 4 && i < t.size() &&
        (IsSpace(t[i]) || IsOpen(t[i]) || t[i] == '.' || t[i] == ',')) {
      bool bracketed = false;
      size_t next = MatchWordToken(t, i, /*dot=*/true, /*allow_spaced=*/true, bracketed);
      bool comma = false;
      if (next == std::string_view::npos) {
        const size_t dot = SkipSpaces(t, i, 2);
        if (dot < t.size() && t[dot] == '.') {
          const size_t after = SkipSpaces(t, dot + 1, 2);
          // Spaced on both sides; on one side only ("yahoo. ro", "yahoo .ro") after a provider's
          // name alone ("anna@gmail . Com. Next" keeps its sentence's full stop).
          if ((after > dot + 1 && dot > i) || ((after > dot + 1 || dot > i) && labels.size() == 1 &&
                                               kNamedProvidersSifted.Has(labels[0]))) {
            next = after;
          }
        } else if (dot == i && t[i] == ',' && labels.size() == 1) {
          next = i + 1;
          comma = true;
        }
      }
      if (next != std::string_view::npos && next < t.size() && IsAsciiAlnum(t[next])) {
        dot_word = true;
        spaced_dot |= !bracketed;
        comma_dot |= comma;
        i = next;
        continue;
      }
    }
    if (kind != 0) {
      // A dot between spaces: "anna @ mail . example", "gmx 🌸.🌸 de".
      const size_t dot = SkipGap(t, i);
      if (dot > i && dot < t.size() && t[dot] == '.') {
        const size_t next = SkipGap(t, dot + 1);
        if (next > dot + 1 && label_at(next)) {
          dot_word = true;
          i = next;
          continue;
        }
      }
      bool bracketed = false;
      const size_t next = MatchWordToken(t, i, /*dot=*/true, /*allow_spaced=*/true, bracketed);
      if (next != std::string_view::npos && label_at(next)) {
        dot_word = true;
        // "tickets @ venue dot com sold out" is prose; so is "(at) home point de vue" after a
        // bracketed at-word (checked below).
        spaced_dot |= (kind == 3 || kind == 1) && !bracketed;
        i = next;
        continue;
      }
      // The provider's top-level domain after a space alone, closing the text or its line
      // ("katka_praha na seznam cz", "desi_varna в абв бг"); after an at-word too ("ola małpa
      // gmail com", "sofiia_kyiv равлик укр нет"), but after "at" only with a local part that
      // looks like a username ("lena95 at gmx de"; "meet at web de" is prose).
      if (labels.size() == 1 &&
          (kind == 4 || ((kind == 1 || kind == 2) && kNamedProvidersSifted.Has(labels[0]) &&
                         (MarkedLocalPart(pieces[0]) || piece_count > 1 ||
                          !AtTokenIsAt(t, at_start, at_end))))) {
        const size_t tld_start = SkipSpaces(t, i, 1);
        const size_t tld_end = tld_start > i ? LetterRunEnd(t, tld_start, 8) : tld_start;
        const std::string_view word = t.substr(tld_start, tld_end - tld_start);
        const std::string_view tld =
            !word.empty() && IsNonAscii(word[0]) ? CyrillicDomainLabel(word) : word;
        if (!tld.empty() && InList(kKnownTlds, tld) && !InList(kNamedProviders, tld) &&
            (tld_end >= t.size() || t[tld_end] == '\n' || t[tld_end] == '\r' ||
             (!IsWordByte(t[tld_end]) && !IsSpace(t[tld_end])))) {
          labels.push_back(tld);
          end = tld_end;
          dot_word = true;
          break;
        }
      }
      // The provider's dot as an emoji, as its '@' was ("gmail 🌸 com"): after the provider only.
      if (kind == 4 && labels.size() == 1) {
        const size_t gap = SkipGap(t, i);
        const size_t symbol = SkipSpaces(t, i, 2);
        if (gap > symbol && IsNonAscii(t[symbol]) && IsAsciiAlpha(t[gap])) {
          dot_word = true;
          i = gap;
          continue;
        }
      }
    }
    // A dot written as an emoji (or another symbol) in a domain that has none yet ("nina.k@gmail
    // 🌸 com", "nina 🌸 @ 🌸 hotmail 🌸 co 🌸 uk"): only before a known top-level domain that ends
    // the address, so that an address and the emoji and word after it stay apart.
    if (i < t.size() && labels.size() == emoji_dots + 1 && (IsSpace(t[i]) || IsNonAscii(t[i]))) {
      const size_t gap = SkipGap(t, i);
      const size_t symbol = SkipSpaces(t, i, 2);
      if (gap > symbol && IsNonAscii(t[symbol]) && gap < t.size() && IsAsciiAlpha(t[gap])) {
        const size_t tld_end = LabelRunEnd(t, gap, 24);
        const std::string_view next_label = t.substr(gap, tld_end - gap);
        if ((InList(kKnownTlds, next_label) || EqualsLower(next_label, kExampleTld)) &&
            (tld_end >= t.size() || !IsWordByte(t[tld_end]) || QuoteOrSymbolAt(t, tld_end))) {
          ++emoji_dots;
          dot_word = true;
          i = gap;
          continue;
        }
      }
    }
    break;
  }
  if (bare && (labels.size() < 2 || EqualsLower(pieces[piece_count - 1].substr(0, 4), "www."))) {
    return false;
  }
  if (kind == 4 && !ProviderNamed(t, local_start, labels)) return false;
  if (kind == 2 && labels.size() == 1 && InList(kWholeDomainProviders, labels[0]) &&
      piece_count == 1 && MarkedLocalPart(pieces[0])) {
    labels.push_back("com");  // "lena95 at gmail", "sasha_k at icloud"
  }
  if (labels.size() < 2) return false;
  if (end < t.size() &&
      ((IsWordByte(t[end]) && !(IsNonAscii(t[end]) && QuoteOrSymbolAt(t, end))) || t[end] == '@')) {
    return false;
  }
  // A provider's name in leet ("gma1l", "zigg0"): the provider's; so its top-level domain
  // ("gmail.c0m").
  if (const std::string_view read = Unleet(labels[labels.size() - 2], built, false);
      !read.empty()) {
    labels[labels.size() - 2] = read;
    if (const std::string_view tld = Unleet(labels.back(), built, true); !tld.empty()) {
      labels.back() = tld;
    }
  } else if (const std::string_view tld = Unleet(labels.back(), built, true);
             !tld.empty() && kNamedProvidersSifted.Has(labels[labels.size() - 2])) {
    labels.back() = tld;
  }
  // A top-level domain written letter by letter with dashes ("gmail dot c-o-m"): its letters,
  // when they are a known top-level domain.
  if (const std::string_view last = labels.back();
      last.size() >= 3 && last.size() <= 15 && last[1] == '-') {
    std::array<char, 8> letters;
    size_t count = 0;
    bool spelled = true;
    for (size_t k = 0; k < last.size() && spelled; ++k) {
      spelled = k % 2 == 0 ? IsAsciiAlpha(last[k]) && count < letters.size() : last[k] == '-';
      if (spelled && k % 2 == 0) letters[count++] = static_cast<char>(last[k] | 0x20);
    }
    const std::string_view joined(letters.data(), count);
    if (spelled && last.size() % 2 == 1 && kKnownTldsSifted.Has(joined)) {
      if (const std::string_view read = built.Add(joined); !read.empty()) labels.back() = read;
    }
  }
  const std::string_view tld = labels.back();
  bool tld_shape = tld.size() >= 2 && tld.size() <= 24;
  for (char c : tld) tld_shape &= IsAsciiAlpha(c);
  if (tld.starts_with("xn--")) tld_shape = true;
  if (!tld_shape || InList(kFileExtensionsSifted, kFileExtensions, tld)) return false;
  if (kind == 3 && spaced_dot && !kNamedProvidersSifted.Has(labels[labels.size() - 2]) &&
      !ClosesAddress(t, end)) {
    return false;
  }
  // A bracketed at-word with the dot a spaced word ("skye_star [at] outlook dot com", "desi (at)
  // mail точка bg"): a known top-level domain, and a provider's name or the address's end.
  if (kind == 1 && spaced_dot &&
      ((!InList(kKnownTlds, tld) && !EqualsLower(tld, kExampleTld)) ||
       (!kNamedProvidersSifted.Has(labels[labels.size() - 2]) && !ClosesAddress(t, end)))) {
    return false;
  }
  if (kind == 0 && dot_word) {
    // A written '@' with its domain's dot written out: a known top-level domain ("report@v2 dot
    // 5" is none); spaced, also a provider's name or the address's end ("nina@studio . it was"
    // is prose); a comma only after a provider's name ("zuzia@wp,pl").
    if (!kKnownTldsSifted.Has(tld) && !EqualsLower(tld, kExampleTld)) return false;
    const bool provider = kNamedProvidersSifted.Has(labels[labels.size() - 2]);
    if (comma_dot && (labels.size() != 2 || !provider)) return false;
    if (spaced_dot && !provider && !ClosesAddress(t, end)) return false;
  }
  // OCR's space on one side of the '@' alone ("bianca_rose@ yahoo.ro", "lena.hh @gmx.de"): a dot
  // written out only after a provider's name. "name @yahoo.com": "@name" after a word is a handle
  // as often, so only before a provider's name and after a local part that looks like a username
  // ("Ich bin @web.de" is prose).
  if (kind == 3 && at_start > 0 && at_end < t.size() &&
      IsSpace(t[at_start - 1]) != IsSpace(t[at_end])) {
    const bool provider = kNamedProvidersSifted.Has(labels[labels.size() - 2]);
    if (dot_word && !provider) return false;
    if (IsAsciiAlnum(t[at_end]) && (!provider || piece_count != 1 || !MarkedLocalPart(pieces[0]))) {
      return false;
    }
  }
  if (kind >= 2) {
    // " at " and " @ " are ordinary prose too: the domain must end in a known top-level domain;
    // a spaced at-word also needs a dot written out or a mail provider's name.
    if (!InList(kKnownTlds, tld) && !EqualsLower(tld, kExampleTld)) return false;
    // And, unless a dot is written as a word, the local part a letter: "50/50 at gmail.com" is
    // prose ("call me 99 at gmail dot com" is 99@gmail.com).
    if (kind == 2 && !dot_word &&
        std::none_of(t.begin() + static_cast<std::ptrdiff_t>(local_start),
                     t.begin() + static_cast<std::ptrdiff_t>(local_end),
                     [](char c) { return IsAsciiAlpha(c); })) {
      return false;
    }
    if (kind == 2 && !dot_word && !InList(kMailProviders, labels[labels.size() - 2])) return false;
  }
  // Built in one allocation: the local part, '@', the labels and the dots between them.
  size_t length = labels.size() + piece_count;
  for (const std::string_view label : labels) length += label.size();
  for (size_t k = 0; k < piece_count; ++k) length += pieces[k].size();
  length += spoken_count;
  std::string value;
  value.reserve(length);
  for (size_t k = piece_count; k-- > 0;) {
    if (!spaced_digits) {
      value.append(pieces[k]);
    } else {
      const size_t space = pieces[k].find(' ');  // "rose 99"
      value.append(pieces[k].substr(0, space));
      if (space != std::string_view::npos) value.append(pieces[k].substr(space + 1));
    }
    if (k == 0) value.append(spoken_digits.data(), spoken_count);
    if (k > 0) value.push_back(joiners[k] == '_' || joiners[k] == '-' ? joiners[k] : '.');
  }
  const size_t local_length = value.size();
  value.push_back('@');
  for (size_t k = 0; k < labels.size(); ++k) {
    if (k > 0) value.push_back('.');
    value.append(labels[k]);
  }
  AsciiLowerInPlace(value.data(), value.size());  // at once: '@' and '.' stay as they are
  if (encoded) {
    for (size_t k; (k = value.find("%2e")) != std::string::npos;) value.replace(k, 3, ".");
    for (size_t k; (k = value.find("%2b")) != std::string::npos;) value.replace(k, 3, "+");
  }
  // Last, on the address built (once per address, not per candidate).
  if (MaskedByDots(std::string_view(value).substr(0, local_length)) ||
      state.Claimed(local_start, end)) {
    return false;
  }
  state.Claim(local_start, end);
  Found& f = state.EmitNew(SelectorType::kEmail);
  f.value = std::move(value);
  f.start = local_start;
  f.end = end;
  if (kind != 0) f.details.emplace_back("obfuscated", kind == 1 ? "bracketed" : "spaced");
  if (kind == 0 && dot_word) f.details.emplace_back("obfuscated", "dot");
  if (encoded) f.details.emplace_back("obfuscated", "url_encoded");
  return true;
}

// The separators an at-word or '@' may stand between, glued to it or spaced, when the same one
// stands on both sides ("anna_at_mail_dot_com", "anna -at- mail -dot- com", "anna.@.mail.com",
// "nele-hb / at / freenet / punkt / de"): '*' to '/' and '_' (patterns 9 and 10 say which
// stand before which words).
bool IsSeparatorByte(char c) {
  return (c >= '*' && c <= '/') || c == '_' || c == '#';
}

// The dot of a domain written between the separators of its '@' (the same `sep` on both sides of
// a dot word or a '.': "gmail_dot_com", "gmail -dot- com", "gmail / punkt / de", "gmail_._com")
// at i: where the next label starts, or npos.
size_t SeparatedDotAt(std::string_view t, size_t i, char sep) {
  size_t k = SkipSpaces(t, i, 2);
  if (k >= t.size() || t[k] != sep) return std::string_view::npos;
  k = SkipSpaces(t, k + 1, 2);
  const size_t e = k < t.size() && t[k] == '.' ? k + 1 : WordEnd(t, k);
  if (e == k || !InList(kDotWordsSifted, kDotWords, t.substr(k, e - k))) {
    return std::string_view::npos;
  }
  k = SkipSpaces(t, e, 2);
  if (k >= t.size() || t[k] != sep) return std::string_view::npos;
  k = SkipSpaces(t, k + 1, 2);
  return k < t.size() && IsAsciiAlnum(t[k]) ? k : std::string_view::npos;
}

// Pattern 9: an '@' or an at-word between two of the same separator, glued or spaced ("anna_at_
// mail", "anna.@.mail", "anna / at / mail"); the match ends one letter or digit after the second
// separator. The domain's dots may be written the same way ("_dot_", " -dot- ", " / . / "), as
// dots, or as dot tokens of the other forms. As for a spaced at-word, the domain needs a known
// top-level domain, and after an at-word also a dot written out or a mail provider's name:
// "stay-at-home.co.uk" is no address.
void ParseSeparated(ScanState& state, size_t to) {
  const std::string_view t = state.text;
  if (to < 4 || to > t.size() || !IsSeparatorByte(t[to - 1])) return;
  const size_t domain_start = SkipSpaces(t, to, 2);
  if (domain_start >= t.size() || !IsAsciiAlnum(t[domain_start])) return;
  // Backwards: the separator, spaces, the '@' or at-word, spaces, the same separator.
  const char sep = t[to - 1];
  size_t k = SkipSpacesBack(t, to - 1, 2);
  if (k == 0) return;
  const size_t at_end = k;
  bool at_sign = false;
  if (t[k - 1] == '@') {
    at_sign = true;
    --k;
  } else {
    while (k > 0 && IsLetterByte(t[k - 1]) && at_end - k < 24) --k;
    const std::string_view word = t.substr(k, at_end - k);
    if (word.empty() || word == "a" || word == "A" || EqualsFolded(word, "la") ||
        EqualsFolded(word, "bei") || !InList(kAtWordsSifted, kAtWords, word)) {
      return;
    }
  }
  k = SkipSpacesBack(t, k, 2);
  if (k == 0 || t[k - 1] != sep) return;
  const size_t local_end = SkipSpacesBack(t, k - 1, 2);
  if (local_end == 0 || !IsAsciiAlnum(t[local_end - 1])) return;
  size_t local_start = LocalRunStart(t, local_end, 64);
  while (local_start < local_end &&
         (t[local_start] == '.' || t[local_start] == '-' || t[local_start] == '_')) {
    ++local_start;
  }
  if (local_start == local_end ||
      (local_start > 0 &&
       ((IsNonAscii(t[local_start - 1]) && !QuoteOrSymbolBefore(t, local_start)) ||
        t[local_start - 1] == '@' || t[local_start - 1] == '/'))) {
    return;
  }
  // The domain, forwards.
  thread_local std::vector<std::string_view> labels;
  labels.clear();
  bool dot_word = false;
  size_t i = domain_start, end = domain_start;
  while (labels.size() < 8) {
    const size_t s = i;
    while (i < t.size() && i - s < 63 &&
           (IsAsciiAlnum(t[i]) ||
            (t[i] == '-' && sep != '-' && i + 1 < t.size() && IsAsciiAlnum(t[i + 1])))) {
      ++i;
    }
    if (i == s) break;
    labels.push_back(t.substr(s, i - s));
    end = i;
    if (const size_t next = SeparatedDotAt(t, i, sep); next != std::string_view::npos) {
      dot_word = true;
      i = next;
      continue;
    }
    if (i + 1 < t.size() && t[i] == '.' && IsAsciiAlnum(t[i + 1])) {
      ++i;
      continue;
    }
    bool bracketed = false;
    const size_t next = MatchWordToken(t, i, /*dot=*/true, /*allow_spaced=*/true, bracketed);
    if (next != std::string_view::npos && next < t.size() && IsAsciiAlnum(t[next])) {
      dot_word = true;
      i = next;
      continue;
    }
    break;
  }
  if (labels.size() < 2) return;
  if (end < t.size() &&
      ((IsWordByte(t[end]) && !(IsNonAscii(t[end]) && QuoteOrSymbolAt(t, end))) || t[end] == '@' ||
       (t[end] == sep && end + 1 < t.size() && IsAsciiAlnum(t[end + 1])))) {
    return;
  }
  const std::string_view tld = labels.back();
  if (tld.size() < 2 ||
      !std::all_of(tld.begin(), tld.end(), [](char c) { return IsAsciiAlpha(c); }))
    return;
  if (!InList(kKnownTlds, tld) && !EqualsLower(tld, kExampleTld)) return;
  if (!at_sign && !dot_word && !InList(kMailProviders, labels[labels.size() - 2])) return;
  if (state.Claimed(local_start, end)) return;
  std::string value(t.substr(local_start, local_end - local_start));
  value.push_back('@');
  for (size_t n = 0; n < labels.size(); ++n) {
    if (n > 0) value.push_back('.');
    value.append(labels[n]);
  }
  AsciiLowerInPlace(value.data(), value.size());
  state.Claim(local_start, end);
  Found& f = state.EmitNew(SelectorType::kEmail);
  f.value = std::move(value);
  f.start = local_start;
  f.end = end;
  f.details.emplace_back("obfuscated", "separated");
}

// Patterns 5 and 6: a mail provider's name after a local part and a joining word or an emoji.
// The match ends at the end of the name (pattern 6: after its dot and the next letter). Finds the
// name's start and the word or emoji before it, and parses the address as kind 4.
void ParseProviderNamed(ScanState& state, size_t name_end) {
  const std::string_view t = state.text;
  constexpr size_t kLongestName = 16;  // "джимейл" is 14 bytes
  const size_t floor = name_end > kLongestName ? name_end - kLongestName : 0;
  size_t name = name_end;
  if (IsNonAscii(t[name_end - 1])) {
    while (name > floor && IsNonAscii(t[name - 1])) --name;
  } else {
    // A hyphen inside the name ("t-online"), between two letters or digits.
    while (name > floor &&
           (IsAsciiAlnum(t[name - 1]) || (t[name - 1] == '-' && name - 1 > floor &&
                                          name < name_end && IsAsciiAlnum(t[name - 2])))) {
      --name;
    }
  }
  if (name == floor || IsWordByte(t[name - 1])) {
    // Glued to an emoji ("kira.kleine💌web.de") or to nothing we read.
    if (name == 0 || !IsNonAscii(t[name - 1]) || !QuoteOrSymbolBefore(t, name)) return;
  }
  const size_t word_end = SkipSpacesBack(t, name, 2);
  if (word_end < name && word_end > 0 && IsLetterByte(t[word_end - 1]) &&
      !QuoteOrSymbolBefore(t, word_end)) {
    size_t word_start = word_end;
    while (word_start > 0 && IsLetterByte(t[word_start - 1]) && word_end - word_start < 16) {
      --word_start;
    }
    const std::string_view word = t.substr(word_start, word_end - word_start);
    if ((InList(kProviderJoinWords, word) || InList(kAtWordsSifted, kAtWords, word)) &&
        (ParseAround(state, word_start, word_end, 4) || word_start == 0 ||
         t[word_start - 1] != '.')) {
      return;  // else "kasia.w gmail kropka com": "w" is no joining word there
    }
  }
  // An emoji (or another symbol) for the '@': SkipGapBack must pass one.
  const size_t local_end = SkipGapBack(t, name);
  for (size_t k = local_end; k < name; ++k) {
    if (IsNonAscii(t[k])) {
      ParseAround(state, name, name, 4);
      return;
    }
  }
  // Nothing for the '@' but a space ("nina.k gmail dot com", "nata.k джимейл точка ком"): the
  // domain must be written out to its top-level domain.
  if (word_end < name && word_end > 0 && IsAsciiAlnum(t[word_end - 1])) {
    ParseAround(state, name, name, 6);
  }
}

// A provider whose name alone says its domain, named before the local part after a joining word
// and a colon ("scrivimi su gmail: martina.fi", "pisz na gmaila: natalia.poz", "пиши на яндекс
// почту: alena.kzn"), with the domain it says. Yandex's mail is yandex.ru (its own domain since
// 2000; ya.ru and yandex.com are aliases of the same mailbox).
struct ProviderDomain {
  std::string_view name;
  std::string_view domain;
};
// Gmail and ukr.net are named in Cyrillic too, as they are said ("мой джимейл", "в гмаил", "на
// укрнеті").
constexpr std::array<ProviderDomain, 23> kProvidersBefore = {{
    {"gmail", "gmail.com"},
    {"googlemail", "googlemail.com"},
    {"icloud", "icloud.com"},
    {"yandex", "yandex.ru"},
    {"яндекс", "yandex.ru"},
    {"джимейл", "gmail.com"},
    {"гмейл", "gmail.com"},
    {"гмэйл", "gmail.com"},
    {"джимэйл", "gmail.com"},
    {"гмаил", "gmail.com"},
    {"гмайл", "gmail.com"},
    {"укрнет", "ukr.net"},
    // Providers of one country, whose name says their domain there.
    {"abv", "abv.bg"},
    {"абв", "abv.bg"},
    {"rambler", "rambler.ru"},
    {"рамблер", "rambler.ru"},
    {"libero", "libero.it"},
    {"virgilio", "virgilio.it"},
    {"interia", "interia.pl"},
    {"onet", "onet.pl"},
    {"o2", "o2.pl"},
    {"wp", "wp.pl"},
    {"seznam", "seznam.cz"},
}};
// Words "of" before a provider's name, in place of a joining word ("mi correo de gmail es …",
// "adresa mea de gmail e …").
constexpr std::array<std::string_view, 6> kProviderOfWords = {"de", "di",  "del",
                                                              "of", "von", "van"};
// Words that name the local part after the provider, in place of a colon, maybe after a comma: a
// verb "is" ("my gmail is tilly.m", "na interii to ola.g", "su gmail, sono sofia.r") or a word
// for a login ("пиши на укрнет, логін kateryna.od", "su libero, nome utente chiara.bo").
constexpr std::array<std::string_view, 22> kNamingWords = {
    "is",     "ist",    "est",      "es",   "e",    "è",       "to",    "sono",
    "jest",   "е",      "это",      "це",   "є",    "login",   "логин", "логін",
    "utente", "pseudo", "username", "user", "nick", "nickname"};
// The word before "utente" ("nome utente") and the like: part of the naming word.
// And the words for "name" before a verb "is" ("в абв, името е nikol_plovdiv").
constexpr std::array<std::string_view, 10> kNamingWordsBefore = {
    "nome", "nume", "nazwa", "name", "naam", "nom", "nombre", "името", "имя", "імя"};
// Possessives before a provider's name, in place of a joining word: "мой джимейл — lena.k", "my
// gmail: nina.k", "mijn gmail: eva.b" (the speaker's own mailbox there).
constexpr std::array<std::string_view, 21> kProviderPossessives = {
    "my",   "mein", "meine", "mon", "ma",  "mijn", "mi",  "mio",  "mia", "mój", "moj",
    "moja", "мой",  "моя",   "моё", "мое", "мій",  "моє", "моят", "meu", "mea"};
// Possessives after the provider's name, as Romanian and Bulgarian put them ("gmail-ul meu e …",
// "gmail-ът ми е …").
constexpr std::array<std::string_view, 4> kPossessivesAfter = {"meu", "mea", "ми", "мой"};
// Words for "mail" or "mailbox" between the provider and the colon ("на яндекс почту:", "моя
// пошта на gmail:"), in the inflections the ads write.
constexpr std::array<std::string_view, 12> kMailboxWords = {"почту",  "почта",  "почте", "почты",
                                                            "пошту",  "пошта",  "пошті", "poczta",
                                                            "poczte", "poczty", "mail",  "mailbox"};

// The domain the word `word` names as a provider before a colon: a provider's name, maybe with
// an ending of up to two letters ("gmaila", Polish; "укрнеті", "рамблере"), or in place of its
// final a ("interii", Polish), or "".
std::string_view ProviderBeforeDomain(std::string_view word) {
  for (const ProviderDomain& p : kProvidersBefore) {
    const bool cyrillic = IsNonAscii(p.name[0]);
    const size_t max_ending = cyrillic ? 4 : 2;  // two letters: four bytes in Cyrillic
    // The name, then its stem less a final 'a' ("interi-i").
    const bool stem_too = !cyrillic && p.name.size() > 3 && p.name.back() == 'a';
    for (const size_t stem : {p.name.size(), stem_too ? p.name.size() - 1 : p.name.size()}) {
      if (word.size() < stem || word.size() > stem + max_ending) continue;
      const std::string_view ending = word.substr(stem);
      if (!std::all_of(ending.begin(), ending.end(),
                       [&](char c) { return cyrillic ? IsNonAscii(c) : IsAsciiAlpha(c); })) {
        continue;
      }
      if (EqualsFolded(word.substr(0, stem), p.name.substr(0, stem))) return p.domain;
    }
  }
  return {};
}

// Whether a dash (-, an en or an em dash) between spaces ends at `end` ("мой джимейл — lena.k"):
// where it starts, or `end` when there is none.
size_t SpacedDashBefore(std::string_view t, size_t end) {
  const size_t k = SkipSpacesBack(t, end, 2);
  if (k == end) return end;
  size_t dash = k;
  if (k >= 1 && t[k - 1] == '-') {
    dash = k - 1;
  } else if (k >= 3 && t.substr(k - 3, 2) == "\xe2\x80" &&
             (t[k - 1] == '\x93' || t[k - 1] == '\x94')) {
    dash = k - 3;
  }
  if (dash == k || dash == 0 || !IsSpace(t[dash - 1])) return end;
  return dash;
}

// The word of letters (any script) that ends at `end` after at most two spaces: its start, or
// `end` when there is none.
size_t LetterWordBefore(std::string_view t, size_t& end) {
  end = SkipSpacesBack(t, end, 2);
  size_t start = end;
  while (start > 0 && IsLetterByte(t[start - 1]) && end - start < 24) --start;
  return start;
}

// Where a naming word (kNamingWords, maybe after "nome" and a comma) ends at `end`, after at
// most two spaces: its start, comma included; `end` when there is none.
size_t NamingWordBefore(std::string_view t, size_t end) {
  size_t word_end = end;
  size_t start = LetterWordBefore(t, word_end);
  if (start == word_end || start == 0 || !InList(kNamingWords, t.substr(start, word_end - start))) {
    return end;
  }
  size_t before_end = start;
  const size_t before = LetterWordBefore(t, before_end);
  if (before < before_end && InList(kNamingWordsBefore, t.substr(before, before_end - before))) {
    start = before;
  }
  if (start > 0 && t[start - 1] == ',') return start - 1;
  if (start > 1 && t[start - 1] == ' ' && t[start - 2] == ',') return start - 2;
  // French "c'est" ("mon gmail c'est nela_kiss84").
  if (start >= 2 && t[start - 1] == '\'' && (t[start - 2] | 0x20) == 'c' &&
      (start == 2 || !IsLetterByte(t[start - 3]))) {
    return start - 2;
  }
  return start;
}

// Pattern 7: a provider whose name is its domain, after a joining word or a possessive, then a
// colon (or a spaced dash) and a local part with a dot ("su gmail: martina.fi", "мой джимейл —
// lena.msk2000"). The match ends one byte after the local part's first
// dot. The local part needs a letter first and a dot (a word of prose after "gmail:" is none), and
// is no host ("gmail: www.example.com") nor followed by an '@' (a written address is read as such).
void ParseProviderBefore(ScanState& state, size_t to) {
  const std::string_view t = state.text;
  if (to < 3 || to > t.size() || (t[to - 2] != '.' && t[to - 2] != '_')) return;
  size_t local_start = to - 2;
  while (local_start > 0 && (IsAsciiAlnum(t[local_start - 1]) || t[local_start - 1] == '_' ||
                             t[local_start - 1] == '-')) {
    --local_start;
  }
  size_t colon = SkipSpacesBack(t, local_start, 2);
  if (colon == 0 || !IsAsciiAlpha(t[local_start])) return;
  size_t word_end;
  bool bare_after_possessive = false;
  if (t[colon - 1] == ':') {
    word_end = colon - 1;
    // A naming word before the colon (", pseudo: manon.vip75"): the provider stands before it.
    if (const size_t naming = NamingWordBefore(t, word_end); naming != word_end) word_end = naming;
  } else if (const size_t dash = SpacedDashBefore(t, local_start); dash != local_start) {
    word_end = dash;
  } else if (const size_t naming = NamingWordBefore(t, local_start); naming != local_start) {
    word_end = naming;
  } else if (local_start > 0 && t[local_start - 1] == ' ') {
    // A possessive and the provider right before the local part ("мой gmail dena_jade38"): the
    // possessive is checked below.
    word_end = local_start;
    bare_after_possessive = true;
  } else {
    return;
  }
  size_t word_start = LetterWordBefore(t, word_end);
  // The possessive after the provider, which a Romanian or Bulgarian article glues to it with a
  // hyphen ("gmail-ul meu e vika_opal87", "gmail-ът ми е tali.fern25").
  bool possessive_after = false;
  if (!bare_after_possessive && word_start > 0 &&
      (InList(kProviderPossessives, t.substr(word_start, word_end - word_start)) ||
       InList(kPossessivesAfter, t.substr(word_start, word_end - word_start)))) {
    word_end = word_start;
    word_start = LetterWordBefore(t, word_end);
    const size_t article = word_end - word_start;
    if (word_start >= 2 && t[word_start - 1] == '-' && article > 0 && article <= 4) {
      word_end = word_start - 1;
      word_start = LetterWordBefore(t, word_end);
    }
    possessive_after = true;
  }
  if (InList(kMailboxWords, t.substr(word_start, word_end - word_start))) {
    word_end = word_start;
    word_start = LetterWordBefore(t, word_end);
  }
  // A provider's name with a digit ("o2"): the word of letters stopped at it.
  if (word_start == word_end || (word_start > 0 && IsDigit(t[word_start - 1]))) {
    word_start = word_end;
    while (word_start > 0 && IsAsciiAlnum(t[word_start - 1]) && word_end - word_start < 16) {
      --word_start;
    }
  }
  std::string_view domain = ProviderBeforeDomain(t.substr(word_start, word_end - word_start));
  // The provider with its top-level domain in words (pattern 12: "в абв бг: mimi_varna", "bei gmx
  // punkt at: carina.p95", "на мейл ру, логин nastya.ekb"), maybe a dot word between.
  std::string named;
  if (domain.empty() && word_start > 0) {
    const std::string_view tld_word = t.substr(word_start, word_end - word_start);
    std::string_view tld = CyrillicDomainLabel(tld_word);
    if (tld.empty() && std::all_of(tld_word.begin(), tld_word.end(), IsAsciiAlpha)) tld = tld_word;
    size_t name_end = word_start;
    size_t name_start = LetterWordBefore(t, name_end);
    if (name_start < name_end &&
        InList(kDotWordsSifted, kDotWords, t.substr(name_start, name_end - name_start))) {
      name_end = name_start;
      name_start = LetterWordBefore(t, name_end);
    }
    // "t-online": the word of letters stopped at its dash.
    if (name_start >= 2 && t[name_start - 1] == '-' &&
        EqualsLower(t.substr(name_start - 2, 1), "t")) {
      name_start -= 2;
    }
    const std::string_view name = t.substr(name_start, name_end - name_start);
    std::string_view label = CyrillicDomainLabel(name);
    if (label.empty() && InList(kNamedProviders, name)) label = name;
    if (!tld.empty() && !label.empty() && InList(kKnownTlds, tld) && name_end < word_start) {
      named.assign(label);
      named.push_back('.');
      named.append(tld);
      AsciiLowerInPlace(named.data(), named.size());
      domain = named;
      word_start = name_start;
    }
  }
  if (domain.empty()) return;
  // The provider's name capitalised right before the colon is a label, as "Instagram:" is a
  // platform's ("In urgent cases: Gmail: nika.f33", "RSVP to Gmail: nova.b10"): no joining word
  // needed.
  const bool label =
      named.empty() && IsAsciiUpper(t[word_start]) && t[colon - 1] == ':' && word_end == colon - 1;
  size_t join_end = word_start;
  const size_t join_start = word_start == 0 ? 0 : LetterWordBefore(t, join_end);
  if (bare_after_possessive &&
      (join_start == join_end ||
       !InList(kProviderPossessives, t.substr(join_start, join_end - join_start)))) {
    return;
  }
  if (!label && !possessive_after &&
      (word_start == 0 || join_end == word_start || join_start == join_end ||
       !(InList(kProviderJoinWords, t.substr(join_start, join_end - join_start)) ||
         InList(kProviderPossessives, t.substr(join_start, join_end - join_start)) ||
         InList(kProviderOfWords, t.substr(join_start, join_end - join_start))))) {
    return;
  }
  size_t local_end = local_start;
  while (local_end < t.size() && local_end - local_start < 64 && IsLocalByte(t[local_end])) {
    ++local_end;
  }
  while (local_end > local_start && (t[local_end - 1] == '.' || t[local_end - 1] == '-')) {
    --local_end;
  }
  const std::string_view local = t.substr(local_start, local_end - local_start);
  if (local_end < t.size() && (t[local_end] == '@' || t[local_end] == '/' ||
                               (IsWordByte(t[local_end]) &&
                                !(IsNonAscii(t[local_end]) && QuoteOrSymbolAt(t, local_end))))) {
    return;
  }
  if (EqualsLower(local.substr(0, 4), "www.")) return;
  if (state.Claimed(word_start, local_end)) return;
  state.Claim(word_start, local_end);
  Found& f = state.EmitNew(SelectorType::kEmail);
  f.value.reserve(local.size() + 1 + domain.size());
  f.value.append(local);
  AsciiLowerInPlace(f.value.data(), f.value.size());
  f.value.push_back('@');
  f.value.append(domain);
  f.start = word_start;
  f.end = local_end;
  f.details.emplace_back("obfuscated", "spaced");
}

// Claims the text [start, end) and emits local@domain, lower case, obfuscated as `how`.
void ClaimAndEmitAddress(ScanState& state, std::string_view local, std::string_view domain,
                         size_t start, size_t end, const char* how) {
  state.Claim(start, end);
  std::string value;
  value.reserve(local.size() + 1 + domain.size());
  value.append(local).append("@").append(domain);
  AsciiLowerInPlace(value.data(), value.size());
  Found& f = state.EmitNew(SelectorType::kEmail);
  f.value = std::move(value);
  f.start = start;
  f.end = end;
  f.details.emplace_back("obfuscated", how);
}

// The labels of `domain` (letters, digits and inner hyphens, parted by dots), or 0 when one is
// empty or holds another byte.
size_t DomainLabelCount(std::string_view domain) {
  size_t labels = 0, label_start = 0;
  for (size_t k = 0; k <= domain.size(); ++k) {
    if (k < domain.size() && domain[k] != '.') {
      if (!IsLabelByte(domain[k])) return 0;
      continue;
    }
    if (k == label_start || domain[label_start] == '-' || domain[k - 1] == '-') return 0;
    ++labels;
    label_start = k + 1;
  }
  return labels;
}

// An address written one character at a time between single spaces, as OCR reads a screenshot
// ("m e g a n . x x @ i c l o u d . c o m", "k i m @ t - o n l i n e . d e"), whose '@' is at
// `at` (between single spaces). Each side is a run of single address bytes (letters, digits, '.',
// '_', '-', '+') each after one space; a run ends at a byte that is no such single byte (a word,
// two spaces, a line's end). The local part needs two bytes or more, the domain two labels or more
// and a known top-level domain. Returns whether it emitted one.
bool ParseLetterSpaced(ScanState& state, size_t at) {
  const std::string_view t = state.text;
  // Whether a single byte stands at p: an address byte with no word byte glued to it either side.
  const auto single = [&](size_t p) {
    if (p >= t.size() || !(IsLocalByte(t[p]) || t[p] == '-')) return false;
    if (p > 0 && !IsSpace(t[p - 1])) return false;
    return p + 1 >= t.size() || IsSpace(t[p + 1]) || !IsWordByte(t[p + 1]);
  };
  if (at < 2 || at + 2 >= t.size() || t[at - 1] != ' ' || t[at + 1] != ' ') return false;
  size_t start = at - 2;
  if (!single(start)) return false;
  while (start >= 2 && t[start - 1] == ' ' && single(start - 2)) start -= 2;
  size_t last = at + 2;
  if (!single(last) || last + 1 >= t.size() || t[last + 1] != ' ') return false;
  while (last + 2 < t.size() && t[last + 1] == ' ' && single(last + 2)) last += 2;
  // A spaced dash or full stop after the address ("… c o m - serious only", "… d e .") and one
  // before it ("- m i a @ …") are the sentence's, not the address's.
  while (last > at + 2 && !IsAsciiAlnum(t[last])) last -= 2;
  while (start + 2 < at && !IsAsciiAlnum(t[start])) start += 2;
  std::string local, domain;
  for (size_t p = start; p < at; p += 2) local.push_back(t[p]);
  for (size_t p = at + 2; p <= last; p += 2) domain.push_back(t[p]);
  if (local.size() < 2 || !IsAsciiAlnum(local.front()) || !IsAsciiAlnum(local.back())) {
    return false;
  }
  // The domain: two labels or more, a known top-level one.
  const std::string_view tld = std::string_view(domain).substr(domain.rfind('.') + 1);
  if (DomainLabelCount(domain) < 2 || !(InList(kKnownTlds, tld) || EqualsLower(tld, kExampleTld))) {
    return false;
  }
  const size_t end = last + 1;
  if (state.Claimed(start, end)) return false;
  ClaimAndEmitAddress(state, local, domain, start, end, "spaced");
  return true;
}

// Where the at-word token of a match of pattern 1, 2 or 14 ending at `to` starts: the opening
// bracket (pattern 1, which ends on the closing one), or the first space in front of the word
// (pattern 2, which ends one letter or digit after the spaces that follow the word). A match holds
// only spaces and one word (no space, no bracket) between its first and last bytes, so walking back
// over them finds the start; npos if `to` is no such match's end.
size_t AtTokenStart(std::string_view t, uint32_t pattern, size_t to) {
  constexpr size_t kLongestToken = 32;  // two brackets, four spaces, 16 bytes of "маймунка"
  if (to < 2 || to > t.size()) return std::string_view::npos;
  const size_t floor = to > kLongestToken ? to - kLongestToken : 0;
  if (pattern == 1) {
    for (size_t k = to - 1; k-- > floor;) {
      if (IsOpen(t[k])) return k;
    }
    return std::string_view::npos;
  }
  size_t k = to - 1;
  while (k > floor && (t[k] & 0xC0) == 0x80) --k;  // the character after the spaces may be wide
  while (k > floor && IsSpace(t[k - 1])) --k;      // after the word
  while (k > floor && !IsSpace(t[k - 1])) --k;     // the word
  while (k > floor && IsSpace(t[k - 1])) --k;      // before it
  return k > floor ? k : std::string_view::npos;
}

// Where the at-word token of a match of pattern 13 ending at `to` starts: the first byte of the
// emoji or quotation mark before the word (the match ends on the first bytes of the one after it:
// "❤at❤", "«chiocciola»"). npos if `to` is no such match's end.
size_t DecoratedAtTokenStart(std::string_view t, size_t to) {
  constexpr size_t kLongestWord = 14;  // "apenstaartje", "chiocciola" (ASCII, or "małpa"'s ł)
  if (to < 4 || to > t.size()) return std::string_view::npos;
  size_t k = to;
  while (k > 0 && to - k < 4 && (t[k - 1] & 0xC0) == 0x80) --k;  // the closing character
  if (k == 0 || static_cast<unsigned char>(t[k - 1]) < 0xC0) return std::string_view::npos;
  --k;
  const size_t word_end = k;
  while (k > 0 && word_end - k < kLongestWord) {
    if (IsAsciiAlpha(t[k - 1])) {
      --k;
    } else if (k >= 2 && static_cast<unsigned char>(t[k - 2]) == 0xC5 &&
               (static_cast<unsigned char>(t[k - 1]) == 0x81 ||
                static_cast<unsigned char>(t[k - 1]) == 0x82)) {
      k -= 2;  // ł, Ł
    } else {
      break;
    }
  }
  if (k == word_end) return std::string_view::npos;
  const size_t word_start = k;
  while (k > 0 && word_start - k < 4 && (t[k - 1] & 0xC0) == 0x80) --k;  // the opening one
  if (k == 0 || k == word_start || static_cast<unsigned char>(t[k - 1]) < 0xC0) {
    return std::string_view::npos;
  }
  return k - 1;
}

// An address a page's script puts together from string literals, so that no harvester finds it
// in the page's text: the pieces joined by '+' around a quoted '@' ("'tea_wren66' + '@' +
// 'example.com'", "location='mailto:'+'gaia'+'@'+'example.org'", `"nina" + "&#64;" + …` once
// the entity is decoded), or two literals joined by it ("['ivavale91', 'example.org'].join('@')").
// Bounded: a literal of at most kMostScriptLiteral bytes, at most kMostScriptPieces on each side.
constexpr size_t kMostScriptLiteral = 64;
constexpr size_t kMostScriptPieces = 6;

bool IsScriptQuote(char c) {
  return c == '\'' || c == '"' || c == '`';
}

// The opening quote of the string literal whose closing quote is at `close`, or npos: the same
// quote, no backslash or line break between.
size_t LiteralOpening(std::string_view t, size_t close) {
  const char quote = t[close];
  for (size_t k = close; k > 0 && close - k <= kMostScriptLiteral; --k) {
    const char c = t[k - 1];
    if (c == quote) return k - 1;
    if (c == '\\' || c == '\n') break;
  }
  return std::string_view::npos;
}

// The closing quote of the string literal whose opening quote is at `open`, or npos.
size_t LiteralClosing(std::string_view t, size_t open) {
  const char quote = t[open];
  for (size_t k = open + 1; k < t.size() && k - open <= kMostScriptLiteral + 1; ++k) {
    if (t[k] == quote) return k;
    if (t[k] == '\\' || t[k] == '\n') break;
  }
  return std::string_view::npos;
}

// Whether `domain` is a host name as an address's domain: two labels or more, the last of two
// letters or more.
bool IsMailDomain(std::string_view domain) {
  const std::string_view tld = domain.substr(domain.rfind('.') + 1);
  return DomainLabelCount(domain) >= 2 && tld.size() >= 2 &&
         std::all_of(tld.begin(), tld.end(), IsAsciiAlpha);
}

// Emits local@domain for the script text [start, end), when the two make an address.
void EmitScriptedAddress(ScanState& state, std::string local, const std::string& domain,
                         size_t start, size_t end) {
  if (local.size() >= 7 && EqualsLower(std::string_view(local).substr(0, 7), "mailto:")) {
    local.erase(0, 7);
  }
  if (local.empty() || local.front() == '.' || local.back() == '.' ||
      !std::all_of(local.begin(), local.end(), IsLocalByte) || !IsMailDomain(domain) ||
      state.Claimed(start, end)) {
    return;
  }
  ClaimAndEmitAddress(state, local, domain, start, end, "script");
}

// The literals joined by '+' before the literal opening at `open` (prepended to `joined`); returns
// the first one's opening quote.
size_t JoinLiteralsBefore(std::string_view t, size_t open, std::string& joined) {
  for (size_t piece = 0; piece < kMostScriptPieces; ++piece) {
    size_t k = SkipSpacesBack(t, open, 2);
    if (k == 0 || t[k - 1] != '+') break;
    k = SkipSpacesBack(t, k - 1, 2);
    if (k == 0 || !IsScriptQuote(t[k - 1])) break;
    const size_t opening = LiteralOpening(t, k - 1);
    if (opening == std::string_view::npos) break;
    joined.insert(0, t.substr(opening + 1, k - 2 - opening));
    open = opening;
  }
  return open;
}

// The literals joined by '+' after the literal closing at `close` (appended to `joined`); returns
// the last one's closing quote.
size_t JoinLiteralsAfter(std::string_view t, size_t close, std::string& joined) {
  for (size_t piece = 0; piece < kMostScriptPieces; ++piece) {
    size_t k = SkipSpaces(t, close + 1, 2);
    if (k >= t.size() || t[k] != '+') break;
    k = SkipSpaces(t, k + 1, 2);
    if (k >= t.size() || !IsScriptQuote(t[k])) break;
    const size_t closing = LiteralClosing(t, k);
    if (closing == std::string_view::npos) break;
    joined.append(t.substr(k + 1, closing - k - 1));
    close = closing;
  }
  return close;
}

// "['name', 'domain.example'].join('@')": the array's two literals, when the quoted '@' at `at`
// is the join's argument. Returns whether it emitted the address.
bool ParseScriptJoin(ScanState& state, size_t at) {
  const std::string_view t = state.text;
  constexpr std::string_view kJoin = ".join(";
  size_t k = SkipSpacesBack(t, at - 1, 2);
  const size_t close_call = SkipSpaces(t, at + 2, 2);
  if (k < kJoin.size() + 1 || t.substr(k - kJoin.size(), kJoin.size()) != kJoin ||
      close_call >= t.size() || t[close_call] != ')') {
    return false;
  }
  k = SkipSpacesBack(t, k - kJoin.size(), 2);
  if (k == 0 || t[k - 1] != ']') return false;
  std::array<std::string_view, 2> items;
  size_t count = 0;
  k = SkipSpacesBack(t, k - 1, 2);
  for (;;) {
    if (k == 0 || !IsScriptQuote(t[k - 1]) || count == items.size()) return false;
    const size_t opening = LiteralOpening(t, k - 1);
    if (opening == std::string_view::npos) return false;
    items[count++] = t.substr(opening + 1, k - 2 - opening);
    k = SkipSpacesBack(t, opening, 2);
    if (k > 0 && t[k - 1] == '[') break;
    if (k == 0 || t[k - 1] != ',') return false;
    k = SkipSpacesBack(t, k - 1, 2);
  }
  if (count != 2) return false;
  EmitScriptedAddress(state, std::string(items[1]), std::string(items[0]), k - 1, close_call + 1);
  return true;
}

// A quoted '@' at `at` (pattern 17): the address a script puts together around it.
void ParseScripted(ScanState& state, size_t at) {
  const std::string_view t = state.text;
  if (at == 0 || at + 1 >= t.size() || ParseScriptJoin(state, at)) return;
  std::string local, domain;
  const size_t start = JoinLiteralsBefore(t, at - 1, local);
  const size_t last = JoinLiteralsAfter(t, at + 1, domain);
  if (start == at - 1 || last == at + 1) return;
  EmitScriptedAddress(state, std::move(local), domain, start, last + 1);
}

// Quoted-printable soft line breaks (RFC 2045 6.7 rule 5): a mail source wraps its lines at 76
// characters with "=" at the end of a line, which a reader of the source leaves out, so that an
// address may be cut anywhere ("anna.k=⏎@mail.example", "ira@exa=⏎mple.org").
// The length of a soft line break ending right before i ("=\n", "=\r\n"), 0 when none does.
size_t SoftBreakBefore(std::string_view t, size_t i) {
  if (i < 2 || t[i - 1] != '\n') return 0;
  if (t[i - 2] == '=') return 2;
  return i >= 3 && t[i - 2] == '\r' && t[i - 3] == '=' ? 3 : 0;
}
// The length of a soft line break starting at i, 0 when none does.
size_t SoftBreakAt(std::string_view t, size_t i) {
  if (i + 1 >= t.size() || t[i] != '=') return 0;
  if (t[i + 1] == '\n') return 2;
  return i + 2 < t.size() && t[i + 1] == '\r' && t[i + 2] == '\n' ? 3 : 0;
}

// Whether the text around an '@' is a quoted-printable mail source: within kReach bytes of it,
// its header ("Content-Transfer-Encoding: quoted-printable") or an escape of a byte, '=' and two
// upper-case hex digits ("=3D", "=20", "=E2=80=93"). Asked at '@'s in about ascending order, it
// reads each byte of the text once: a text of many cut addresses and no escape stays linear.
class QuotedPrintableEvidence {
 public:
  explicit QuotedPrintableEvidence(std::string_view t) : t_(t) {}
  bool Around(size_t at) {
    constexpr size_t kHeaderLength = 16;  // "quoted-printable"
    const size_t from = std::max(scanned_, at > kReach ? at - kReach : 0);
    const size_t to = std::min(t_.size(), at + kReach);
    for (size_t k = from; k < to; ++k) {
      if (EvidenceAt(k)) last_ = k;
    }
    scanned_ = std::max(scanned_, to > kHeaderLength ? to - kHeaderLength : 0);
    return last_ != std::string_view::npos && last_ + kReach >= at;
  }

 private:
  static constexpr size_t kReach = 4096;
  bool EvidenceAt(size_t k) const {
    const auto upper_hex = [](char c) { return IsDigit(c) || (c >= 'A' && c <= 'F'); };
    if (t_[k] == '=') return k + 2 < t_.size() && upper_hex(t_[k + 1]) && upper_hex(t_[k + 2]);
    return (t_[k] == 'q' || t_[k] == 'Q') && EqualsLower(t_.substr(k, 16), "quoted-printable");
  }
  std::string_view t_;
  size_t scanned_ = 0;                    // bytes before this were read
  size_t last_ = std::string_view::npos;  // the last evidence found
};

// Whether a soft line break may touch the address around the '@' at `at`: the first byte that is
// no local-part byte before it, or no label byte or dot after it, starts or ends one. A few
// table lookups per '@' (most addresses end at a space or a quotation mark).
bool SoftBreakNear(std::string_view t, size_t at) {
  constexpr size_t kMaxLocal = 64, kMaxDomain = 255;
  size_t k = at;
  while (k > 0 && IsLocalByte(t[k - 1]) && at - k < kMaxLocal) --k;
  if (SoftBreakBefore(t, k) != 0) return true;
  k = at + 1;
  while (k < t.size() && (IsLabelByte(t[k]) || t[k] == '.') && k - at < kMaxDomain) ++k;
  return SoftBreakAt(t, k) != 0;
}

// The e-mail around the '@' at `at` when a quoted-printable soft line break cuts it: the address's
// bytes on both sides are read across soft breaks, joined without them, and parsed as a written
// address is (ParseAround); its span is the original one, breaks included. Returns whether an
// address so cut was read (false when no soft break touches one, or the text is no mail source).
bool ParseSoftBroken(ScanState& state, size_t at, QuotedPrintableEvidence& evidence) {
  // Patterns 0 and 19 both find an '@' after a soft break ("anna.k=\n@mail.example"): the second
  // finds it read already.
  if (state.Claimed(at, at + 1)) return true;
  const std::string_view t = state.text;
  constexpr size_t kMaxLocal = 64, kMaxDomain = 255, kContext = 8;
  // Back over the local part's bytes and the soft breaks between them.
  size_t begin = at;
  bool broken = false;
  for (;;) {
    while (begin > 0 && IsLocalByte(t[begin - 1]) && at - begin < kMaxLocal) --begin;
    const size_t soft = SoftBreakBefore(t, begin);
    if (soft == 0 || begin < soft + 1 || !IsLocalByte(t[begin - soft - 1])) break;
    begin -= soft;
    broken = true;
  }
  // Forward over the domain's bytes and the soft breaks between them.
  size_t end = at + 1;
  for (;;) {
    while (end < t.size() && (IsLabelByte(t[end]) || t[end] == '.') && end - at < kMaxDomain) ++end;
    const size_t soft = SoftBreakAt(t, end);
    if (soft == 0 || end + soft >= t.size() || !IsLabelByte(t[end + soft])) break;
    end += soft;
    broken = true;
  }
  if (!broken || !evidence.Around(at)) return false;
  // The joined text: a little context on each side (what ParseAround reads around an address),
  // then the address without its soft breaks; `origin` maps each byte back.
  std::string joined;
  std::vector<size_t> origin;
  const auto copy = [&](size_t from, size_t to) {
    for (size_t k = from; k < to; ++k) {
      if (const size_t soft = SoftBreakAt(t, k); soft != 0 && k >= begin && k < end) {
        k += soft - 1;
        continue;
      }
      joined.push_back(t[k]);
      origin.push_back(k);
    }
  };
  size_t context_begin = begin;
  while (context_begin > 0 && begin - context_begin < kContext && t[context_begin - 1] != '\n') {
    --context_begin;
  }
  size_t context_end = end;
  while (context_end < t.size() && context_end - end < kContext && t[context_end] != '\n') {
    ++context_end;
  }
  copy(context_begin, at);
  const size_t joined_at = joined.size();
  copy(at, context_end);
  std::vector<Found> found;
  ScanState joined_state(joined, state.context, found);
  joined_state.region = state.region;
  if (!ParseAround(joined_state, joined_at, joined_at + 1, 0)) return false;
  for (Found& f : found) {
    if (f.type != SelectorType::kEmail || f.end <= f.start || f.end > origin.size()) continue;
    f.start = origin[f.start];
    f.end = origin[f.end - 1] + 1;
    f.details.emplace_back("obfuscated", "soft_line_break");
    state.Claim(f.start, f.end);
    state.Emit(std::move(f));
  }
  return true;
}

void ExtractEmails(std::span<const Hit> hits, ScanState& state) {
  const std::string_view t = state.text;
  // Whether the text holds a soft line break at all, asked at its first '@' (one pass; most texts
  // have none, and their addresses are not walked for one).
  int soft_breaks = -1;
  QuotedPrintableEvidence evidence(t);
  const auto may_be_soft_broken = [&](size_t at) {
    if (soft_breaks < 0) {
      soft_breaks =
          t.find("=\n") != std::string_view::npos || t.find("=\r\n") != std::string_view::npos;
    }
    return soft_breaks == 1 && SoftBreakNear(t, at);
  };
  for (const Hit& hit : hits) {
    if (hit.pattern == 0) {
      // The match ends one byte after '@'.
      if (hit.to < 2 || t[hit.to - 2] != '@') continue;
      if (may_be_soft_broken(hit.to - 2) && ParseSoftBroken(state, hit.to - 2, evidence)) continue;
      ParseAround(state, hit.to - 2, hit.to - 1, 0);
    } else if (hit.pattern == 19) {
      // The match holds one '@', after a soft break or before one.
      const size_t at = t.rfind('@', hit.to - 1);
      if (at != std::string_view::npos && hit.to - at <= 5) ParseSoftBroken(state, at, evidence);
    } else if (hit.pattern == 7 || hit.pattern == 12) {
      ParseProviderBefore(state, hit.to);
    } else if (hit.pattern == 9 || hit.pattern == 10 || hit.pattern == 15 || hit.pattern == 16) {
      ParseSeparated(state, hit.to);
    } else if (hit.pattern == 8) {
      // The match ends one byte after "%40".
      if (hit.to < 5 || t.substr(hit.to - 4, 3) != "%40") continue;
      ParseAround(state, hit.to - 4, hit.to - 1, 5);
    } else if (hit.pattern == 5 || hit.pattern == 6) {
      // Pattern 6 ends one letter after the dot that follows the name.
      const size_t name_end = hit.pattern == 5 ? hit.to : hit.to - 2;
      if (hit.to < 2 || hit.to > t.size() || name_end == 0) continue;
      ParseProviderNamed(state, name_end);
    } else if (hit.pattern == 17) {
      // The match is the quoted '@'.
      if (hit.to < 3) continue;
      ParseScripted(state, hit.to - 2);
    } else if (hit.pattern == 11) {
      // The match is "(a)".
      if (hit.to < 3) continue;
      ParseAround(state, hit.to - 3, hit.to, 1);
    } else if (hit.pattern == 13) {
      const size_t at_start = DecoratedAtTokenStart(t, hit.to);
      if (at_start == std::string_view::npos) continue;
      bool bracketed = false;
      const size_t end = MatchWordToken(t, at_start, false, true, bracketed);
      if (end == std::string_view::npos) continue;
      size_t at_end = end;
      while (at_end > at_start && IsSpace(t[at_end - 1])) --at_end;
      ParseAround(state, at_start, at_end, 2);
    } else if (hit.pattern == 3) {
      // The match ends one character after the spaces or decoration that follow '@' (a dash:
      // two bytes after it).
      if (hit.to < 2 || hit.to > t.size()) continue;
      size_t at = hit.to - 1;
      while (at > 0 && t[at - 1] != '@' && hit.to - at < 8) --at;
      if (at == 0 || t[at - 1] != '@') continue;
      if (ParseLetterSpaced(state, at - 1)) continue;
      ParseAround(state, at - 1, at, 3);
    } else {
      // An at-word token: re-read it to find its exact extent. Pattern 18's is pattern 1's in
      // look-alike letters.
      const uint32_t pattern = hit.pattern == 18 ? 1 : hit.pattern;
      const size_t at_start = AtTokenStart(t, pattern, hit.to);
      if (at_start == std::string_view::npos) continue;
      bool bracketed = false;
      const size_t end = MatchWordToken(t, at_start, false, pattern != 1, bracketed);
      if (end == std::string_view::npos) continue;
      size_t at_end = end;
      while (at_end > at_start && IsSpace(t[at_end - 1])) --at_end;
      ParseAround(state, at_start, at_end, bracketed ? 1 : 2);
    }
  }
}

// The matches of kPatterns[0]: an '@' between a local-part byte and a letter or digit; each ends
// after that letter or digit.
// Whether the '@' at p (0 < p, p + 1 < text.size()) is a match of kPatterns[0].
bool IsAtSignMatch(std::string_view text, size_t p) {
  if (!IsAsciiAlnum(text[p + 1])) return false;
  const char before = text[p - 1];
  return IsAsciiAlnum(before) || before == '.' || before == '_' || before == '%' || before == '+' ||
         before == '-';
}

void FindAtSigns(const ByteClasses& classes, uint32_t pattern, std::vector<Hit>& out) {
  const std::string_view text = classes.text;
  const size_t n = text.size();
  ForEachBit(classes.at, [&](size_t p) {
    if (p == 0 || p + 1 >= n || !IsAtSignMatch(text, p)) return;
    out.push_back(Hit{pattern, p + 2, p + 2});
  });
}

// The matches of kPatterns[17]: an '@' between two of the same quote, a script's literal ("'@'",
// `"@"`); each ends after the closing quote.
bool IsQuotedAtMatch(std::string_view text, size_t p) {
  return IsScriptQuote(text[p - 1]) && text[p + 1] == text[p - 1];
}
void FindQuotedAtSigns(const ByteClasses& classes, uint32_t pattern, std::vector<Hit>& out) {
  const std::string_view text = classes.text;
  const size_t n = text.size();
  ForEachBit(classes.at, [&](size_t p) {
    if (p == 0 || p + 1 >= n || !IsQuotedAtMatch(text, p)) return;
    out.push_back(Hit{pattern, p + 2, p + 2});
  });
}

// Pattern 5's words, in lower case and in the pattern's order (its join words, then its
// providers). The pattern is caseless for ASCII letters only (it has no HS_FLAG_UTF8): the
// Cyrillic words match as written.
constexpr std::string_view kPattern5Joins[] = {
    "on",     "at",           "bei",        "auf",    "chez",    "sur",    "en",         "su",
    "presso", "na",           "w",          "u",      "la",      "pe",     "bij",        "op",
    "em",     "no",           "via",        "ät",     "arobase", "arroba", "chiocciola", "małpa",
    "malpa",  "apenstaartje", "apenstaart", "собака", "на",      "в",      "у"};
constexpr std::string_view kPattern5Providers[] = {
    "gmail",   "googlemail", "yahoo",    "ymail",   "hotmail", "outlook",  "live",       "msn",
    "icloud",  "mail",       "gmx",      "web",     "proton",  "yandex",   "ukr",        "wp",
    "onet",    "interia",    "o2",       "abv",     "libero",  "seznam",   "centrum",    "aol",
    "inbox",   "laposte",    "orange",   "free",    "sfr",     "wanadoo",  "alice",      "virgilio",
    "tiscali", "tin",        "ziggo",    "kpnmail", "hetnet",  "posteo",   "freenet",    "bluewin",
    "rambler", "bigmir",     "meta",     "tlen",    "gazeta",  "poczta",   "telefonica", "terra",
    "telenet", "skynet",     "fastmail", "zoho",    "bk",      "t-online", "arcor",      "яндекс",
    "мейл",    "майл",       "мэйл",     "гм",      "джим",    "укр",      "абв",        "рамблер"};

// For each byte, lower-cased, the words of `list` (at most 64) that start with it, as bits: a
// position is compared only with the words of its first byte.
template <size_t N>
constexpr std::array<uint64_t, 256> WordsByFirstByte(const std::string_view (&list)[N]) {
  static_assert(N <= 64);
  std::array<uint64_t, 256> words{};
  for (size_t w = 0; w < N; ++w) words[static_cast<unsigned char>(list[w][0])] |= uint64_t{1} << w;
  for (char c = 'A'; c <= 'Z'; ++c) {
    words[static_cast<unsigned char>(c)] = words[static_cast<unsigned char>(c + ('a' - 'A'))];
  }
  return words;
}
constexpr auto kPattern5JoinsByByte = WordsByFirstByte(kPattern5Joins);
constexpr auto kPattern5ProvidersByByte = WordsByFirstByte(kPattern5Providers);

// Whether `word` (lower case) stands at `at` in `text`, its ASCII letters in either case.
bool CaselessAt(std::string_view text, size_t at, std::string_view word) {
  return text.size() - at >= word.size() && EqualsLower(text.substr(at, word.size()), word);
}

// The number of \s bytes at `at`, at most `most`.
size_t SpacesAt(std::string_view text, size_t at, size_t most) {
  size_t k = 0;
  while (k < most && at + k < text.size() && IsSpace(text[at + k])) ++k;
  return k;
}

// The length of pattern 5's emoji at `at` (U+1F000 up: F0 9F and two continuation bytes; U+2700
// to U+27BF: E2 9C-9E and one); 0 for none.
size_t EmojiAt(std::string_view text, size_t at) {
  const auto byte = [&](size_t k) {
    return at + k < text.size() ? static_cast<unsigned char>(text[at + k]) : 0u;
  };
  const auto continuation = [&](size_t k) { return byte(k) >= 0x80 && byte(k) <= 0xBF; };
  if (byte(0) == 0xF0 && byte(1) == 0x9F && continuation(2) && continuation(3)) return 4;
  if (byte(0) == 0xE2 && byte(1) >= 0x9C && byte(1) <= 0x9E && continuation(2)) return 3;
  return 0;
}

// Finds pattern 5 (a provider's name after a local part with a dot: see kPatterns) as Vectorscan
// does: every end once, ascending. Its start is made of character classes only (a letter, a dot,
// a run of local-part bytes), so Vectorscan ran an automaton at every such piece of prose: with it
// in the database the scan took about 1.6 times the instructions on the bench corpus. The finder
// starts from the dots and underscores (the '_' among the marks); only one after a letter and
// before a run of 1-12 local-part bytes that ends at a space or an emoji's lead byte goes further.
// A match holds no byte '.' but its first, and an underscore within a run ends where the run does:
// the ends of later starts are those of earlier ones or come after them (kept once).
void FindProviderNamed(const ByteClasses& classes, uint32_t pattern, std::vector<Hit>& out) {
  const std::string_view text = classes.text;
  const size_t n = text.size();
  size_t last_end = 0;  // the last end reported: every end once, ascending
  const auto from_dot = [&](size_t dot) {
    if (dot == 0 || !IsAsciiAlpha(text[dot - 1])) return;
    size_t run_end = dot + 1;
    while (run_end < n && run_end - dot <= 13 &&
           (IsAsciiAlnum(text[run_end]) || text[run_end] == '_' || text[run_end] == '-')) {
      ++run_end;
    }
    const size_t run = run_end - dot - 1;
    if (run == 0 || run > 12) return;
    std::array<size_t, 64> ends;
    size_t count = 0;
    const auto providers_at = [&](size_t at) {
      if (at >= n) return;
      for (uint64_t words = kPattern5ProvidersByByte[static_cast<unsigned char>(text[at])];
           words != 0; words &= words - 1) {
        const std::string_view name = kPattern5Providers[std::countr_zero(words)];
        if (!CaselessAt(text, at, name)) continue;
        const size_t end = at + name.size();
        if (std::find(ends.begin(), ends.begin() + count, end) == ends.begin() + count &&
            count < ends.size()) {
          ends[count++] = end;
        }
      }
    };
    const size_t spaces = SpacesAt(text, run_end, 2);
    for (size_t s = 1; s <= spaces; ++s) {
      providers_at(run_end + s);  // \s{1,2}
      // \s{1,2} word \s{1,2}
      for (uint64_t words = kPattern5JoinsByByte[static_cast<unsigned char>(text[run_end + s])];
           words != 0; words &= words - 1) {
        const std::string_view word = kPattern5Joins[std::countr_zero(words)];
        if (!CaselessAt(text, run_end + s, word)) continue;
        const size_t after = run_end + s + word.size();
        const size_t gap = SpacesAt(text, after, 2);
        for (size_t t = 1; t <= gap; ++t) providers_at(after + t);
      }
    }
    for (size_t s = 0; s <= spaces; ++s) {  // \s{0,2} emoji (FE0F)? \s{0,2}
      const size_t emoji = EmojiAt(text, run_end + s);
      if (emoji == 0) continue;
      size_t after = run_end + s + emoji;
      for (int selector = 0; selector < 2; ++selector) {
        if (selector == 1) {
          if (!CaselessAt(text, after, "\xEF\xB8\x8F")) break;
          after += 3;
        }
        const size_t gap = SpacesAt(text, after, 2);
        for (size_t t = 0; t <= gap; ++t) providers_at(after + t);
      }
    }
    std::sort(ends.begin(), ends.begin() + count);
    for (size_t k = 0; k < count; ++k) {
      if (ends[k] <= last_end) continue;
      out.push_back(Hit{pattern, ends[k], ends[k]});
      last_end = ends[k];
    }
  };
  // The dots and underscores of each block, ascending.
  for (size_t b = 0; b < classes.dot.size(); ++b) {
    uint64_t starts = classes.dot[b];
    for (uint64_t marks = classes.mark[b]; marks != 0; marks &= marks - 1) {
      const int bit = std::countr_zero(marks);
      if (text[b * 64 + static_cast<size_t>(bit)] == '_') starts |= uint64_t{1} << bit;
    }
    for (; starts != 0; starts &= starts - 1) {
      from_dot(b * 64 + static_cast<size_t>(std::countr_zero(starts)));
    }
  }
}

// The match of pattern 14 or 15 at a spaced_at bit `p` (ByteClasses): pattern 14 is the "at" of
// pattern 2 (a letter, digit or '_', one or two \s bytes, "at" in either case, one or two \s
// bytes, a letter or digit), pattern 15 the spaced "at" of pattern 10 (the same between two of one
// separator, '/', '-', '.' or '*'). Each ends after its last byte; 0 for none. As a caseless
// literal of the database, "at" woke the scan at every "at" of prose (with pattern 10's, about a
// third of the scan's CPU time); the spaced_at bits (an "at" with no letter, digit or '_' beside
// it) are rare, and each is checked here. A bit has one match at most: the byte before the spaces
// is a word byte (14) or a separator (15), and the bytes after them decide the end. A later bit
// ends later, so the matches of either pattern come in order, each end once.
struct SpacedAtMatch {
  uint32_t pattern;  // 14 or 15
  size_t end;
};
// The same for a token of `length` bytes at p ("at", or the '@' of pattern 16, which takes only
// the separators: 15 for it is 16).
SpacedAtMatch SpacedTokenAt(std::string_view t, size_t p, size_t length) {
  const size_t n = t.size();
  if (p == 0 || p + length >= n || !IsSpace(t[p - 1]) || !IsSpace(t[p + length])) return {0, 0};
  // The byte before the spaces, and the first after them.
  const size_t before = p >= 2 && !IsSpace(t[p - 2]) ? p - 2 : p >= 3 ? p - 3 : n;
  const size_t after =
      p + length + 1 < n && !IsSpace(t[p + length + 1]) ? p + length + 1 : p + length + 2;
  if (before == n || IsSpace(t[before]) || after >= n) return {0, 0};
  const char open = t[before];
  if (IsAsciiAlnum(open) || open == '_') {
    if (IsAsciiAlnum(t[after])) return {14, after + 1};
  } else if (open == '/' || open == '-' || open == '.' || open == '*') {
    if (t[after] == open) return {15, after + 1};
  }
  return {0, 0};
}
SpacedAtMatch SpacedAtMatchAt(std::string_view t, size_t p) {
  return SpacedTokenAt(t, p, 2);
}

// The matches of pattern 16, the spaced '@' of pattern 10 ("nele-hb / @ / freenet"): as a
// literal of one byte it was two thirds of pattern 10's cost in the scan (callgrind of
// extract_bench --pattern-cost: 3.7 of 5.4 M instructions over three scans of 4 MB). From the
// '@' bits; a later '@' ends later. (FindEmailNatives reads the '@' bits once for both patterns 0
// and 16.)
void FindSeparatedSpacedAtSign(const ByteClasses& classes, uint32_t pattern,
                               std::vector<Hit>& out) {
  ForEachBit(classes.at, [&](size_t p) {
    const SpacedAtMatch match = SpacedTokenAt(classes.text, p, 1);
    if (match.pattern == 15) out.push_back(Hit{pattern, match.end, match.end});
  });
}

// The end of pattern 19's match around the '@' at p, 0 when there is none: "=\n@" or "=\r\n@"
// then a letter or digit (the match ends after it), or a local-part byte, the '@', "=\n" or
// "=\r\n" and a letter or digit.
size_t SoftBreakAtSignMatchEnd(std::string_view text, size_t p) {
  const size_t n = text.size();
  if (p + 1 < n && IsAsciiAlnum(text[p + 1]) && SoftBreakBefore(text, p) != 0) return p + 2;
  if (p == 0 || !IsLocalByte(text[p - 1])) return 0;
  const size_t soft = SoftBreakAt(text, p + 1);
  return soft != 0 && p + 1 + soft < n && IsAsciiAlnum(text[p + 1 + soft]) ? p + 2 + soft : 0;
}

// The matches of pattern 19, from the '@' bits: an '@' has one match at most, and a later '@'
// ends later (the bytes of a match after its '@' hold no other).
void FindSoftBreakAtSigns(const ByteClasses& classes, uint32_t pattern, std::vector<Hit>& out) {
  ForEachBit(classes.at, [&](size_t p) {
    if (const size_t end = SoftBreakAtSignMatchEnd(classes.text, p); end != 0) {
      out.push_back(Hit{pattern, end, end});
    }
  });
}

// The matches of pattern 14 (see SpacedAtMatchAt).
void FindSpacedAt(const ByteClasses& classes, uint32_t pattern, std::vector<Hit>& out) {
  ForEachBit(classes.spaced_at, [&](size_t p) {
    const SpacedAtMatch match = SpacedAtMatchAt(classes.text, p);
    if (match.pattern == 14) out.push_back(Hit{pattern, match.end, match.end});
  });
}

// The matches of pattern 15 (see SpacedAtMatchAt).
void FindSeparatedSpacedAt(const ByteClasses& classes, uint32_t pattern, std::vector<Hit>& out) {
  ForEachBit(classes.spaced_at, [&](size_t p) {
    const SpacedAtMatch match = SpacedAtMatchAt(classes.text, p);
    if (match.pattern == 15) out.push_back(Hit{pattern, match.end, match.end});
  });
}

// The matches of the native patterns 0, 5, 14, 15, 16, 17 and 19 merged as the engine merges its
// finders' (ExtractorInfo::natives_together): 14 and 15 from one walk of the spaced_at bits, whose
// matches come in order (a bit has one match at most, of either pattern).
void FindEmailNatives(const ByteClasses& classes, std::vector<Hit>& out) {
  const auto merge_from = [&](size_t from, size_t middle) {
    std::inplace_merge(out.begin() + static_cast<std::ptrdiff_t>(from),
                       out.begin() + static_cast<std::ptrdiff_t>(middle), out.end(),
                       [](const Hit& a, const Hit& b) { return a.to < b.to; });
  };
  const std::string_view text = classes.text;
  const size_t n = text.size();
  const size_t start = out.size();
  // Patterns 0, 16 and 17 from one walk of the '@' bits (an '@' is of one at most: a letter or
  // digit after it, a quote, or a \s byte); 16's matches wait in `signs`.
  thread_local std::vector<Hit> signs;
  signs.clear();
  ForEachBit(classes.at, [&](size_t p) {
    if (p == 0 || p + 1 >= n) return;
    if (IsAtSignMatch(text, p)) {
      out.push_back(Hit{0, p + 2, p + 2});
    } else if (IsQuotedAtMatch(text, p)) {
      // Pattern 17's match ends where pattern 0's would: it goes in the same order.
      out.push_back(Hit{17, p + 2, p + 2});
    } else if (const SpacedAtMatch match = SpacedTokenAt(text, p, 1); match.pattern == 15) {
      signs.push_back(Hit{16, match.end, match.end});
    }
  });
  size_t middle = out.size();
  FindProviderNamed(classes, 5, out);
  merge_from(start, middle);
  middle = out.size();
  ForEachBit(classes.spaced_at, [&](size_t p) {
    const SpacedAtMatch match = SpacedAtMatchAt(classes.text, p);
    if (match.pattern != 0) out.push_back(Hit{match.pattern, match.end, match.end});
  });
  merge_from(start, middle);
  middle = out.size();
  out.insert(out.end(), signs.begin(), signs.end());
  merge_from(start, middle);
  middle = out.size();
  FindSoftBreakAtSigns(classes, 19, out);
  merge_from(start, middle);
}

// Patterns 1 and 2 have no SOM flag: tracking where their matches start cost about 0.5
// instructions per byte of the bench corpus (the whole database about 11).
// ExtractEmails finds the start back from the end (AtTokenStart); every end is a hit of its own,
// as every start was (a start has one end: the bytes between are spaces and a word).
// The at-words are listed in lower case: HS_FLAG_CASELESS with HS_FLAG_UTF8 folds every script's
// letters ("СОБАКА", "ÄT"), and InList compares them folded.
// The patterns' lines are long (their raw strings): clang-format, which laid them out, gives up
// on the block when they grow, so it is kept as laid out.
// clang-format off
constexpr PrescanPattern kPatterns[] = {
    // Found by FindAtSigns (a pattern of character classes around one byte; see extractor.h).
    // Every '@' is a hit of its own: joined within 8 bytes, as the digits of a phone number are,
    // the first of "x@a.de y@b.de" was lost.
    {R"([A-Za-z0-9._%+\-]@[A-Za-z0-9])", 0, kCueAt, /*every_end=*/true, FindAtSigns},
    {R"([(\[{<]\s{0,2}(?:at|bei|ät|klammeraffe|arobase|arobas|aronda?|arroba|chiocciola|małpa|malpa|apenstaartje|apenstaart|aapje|apestaart|affenschwanz|chiocciolina|małpka|malpka|arrobase|kukac|papaki|παπάκι|zavináč|zavinac|собака|собачка|sobaka|ат|ет|кучешка|маймунка|равлика?|песик|кльомба|la|@)\s{0,2}[)\]}>])",
     HS_FLAG_CASELESS | HS_FLAG_UTF8, kCueOpenBracket, /*every_end=*/true},
    // Without "at": pattern 14 is its "at".
    // The domain may start with a Cyrillic letter ("равлик укр нет", "собака яндекс точка ру").
    {R"([A-Za-z0-9_]\s{1,2}(?:ät|klammeraffe|arobase|arobas|aronda?|arroba|chiocciola|małpa|malpa|apenstaartje|apenstaart|apestaart|chiocciolina|małpka|malpka|arrobase|собака|собачка|sobaka|ат|кучешка|маймунка|равлика?|песик|кльомба)\s{1,2}(?:[A-Za-z0-9]|[а-яёіїєґ]))",
     HS_FLAG_CASELESS | HS_FLAG_UTF8, kCueSpacedAtWord, /*every_end=*/true},
    // '@' between spaces, or with decoration around it ("velvet.nights 💌 @ 💌 fastmail.com",
    // "lina.kiel 🌸@🌸 gmx", "anna.bo - @ - yahoo"): the last byte of a character from U+0080 up
    // before it, the first one after it (SkipGap tells whether they are symbols), or a spaced
    // dash. Bytes, not UTF-8 classes: those cost Vectorscan an automaton of their own (about 17%
    // more instructions on the bench corpus).
    // Also a space on one side only, as OCR of a screenshot writes it ("bianca_rose@ yahoo.ro",
    // "bianca_rose @yahoo.ro": the second only before a provider's name).
    {R"((?:(?:[A-Za-z0-9_]\s{1,2}|[\x80-\xbf]\s{0,2}|\s[\-|*~]\s{1,2})@(?:\s{1,2}[A-Za-z0-9]|\s{0,2}[\xc2-\xf4]|\s{1,2}[\-|*~]\s)|[A-Za-z0-9_]@\s{1,2}[A-Za-z0-9]|[A-Za-z0-9_]\s{1,2}@[A-Za-z0-9]))",
     0, kCueAt, /*every_end=*/true},
    // A spaced at-word between decorations ("jade 🌸 at 🌸 gmail", "magda.w ✨ małpa ✨
    // interia"): the words of pattern 2 in lower case, between the last byte of a character from
    // U+0080 up and the first byte of another (bytes, as in pattern 3). Read as pattern 2.
    {R"([\x80-\xbf]\s{1,2}(?:at|ät|klammeraffe|arobase|arobas|aronda?|arroba|chiocciola|małpa|malpa|apenstaartje|apenstaart|apestaart|chiocciolina|małpka|malpka|arrobase|собака|собачка|sobaka|ат|кучешка|маймунка|равлика?|песик|кльомба)\s{1,2}[\xc2-\xf4])",
     HS_FLAG_CASELESS, kCueSpacedAtWord, /*every_end=*/true},
    // A mail provider's name after a local part with a dot, a joining word, an at-word or an
    // emoji ("holly.bath on gmail", "sunny.nrw bei gmx punkt de", "marta.od на ukr", "lera.kzn
    // собака яндекс", "sarah.toulouse 🌸 gmail 🌸 com"). Read by ParseProviderNamed. The dot
    // before the last piece of the local part is the cue (a word without one is prose: "Bilder
    // bei web"). Its class-only start costs: with any piece before a digit or a dot and up to 20
    // bytes after it, and any non-ASCII pair for the emoji, the scan took 8.5% more instructions
    // on the bench corpus; this form (12 bytes, emoji from U+2700-U+27BF and U+1F000 up) 3.7%.
    // Found by FindProviderNamed, not by Vectorscan (see there).
    {R"([A-Za-z][._][A-Za-z0-9_\-]{1,12}(?:\s{1,2}(?:on|at|bei|auf|chez|sur|en|su|presso|na|w|u|la|pe|bij|op|em|no|via|ät|arobase|arroba|chiocciola|małpa|malpa|apenstaartje|apenstaart|собака|на|в|у)\s{1,2}|\s{0,2}(?:\xf0\x9f[\x80-\xbf]{2}|\xe2[\x9c-\x9e][\x80-\xbf])(?:\xef\xb8\x8f)?\s{0,2}|\s{1,2})(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|mail|gmx|web|proton|yandex|ukr|wp|onet|interia|o2|abv|libero|seznam|centrum|aol|inbox|laposte|orange|free|sfr|wanadoo|alice|virgilio|tiscali|tin|ziggo|kpnmail|hetnet|posteo|freenet|bluewin|rambler|bigmir|meta|tlen|gazeta|poczta|telefonica|terra|telenet|skynet|fastmail|zoho|bk|t-online|arcor|яндекс|мейл|майл|мэйл|гм|джим|укр|абв|рамблер))",
     HS_FLAG_CASELESS, kCueDotAlnum, /*every_end=*/true, FindProviderNamed},
    // A mail emoji or a monkey (the '@' is a monkey's tail in Polish, Dutch and German words) for
    // the '@' before a provider's name and its dot ("kira 💌 web.de"): 💌 📧 📨 📩 ✉ 🐒 🐵.
    // The local part needs no dot here: the emoji says it is an address.
    {R"([A-Za-z0-9]\s{0,2}(?:\xf0\x9f\x92\x8c|\xf0\x9f\x93[\xa7-\xa9]|\xe2\x9c\x89|\xf0\x9f\x90[\x92\xb5])(?:\xef\xb8\x8f)?\s{0,2}(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|mail|gmx|web|proton|yandex|ukr|wp|onet|interia|abv|libero|seznam|centrum|aol|inbox|laposte|orange|free|sfr|wanadoo|alice|virgilio|tiscali|tin|ziggo|kpnmail|hetnet|posteo|freenet|bluewin|rambler|bigmir|meta|tlen|gazeta|poczta|telefonica|terra|telenet|skynet|fastmail|zoho|bk)\.[A-Za-z])",
     HS_FLAG_CASELESS, kCueDotAlnum, /*every_end=*/true},
    // A provider whose name is its domain, then a colon (or a spaced dash) and a local part with
    // a dot ("su gmail: martina.fi", "на яндекс почту: alena.kzn", "мой джимейл — lena.k"): read
    // by ParseProviderBefore (which wants a joining word or a possessive before the provider).
    // The local part's dot between letters is the cue; its first piece is short (12 bytes), so
    // the pattern is narrower than pattern 5 and the pre-filter's windows stay as they were. With
    // an underscore instead of the dot, the colon is the cue (after the other words an underscored
    // local part has none of its own: found when another cue's window holds it).
    {R"((?:gmail|googlemail|icloud|yandex|яндекс|джимейл|джимэйл|гмейл|гмэйл|гмаил|гмайл|укрнет|abv|абв|rambler|рамблер|libero|virgilio|interi|onet|o2|wp|seznam)-?(?:[a-z]|[\xd0\xd1][\x80-\xbf]){0,2}(?:\s{1,2}(?:почту|почта|почте|почты|пошту|пошта|пошті|poczt[aey]|mail|mailbox|meu|mea|ми|мой))?(?:(?:\s{0,2}(?::|\s[\-]|\s\xe2\x80[\x93\x94])|,?\s{1,2}(?:(?:nome|nume|nazwa|name|naam|nom|nombre|името|имя|імя)\s{1,2})?(?:is|ist|est|c'est|es|e|è|to|sono|jest|е|это|це|є|login|логин|логін|utente|pseudo|username|user|nick|nickname))\s{0,2}[A-Za-z](?:[A-Za-z0-9_\-]{0,10}[A-Za-z])?[._]|\s{1,2}[A-Za-z](?:[A-Za-z0-9_\-]{0,10}[A-Za-z])?\.)[A-Za-z0-9])",
     HS_FLAG_CASELESS, kCueDotAlnum | kCueColon, /*every_end=*/true},
    // The '@' URL-encoded ("mailto:anna%40mail.example", "?email=anna%40…"): read as pattern 0's
    // '@', with "%2E" for a dot. The escape's digits are the cue.
    {R"([A-Za-z0-9._\-]%40[A-Za-z0-9])", 0, kCueDigit, /*every_end=*/true},
    // An '@' or an at-word of pattern 2 between two of the same separator glued to it
    // ("nina_at_gmail", "nina#at#gmail", "nina.@.gmail", "nina -at- gmail"), or spaced
    // ("nele-hb / at / freenet"; the spaced "at" is pattern 15, the spaced '@' pattern 16): read
    // by ParseSeparated, which looks at what stands around them.
    // The match ends at the second separator; each separator is written out with its word, so
    // that the scan looks for "_at_", "-at-", … (a class of bytes before them cost 3.5% more
    // instructions on the bench corpus). Between hyphens or dots (which glue words of prose, and
    // are no cue before an at-word) only '@' and "at", whose "-at-" and ".at." are cues.
    {R"((?:_(?:@|at|ät|klammeraffe|arobase|arobas|aronda?|arroba|chiocciola|małpa|malpa|apenstaartje|apenstaart|apestaart|chiocciolina|małpka|malpka|arrobase|собака|собачка|sobaka|ат|кучешка|маймунка|равлика?|песик|кльомба)_|/(?:@|at|ät|klammeraffe|arobase|arobas|aronda?|arroba|chiocciola|małpa|malpa|apenstaartje|apenstaart|apestaart|chiocciolina|małpka|malpka|arrobase|собака|собачка|sobaka|ат|кучешка|маймунка|равлика?|песик|кльомба)/|\*(?:@|at|ät|klammeraffe|arobase|arobas|aronda?|arroba|chiocciola|małpa|malpa|apenstaartje|apenstaart|apestaart|chiocciolina|małpka|malpka|arrobase|собака|собачка|sobaka|ат|кучешка|маймунка|равлика?|песик|кльомба)\*|#(?:@|at|ät|klammeraffe|arobase|arobas|aronda?|arroba|chiocciola|małpa|malpa|apenstaartje|apenstaart|apestaart|chiocciolina|małpka|malpka|arrobase|собака|собачка|sobaka|ат|кучешка|маймунка|равлика?|песик|кльомба)#|-(?:@|at)-|\.(?:@|at)\.))",
     HS_FLAG_CASELESS | HS_FLAG_UTF8, kCueAt | kCueSpacedAtWord,
     /*every_end=*/true},
    {R"((?:/\s{1,2}(?:ät|klammeraffe|arobase|arobas|aronda?|arroba|chiocciola|małpa|malpa|apenstaartje|apenstaart|apestaart|chiocciolina|małpka|malpka|arrobase|собака|собачка|sobaka|ат|кучешка|маймунка|равлика?|песик|кльомба)\s{1,2}/|-\s{1,2}(?:ät|klammeraffe|arobase|arobas|aronda?|arroba|chiocciola|małpa|malpa|apenstaartje|apenstaart|apestaart|chiocciolina|małpka|malpka|arrobase|собака|собачка|sobaka|ат|кучешка|маймунка|равлика?|песик|кльомба)\s{1,2}-|\.\s{1,2}(?:ät|klammeraffe|arobase|arobas|aronda?|arroba|chiocciola|małpa|malpa|apenstaartje|apenstaart|apestaart|chiocciolina|małpka|malpka|arrobase|собака|собачка|sobaka|ат|кучешка|маймунка|равлика?|песик|кльомба)\s{1,2}\.|\*\s{1,2}(?:ät|klammeraffe|arobase|arobas|aronda?|arroba|chiocciola|małpa|malpa|apenstaartje|apenstaart|apestaart|chiocciolina|małpka|malpka|arrobase|собака|собачка|sobaka|ат|кучешка|маймунка|равлика?|песик|кльомба)\s{1,2}\*))",
     HS_FLAG_CASELESS | HS_FLAG_UTF8, kCueAt | kCueSpacedAtWord,
     /*every_end=*/true},
    // "(a)" for the '@' ("tanja (a) gmx.de", "emma.nantes(a)sfr.fr"): the literal alone, in a
    // pattern of its own (in pattern 1's brackets it cost 0.8% more instructions: "<a>" opens
    // every HTML link). Read as pattern 1's bracketed at-words are.
    {R"(\(a\))", HS_FLAG_CASELESS, kCueOpenBracket, /*every_end=*/true},
    // A provider and its top-level domain in words, maybe with a dot word between, before a
    // colon, a spaced dash or a naming word and a local part ("в абв бг: mimi_varna", "bei gmx
    // punkt at: carina.p95", "chez gmail point com, pseudo: manon.vip75", "на мейл ру, логин
    // nastya.ekb"): read by ParseProviderBefore as pattern 7. An underscore in the local part
    // only after a colon, which is the cue then; else its dot.
    {R"((?:gmail|gmx|web|yahoo|hotmail|outlook|icloud|yandex|rambler|abv|ukr|wp|onet|interia|libero|virgilio|seznam|orange|sfr|laposte|t-online|яндекс|мейл|майл|укр|абв|рамблер)\s{1,2}(?:(?:dot|punkt|point|punto|kropka|punct|punt|ponto|точка|крапка)\s{1,2})?(?:[a-z]{2,3}|ру|бг|ком|нет|юа)(?:\s{0,2}:\s{0,2}[A-Za-z](?:[A-Za-z0-9_\-]{0,10}[A-Za-z])?[._]|(?:\s[\-]|\s\xe2\x80[\x93\x94]|,?\s{1,2}(?:(?:nome|nume|nazwa|name|naam|nom|nombre|името|имя|імя)\s{1,2})?(?:is|ist|est|es|e|è|to|sono|jest|е|это|це|є|login|логин|логін|utente|pseudo|username|user|nick|nickname)\s{0,2}:?)\s{0,2}[A-Za-z](?:[A-Za-z0-9_\-]{0,10}[A-Za-z])?\.)[A-Za-z0-9])",
     HS_FLAG_CASELESS, kCueDotAlnum | kCueColon, /*every_end=*/true},
    // An at-word glued between two emoji or quotation marks ("ula_krk ❤at❤ gmail",
    // "marta🌙arroba🌙outlook.es", "sara «chiocciola» libero", "eva »arroba« hotmail"): an emoji
    // from U+2600-U+27BF or U+1F000 up (maybe with U+FE0F), or « » ‹ › “ „ (the guillemets
    // either way round, as German turns them), then the word, then the first bytes of another
    // such character. Read by ParseDecoratedAtWord as pattern 2.
    {R"((?:\xf0\x9f[\x80-\xbf]{2}|\xe2[\x98-\x9e][\x80-\xbf]|\xc2[\xab\xbb]|\xe2\x80[\xb9\xba\x9c\x9e])(?:\xef\xb8\x8f)?(?:at|arobase|arroba|chiocciola|klammeraffe|apenstaartje|małpa|malpa|małpka|malpka|sobaka)(?:\xf0\x9f|\xe2[\x98-\x9e]|\xc2[\xab\xbb]|\xe2\x80[\xb9\xba\x9d\x9c]))",
     HS_FLAG_CASELESS, kCueSpacedAtWord, /*every_end=*/true},
    // The "at" of pattern 2, read as pattern 2. Found by FindSpacedAt, not by Vectorscan.
    {R"([A-Za-z0-9_]\s{1,2}at\s{1,2}[A-Za-z0-9])",
     HS_FLAG_CASELESS | HS_FLAG_UTF8, kCueSpacedAtWord, /*every_end=*/true, FindSpacedAt},
    // The spaced "at" of pattern 10, read as pattern 10. Found by FindSeparatedSpacedAt.
    {R"((?:/\s{1,2}at\s{1,2}/|-\s{1,2}at\s{1,2}-|\.\s{1,2}at\s{1,2}\.|\*\s{1,2}at\s{1,2}\*))",
     HS_FLAG_CASELESS | HS_FLAG_UTF8, kCueAt | kCueSpacedAtWord, /*every_end=*/true,
     FindSeparatedSpacedAt},
    // The spaced '@' of pattern 10, read as pattern 10. Found by FindSeparatedSpacedAtSign.
    {R"((?:/\s{1,2}@\s{1,2}/|-\s{1,2}@\s{1,2}-|\.\s{1,2}@\s{1,2}\.|\*\s{1,2}@\s{1,2}\*))",
     HS_FLAG_CASELESS | HS_FLAG_UTF8, kCueAt, /*every_end=*/true, FindSeparatedSpacedAtSign},
    // A script's quoted '@' ("'name' + '@' + 'example.com'", "[…].join('@')"), read by
    // ParseScripted. Found by FindQuotedAtSigns, in the walk of the '@' bits that finds pattern 0.
    {R"((?:'@'|"@"|`@`))", 0, kCueAt, /*every_end=*/true, FindQuotedAtSigns},
    // A bracketed "at" with one letter of another script that looks like its Latin one: "(аt)"
    // with a Cyrillic а or А, "[αt]" with a Greek α or Α, "(AТ)" with a Cyrillic or Greek Т. Read
    // as pattern 1, the word asked about by its confusable skeleton (IsLookalikeAtOrDotWord). The
    // letters are written out, each word in its brackets as one literal: any letter of two bytes
    // beside an ASCII one made the pre-scan take 2.4 times as long on the bench corpus (a pattern
    // of classes), and the pairs between classes of brackets and spaces 1.2 times.
    {R"((?:\((?:\xd0\xb0t|\xd0\xb0T|\xd0\x90t|\xd0\x90T|\xce\xb1t|\xce\xb1T|\xce\x91t|\xce\x91T|a\xd0\xa2|A\xd0\xa2|a\xce\xa4|A\xce\xa4)\)|\[(?:\xd0\xb0t|\xd0\xb0T|\xd0\x90t|\xd0\x90T|\xce\xb1t|\xce\xb1T|\xce\x91t|\xce\x91T|a\xd0\xa2|A\xd0\xa2|a\xce\xa4|A\xce\xa4)\]|\{(?:\xd0\xb0t|\xd0\xb0T|\xd0\x90t|\xd0\x90T|\xce\xb1t|\xce\xb1T|\xce\x91t|\xce\x91T|a\xd0\xa2|A\xd0\xa2|a\xce\xa4|A\xce\xa4)\}|<(?:\xd0\xb0t|\xd0\xb0T|\xd0\x90t|\xd0\x90T|\xce\xb1t|\xce\xb1T|\xce\x91t|\xce\x91T|a\xd0\xa2|A\xd0\xa2|a\xce\xa4|A\xce\xa4)>))",
     0, kCueOpenBracket, /*every_end=*/true},
    // The '@' beside a quoted-printable soft line break ("anna.k=⏎@mail.example",
    // "tom@=⏎example.com"), which pattern 0 does not find: read by ParseSoftBroken.
    // Found by FindSoftBreakAtSigns, not by Vectorscan: its literals cost the scan about a tenth
    // more time on the bench corpus.
    {R"((?:=\r?\n@[A-Za-z0-9]|[A-Za-z0-9._%+\-]@=\r?\n[A-Za-z0-9]))", 0, kCueAt,
     /*every_end=*/true, FindSoftBreakAtSigns},
};
// clang-format on

}  // namespace

extern const ExtractorInfo kEmailExtractor = {
    "email",
    "E-mail addresses, plain or with the @ and dots written as words in eleven languages; value "
    "lower case",
    22,
    "RFC 5321 4.1.2, RFC 1035 2.3.1; indicators.md 2F",
    kPatterns,
    ExtractEmails,
    /*ads_only=*/false,
    FindEmailNatives,
};

}  // namespace ariadne::extract
