#include "extract/confusable_words.h"

#include <unicode/uchar.h>
#include <unicode/uspoof.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace ariadne::extract {
namespace {

// ICU's spoof checker, opened once: its skeleton lookups are thread-safe (uspoof.h: a checker is
// safe to use from many threads once it is no longer changed).
const USpoofChecker* Checker() {
  static const USpoofChecker* const checker = [] {
    UErrorCode status = U_ZERO_ERROR;
    USpoofChecker* opened = uspoof_open(&status);
    return U_SUCCESS(status) ? opened : nullptr;
  }();
  return checker;
}

// The case-folded confusable skeleton of `word`, or "" when ICU cannot give one.
std::string Skeleton(std::string_view word) {
  const USpoofChecker* checker = Checker();
  if (checker == nullptr || word.size() > ConfusableWords::kMaxBytes) return {};
  // Simple case folding code point by code point: Greek Α, Cyrillic А and Latin A all fold to
  // their small letters, whose skeletons are "a".
  std::string folded;
  const auto size = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < size;) {
    UChar32 c = 0;
    U8_NEXT(word.data(), i, size, c);
    if (c < 0) return {};
    c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    char bytes[U8_MAX_LENGTH];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(bytes, length, U8_MAX_LENGTH, c, error);
    if (error) return {};
    folded.append(bytes, static_cast<size_t>(length));
  }
  char out[4 * ConfusableWords::kMaxBytes];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t length =
      uspoof_getSkeletonUTF8(checker, 0, folded.data(), static_cast<int32_t>(folded.size()), out,
                             static_cast<int32_t>(sizeof out), &status);
  if (U_FAILURE(status) || length <= 0) return {};
  return std::string(out, static_cast<size_t>(length));
}

}  // namespace

ConfusableWords::ConfusableWords(std::span<const std::string_view> words) {
  for (const std::string_view word : words) {
    if (std::string skeleton = Skeleton(word); !skeleton.empty()) {
      skeletons_.push_back(std::move(skeleton));
    }
  }
  std::sort(skeletons_.begin(), skeletons_.end());
}

bool ConfusableWords::Has(std::string_view word) const {
  if (word.empty() || word.size() > kMaxBytes ||
      std::none_of(word.begin(), word.end(), [](char c) { return (c & 0x80) != 0; })) {
    return false;
  }
  const std::string skeleton = Skeleton(word);
  return !skeleton.empty() && std::binary_search(skeletons_.begin(), skeletons_.end(), skeleton);
}

}  // namespace ariadne::extract
