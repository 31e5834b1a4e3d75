// Words read aloud, as voice-message transcripts write them: the words of a text one by one and
// the numbers said in words ("twenty three", "vierundvierzig", "trei sute patruzeci și cinci"),
// read with normalize's number lexicons. The handle and e-mail extractors read names and local
// parts read aloud with them ("lola underscore twenty three", "rose twenty three at gmail dot
// com").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "extract/text_util.h"

namespace ariadne::extract {

// The words of a text from `i`: [start, end) of the next word after spaces (one or two), or
// start == end when a sentence's punctuation, a line's end or the text's end comes first.
struct SpokenWord {
  size_t start = 0, end = 0;
};
constexpr int kMaxSpokenWords = 12;
SpokenWord NextSpokenWord(std::string_view t, size_t i);

// The number words of every language (normalize's lexicons) by LowerWord form: values, the
// compounds written as one word ("dreiundzwanzig", "ventitre", glued hundreds
// "duecentoquattordici") as the digits they stand for, the words for "hundred" ("hundert", "sute":
// `hundred`), the words that join tens and units ("cuarenta y cinco", "осемдесет и осем":
// `connector`) and the speakers' fillers ("um", "äh", "euh": `filler`). A value wins over a
// "hundred" or joining word of one spelling; a filler is one beside a value too.
struct SpokenNumberWord {
  std::string digits;  // a value's, or the hundreds a "hundred" word stands for alone ("cent": 1)
  bool value = false, hundred = false, connector = false, filler = false;
};
class SpokenNumbers {
 public:
  SpokenNumbers();
  // The entry of `word`, or nullptr.
  const SpokenNumberWord* Find(std::string_view word) const {
    if (word.empty() || word.size() > 60) return nullptr;
    const auto it = words_.find(std::string(LowerWord(word).view()));
    return it == words_.end() ? nullptr : &it->second;
  }
  // The digits the value word stands for, or nullptr.
  const std::string* Digits(std::string_view word) const {
    const SpokenNumberWord* entry = Find(word);
    return entry == nullptr || !entry->value ? nullptr : &entry->digits;
  }

 private:
  void Add(std::string_view word, std::string digits) {
    SpokenNumberWord& entry = words_[std::string(LowerWord(word).view())];
    if (!entry.value) {
      entry.digits = std::move(digits);
      entry.value = true;
      entry.hundred = entry.connector = false;
    }
  }
  std::unordered_map<std::string, SpokenNumberWord> words_;
};

const SpokenNumbers& SpokenNumberWords();

// The word after the number word that ends at `end`: after one or two spaces, or after a hyphen
// inside a compound read aloud ("vingt-trois", "quatre-vingt-dix-sept", "septante-six").
SpokenWord NextNumberWord(std::string_view t, size_t end);

// The next word of a transcript from `i`, as NextSpokenWord, past the pauses a transcription
// engine writes between words said apart ("lola. underscore. twenty three", "lola, um, underscore",
// "mia… dot… rose"): spaces, full stops, commas and ellipses, and the speakers' fillers
// (`numbers`' "uh", "ähm", "euh", "ээ"). A question or exclamation mark, a line's end or another
// word ends it (start == end).
SpokenWord NextTranscriptWord(std::string_view t, size_t i, const SpokenNumbers& numbers);

// A number read aloud from the value word `w` on, as its digits: units, tens and hundreds added
// up as they are said ("twenty three" 23, "trei sute patruzeci și cinci" 345, "quatre-vingt-dix-
// sept" 97, "осемстотин осемдесет и осем" 888), digits said one by one and groups that cannot be
// added written one after another ("one nine nine five", "nineteen ninety five": 1995). `end`
// gets the end of its last word, `words` the words read after the first.
std::string ReadSpokenNumber(std::string_view t, SpokenWord w, const SpokenNumbers& numbers,
                             size_t& end, int& words);

}  // namespace ariadne::extract
