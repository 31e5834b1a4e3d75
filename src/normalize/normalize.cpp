// Folding obfuscated text into scannable text (see normalize.h).
//
// Two passes, each keeping a map back to the original (a SourceMap: runs of bytes copied one to
// one, or all from one range):
//  1. Characters: UTF-8 repair (U+FFFD, Unicode 15 §3.9 "maximal subpart" practice), removal of
//     Default_Ignorable_Code_Point characters (UAX #44; UTS #39 §4 strips them before confusable
//     matching), keycap sequences (digit [U+FE0F] U+20E3) to the digit, other-script decimal
//     digits and the enclosed/dingbat digits NFKC leaves alone
//     (❶ ➀ ➊ ⓫ ⓵ ⓿ 🄋 🔟)
//     to ASCII digits, and NFKC (UAX #15) on the rest. ASCII runs are copied, as one run of the
//     map; ICU is called only on normalization segments whose characters are not NFKC
//     quick-check YES (a table of the BMP is built once).
//  2. Phone-like runs: items (digit runs, number words, look-alike letters, emoji) joined by short
//     separator gaps; dashes between the groups become '-', and in a number read out its commas
//     and dashes (the reader's pauses) become spaces. A run is folded only when it yields at least
//     kMinRunDigits digits, so prose
//     ("one of a kind", "two hours") is left alone. Number words are recognised with a hash of the
//     folded word (lower case, accents and apostrophes dropped), rejected by a 64 Kbit filter in
//     one probe for almost every word of prose. With no run open, ProseSkipper reads ASCII text
//     word by word from masks of 64-byte blocks and tests only the words that may matter. The
//     edits are then applied in place.
#include "normalize/normalize.h"

#include <cld2/public/compact_lang_det.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <memory>
#include <mutex>
#include <span>
#include <unordered_map>

#include "core/cpu_dispatch.h"
#include "normalize/display_order.h"
#include "normalize/form_fields.h"
#include "normalize/line_joins.h"
#include "normalize/number_words.h"
#include "normalize/spoken_iban.h"

namespace CLD2 {
const char* LanguageCode(Language lang);  // cld2/internal/lang_script.h, exported by libcld2
}  // namespace CLD2

namespace ariadne::normalize {
namespace {

constexpr uint32_t kInvalid = 0xFFFFFFFFu;
constexpr size_t kMinRunDigits = 5;  // a phone-like run yields at least this many digits
// The digits of a whole national number (0 7700 900123 has eleven, 06 12 34 56 78 ten): a full
// stop after them in a number read out ends it.
constexpr size_t kWholeNumberDigits = 10;
constexpr uint32_t kMaxGapChars = 4;  // separators and emoji allowed between two items of a run
constexpr size_t kMaxSegmentCodePoints =
    32;  // bounds NFKC work per segment (UAX #15 stream-safe: 30)

// ---------------------------------------------------------------------------------------------------
// UTF-8

// Decodes one code point at p (avail >= 1 bytes). Returns the bytes consumed; cp = kInvalid for an
// invalid sequence, which then consumes its maximal subpart (Unicode §3.9, Table 3-7).
inline size_t DecodeUtf8(const unsigned char* p, size_t avail, uint32_t& cp) {
  const unsigned char b0 = p[0];
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  uint32_t value;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    value = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    value = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    value = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    cp = kInvalid;
    return 1;
  }
  size_t i = 1;
  for (; i <= need; ++i) {
    if (i >= avail || p[i] < lo || p[i] > hi) {
      cp = kInvalid;
      return i;
    }
    value = (value << 6) | (p[i] & 0x3F);
    lo = 0x80;
    hi = 0xBF;
  }
  cp = value;
  return i;
}

inline size_t EncodeUtf8(uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

// The ASCII bytes that stop AsciiPrefix: '&' (which may start an HTML entity, see DecodeEntity)
// and the brackets '[', '{', '<' (which may stand around a digit group, BracketedDigits).
inline bool StopsAsciiPrefix(unsigned char c) {
  return c == '&' || c == '[' || c == '{' || c == '<';
}

#if ARIADNE_HAS_X86_64_V3
// The length of the prefix of [p, p + n) that is ASCII and has no byte StopsAsciiPrefix, in blocks
// of 128 bytes (thirty-two per compare), for CPUs with AVX2: stops where the first block holding
// another byte starts (AsciiPrefix reads on from there). Half the instructions of the SSE2 loop
// over a long ASCII text (about 0.6% of bench/extract_bench's).
__attribute__((target("avx2"))) size_t AsciiBlocksAvx2(const unsigned char* p, size_t n) {
  const __m256i amp = _mm256_set1_epi8('&'), square = _mm256_set1_epi8('[');
  const __m256i curly = _mm256_set1_epi8('{'), angle = _mm256_set1_epi8('<');
  size_t i = 0;
  for (; i + 128 <= n; i += 128) {
    __m256i any = _mm256_setzero_si256();
    for (size_t k = 0; k < 128; k += 32) {
      const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i + k));
      const __m256i stops = _mm256_or_si256(
          _mm256_or_si256(_mm256_cmpeq_epi8(x, amp), _mm256_cmpeq_epi8(x, square)),
          _mm256_or_si256(_mm256_cmpeq_epi8(x, curly), _mm256_cmpeq_epi8(x, angle)));
      any = _mm256_or_si256(any, _mm256_or_si256(x, stops));
    }
    if (_mm256_movemask_epi8(any) != 0) break;
  }
  return i;
}
#endif

// Length of the prefix of [p, p + n) that is ASCII and has no byte StopsAsciiPrefix, sixty-four
// then sixteen bytes at a time (SSE2: the sign bits of sixteen bytes in one instruction, the
// stopping bytes compared into them; four loads ORed, one test per 64 bytes, while the prefix
// goes on), else eight; where the CPU has AVX2, first 128 bytes at a time (AsciiBlocksAvx2).
inline size_t AsciiPrefix(const unsigned char* p, size_t n) {
  size_t i = 0;
#if ARIADNE_HAS_X86_64_V3
  static const bool avx2 = CpuHasX86_64V3();
  if (avx2 && n >= 128) i = AsciiBlocksAvx2(p, n);
#endif
#if defined(__SSE2__)
  const __m128i amp = _mm_set1_epi8('&'), square = _mm_set1_epi8('[');
  const __m128i curly = _mm_set1_epi8('{'), angle = _mm_set1_epi8('<');
  // Sign bits of the bytes that are not ASCII or stop the prefix.
  const auto load = [=](size_t at) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at));
    const __m128i stops =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, amp), _mm_cmpeq_epi8(x, square)),
                     _mm_or_si128(_mm_cmpeq_epi8(x, curly), _mm_cmpeq_epi8(x, angle)));
    return _mm_or_si128(x, stops);
  };
  while (i + 64 <= n) {
    const __m128i any =
        _mm_or_si128(_mm_or_si128(load(i), load(i + 16)), _mm_or_si128(load(i + 32), load(i + 48)));
    if (_mm_movemask_epi8(any) != 0) break;  // the loop below finds where
    i += 64;
  }
  while (i + 16 <= n) {
    const int high = _mm_movemask_epi8(load(i));
    if (high != 0) return i + static_cast<size_t>(std::countr_zero(static_cast<unsigned>(high)));
    i += 16;
  }
#endif
  while (i < n && p[i] < 0x80 && !StopsAsciiPrefix(p[i])) ++i;
  return i;
}

// The length of "[087]", "{0176}", "<512>" at p[0] (an ASCII bracket around one to eight digits,
// which ads write for an area code or a group: read as "(087)"), or 0.
inline size_t BracketedDigits(const unsigned char* p, size_t n) {
  constexpr size_t kMaxDigits = 8;
  if (p[0] != '[' && p[0] != '{' && p[0] != '<') return 0;
  const unsigned char close = p[0] == '[' ? ']' : p[0] == '{' ? '}' : '>';
  size_t k = 1;
  while (k < n && k <= kMaxDigits && p[k] >= '0' && p[k] <= '9') ++k;
  return k > 1 && k < n && p[k] == close ? k + 1 : 0;
}

// ---------------------------------------------------------------------------------------------------
// HTML entities

// The code point a named HTML entity writes, for the names pages copied as text carry: spaces,
// dashes and dots between digit groups, the signs of an address ("&commat;", "&period;"), quotes
// and brackets around it, and letters ("&szlig;"); accented letters are composed in
// DecodeEntity. 0 when not known.
uint32_t NamedEntity(std::string_view name) {
  static const std::unordered_map<std::string_view, uint32_t> kNamed = {
      {"nbsp", 0xA0},        {"NonBreakingSpace", 0xA0},
      {"amp", '&'},          {"AMP", '&'},
      {"lt", '<'},           {"LT", '<'},
      {"gt", '>'},           {"GT", '>'},
      {"quot", '"'},         {"QUOT", '"'},
      {"apos", '\''},        {"commat", '@'},
      {"period", '.'},       {"lowbar", '_'},
      {"UnderBar", '_'},     {"hyphen", 0x2010},
      {"dash", 0x2010},      {"ndash", 0x2013},
      {"mdash", 0x2014},     {"minus", 0x2212},
      {"middot", 0xB7},      {"centerdot", 0xB7},
      {"bull", 0x2022},      {"bullet", 0x2022},
      {"sdot", 0x22C5},      {"ensp", 0x2002},
      {"emsp", 0x2003},      {"thinsp", 0x2009},
      {"ThinSpace", 0x2009}, {"hairsp", 0x200A},
      {"numsp", 0x2007},     {"puncsp", 0x2008},
      {"plus", '+'},         {"num", '#'},
      {"excl", '!'},         {"colon", ':'},
      {"semi", ';'},         {"comma", ','},
      {"lpar", '('},         {"rpar", ')'},
      {"lsqb", '['},         {"rsqb", ']'},
      {"lbrack", '['},       {"rbrack", ']'},
      {"lcub", '{'},         {"rcub", '}'},
      {"lbrace", '{'},       {"rbrace", '}'},
      {"sol", '/'},          {"bsol", '\\'},
      {"verbar", '|'},       {"vert", '|'},
      {"equals", '='},       {"quest", '?'},
      {"dollar", '$'},       {"percnt", '%'},
      {"ast", '*'},          {"midast", '*'},
      {"Hat", '^'},          {"shy", 0xAD},
      {"zwj", 0x200D},       {"zwnj", 0x200C},
      {"lrm", 0x200E},       {"rlm", 0x200F},
      {"euro", 0x20AC},      {"pound", 0xA3},
      {"yen", 0xA5},         {"cent", 0xA2},
      {"copy", 0xA9},        {"reg", 0xAE},
      {"trade", 0x2122},     {"deg", 0xB0},
      {"laquo", 0xAB},       {"raquo", 0xBB},
      {"lsquo", 0x2018},     {"rsquo", 0x2019},
      {"ldquo", 0x201C},     {"rdquo", 0x201D},
      {"bdquo", 0x201E},     {"sbquo", 0x201A},
      {"lsaquo", 0x2039},    {"rsaquo", 0x203A},
      {"hellip", 0x2026},    {"times", 0xD7},
      {"szlig", 0xDF},       {"aelig", 0xE6},
      {"AElig", 0xC6},       {"oslash", 0xF8},
      {"Oslash", 0xD8},      {"eth", 0xF0},
      {"ETH", 0xD0},         {"thorn", 0xFE},
      {"THORN", 0xDE},       {"lstrok", 0x142},
      {"Lstrok", 0x141},     {"dstrok", 0x111},
      {"Dstrok", 0x110},     {"iexcl", 0xA1},
      {"iquest", 0xBF},      {"sect", 0xA7},
      {"para", 0xB6},        {"hearts", 0x2665},
      {"phone", 0x260E},     {"star", 0x2606},
      {"starf", 0x2605},     {"check", 0x2713},
      {"larr", 0x2190},      {"rarr", 0x2192},
  };
  const auto it = kNamed.find(name);
  return it == kNamed.end() ? 0 : it->second;
}

// "eacute", "Ccedil", "scaron": a letter and the name of its accent, composed (NFC) into one
// code point; 0 when the name is not of that form or the pair does not compose.
uint32_t AccentedLetterEntity(std::string_view name) {
  static constexpr std::array<std::pair<std::string_view, uint32_t>, 13> kAccents = {{
      {"acute", 0x301},
      {"grave", 0x300},
      {"circ", 0x302},
      {"tilde", 0x303},
      {"uml", 0x308},
      {"ring", 0x30A},
      {"cedil", 0x327},
      {"caron", 0x30C},
      {"ogon", 0x328},
      {"dblac", 0x30B},
      {"breve", 0x306},
      {"macr", 0x304},
      {"dot", 0x307},
  }};
  if (name.size() < 4) return 0;
  const auto base = static_cast<unsigned char>(name[0]);
  if (!((base | 0x20) >= 'a' && (base | 0x20) <= 'z')) return 0;
  for (const auto& [accent, mark] : kAccents) {
    if (name.substr(1) != accent) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return 0;
    const UChar32 composed = unorm2_composePair(nfc, base, static_cast<UChar32>(mark));
    return composed < 0 ? 0 : static_cast<uint32_t>(composed);
  }
  return 0;
}

// The HTML character reference at p[0] == '&' ("&#64;", "&#x40;", "&nbsp;", "&eacute;", and
// written twice over, "&amp;nbsp;", as pages escaped once more show it): its length, with the
// code point in cp; 0 when none is there (the '&' stays as it is). Only references closed by ';'
// count, so prose ("AT&T", "R&B") is left alone.
size_t DecodeEntity(const unsigned char* p, size_t avail, uint32_t& cp) {
  constexpr size_t kMaxName = 24;
  size_t at = 1;
  // "&amp;" followed by another reference: the page was escaped twice.
  if (avail > 6 && std::memcmp(p, "&amp;", 5) == 0 &&
      (p[5] == '#' || ((p[5] | 0x20) >= 'a' && (p[5] | 0x20) <= 'z'))) {
    const size_t inner = DecodeEntity(p + 4, avail - 4, cp);
    if (inner > 0) return 4 + inner;
  }
  if (at < avail && p[at] == '#') {
    ++at;
    const bool hex = at < avail && (p[at] | 0x20) == 'x';
    if (hex) ++at;
    const size_t digits_from = at;
    uint32_t value = 0;
    for (; at < avail && at - digits_from < 8; ++at) {
      const unsigned char c = p[at];
      int v = -1;
      if (c >= '0' && c <= '9') v = c - '0';
      if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f') v = (c | 0x20) - 'a' + 10;
      if (v < 0) break;
      value = value * (hex ? 16 : 10) + static_cast<uint32_t>(v);
    }
    if (at == digits_from || at >= avail || p[at] != ';') return 0;
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
    cp = value;
    return at + 1;
  }
  while (at < avail && at <= kMaxName &&
         (((p[at] | 0x20) >= 'a' && (p[at] | 0x20) <= 'z') || (p[at] >= '0' && p[at] <= '9'))) {
    ++at;
  }
  if (at == 1 || at >= avail || p[at] != ';') return 0;
  const std::string_view name(reinterpret_cast<const char*>(p + 1), at - 1);
  cp = NamedEntity(name);
  if (cp == 0) cp = AccentedLetterEntity(name);
  return cp == 0 ? 0 : at + 1;
}

// ---------------------------------------------------------------------------------------------------
// Output with its map

}  // namespace

// Builds a SourceMap run by run (the friend SourceMap names).
class SourceMapBuilder {
 public:
  using Run = SourceMap::Run;
  static constexpr uint32_t kOneToOne = SourceMap::kOneToOne;

  static std::vector<Run>& Runs(SourceMap& map) { return map.runs_; }
  static const std::vector<Run>& Runs(const SourceMap& map) { return map.runs_; }
  static void SetSize(SourceMap& map, size_t size) { map.size_ = size; }

  // Appends a run at folded offset `at` (the current end), merging it into the last run when
  // that one continues it.
  static void Append(std::vector<Run>& runs, uint32_t at, uint32_t original_begin,
                     uint32_t original_end) {
    if (!runs.empty()) {
      const Run& last = runs.back();
      if (last.original_end == original_end &&
          (original_end != kOneToOne
               ? last.original_begin == original_begin
               : last.original_begin + (at - last.folded_begin) == original_begin)) {
        return;
      }
    }
    runs.push_back({at, original_begin, original_end});
  }
};

namespace {

using MapRun = SourceMapBuilder::Run;
constexpr uint32_t kOneToOne = SourceMapBuilder::kOneToOne;

// Folded text under construction, with its map.
struct MappedText {
  std::string text;  // text[0, n) is written; the rest is room
  size_t n = 0;
  std::vector<MapRun> runs;
  // Whether a '[' stood after a printed '@' or another field's ']' (FollowsAFormField): the cue
  // of FindFormFieldJoins, so that a text without one costs it nothing.
  bool square_bracket = false;
  // Whether a right-to-left override was dropped: the text is then folded again in the order a
  // reader sees it (FoldInDisplayOrder), so that a text without one costs nothing.
  bool right_to_left_override = false;

  // Starts empty, with room for `cap` bytes (memory of earlier texts is reused).
  void Reset(size_t cap) {
    n = 0;
    runs.clear();
    square_bracket = false;
    right_to_left_override = false;
    if (text.size() < cap) text.resize(cap);
  }
  void Ensure(size_t extra) {
    if (n + extra > text.size()) text.resize(std::max(text.size() * 2, n + extra + 64));
  }
  // `count` bytes, byte k from original byte original_begin + k.
  void PutOneToOne(const char* bytes, size_t count, uint32_t original_begin) {
    Ensure(count);
    std::memcpy(text.data() + n, bytes, count);
    SourceMapBuilder::Append(runs, static_cast<uint32_t>(n), original_begin, kOneToOne);
    n += count;
  }
  // `count` bytes, each from the original range [s, e).
  void Put(const char* bytes, size_t count, uint32_t s, uint32_t e) {
    Ensure(count);
    std::memcpy(text.data() + n, bytes, count);
    SourceMapBuilder::Append(runs, static_cast<uint32_t>(n), s, e);
    n += count;
  }
  void PutCodePoint(uint32_t cp, uint32_t s, uint32_t e) {
    char buf[4];
    Put(buf, EncodeUtf8(cp, buf), s, e);
  }
  // The original range of byte i < n.
  std::pair<uint32_t, uint32_t> SourceOf(size_t i) const {
    auto it = std::upper_bound(runs.begin(), runs.end(), i,
                               [](size_t v, const MapRun& r) { return v < r.folded_begin; });
    const MapRun& r = *(it - 1);
    if (r.original_end != kOneToOne) return {r.original_begin, r.original_end};
    const auto start = static_cast<uint32_t>(r.original_begin + (i - r.folded_begin));
    return {start, start + 1};
  }
  // Makes the last byte (n > 0) come from [its start, e) (a keycap joining its base digit).
  void ExtendLastByte(uint32_t e) {
    const uint32_t s = SourceOf(n - 1).first;
    const auto last = static_cast<uint32_t>(n - 1);
    if (runs.back().folded_begin == last) {
      runs.back().original_begin = s;
      runs.back().original_end = e;
      return;
    }
    runs.push_back({last, s, e});
  }
  // Hands the text to `out`, taking out's old buffers in exchange so both keep their memory.
  void SwapInto(NormalizedText& out) {
    text.resize(n);
    std::swap(out.text, text);
    std::swap(SourceMapBuilder::Runs(out.source), runs);
    SourceMapBuilder::SetSize(out.source, n);
    n = 0;
    runs.clear();
  }
};

enum Transform : unsigned {
  kNfkc,
  kIgnorable,
  kKeycap,
  kDigitLookalike,
  kSpelledDigits,
  kEmojiSeparator,
  kSeparator,
  kEntity,
  kLineJoin,
  kDisplayOrder
};
constexpr const char* kTransformNames[] = {
    "nfkc",      "ignorable",   "keycap",    "digit-lookalike", "spelled-digits", "emoji-separator",
    "separator", "html-entity", "line-join", "display-order"};

struct TransformLog {
  unsigned seen = 0;
  std::vector<std::string>* names;
  void Note(Transform t) {
    if (seen & (1u << t)) return;
    seen |= 1u << t;
    names->emplace_back(kTransformNames[t]);
  }
};

// ---------------------------------------------------------------------------------------------------
// Character tables (built once, immutable afterwards)

// The digit an enclosed or dingbat digit NFKC leaves alone stands for (as text), or nullptr.
const char* ExplicitDigits(uint32_t cp) {
  static constexpr const char* kOneToTen[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"};
  static constexpr const char* kElevenToTwenty[] = {"11", "12", "13", "14", "15",
                                                    "16", "17", "18", "19", "20"};
  if (cp >= 0x2776 && cp <= 0x277F) return kOneToTen[cp - 0x2776];  // ❶..❿ dingbat negative circled
  if (cp >= 0x2780 && cp <= 0x2789)
    return kOneToTen[cp - 0x2780];  // ➀..➉ dingbat circled sans-serif
  if (cp >= 0x278A && cp <= 0x2793)
    return kOneToTen[cp - 0x278A];  // ➊..➓ negative circled sans-serif
  if (cp >= 0x24EB && cp <= 0x24F4) return kElevenToTwenty[cp - 0x24EB];  // ⓫..⓴ negative circled
  if (cp >= 0x24F5 && cp <= 0x24FE) return kOneToTen[cp - 0x24F5];        // ⓵..⓾ double circled
  if (cp == 0x24FF || cp == 0x1F10B || cp == 0x1F10C) return "0";         // ⓿ 🄋 🄌
  // ⑴..⒇ parenthesised and ⒈..⒛ with a full stop: NFKC would give "(2)(1)(2)", "2.1.2.", whose
  // brackets and dots between single digits no number is written with.
  for (const uint32_t first : {0x2474u, 0x2488u}) {
    if (cp >= first && cp < first + 20) {
      const uint32_t n = cp - first;
      return n < 10 ? kOneToTen[n] : kElevenToTwenty[n - 10];
    }
  }
  return nullptr;
}

// Default-ignorable code points (UAX #44), and the other format characters (general category Cf:
// the Egyptian hieroglyph format controls U+13430.., the interlinear annotation marks U+FFF9..,
// the Arabic number signs): invisible, they only steer how text around them is laid out, and
// ads hide them between digits as they hide the ignorable ones ("7\U00013436 9\U00013436 5").
bool IsIgnorable(uint32_t cp) {
  return u_hasBinaryProperty(cp, UCHAR_DEFAULT_IGNORABLE_CODE_POINT) ||
         (cp >= 0x600 && u_charType(static_cast<UChar32>(cp)) == U_FORMAT_CHAR);
}

// The combining marks with which styled-text generators underline, overline, strike through or
// enclose every character ("0̲9̲7̲", "0̅1̅7̅", "0⃝8⃝8⃝", "n̲o̲r̲a̲@̲a̲b̲v̲.̲b̲g̲"): U+0305 overline,
// U+0332 low line, U+0333 double low line, U+0335 and U+0336 strokes, U+033F double overline,
// U+20DD..U+20E0 enclosing circle, square, diamond and circle backslash, U+20E2 enclosing screen,
// U+20E4 enclosing triangle. They compose with no letter (NFKC keeps them apart) and spell
// nothing: the character under them is the one meant, so they go.
bool IsStyleMark(uint32_t cp) {
  return cp == 0x305 || cp == 0x332 || cp == 0x333 || cp == 0x335 || cp == 0x336 || cp == 0x33F ||
         (cp >= 0x20DD && cp <= 0x20E0) || cp == 0x20E2 || cp == 0x20E4;
}

// The ASCII letter a Latin small capital stands for ("ᴛɪᴋᴛᴏᴋ", "ᴀᴛ", "ꜱɴᴀᴘᴄʜᴀᴛ"), or 0. NFKC leaves
// them as they are (they are letters of the phonetic alphabets, which ads do not write), while
// styled-text generators write a word in small capitals for "small caps" (x has none; they write
// x).
char SmallCapitalLetter(uint32_t cp) {
  switch (cp) {
    case 0x1D00:
      return 'a';
    case 0x0299:
      return 'b';
    case 0x1D04:
      return 'c';
    case 0x1D05:
      return 'd';
    case 0x1D07:
      return 'e';
    case 0xA730:
      return 'f';
    case 0x0262:
      return 'g';
    case 0x029C:
      return 'h';
    case 0x026A:
      return 'i';
    case 0x1D0A:
      return 'j';
    case 0x1D0B:
      return 'k';
    case 0x029F:
      return 'l';
    case 0x1D0D:
      return 'm';
    case 0x0274:
      return 'n';
    case 0x1D0F:
      return 'o';
    case 0x1D18:
      return 'p';
    case 0xA7AF:
      return 'q';
    case 0x0280:
      return 'r';
    case 0xA731:
      return 's';
    case 0x1D1B:
      return 't';
    case 0x1D1C:
      return 'u';
    case 0x1D20:
      return 'v';
    case 0x1D21:
      return 'w';
    case 0x028F:
      return 'y';
    case 0x1D22:
      return 'z';
    default:
      return 0;
  }
}
inline bool MaybeSmallCapital(uint32_t cp) {
  return (cp >= 0x262 && cp <= 0x29F) || (cp >= 0x1D00 && cp <= 0x1D22) ||
         (cp >= 0xA730 && cp <= 0xA7AF);
}

// The ideographic full stop, which UTS #46 (IDNA mapping) maps to '.' as a label separator:
// "anna＠mail。ru" is an address as a browser or mail client reads it. NFKC folds '．' (U+FF0E)
// to '.' and the half-width '｡' (U+FF61) to this one.
constexpr uint32_t kIdeographicFullStop = 0x3002;

// kMark: a nonspacing or enclosing mark (general category Mn or Me), which goes where it stands on
// a digit or a sign (MarkOnDigitOrSign).
enum : uint8_t { kBoundaryBefore = 1, kFastCopy = 2, kMark = 4 };

// Whether the mark `cp` stands on a digit or on a number's sign or blank: the folded text so far
// ends with an ASCII character that is no letter ("8҉", "7̷", "0̴", "+̸", the invisible Khitan
// filler U+16FE4 after a digit). Styled-text generators put a mark on every character; on a
// letter it may be an accent, which no number has and a word needs, so letters keep theirs.
bool MarkOnDigitOrSign(uint32_t cp, const std::string& text, size_t n) {
  if (n == 0 || (U_GET_GC_MASK(static_cast<UChar32>(cp)) & (U_GC_MN_MASK | U_GC_ME_MASK)) == 0) {
    return false;
  }
  const auto base = static_cast<unsigned char>(text[n - 1]);
  const bool letter = ((base | 0x20) >= 'a' && (base | 0x20) <= 'z') || base == '_';
  return base < 0x80 && !letter;
}

struct CharTables {
  const UNormalizer2* nfkc = nullptr;
  std::unique_ptr<uint8_t[]> bmp;  // kBoundaryBefore | kFastCopy per BMP code point

  uint8_t Compute(uint32_t cp) const {
    if (cp >= 0xD800 && cp <= 0xDFFF) return kBoundaryBefore;
    uint8_t flags = 0;
    if (unorm2_hasBoundaryBefore(nfkc, static_cast<UChar32>(cp))) flags |= kBoundaryBefore;
    UChar buf[2];
    int32_t len = 0;
    if (cp < 0x10000) {
      buf[len++] = static_cast<UChar>(cp);
    } else {
      buf[len++] = static_cast<UChar>(0xD7C0 + (cp >> 10));
      buf[len++] = static_cast<UChar>(0xDC00 | (cp & 0x3FF));
    }
    UErrorCode status = U_ZERO_ERROR;
    const bool yes = unorm2_quickCheck(nfkc, buf, len, &status) == UNORM_YES && U_SUCCESS(status);
    if ((flags & kBoundaryBefore) && yes && !IsIgnorable(cp) && cp != 0x20E3 && cp != 0x1F51F &&
        cp != kIdeographicFullStop && ExplicitDigits(cp) == nullptr &&
        !(MaybeSmallCapital(cp) && SmallCapitalLetter(cp) != 0) && !IsStyleMark(cp) &&
        u_charType(static_cast<UChar32>(cp)) != U_DECIMAL_DIGIT_NUMBER) {
      flags |= kFastCopy;
    }
    if (U_GET_GC_MASK(static_cast<UChar32>(cp)) & (U_GC_MN_MASK | U_GC_ME_MASK)) flags |= kMark;
    return flags;
  }
  uint8_t Flags(uint32_t cp) const { return cp < 0x10000 ? bmp[cp] : Compute(cp); }
};

const CharTables& Tables() {
  static const CharTables tables = [] {
    CharTables t;
    UErrorCode status = U_ZERO_ERROR;
    t.nfkc = unorm2_getNFKCInstance(&status);
    t.bmp = std::make_unique<uint8_t[]>(0x10000);
    for (uint32_t cp = 0; cp < 0x10000; ++cp) t.bmp[cp] = t.Compute(cp);
    return t;
  }();
  return tables;
}

// ---------------------------------------------------------------------------------------------------
// Pass 1: characters

// A style mark dropped, or a small capital written as its letter (IsStyleMark,
// SmallCapitalLetter): whether `cp` was one.
bool FoldStyledLetter(uint32_t cp, uint32_t s, uint32_t e, MappedText& out, TransformLog& log) {
  if (IsStyleMark(cp)) {
    log.Note(kNfkc);
    return true;
  }
  if (!MaybeSmallCapital(cp)) return false;
  const char letter = SmallCapitalLetter(cp);
  if (letter == 0) return false;
  log.Note(kNfkc);
  out.PutCodePoint(static_cast<uint32_t>(letter), s, e);
  return true;
}

void AppendFoldedCodePoint(uint32_t cp, uint32_t s, uint32_t e, MappedText& out,
                           TransformLog& log) {
  if (IsIgnorable(cp)) {
    log.Note(kIgnorable);
    return;
  }
  if (const char* digits = ExplicitDigits(cp)) {
    log.Note(kNfkc);
    out.Put(digits, std::strlen(digits), s, e);
    return;
  }
  if (cp == kIdeographicFullStop) {
    log.Note(kNfkc);
    out.PutCodePoint('.', s, e);
    return;
  }
  if (cp >= 0x262 && FoldStyledLetter(cp, s, e, out, log)) return;
  if (cp >= 0x300 && MarkOnDigitOrSign(cp, out.text, out.n)) {
    log.Note(kNfkc);
    return;
  }
  if (cp >= 0x80 && u_charType(static_cast<UChar32>(cp)) == U_DECIMAL_DIGIT_NUMBER) {
    const int32_t v = u_charDigitValue(static_cast<UChar32>(cp));
    if (v >= 0 && v <= 9) {
      log.Note(kNfkc);
      out.PutCodePoint('0' + static_cast<uint32_t>(v), s, e);
      return;
    }
  }
  out.PutCodePoint(cp, s, e);
}

// A code point an HTML entity wrote, folded as if the text had it: NFKC (a no-break space is a
// space), then AppendFoldedCodePoint (ignorables go, other digits become ASCII).
void AppendEntityCodePoint(uint32_t cp, uint32_t s, uint32_t e, MappedText& out,
                           TransformLog& log) {
  if (cp < 0x80) {
    out.PutCodePoint(cp, s, e);
    return;
  }
  std::array<UChar, 2> in16;
  int32_t in_len = 0;
  if (cp < 0x10000) {
    in16[in_len++] = static_cast<UChar>(cp);
  } else {
    in16[in_len++] = static_cast<UChar>(0xD7C0 + (cp >> 10));
    in16[in_len++] = static_cast<UChar>(0xDC00 | (cp & 0x3FF));
  }
  std::array<UChar, 36> norm16;  // NFKC expands a character to <= 18 units
  UErrorCode status = U_ZERO_ERROR;
  const int32_t norm_len = unorm2_normalize(Tables().nfkc, in16.data(), in_len, norm16.data(),
                                            static_cast<int32_t>(norm16.size()), &status);
  if (U_FAILURE(status)) {
    AppendFoldedCodePoint(cp, s, e, out, log);
    return;
  }
  for (int32_t k = 0; k < norm_len;) {
    uint32_t c = norm16[k++];
    if (c >= 0xD800 && c <= 0xDBFF && k < norm_len && norm16[k] >= 0xDC00 && norm16[k] <= 0xDFFF)
      c = 0x10000 + ((c - 0xD800) << 10) + (norm16[k++] - 0xDC00);
    AppendFoldedCodePoint(c, s, e, out, log);
  }
}

// Brackets of other scripts and of mathematics that ads put around a digit group in place of
// '(' and ')': 〈〉 (U+2329/A), ⟨⟩ (U+27E8/9), the CJK brackets
// 〈〉《》「」『』【】〔〕〖〗〘〙〚〛 (U+3008-U+301B), and the full-width ［］｛｝ (U+FF3B/D,
// U+FF5B/D). Opening ones are even.
// The white square brackets ⟦⟧ (U+27E6/7), double angle brackets ⟪⟫ (U+27EA/B) and white
// parentheses ⦅⦆ (U+2985/6) too.
bool IsOpeningBracket(uint32_t cp) {
  return cp == 0x2329 || cp == 0x27E6 || cp == 0x27E8 || cp == 0x27EA || cp == 0x2985 ||
         cp == 0xFF3B || cp == 0xFF5B || (cp >= 0x3008 && cp <= 0x301B && cp % 2 == 0);
}
bool IsOtherBracket(uint32_t cp) {
  return cp == 0x2329 || cp == 0x232A || (cp >= 0x27E6 && cp <= 0x27EB) || cp == 0x2985 ||
         cp == 0x2986 || (cp >= 0x3008 && cp <= 0x301B && cp != 0x3012 && cp != 0x3013) ||
         cp == 0xFF3B || cp == 0xFF3D || cp == 0xFF5B || cp == 0xFF5D;
}
// Quotation marks that ads put around a digit group as brackets ("«06» ‹13›", "„067“"): « » ‹ ›
// and the double quotes “ ” „. The languages turn them either way (French «06», German »06«,
// „067“), so one before a digit opens and one after a digit closes.
bool IsQuoteBracket(uint32_t cp) {
  return cp == 0xAB || cp == 0xBB || cp == 0x2039 || cp == 0x203A || cp == 0x201C || cp == 0x201D ||
         cp == 0x201E;
}

// Whether the bracket `cp`, whose next character starts at p[next], stands around a digit group:
// an opening one before a digit (ASCII or full-width), a closing one after a digit folded into
// `out`. Elsewhere ("「quote」", "【SALE】") it stays as written.
bool BracketAroundDigits(uint32_t cp, const unsigned char* p, size_t n, size_t next,
                         const MappedText& out) {
  if (!IsOtherBracket(cp)) return false;
  if (!IsOpeningBracket(cp))
    return out.n > 0 && out.text[out.n - 1] >= '0' && out.text[out.n - 1] <= '9';
  if (next >= n) return false;
  if (p[next] >= '0' && p[next] <= '9') return true;
  uint32_t after;
  DecodeUtf8(p + next, n - next, after);
  return after >= 0xFF10 && after <= 0xFF19;
}

// The offset of the closing bracket when the opening bracket of another script whose next
// character starts at p[next] holds one word glued between two pieces of an address, as ads write
// the at and dot words ("gala【punt】blue96【apenstaartje】ziggo", "ilka_kiss84⦅маймунка⦆abv"): the
// folded text so far ends with an ASCII letter, digit or '_', the word is 1 to kMaxBracketedLetters
// letters (any script), and the closing bracket is followed by an ASCII letter or digit. Such
// brackets are read as '(' and ')', as the e-mail reader reads "(at)". 0 when not.
size_t GluedBracketedWordClose(const unsigned char* p, size_t n, size_t next,
                               const MappedText& out) {
  constexpr size_t kMaxBracketedLetters = 16;
  if (out.n == 0) return 0;
  const char before = out.text[out.n - 1];
  if (!((before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') ||
        (before >= '0' && before <= '9') || before == '_')) {
    return 0;
  }
  size_t k = next;
  for (size_t letters = 0; k < n && letters <= kMaxBracketedLetters; ++letters) {
    uint32_t c;
    const size_t len = DecodeUtf8(p + k, n - k, c);
    if (c == kInvalid) return 0;
    if (IsOtherBracket(c) && !IsOpeningBracket(c)) {
      const size_t after = k + len;
      const bool glued = after < n && (((p[after] | 0x20) >= 'a' && (p[after] | 0x20) <= 'z') ||
                                       (p[after] >= '0' && p[after] <= '9'));
      return letters > 0 && glued ? k : 0;
    }
    if (!u_isalpha(static_cast<UChar32>(c))) return 0;
    k += len;
  }
  return 0;
}

// The count a superscript digit writes after a digit, as styled-text generators write "double"
// and "triple" ("5²" for 55, "3³" for 333; "7¹" is the digit once): 1 to 9, or 0 for any other
// code point (and for ⁰).
int SuperscriptCount(uint32_t cp) {
  if (cp == 0xB9) return 1;
  if (cp == 0xB2 || cp == 0xB3) return static_cast<int>(cp - 0xB0);
  if (cp >= 0x2074 && cp <= 0x2079) return static_cast<int>(cp - 0x2070);
  return 0;
}

// Whether the superscript digit p[at, next) counts the digit the folded text so far ends with:
// one superscript alone, glued after a digit written as an ASCII digit (a number written in
// superscripts throughout, "⁰⁶ ⁸⁴ ¹⁹", is digits), that digit one of a number's, whose digits
// before it (over blanks and - . ( )) and after the superscript (the same, in the original) are
// kMinCountedNumberDigits or more. Elsewhere ("10²", "m²") NFKC reads it as a digit.
bool CountsTheDigitBefore(const MappedText& out, const unsigned char* p, size_t n, size_t at,
                          size_t next) {
  constexpr size_t kMinCountedNumberDigits = 7;
  constexpr size_t kMaxReach = 24;
  if (at == 0 || p[at - 1] < '0' || p[at - 1] > '9' || out.n == 0 ||
      out.text[out.n - 1] != static_cast<char>(p[at - 1])) {
    return false;
  }
  if (next < n && p[next] >= 0x80) {
    uint32_t after;
    DecodeUtf8(p + next, n - next, after);
    if (SuperscriptCount(after) > 0 || after == 0x2070) return false;
  }
  const auto in_number = [](unsigned char c) {
    return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')';
  };
  size_t digits = 0;
  for (size_t k = out.n; k > 0 && out.n - k < kMaxReach; --k) {
    const auto c = static_cast<unsigned char>(out.text[k - 1]);
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (!in_number(c)) {
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return false;  // a code's ("A12²")
      break;
    }
  }
  for (size_t k = next; k < n && k - next < kMaxReach; ++k) {
    if (p[k] >= '0' && p[k] <= '9') {
      ++digits;
    } else if (!in_number(p[k])) {
      break;
    }
  }
  return digits >= kMinCountedNumberDigits;
}

// Whether a '[' now opens a form's second field: the folded text so far ends with a printed '@'
// or a field's ']', maybe one blank after it ("[ name ] @ [", "[ES50][").
bool FollowsAFormField(const MappedText& out) {
  size_t k = out.n;
  if (k > 0 && out.text[k - 1] == ' ') --k;
  return k > 0 && (out.text[k - 1] == '@' || out.text[k - 1] == ']');
}

// Whether the folded text so far ends with a digit that is not the tail of a word ("06", "tel
// 06", not "roxy97").
bool EndsWithDigitGroup(const MappedText& out) {
  size_t k = out.n;
  while (k > 0 && out.text[k - 1] >= '0' && out.text[k - 1] <= '9') --k;
  if (k == out.n) return false;
  const char before = k > 0 ? out.text[k - 1] : ' ';
  return !((before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') || before == '_');
}

void FoldCharacters(std::string_view in, MappedText& out, NormalizedText& result,
                    TransformLog& log) {
  const CharTables& tables = Tables();
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const size_t n = in.size();
  out.Reset(n + n / 16 + 16);
  size_t i = 0;
  size_t last_kept_end = 0;         // original offset after the last character that was not dropped
  size_t bracketed_word_close = n;  // the closing bracket of a bracketed word read as '(' … ')'
  while (i < n) {
    size_t ascii = AsciiPrefix(p + i, n - i);
    if (ascii > 0 && i + ascii < n) {
      // The last ASCII character belongs to the next segment when a combining mark follows ("e"
      // U+0301).
      uint32_t next;
      DecodeUtf8(p + i + ascii, n - i - ascii, next);
      if (next != kInvalid && !(tables.Flags(next) & kBoundaryBefore)) --ascii;
    }
    if (ascii > 0) {
      out.PutOneToOne(in.data() + i, ascii, static_cast<uint32_t>(i));
      i += ascii;
      last_kept_end = i;
      continue;
    }
    if (p[i] == '[' || p[i] == '{' || p[i] == '<') {
      out.square_bracket |= p[i] == '[' && FollowsAFormField(out);
      // A bracket: around a digit group it becomes '(' and ')' ("[087] 318-4602").
      if (const size_t bracketed = BracketedDigits(p + i, n - i); bracketed > 0) {
        out.Put("(", 1, static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1));
        out.PutOneToOne(in.data() + i + 1, bracketed - 2, static_cast<uint32_t>(i + 1));
        out.Put(")", 1, static_cast<uint32_t>(i + bracketed - 1),
                static_cast<uint32_t>(i + bracketed));
        log.Note(kSeparator);
        i += bracketed;
      } else {
        out.PutOneToOne(in.data() + i, 1, static_cast<uint32_t>(i));
        ++i;
      }
      last_kept_end = i;
      continue;
    }
    if (p[i] == '&') {
      // An HTML entity: the character it writes, from the whole entity ("giulia&#64;libero.it",
      // "06&nbsp;47"); else the '&' as it is.
      uint32_t decoded = 0;
      const size_t entity = DecodeEntity(p + i, n - i, decoded);
      if (entity > 0) {
        AppendEntityCodePoint(decoded, static_cast<uint32_t>(i), static_cast<uint32_t>(i + entity),
                              out, log);
        log.Note(kEntity);
        i += entity;
      } else {
        out.PutOneToOne(in.data() + i, 1, static_cast<uint32_t>(i));
        ++i;
      }
      last_kept_end = i;
      continue;
    }
    uint32_t cp;
    const size_t len = DecodeUtf8(p + i, n - i, cp);
    const auto s = static_cast<uint32_t>(i), e = static_cast<uint32_t>(i + len);
    if (cp == kInvalid) {
      ++result.invalid_utf8_repaired;
      out.PutCodePoint(0xFFFD, s, e);
      i += len;
      last_kept_end = i;
      continue;
    }
    // Peek at the next code point: a segment continues while it has no boundary before it.
    uint32_t next = 0;
    size_t next_len = 0;
    auto next_has_boundary = [&](size_t at) {
      if (at >= n || p[at] < 0x80) return true;
      next_len = DecodeUtf8(p + at, n - at, next);
      return next == kInvalid || (tables.Flags(next) & kBoundaryBefore) != 0;
    };
    if (IsQuoteBracket(cp)) {
      // "«06» ‹13›", "„067“": a quotation mark closing a digit group, or opening one. Digits glued
      // to a letter are a name's ("roxy97«at»gmail"), not a group.
      const bool closes = EndsWithDigitGroup(out);
      const bool opens = !closes && i + len < n && p[i + len] >= '0' && p[i + len] <= '9';
      if (closes || opens) {
        out.Put(opens ? "(" : ")", 1, s, e);
        log.Note(kSeparator);
        i += len;
        last_kept_end = i;
        continue;
      }
    }
    if (cp >= 0x2329 && IsOtherBracket(cp)) {
      // A word in brackets of another script glued between two pieces of an address
      // ("gala【punt】blue96"): '(' and ')', as the e-mail reader reads "(punt)".
      size_t close = 0;
      if (i == bracketed_word_close ||
          (IsOpeningBracket(cp) && (close = GluedBracketedWordClose(p, n, i + len, out)) > 0)) {
        out.Put(i == bracketed_word_close ? ")" : "(", 1, s, e);
        if (close > 0) bracketed_word_close = close;
        log.Note(kSeparator);
        i += len;
        last_kept_end = i;
        continue;
      }
    }
    if (cp >= 0x2329 && BracketAroundDigits(cp, p, n, i + len, out)) {
      // "【07700】「900」", "⟨0917⟩ 482", "［622］184": the brackets the extractors read.
      out.Put(IsOpeningBracket(cp) ? "(" : ")", 1, s, e);
      log.Note(kSeparator);
      i += len;
      last_kept_end = i;
      continue;
    }
    const uint8_t flags = tables.Flags(cp);
    if ((flags & kFastCopy) && !((flags & kMark) && MarkOnDigitOrSign(cp, out.text, out.n)) &&
        next_has_boundary(i + len)) {
      out.Put(in.data() + i, len, s, e);
      i += len;
      last_kept_end = i;
      continue;
    }
    if (cp ==
        0x20E3) {  // combining enclosing keycap: "5", "5 U+FE0F", "#" ... + U+20E3 -> the base
      if (out.n > 0 && out.SourceOf(out.n - 1).second == last_kept_end && last_kept_end > 0) {
        const char base = out.text[out.n - 1];
        if ((base >= '0' && base <= '9') || base == '#' || base == '*') {
          out.ExtendLastByte(e);
          log.Note(kKeycap);
          i += len;
          last_kept_end = i;
          continue;
        }
      }
    }
    if (cp == 0x1F51F) {  // 🔟 keycap ten
      log.Note(kKeycap);
      out.Put("10", 2, s, e);
      i += len;
      last_kept_end = i;
      continue;
    }
    if (IsIgnorable(cp)) {
      log.Note(kIgnorable);
      out.right_to_left_override |= IsRightToLeftOverride(cp);
      // The whole run of them goes at once (each one looking ahead would be quadratic). Between
      // a letter and a digit it was the only separator ("Tel⁠512⁠345⁠678", a word joiner): a
      // space, so that the number is not glued to the word. Between digits it goes.
      size_t after = i + len;
      while (after < n && p[after] >= 0x80) {
        uint32_t following = 0;
        const size_t following_len = DecodeUtf8(p + after, n - after, following);
        if (following == kInvalid || !IsIgnorable(following)) break;
        out.right_to_left_override |= IsRightToLeftOverride(following);
        after += following_len;
      }
      const auto letter = [](unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
      const auto digit = [](unsigned char c) { return c >= '0' && c <= '9'; };
      if (out.n > 0 && after < n) {
        const auto before = static_cast<unsigned char>(out.text[out.n - 1]);
        if ((letter(before) && digit(p[after])) || (digit(before) && letter(p[after]))) {
          out.Put(" ", 1, s, static_cast<uint32_t>(after));
          last_kept_end = after;
        }
      }
      i = after;
      continue;
    }
    if ((flags & kBoundaryBefore) && next_has_boundary(i + len) &&
        (ExplicitDigits(cp) != nullptr ||
         u_charType(static_cast<UChar32>(cp)) == U_DECIMAL_DIGIT_NUMBER)) {
      AppendFoldedCodePoint(cp, s, e, out, log);
      i += len;
      last_kept_end = i;
      continue;
    }
    if (const int count = cp <= 0x2079 ? SuperscriptCount(cp) : 0;
        count > 0 && CountsTheDigitBefore(out, p, n, i, i + len)) {
      // "079 5²3 69 21": the digit before written once more for each count above one.
      std::array<char, 8> repeats;
      repeats.fill(out.text[out.n - 1]);
      if (count > 1) out.Put(repeats.data(), static_cast<size_t>(count - 1), s, e);
      log.Note(kNfkc);
      i += len;
      last_kept_end = i;
      continue;
    }
    // NFKC on one segment: this code point and the following ones without a boundary before them.
    std::array<UChar, 2 * kMaxSegmentCodePoints> seg16;
    int32_t seg_len = 0;
    size_t j = i;
    size_t count = 0;
    while (true) {
      uint32_t c;
      const size_t l = DecodeUtf8(p + j, n - j, c);
      if (c < 0x10000) {
        seg16[seg_len++] = static_cast<UChar>(c);
      } else {
        seg16[seg_len++] = static_cast<UChar>(0xD7C0 + (c >> 10));
        seg16[seg_len++] = static_cast<UChar>(0xDC00 | (c & 0x3FF));
      }
      j += l;
      ++count;
      if (count >= kMaxSegmentCodePoints || j >= n || p[j] < 0x80) break;
      uint32_t c2;
      DecodeUtf8(p + j, n - j, c2);
      if (c2 == kInvalid || (tables.Flags(c2) & kBoundaryBefore)) break;
    }
    std::array<UChar, 18 * 2 * kMaxSegmentCodePoints>
        norm16;  // NFKC expands a character to <= 18 units
    UErrorCode status = U_ZERO_ERROR;
    int32_t norm_len = unorm2_normalize(tables.nfkc, seg16.data(), seg_len, norm16.data(),
                                        static_cast<int32_t>(norm16.size()), &status);
    const auto seg_s = static_cast<uint32_t>(i), seg_e = static_cast<uint32_t>(j);
    const size_t before = out.n;
    if (U_FAILURE(status)) {  // cannot happen with the bound above; keep the text as it was
      std::copy(seg16.begin(), seg16.begin() + seg_len, norm16.begin());
      norm_len = seg_len;
    }
    for (int32_t k = 0; k < norm_len;) {
      uint32_t c = norm16[k++];
      if (c >= 0xD800 && c <= 0xDBFF && k < norm_len && norm16[k] >= 0xDC00 &&
          norm16[k] <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (norm16[k++] - 0xDC00);
      }
      AppendFoldedCodePoint(c, seg_s, seg_e, out, log);
    }
    if (out.n - before != j - i || std::memcmp(out.text.data() + before, p + i, j - i) != 0)
      log.Note(kNfkc);
    i = j;
    last_kept_end = i;
  }
}

// The runs of a text folded from `shown` (the display-order text of ToDisplayOrder) rewritten over
// the original bytes `blocks` say it shows: a folded byte from a straight block keeps its own
// original byte, one from a turned block comes from the block's whole range (display_order.h).
// Both maps never go backwards, so neither does the result. Linear in runs and blocks.
void MapThroughBlocks(const std::vector<MapRun>& runs, size_t folded_size,
                      std::span<const DisplayBlock> blocks, size_t shown_size,
                      std::vector<MapRun>& out) {
  out.clear();
  // The block holding a shown offset (a binary search: O(log blocks)).
  const auto block_at = [&](uint32_t shown) {
    const auto it = std::upper_bound(
        blocks.begin(), blocks.end(), shown,
        [](uint32_t v, const DisplayBlock& block) { return v < block.shown_begin; });
    return static_cast<size_t>(it - blocks.begin()) - 1;
  };
  const auto block_end = [&](size_t k) {
    return k + 1 < blocks.size() ? blocks[k + 1].shown_begin : static_cast<uint32_t>(shown_size);
  };
  for (size_t r = 0; r < runs.size(); ++r) {
    const MapRun& run = runs[r];
    const uint32_t folded_end =
        r + 1 < runs.size() ? runs[r + 1].folded_begin : static_cast<uint32_t>(folded_size);
    if (run.original_end != kOneToOne) {
      // A range of shown bytes: from the start of its first byte's source to the end of its last.
      const DisplayBlock& first = blocks[block_at(run.original_begin)];
      const DisplayBlock& last = blocks[block_at(run.original_end - 1)];
      const uint32_t s = first.straight
                             ? first.original_begin + (run.original_begin - first.shown_begin)
                             : first.original_begin;
      const uint32_t e = last.straight ? last.original_begin + (run.original_end - last.shown_begin)
                                       : last.original_end;
      SourceMapBuilder::Append(out, run.folded_begin, s, e);
      continue;
    }
    // Copied bytes: one piece per block they cross.
    uint32_t shown = run.original_begin;
    for (uint32_t at = run.folded_begin; at < folded_end;) {
      const size_t k = block_at(shown);
      const DisplayBlock& block = blocks[k];
      const uint32_t piece = std::min(folded_end - at, block_end(k) - shown);
      if (block.straight) {
        SourceMapBuilder::Append(out, at, block.original_begin + (shown - block.shown_begin),
                                 kOneToOne);
      } else {
        SourceMapBuilder::Append(out, at, block.original_begin, block.original_end);
      }
      at += piece;
      shown += piece;
    }
  }
}

// Folds `original` again in the order a reader sees it, when FoldCharacters dropped a
// right-to-left override: a number or an address stored backwards inside one is read the right
// way round (display_order.h). The map still points at the original bytes.
void FoldInDisplayOrder(std::string_view original, MappedText& pass1, NormalizedText& result,
                        TransformLog& log) {
  thread_local std::string shown;
  thread_local std::vector<DisplayBlock> blocks;
  thread_local std::vector<MapRun> composed;
  if (!ToDisplayOrder(original, shown, blocks)) return;
  // The invalid sequences of the original were counted by the first fold (the shown text writes
  // those of turned stretches repaired already).
  const int repaired = result.invalid_utf8_repaired;
  FoldCharacters(shown, pass1, result, log);
  result.invalid_utf8_repaired = repaired;
  log.Note(kDisplayOrder);
  if (pass1.n == 0) {
    pass1.runs.clear();
    return;
  }
  MapThroughBlocks(pass1.runs, pass1.n, blocks, shown.size(), composed);
  std::swap(pass1.runs, composed);
}

// ---------------------------------------------------------------------------------------------------
// Number-word lexicon (built once, immutable afterwards)

// Appends the matching form of one letter of a word: lower case, accents dropped (Latin), ё as е,
// apostrophes and combining marks dropped. Keys of the lexicon and of the text are built alike.
void AppendKeyChar(uint32_t cp, std::string& key) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') cp += 32;
    if (cp == '\'' || cp == '`') return;
    key.push_back(static_cast<char>(cp));
    return;
  }
  // Latin-1 Supplement and Latin Extended-A letters to their base letter.
  static constexpr std::string_view kLatin1 =  // U+00C0..U+00FF
      "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
      "aaaaaaaceeeeiiiidnooooo*ouuuuyty";
  static constexpr std::string_view kLatinA =  // U+0100..U+017F
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjjjkkkllllllllllnnnnnnnnnoooooooo"
      "rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  static_assert(kLatin1.size() == 64);
  static_assert(kLatinA.size() == 128);
  if (cp == 0xDF) {
    key += "ss";
    return;
  }
  if (cp >= 0xC0 && cp <= 0xFF) {
    key.push_back(kLatin1[cp - 0xC0]);
    return;
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    key.push_back(kLatinA[cp - 0x100]);
    return;
  }
  if (cp >= 0x218 && cp <= 0x21B) {  // Ș ș Ț ț (comma below, Romanian)
    key.push_back(cp < 0x21A ? 's' : 't');
    return;
  }
  if ((cp >= 0x300 && cp <= 0x36F) || cp == 0x2019 || cp == 0x2BC || cp == 0x2018 || cp == 0x2032)
    return;
  if (cp >= 0x410 && cp <= 0x42F)
    cp += 0x20;
  else if (cp >= 0x400 && cp <= 0x40F)
    cp += 0x50;
  else if (cp >= 0x490 && cp <= 0x4FF && (cp & 1) == 0)
    cp += 1;
  else if (cp >= 0x391 && cp <= 0x3A9)
    cp += 0x20;
  if (cp == 0x451) cp = 0x435;  // ё -> е
  char buf[4];
  key.append(buf, EncodeUtf8(cp, buf));
}

std::string KeyOf(std::string_view word) {
  std::string key;
  const auto* p = reinterpret_cast<const unsigned char*>(word.data());
  for (size_t i = 0; i < word.size();) {
    uint32_t cp;
    i += DecodeUtf8(p + i, word.size() - i, cp);
    if (cp != kInvalid) AppendKeyChar(cp, key);
  }
  return key;
}

// A key with each letter written twice or more in a row written once ("ummm" -> "um", "ääähm" ->
// "ahm", "эээ" -> "э"): a filler is drawn out as it is said. Sets `letters` to the letters left.
std::string SqueezedKey(std::string_view key, size_t& letters) {
  std::string out;
  letters = 0;
  std::string_view last;
  for (size_t i = 0; i < key.size();) {
    const auto lead = static_cast<unsigned char>(key[i]);
    const size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    const std::string_view letter = key.substr(i, len);
    if (letter != last) {
      out.append(letter);
      ++letters;
    }
    last = letter;
    i += len;
  }
  return out;
}

inline uint64_t HashKey(std::string_view key) {
  uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a
  for (unsigned char c : key) h = (h ^ c) * 0x100000001b3ull;
  return h ^ (h >> 29);
}

// ASCII letters that LookalikeDigit() maps to a digit.
constexpr std::array<bool, 128> MakeAsciiLookalikes() {
  std::array<bool, 128> t{};
  for (char c : std::string_view("OoIl")) t[static_cast<unsigned char>(c)] = true;
  return t;
}
constexpr std::array<bool, 128> kAsciiLookalike = MakeAsciiLookalikes();
// A longer word of look-alike letters ("Illinois") is a word, not a disguised number.
constexpr size_t kMaxLookalikeLetters = 8;
// The fewest letters of two number words glued together ("unsix", "zesnul"): shorter ASCII words
// glued to a digit are not split.
constexpr size_t kMinGluedWordsLength = 5;

// Letters that stand for a digit only as a letter alone before a digit: S for 5, B for 8, Z for 2
// ("0722 l23 4S6", "6Ol 234 S67"). Words of prose are full of them, so unlike O, I and l they are
// never read in a word of letters (GluedWeakLookalike).
constexpr char WeakLookalikeDigit(unsigned char c) {
  switch (c) {
    case 'S':
    case 's':
      return '5';
    case 'B':
      return '8';
    case 'Z':
    case 'z':
      return '2';
    default:
      return 0;
  }
}
constexpr bool IsAsciiDigit(unsigned char c) {
  return c >= '0' && c <= '9';
}
constexpr bool IsAsciiAlnum(unsigned char c) {
  return IsAsciiDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}
// Whether the token starting at p[start] follows a '%': a URL escape's hex digits (the '+' of a
// link, "tel:%2B353%2087…"), whose letters are no look-alikes whatever digits follow them.
bool IsAfterPercentSign(const unsigned char* p, size_t start) {
  return start > 0 && p[start - 1] == '%';
}
// The digit the weak look-alike p[at] stands for, or 0: it must be a letter alone glued to the
// digit after it, in a token of letters and digits ("4S6", "S67") of at most kMaxLookalikeLetters
// bytes whose other bytes are digits or O, I, l. Longer tokens ("0x5B3a…", a wallet address, a
// reference) keep their letters.
[[gnu::noinline]] char GluedWeakLookalike(const unsigned char* p, size_t n, size_t at) {
  const char digit = WeakLookalikeDigit(p[at]);
  if (digit == 0) return 0;
  // Before a digit: a letter after a group is a size or a flat ("75B", "12B").
  if (!(at + 1 < n && IsAsciiDigit(p[at + 1]))) return 0;
  size_t start = at, end = at + 1;
  while (start > 0 && at - start <= kMaxLookalikeLetters && IsAsciiAlnum(p[start - 1])) --start;
  while (end < n && end - at <= kMaxLookalikeLetters && IsAsciiAlnum(p[end])) ++end;
  if (end - start > kMaxLookalikeLetters) return 0;
  if (IsAfterPercentSign(p, start)) return 0;
  for (size_t k = start; k < end; ++k) {
    if (k != at && !IsAsciiDigit(p[k]) && !kAsciiLookalike[p[k]]) return 0;
  }
  return digit;
}

// A digit misread inside a long run of digits, as OCR reads a screenshot's number
// ("+49176284S9137", "+4BSOI234S67", "+3161234567B"): the word p[at, end) is made of look-alike
// letters (O o I l, and S for 5, B for 8), comes after a digit, and the token of letters and
// digits around it (at most kMaxDigitTokenBytes, a '+' before it allowed) holds at least
// kMinDigitTokenDigits digits, more digits than letters, at most kMaxDigitTokenWeak of S and B,
// and no other letter. A token that ends in S or B after its digits needs one more digit than a
// Spanish DNI's eight ("61234567S" stays), or a '+' before it. Returns the digits the word stands
// for, or "".
constexpr size_t kMaxDigitTokenBytes = 20;
constexpr size_t kMinDigitTokenDigits = 6;
constexpr size_t kMaxDigitTokenWeak = 4;
constexpr char DigitTokenLookalike(unsigned char c) {
  switch (c) {
    case 'O':
    case 'o':
      return '0';
    case 'I':
    case 'l':
      return '1';
    case 'S':
      return '5';
    case 'B':
      return '8';
    default:
      return 0;
  }
}
[[gnu::noinline]] std::string DigitTokenWord(const unsigned char* p, size_t n, size_t at,
                                             size_t end) {
  if (end <= at || end - at > kMaxLookalikeLetters) return {};
  // After a digit: letters opening a token are a code's ("SB1234567").
  if (!(at > 0 && IsAsciiDigit(p[at - 1]))) return {};
  // The word first: most words after a digit are units ("5min", "24h", "10am").
  for (size_t k = at; k < end; ++k) {
    if (DigitTokenLookalike(p[k]) == 0) return {};
  }
  size_t start = at, stop = end;
  while (start > 0 && stop - start <= kMaxDigitTokenBytes && IsAsciiAlnum(p[start - 1])) --start;
  while (stop < n && stop - start <= kMaxDigitTokenBytes && IsAsciiAlnum(p[stop])) ++stop;
  if (stop - start > kMaxDigitTokenBytes) return {};
  // Glued to a letter or another token's mark: a code or an address, not a number.
  // Nor one after a '%' ("%2B4071…" is a link's encoded '+'), '&', '#' or '='.
  if (start > 0 &&
      (p[start - 1] == '_' || p[start - 1] == '-' || p[start - 1] == '/' || p[start - 1] == '.' ||
       p[start - 1] == '@' || p[start - 1] == '%' || p[start - 1] == '&' || p[start - 1] == '#' ||
       p[start - 1] == '=' || p[start - 1] >= 0x80)) {
    return {};
  }
  // A Cyrillic or Greek O may close the token ("+79I6284S67О"); another character of a word
  // glued after it makes it a word.
  const bool o_after =
      stop + 1 < n && ((p[stop] == 0xD0 && (p[stop + 1] == 0x9E || p[stop + 1] == 0xBE)) ||
                       (p[stop] == 0xCE && (p[stop + 1] == 0x9F || p[stop + 1] == 0xBF)));
  if (stop < n && (p[stop] == '_' || p[stop] == '@' || (p[stop] >= 0x80 && !o_after))) return {};
  size_t digits = 0, letters = 0, weak = 0;
  for (size_t k = start; k < stop; ++k) {
    if (IsAsciiDigit(p[k])) {
      ++digits;
      continue;
    }
    const char d = DigitTokenLookalike(p[k]);
    if (d == 0) return {};
    ++letters;
    weak += static_cast<size_t>(d == '5' || d == '8');
  }
  if (digits < kMinDigitTokenDigits || letters >= digits || weak > kMaxDigitTokenWeak ||
      weak == 0) {
    return {};
  }
  // A letter closing the token after its digits: a check letter (DNI "61234567S") unless the
  // digits are too many for one.
  // (A number written with '+' is none.)
  if (!IsAsciiDigit(p[stop - 1]) && digits < 9 && !(start > 0 && p[start - 1] == '+')) return {};
  std::string out;
  for (size_t k = at; k < end; ++k) out.push_back(DigitTokenLookalike(p[k]));
  return out;
}

// A digit misread in a contact card's number as OCR reads a screenshot: the number alone on its
// line under the card's label ("mobile", "Handy", "мобильный") or over its buttons ("FaceTime
// WhatsApp"), its groups oddly spaced ("(4l6) SS5-0188", "912 34S 678", "0BS |23 4S67"). The word
// p[at, end) is one to kMaxCardWordLetters look-alike letters with S or B among them (O, I and l
// alone are read elsewhere), glued to a digit or holding a look-alike of 0 or 1; its line holds
// nothing but digits, look-alikes (O o I l S B '|' and a Cyrillic О), spaces and + ( ) - . (at most
// kMaxCardLineBytes), at least kMinCardLineDigits digits and kMinCardLineCharacters digits and
// look-alikes, fewer letters than digits and at most kMaxDigitTokenWeak of S and B. Returns the
// digits the word stands for, or
// "".
constexpr size_t kMaxCardWordLetters = 4;
constexpr size_t kMaxCardLineBytes = 32;
constexpr size_t kMinCardLineDigits = 5;
constexpr size_t kMinCardLineCharacters = 9;  // digits and look-alikes: a number's length
constexpr size_t kMaxCardLabelBytes = 24;

bool IsCyrillicO(const unsigned char* p, size_t n, size_t k) {
  return k + 1 < n && p[k] == 0xD0 && (p[k + 1] == 0x9E || p[k + 1] == 0xBE);
}

// Whether the line [start, end) is a contact card's label: one or two words of letters, at most
// kMaxCardLabelBytes ("mobile", "Handy", "телефон", "iPhone"), maybe closed by a colon.
bool IsCardLabelLine(const unsigned char* p, size_t start, size_t end) {
  while (start < end && (p[start] == ' ' || p[start] == '\t')) ++start;
  while (end > start && (p[end - 1] == ' ' || p[end - 1] == '\r' || p[end - 1] == ':')) --end;
  if (end == start || end - start > kMaxCardLabelBytes) return false;
  size_t spaces = 0;
  for (size_t k = start; k < end; ++k) {
    if (p[k] == ' ') {
      ++spaces;
    } else if (p[k] < 0x80 && !((p[k] | 0x20) >= 'a' && (p[k] | 0x20) <= 'z')) {
      return false;
    }
  }
  return spaces <= 1;
}

// Whether the line [start, end) shows a contact card's buttons ("FaceTime WhatsApp", "message").
bool IsCardButtonsLine(const unsigned char* p, size_t start, size_t end) {
  const std::string_view line(reinterpret_cast<const char*>(p + start), end - start);
  for (const std::string_view button : {"FaceTime", "WhatsApp", "message", "Message"}) {
    if (line.find(button) != std::string_view::npos) return true;
  }
  return false;
}

[[gnu::noinline]] std::string CardLineWord(const unsigned char* p, size_t n, size_t at,
                                           size_t end) {
  if (end <= at || end - at > 2 * kMaxCardWordLetters) return {};
  std::string out;
  bool weak = false, strong = false;
  for (size_t k = at; k < end; ++k) {
    if (IsCyrillicO(p, n, k)) {
      out.push_back('0');
      strong = true;
      ++k;
      continue;
    }
    const char d = DigitTokenLookalike(p[k]);
    if (d == 0) return {};
    out.push_back(d);
    weak |= d == '5' || d == '8';
    strong |= d == '0' || d == '1';
  }
  if (!weak || out.size() > kMaxCardWordLetters) return {};
  // Glued to a digit, or a digit's look-alike in the word itself ("ОBB 123 4567").
  if (!(at > 0 && IsAsciiDigit(p[at - 1])) && !(end < n && IsAsciiDigit(p[end])) && !strong) {
    return {};
  }
  size_t start = at, stop = end;
  while (start > 0 && p[start - 1] != '\n' && end - start <= kMaxCardLineBytes) --start;
  while (stop < n && p[stop] != '\n' && stop - start <= kMaxCardLineBytes) ++stop;
  if (stop - start > kMaxCardLineBytes) return {};
  size_t digits = 0, letters = 0, weak_count = 0, weak_ends = 0;
  for (size_t k = start; k < stop; ++k) {
    const unsigned char c = p[k];
    if (IsAsciiDigit(c)) {
      ++digits;
    } else if (const char d = DigitTokenLookalike(c); d != 0 || c == '|') {
      ++letters;
      const bool is_weak = d == '5' || d == '8';
      weak_count += static_cast<size_t>(is_weak);
      // Groups closed by S or B: a list of sizes ("36B 75B 80B") when more than one.
      weak_ends += static_cast<size_t>(is_weak && (k + 1 == stop || !IsAsciiAlnum(p[k + 1])));
    } else if (IsCyrillicO(p, n, k)) {
      ++letters;
      ++k;
    } else if (c != ' ' && c != '\t' && c != '\r' && c != '+' && c != '(' && c != ')' && c != '-' &&
               c != '.') {
      return {};
    }
  }
  if (digits < kMinCardLineDigits || digits + letters < kMinCardLineCharacters ||
      letters >= digits || weak_count > kMaxDigitTokenWeak || weak_ends > 1) {
    return {};
  }
  // Letters closing the line's first group are a size ("75B 60 90") unless the line opens as a
  // number does (0, O, '+', a bracket); letters closing a line of one token after fewer than nine
  // digits a check letter (a DNI's "61234567S").
  const bool closes_group = !(end < n && IsAsciiDigit(p[end]));
  if (closes_group) {
    size_t first = start;
    while (first < at && (p[first] == ' ' || p[first] == '\t')) ++first;
    bool first_group = true;
    for (size_t k = first; k < at; ++k) first_group &= p[k] != ' ' && p[k] != '-' && p[k] != ')';
    if (first_group && p[first] != '0' && p[first] != 'O' && p[first] != 'o' && p[first] != '+' &&
        p[first] != '(' && !IsCyrillicO(p, n, first)) {
      return {};
    }
    size_t rest = end;
    while (rest < stop && (p[rest] == ' ' || p[rest] == '\r')) ++rest;
    if (first_group && rest == stop && digits < 9 && IsAsciiDigit(p[first])) return {};
  }
  // The card's label on the line above, or its buttons on the line below.
  bool card = false;
  if (start > 0) {
    size_t above = start - 1;
    while (above > 0 && p[above - 1] != '\n' && start - above <= kMaxCardLabelBytes + 4) --above;
    card = (above == 0 || p[above - 1] == '\n') && IsCardLabelLine(p, above, start - 1);
  }
  if (!card && stop < n) {
    size_t below = stop + 1;
    while (below < n && p[below] != '\n' && below - stop <= 48) ++below;
    card = IsCardButtonsLine(p, stop + 1, below);
  }
  if (!card) return {};
  return out;
}

// Whether the word p[at, end) is a digit misread by OCR (DigitTokenWord, CardLineWord): the
// prose skipper's test, kept out of its loop (rarely called; inlined there it cost the loop).
[[gnu::noinline]] bool IsOcrDigitWord(const unsigned char* p, size_t n, size_t at, size_t end) {
  return !DigitTokenWord(p, n, at, end).empty() || !CardLineWord(p, n, at, end).empty();
}

// The digit the weak look-alike p[at] stands for when it closes a group of digits ("384 92S"), or
// 0: a letter alone glued after a digit, ending a token of letters and digits of at most
// kMaxLookalikeLetters bytes whose other bytes are digits or O, I, l. Only the shape: a letter
// after digits is often a size or a flat ("75B", "12B"), so RunFolder reads it as a digit only
// where it closes a later group of a phone-like run (ClosesALaterGroup).
[[gnu::noinline]] char TrailingWeakLookalike(const unsigned char* p, size_t n, size_t at) {
  const char digit = WeakLookalikeDigit(p[at]);
  if (digit == 0 || at == 0 || !IsAsciiDigit(p[at - 1])) return 0;
  if (at + 1 < n && (IsAsciiAlnum(p[at + 1]) || p[at + 1] == '_' || p[at + 1] == '\'')) return 0;
  size_t start = at;
  while (start > 0 && at - start <= kMaxLookalikeLetters && IsAsciiAlnum(p[start - 1])) --start;
  if (at + 1 - start > kMaxLookalikeLetters) return 0;
  for (size_t k = start; k < at; ++k) {
    if (!IsAsciiDigit(p[k]) && !kAsciiLookalike[p[k]]) return 0;
  }
  return digit;
}

struct LexiconEntry {
  std::string key;
  std::string digits;
  NumberWordKind kind = NumberWordKind::kValue;
  uint32_t languages = 0;  // bit per index in AllNumberWords()
};

constexpr size_t kMaxKeyBytes = 72;  // long enough for six number words glued together
// Bytes of the longest word looked up as a filler ("ääähmmm" drawn out further is no filler).
// (A transcript's mark in Cyrillic letters, "неразборчиво", takes 24.)
constexpr size_t kMaxFillerKeyBytes = 24;

// A hash of the ASCII word w[0, len) (letters only) as a lexicon key, i.e. lower-cased: eight
// letters per multiply, where HashKey() needs one per letter. `readable` bytes from w may be read
// (readable >= len); the bytes after the word do not count.
inline uint64_t AsciiWordChunk(const unsigned char* w, size_t count, size_t readable) {
  uint64_t chunk = 0;
  if (readable >= 8) {
    std::memcpy(&chunk, w, 8);
  } else {
    std::memcpy(&chunk, w, std::min<size_t>(count, readable));
  }
  if constexpr (std::endian::native == std::endian::big) chunk = __builtin_bswap64(chunk);
  const uint64_t mask = count >= 8 ? ~0ull : (1ull << (8 * count)) - 1;
  return (chunk | 0x2020202020202020ull) & mask;  // | 0x20 lower-cases an ASCII letter
}
inline uint64_t AsciiWordHash(const unsigned char* w, size_t len, size_t readable) {
  constexpr uint64_t kMultiplier = 0xFF51AFD7ED558CCDull;
  uint64_t h = (len * 0x9E3779B97F4A7C15ull ^ AsciiWordChunk(w, len, readable)) * kMultiplier;
  for (size_t k = 8; k < len; k += 8) {
    h = (h ^ AsciiWordChunk(w + k, len - k, readable - k)) * kMultiplier;
  }
  return h;
}

// The 512 Kbit filter of ASCII keys is indexed by the top 19 bits of their AsciiWordHash(): about
// 4 000 keys (the hundreds glued to tens of de, nl and it are most of them) leave it under 1% full,
// so that few words of prose pass it.
constexpr int kAsciiFilterShift = 45;
constexpr size_t kAsciiFilterWords = size_t{1} << (64 - kAsciiFilterShift - 6);
inline bool AsciiFilterHas(const uint64_t* filter, uint64_t hash) {
  const uint64_t bit = hash >> kAsciiFilterShift;
  return (filter[bit >> 6] >> (bit & 63)) & 1;
}

// The bit of an ASCII word's shape: its first, second and last letters, either case, and its
// length (16 and more share one), hashed to kAsciiShapeBits bits. Three loads and a few
// operations, where AsciiWordHash() costs about fifteen. (With the first and last letters and the
// length alone, a quarter of the tested words of the bench corpus passed: "the" has the shape of
// Italian "tre", and each passing word cost a mispredicted branch and a hash. With the second
// letter, one in eighteen pass.)
constexpr int kAsciiShapeBits = 16;
inline size_t AsciiShapeIndex(unsigned char first, unsigned char second, unsigned char last,
                              size_t len) {
  const uint32_t shape = (uint32_t{first} & 31) << 14 | (uint32_t{second} & 31) << 9 |
                         (uint32_t{last} & 31) << 4 |
                         static_cast<uint32_t>(std::min<size_t>(len, 15));
  return (shape * 0x9E3779B1u) >> (32 - kAsciiShapeBits);
}
inline bool AsciiShapeHas(const uint64_t* shapes, const unsigned char* w, size_t len) {
  const size_t bit = AsciiShapeIndex(w[0], w[len > 1 ? 1 : 0], w[len - 1], len);
  return (shapes[bit >> 6] >> (bit & 63)) & 1;
}

constexpr uint64_t kKeyFilterMask = (uint64_t{1} << 18) - 1;
constexpr size_t kKeyFilterWords = (kKeyFilterMask + 1) / 64;

struct Lexicon {
  std::vector<LexiconEntry> entries;
  std::vector<int32_t> slots;  // open addressing on HashKey, -1 empty
  // 256 Kbit: one bit per hash (its low 18 bits), rejects most prose words at once.
  std::array<uint64_t, kKeyFilterWords> filter{};
  uint32_t all_languages = 0;
  // The keys made of ASCII letters only, by AsciiWordHash(): one probe tells whether an ASCII word
  // of prose may be a number word.
  std::array<uint64_t, kAsciiFilterWords> ascii_filter{};
  size_t max_ascii_key = 0;  // the longest of those keys
  // The shapes (AsciiShapeIndex) of those keys and of every word of look-alike letters short
  // enough to be one (kMaxLookalikeLetters): most words of prose have none of them, which rejects
  // them before they are hashed (8 KB).
  std::array<uint64_t, (size_t{1} << kAsciiShapeBits) / 64> ascii_shapes{};
  // The fewest words a phone-like run of words alone (no digit, '|', symbol or other non-ASCII
  // character) needs to fold. Such a run folds with kMinRunDigits digits or more. A word yields
  // at most max_word_digits of them: a value or "oh" its digits, a multiplier with its target at
  // most max_word_digits each (its count, then the target's digits less one). Look-alike words
  // count only between two other items (glued to a digit is impossible without digits: two words
  // in a row have a separator between them). So ceil(kMinRunDigits / max_word_digits) words, and
  // never more than 3.
  size_t min_run_words = 1;

  void Add(std::string key, std::string digits, NumberWordKind kind, uint32_t lang_bit) {
    // Same word in two languages: one entry (the first meaning wins).
    const auto [it, added] = index_while_built.try_emplace(key, entries.size());
    if (!added) {
      entries[it->second].languages |= lang_bit;
      return;
    }
    entries.push_back({std::move(key), std::move(digits), kind, lang_bit});
  }
  // Hundreds glued to what follows them below 100, for a language that writes them so
  // (LanguageNumberWords::hundreds_glued): every hundreds word of the language ("hundert",
  // "zweihundert", "trecento") with every one of its words below 100, generated compounds
  // included ("siebzig", "siebenundsechzig", "dodici"). Italian drops the final o of cento before
  // an o ("centottanta"); both spellings are kept. A language's joiner between them
  // (LanguageNumberWords::hundreds_joiner) gives a second spelling ("hundertundfünfzehn").
  void AddGluedHundreds(uint32_t lang_bit, std::string_view joiner) {
    std::vector<std::pair<std::string, char>> hundreds;      // key, hundreds digit
    std::vector<std::pair<std::string, std::string>> below;  // key, two digits
    for (const LexiconEntry& e : entries) {
      if ((e.languages & lang_bit) == 0) continue;
      if (e.kind == NumberWordKind::kHundred) hundreds.emplace_back(e.key, '1');
      if (e.kind != NumberWordKind::kValue) continue;
      if (e.digits.size() == 3 && e.digits[0] != '0' && e.digits.ends_with("00")) {
        hundreds.emplace_back(e.key, e.digits[0]);
      } else if (e.digits.size() == 2 && e.digits[0] != '0') {
        below.emplace_back(e.key, e.digits);
      } else if (e.digits.size() == 1 && e.digits[0] != '0') {
        below.emplace_back(e.key, "0" + e.digits);
      }
    }
    for (const auto& [hundred, h] : hundreds) {
      for (const auto& [rest, digits] : below) {
        Add(hundred + rest, h + digits, NumberWordKind::kValue, lang_bit);
        if (!joiner.empty()) {
          Add(hundred + std::string(joiner) + rest, h + digits, NumberWordKind::kValue, lang_bit);
        }
        if (hundred.ends_with('o') && rest.starts_with('o')) {
          Add(hundred.substr(0, hundred.size() - 1) + rest, h + digits, NumberWordKind::kValue,
              lang_bit);
        }
      }
    }
  }
  std::vector<size_t> ascii_connectors;  // entries of ASCII connectors, not in the filters
  // Fillers (NumberWordKind::kFiller), apart from the entries: looked up only for a word inside an
  // open run that is no number word of the text's languages.
  struct Filler {
    std::string squeezed;  // SqueezedKey() of the listed word
    bool one_letter;  // the listed word is one letter ("э"): else a letter alone only drawn out
    uint32_t languages;
  };
  std::vector<Filler> fillers;
  void AddFiller(const std::string& key, uint32_t lang_bit) {
    size_t letters = 0;
    std::string squeezed = SqueezedKey(key, letters);
    const bool one_letter = key.size() == squeezed.size() && letters == 1;
    for (Filler& f : fillers) {
      if (f.squeezed == squeezed && f.one_letter == one_letter) {
        f.languages |= lang_bit;
        return;
      }
    }
    fillers.push_back({std::move(squeezed), one_letter, lang_bit});
  }
  // Whether the word with key `key` is a filler of a language in `mask`: the same letters as a
  // listed filler once each drawn-out letter is written once ("ummm", "эээ"), and one letter alone
  // only where a filler is that letter ("э", not "y" for "yyy").
  bool IsFiller(std::string_view key, uint32_t mask) const {
    if (key.size() > kMaxFillerKeyBytes) return false;
    size_t letters = 0;
    const std::string squeezed = SqueezedKey(key, letters);
    const bool alone = letters == 1 && squeezed.size() == key.size();
    for (const Filler& f : fillers) {
      if ((f.languages & mask) != 0 && f.squeezed == squeezed && (!alone || f.one_letter)) {
        return true;
      }
    }
    return false;
  }
  // Homophones of a digit (NumberWordKind::kHomophone), apart from the entries as fillers are:
  // looked up only for a word inside an open run.
  struct Homophone {
    std::string key;
    char digit;
    uint32_t languages;
  };
  std::vector<Homophone> homophones;
  // Corrections (NumberWordKind::kCorrection): keys and languages, looked up as fillers are.
  std::vector<std::pair<std::string, uint32_t>> corrections;
  bool IsCorrection(std::string_view key, uint32_t mask) const {
    for (const auto& [correction, languages] : corrections) {
      if ((languages & mask) != 0 && correction == key) return true;
    }
    return false;
  }
  // The digit the word with key `key` sounds as in a language of `mask`, or 0.
  char HomophoneDigit(std::string_view key, uint32_t mask) const {
    for (const Homophone& h : homophones) {
      if ((h.languages & mask) != 0 && h.key == key) return h.digit;
    }
    return 0;
  }
  std::unordered_map<std::string, size_t> index_while_built;  // key -> entry, emptied when built
  // False for most words that are not in the lexicon; true for every word that is.
  bool MayContain(uint64_t h) const {
    const uint64_t bit = h & kKeyFilterMask;
    return (filter[bit >> 6] & (1ull << (bit & 63))) != 0;
  }
  // False for most ASCII words w[0, len) (see AsciiWordHash()) that are not keys; true for every
  // one that is.
  bool MayContainAsciiWord(const unsigned char* w, size_t len, size_t readable) const {
    if (len > max_ascii_key) return false;
    return AsciiFilterHas(ascii_filter.data(), AsciiWordHash(w, len, readable));
  }
  // The entry of the ASCII connector w[0, len) ("and", "et", "y"), or nullptr.
  const LexiconEntry* FindAsciiConnector(const unsigned char* w, size_t len) const {
    for (const size_t idx : ascii_connectors) {
      const std::string& key = entries[idx].key;
      if (key.size() == len && std::equal(key.begin(), key.end(), w, [](char k, unsigned char c) {
            return k == static_cast<char>(c | 0x20);
          })) {
        return &entries[idx];
      }
    }
    return nullptr;
  }
  void AddShape(unsigned char first, unsigned char second, unsigned char last, size_t len) {
    const size_t bit = AsciiShapeIndex(first, second, last, len);
    ascii_shapes[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  const LexiconEntry* Find(std::string_view key, uint64_t h) const {
    if (!MayContain(h)) return nullptr;
    const size_t mask = slots.size() - 1;
    for (size_t s = (h >> 16) & mask;; s = (s + 1) & mask) {
      const int32_t idx = slots[s];
      if (idx < 0) return nullptr;
      if (entries[static_cast<size_t>(idx)].key == key) return &entries[static_cast<size_t>(idx)];
    }
  }
};

// The words for "times" that languages which write compounds as one word glue to a count ("twee
// maal" and "tweemaal", "drei mal" and "dreimal"): by ISO 639-1 code.
constexpr std::pair<std::string_view, std::string_view> kGluedTimesWords[] = {
    {"nl", "maal"}, {"nl", "keer"}, {"de", "mal"}};

// A two or a three glued to a word for times (kGluedTimesWords), generated from the language's
// own units: a multiplier, as "double" is ("driemaal acht" is 888, "tweemaal zes" 66).
void AddGluedTimesWords(Lexicon& lex, std::string_view lang,
                        const std::vector<std::pair<std::string, char>>& units, uint32_t bit) {
  for (const auto& [times_lang, times] : kGluedTimesWords) {
    if (times_lang != lang) continue;
    for (const auto& [unit, u] : units) {
      if (u == '2' || u == '3') {
        lex.Add(unit + std::string(times), std::string(1, u), NumberWordKind::kMultiplier, bit);
      }
    }
  }
}

// The lexicon of every language but those read only where named (LanguageNumberWords::
// explicit_only), and with `first` (an index into AllNumberWords(), or -1) read first: its words'
// meanings win over other languages' ("en" one in Norwegian, not Dutch's "and").
Lexicon BuildLexicon(int first) {
  Lexicon lex;
  const auto languages = AllNumberWords();
  std::vector<size_t> order;
  if (first >= 0) order.push_back(static_cast<size_t>(first));
  for (size_t li = 0; li < languages.size(); ++li) {
    if (static_cast<int>(li) != first && !languages[li].explicit_only) order.push_back(li);
  }
  for (const size_t li : order) {
    const LanguageNumberWords& lang = languages[li];
    const uint32_t bit = 1u << li;
    lex.all_languages |= bit;
    std::vector<std::pair<std::string, char>> units;  // key, digit 1-9
    std::vector<std::pair<std::string, char>> tens;   // key, tens digit 2-9
    for (const NumberWord& w : lang.words) {
      std::string key = KeyOf(w.word);
      if (w.kind == NumberWordKind::kFiller) {
        lex.AddFiller(key, bit);
        continue;
      }
      if (w.kind == NumberWordKind::kHomophone) {
        lex.homophones.push_back({std::move(key), w.digits[0], bit});
        continue;
      }
      if (w.kind == NumberWordKind::kCorrection) {
        lex.corrections.emplace_back(std::move(key), bit);
        continue;
      }
      if (w.kind == NumberWordKind::kValue && w.digits.size() == 1 && w.digits[0] != '0') {
        units.emplace_back(key, w.digits[0]);
      }
      if (w.kind == NumberWordKind::kValue && w.digits.size() == 2 && w.digits[1] == '0' &&
          w.digits[0] >= '2') {
        tens.emplace_back(key, w.digits[0]);
      }
      lex.Add(std::move(key), std::string(w.digits), w.kind, bit);
    }
    // Compounds written as one word, generated from the language's own units and tens.
    for (const auto& [ten, t] : tens) {
      for (const auto& [unit, u] : units) {
        const std::string digits{t, u};
        if (!lang.unit_tens_joiner.empty()) {
          lex.Add(unit + std::string(lang.unit_tens_joiner) + ten, digits, NumberWordKind::kValue,
                  bit);
        }
        if (lang.tens_unit_glued) {  // Italian: venti + uno -> ventuno, trenta + otto ->
                                     // trentotto
          const bool elide = unit[0] == 'u' || unit[0] == 'o';
          lex.Add((elide ? ten.substr(0, ten.size() - 1) : ten) + unit, digits,
                  NumberWordKind::kValue, bit);
        }
      }
    }
    if (lang.hundreds_glued) lex.AddGluedHundreds(bit, lang.hundreds_joiner);
    AddGluedTimesWords(lex, lang.lang, units, bit);
  }
  lex.index_while_built = {};
  size_t max_word_digits = 1;
  for (const LexiconEntry& e : lex.entries) {
    const size_t digits = e.kind == NumberWordKind::kMultiplier
                              ? static_cast<size_t>(e.digits[0] - '0')
                              : e.digits.size();
    max_word_digits = std::max(max_word_digits, digits);
  }
  lex.min_run_words = std::min<size_t>(3, (kMinRunDigits + max_word_digits - 1) / max_word_digits);
  size_t cap = 1;
  while (cap < lex.entries.size() * 4) cap <<= 1;
  lex.slots.assign(cap, -1);
  for (size_t idx = 0; idx < lex.entries.size(); ++idx) {
    const uint64_t h = HashKey(lex.entries[idx].key);
    const uint64_t bit = h & kKeyFilterMask;
    lex.filter[bit >> 6] |= 1ull << (bit & 63);
    size_t s = (h >> 16) & (cap - 1);
    while (lex.slots[s] >= 0) s = (s + 1) & (cap - 1);
    lex.slots[s] = static_cast<int32_t>(idx);
    const std::string& key = lex.entries[idx].key;
    const bool ascii = !key.empty() && std::all_of(key.begin(), key.end(),
                                                   [](char c) { return c >= 'a' && c <= 'z'; });
    if (ascii && (lex.entries[idx].kind == NumberWordKind::kConnector ||
                  lex.entries[idx].kind == NumberWordKind::kThen)) {
      // "and", "et", "y": common words of prose that join only inside a run. Kept out of the
      // filters (the skipper would stop at each); RunFolder looks for them in an open run.
      // So are the words for "then" ("then", "dann"), read only inside a run as well.
      // (Separator words, "dash", "tiret", stay in: the skipper, which tests words only near
      // digits, must stop at them between plain digit groups, which hold nothing else to fold.)
      lex.ascii_connectors.push_back(idx);
    } else if (ascii) {
      const uint64_t ascii_bit = AsciiWordHash(reinterpret_cast<const unsigned char*>(key.data()),
                                               key.size(), key.size()) >>
                                 kAsciiFilterShift;
      lex.ascii_filter[ascii_bit >> 6] |= 1ull << (ascii_bit & 63);
      lex.max_ascii_key = std::max(lex.max_ascii_key, key.size());
      lex.AddShape(static_cast<unsigned char>(key.front()),
                   static_cast<unsigned char>(key[key.size() > 1 ? 1 : 0]),
                   static_cast<unsigned char>(key.back()), key.size());
    }
  }
  for (unsigned char c = 0; c < 128; ++c) {
    if (WeakLookalikeDigit(c) != 0) lex.AddShape(c, c, c, 1);
  }
  std::vector<unsigned char> lookalikes;
  for (unsigned char c = 0; c < 128; ++c) {
    if (kAsciiLookalike[c]) lookalikes.push_back(c);
  }
  for (const unsigned char c : lookalikes) lex.AddShape(c, c, c, 1);
  for (size_t len = 2; len <= kMaxLookalikeLetters; ++len) {
    for (const unsigned char first_letter : lookalikes) {
      for (const unsigned char second : lookalikes) {
        for (const unsigned char last : lookalikes) lex.AddShape(first_letter, second, last, len);
      }
    }
  }
  return lex;
}

const Lexicon& NumberLexicon() {
  static const Lexicon lexicon = BuildLexicon(-1);
  return lexicon;
}

// The lexicon to read a text with, given its language bits (LanguageMask): a language read only
// where named has its own (its words first, then every other language's), built at its first
// text; else the one of every language. Texts of other languages pay nothing for those words.
const Lexicon& NumberLexiconFor(uint32_t lang_mask) {
  static const uint32_t named_bits = [] {
    uint32_t bits = 0;
    const auto languages = AllNumberWords();
    for (size_t li = 0; li < languages.size(); ++li) {
      if (languages[li].explicit_only) bits |= 1u << li;
    }
    return bits;
  }();
  if ((lang_mask & named_bits) == 0) return NumberLexicon();
  static std::array<std::once_flag, 32> once;
  static std::array<std::unique_ptr<const Lexicon>, 32> built;
  const int li = std::countr_zero(lang_mask & named_bits);
  std::call_once(once[static_cast<size_t>(li)], [li] {
    built[static_cast<size_t>(li)] = std::make_unique<const Lexicon>(BuildLexicon(li));
  });
  return *built[static_cast<size_t>(li)];
}

// The language bits to accept: the given language, English (ads mix both) and the digit words in
// another script (every_language); all but those read only where named when unknown. Norwegian
// Bokmål and Nynorsk ("nb", "nn") are Norwegian's ("no").
uint32_t LanguageMask(std::string_view lang) {
  if (lang == "nb" || lang == "nn") lang = "no";
  const auto languages = AllNumberWords();
  uint32_t mask = 0;
  for (size_t li = 0; li < languages.size(); ++li) {
    if (languages[li].lang == lang || languages[li].lang == "en" || languages[li].every_language) {
      mask |= 1u << li;
    }
  }
  for (size_t li = 0; li < languages.size(); ++li) {
    if (languages[li].lang == lang) return mask;
  }
  return NumberLexicon().all_languages;
}

// ---------------------------------------------------------------------------------------------------
// Pass 2: phone-like runs

// Words of time, count and money that, right after a spelled number, say it is a quantity ("zwei
// Stunden", "два часа", "two hours"), not the last digit of a phone number: keys (KeyOf), in byte
// order.
// clang-format off
constexpr std::array<std::string_view, 84> kQuantityKeys = {
    "euro", "euros", "fois", "godzin", "godzina", "godziny", "heure", "heures", "hora", "horas",
    "hour", "hours", "hr", "hrs", "keer", "lei", "maal", "mal", "min", "mins", "minut", "minute",
    "minuten", "minutes", "minuti", "minutos", "minuty", "nacht", "nachte", "nachten", "night",
    "nights", "noapte", "noc", "noce", "noche", "noches", "nopti", "notte", "notti", "nuit",
    "nuits", "ora", "ore", "ori", "razy", "std", "stunde", "stunden", "times", "uren", "uur",
    "veces", "volte", "zl", "zlotych", "годин", "година", "години", "гривень", "грн", "лв", "лева",
    "минут", "минути", "минуты", "ночи", "ночь", "ночі", "нощ", "нощи", "ніч", "пъти", "раз",
    "раза", "рази", "разів", "руб", "рублей", "хвилин", "час", "часа", "часов", "часове",
};
// clang-format on
bool IsQuantityKey(std::string_view key) {
  return std::binary_search(kQuantityKeys.begin(), kQuantityKeys.end(), key);
}

// Words for "times" that, between a spelled two or three and a digit, repeat it ("три пъти осем"
// = 888, "de trei ori opt"): keys (KeyOf), in byte order. Elsewhere they are quantities.
constexpr std::array<std::string_view, 12> kTimesKeys = {
    "fois", "keer", "maal", "mal", "ori", "razy", "times", "veces", "volte", "пъти", "раза", "рази",
};
bool IsTimesKey(std::string_view key) {
  return std::binary_search(kTimesKeys.begin(), kTimesKeys.end(), key);
}
static_assert(std::is_sorted(kTimesKeys.begin(), kTimesKeys.end()),
              "IsTimesKey's binary search needs kTimesKeys sorted");
// kGluedTimesWords names, by language, words of this list: a word added there must be here.
static_assert(
    [] {
      for (const auto& [lang, times] : kGluedTimesWords) {
        if (!std::binary_search(kTimesKeys.begin(), kTimesKeys.end(), times)) return false;
      }
      return true;
    }(),
    "every word of kGluedTimesWords must be in kTimesKeys");
// Words that a language writes before the count of a times phrase (Romanian "de două ori", "de
// trei ori"): keys (KeyOf).
constexpr std::array<std::string_view, 1> kTimesPhraseOpeners = {"de"};
bool IsTimesPhraseOpener(std::string_view key) {
  return std::find(kTimesPhraseOpeners.begin(), kTimesPhraseOpeners.end(), key) !=
         kTimesPhraseOpeners.end();
}

// Letters that Unicode's confusables (UTS #39, confusables.txt as ICU 72 holds it: the skeleton of
// the letter alone) give as a digit, or as O, o or l, which stand for 0 and 1 among digits as the
// Latin ones do ("0171 Ȣ33ꓳ07ꓳ"): of the alphabets of Europe and its neighbours and of the
// scripts in the table's reach; letters NFKC folds (mathematical, full-width, ℓ) are read as
// what it folds them to, small capitals by SmallCapitalLetter, Arabic and Hebrew letters left
// out (their own digits are read as digits), and the Greek σ (a letter of every Greek word).
// By code point.
struct ConfusableDigit {
  uint32_t cp;
  char digit;
};
constexpr ConfusableDigit kConfusableDigits[] = {
    {0x196, '1'},    // latin capital letter iota
    {0x1C0, '1'},    // latin letter dental click
    {0x222, '8'},    // latin capital letter ou
    {0x223, '8'},    // latin small letter ou
    {0x3E8, '2'},    // coptic capital letter hori
    {0x4C0, '1'},    // cyrillic letter palochka
    {0x555, '0'},    // armenian capital letter oh
    {0x585, '0'},    // armenian small letter oh
    {0x13CE, '4'},   // cherokee letter se
    {0x13EE, '6'},   // cherokee letter wv
    {0x14BF, '2'},   // canadian syllabics sayisi m
    {0x16C1, '1'},   // runic letter isaz is iss i
    {0x1D11, '0'},   // latin small letter sideways o
    {0x2C92, '1'},   // coptic capital letter iauda
    {0x2C9E, '0'},   // coptic capital letter o
    {0x2C9F, '0'},   // coptic small letter o
    {0x2CCA, '9'},   // coptic capital letter dialect-p hori
    {0x2CCC, '3'},   // coptic capital letter old coptic hori
    {0x2CD2, '6'},   // coptic capital letter old coptic hei
    {0x2D4F, '1'},   // tifinagh letter yan
    {0x2D54, '0'},   // tifinagh letter yar
    {0xA4F2, '1'},   // lisu letter i
    {0xA4F3, '0'},   // lisu letter o
    {0xA644, '2'},   // cyrillic capital letter reversed dze
    {0xA75A, '2'},   // latin capital letter r rotunda
    {0xA76A, '3'},   // latin capital letter et
    {0xA76E, '9'},   // latin capital letter con
    {0xA7AB, '3'},   // latin capital letter reversed open e
    {0xAB3D, '0'},   // latin small letter blackletter o
    {0x1028A, '1'},  // lycian letter j
    {0x10292, '0'},  // lycian letter u
    {0x102AB, '0'},  // carian letter o
    {0x10309, '1'},  // old italic letter i
    {0x1031A, '8'},  // old italic letter ef
    {0x10404, '0'},  // deseret capital letter long o
    {0x1042C, '0'},  // deseret small letter long o
    {0x104C2, '0'},  // osage capital letter o
    {0x104D2, '7'},  // osage capital letter za
    {0x104EA, '0'},  // osage small letter o
    {0x10516, '0'},  // elbasan letter o
    {0x118AC, '9'},  // warang citi capital letter ko
    {0x118AF, '4'},  // warang citi capital letter uc
    {0x118B5, '0'},  // warang citi capital letter at
    {0x118BB, '5'},  // warang citi capital letter horr
    {0x118C6, '7'},  // warang citi small letter ii
    {0x118C8, '0'},  // warang citi small letter e
    {0x118CA, '3'},  // warang citi small letter ang
    {0x118CC, '9'},  // warang citi small letter ko
    {0x118D5, '6'},  // warang citi small letter at
    {0x118D6, '9'},  // warang citi small letter am
    {0x118D7, '0'},  // warang citi small letter bu
    {0x16F28, '1'},  // miao letter gha
    {0x16F3B, '3'},  // miao letter za
};

// ConfusableDigitOf's binary search needs the table in code point order.
constexpr bool SortedByCodePoint() {
  for (size_t i = 1; i < std::size(kConfusableDigits); ++i) {
    if (kConfusableDigits[i - 1].cp >= kConfusableDigits[i].cp) return false;
  }
  return true;
}
static_assert(SortedByCodePoint(), "kConfusableDigits must be sorted by code point");

// The Armenian block's first code point, and how many of the table's entries lie below it (Ɩ ǀ Ȣ ȣ
// Ϩ Ӏ), counted from the table so that an entry added there is seen.
constexpr uint32_t kArmenianBlock = 0x530;
constexpr size_t kConfusablesBelowArmenian = [] {
  size_t n = 0;
  while (n < std::size(kConfusableDigits) && kConfusableDigits[n].cp < kArmenianBlock) ++n;
  return n;
}();

// Whether `cp` is a letter below the Armenian block other than the table's entries there: the
// Latin, Greek and Cyrillic letters of most words the folder and the prose skipper ask about (ș,
// ț, ə, а, ω …), answered with a few compares instead of a search.
inline bool InBlockWithoutConfusableDigit(uint32_t cp) {
  if (cp >= kArmenianBlock) return false;
  for (size_t i = 0; i < kConfusablesBelowArmenian; ++i) {
    if (kConfusableDigits[i].cp == cp) return false;
  }
  return true;
}

// The digit of kConfusableDigits that `cp` stands for, or 0.
char ConfusableDigitOf(uint32_t cp) {
  const auto* end = std::end(kConfusableDigits);
  const auto* it = std::lower_bound(std::begin(kConfusableDigits), end, cp,
                                    [](const ConfusableDigit& c, uint32_t v) { return c.cp < v; });
  return it != end && it->cp == cp ? it->digit : 0;
}

// The digit a letter that looks like one stands for, or 0.
char LookalikeDigit(uint32_t cp) {
  switch (cp) {
    case 'O':
    case 'o':
    case 0x41E:
    case 0x43E:
    case 0x39F:
    case 0x3BF:  // Latin, Cyrillic, Greek O
      return '0';
    case 'I':
    case 'l':
    case 0x399:
    case 0x406:  // Latin I l, Greek Iota, Ukrainian І
      return '1';
    case 0x1A7:  // Ƨ (Latin tone two)
      return '2';
    case 0x417:
    case 0x437:  // З з
    case 0x1B7:  // Ʒ (Latin ezh)
    case 0x21C:  // Ȝ (Latin yogh)
    case 0x4E0:  // Ӡ (Abkhasian dze)
      return '3';
    case 0x427:
    case 0x447:  // Ч ч
      return '4';
    case 0x1BC:  // Ƽ (Latin tone five)
      return '5';
    case 0x42C:
    case 0x431:  // Ь б
      return '6';
    case 0x412:
    case 0x392:  // Cyrillic В, Greek Beta (capitals only: the small в is the preposition "in")
      return '8';
    default:
      return cp >= 0x196 && !InBlockWithoutConfusableDigit(cp) ? ConfusableDigitOf(cp) : 0;
  }
}

// Punctuation made of dots (or small stars) that no sentence of the ads' languages writes: the
// runic separators ᛫ ᛬ ᛭ (U+16EB..D), the low asterisk ⁎ and two asterisks ⁑ (U+204E, U+2051),
// the dot punctuation ⁖ ⁘ ⁙ ⁚ ⁛ ⁜ ⁝ ⁞ (U+2056, U+2058..E), ⸪ ⸫ ⸬ ⸭ (U+2E2A..D), the ring point,
// word separator middle dot and raised dot ⸰ ⸱ ⸳ (U+2E30, U+2E31, U+2E33) and the vertical six
// dots ⸽ (U+2E3D).
inline bool IsDotPunctuation(uint32_t cp) {
  return (cp >= 0x16EB && cp <= 0x16ED) || cp == 0x204E || cp == 0x2051 || cp == 0x2056 ||
         (cp >= 0x2058 && cp <= 0x205E) || (cp >= 0x2E2A && cp <= 0x2E2D) || cp == 0x2E30 ||
         cp == 0x2E31 || cp == 0x2E33 || cp == 0x2E3D;
}

// Bullets and middle dots written between digits ("8•9•9", "0·6·1"): punctuation, not symbols,
// in Unicode, but separators like the emoji between digit groups. The dot punctuation of old
// manuscripts and runes too ("0⁞1⁞6", "3⸽3⸽8", "5⁙0⁙3", IsDotPunctuation).
inline bool IsDotSeparator(uint32_t cp) {
  return cp == 0xB7 || cp == 0x2022 || cp == 0x2023 || cp == 0x2027 || cp == 0x2043 ||
         cp == 0x30FB || (cp >= 0x16EB && IsDotPunctuation(cp));
}

// Punctuation of any script written between digit groups or between every digit ("0※7※7",
// "6፡1", "0჻8", "4᠁4", "7⸼9"): general category Po (other punctuation) or Pc (connector),
// which NFKC has not folded to an ASCII mark. UAX #14's numeric prefixes and postfixes (Line_Break
// PR and PO: per mille ‰, primes ′ ″, the Arabic percent sign) belong to a quantity ("5′9″", "3‰")
// and stop a number as '%' does; letters, which stop it too, are never punctuation.
inline bool IsPunctuationBetweenDigits(uint32_t cp, int8_t type) {
  if (type != U_OTHER_PUNCTUATION && type != U_CONNECTOR_PUNCTUATION) return false;
  const int32_t line_break = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_LINE_BREAK);
  return line_break != U_LB_PREFIX_NUMERIC && line_break != U_LB_POSTFIX_NUMERIC;
}

// Dashes other than '-' that ads write between digit groups ("0151–2345–6789", "06 – 12 – 34"):
// hyphens, the figure dash, the en and em dashes, the horizontal bar and the minus sign.
inline bool IsUnicodeDash(uint32_t cp) {
  return (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}
// The em dash and the horizontal bar also end a clause ("… 6789 — 150 lei"): between digit groups
// they count only when glued to both.
inline bool IsClauseDash(uint32_t cp) {
  return cp == 0x2014 || cp == 0x2015;
}

inline bool IsApostrophe(uint32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x2BC;
}

bool IsWordLetter(uint32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
  if (cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
  if (cp <= 0x2AF) return true;
  if (cp >= 0x300 && cp <= 0x36F) return true;
  if (cp >= 0x370 && cp <= 0x3FF) return cp != 0x37E && cp != 0x387;
  if (cp >= 0x400 && cp <= 0x52F) return cp < 0x482 || cp > 0x489;
  if (cp >= 0x1E00 && cp <= 0x1EFF) return true;
  if (cp == 0x2BC) return false;
  return u_isalpha(static_cast<UChar32>(cp)) ||
         u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_GENERAL_CATEGORY_MASK) & U_GC_M_MASK;
}

enum class CharClass : uint8_t { kOther, kDigit, kLetter, kSeparator, kPipe };

constexpr std::array<CharClass, 128> MakeAsciiClasses() {
  std::array<CharClass, 128> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = CharClass::kDigit;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = CharClass::kLetter;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = CharClass::kLetter;
  for (char c : std::string_view(" \t-./()~_,:+*[]"))
    t[static_cast<unsigned char>(c)] = CharClass::kSeparator;
  t['|'] = CharClass::kPipe;
  return t;
}
constexpr std::array<CharClass, 128> kAsciiClass = MakeAsciiClasses();

// The single digit next to a mark at `at`, one blank apart at most, on the side `step` (-1 or +1):
// its offset, or npos when there is none or it belongs to a longer group ("12|").
size_t SingleDigitBeside(std::string_view text, size_t at, int step) {
  const auto digit = [&](size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
  size_t k = at + step;
  if (k < text.size() && text[k] == ' ') k += step;
  if (!digit(k) || digit(k + step)) return std::string_view::npos;
  return k;
}

// Whether the mark at `at` ('|', '^', '=', '\\', ':' or '+') is one of a number's separators
// written between every digit ("0|6|5|9", "7 | 2 | 4 | 2", "0^8^9^9", "6:0:2:5"): a single digit
// on each side of it, and the chain of the same mark and single digits holds three marks or more.
// A '|' among digit groups stays a look-alike of 1 ("07|| 4|2").
bool MarkBetweenSingleDigits(std::string_view text, size_t at) {
  const char mark = text[at];
  int marks = 1;
  for (const int step : {-1, 1}) {
    size_t here = at;
    for (int hops = 0; hops < 2; ++hops) {
      const size_t digit = SingleDigitBeside(text, here, step);
      if (digit == std::string_view::npos) {
        if (hops == 0) return false;  // no single digit right beside this mark
        break;
      }
      size_t next = digit + step;
      if (next < text.size() && text[next] == ' ') next += step;
      if (next >= text.size() || text[next] != mark) break;
      ++marks;
      here = next;
    }
  }
  return marks >= 3;
}

// Whether the '|' at `at` is the outer side of a row of boxes with one digit each, as a form
// prints them ("|0|8|5|1|2|5|3|6|3|8|"): a single digit on one side of it, none on the other, and
// beyond that digit a '|' between single digits (MarkBetweenSingleDigits). It is then a blank,
// not a look-alike of 1.
bool BorderOfDigitBoxes(std::string_view text, size_t at) {
  const auto digit = [&](size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
  for (const int step : {-1, 1}) {
    const size_t single = SingleDigitBeside(text, at, step);
    if (single == std::string_view::npos || digit(at - step)) continue;
    const size_t mark = single + step;
    if (mark < text.size() && text[mark] == '|' && MarkBetweenSingleDigits(text, mark)) return true;
  }
  return false;
}

// Bit k set for byte p[k] of the 64 at p.
struct BlockMasks {
  uint64_t letters = 0;     // ASCII letters
  uint64_t lookalikes = 0;  // ASCII letters LookalikeDigit() maps to a digit
  uint64_t digits = 0;      // ASCII digits
  uint64_t stops = 0;       // '|' and the bytes of non-ASCII characters
  uint64_t glue = 0;        // what may continue an ASCII word: apostrophes, non-ASCII bytes
};

inline BlockMasks ClassifyBlock(const unsigned char* p) {
  BlockMasks m;
#if defined(__SSE2__)
  // Unsigned "x - lo < span" as a signed compare of (x - lo) ^ 0x80 against span - 128.
  const auto in_range = [](__m128i x, char lo, char span) {
    return _mm_cmplt_epi8(
        _mm_xor_si128(_mm_sub_epi8(x, _mm_set1_epi8(lo)), _mm_set1_epi8(static_cast<char>(0x80))),
        _mm_set1_epi8(static_cast<char>(span - 128)));
  };
  const auto is = [](__m128i x, char c) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(c)); };
  const auto bits = [](__m128i x, int k) {
    return static_cast<uint64_t>(static_cast<uint16_t>(_mm_movemask_epi8(x))) << (16 * k);
  };
  for (int k = 0; k < 4; ++k) {
    const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    const __m128i lower = _mm_or_si128(c, _mm_set1_epi8(0x20));
    m.letters |= bits(in_range(lower, 'a', 26), k);
    m.lookalikes |= bits(_mm_or_si128(_mm_or_si128(is(lower, 'o'), is(c, 'I')), is(c, 'l')), k);
    m.digits |= bits(in_range(c, '0', 10), k);
    m.stops |= bits(_mm_or_si128(is(c, '|'), c), k);  // c: its sign bit, set from 0x80 on
    m.glue |= bits(_mm_or_si128(is(c, '\''), c), k);
  }
#else
  for (int k = 0; k < 64; ++k) {
    const unsigned char c = p[k];
    const uint64_t bit = 1ull << k;
    if (c >= 0x80) {
      m.stops |= bit;
      m.glue |= bit;
      continue;
    }
    if (kAsciiClass[c] == CharClass::kLetter) m.letters |= bit;
    if (kAsciiLookalike[c]) m.lookalikes |= bit;
    if (kAsciiClass[c] == CharClass::kDigit) m.digits |= bit;
    if (c == '|') m.stops |= bit;
    if (c == '\'') m.glue |= bit;
  }
#endif
  return m;
}

#if defined(__x86_64__) && defined(__GNUC__)
// A byte repeated over 32, loaded from memory (Load): a constant built in a register on every call
// cost about a third of the classification's instructions.
struct alignas(32) Splat {
  unsigned char bytes[32];
};
constexpr Splat MakeSplat(int c) {
  Splat s{};
  for (unsigned char& b : s.bytes) b = static_cast<unsigned char>(c);
  return s;
}
// Bytes from lo to lo + span - 1 (mod 256) are those that adding 0x80 - lo maps to the lowest
// `span` signed values, below -128 + span: an add and one signed compare.
constexpr Splat kToLetters = MakeSplat(0x80 - 'a'), kBelowLetters = MakeSplat(-128 + 26);
constexpr Splat kToDigits = MakeSplat(0x80 - '0'), kBelowDigits = MakeSplat(-128 + 10);
constexpr Splat kCaseBit = MakeSplat(0x20), kLowerO = MakeSplat('o'), kUpperI = MakeSplat('I');
constexpr Splat kLowerL = MakeSplat('l'), kPipe = MakeSplat('|'), kApostrophe = MakeSplat('\'');

__attribute__((target("avx2"))) inline __m256i Load(const Splat& s) {
  // Opaque to the compiler: seeing the value, it builds each constant from an immediate on every
  // call (three instructions) instead of loading it (one).
  __m256i v;
  asm("vmovdqa %1, %0" : "=x"(v) : "m"(s));
  return v;
}
// The masks of 32 bytes (BlockMasks, one half).
struct HalfMasks {
  uint32_t letters, lookalikes, digits, stops, glue;
};
__attribute__((target("avx2"))) inline uint32_t Bits(__m256i x) {
  return static_cast<uint32_t>(_mm256_movemask_epi8(x));
}
__attribute__((target("avx2"))) inline HalfMasks ClassifyHalfAvx2(const unsigned char* p) {
  const __m256i c = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
  const __m256i lower = _mm256_or_si256(c, Load(kCaseBit));
  HalfMasks h;
  h.letters =
      Bits(_mm256_cmpgt_epi8(Load(kBelowLetters), _mm256_add_epi8(lower, Load(kToLetters))));
  h.lookalikes = Bits(_mm256_or_si256(
      _mm256_or_si256(_mm256_cmpeq_epi8(lower, Load(kLowerO)), _mm256_cmpeq_epi8(c, Load(kUpperI))),
      _mm256_cmpeq_epi8(c, Load(kLowerL))));
  h.digits = Bits(_mm256_cmpgt_epi8(Load(kBelowDigits), _mm256_add_epi8(c, Load(kToDigits))));
  // c itself: its sign bit, set from 0x80 on.
  h.stops = Bits(_mm256_or_si256(_mm256_cmpeq_epi8(c, Load(kPipe)), c));
  h.glue = Bits(_mm256_or_si256(_mm256_cmpeq_epi8(c, Load(kApostrophe)), c));
  return h;
}
// ClassifyBlock with thirty-two bytes per compare (about half its instructions), for CPUs with
// AVX2 (chosen at run time: the build targets baseline x86-64).
// Always inlined where it is called (code compiled for another -march is not inlined otherwise).
[[gnu::always_inline]] __attribute__((target("avx2"))) inline BlockMasks ClassifyBlockAvx2Inline(
    const unsigned char* p) {
  const HalfMasks low = ClassifyHalfAvx2(p), high = ClassifyHalfAvx2(p + 32);
  const auto join = [](uint32_t l, uint32_t h) { return uint64_t{l} | uint64_t{h} << 32; };
  return {join(low.letters, high.letters), join(low.lookalikes, high.lookalikes),
          join(low.digits, high.digits), join(low.stops, high.stops), join(low.glue, high.glue)};
}
__attribute__((target("avx2"))) BlockMasks ClassifyBlockAvx2(const unsigned char* p) {
  return ClassifyBlockAvx2Inline(p);
}

// ClassifyBlock with sixty-four bytes per compare, each into a mask register (no movemask, no
// joining of halves), for code compiled for x86-64-v4 (AVX-512BW), which inlines it.
[[gnu::always_inline]] __attribute__((target("avx512bw"))) inline BlockMasks
ClassifyBlockAvx512Inline(const unsigned char* p) {
  const __m512i c = _mm512_loadu_si512(p);
  const __m512i lower = _mm512_or_si512(c, _mm512_set1_epi8(0x20));
  const __mmask64 high_bytes = _mm512_movepi8_mask(c);  // from 0x80 on
  BlockMasks m;
  m.letters =
      _mm512_cmplt_epu8_mask(_mm512_sub_epi8(lower, _mm512_set1_epi8('a')), _mm512_set1_epi8(26));
  m.lookalikes = _mm512_cmpeq_epi8_mask(lower, _mm512_set1_epi8('o')) |
                 _mm512_cmpeq_epi8_mask(c, _mm512_set1_epi8('I')) |
                 _mm512_cmpeq_epi8_mask(c, _mm512_set1_epi8('l'));
  m.digits =
      _mm512_cmplt_epu8_mask(_mm512_sub_epi8(c, _mm512_set1_epi8('0')), _mm512_set1_epi8(10));
  m.stops = _mm512_cmpeq_epi8_mask(c, _mm512_set1_epi8('|')) | high_bytes;
  m.glue = _mm512_cmpeq_epi8_mask(c, _mm512_set1_epi8('\'')) | high_bytes;
  return m;
}
#endif

using ClassifyBlockFn = BlockMasks (*)(const unsigned char* p);
ClassifyBlockFn ChooseClassifyBlock() {
#if defined(__x86_64__) && defined(__GNUC__)
  if (__builtin_cpu_supports("avx2")) return ClassifyBlockAvx2;
#endif
  return ClassifyBlock;
}
// The block classification chosen for the CPU at run time, and AVX2's, for code compiled for a
// CPU known to have it (which inlines it).
struct ClassifyByCpu {
  BlockMasks operator()(const unsigned char* p) const {
    static const ClassifyBlockFn classify = ChooseClassifyBlock();
    return classify(p);
  }
};
#if ARIADNE_HAS_X86_64_V3
struct ClassifyWithAvx2 {
  ARIADNE_X86_64_V3 BlockMasks operator()(const unsigned char* p) const {
    return ClassifyBlockAvx2Inline(p);
  }
};
struct ClassifyWithAvx512 {
  ARIADNE_X86_64_V4 BlockMasks operator()(const unsigned char* p) const {
    return ClassifyBlockAvx512Inline(p);
  }
};
#endif

// Where RunFolder must read the text item by item again: from `resume`, with no run open, until
// at least `until`.
struct SkipResult {
  size_t resume;
  size_t until;
};

// Skips text that cannot be part of a phone-like run, reading ASCII text word by word from masks
// of 64-byte blocks instead of character by character.
//
// A run folds only when it holds a number word, look-alike letters, '|' or a symbol (non-ASCII),
// and a word that is none of these closes the run. So with no run open:
//  - '|' and non-ASCII characters stop the skipping;
//  - a word is tested: the lexicon's ASCII filter may know it, it is made of look-alikes, or an
//    apostrophe or a non-ASCII letter may continue it: then the skipping stops; otherwise it is
//    no item, and no run reaches across it (most words of prose are told apart by their shape,
//    Lexicon::ascii_shapes, before the filter hashes them);
//  - digits, separators and other characters are skipped: a run of them alone never folds, but
//    every word near digits (since the last word found to be no item, and up to the next) is
//    tested;
//  - away from digits, a run of words alone folds only with lexicon.min_run_words words or more
//    in a row (see Lexicon), so only every min_run_words-th word in a row needs testing: the
//    untested words before a word found to be no item are too few to fold.
// When the skipping stops, the text is read again item by item from the end of the last word found
// to be no item.
class ProseSkipper {
 public:
  ProseSkipper(std::string_view text, const Lexicon& lexicon)
      : p_(reinterpret_cast<const unsigned char*>(text.data())),
        n_(text.size()),
        shapes_(lexicon.ascii_shapes.data()),
        filter_(lexicon.ascii_filter.data()),
        max_key_(lexicon.max_ascii_key),
        test_every_(std::min(lexicon.min_run_words, kMaxUntested + 1)) {}

  // From i, with no run open. Mostly bit work on the block's masks: where the CPU has x86-64-v3
  // (AVX2, BMI1/2), a copy compiled for it, with the AVX2 classification inlined, does the work;
  // where it has x86-64-v4 (AVX-512), a copy with the AVX-512 classification.
  SkipResult Skip(size_t i) {
#if ARIADNE_HAS_X86_64_V3
    static const bool v4 = CpuHasX86_64V4();
    if (v4) return SkipV4(i);
    static const bool v3 = CpuHasX86_64V3();
    if (v3) return SkipV3(i);
#endif
    return SkipWith<ClassifyByCpu>(i);
  }

 private:
  static constexpr size_t kMaxUntested = 2;
  static constexpr size_t kNoBlock = ~size_t{0} - 64;

#if ARIADNE_HAS_X86_64_V3
  // flatten: SkipWith and, inside it, the AVX2 classification are inlined here, so both are
  // compiled for x86-64-v3.
  [[gnu::noinline, gnu::flatten]] ARIADNE_X86_64_V3 SkipResult SkipV3(size_t i) {
    return SkipWith<ClassifyWithAvx2>(i);
  }
  // The same for x86-64-v4, with the AVX-512 classification (valgrind hides AVX-512, so
  // callgrind profiles SkipV3).
  [[gnu::noinline, gnu::flatten]] ARIADNE_X86_64_V4 SkipResult SkipV4(size_t i) {
    return SkipWith<ClassifyWithAvx512>(i);
  }
#endif

  template <typename Classify>
  [[gnu::always_inline]] SkipResult SkipWith(size_t i) {
    size_t resume = i;  // the end of the last word found to be no item (or i)
    // Words since then not tested yet: none glued to an apostrophe or a non-ASCII letter, and no
    // digits since then.
    // Start, length; two more than kMaxUntested for the fast path's writes past the count.
    std::array<std::pair<size_t, size_t>, kMaxUntested + 2> untested;
    size_t untested_count = 0;
    bool near_digits = false;  // digits since `resume`: test every word
    while (i < n_) {
      // The masks of the block are kept: Skip() is mostly called again a few bytes further on.
      if (!(i >= block_at_ && i < block_at_ + 64)) Load<Classify>(i);
      const size_t offset = i - block_at_;
      const size_t limit = 64 - offset;  // bits of the block from i
      const unsigned char* block = block_ + offset;
      const size_t readable = readable_ - offset;  // from block[0]
      // The block's masks from i, in registers (members would be reloaded for every word).
      const uint64_t letters = masks_.letters >> offset;
      const uint64_t digits = masks_.digits >> offset;
      const uint64_t stops = masks_.stops >> offset;
      const uint64_t glue = masks_.glue >> offset;
      const uint64_t lookalikes = masks_.lookalikes >> offset;
      // The rest of the block holds words only (no stop, digit, apostrophe or non-ASCII byte)
      // and no digits came since `resume`: the same steps as the loop below, without its tests
      // for the other events, and untested words are only noted (their length is read if
      // digits come).
      if (!near_digits && (stops | digits | glue) == 0) {
        uint64_t words = letters & ~(letters << 1);
        size_t advance = limit;
        bool fast = true;
        if ((letters >> (limit - 1)) & 1) {  // the last word may go on in the next block
          const uint64_t last = uint64_t{1} << (63 - std::countl_zero(words));
          const auto at = static_cast<size_t>(std::countr_zero(last));
          if (at == 0 && offset == 0) {
            fast = false;  // 64 letters: the loop below reads on
          } else {
            words ^= last;
            advance = at;
          }
        }
        if (fast) {
          // The words are taken by rank, without a branch per word: the untested ones before the
          // next word to test (at most kMaxUntested) are dropped from the mask, and noted only
          // when the block ends first. (Tested word by word, "note or test" mispredicted once in
          // twenty words of the bench corpus.)
          static_assert(kMaxUntested == 2, "two steps drop the untested words");
          while (true) {
            const size_t untested_before = test_every_ - 1 - untested_count;  // 0, 1 or 2
            uint64_t next = words;
            next &= (next - 1) | (uint64_t{0} - (untested_before < 1));
            next &= (next - 1) | (uint64_t{0} - (untested_before < 2));
            if (next == 0) {
              // The words left, fewer than untested_before: written whether there or not.
              const uint64_t second = words & (words - 1);
              untested[untested_count] = {i + static_cast<size_t>(std::countr_zero(words)), 0};
              untested[untested_count + 1] = {i + static_cast<size_t>(std::countr_zero(second)), 0};
              untested_count += static_cast<size_t>(words != 0) + static_cast<size_t>(second != 0);
              break;
            }
            const auto at = static_cast<size_t>(std::countr_zero(next));
            words = next & (next - 1);
            const auto len = static_cast<size_t>(std::countr_one(letters >> at));
            if (AsciiShapeHas(shapes_, block + at, len)) [[unlikely]] {
              const uint64_t word = (1ull << len) - 1;
              const bool lookalike =
                  len <= kMaxLookalikeLetters && ((lookalikes >> at) & word) == word;
              const bool known =
                  len <= max_key_ &&
                  AsciiFilterHas(filter_, AsciiWordHash(block + at, len, readable - at));
              if (lookalike | known) return {resume, i + at + len};
            }
            resume = i + at + len;
            untested_count = 0;
          }
          if (advance < limit) block_at_ = kNoBlock;  // read the last word at a block's start
          i = std::min(n_, i + advance);
          continue;
        }
      }
      // Stops, the first digit of each run of digits, the first letter of each word. A run of
      // digits right after another (no word between them: "07700 900123") changes nothing, as the
      // first set near_digits, and is left out (in the bench corpus 84 of every 148 digit runs
      // follow a word): which kind an event is was mispredicted at nearly every digit run. Adding
      // 1 at the bit after each word start (and at bit 0, for what came before the block) carries
      // through the bits that are no event and lands on the next event, the first after a word.
      const uint64_t word_starts = letters & ~(letters << 1);
      const uint64_t digit_starts = digits & ~(digits << 1);
      const uint64_t no_event = ~(stops | digit_starts | word_starts);
      const uint64_t glue_or_digit = glue | digits;
      // Letters right after a digit (the byte before the first is the text's).
      const uint64_t after_digit =
          letters & ((digits << 1) | static_cast<uint64_t>(i > 0 && IsAsciiDigit(p_[i - 1])));
      const uint64_t after_word = (no_event + (word_starts << 1 | 1)) & ~no_event;
      uint64_t events = stops | (digit_starts & after_word) | word_starts;
      size_t advance = limit;
      while (events != 0) {
        const auto at = static_cast<size_t>(std::countr_zero(events));
        events &= events - 1;
        // Most events start a word: one test sends them on (a byte is a letter, a digit or a
        // stop, never two of them).
        if (((letters >> at) & 1) == 0) [[unlikely]] {
          if ((stops >> at) & 1) return {resume, i + at + 1};
          if (!near_digits) {
            for (size_t k = 0; k < untested_count; ++k) {
              if (MayBeItem(p_ + untested[k].first, UntestedLength(untested[k]))) {
                return {resume, i + at + 1};
              }
            }
            untested_count = 0;
            near_digits = true;
          }
          continue;
        }
        const auto len = static_cast<size_t>(std::countr_one(letters >> at));
        if (at + len == limit) [[unlikely]] {  // a word that may go on in the next block
          if (at > 0 || offset > 0) {
            advance = at;
            block_at_ = kNoBlock;  // read it again at the start of a block
            break;
          }
          // A word of 64 letters or more: longer than any key and than kMaxLookalikeLetters, so
          // no item, unless it goes on.
          const size_t j = LetterRunEnd(i + 64);
          if (j < n_ && (p_[j] >= 0x80 || p_[j] == '\'')) return {resume, j};
          resume = j;
          untested_count = 0;
          near_digits = false;
          advance = j - i;
          break;
        }
        // Here at + len < limit, so the byte after the word is in the block. A word glued to a
        // digit after it may be number words glued together ("seiscuatro2"): RunFolder::ScanWord
        // splits it.
        if ((glue_or_digit >> (at + len)) & 1) [[unlikely]] {
          if (((glue >> (at + len)) & 1) || len >= kMinGluedWordsLength) {
            return {resume, i + at + len};
          }
          if (DigitTokenLookalike(block[at]) != 0 && IsOcrDigitWord(p_, n_, i + at, i + at + len)) {
            return {resume, i + at + len};
          }
        }
        if (!near_digits && untested_count + 1 < test_every_) {
          untested[untested_count++] = {i + at, len};
          continue;
        }
        // So may a word glued to a digit before it ("02settedue"): digits came before it, so it
        // is tested here.
        if ((after_digit >> at) & 1) [[unlikely]] {
          if (len >= kMinGluedWordsLength) return {resume, i + at + len};
          if (DigitTokenLookalike(block[at]) != 0 && IsOcrDigitWord(p_, n_, i + at, i + at + len)) {
            return {resume, i + at + len};
          }
        }
        if (AsciiShapeHas(shapes_, block + at, len)) [[unlikely]] {
          const uint64_t word = (1ull << len) - 1;
          const bool lookalike = len <= kMaxLookalikeLetters && ((lookalikes >> at) & word) == word;
          const bool known = len <= max_key_ &&
                             AsciiFilterHas(filter_, AsciiWordHash(block + at, len, readable - at));
          if (lookalike | known) return {resume, i + at + len};
          if (len == 1 && (GluedWeakLookalike(p_, n_, i + at) != 0 ||
                           TrailingWeakLookalike(p_, n_, i + at) != 0)) {
            return {resume, i + at + len};
          }
        }
        resume = i + at + len;
        untested_count = 0;
        near_digits = false;
      }
      i = std::min(n_, i + advance);
    }
    return {n_, n_};
  }

  template <typename Classify>
  void Load(size_t i) {
    block_at_ = i;
    block_ = p_ + i;
    readable_ = n_ - i;
    if (readable_ < 64) {
      // The last bytes, padded with spaces (which end a word as the end of the text does).
      std::memset(tail_, ' ', sizeof tail_);
      std::memcpy(tail_, block_, readable_);
      block_ = tail_;
      readable_ = sizeof tail_;
    }
    masks_ = Classify{}(block_);
  }

  // The length of an untested word: noted, or 0 when it was not (then the run of ASCII letters
  // from its start, which is what the block's masks said).
  size_t UntestedLength(const std::pair<size_t, size_t>& word) const {
    if (word.second != 0) return word.second;
    size_t end = word.first;
    while (end < n_ && p_[end] < 0x80 && kAsciiClass[p_[end]] == CharClass::kLetter) ++end;
    return end - word.first;
  }

  // The end of the run of ASCII letters from j (out of line: rare, see MayBeItem).
  [[gnu::noinline]] size_t LetterRunEnd(size_t j) const {
    while (j < n_ && p_[j] < 0x80 && kAsciiClass[p_[j]] == CharClass::kLetter) ++j;
    return j;
  }

  // The test above for the ASCII word w[0, len), not glued, read from the text. Out of line, as
  // are the other rare tests SkipWith calls (LetterRunEnd, GluedWeakLookalike,
  // TrailingWeakLookalike): SkipV3's flatten inlined them, and their registers were taken from
  // its loops, which then kept the untested count in memory (callgrind: SkipV3 -0.8%).
  [[gnu::noinline]] bool MayBeItem(const unsigned char* w, size_t len) const {
    if (!AsciiShapeHas(shapes_, w, len)) return false;
    if (len == 1 && (GluedWeakLookalike(p_, n_, static_cast<size_t>(w - p_)) != 0 ||
                     TrailingWeakLookalike(p_, n_, static_cast<size_t>(w - p_)) != 0)) {
      return true;
    }
    if (len <= kMaxLookalikeLetters &&
        std::all_of(w, w + len, [](unsigned char c) { return kAsciiLookalike[c]; })) {
      return true;
    }
    return len <= max_key_ &&
           AsciiFilterHas(filter_, AsciiWordHash(w, len, n_ - static_cast<size_t>(w - p_)));
  }

  const unsigned char* p_;
  size_t n_;
  const uint64_t* shapes_;
  const uint64_t* filter_;
  size_t max_key_;
  size_t test_every_;
  size_t block_at_ = kNoBlock;            // the text offset of the block whose masks are kept
  const unsigned char* block_ = nullptr;  // its bytes: in the text, or tail_
  size_t readable_ = 0;                   // bytes that may be read from block_
  BlockMasks masks_;
  alignas(16) unsigned char tail_[64 + 16];
};

enum class ItemType : uint8_t {
  kDigits,
  kValue,
  kMultiplier,
  kWeakZero,
  kConnector,
  kHundred,
  kLookalike,
  kPipe,
  kSymbol,
  kSeparatorWord,  // "tiret", "Strich", "тире" after a digit group (NumberWordKind::kSeparator)
  kThenWord,       // "then", "dann", "потом" after a digit group (NumberWordKind::kThen)
  kFillerWord,     // "uh", "ähm", "ну" after a digit group (NumberWordKind::kFiller)
};

struct Item {
  uint32_t begin, end;  // in the pass-1 text
  uint32_t gap_begin;   // end of the previous non-symbol item (== begin when glued)
  uint32_t gap_chars;   // separators and symbols since then
  ItemType type;
  std::string digits;
  bool correction = false;  // a kFillerWord that corrects the digit before it ("nine, no, eight")
};

struct Edit {
  uint32_t begin, end;
  std::string replacement;
};

// One piece of a phone-like run: a digit run, or what a word, look-alike or compound folds to.
struct Unit {
  uint32_t begin, end;
  std::string digits;
  bool folded;
  ItemType type;
  bool multiplied = false;  // a multiplier and its digit ("double oh", "три семёрки"): two words
};

// The length of the HTML entity at text[at] ('&') when it writes a space, a dash or a dot
// ("&nbsp;", "&#160;", "&#x2013;", "&middot;"), which pages copied as text carry between digit
// groups; else 0.
size_t SeparatorEntityLength(std::string_view text, size_t at) {
  static constexpr std::array<std::string_view, 16> kNamed = {
      "&nbsp;",  "&ensp;",  "&emsp;",   "&thinsp;", "&hairsp;", "&numsp;", "&puncsp;", "&ndash;",
      "&mdash;", "&minus;", "&hyphen;", "&dash;",   "&middot;", "&bull;",  "&sdot;",   "&period;"};
  const std::string_view rest = text.substr(at, 10);
  for (const std::string_view name : kNamed) {
    if (rest.starts_with(name)) return name.size();
  }
  if (rest.size() < 4 || rest[1] != '#') return 0;
  const bool hex = rest[2] == 'x' || rest[2] == 'X';
  uint32_t cp = 0;
  size_t k = hex ? 3 : 2;
  const size_t digits_from = k;
  for (; k < rest.size() && rest[k] != ';'; ++k) {
    const char c = rest[k];
    int v = -1;
    if (c >= '0' && c <= '9') v = c - '0';
    if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f') v = (c | 0x20) - 'a' + 10;
    if (v < 0 || k - digits_from >= 6) return 0;
    cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(v);
  }
  if (k == digits_from || k >= rest.size()) return 0;
  const bool separator = cp == ' ' || cp == '-' || cp == '.' || cp == 0xA0 || cp == 0xB7 ||
                         (cp >= 0x2000 && cp <= 0x200A) || (cp >= 0x2010 && cp <= 0x2015) ||
                         cp == 0x2022 || cp == 0x202F || cp == 0x205F || cp == 0x2212 ||
                         cp == 0x3000;
  return separator ? k + 1 : 0;
}

class RunFolder {
 public:
  // `bridges`: the chat joins offered for spelled digits (FindLineJoins' `spelled`, in increasing
  // order); a run open at one reads on past it as past a space, and the bridge is kept
  // (Confirmed()) when the run folds with two digits or more before it.
  RunFolder(std::string_view text, uint32_t lang_mask, TransformLog& log,
            std::span<const LineJoin> bridges = {})
      : text_(text),
        lang_mask_(lang_mask),
        lexicon_(NumberLexiconFor(lang_mask)),
        log_(log),
        skipper_(text, lexicon_),
        bridges_(bridges),
        confirmed_(bridges.size(), false) {}

  // Whether bridges[k] was read across by a run that folded (call after Run()).
  bool Confirmed(size_t k) const { return confirmed_[k]; }

  std::vector<Edit> Run() {
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    const size_t n = text_.size();
    size_t i = 0;
    size_t item_by_item_until = 0;
    size_t bridge = 0;
    size_t next_bridge = bridges_.empty() ? n : bridges_[0].begin;
    while (i < n) {
      if (i >= next_bridge) {
        // A chat join offered for spelled digits: an open run reads on past it.
        while (bridge < bridges_.size() && bridges_[bridge].begin < i) ++bridge;
        if (bridge < bridges_.size() && bridges_[bridge].begin == i && !run_.empty()) {
          i = bridges_[bridge].end;
          ++gap_chars_;
          ++bridge;
        }
        next_bridge = bridge < bridges_.size() ? bridges_[bridge].begin : n;
        if (i >= n) break;
      }
      if (run_.empty() && i >= item_by_item_until) {
        const SkipResult skip = skipper_.Skip(i);
        if (skip.resume == n) break;
        i = skip.resume;
        item_by_item_until = skip.until;
      }
      const unsigned char c = p[i];
      if (c < 0x80) {
        switch (kAsciiClass[c]) {
          case CharClass::kDigit: {
            size_t j = i + 1;
            while (j < n && p[j] >= '0' && p[j] <= '9') ++j;
            AddItem(ItemType::kDigits, i, j, std::string(text_.substr(i, j - i)));
            i = j;
            continue;
          }
          case CharClass::kLetter:
            i = ScanWord(i);
            continue;
          case CharClass::kSeparator:
            if (!run_.empty()) {
              if ((c == ':' || c == '+') && MarkBetweenSingleDigits(text_, i)) {
                AddSymbol(i, i + 1, true);  // "6:0:2:5", "0+6+8+1"
              } else {
                ++gap_chars_;
              }
            }
            ++i;
            continue;
          case CharClass::kPipe:
            if (!run_.empty() && MarkBetweenSingleDigits(text_, i)) {
              AddSymbol(i, i + 1, true);  // a separator between every digit
            } else if (BorderOfDigitBoxes(text_, i)) {
              if (!run_.empty()) ++gap_chars_;  // "|0|8|5|…|8|": the first and last box's side
            } else {
              AddItem(ItemType::kPipe, i, i + 1, "1");
            }
            ++i;
            continue;
          case CharClass::kOther:
            if ((c == '^' || c == '=' || c == '\\') && !run_.empty() &&
                MarkBetweenSingleDigits(text_, i)) {
              AddSymbol(i, i + 1, true);  // "0^8^9^9", "0=6=0=8"
              ++i;
              continue;
            }
            if (c == '&' && !run_.empty()) {
              if (const size_t entity = SeparatorEntityLength(text_, i); entity > 0) {
                AddSymbol(i, i + entity);
                i += entity;
                continue;
              }
            }
            if (c == '\'' && SoftSignBytes(i) > 0) {
              ++gap_chars_;
              ++i;
              continue;
            }
            if (const size_t line_break = SpokenLineBreak(i); line_break > 0) {
              ++gap_chars_;
              i += line_break;
              continue;
            }
            Break();
            ++i;
            continue;
        }
      }
      uint32_t cp;
      const size_t len = DecodeUtf8(p + i, n - i, cp);
      if (IsWordLetter(cp)) {
        i = ScanWord(i);
        continue;
      }
      const int8_t type = u_charType(static_cast<UChar32>(cp));
      if (type == U_SPACE_SEPARATOR || type == U_DASH_PUNCTUATION) {
        if (!run_.empty()) {
          ++gap_chars_;
          // An en dash or a minus between digit groups becomes '-' (Emit), which the extractors
          // read as a separator: the run is looked at even when it holds digits alone.
          run_has_foldable_ |= IsUnicodeDash(cp);
        }
      } else if (!run_.empty() &&
                 (type == U_OTHER_SYMBOL || type == U_MODIFIER_SYMBOL || type == U_MATH_SYMBOL ||
                  IsDotSeparator(cp) || IsPunctuationBetweenDigits(cp, type))) {
        ++gap_chars_;
        if (gap_chars_ > kMaxGapChars) {
          Break();
        } else {
          run_.push_back({static_cast<uint32_t>(i),
                          static_cast<uint32_t>(i + len),
                          0,
                          0,
                          ItemType::kSymbol,
                          {}});
          run_has_foldable_ = true;
        }
      } else if (IsApostrophe(cp) && SoftSignBytes(i) > 0) {
        ++gap_chars_;
      } else {
        Break();
      }
      i += len;
    }
    Break();
    return std::move(edits_);
  }

 private:
  // Scans the word starting at `at`; adds it as an item when it is a number word or look-alike
  // letters, else ends the run. Returns the end of the word.
  size_t ScanWord(size_t at) {
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    const size_t n = text_.size();
    // Fast path for ASCII words of prose: skip the word at once unless the lexicon's ASCII filter
    // may know it or it is made of look-alikes only; no key is built for it.
    size_t j = at;
    while (j < n && p[j] < 0x80 && kAsciiClass[p[j]] == CharClass::kLetter) ++j;
    if (j == n || (p[j] < 0x80 && p[j] != '\'')) {
      const bool lookalike =
          j - at <= kMaxLookalikeLetters &&
          std::all_of(p + at, p + j, [](unsigned char c) { return kAsciiLookalike[c]; });
      if (!lookalike && !lexicon_.MayContainAsciiWord(p + at, j - at, n - at)) {
        if (!run_.empty()) {
          if (const LexiconEntry* e = lexicon_.FindAsciiConnector(p + at, j - at);
              e != nullptr && (e->languages & lang_mask_)) {
            if (e->kind == NumberWordKind::kThen) {
              AddThenWord(at, j);
            } else {
              AddItem(ItemType::kConnector, at, j, {});
            }
            return j;
          }
          if (j - at <= kMaxFillerKeyBytes) {
            const std::string key = AsciiKey(p + at, j - at);
            if (AddHomophone(at, j, key) || AddFillerWord(at, j, key)) return j;
            if (const size_t phrase_end = AddTimesPhrase(key, at, j); phrase_end > 0) {
              return phrase_end;
            }
          }
        }
        if (std::string digits = DigitTokenWord(p, n, at, j); !digits.empty()) {
          AddItem(ItemType::kLookalike, at, j, std::move(digits));
          return j;
        }
        if (std::string digits = CardLineWord(p, n, at, j); !digits.empty()) {
          AddItem(ItemType::kLookalike, at, j, std::move(digits));
          return j;
        }
        if (j - at == 1) {
          if (const char digit = GluedWeakLookalike(p, n, at); digit != 0) {
            AddItem(ItemType::kLookalike, at, j, std::string(1, digit));
            return j;
          }
          if (const char digit = TrailingWeakLookalike(p, n, at);
              digit != 0 && ClosesALaterGroup(at)) {
            AddItem(ItemType::kLookalike, at, j, std::string(1, digit));
            return j;
          }
        }
        if (j - at >= kMinGluedWordsLength && GluedWordsCanSplit(at, j)) {
          key_ = KeyOf(text_.substr(at, j - at));
          if (key_.size() < kMaxKeyBytes &&
              SplitGluedWords(key_, lookalike_, /*words_only=*/true)) {
            AddItem(ItemType::kValue, static_cast<uint32_t>(at), static_cast<uint32_t>(j),
                    lookalike_);
            return j;
          }
        }
        if (EndsWithSpelledValue()) {
          const std::string key = KeyOf(text_.substr(at, j - at));
          if (RepeatsTheValue(key, at, j)) return j;
          DropQuantity(key);
        }
        Break();
        return j;
      }
    }
    key_.clear();
    lookalike_.clear();
    bool all_lookalike = true;
    bool latin = false, cyrillic = false;
    size_t i = at;
    while (i < n) {
      uint32_t cp;
      size_t len;
      if (p[i] < 0x80) {
        cp = p[i];
        len = 1;
      } else {
        len = DecodeUtf8(p + i, n - i, cp);
      }
      if (IsApostrophe(cp)) {
        // Inside a word only: п'ять, дев’ять.
        if (i == at || i + len >= n) break;
        uint32_t next;
        DecodeUtf8(p + i + len, n - i - len, next);
        if (!IsWordLetter(next)) break;
        all_lookalike = false;
        i += len;
        continue;
      }
      if (!IsWordLetter(cp)) break;
      if (key_.size() < kMaxKeyBytes) AppendKeyChar(cp, key_);
      latin |= cp < 0x250;
      cyrillic |= cp >= 0x400 && cp < 0x530;
      if (all_lookalike) {
        const char d = LookalikeDigit(cp);
        if (d == 0 || lookalike_.size() >= kMaxLookalikeLetters) {
          all_lookalike = false;
        } else {
          lookalike_.push_back(d);
        }
      }
      i += len;
    }
    const auto begin = static_cast<uint32_t>(at), end = static_cast<uint32_t>(i);
    if (key_.size() < kMaxKeyBytes) {
      const LexiconEntry* e = lexicon_.Find(key_, HashKey(key_));
      if (e != nullptr && (e->languages & lang_mask_) == 0) e = nullptr;
      // A word of Latin and Cyrillic letters ("zеro" with a Cyrillic е, "вoсемь" with a Latin o):
      // the number word its look-alike letters spell in one script.
      if (e == nullptr && latin && cyrillic) e = FindInOneScript(key_);
      if (e != nullptr) {
        // A word of two letters with a digit glued on both sides ("u2a5um869", "7un4") is a
        // piece of a code (a hash, a wallet address), not a digit spelled out.
        const bool code_piece = e->kind == NumberWordKind::kValue && i - at <= 2 && at > 0 &&
                                i < n && p[at - 1] >= '0' && p[at - 1] <= '9' && p[i] >= '0' &&
                                p[i] <= '9';
        if (code_piece) {
          Break();
          return i;
        }
        // A filler of the languages of the run's last number word that is a number word of
        // other languages only ("seven, um, zero": "um" is one in Portuguese): the filler, where
        // the text's language is unknown. Set off by commas it is the filler even where the last
        // number word is one of the number word's languages too ("zero zero, um, nine": "zero" is
        // Portuguese as well), when the text's language is unknown: a speaker's hesitation.
        // So too between full stops or in brackets, as transcripts write it ("zero zero. Um.
        // Nine", "(um)").
        const auto sets_off_before = [&](size_t b) {
          return b >= 2 && ((text_[b - 1] == ' ' && (text_[b - 2] == ',' || text_[b - 2] == '.')) ||
                            text_[b - 1] == '(' || text_[b - 1] == '[');
        };
        const bool set_off =
            lang_mask_ == lexicon_.all_languages && sets_off_before(begin) && end < text_.size() &&
            (text_[end] == ',' || text_[end] == '.' || text_[end] == ')' || text_[end] == ']');
        if (!run_.empty() && word_languages_ != 0 &&
            ((e->languages & word_languages_) == 0 || set_off) &&
            lexicon_.IsFiller(key_, word_languages_) && AddFillerWord(begin, end, key_)) {
          return i;
        }
        if (!run_.empty() &&
            (e->kind == NumberWordKind::kValue || e->kind == NumberWordKind::kWeakZero) &&
            WordInBracketsRepeatsDigit(begin, end, e->digits)) {
          // "7 (siete) 1 (uno)": the word spells the digit before it once more, as a number is
          // dictated for clarity; it and its brackets go, as a mark between digits does.
          --gap_chars_;  // the '(' read as a separator is the symbol's
          AddSymbol(begin - 1, end + 1, true);
          return end + 1;
        }
        if (e->kind == NumberWordKind::kValue || e->kind == NumberWordKind::kWeakZero ||
            e->kind == NumberWordKind::kMultiplier) {
          word_languages_ = e->languages & lang_mask_;
        }
        switch (e->kind) {
          case NumberWordKind::kConnector:
            AddItem(ItemType::kConnector, begin, end, {});
            return i;
          case NumberWordKind::kValue:
            if (run_.empty() && e->digits.size() == 1) ReadTensBefore(begin);
            if (run_.empty()) ReadFillerBefore(begin);
            AddItem(ItemType::kValue, begin, end, e->digits);
            return i;
          case NumberWordKind::kMultiplier:
            AddItem(ItemType::kMultiplier, begin, end, e->digits);
            return i;
          case NumberWordKind::kWeakZero:
            if (run_.empty()) ReadFillerBefore(begin);
            AddItem(ItemType::kWeakZero, begin, end, e->digits);
            return i;
          case NumberWordKind::kHundred:
            ReadArticleAsOne(begin);
            AddItem(ItemType::kHundred, begin, end, e->digits);
            return i;
          case NumberWordKind::kSeparator:
            AddSeparatorWord(begin, end);
            return i;
          case NumberWordKind::kThen: {
            // A word between blanks; a letter between other separators is a look-alike
            // ("7~I~8", "5i2"), not the word "and".
            const auto blank = [](unsigned char c) { return c == ' ' || c == '\t'; };
            if (at == 0 || !blank(p[at - 1]) || i >= n || !blank(p[i])) break;
            AddThenWord(begin, end);
            return i;
          }
          case NumberWordKind::kFiller:      // not in the entries (Lexicon::fillers)
          case NumberWordKind::kHomophone:   // nor these (Lexicon::homophones)
          case NumberWordKind::kCorrection:  // nor these (Lexicon::corrections)
            break;
          case NumberWordKind::kDigitNoun:
            // "три шестёрки", "podwójna trójka": a digit only after a count or a multiplier;
            // else a word as any other (below).
            if (CountsTheDigitNoun(begin)) {
              AddItem(ItemType::kValue, begin, end, e->digits);
              return i;
            }
            break;
        }
      }
    }
    if (all_lookalike && !lookalike_.empty()) {
      AddItem(ItemType::kLookalike, begin, end, lookalike_);
      return i;
    }
    // A Cyrillic О with S or B in a contact card's number ("ОBB 123 4567", CardLineWord).
    if (latin && cyrillic) {
      if (std::string digits = CardLineWord(p, n, at, i); !digits.empty()) {
        AddItem(ItemType::kLookalike, begin, end, std::move(digits));
        return i;
      }
    }
    if (!run_.empty() && (AddHomophone(at, i, key_) || AddFillerWord(at, i, key_))) return i;
    // Number words glued to each other and to digits: "нульдев'ятьтри765", "Здваодин". Only
    // words glued to a digit or to the item before are split, so prose costs nothing here. (Words
    // of ASCII letters alone do not get here: ProseSkipper and the fast path above pass over
    // them, so "dwatrzy4567" stays as it is.) The
    // pieces are digit-like as a whole, and glued: they count as look-alikes do.
    const bool glued = (at > 0 && p[at - 1] >= '0' && p[at - 1] <= '9') ||
                       (i < n && p[i] >= '0' && p[i] <= '9') ||
                       (!run_.empty() && run_.back().end == at);
    if (glued && key_.size() < kMaxKeyBytes && SplitGluedWords(key_, lookalike_)) {
      AddItem(ItemType::kLookalike, begin, end, lookalike_);
      return i;
    }
    // Apart from the run, but in it (a space or a separator after its last item: "0осем89
    // четиричетиричетири 235", "093 666 89 двашість"): number words alone, two or more.
    if (!glued && !run_.empty() && key_.size() < kMaxKeyBytes &&
        SplitGluedWords(key_, lookalike_, /*words_only=*/true)) {
      AddItem(ItemType::kValue, begin, end, lookalike_);
      return i;
    }
    if (EndsWithSpelledValue()) {
      if (RepeatsTheValue(key_, at, i)) return i;
      DropQuantity(key_);
    }
    Break();
    return i;
  }

  // The number word of the text's languages that `key`, of Latin and Cyrillic letters, spells once
  // its letters are read in one script, Cyrillic or Latin (each letter with a look-alike in the
  // other script: a c e o p x y k m t h b i), or nullptr.
  const LexiconEntry* FindInOneScript(std::string_view key) const {
    // Latin letters (lower case) and their Cyrillic look-alikes.
    static constexpr std::array<std::pair<char, uint32_t>, 13> kTwins = {{
        {'a', 0x430},
        {'b', 0x432},
        {'c', 0x441},
        {'e', 0x435},
        {'h', 0x43D},
        {'i', 0x456},
        {'k', 0x43A},
        {'m', 0x43C},
        {'o', 0x43E},
        {'p', 0x440},
        {'t', 0x442},
        {'x', 0x445},
        {'y', 0x443},
    }};
    std::string cyrillic, latin;
    bool to_cyrillic = true, to_latin = true;
    const auto* p = reinterpret_cast<const unsigned char*>(key.data());
    for (size_t i = 0; i < key.size();) {
      uint32_t cp;
      i += DecodeUtf8(p + i, key.size() - i, cp);
      uint32_t as_cyrillic = cp, as_latin = cp;
      if (cp < 0x80) {
        const auto twin = std::find_if(kTwins.begin(), kTwins.end(), [&](const auto& t) {
          return static_cast<unsigned char>(t.first) == cp;
        });
        to_cyrillic &= twin != kTwins.end();
        if (twin != kTwins.end()) as_cyrillic = twin->second;
      } else {
        const auto twin = std::find_if(kTwins.begin(), kTwins.end(),
                                       [&](const auto& t) { return t.second == cp; });
        to_latin &= twin != kTwins.end();
        if (twin != kTwins.end()) as_latin = static_cast<uint32_t>(twin->first);
      }
      char buf[4];
      if (to_cyrillic) cyrillic.append(buf, EncodeUtf8(as_cyrillic, buf));
      if (to_latin) latin.append(buf, EncodeUtf8(as_latin, buf));
    }
    for (const std::string* one : {&cyrillic, &latin}) {
      if ((one == &cyrillic ? to_cyrillic : to_latin)) {
        const LexiconEntry* e = lexicon_.Find(*one, HashKey(*one));
        if (e != nullptr && (e->languages & lang_mask_) != 0) return e;
      }
    }
    return nullptr;
  }

  // Whether the ASCII word [at, end), which is no key of the lexicon, may be number words glued
  // together: glued to a digit ("02settedue", "seiscuatro2"), or after the open run's last item
  // ("048zes zesnul 66 94").
  bool GluedWordsCanSplit(size_t at, size_t end) const {
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    return !run_.empty() || (at > 0 && IsAsciiDigit(p[at - 1])) ||
           (end < text_.size() && IsAsciiDigit(p[end]));
  }

  // The start of the word that ends at `end` (letters of any script, apostrophes inside), not
  // before `floor`; `end` when there is none.
  size_t WordStartBefore(size_t end, size_t floor) const {
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    size_t k = end;
    while (k > floor && end - k < kMaxKeyBytes) {
      size_t lead = k - 1;
      while (lead > floor && (p[lead] & 0xC0) == 0x80) --lead;
      uint32_t cp;
      DecodeUtf8(p + lead, k - lead, cp);
      if (!IsWordLetter(cp)) break;
      k = lead;
    }
    return k;
  }

  // A unit that opens a run after tens and a joining word ("treinta y cuatro 722 …", "vingt et
  // un"): the skipper tests only the words right before digits and may have passed the tens.
  // Reads them back as items, never before the last item of an earlier run (its edits are made).
  void ReadTensBefore(size_t unit_at) {
    size_t k = unit_at;
    while (k > items_end_ && text_[k - 1] == ' ') --k;
    if (k == unit_at) return;
    const size_t joiner_end = k, joiner_begin = WordStartBefore(k, items_end_);
    if (joiner_begin == joiner_end) return;
    std::string key = KeyOf(text_.substr(joiner_begin, joiner_end - joiner_begin));
    const LexiconEntry* joiner = lexicon_.Find(key, HashKey(key));
    if (joiner == nullptr || joiner->kind != NumberWordKind::kConnector ||
        (joiner->languages & lang_mask_) == 0) {
      return;
    }
    k = joiner_begin;
    while (k > items_end_ && text_[k - 1] == ' ') --k;
    if (k == joiner_begin) return;
    const size_t tens_end = k, tens_begin = WordStartBefore(k, items_end_);
    if (tens_begin == tens_end) return;
    key = KeyOf(text_.substr(tens_begin, tens_end - tens_begin));
    const LexiconEntry* tens = lexicon_.Find(key, HashKey(key));
    if (tens == nullptr || tens->kind != NumberWordKind::kValue || tens->digits.size() != 2 ||
        tens->digits[1] != '0' || tens->digits[0] < '2' || (tens->languages & lang_mask_) == 0) {
      return;
    }
    AddItem(ItemType::kValue, tens_begin, tens_end, tens->digits);
    gap_chars_ = 1;
    AddItem(ItemType::kConnector, joiner_begin, joiner_end, {});
    gap_chars_ = 1;
  }

  // A number word and a filler before the word that opens a run ("oh, um, seven seven …", "zero
  // uh six …"): the skipper tests only every few words in a row and may have passed them. Reads
  // them back as items, never before the last item of an earlier run; Evaluate() keeps the filler
  // only between two groups of a number read out.
  void ReadFillerBefore(size_t word_at) {
    // The start of the blanks and pause marks (at most four) that end at `end`.
    const auto pause_before = [&](size_t end) {
      size_t k = end;
      while (k > items_end_ && end - k < 4 &&
             (text_[k - 1] == ' ' || text_[k - 1] == ',' || text_[k - 1] == '-' ||
              text_[k - 1] == '.')) {
        --k;
      }
      return k;
    };
    const size_t filler_end = pause_before(word_at);
    if (filler_end == word_at) return;
    const size_t filler_begin = WordStartBefore(filler_end, items_end_);
    if (filler_begin == filler_end || filler_end - filler_begin > kMaxFillerKeyBytes ||
        !lexicon_.IsFiller(KeyOf(text_.substr(filler_begin, filler_end - filler_begin)),
                           lang_mask_)) {
      return;
    }
    const size_t word_end = pause_before(filler_begin);
    if (word_end == filler_begin) return;
    const size_t word_begin = WordStartBefore(word_end, items_end_);
    if (word_begin == word_end) return;
    const std::string key = KeyOf(text_.substr(word_begin, word_end - word_begin));
    const LexiconEntry* word = lexicon_.Find(key, HashKey(key));
    if (word == nullptr || (word->languages & lang_mask_) == 0 ||
        (word->kind != NumberWordKind::kValue && word->kind != NumberWordKind::kWeakZero)) {
      return;
    }
    AddItem(word->kind == NumberWordKind::kValue ? ItemType::kValue : ItemType::kWeakZero,
            word_begin, word_end, word->digits);
    gap_chars_ = static_cast<uint32_t>(filler_begin - word_end);
    AddItem(ItemType::kFillerWord, filler_begin, filler_end, {});
    gap_chars_ = static_cast<uint32_t>(word_at - filler_end);
  }

  // A times phrase opened by the word [begin, end), whose key is `key`, after a digit of the open
  // run (Romanian "zero șapte de două ori opt" = 07 888: kTimesPhraseOpeners): a spelled two or
  // three of the text's languages and a word for times (kTimesKeys) follow it, blanks between.
  // The phrase is added as one multiplier ("double"), and its end returned; 0 when there is none.
  size_t AddTimesPhrase(std::string_view key, size_t begin, size_t end) {
    if (run_.empty() || !IsDigitLike(run_.back().type) || !IsTimesPhraseOpener(key)) return 0;
    const size_t count_begin = AfterBlanks(end);
    const size_t count_end = WordEndAt(count_begin);
    if (count_begin == end || count_end == count_begin) return 0;
    const std::string count_key = KeyOf(text_.substr(count_begin, count_end - count_begin));
    const LexiconEntry* e = lexicon_.Find(count_key, HashKey(count_key));
    if (e == nullptr || (e->languages & lang_mask_) == 0 || e->kind != NumberWordKind::kValue ||
        (e->digits != "2" && e->digits != "3")) {
      return 0;
    }
    const size_t times_begin = AfterBlanks(count_end);
    const size_t times_end = WordEndAt(times_begin);
    if (times_begin == count_end || times_end == times_begin ||
        !IsTimesKey(KeyOf(text_.substr(times_begin, times_end - times_begin)))) {
      return 0;
    }
    word_languages_ = e->languages & lang_mask_;
    AddItem(ItemType::kMultiplier, begin, times_end, e->digits);
    return times_end;
  }
  // The offset after the blanks (spaces, tabs) at `at`.
  size_t AfterBlanks(size_t at) const {
    while (at < text_.size() && (text_[at] == ' ' || text_[at] == '\t')) ++at;
    return at;
  }
  // The end of the word of letters (IsWordLetter) that starts at `at` (`at` when none does).
  size_t WordEndAt(size_t at) const {
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    while (at < text_.size()) {
      uint32_t cp;
      const size_t len = DecodeUtf8(p + at, text_.size() - at, cp);
      if (cp == kInvalid || !IsWordLetter(cp)) break;
      at += len;
    }
    return at;
  }

  // Whether a weak look-alike at `at` (TrailingWeakLookalike) closes a later group of the open
  // run: glued to the digits before it, whose token is not the run's first group, and with the
  // six digits or more before it that make it the seventh, the fewest a phone number has ("Tel
  // O72l 384 92S"; not "75B 60 90", "Size 36 38S").
  bool ClosesALaterGroup(size_t at) const {
    constexpr size_t kDigitsBefore = 6, kDigitsBeforeInDisguise = 3;
    if (run_.empty() || run_.back().end != at) return false;
    const auto digit_like = [](const Item& item) {
      return item.type == ItemType::kDigits || item.type == ItemType::kLookalike ||
             item.type == ItemType::kValue || item.type == ItemType::kWeakZero;
    };
    size_t first = run_.size() - 1;  // the first item of the token that ends at `at`
    if (run_[first].type != ItemType::kDigits) return false;
    while (first > 0 && run_[first - 1].end == run_[first].begin &&
           run_[first - 1].type != ItemType::kSymbol) {
      --first;
    }
    // Both walks go back only as far as they must (the nearest digit-like item, the sixth
    // digit): a long run of such groups stays linear.
    bool earlier_group = false;
    for (size_t k = first; k-- > 0 && !earlier_group;) earlier_group = digit_like(run_[k]);
    if (!earlier_group) return false;
    size_t digits = 0;
    for (size_t k = run_.size(); k-- > 0 && digits < kDigitsBefore;) {
      if (digit_like(run_[k])) digits += run_[k].digits.size();
    }
    return digits >= kDigitsBefore || (digits >= kDigitsBeforeInDisguise && HoldsGluedLookalike());
  }

  // Whether one of the open run's last items is a look-alike letter glued to a digit ("6З4",
  // "О67"): the number is disguised, and a weak look-alike closing a later group ("6З4 8Z") is
  // its digit with fewer digits before it.
  bool HoldsGluedLookalike() const {
    const size_t from = run_.size() > 12 ? run_.size() - 12 : 0;
    for (size_t k = from; k < run_.size(); ++k) {
      if (run_[k].type != ItemType::kLookalike) continue;
      const bool glued_before =
          k > 0 && run_[k - 1].type == ItemType::kDigits && run_[k - 1].end == run_[k].begin;
      const bool glued_after = k + 1 < run_.size() && run_[k + 1].type == ItemType::kDigits &&
                               run_[k + 1].begin == run_[k].end;
      if (glued_before || glued_after) return true;
    }
    return false;
  }

  // "три пъти осем": when `key`, the key of the word [word_begin, word_end), is a word for times
  // (kTimesKeys) right after a spelled two or three, that value becomes a multiplier ("double")
  // that ends with the word.
  bool RepeatsTheValue(std::string_view key, size_t word_begin, size_t word_end) {
    if (!IsTimesKey(key) || run_.empty()) return false;
    Item& last = run_.back();
    if (last.type != ItemType::kValue || (last.digits != "2" && last.digits != "3")) return false;
    const std::string_view gap = text_.substr(last.end, word_begin - last.end);
    if (gap.empty() || !std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' '; })) {
      return false;
    }
    last.type = ItemType::kMultiplier;
    last.end = static_cast<uint32_t>(word_end);
    gap_chars_ = 0;
    return true;
  }

  // Whether the noun for a digit that starts at `noun_at` ("шестёрки", "piątka") is counted: right
  // after a multiplier ("podwójna trójka") or a spelled two, three or four ("три шестёрки"), spaces
  // alone between them. A count becomes a multiplier ("double") of the noun's digit.
  bool CountsTheDigitNoun(size_t noun_at) {
    if (run_.empty()) return false;
    Item& last = run_.back();
    const bool count = last.type == ItemType::kValue && last.digits.size() == 1 &&
                       last.digits[0] >= '2' && last.digits[0] <= '4';
    if (!count && last.type != ItemType::kMultiplier) return false;
    const std::string_view gap = text_.substr(last.end, noun_at - last.end);
    if (gap.empty() || !std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' '; })) {
      return false;
    }
    last.type = ItemType::kMultiplier;
    return true;
  }

  // Romanian "o sută" (a hundred): the article o, a look-alike 0 by itself, right before a word for
  // hundred (which starts at `hundred_at`) is one.
  void ReadArticleAsOne(size_t hundred_at) {
    if (run_.empty()) return;
    Item& last = run_.back();
    if (last.type != ItemType::kLookalike || last.end - last.begin != 1 ||
        (text_[last.begin] | 0x20) != 'o') {
      return;
    }
    const std::string_view gap = text_.substr(last.end, hundred_at - last.end);
    if (gap.empty() || !std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' '; })) {
      return;
    }
    last.type = ItemType::kValue;
    last.digits = "1";
  }

  // Whether the open run ends with a spelled number (symbols after it aside).
  bool EndsWithSpelledValue() const {
    for (size_t k = run_.size(); k-- > 0;) {
      if (run_[k].type != ItemType::kSymbol) return run_[k].type == ItemType::kValue;
    }
    return false;
  }

  // Before the run breaks on the word whose key is `key`: when that word is a quantity ("Stunden",
  // "часа"), the spelled number before it counts them and leaves the run ("… 4567 Zwei Stunden").
  void DropQuantity(std::string_view key) {
    if (!IsQuantityKey(key)) return;
    while (!run_.empty() && run_.back().type == ItemType::kSymbol) run_.pop_back();
    if (!run_.empty() && run_.back().type == ItemType::kValue) run_.pop_back();
  }

  // Splits a word's key into single-digit number words of the accepted languages and look-alike
  // letters, at least two pieces and one of them a word ("одиндватри" = 123, "здва" = 32). Sets
  // `digits`; false when the key splits no such way. Quadratic in the key, which is at most
  // kMaxKeyBytes long.
  bool SplitGluedWords(std::string_view key, std::string& digits, bool words_only = false) const {
    const size_t n = key.size();
    std::array<int8_t, kMaxKeyBytes + 1> from{};  // the piece that reaches each offset starts here
    std::array<char, kMaxKeyBytes + 1> digit{};
    std::array<bool, kMaxKeyBytes + 1> by_word{};
    from.fill(-1);
    from[0] = 0;
    const auto char_start = [&](size_t q) {
      return q == n || (static_cast<unsigned char>(key[q]) & 0xC0) != 0x80;
    };
    for (size_t start = 0; start < n; ++start) {
      if (from[start] < 0 || !char_start(start)) continue;
      uint64_t h = 0xcbf29ce484222325ull;  // HashKey(), one byte at a time
      for (size_t q = start + 1; q <= n && q - start <= 24; ++q) {
        h = (h ^ static_cast<unsigned char>(key[q - 1])) * 0x100000001b3ull;
        if (!char_start(q)) continue;
        const std::string_view piece = key.substr(start, q - start);
        const LexiconEntry* e = lexicon_.Find(piece, h ^ (h >> 29));
        char d = 0;
        bool word = false;
        if (e && (e->languages & lang_mask_) && e->digits.size() == 1 &&
            (e->kind == NumberWordKind::kValue || e->kind == NumberWordKind::kWeakZero)) {
          d = e->digits[0];
          word = true;
        } else if (!words_only) {
          uint32_t cp;
          if (DecodeUtf8(reinterpret_cast<const unsigned char*>(piece.data()), piece.size(), cp) ==
              piece.size()) {
            d = LookalikeDigit(cp);
          }
        }
        if (d == 0 || (from[q] >= 0 && !word)) continue;
        from[q] = static_cast<int8_t>(start);
        digit[q] = d;
        by_word[q] = word;
      }
    }
    if (from[n] < 0) return false;
    digits.clear();
    size_t pieces = 0, words = 0;
    for (size_t q = n; q > 0; q = static_cast<size_t>(from[q])) {
      digits.push_back(digit[q]);
      ++pieces;
      words += by_word[q];
    }
    std::reverse(digits.begin(), digits.end());
    return pieces >= 2 && words >= 1;
  }

  void AddItem(ItemType type, size_t begin, size_t end, std::string digits) {
    if (!run_.empty() && gap_chars_ > kMaxGapChars) Break();
    uint32_t gap_begin = static_cast<uint32_t>(begin);
    for (size_t k = run_.size(); k-- > 0;) {
      if (run_[k].type != ItemType::kSymbol) {
        gap_begin = run_[k].end;
        break;
      }
    }
    if (type != ItemType::kDigits) run_has_foldable_ = true;
    items_end_ = std::max<size_t>(items_end_, end);
    run_.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end), gap_begin,
                    run_.empty() ? 0 : gap_chars_, type, std::move(digits)});
    gap_chars_ = 0;
  }

  static bool IsDigitLike(ItemType t) {
    return t == ItemType::kDigits || t == ItemType::kValue || t == ItemType::kWeakZero ||
           t == ItemType::kLookalike;
  }

  // A word for a dash or a space ("tiret", "Strich", "тире"): an item when it follows a digit
  // group of the open run, else the end of the run ("jule minus weiss" opens none). Evaluate()
  // keeps it only between two digit groups (SeparatorWordJoins).
  void AddSeparatorWord(size_t begin, size_t end) {
    if (run_.empty() || !IsDigitLike(run_.back().type) || gap_chars_ == 0) {
      Break();
      return;
    }
    AddItem(ItemType::kSeparatorWord, begin, end, {});
  }

  // A word for "then" ("dann", "потом"): an item when it follows a digit group of the open run,
  // else the end of the run. Evaluate() keeps it only between two groups of a spoken number
  // (ThenWordJoins).
  void AddThenWord(size_t begin, size_t end) {
    if (run_.empty() ||
        !(IsDigitLike(run_.back().type) || run_.back().type == ItemType::kConnector ||
          run_.back().type == ItemType::kThenWord || run_.back().type == ItemType::kFillerWord)) {
      Break();
      return;
    }
    AddItem(ItemType::kThenWord, begin, end, {});
  }

  // A speaker's filler ("uh", "ähm", "ну") with key `key` after a digit group, a "then" or another
  // filler of the open run: an item, and true. False when the word is no filler of the text's
  // languages (the caller reads it as any other word); the end of the run when it is one but
  // stands elsewhere. Evaluate() keeps it only between two groups of a spoken number
  // (ThenWordJoins), as a "then".
  bool AddFillerWord(size_t begin, size_t end, std::string_view key) {
    const bool correction = lexicon_.IsCorrection(key, lang_mask_);
    if (!correction && !lexicon_.IsFiller(key, lang_mask_)) return false;
    const ItemType last = run_.back().type;
    if (!(IsDigitLike(last) || last == ItemType::kHundred || last == ItemType::kThenWord ||
          last == ItemType::kFillerWord)) {
      Break();
      return true;
    }
    AddItem(ItemType::kFillerWord, begin, end, {});
    run_.back().correction = correction;
    return true;
  }

  // A homophone of a digit ("to", "won") with key `key` right after a digit read alone in the open
  // run, a blank between: an item (a weak digit, as "oh" is), and true. Evaluate() keeps it only
  // between two digits read one by one (HomophoneCounts). False elsewhere: the word it is.
  bool AddHomophone(size_t begin, size_t end, std::string_view key) {
    const Item& last = run_.back();
    if (!IsSpelledDigit(last) || gap_chars_ != 1 || text_[begin - 1] != ' ') return false;
    const char digit = lexicon_.HomophoneDigit(key, lang_mask_);
    if (digit == 0) return false;
    AddItem(ItemType::kWeakZero, begin, end, std::string(1, digit));
    return true;
  }
  // A digit read alone: "seven", "oh", a homophone.
  static bool IsSpelledDigit(const Item& x) {
    return (x.type == ItemType::kValue || x.type == ItemType::kWeakZero) && x.digits.size() == 1;
  }

  // The bytes of an apostrophe at `at` that writes the soft sign of a Russian or Ukrainian digit
  // word in Latin letters ("nol'", "pyat’", "sem'"): right after a spelled number word of the open
  // run, ending in an ASCII letter, with no letter after it. 0 elsewhere.
  size_t SoftSignBytes(size_t at) const {
    if (run_.empty() || run_.back().end != at || run_.back().type != ItemType::kValue) return 0;
    return ApostropheAfterLatinWord(at);
  }
  // The bytes of an apostrophe at `at` ('\'', ’ or ʼ) after an ASCII letter, with no ASCII letter
  // after it; else 0.
  size_t ApostropheAfterLatinWord(size_t at) const {
    const auto letter = [](unsigned char c) {
      return c < 0x80 && kAsciiClass[c] == CharClass::kLetter;
    };
    if (at == 0 || at >= text_.size() || !letter(static_cast<unsigned char>(text_[at - 1]))) {
      return 0;
    }
    size_t len = 0;
    if (text_[at] == '\'') {
      len = 1;
    } else if (text_.substr(at, 3) == "\u2019") {
      len = 3;
    } else if (text_.substr(at, 2) == "\u02BC") {
      len = 2;
    }
    if (len == 0 || at + len >= text_.size()) return len;
    return letter(static_cast<unsigned char>(text_[at + len])) ? 0 : len;
  }

  // Whether a line break between the spelled units `before` and `after` (`digits_before` digits
  // in the part up to it) is inside one number read out: a digit read alone beside the break
  // ("zero seven⏎seven hundred"; a list, "one hundred⏎two hundred", stays), the digits before
  // it not yet a whole number's and no 0 opening another number after it (as a full stop,
  // StopPauses).
  static bool LinesJoin(const Unit& before, const Unit& after, size_t digits_before) {
    return digits_before < kWholeNumberDigits && before.folded && after.folded &&
           IsSpelled(before.type) && IsSpelled(after.type) &&
           (before.digits.size() == 1 || after.digits.size() == 1) && !after.digits.empty() &&
           after.digits[0] != '0';
  }

  // The bytes of the line break at `at` ("\n" or "\r\n") when a number read out goes on over it,
  // as a transcript breaks its lines: right after a spelled word of the open run (blanks, a comma
  // or a full stop between), the next line opening with a word (not with a time or a speaker's
  // digits: "[0:08]"). Emit() joins the lines only between two spelled groups. 0 elsewhere.
  size_t SpokenLineBreak(size_t at) const {
    const size_t len = text_[at] == '\n' ? 1 : text_.substr(at, 2) == "\r\n" ? 2 : 0;
    if (len == 0 || run_.empty()) return 0;
    const Item& last = run_.back();
    if (!(IsSpelled(last.type) || last.type == ItemType::kHundred) || at - last.end > 2) return 0;
    for (size_t k = last.end; k < at; ++k) {
      if (text_[k] != ' ' && text_[k] != '\t' && text_[k] != ',' && text_[k] != '.') return 0;
    }
    size_t k = at + len;
    while (k < text_.size() && (text_[k] == ' ' || text_[k] == '\t')) ++k;
    if (k >= text_.size()) return 0;
    const auto c = static_cast<unsigned char>(text_[k]);
    return c >= 0x80 || kAsciiClass[c] == CharClass::kLetter ? len : 0;
  }

  // The lexicon key of the ASCII word w[0, len): lower case.
  static std::string AsciiKey(const unsigned char* w, size_t len) {
    std::string key(len, ' ');
    for (size_t k = 0; k < len; ++k) key[k] = static_cast<char>(w[k] | 0x20);
    return key;
  }

  // Whether the number word text_[begin, end), worth `digits`, stands in brackets right after
  // the same single digit ("7 (siete)", "0(нула)"): the digit dictated with its word.
  bool WordInBracketsRepeatsDigit(size_t begin, size_t end, std::string_view digits) const {
    if (digits.size() != 1 || begin < 2 || end >= text_.size() || text_[end] != ')' ||
        text_[begin - 1] != '(') {
      return false;
    }
    size_t k = begin - 2;
    if (text_[k] == ' ' && k > 0) --k;
    return text_[k] == digits[0] && (k == 0 || text_[k - 1] < '0' || text_[k - 1] > '9');
  }

  // An HTML entity of a space, dash or dot written between digit groups of an open run
  // ("07700&nbsp;900&nbsp;846"): a symbol between them, as an emoji is.
  // A mark written between every digit (MarkBetweenSingleDigits) is `digit_mark`: its gap, blanks
  // and all, goes, so that the digits read as one group ("5 | 7 | 2" -> "572").
  void AddSymbol(size_t begin, size_t end, bool digit_mark = false) {
    if (++gap_chars_ > kMaxGapChars) {
      Break();
      return;
    }
    run_.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end), 0, 0,
                    ItemType::kSymbol, digit_mark ? std::string(kDigitMark) : std::string()});
    run_has_foldable_ = true;
  }
  static constexpr std::string_view kDigitMark = "mark";

  void Break() {
    if (run_has_foldable_) Evaluate();
    run_.clear();
    word_languages_ = 0;
    gap_chars_ = 0;
    run_has_foldable_ = false;
  }

  static bool IsSpelled(ItemType t) { return t == ItemType::kValue || t == ItemType::kWeakZero; }
  // Whether the units are a count ("one, two, three, four, five, six, seven, eight, nine, ten"):
  // five or more spelled numbers, each one more than the one before. A counted list is no number.
  static bool IsCount(const std::vector<Unit>& units) {
    constexpr size_t kCountLength = 5;
    if (units.size() < kCountLength) return false;
    int previous = -1;
    for (const Unit& u : units) {
      if (!u.folded || !IsSpelled(u.type) || u.digits.empty() || u.digits.size() > 2) return false;
      const int value = std::stoi(u.digits);
      if (previous >= 0 && value != previous + 1) return false;
      previous = value;
    }
    return true;
  }
  // Whether `item` and `prev`, one digit each, are each led by the same separator of one byte, no
  // blank ("~"): a number written digit by digit.
  bool SameNonBlankSeparator(const Item& item, const Item& prev) const {
    const std::string_view gap = Gap(item);
    return item.digits.size() == 1 && prev.digits.size() == 1 && gap.size() == 1 && gap[0] != ' ' &&
           gap[0] != '\t' && Gap(prev) == gap;
  }
  std::string_view Gap(const Item& item) const {
    return text_.substr(item.gap_begin, item.begin - item.gap_begin);
  }
  bool GapIsBlank(const Item& item) const {
    const std::string_view gap = Gap(item);
    return std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '\t'; });
  }
  // A reader's pause between two groups of a number read out: blanks and one comma, or one dash
  // ('-', en or em dash), slash or ellipsis between blanks ("five five five, oh one", "nine oh oh -
  // triple seven", "double O / nine", "seven oh oh... nine").
  static bool IsPause(std::string_view gap) {
    size_t marks = 0, blanks = 0;
    for (size_t i = 0; i < gap.size();) {
      if (gap[i] == ' ' || gap[i] == '\t') {
        ++blanks;
        ++i;
      } else if (gap[i] == ',' || gap[i] == '-' || gap[i] == '/') {
        ++marks;
        ++i;
      } else if (gap.substr(i).starts_with("\u2013") || gap.substr(i).starts_with("\u2014") ||
                 gap.substr(i).starts_with("\u2026")) {
        ++marks;
        i += 3;
      } else if (gap.substr(i).starts_with("..")) {  // an ellipsis: "oh oh... nine"
        ++marks;
        while (i < gap.size() && gap[i] == '.') ++i;
      } else {
        return false;
      }
    }
    return marks == 1 && (blanks > 0 || gap[0] == ',');
  }
  // Whether a full stop between units[u - 1] and units[u] of a part (`digits_before` digits before
  // it) is a pause inside one number read out: both spelled, two units or more before it (a price
  // or an age alone, "für dreihundert.", ends its sentence), the digits before it not yet a whole
  // number's, and the group after it not opening another number with a 0 ("dreihundert. null
  // eins sechs null …").
  static bool StopPauses(const std::vector<Unit>& units, size_t u, size_t digits_before) {
    return u >= 2 && digits_before < kWholeNumberDigits && units[u - 1].folded && units[u].folded &&
           IsSpelled(units[u - 1].type) && IsSpelled(units[u].type) && !units[u].digits.empty() &&
           units[u].digits[0] != '0';
  }
  // A full stop and blanks after it ("seven. Nine"): a sentence's end, which in a transcript may
  // fall between two groups of a number read out.
  static bool IsStop(std::string_view gap) {
    return gap.size() >= 2 && gap[0] == '.' &&
           std::all_of(gap.begin() + 1, gap.end(), [](char c) { return c == ' ' || c == '\t'; });
  }
  // A gap before, after or between fillers: blanks, a pause or a full stop, with a bracket closing
  // a filler before it or opening one after it ("seven (uh) nine", "oh oh [inaudible], nine",
  // "euh [pause] douze", "seven. Uh. Nine").
  static bool IsFillerGap(std::string_view gap) {
    const bool closes = !gap.empty() && (gap.front() == ')' || gap.front() == ']');
    if (closes) gap.remove_prefix(1);
    const bool opens = !gap.empty() && (gap.back() == '(' || gap.back() == '[');
    if (opens) gap.remove_suffix(1);
    if (gap.empty()) return closes || opens;
    return IsStop(gap) ||
           std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '\t'; }) ||
           IsPause(gap);
  }
  // Joins a multiplier to its digit and tens to units: "double-oh", "vingt-deux", "fifty one".
  bool GapIsBlankOrHyphen(const Item& item) const {
    const std::string_view gap = Gap(item);
    return std::all_of(gap.begin(), gap.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '-'; });
  }

  // Decides which look-alikes and weak zeros count as digits, combines tens and units and
  // multipliers, and folds every part of the run that yields at least kMinRunDigits digits.
  void Evaluate() {
    emit_cursor_ = 0;
    // Real (non-symbol) items.
    std::vector<Item*> items;
    for (Item& it : run_) {
      if (it.type != ItemType::kSymbol) items.push_back(&it);
    }
    // Look-alikes and "oh": digits only when glued to a digit or standing between digit-like items.
    std::vector<bool> breaker(items.size(), false);
    for (size_t k = 0; k < items.size(); ++k) {
      Item& it = *items[k];
      if (it.type != ItemType::kLookalike && it.type != ItemType::kWeakZero &&
          it.type != ItemType::kPipe)
        continue;
      if (it.type == ItemType::kWeakZero && it.digits != "0") {  // a homophone ("to", "won")
        breaker[k] = !HomophoneCounts(items, k);
        continue;
      }
      const Item* prev = k > 0 ? items[k - 1] : nullptr;
      const Item* next = k + 1 < items.size() ? items[k + 1] : nullptr;
      const bool glued_prev =
          prev && it.gap_begin == it.begin && it.gap_chars == 0 &&
          (prev->type == ItemType::kDigits || prev->type == ItemType::kLookalike);
      const bool glued_next =
          next && next->gap_begin == next->begin && next->gap_chars == 0 &&
          (next->type == ItemType::kDigits || next->type == ItemType::kLookalike);
      const auto spelled_or_digits = [](const Item* x) {
        return x && (x->type == ItemType::kDigits || x->type == ItemType::kValue ||
                     x->type == ItemType::kWeakZero || x->type == ItemType::kLookalike ||
                     x->type == ItemType::kMultiplier);
      };
      const bool near_prev = spelled_or_digits(prev) && it.gap_chars <= 1;
      const bool near_next = spelled_or_digits(next) && next->gap_chars <= 1;
      bool between = it.type != ItemType::kPipe && near_prev && near_next;
      // "oh" opening or closing a spelled-out number ("oh seven seven ..."): next to a number word;
      // and "oh" after "double" or "triple" is what is repeated, whatever follows ("double oh,
      // nine").
      // Two or more look-alike letters closing a run after a digit group: "06 11 22 3З ЧЧ" (a
      // single letter there is too often a word: "I", "o").
      if (it.type == ItemType::kLookalike && !next && near_prev && it.digits.size() >= 2 &&
          (prev->type == ItemType::kDigits || prev->type == ItemType::kLookalike)) {
        between = true;
      }
      // One closing a run written digit by digit with one separator that is no blank, after that
      // separator: "7~1~8~2~6~4~О", "0.7.2.3.O".
      if (it.type == ItemType::kLookalike && !next && near_prev && k >= 2 &&
          (prev->type == ItemType::kDigits || prev->type == ItemType::kLookalike) &&
          SameNonBlankSeparator(it, *prev)) {
        between = true;
      }
      // Letter O's among spelled digits are "oh" written as the letter ("O seven seven, double O /
      // nine OO / four 9 1"): they open, close and repeat as "oh" does.
      const bool letter_zeros =
          it.type == ItemType::kLookalike && !it.digits.empty() &&
          std::all_of(it.digits.begin(), it.digits.end(), [](char d) { return d == '0'; });
      if (it.type == ItemType::kWeakZero || letter_zeros) {
        // A pause (a comma, a dash or a slash) before or after it parts the groups of a number read
        // out: "…, oh one four seven" opens a group as "oh" opens the number, "seven oh oh, nine …"
        // closes one.
        const auto parts = [](const Item* x) {
          return x->type == ItemType::kSeparatorWord || x->type == ItemType::kThenWord ||
                 x->type == ItemType::kFillerWord;
        };
        // Before a filler, opening the run, with a spelled group after it: "oh, um, seven seven".
        const bool opens_before_filler = !prev && next && next->type == ItemType::kFillerWord &&
                                         k + 2 < items.size() && spelled_or_digits(items[k + 2]) &&
                                         items[k + 2]->type != ItemType::kDigits;
        between |= opens_before_filler;
        // A full stop too, as transcripts write one after a group ("nine oh oh. Four …").
        const bool opens = !prev || parts(prev) || IsPause(Gap(it)) || IsStop(Gap(it));
        const bool closes = !next || parts(next) || IsPause(Gap(*next)) || IsStop(Gap(*next));
        between |= (opens && near_next && next->type != ItemType::kDigits) ||
                   (closes && near_prev && prev->type != ItemType::kDigits) ||
                   (near_prev && prev->type == ItemType::kMultiplier);
      }
      // A contact card's number opening with a word of look-alikes ("OBS 123 4567",
      // CardLineWord) is digits too.
      if (!(glued_prev || glued_next || between) &&
          !(it.type == ItemType::kLookalike && (near_next || near_prev) &&
            !CardLineWord(reinterpret_cast<const unsigned char*>(text_.data()), text_.size(),
                          it.begin, it.end)
                 .empty())) {
        breaker[k] = true;
      }
      // A '|' glued to a letter (one that is no look-alike of this run) is a table's or a CSV
      // row's border, not a one: "Nina|07700 900123|nina.k@…".
      const auto letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
      // So is one that ends a line or the text after a digit: "|Nina|07700 900123|⏎".
      const bool line_end = it.end >= text_.size() || text_[it.end] == '\n' ||
                            text_[it.end] == '\r' || text_[it.end] == '"';
      if (it.type == ItemType::kPipe &&
          ((it.end < text_.size() && letter(text_[it.end]) && !glued_next) ||
           (it.begin > 0 && letter(text_[it.begin - 1]) && !glued_prev) || line_end ||
           PipeRowOfTable(it.begin))) {
        breaker[k] = true;
      }
    }
    const bool separator_words_join = SeparatorWordsJoin(items);
    const bool spoken_run = RunIsSpoken(items, breaker);
    // Units: folded pieces of the run, in order.
    std::vector<Unit> units;
    auto emit_whole = [&](const std::vector<Unit>& part) {
      size_t digit_count = 0;
      bool any_folded = false;
      for (const Unit& u : part) {
        digit_count += u.digits.size();
        any_folded |= u.folded;
      }
      if (digit_count >= kMinRunDigits && !IsCount(part)) Emit(part, any_folded);
    };
    // A part of the run that goes over a line break (SpokenLineBreak) is one number only where
    // the lines join (LinesJoin); elsewhere each line's piece is a part of its own.
    auto emit = [&](const std::vector<Unit>& part) {
      size_t from = 0, digits = 0;
      for (size_t u = 1; u < part.size(); ++u) {
        digits += part[u - 1].digits.size();
        const std::string_view gap = text_.substr(part[u - 1].end, part[u].begin - part[u - 1].end);
        if (gap.find('\n') == std::string_view::npos) continue;
        if (spoken_run && LinesJoin(part[u - 1], part[u], digits)) continue;
        if (BridgeIn(part[u - 1].end, part[u].begin) >= 0)
          continue;  // a chat join: flush() decides
        emit_whole(std::vector<Unit>(part.begin() + static_cast<std::ptrdiff_t>(from),
                                     part.begin() + static_cast<std::ptrdiff_t>(u)));
        from = u;
        digits = 0;
      }
      if (from == 0) {
        emit_whole(part);
      } else {
        emit_whole(std::vector<Unit>(part.begin() + static_cast<std::ptrdiff_t>(from), part.end()));
      }
    };
    auto flush = [&]() {
      // A bridge (a chat join offered for spelled digits) with fewer than two digits before it
      // parts the run: the messages stay apart.
      size_t from = 0, before = 0;
      for (size_t u = 1; !bridges_.empty() && u < units.size(); ++u) {
        before += units[u - 1].digits.size();
        if (BridgeIn(units[u - 1].end, units[u].begin) >= 0 && before < 2) {
          emit(std::vector<Unit>(units.begin() + static_cast<std::ptrdiff_t>(from),
                                 units.begin() + static_cast<std::ptrdiff_t>(u)));
          from = u;
          before = 0;
        }
      }
      if (from == 0) {
        emit(units);
      } else {
        emit(std::vector<Unit>(units.begin() + static_cast<std::ptrdiff_t>(from), units.end()));
      }
      units.clear();
    };
    for (size_t k = 0; k < items.size();) {
      Item& it = *items[k];
      if (breaker[k]) {
        flush();
        ++k;
        continue;
      }
      switch (it.type) {
        case ItemType::kDigits:
          if (spoken_run && DigitsBeforeHundred(items, breaker, k)) {
            // Written digits read with a word for hundred in a number read out ("9 hundred",
            // "77 hundred", "7 sute"): hundreds, as a spelled unit before it is.
            std::string v = it.digits + "00";
            uint32_t end = items[k + 1]->end;
            size_t nx = k + 2;
            ReadAfterHundreds(items, breaker, nx, end, v);
            units.push_back({it.begin, end, v, true, ItemType::kValue});
            k = nx;
            break;
          }
          units.push_back({it.begin, it.end, it.digits, false, it.type});
          ++k;
          break;
        case ItemType::kLookalike:
        case ItemType::kPipe:
        case ItemType::kWeakZero:
          units.push_back({it.begin, it.end, it.digits, true, it.type});
          ++k;
          break;
        case ItemType::kMultiplier: {
          const size_t nx = k + 1;
          if (nx < items.size() && !breaker[nx] && GapIsBlankOrHyphen(*items[nx]) &&
              ((items[nx]->type == ItemType::kValue && items[nx]->digits.size() == 1) ||
               items[nx]->type == ItemType::kDigits || items[nx]->type == ItemType::kLookalike ||
               items[nx]->type == ItemType::kWeakZero)) {
            const Item& target = *items[nx];
            const int times = it.digits[0] - '0';
            std::string digits(static_cast<size_t>(times), target.digits[0]);
            digits += target.digits.substr(1);
            units.push_back({it.begin, target.end, digits, true, ItemType::kValue, true});
            k += 2;
          } else {
            flush();
            ++k;
          }
          break;
        }
        case ItemType::kHundred: {
          // A word for hundred with no unit before it: one hundred where the language says so
          // ("cent vingt-trois" = 123, "hundertzwölf"), else no number.
          if (it.digits.empty()) {
            flush();
            ++k;
            break;
          }
          std::string v = it.digits + "00";
          uint32_t end = it.end;
          size_t nx = k + 1;
          ReadAfterHundreds(items, breaker, nx, end, v);
          units.push_back({it.begin, end, v, true, ItemType::kValue});
          k = nx;
          break;
        }
        case ItemType::kConnector:
        case ItemType::kThenWord:
        case ItemType::kFillerWord:
          // A joining word left over by the tens and hundreds above ("… and 18 43"), a "then" or a
          // filler between two groups of a spoken number is a pause; elsewhere it parts the groups.
          if (!(spoken_run && ThenWordJoins(items, breaker, k) &&
                (OpensANumber(units, it.type == ItemType::kFillerWord) ||
                 (it.type == ItemType::kFillerWord && DigitBeforeSpokenGroup(items, units, k))) &&
                units.back().end <= items[k]->begin && units.back().end >= LastGroupEnd(items, k) &&
                !StopEndsTheNumber(items, units, k))) {
            flush();
          } else if (CorrectsTheDigitBefore(items, units, k)) {
            // "nine, no, eight": the digit goes, and the gap to the next unit takes it (Emit).
            units.pop_back();
            while (k + 1 < items.size() && items[k + 1]->type == ItemType::kFillerWord) ++k;
          }
          ++k;
          break;
        case ItemType::kSeparatorWord:
          // Between two digit groups the word is the groups' separator (Emit writes it as one);
          // elsewhere it parts them.
          if (!(separator_words_join && SeparatorWordBetweenGroups(items, breaker, k) &&
                !units.empty() && units.back().end == items[k - 1]->end)) {
            flush();
          }
          ++k;
          break;
        case ItemType::kValue: {
          uint32_t end = it.end;
          size_t nx = k;
          std::string v = ReadBelowThousand(items, breaker, nx, end);
          units.push_back({it.begin, end, v, true, ItemType::kValue});
          k = nx;
          break;
        }
        case ItemType::kSymbol:
          ++k;
          break;
      }
    }
    flush();
  }

  // The index of the bridge inside the gap [gap_begin, gap_end) between two units, or -1.
  int BridgeIn(uint32_t gap_begin, uint32_t gap_end) const {
    for (size_t k = 0; k < bridges_.size(); ++k) {
      if (bridges_[k].begin >= gap_begin && bridges_[k].end <= gap_end) return static_cast<int>(k);
    }
    return -1;
  }

  // Whether items[k], a separator word, stands between two digit groups with blanks on both
  // sides ("06 tiret 47", "zero sette trattino nove"; not "06tiret47").
  bool SeparatorWordBetweenGroups(const std::vector<Item*>& items, const std::vector<bool>& breaker,
                                  size_t k) const {
    if (k == 0 || k + 1 >= items.size() || breaker[k - 1] || breaker[k + 1]) return false;
    const Item &prev = *items[k - 1], &word = *items[k], &next = *items[k + 1];
    return IsDigitLike(prev.type) && IsDigitLike(next.type) && word.gap_begin < word.begin &&
           next.gap_begin < next.begin && GapIsBlank(word) && GapIsBlank(next);
  }

  // Whether items[k], written digits, are one or two digits not led by 0 that a word for hundred
  // follows after blanks or a hyphen ("9 hundred", "77-hundred"), with no digit glued before them
  // (a longer group "1 9 hundred" is 1 and 900; "19 hundred" is 1900).
  bool DigitsBeforeHundred(const std::vector<Item*>& items, const std::vector<bool>& breaker,
                           size_t k) const {
    const Item& it = *items[k];
    if (it.digits.size() > 2 || it.digits[0] == '0' || k + 1 >= items.size() || breaker[k + 1]) {
      return false;
    }
    const Item& hundred = *items[k + 1];
    return hundred.type == ItemType::kHundred && hundred.gap_begin < hundred.begin &&
           GapIsBlankOrHyphen(hundred);
  }

  // Whether the homophone items[k] ("to", "won") stands for its digit: between two digits read one
  // by one, blanks around it, with a third such digit next to those ("nine oh oh won to three"),
  // and not before hundreds ("four to five hundred"). A range ("one to three") stays words.
  bool HomophoneCounts(const std::vector<Item*>& items, size_t k) const {
    if (k == 0 || k + 1 >= items.size()) return false;
    const Item &prev = *items[k - 1], &next = *items[k + 1];
    if (!IsSpelledDigit(prev) || !IsSpelledDigit(next) || !GapIsBlank(*items[k]) ||
        !GapIsBlank(next)) {
      return false;
    }
    const bool hundreds_after = k + 2 < items.size() && items[k + 2]->type == ItemType::kHundred;
    const bool third = (k >= 2 && IsSpelledDigit(*items[k - 2])) ||
                       (k + 2 < items.size() && IsSpelledDigit(*items[k + 2]));
    return third && !hundreds_after;
  }

  // Whether the run is a number read out: two spelled words or more ("oh", a unit, a multiplier
  // and its digit).
  static bool RunIsSpoken(const std::vector<Item*>& items, const std::vector<bool>& breaker) {
    size_t words = 0;
    for (size_t k = 0; k < items.size() && words < 2; ++k) {
      const ItemType t = items[k]->type;
      words += !breaker[k] && (IsSpelled(t) || t == ItemType::kMultiplier);
    }
    return words >= 2;
  }

  // Whether items[k], a "then", a filler or a joining word, stands between two groups: a digit
  // group or a spelled one before it (blanks or a reader's pause between: "…, потом"), blanks after
  // it, and a group or a multiplier after those ("dann drei Fünfen"). Several such words in a row
  // ("en dan", "uh, then") count as one. A filler may have a pause or a hyphen after it as well
  // ("…, uh, seven", "э-э").
  bool ThenWordJoins(const std::vector<Item*>& items, const std::vector<bool>& breaker,
                     size_t k) const {
    const auto joining = [&](size_t i) {
      return items[i]->type == ItemType::kThenWord || items[i]->type == ItemType::kConnector ||
             items[i]->type == ItemType::kFillerWord;
    };
    const auto after_filler_ok = [&](const Item& after, const Item& before) {
      return before.type == ItemType::kFillerWord &&
             (GapIsBlankOrHyphen(after) || IsFillerGap(Gap(after)));
    };
    while (k > 0 && joining(k - 1)) --k;
    // After a group: digits, or hundreds ("nine hundred, uh, …").
    if (k == 0 || breaker[k - 1] ||
        !(IsDigitLike(items[k - 1]->type) || items[k - 1]->type == ItemType::kHundred)) {
      return false;
    }
    const Item& first = *items[k];
    if (first.gap_begin == first.begin ||
        !(GapIsBlank(first) || IsPause(Gap(first)) ||
          (first.type == ItemType::kFillerWord && IsFillerGap(Gap(first))))) {
      return false;
    }
    size_t next = k + 1;
    while (next < items.size() && joining(next)) {
      if (!GapIsBlank(*items[next]) && !after_filler_ok(*items[next], *items[next - 1])) {
        return false;
      }
      ++next;
    }
    if (next >= items.size() || breaker[next]) return false;
    const Item& after = *items[next];
    return (IsDigitLike(after.type) || after.type == ItemType::kMultiplier) &&
           after.gap_begin < after.begin &&
           (GapIsBlank(after) || after_filler_ok(after, *items[next - 1]));
  }

  // Whether the units before a "then" open a number: three digits or more, or a trunk prefix's
  // 0 ("nul zes, dan …"). Two digits alone are a country code or a count ("code forty four then
  // 7700 …", "twelve then 45"); before a filler, two digits read one by one open one too
  // ("восемь девять, ну, …": a speaker hesitates inside a number, not between a count and it).
  static bool OpensANumber(const std::vector<Unit>& units, bool filler) {
    if (units.empty() || units.front().digits.empty()) return false;
    size_t digits = 0;
    for (const Unit& u : units) digits += u.digits.size();
    return digits >= 3 || units.front().digits[0] == '0' ||
           (filler && digits == 2 && units.size() == 2);
  }

  // Whether the units before the filler items[k] are one spelled digit and the group after the
  // filler is spelled tens or hundreds: a trunk prefix said alone before the speaker hesitates
  // ("восемь, э-э, девятьсот шестнадцать …"), not a count ("one, uh, two kids").
  static bool DigitBeforeSpokenGroup(const std::vector<Item*>& items,
                                     const std::vector<Unit>& units, size_t k) {
    if (units.size() != 1 || units[0].digits.size() != 1 || !units[0].folded ||
        !IsSpelled(units[0].type)) {
      return false;
    }
    while (k < items.size() &&
           (items[k]->type == ItemType::kFillerWord || items[k]->type == ItemType::kThenWord ||
            items[k]->type == ItemType::kConnector)) {
      ++k;
    }
    return k < items.size() && items[k]->type == ItemType::kValue && items[k]->digits.size() >= 2;
  }

  // Whether a full stop around the filler items[k] ends the number, as one between two groups does
  // (StopPauses): the units before it hold a whole number's digits, or one unit alone, or the
  // group after it opens with a 0.
  bool StopEndsTheNumber(const std::vector<Item*>& items, const std::vector<Unit>& units,
                         size_t k) const {
    size_t next = k;
    while (next < items.size() && (items[next]->type == ItemType::kFillerWord ||
                                   items[next]->type == ItemType::kThenWord ||
                                   items[next]->type == ItemType::kConnector)) {
      ++next;
    }
    const uint32_t end = next < items.size() ? items[next]->begin : items.back()->end;
    const std::string_view gap = text_.substr(units.back().end, end - units.back().end);
    if (gap.find('.') == std::string_view::npos || gap.find("..") != std::string_view::npos) {
      return false;
    }
    size_t digits = 0;
    for (const Unit& u : units) digits += u.digits.size();
    const bool zero_after = next < items.size() && items[next]->digits.starts_with('0');
    return digits >= kWholeNumberDigits || units.size() < 2 || zero_after;
  }

  // Whether the correction among the joining words from items[k] on drops the digit before them:
  // one digit read alone right before ("nine, no, eight") and one after, with more of the number
  // before it.
  static bool CorrectsTheDigitBefore(const std::vector<Item*>& items,
                                     const std::vector<Unit>& units, size_t k) {
    if (k == 0 || units.size() < 2 || units.back().end != items[k - 1]->end ||
        !IsSpelledDigit(*items[k - 1])) {
      return false;
    }
    bool correction = false;
    for (; k < items.size() && items[k]->type == ItemType::kFillerWord; ++k) {
      correction |= items[k]->correction;
    }
    return correction && k < items.size() && IsSpelledDigit(*items[k]);
  }

  // The end of the last item before items[k] that is no "then" or joining word.
  static uint32_t LastGroupEnd(const std::vector<Item*>& items, size_t k) {
    while (k > 0 && (items[k - 1]->type == ItemType::kThenWord ||
                     items[k - 1]->type == ItemType::kConnector ||
                     items[k - 1]->type == ItemType::kFillerWord)) {
      --k;
    }
    return k > 0 ? items[k - 1]->end : 0;
  }

  // Whether the separator words of a run join its groups: two or more between groups (the
  // writer's separator, "0176 Strich 48 Strich 21"), or one in a run that opens as a phone
  // number does, with a 0 or a '+' ("0176 minus 48210937"). So "2026 minus 1990" and "10 minus 5"
  // stay sums; the extractors validate what is joined.
  bool SeparatorWordsJoin(const std::vector<Item*>& items) const {
    size_t words = 0;
    for (size_t k = 1; k + 1 < items.size(); ++k) {
      words += items[k]->type == ItemType::kSeparatorWord && IsDigitLike(items[k - 1]->type) &&
               IsDigitLike(items[k + 1]->type);
    }
    if (words >= 2) return true;
    if (words == 0 || items.empty()) return false;
    const Item& first = *items[0];
    const bool plus_before = first.begin > 0 && text_[first.begin - 1] == '+';
    return (first.type == ItemType::kDigits && first.digits[0] == '0') || plus_before ||
           (first.type != ItemType::kDigits && !first.digits.empty() && first.digits[0] == '0');
  }

  // Whether items[i] is a number word that counts (not a breaker).
  static bool IsValueAt(const std::vector<Item*>& items, const std::vector<bool>& breaker,
                        size_t i) {
    return i < items.size() && !breaker[i] && items[i]->type == ItemType::kValue;
  }

  // Whether items[i] is a group of at most `max_digits` written digits, not led by 0, right after
  // tens or hundreds (a blank or a hyphen between), that closes the spoken group: no written digit
  // or spelled unit follows it. "twenty 3, forty 5" is 23 45; "nine hundred 1 2 3" stays 900 123.
  bool IsClosingDigits(const std::vector<Item*>& items, const std::vector<bool>& breaker, size_t i,
                       size_t max_digits) const {
    if (i >= items.size() || breaker[i] || items[i]->type != ItemType::kDigits) return false;
    const std::string& digits = items[i]->digits;
    if (digits.size() > max_digits || digits[0] == '0' || !GapIsBlankOrHyphen(*items[i])) {
      return false;
    }
    if (i + 1 == items.size()) return true;
    const Item& next = *items[i + 1];
    return next.type != ItemType::kDigits && next.type != ItemType::kLookalike &&
           !(next.type == ItemType::kValue && next.digits.size() == 1);
  }

  // The number the values from items[idx] on spell, below 1000: "nine hundred twenty three" and
  // "девятьсот двадцать три" = 923, "neuf cents" = 900, "fifty one" = 51, "seven" = 7; and tens or
  // a teen before a word for hundred, as English reads long numbers ("seventy seven hundred" =
  // 7700). Moves `idx` past them and sets `value_end` to where they end.
  std::string ReadBelowThousand(const std::vector<Item*>& items, const std::vector<bool>& breaker,
                                size_t& idx, uint32_t& value_end) const {
    std::string v = ReadBelowHundred(items, breaker, idx, value_end);
    // A unit, tens or a teen, and a word for hundred ("nine hundred", "neuf cents", "două sute",
    // "seventy seven hundred").
    if (v.size() <= 2 && v[0] != '0' && idx < items.size() && !breaker[idx] &&
        items[idx]->type == ItemType::kHundred && GapIsBlankOrHyphen(*items[idx])) {
      v += "00";
      value_end = items[idx]->end;
      ++idx;
    }
    if (v.size() >= 3 && v.ends_with("00")) ReadAfterHundreds(items, breaker, idx, value_end, v);
    return v;
  }

  // Hundreds (`v`, ending in "00") and what follows them below 100: tens or a teen ("девятьсот
  // двадцать три" = 923), or a unit after a joining word the language has (и, y, et, și, and,
  // und, en: "деветстотин и петнайсет" = 915), or a bare unit that closes the group. A bare unit
  // that more single digits follow is the next digit, as phone numbers are read: "nine hundred one
  // two three" is 900123. Moves `idx` past what it read and sets `value_end` to where it ends.
  void ReadAfterHundreds(const std::vector<Item*>& items, const std::vector<bool>& breaker,
                         size_t& idx, uint32_t& value_end, std::string& v) const {
    const auto is_value = [&](size_t i) { return IsValueAt(items, breaker, i); };
    size_t rest_at = idx;
    bool joined = false;
    if (rest_at < items.size() && !breaker[rest_at] &&
        items[rest_at]->type == ItemType::kConnector && GapIsBlank(*items[rest_at]) &&
        is_value(rest_at + 1) && GapIsBlank(*items[rest_at + 1])) {
      ++rest_at;
      joined = true;
    }
    if (!joined && IsClosingDigits(items, breaker, rest_at, 2)) {
      // Written digits that close the group ("sześćset 1, dwadzieścia 3" = 601 23).
      const std::string& w = items[rest_at]->digits;
      v.replace(v.size() - w.size(), w.size(), w);
      value_end = items[rest_at]->end;
      idx = rest_at + 1;
    } else if (is_value(rest_at) && GapIsBlankOrHyphen(*items[rest_at]) &&
               items[rest_at]->digits != "0" &&
               !(items[rest_at]->digits.size() == 1 && HundredAfter(items, breaker, rest_at + 1))) {
      size_t after = rest_at;
      uint32_t rest_end = 0;
      const std::string w = ReadBelowHundred(items, breaker, after, rest_end);
      // A bare unit that closes the group ("девятьсот три, семьсот …", "sześćset jeden -
      // dwieście …") is read with the hundreds, as such groups are spoken (903); one that more
      // single digits follow is the next digit ("nine hundred one two three" = 900123).
      // A pause after it ("patru sute doi, opt sute …") closes the group too.
      const bool unit_closes_group =
          w.size() == 1 &&
          (!(is_value(after) && items[after]->digits.size() == 1) || IsPause(Gap(*items[after])));
      if (w.size() == 2 || (joined && w.size() == 1) || unit_closes_group) {
        v.replace(v.size() - w.size(), w.size(), w);
        value_end = rest_end;
        idx = after;
      }
    }
  }

  // Whether items[i] is a word for hundred after blanks or a hyphen: a unit before it makes the
  // next hundreds ("seven hundred nine hundred" is 700 900, not 709).
  bool HundredAfter(const std::vector<Item*>& items, const std::vector<bool>& breaker,
                    size_t i) const {
    return i < items.size() && !breaker[i] && items[i]->type == ItemType::kHundred &&
           GapIsBlankOrHyphen(*items[i]);
  }

  // The number the values from items[nx] on spell, below 100: a unit, a teen, tens, or tens and a
  // unit ("fifty one", "vingt et un", "treinta y uno", "soixante-douze"). Moves `nx` past them and
  // sets `end` to where they end.
  std::string ReadBelowHundred(const std::vector<Item*>& items, const std::vector<bool>& breaker,
                               size_t& nx, uint32_t& end) const {
    const auto is_value = [&](size_t i) { return IsValueAt(items, breaker, i); };
    // dix-sept = 17 (French): "10" and a unit 7-9 joined by a hyphen. Returns the value at `idx`
    // and moves `idx` past it.
    const auto read_teen = [&](size_t& idx, uint32_t& value_end) {
      std::string w = items[idx]->digits;
      value_end = items[idx]->end;
      ++idx;
      if (w == "10" && is_value(idx) && Gap(*items[idx]) == "-" && items[idx]->digits.size() == 1 &&
          items[idx]->digits[0] >= '7') {
        w = "1" + items[idx]->digits;
        value_end = items[idx]->end;
        ++idx;
      }
      return w;
    };
    std::string v = read_teen(nx, end);
    // quatre-vingt(s) = 80 (French).
    if (v == "4" && is_value(nx) && Gap(*items[nx]) == "-" && items[nx]->digits == "20") {
      v = "80";
      end = items[nx]->end;
      ++nx;
    }
    if (v.size() != 2 || v[1] != '0' || v[0] < '2') return v;
    // Tens followed by a unit; 60/80 by 10-19.
    size_t unit_at = nx;
    if (unit_at < items.size() && !breaker[unit_at] &&
        items[unit_at]->type == ItemType::kConnector && GapIsBlank(*items[unit_at]) &&
        unit_at + 1 < items.size() && !breaker[unit_at + 1] && GapIsBlank(*items[unit_at + 1])) {
      const Item& unit = *items[unit_at + 1];
      if (unit.type == ItemType::kDigits && unit.digits.size() == 1 && unit.digits[0] != '0') {
        // A written unit after the joining word ("setenta y 1" = 71), whatever follows it: the
        // word says it is the unit of the tens.
        v[1] = unit.digits[0];
        end = unit.end;
        nx = unit_at + 2;
        return v;
      }
      if (is_value(unit_at + 1)) ++unit_at;
    }
    if (unit_at == nx && IsClosingDigits(items, breaker, unit_at, 1)) {
      // A written unit that closes the group ("dwadzieścia 3, czterdzieści 5" = 23 45).
      v[1] = items[unit_at]->digits[0];
      end = items[unit_at]->end;
      ++nx;
      return v;
    }
    if (!is_value(unit_at) || !GapIsBlankOrHyphen(*items[unit_at])) return v;
    // "quarante quatre-vingt-treize" is 40 93: a four that makes eighty is no unit of the tens.
    if (items[unit_at]->digits == "4" && is_value(unit_at + 1) && Gap(*items[unit_at + 1]) == "-" &&
        items[unit_at + 1]->digits == "20") {
      return v;
    }
    size_t after = unit_at;
    uint32_t unit_end = 0;
    const std::string w = read_teen(after, unit_end);
    if (w.size() == 1 && w[0] != '0') {
      v[1] = w[0];
    } else if ((v == "60" || v == "80") && w.size() == 2 && w[0] == '1') {
      v[0] = static_cast<char>(v[0] + 1);
      v[1] = w[1];
    } else {
      return v;
    }
    end = unit_end;
    nx = after;
    return v;
  }

  // Folds the units of one phone-like run: words and look-alikes become their digits, blanks
  // between two folded words go, emoji between two units become a space.
  void Emit(const std::vector<Unit>& units, bool any_folded) {
    // A number read out, two spelled words or more in it, mixed with digits or not ("Oh seven 7
    // double-zero, 9 zero zero", "нула 8 осем 8, 1 две 3"): its commas and dashes are pauses.
    // A multiplier and its digit are two words ("8 9 6 5, три семёрки, 2 1 4 0").
    size_t spelled_words = 0;
    for (const Unit& u : units) {
      if (u.folded && IsSpelled(u.type)) spelled_words += u.multiplied ? 2 : 1;
    }
    const bool spoken = spelled_words >= 2;
    // An em dash between groups more than once ("06 — 12 — 34 — 56 — 78") is the writer's
    // separator, not the end of a clause.
    size_t clause_dash_gaps = 0;
    for (size_t u = 1; u < units.size() && clause_dash_gaps < 2; ++u) {
      const std::string_view gap =
          text_.substr(units[u - 1].end, units[u].begin - units[u - 1].end);
      clause_dash_gaps += gap.find("\u2014") != std::string_view::npos ||
                          gap.find("\u2015") != std::string_view::npos;
    }
    const bool dash_separates = clause_dash_gaps >= 2;
    // A bridge between the units (a chat join offered for spelled digits) is kept when two digits
    // or more stand before it; its gap is written by the join, not here.

    // The items of run_ (in text order) that start in the current gap begin at `first`: the gaps
    // come in text order too, in this call and in the next ones of the same run (Evaluate emits
    // its parts in order), so each item is looked at about once and a long run stays linear. (A
    // cursor starting over at every call made a run of many parts quadratic: "07700 900123 |
    // 07700 900456 | …".)
    size_t& first = emit_cursor_;
    size_t digits_before = 0;  // the digits of units[0, u)
    for (size_t u = 0; u < units.size(); digits_before += units[u].digits.size(), ++u) {
      if (u > 0) {
        uint32_t gap_begin = units[u - 1].end;
        const uint32_t gap_end = units[u].begin;
        if (const size_t soft = ApostropheAfterLatinWord(gap_begin);
            soft > 0 && units[u - 1].folded && units[u - 1].type == ItemType::kValue) {
          // "nol' sem'": the soft sign of a Russian digit word in Latin letters goes with it.
          edits_.push_back({gap_begin, gap_begin + static_cast<uint32_t>(soft), ""});
          gap_begin += static_cast<uint32_t>(soft);
        }
        if (!bridges_.empty()) {
          if (const int k = BridgeIn(gap_begin, gap_end); k >= 0) {
            size_t before = 0;
            for (size_t v = 0; v < u; ++v) before += units[v].digits.size();
            confirmed_[static_cast<size_t>(k)] =
                confirmed_[static_cast<size_t>(k)] || (any_folded && before >= 2);
            if (units[u].folded && any_folded) {
              edits_.push_back({units[u].begin, units[u].end, units[u].digits});
              const ItemType t = units[u].type;
              log_.Note(t == ItemType::kLookalike || t == ItemType::kPipe ? kDigitLookalike
                                                                          : kSpelledDigits);
            }
            continue;
          }
        }
        // Emoji standing alone between two digit groups ("900💋123") become a space, and emoji
        // between blanks ("900 🌹 123") go, leaving the blanks; a symbol among other separators
        // ("0031. ☎ 0770") is left for the extractors, which may read it as a label.
        const std::string_view gap = text_.substr(gap_begin, gap_end - gap_begin);
        while (first < run_.size() && run_[first].begin < gap_begin) ++first;
        size_t last = first;  // past the items that start in the gap
        while (last < run_.size() && run_[last].begin < gap_end) ++last;
        auto in_gap = [&](const Item& it) {
          return it.type == ItemType::kSymbol && it.begin >= gap_begin && it.end <= gap_end;
        };
        bool has_symbol = false, has_separator_word = false, digit_marks_only = true;
        uint32_t symbol_bytes = 0;
        for (size_t k = first; k < last; ++k) {
          has_separator_word |=
              run_[k].type == ItemType::kSeparatorWord || run_[k].type == ItemType::kThenWord ||
              run_[k].type == ItemType::kFillerWord || run_[k].type == ItemType::kConnector;
          if (in_gap(run_[k])) {
            symbol_bytes += run_[k].end - run_[k].begin;
            has_symbol = true;
            digit_marks_only &= run_[k].digits == kDigitMark;
          }
        }
        const auto blank_bytes = static_cast<uint32_t>(
            std::count_if(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '\t'; }));
        // An area code's closing bracket ("(305)💗555") parts the groups as a blank would.
        const auto bracket_bytes = static_cast<uint32_t>(
            std::count_if(gap.begin(), gap.end(), [](char c) { return c == '(' || c == ')'; }));
        if (has_separator_word) {
          // "06 tiret 47": the word and its blanks become the separator (a pause when read out).
          edits_.push_back({gap_begin, gap_end, spoken ? " " : "-"});
          log_.Note(kSeparator);
        } else if (has_symbol && digit_marks_only &&
                   symbol_bytes + blank_bytes == gap_end - gap_begin) {
          edits_.push_back({gap_begin, gap_end, ""});
          log_.Note(kSeparator);
        } else if (has_symbol &&
                   symbol_bytes + blank_bytes + bracket_bytes == gap_end - gap_begin) {
          for (size_t k = first; k < last; ++k) {
            if (in_gap(run_[k]))
              edits_.push_back(
                  {run_[k].begin, run_[k].end, blank_bytes + bracket_bytes > 0 ? "" : " "});
          }
          log_.Note(kEmojiSeparator);
        }
        const bool line_break = gap.find('\n') != std::string_view::npos;
        if (has_separator_word) {
          // Written above.
        } else if (line_break) {
          // A number read out over two lines of a transcript (LinesJoin: Evaluate() parted the
          // others).
          if (!has_symbol && LinesJoin(units[u - 1], units[u], digits_before)) {
            edits_.push_back({gap_begin, gap_end, " "});
            log_.Note(kLineJoin);
          }
        } else if (!has_symbol && !gap.empty() && units[u - 1].folded && units[u].folded &&
                   IsSpelled(units[u - 1].type) && IsSpelled(units[u].type) &&
                   std::all_of(gap.begin(), gap.end(),
                               [](char c) { return c == ' ' || c == '\t' || c == ','; })) {
          // Spoken pauses between spelled digits ("null eins fünf eins, zwei drei") go too.
          edits_.push_back({gap_begin, gap_end, ""});
        } else if (!has_symbol && !gap.empty()) {
          // A full stop between two spelled groups of a number read out is a pause too
          // (StopPauses): transcripts end a sentence at each group read out ("Zero seven. Seven
          // hundred.").
          const bool stop_pauses = IsStop(gap) && StopPauses(units, u, digits_before);
          EditDashesAndPauses(gap_begin, gap_end, spoken, dash_separates, stop_pauses);
        }
      }
      if (units[u].folded && any_folded) {
        edits_.push_back({units[u].begin, units[u].end, units[u].digits});
        const ItemType t = units[u].type;
        log_.Note(t == ItemType::kLookalike || t == ItemType::kPipe ? kDigitLookalike
                                                                    : kSpelledDigits);
      }
    }
  }

  // The gap [begin, end) between two units of a folded run, made of blanks, commas and dashes:
  // in a spoken number, one with a comma or a dash other than '-' becomes a space (the pauses of
  // the reader, "… 9 zero zero, 3 four six", and a full stop where `stop_pauses`); elsewhere each
  // en dash or minus becomes '-', and an em dash or bar only when glued to both groups
  // ("0151—2345") or when it parts the groups more than once (`dash_separates`). A comma between
  // written groups stays: it parts two numbers
  // ("07700 900123, 07700 900456").
  void EditDashesAndPauses(uint32_t begin, uint32_t end, bool spoken, bool dash_separates,
                           bool stop_pauses) {
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    bool blank = false, comma = false, unicode_dash = false;
    uint32_t dots = 0;  // an ellipsis, "...", is a pause when read out ("zero zero... nine")
    for (uint32_t i = begin; i < end;) {
      uint32_t cp;
      const size_t len = DecodeUtf8(p + i, end - i, cp);
      if (cp == ' ' || cp == '\t') {
        blank = true;
      } else if (cp == ',') {
        comma = true;
      } else if (IsUnicodeDash(cp)) {
        unicode_dash = true;
      } else if (cp == '.' && spoken) {
        ++dots;
      } else if (cp != '-') {
        return;
      }
      i += static_cast<uint32_t>(len);
    }
    if (dots == 1 && !stop_pauses) return;  // a full stop: the number ends there
    if (spoken) {
      if (comma || unicode_dash || dots > 0) {
        edits_.push_back({begin, end, " "});
        log_.Note(kSeparator);
      }
      return;
    }
    if (comma || !unicode_dash) return;
    for (uint32_t i = begin; i < end;) {
      uint32_t cp;
      const auto len = static_cast<uint32_t>(DecodeUtf8(p + i, end - i, cp));
      if (IsUnicodeDash(cp) && !(IsClauseDash(cp) && blank && !dash_separates)) {
        edits_.push_back({i, i + len, "-"});
        log_.Note(kSeparator);
      }
      i += len;
    }
  }

  // Whether the '|' at `at` stands in a line that is a table's or a CSV row's: another '|' of the
  // line is glued to a letter ("Ela|23|0752 618 394": the '|' after "Ela" says the row's '|'
  // between "23" and "0752" is a border too, not a one). At most kRowReach bytes each way.
  bool PipeRowOfTable(size_t at) const {
    constexpr size_t kRowReach = 160;
    const auto letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
    const auto border = [&](size_t k) {
      return (k > 0 && letter(text_[k - 1])) || (k + 1 < text_.size() && letter(text_[k + 1]));
    };
    for (size_t k = at; k > 0 && at - k < kRowReach && text_[k - 1] != '\n';) {
      --k;
      if (text_[k] == '|' && border(k)) return true;
    }
    for (size_t k = at + 1; k < text_.size() && k - at < kRowReach && text_[k] != '\n'; ++k) {
      if (text_[k] == '|' && border(k)) return true;
    }
    return false;
  }

  std::string_view text_;
  uint32_t lang_mask_;
  const Lexicon& lexicon_;
  TransformLog& log_;
  ProseSkipper skipper_;
  std::span<const LineJoin> bridges_;
  std::vector<bool> confirmed_;
  std::vector<Item> run_;
  uint32_t gap_chars_ = 0;
  uint32_t word_languages_ = 0;  // the languages of the open run's last number word
  bool run_has_foldable_ = false;
  std::string key_, lookalike_;
  std::vector<Edit> edits_;
  size_t emit_cursor_ = 0;  // Emit()'s place in run_, from one part of a run to the next
  size_t items_end_ = 0;    // the end of the last item added to any run
};

}  // namespace

NormalizedText Normalize(std::string_view original, const NormalizeOptions& options) {
  NormalizedText result;
  NormalizeInto(original, options, result);
  return result;
}

namespace {

// Reads the runs of a map at non-decreasing folded offsets.
class RunCursor {
 public:
  explicit RunCursor(const std::vector<MapRun>& runs) : runs_(runs) {}
  // The run holding folded byte i; i never less than in the previous call.
  size_t IndexOf(size_t i) {
    while (at_ + 1 < runs_.size() && runs_[at_ + 1].folded_begin <= i) ++at_;
    return at_;
  }
  std::pair<uint32_t, uint32_t> SourceOf(size_t i) {
    const MapRun& r = runs_[IndexOf(i)];
    if (r.original_end != kOneToOne) return {r.original_begin, r.original_end};
    const auto start = static_cast<uint32_t>(r.original_begin + (i - r.folded_begin));
    return {start, start + 1};
  }

 private:
  const std::vector<MapRun>& runs_;
  size_t at_ = 0;
};

// Appends the map of from.text[begin, end) to `to`, whose text has grown by the same bytes at
// folded offset `at`.
void CopyRuns(const std::vector<MapRun>& from, RunCursor& cursor, size_t begin, size_t end,
              size_t at, std::vector<MapRun>& to) {
  if (begin >= end) return;
  for (size_t r = cursor.IndexOf(begin); r < from.size() && from[r].folded_begin < end; ++r) {
    const MapRun& run = from[r];
    const size_t skip = begin > run.folded_begin ? begin - run.folded_begin : 0;
    const auto folded_at = static_cast<uint32_t>(at + (run.folded_begin + skip - begin));
    if (run.original_end == kOneToOne) {
      SourceMapBuilder::Append(to, folded_at, static_cast<uint32_t>(run.original_begin + skip),
                               kOneToOne);
    } else {
      SourceMapBuilder::Append(to, folded_at, run.original_begin, run.original_end);
    }
  }
}

}  // namespace

namespace {

// Adds the transcript's pauses (FindTranscriptJoins) to the bridges offered to the folder,
// `bridges` staying in increasing order: those that overlap a join or a bridge already found are
// left out. `forced` gets, for every bridge, 2 for a transcript's pause between digit groups, 1
// for another of its pauses, 0 for a chat's.
void MergeTranscriptBridges(const std::vector<LineJoin>& joins, const std::vector<LineJoin>& spoken,
                            const std::vector<bool>& spoken_digits, std::vector<LineJoin>& bridges,
                            std::vector<char>& forced) {
  const auto overlaps = [](const LineJoin& a, const LineJoin& b) {
    return a.begin < b.end && b.begin < a.end;
  };
  std::vector<std::pair<LineJoin, char>> merged;
  merged.reserve(bridges.size() + spoken.size());
  for (const LineJoin& b : bridges) merged.push_back({b, 0});
  for (size_t k = 0; k < spoken.size(); ++k) {
    const LineJoin& s = spoken[k];
    const bool clash = std::any_of(joins.begin(), joins.end(),
                                   [&](const LineJoin& j) { return overlaps(j, s); }) ||
                       std::any_of(bridges.begin(), bridges.end(),
                                   [&](const LineJoin& b) { return overlaps(b, s); });
    if (!clash) merged.push_back({s, static_cast<char>(spoken_digits[k] ? 2 : 1)});
  }
  std::stable_sort(merged.begin(), merged.end(),
                   [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
  bridges.clear();
  forced.clear();
  for (const auto& [b, kind] : merged) {
    bridges.push_back(b);
    forced.push_back(kind);
  }
}

// Inserts the rest joins among the transcript's pauses, in order of their start, but not one that
// overlaps a pause (rest joins are rare: one insertion each).
void AddRestJoins(const std::vector<LineJoin>& rest, const std::vector<bool>& rest_digits,
                  std::vector<LineJoin>& spoken, std::vector<bool>& spoken_digits) {
  for (size_t k = 0; k < rest.size(); ++k) {
    const LineJoin& r = rest[k];
    const bool clash = std::any_of(spoken.begin(), spoken.end(), [&](const LineJoin& s) {
      return s.begin < r.end && r.begin < s.end;
    });
    if (clash) continue;
    const auto at =
        std::lower_bound(spoken.begin(), spoken.end(), r,
                         [](const LineJoin& a, const LineJoin& b) { return a.begin < b.begin; });
    const auto index = at - spoken.begin();
    spoken.insert(at, r);
    spoken_digits.insert(spoken_digits.begin() + index, rest_digits[k]);
  }
}

}  // namespace

void NormalizeInto(std::string_view original, const NormalizeOptions& options,
                   NormalizedText& result) {
  result.invalid_utf8_repaired = 0;
  result.transforms.clear();
  TransformLog log{0, &result.transforms};
  // Per-thread working buffers: folding many texts reuses their memory instead of faulting in
  // fresh pages for every text.
  thread_local MappedText pass1;
  thread_local std::vector<MapRun> runs2;
  FoldCharacters(original, pass1, result, log);
  if (pass1.right_to_left_override) FoldInDisplayOrder(original, pass1, result, log);
  const std::string_view text1(pass1.text.data(), pass1.n);
  // A number or an address written in pieces over two lines (chat messages, a break after '@'),
  // or a number split by markup: the break between the pieces is folded to a space, or to nothing
  // (line_joins.h).
  thread_local std::vector<LineJoin> joins, spelled;
  joins.clear();
  spelled.clear();
  FindLineJoins(text1, joins, spelled);
  FindTagJoins(text1, joins);
  FindEscapeJoins(text1, joins);
  FindHashtagJoins(text1, joins);
  FindEmphasisJoins(text1, joins);
  // A number told in parts over sentences ("My number starts with 065. … After that comes 621. …
  // And it ends in 6646."): the whole number is written in its first part's place below.
  thread_local std::vector<PartSpread> spreads;
  spreads.clear();
  FindPartJoins(text1, joins, spreads);
  FindGroupedAddresses(text1, spreads);
  // The pauses between the groups of a number read out in a voice message's transcript
  // ("07700, 900, 691", "zero seven seven zero zero. 9 0 0. so 517"): offered to the folder as
  // the spelled chat joins are, and kept when the run folds or digits stand on both sides.
  thread_local std::vector<LineJoin> spoken;
  thread_local std::vector<bool> spoken_digits;
  spoken.clear();
  spoken_digits.clear();
  FindTranscriptJoins(text1, spoken, spoken_digits);
  // The rest of a number on the next line ("You can reach me on 07700⏎... the rest of the
  // number: 900 329"), offered the same way; none where a transcript's pause stands.
  thread_local std::vector<LineJoin> rest;
  thread_local std::vector<bool> rest_digits;
  rest.clear();
  rest_digits.clear();
  FindRestJoins(text1, rest, rest_digits);
  AddRestJoins(rest, rest_digits, spoken, spoken_digits);
  // Which bridges are a transcript's (with digits on both sides: kept whatever the folder says).
  thread_local std::vector<char> forced;
  forced.assign(spelled.size(), 0);
  if (!spoken.empty()) MergeTranscriptBridges(joins, spoken, spoken_digits, spelled, forced);
  // Spelled digits ending a chat message and the rest of the number in the next ("Mila: nul zes⏎
  // Mila: 52839174"): the folder reads across the join and keeps it when the run folds.
  RunFolder folder(text1, LanguageMask(options.lang), log, spelled);
  std::vector<Edit> edits = folder.Run();
  for (size_t k = 0; k < spelled.size(); ++k) {
    if (folder.Confirmed(k) || forced[k] == 2) joins.push_back(spelled[k]);
  }
  // An IBAN read aloud ("the IBAN is G B three one, …"): only where the folder read number words.
  if (log.seen & (1u << kSpelledDigits)) FindSpokenIbans(text1, spreads);
  // A word spelled one character at a time ("l-i-n-a-h-o-n-e-y"): its hyphens go, unless the
  // folder read something there (a number's digits).
  thread_local std::vector<LineJoin> letters;
  letters.clear();
  FindSpelledJoins(text1, letters);
  // Form fields ("[ vika_sage65 ] @ [ gmail.com ▾ ]", "[ES50][6707]…"): their brackets go, unless
  // the folder read something there.
  if (pass1.square_bracket) FindFormFieldJoins(text1, letters);
  for (const LineJoin& join : letters) {
    const bool clash = std::any_of(edits.begin(), edits.end(), [&](const Edit& e) {
      return e.begin < join.end && join.begin < e.end;
    });
    if (!clash) joins.push_back(join);
  }
  for (const LineJoin& join : joins) {
    // A number told in parts that is read whole in its first part's place needs no join between
    // its parts (both would write it twice).
    const bool inside = std::any_of(spreads.begin(), spreads.end(), [&](const PartSpread& s) {
      return join.begin >= s.end && join.end <= s.parts_end;
    });
    if (inside) continue;
    edits.push_back({join.begin, join.end, join.glue ? std::string() : std::string(" ")});
    log.Note(kLineJoin);
  }
  // A number told in parts over sentences: the whole number in its first part's place.
  for (PartSpread& spread : spreads) {
    // A digit with its count is rewritten whole: the folder's reading of its sign ("7×2": a
    // symbol between digits) gives way.
    if (spread.whole) {
      std::erase_if(edits, [&](const Edit& e) {
        return e.begin >= spread.begin && e.end <= spread.end && e.begin < e.end;
      });
    }
    const bool clash = std::any_of(edits.begin(), edits.end(), [&](const Edit& e) {
      return e.begin < spread.end && spread.begin < e.end;
    });
    if (clash) continue;
    edits.push_back({spread.begin, spread.end, std::move(spread.number)});
    log.Note(kLineJoin);
  }
  if (edits.empty()) {
    pass1.SwapInto(result);
    return;
  }
  std::sort(edits.begin(), edits.end(),
            [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
  // Edits never make the text longer (words and look-alikes fold to at most as many digits as they
  // have letters), so they are applied in place: the write position never passes the read one.
  // Were one longer, the text is first copied.
  bool grows = false;
  for (const Edit& e : edits) grows |= e.replacement.size() > e.end - e.begin;
  std::string copy;
  if (grows) copy.assign(text1);
  const char* from = grows ? copy.data() : pass1.text.data();
  if (grows) {
    size_t growth = 16;
    for (const Edit& e : edits) {
      growth += std::max<size_t>(e.replacement.size(), e.end - e.begin) - (e.end - e.begin);
    }
    pass1.text.resize(pass1.n + growth);
  }
  char* to = pass1.text.data();
  runs2.clear();
  RunCursor cursor(pass1.runs), edit_cursor(pass1.runs);
  size_t at = 0, n = 0;
  const auto keep = [&](size_t count) {
    CopyRuns(pass1.runs, cursor, at, at + count, n, runs2);
    // Until the first edit that shortens the text, the bytes are already in place.
    if (to + n != from + at) std::memmove(to + n, from + at, count);
    n += count;
  };
  for (const Edit& e : edits) {
    if (e.begin < at) continue;  // overlapping edits cannot happen; be safe
    keep(e.begin - at);
    if (e.end > e.begin && !e.replacement.empty()) {
      const uint32_t s = edit_cursor.SourceOf(e.begin).first;
      const uint32_t en = edit_cursor.SourceOf(e.end - 1).second;
      SourceMapBuilder::Append(runs2, static_cast<uint32_t>(n), s, en);
      std::memcpy(to + n, e.replacement.data(), e.replacement.size());
      n += e.replacement.size();
    }
    at = e.end;
  }
  keep(pass1.n - at);
  pass1.n = n;
  std::swap(pass1.runs, runs2);
  pass1.SwapInto(result);
}

bool IsDigitYieldingWord(std::string_view word) {
  const std::string key = KeyOf(word);
  if (key.empty() || key.size() > kMaxKeyBytes) return false;
  const LexiconEntry* e = NumberLexicon().Find(key, HashKey(key));
  if (e == nullptr) return false;
  switch (e->kind) {
    case NumberWordKind::kConnector:
    case NumberWordKind::kSeparator:
    case NumberWordKind::kThen:
    case NumberWordKind::kFiller:
    case NumberWordKind::kCorrection:
      return false;
    default:
      return true;
  }
}

char SpelledDigitOf(std::string_view word) {
  const std::string key = KeyOf(word);
  if (key.empty() || key.size() > kMaxKeyBytes) return 0;
  const LexiconEntry* e = NumberLexicon().Find(key, HashKey(key));
  if (e == nullptr || e->digits.size() != 1) return 0;
  return e->kind == NumberWordKind::kValue || e->kind == NumberWordKind::kWeakZero ? e->digits[0]
                                                                                   : 0;
}

bool IsCorrectionWord(std::string_view word) {
  const std::string key = KeyOf(word);
  const Lexicon& lexicon = NumberLexicon();
  return !key.empty() && lexicon.IsCorrection(key, lexicon.all_languages);
}

std::string DetectLanguage(std::string_view text) {
  // CLD2 requires valid UTF-8: repair first. Below ~20 bytes there is too little to tell.
  if (text.size() < 20) return "";
  std::string valid;
  valid.reserve(text.size());
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  for (size_t i = 0; i < text.size();) {
    uint32_t cp;
    const size_t len = DecodeUtf8(p + i, text.size() - i, cp);
    if (cp == kInvalid) {
      valid += "\xEF\xBF\xBD";
    } else {
      valid.append(text.data() + i, len);
    }
    i += len;
  }
  CLD2::Language language3[3];
  int percent3[3];
  int text_bytes = 0;
  bool reliable = false;
  const CLD2::Language lang =
      CLD2::ExtDetectLanguageSummary(valid.data(), static_cast<int>(valid.size()), true, language3,
                                     percent3, &text_bytes, &reliable);
  if (!reliable || lang == CLD2::UNKNOWN_LANGUAGE) return "";
  const char* code = CLD2::LanguageCode(lang);
  if (code == nullptr) return "";
  std::string result(code);
  if (result.size() != 2 || result == "un") return "";
  return result;
}

}  // namespace ariadne::normalize
