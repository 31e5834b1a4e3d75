#include "link/shingles.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <xxhash.h>

#include <algorithm>
#include <string>

namespace ariadne::link {

namespace {

// Placeholder words: a masked selector and a number (any run of digits). Chosen so that no real
// word folds to them.
constexpr std::string_view kSelectorWord = "\x01sel";
constexpr std::string_view kNumberWord = "\x01num";

// Splits the text into case-folded words (runs of letters, marks and digits); selectors and
// numbers become placeholder words.
class WordSplitter {
 public:
  WordSplitter(std::string_view text, std::span<const MaskSpan> masked)
      : text_(text), masked_(masked) {}

  std::vector<std::string> Split() {
    std::vector<std::string> words;
    std::string word;
    bool all_digits = true;
    auto finish = [&] {
      if (word.empty()) return;
      words.push_back(all_digits ? std::string(kNumberWord) : word);
      word.clear();
      all_digits = true;
    };
    size_t next_mask = 0;
    int32_t i = 0;
    const auto length = static_cast<int32_t>(text_.size());
    while (i < length) {
      if (next_mask < masked_.size() && static_cast<size_t>(i) >= masked_[next_mask].start) {
        finish();
        words.emplace_back(kSelectorWord);
        i = static_cast<int32_t>(
            std::max<size_t>(masked_[next_mask].end, static_cast<size_t>(i) + 1));
        ++next_mask;
        continue;
      }
      UChar32 c = 0;
      U8_NEXT(text_.data(), i, length, c);
      if (c < 0) continue;  // invalid UTF-8: skipped
      if (u_isalnum(c) || u_getCombiningClass(c) > 0 || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0) {
        if (!u_isdigit(c)) all_digits = false;
        AppendUtf8(word, u_foldCase(c, U_FOLD_CASE_DEFAULT));
      } else {
        finish();
      }
    }
    finish();
    return words;
  }

 private:
  static void AppendUtf8(std::string& out, UChar32 c) {
    char buffer[U8_MAX_LENGTH];
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(buffer, n, U8_MAX_LENGTH, c, error);
    if (!error) out.append(buffer, static_cast<size_t>(n));
  }

  std::string_view text_;
  std::span<const MaskSpan> masked_;
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
