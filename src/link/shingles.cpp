#include "link/shingles.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace ariadne::link {

namespace {

// Placeholder words: a masked selector and a number (any run of digits). Chosen so that no real
// word folds to them.
constexpr std::string_view kSelectorWord = "\x01sel";
constexpr std::string_view kNumberWord = "\x01num";

// Cyrillic and Greek small letters (case already folded) that print as a Latin one (UTS #39
// confusables), and that Latin letter. The first eight are also the Latin letters Russian,
// Ukrainian and Bulgarian words are written with in disguise (CyrillicLookalike).
struct Lookalike {
  UChar32 other;
  UChar32 latin;
};
constexpr std::array<Lookalike, 18> kLookalikes = {{
    {0x0430, 'a'},  // а
    {0x0435, 'e'},  // е
    {0x043E, 'o'},  // о
    {0x0440, 'p'},  // р
    {0x0441, 'c'},  // с
    {0x0445, 'x'},  // х
    {0x0443, 'y'},  // у
    {0x0456, 'i'},  // і
    {0x0458, 'j'},  // ј
    {0x0455, 's'},  // ѕ
    {0x0501, 'd'},  // ԁ
    {0x04BB, 'h'},  // һ
    {0x051B, 'q'},  // ԛ
    {0x051D, 'w'},  // ԝ
    {0x04CF, 'l'},  // ӏ
    {0x03BF, 'o'},  // Greek ο
    {0x03B9, 'i'},  // Greek ι
    {0x03BD, 'v'},  // Greek ν
}};
constexpr size_t kCyrillicWritten = 8;

// The Latin letter the Cyrillic or Greek letter `c` looks like, or 0.
UChar32 LatinLookalike(UChar32 c) {
  for (const Lookalike& l : kLookalikes) {
    if (l.other == c) return l.latin;
  }
  return 0;
}

// The Cyrillic letter the Latin small letter `c` looks like, or 0.
UChar32 CyrillicLookalike(UChar32 c) {
  for (size_t k = 0; k < kCyrillicWritten; ++k) {
    if (kLookalikes[k].latin == c) return kLookalikes[k].other;
  }
  return 0;
}

bool IsCyrillicOrGreek(UChar32 c) {
  return (c >= 0x0370 && c <= 0x03FF) || (c >= 0x0400 && c <= 0x052F);
}

// Whether `c` is one of the blocks of styled copies of letters and digits that NFKC maps back to
// them (UTS #15): mathematical alphanumerics ("𝐓𝐡𝐞", "𝟎𝟏"), full-width forms, enclosed ones.
bool StyledAlphanumeric(UChar32 c) {
  return (c >= 0x1D400 && c <= 0x1D7FF) || (c >= 0xFF01 && c <= 0xFF5E) ||
         (c >= 0x2460 && c <= 0x24FF) || (c >= 0x1F100 && c <= 0x1F1FF);
}

// Splits the text into case-folded words (runs of letters, marks and digits); selectors and
// numbers become placeholder words. Styled letters and digits are read as the plain ones,
// invisible characters are left out, and look-alike letters of another script are read as the
// text's own (Unmix), so that an ad disguised from filters shingles as its plain copies.
class WordSplitter {
 public:
  WordSplitter(std::string_view text, std::span<const MaskSpan> masked)
      : text_(text), masked_(masked) {}

  std::vector<std::string> Split() {
    std::vector<std::string> words;
    std::vector<uint8_t> scripts;  // by word: kLatin, kLookalike, kOther
    std::string word;
    uint8_t script = 0;
    bool all_digits = true;
    auto finish = [&] {
      if (word.empty()) return;
      words.push_back(all_digits ? std::string(kNumberWord) : word);
      scripts.push_back(all_digits ? 0 : script);
      word.clear();
      script = 0;
      all_digits = true;
    };
    size_t next_mask = 0;
    int32_t i = 0;
    const auto length = static_cast<int32_t>(text_.size());
    while (i < length) {
      if (next_mask < masked_.size() && static_cast<size_t>(i) >= masked_[next_mask].start) {
        finish();
        words.emplace_back(kSelectorWord);
        scripts.push_back(0);
        i = static_cast<int32_t>(
            std::max<size_t>(masked_[next_mask].end, static_cast<size_t>(i) + 1));
        ++next_mask;
        continue;
      }
      UChar32 c = 0;
      U8_NEXT(text_.data(), i, length, c);
      if (c < 0) continue;  // invalid UTF-8: skipped
      if (c >= 0x80) {
        // Invisible characters (zero-width spaces and joiners, soft hyphens) are left out, as
        // UTS #39 strips them before comparing: put inside or after words, they must not change
        // the words.
        if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) continue;
        if (StyledAlphanumeric(c)) c = Unstyled(c);
      }
      if (u_isalnum(c) || u_getCombiningClass(c) > 0 || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0) {
        // A mark after a digit is its keycap or its accent ("0️⃣6️⃣"): still a number.
        if (!u_isdigit(c) && (U_GET_GC_MASK(c) & U_GC_M_MASK) == 0) all_digits = false;
        const UChar32 folded = u_foldCase(c, U_FOLD_CASE_DEFAULT);
        if (folded < 0x80 ? IsAsciiLetter(folded) : (folded >= 0xC0 && folded <= 0x24F)) {
          script |= kLatin;
          ++latin_letters_;
        } else if (IsCyrillicOrGreek(folded)) {
          ++other_letters_;
          script |= LatinLookalike(folded) != 0 ? kLookalike : kOther;
        }
        AppendUtf8(word, folded);
      } else {
        finish();
      }
    }
    finish();
    if (other_letters_ > 0) Unmix(words, scripts);
    return words;
  }

 private:
  // A word's letters: Latin ones, Cyrillic or Greek look-alikes of Latin ones, other Cyrillic or
  // Greek ones.
  static constexpr uint8_t kLatin = 1, kLookalike = 2, kOther = 4;

  static bool IsAsciiLetter(UChar32 c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

  // Look-alike letters swapped in from another script ("Меnіnаs": Cyrillic е, і, а among Latin
  // letters; "пoлoтeнцa": Latin o, e, a among Cyrillic ones) are read as the text's own script's:
  // in a text mostly of Latin letters the Cyrillic or Greek look-alikes of words with Latin letters
  // or of look-alikes alone (Portuguese "е" written in Cyrillic), in a text mostly of Cyrillic or
  // Greek ones the Latin look-alikes of words mixing both. Words of one script in a text of that
  // script, and a Russian sentence quoted in a Latin text, are left as they are.
  void Unmix(std::vector<std::string>& words, const std::vector<uint8_t>& scripts) const {
    const bool latin_text = latin_letters_ > other_letters_;
    for (size_t w = 0; w < words.size(); ++w) {
      const uint8_t word = scripts[w];
      const bool cyrillic = (word & (kLookalike | kOther)) != 0;
      const bool change =
          latin_text ? (word & kLookalike) != 0 && ((word & kLatin) != 0 || (word & kOther) == 0)
                     : (word & kLatin) != 0 && cyrillic;
      if (!change) continue;
      std::string out;
      const std::string& in = words[w];
      for (int32_t k = 0; k < static_cast<int32_t>(in.size());) {
        UChar32 c = 0;
        U8_NEXT(in.data(), k, static_cast<int32_t>(in.size()), c);
        const UChar32 look = latin_text ? LatinLookalike(c) : CyrillicLookalike(c);
        AppendUtf8(out, look != 0 ? look : c);
      }
      words[w] = std::move(out);
    }
  }

 private:
  // The plain letter or digit NFKC maps a styled one to; `c` itself when it maps to more than one
  // character ("⑩") or to none.
  static UChar32 Unstyled(UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    static const UNormalizer2* const nfkc = unorm2_getNFKCInstance(&status);
    if (nfkc == nullptr) return c;
    UChar mapped[8];
    status = U_ZERO_ERROR;
    const int32_t n = unorm2_getDecomposition(nfkc, c, mapped, 8, &status);
    if (U_FAILURE(status) || n != 1 || U16_IS_SURROGATE(mapped[0])) return c;
    return mapped[0];
  }

  static void AppendUtf8(std::string& out, UChar32 c) {
    char buffer[U8_MAX_LENGTH];
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(buffer, n, U8_MAX_LENGTH, c, error);
    if (!error) out.append(buffer, static_cast<size_t>(n));
  }

  std::string_view text_;
  std::span<const MaskSpan> masked_;
  int64_t latin_letters_ = 0;
  int64_t other_letters_ = 0;  // Cyrillic and Greek
};

std::vector<uint64_t> WordShingles(const std::vector<std::string>& words) {
  std::vector<uint64_t> word_hashes;
  word_hashes.reserve(words.size());
  for (const std::string& w : words) word_hashes.push_back(XXH3_64bits(w.data(), w.size()));
  std::vector<uint64_t> shingles;
  if (word_hashes.size() < 3) {
    // Too short for 3-shingles: the words themselves.
    shingles = word_hashes;
  } else {
    shingles.reserve(word_hashes.size() - 2);
    for (size_t i = 0; i + 2 < word_hashes.size(); ++i) {
      shingles.push_back(XXH3_64bits(&word_hashes[i], 3 * sizeof(uint64_t)));
    }
  }
  return shingles;
}

// Character 5-grams over the folded words joined by single spaces (code points, not bytes).
std::vector<uint64_t> CharacterShingles(const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& w : words) {
    if (!joined.empty()) joined.push_back(' ');
    joined += w;
  }
  std::vector<int32_t> starts;  // byte offset of each code point
  for (int32_t i = 0; i < static_cast<int32_t>(joined.size());) {
    starts.push_back(i);
    U8_FWD_1(joined.data(), i, static_cast<int32_t>(joined.size()));
  }
  starts.push_back(static_cast<int32_t>(joined.size()));
  constexpr size_t kGram = 5;
  std::vector<uint64_t> shingles;
  if (starts.size() <= kGram) {
    if (!joined.empty()) shingles.push_back(XXH3_64bits(joined.data(), joined.size()));
    return shingles;
  }
  for (size_t i = 0; i + kGram < starts.size(); ++i) {
    shingles.push_back(
        XXH3_64bits(joined.data() + starts[i], static_cast<size_t>(starts[i + kGram] - starts[i])));
  }
  return shingles;
}

}  // namespace

std::vector<uint64_t> TextShingles(std::string_view text, std::span<const MaskSpan> masked) {
  const std::vector<std::string> words = WordSplitter(text, masked).Split();
  std::vector<uint64_t> shingles =
      words.size() < kMinWordsForWordShingles ? CharacterShingles(words) : WordShingles(words);
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  return shingles;
}

}  // namespace ariadne::link
