// Words written with look-alike letters of other scripts: "(аt)" with a Cyrillic а, "[dοt]" with
// a Greek ο are the Latin words "at" and "dot" to a reader, and to the extractors that read such
// words. Compared by ICU's confusable skeleton (UTS #39 4, uspoof_getSkeleton), case folded first.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ariadne::extract {

// A list of ASCII words, looked up by their confusable skeleton. Thread-safe after construction.
class ConfusableWords {
 public:
  explicit ConfusableWords(std::span<const std::string_view> words);
  // Whether `word` (UTF-8, at most kMaxBytes bytes, any case) looks like one of the words: its
  // case-folded skeleton is one of theirs. A word of ASCII bytes only is not asked about (its
  // letters look like nothing but themselves, and the lists are matched as written first).
  bool Has(std::string_view word) const;

  static constexpr size_t kMaxBytes = 32;

 private:
  std::vector<std::string> skeletons_;  // sorted
};

}  // namespace ariadne::extract
