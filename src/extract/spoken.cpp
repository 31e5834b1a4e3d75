#include "extract/spoken.h"

#include <string>
#include <utility>
#include <vector>

#include "extract/text_util.h"
#include "normalize/number_words.h"

namespace ariadne::extract {

SpokenWord NextSpokenWord(std::string_view t, size_t i) {
  size_t s = i;
  while (s < t.size() && t[s] == ' ' && s - i < 2) ++s;
  size_t e = s;
  while (e < t.size() && (IsAsciiAlnum(t[e]) || IsNonAscii(t[e])) && e - s < 40) ++e;
  if (e < t.size() && e > s && (IsAsciiAlnum(t[e]) || IsNonAscii(t[e]))) return {s, s};  // long
  return {s, e};
}

SpokenNumbers::SpokenNumbers() {
  for (const normalize::LanguageNumberWords& lang : normalize::AllNumberWords()) {
    // Read without a language: not the words read only where their language is named ("et" is
    // one in Danish, French's "and" elsewhere).
    if (lang.explicit_only) continue;
    std::vector<std::pair<std::string_view, std::string_view>> units, tens, hundreds;
    std::vector<std::pair<std::string, std::string>> below_hundred;
    for (const normalize::NumberWord& w : lang.words) {
      if (w.kind == normalize::NumberWordKind::kHundred) {
        SpokenNumberWord& entry = words_[std::string(LowerWord(w.word).view())];
        if (!entry.value) {
          entry.digits = std::string(w.digits);
          entry.hundred = true;
          entry.connector = false;
        }
        continue;
      }
      if (w.kind == normalize::NumberWordKind::kConnector ||
          w.kind == normalize::NumberWordKind::kFiller) {
        SpokenNumberWord& entry = words_[std::string(LowerWord(w.word).view())];
        // A filler stays one beside a value of another language ("um": one in Portuguese).
        entry.filler |= w.kind == normalize::NumberWordKind::kFiller;
        if (!entry.value && !entry.hundred) {
          entry.connector |= w.kind == normalize::NumberWordKind::kConnector;
        }
        continue;
      }
      if (w.kind != normalize::NumberWordKind::kValue) continue;
      Add(w.word, std::string(w.digits));
      if (w.digits.size() == 1 && w.digits[0] != '0') units.emplace_back(w.word, w.digits);
      if (w.digits.size() == 2 && w.digits[1] == '0' && w.digits[0] >= '2') {
        tens.emplace_back(w.word, w.digits);
      }
      if (w.digits.size() <= 2 && w.digits[0] != '0') below_hundred.emplace_back(w.word, w.digits);
      if (w.digits.size() == 3 && w.digits.ends_with("00")) hundreds.emplace_back(w.word, w.digits);
    }
    for (const auto& [tw, td] : tens) {
      for (const auto& [uw, ud] : units) {
        // Appended, not `std::string(1, c) + std::string(ud)`: GCC 12 misreads that sum as an
        // overlapping copy (-Wrestrict).
        std::string digits(1, td[0]);
        digits += ud;
        if (!lang.unit_tens_joiner.empty()) {
          const std::string word =
              std::string(uw) + std::string(lang.unit_tens_joiner) + std::string(tw);
          Add(word, digits);
          below_hundred.emplace_back(word, digits);
        }
        if (lang.tens_unit_glued) {
          Add(std::string(tw) + std::string(uw), digits);
          below_hundred.emplace_back(std::string(tw) + std::string(uw), digits);
        }
      }
    }
    if (lang.hundreds_glued) {  // "duecentoquattordici", "hundertsiebzig"
      for (const auto& [hw, hd] : hundreds) {
        for (const auto& [bw, bd] : below_hundred) {
          std::string digits(hd);
          digits.replace(3 - bd.size(), bd.size(), bd);
          Add(std::string(hw) + bw, digits);
        }
      }
    }
  }
}

const SpokenNumbers& SpokenNumberWords() {
  static const SpokenNumbers numbers;
  return numbers;
}

// The word after the number word that ends at `end`: after one or two spaces, or after a hyphen
// inside a compound read aloud ("vingt-trois", "quatre-vingt-dix-sept", "septante-six").
SpokenWord NextNumberWord(std::string_view t, size_t end) {
  if (end + 1 < t.size() && t[end] == '-' && (IsAsciiAlpha(t[end + 1]) || IsNonAscii(t[end + 1]))) {
    return NextSpokenWord(t, end + 1);
  }
  if (end < t.size() && t[end] != ' ') return {end, end};
  return NextSpokenWord(t, end);
}

SpokenWord NextTranscriptWord(std::string_view t, size_t i, const SpokenNumbers& numbers) {
  size_t k = i;
  for (int fillers = 0; fillers < 3; ++fillers) {
    // A pause: at most eight bytes of spaces, '.', ',' and '…' (E2 80 A6).
    size_t s = k;
    while (s < t.size() && s - k < 8) {
      if (t[s] == ' ' || t[s] == '.' || t[s] == ',') {
        ++s;
      } else if (t.substr(s, 3) == "\xE2\x80\xA6") {
        s += 3;
      } else {
        break;
      }
    }
    if (s > k && t[s - 1] != ' ' && s < t.size() && t[s] != ' ' && t[k] != ' ') {
      return {s, s};  // "lola.rose": a written name's dot, not a pause
    }
    const SpokenWord w = NextSpokenWord(t, s);
    if (w.end == w.start) return w;
    const SpokenNumberWord* entry = numbers.Find(t.substr(w.start, w.end - w.start));
    if (entry == nullptr || !entry->filler) return w;
    k = w.end;
  }
  return {k, k};
}

// A number read aloud from the value word `w` on, as its digits: units, tens and hundreds added
// up as they are said ("twenty three" 23, "trei sute patruzeci și cinci" 345, "quatre-vingt-dix-
// sept" 97, "осемстотин осемдесет и осем" 888), digits said one by one and groups that cannot be
// added written one after another ("one nine nine five", "nineteen ninety five": 1995). `end`
// gets the end of its last word, `words` the words read after the first.
std::string ReadSpokenNumber(std::string_view t, SpokenWord w, const SpokenNumbers& numbers,
                             size_t& end, int& words) {
  std::string digits;
  uint32_t current = 0;  // the group being added up
  bool open = false;     // a group is being added up
  bool unit = false;     // the group is one unit word (before a "hundred" word)
  const auto flush = [&] {
    if (open) digits += std::to_string(current);
    open = false;
  };
  const auto addable = [&](uint32_t v) {
    if (current < 10) return false;
    uint32_t place = 1;
    for (uint32_t c = current; c % 10 == 0 && place < 1000; c /= 10) place *= 10;
    // French and Belgian tens over 60 and 80 take 10-19: "soixante-douze", "quatre-vingt-dix".
    return v < place || ((current % 100 == 60 || current % 100 == 80) && v >= 10 && v < 20);
  };
  end = w.end;
  words = 0;
  for (bool first = true; w.end > w.start && digits.size() <= 8; first = false) {
    const std::string_view word = t.substr(w.start, w.end - w.start);
    const SpokenNumberWord* entry = numbers.Find(word);
    if (entry == nullptr) break;
    if (!entry->value) {
      if (first) break;
      if (entry->hundred) {
        if (open && unit) {
          current *= 100;
        } else if (!open && !entry->digits.empty()) {
          current = 100 * static_cast<uint32_t>(entry->digits[0] - '0');
          open = true;
        } else {
          break;
        }
        unit = false;
      } else if (entry->connector && open && current >= 10) {
        // A joining word only between a group and a value added to it.
        const SpokenWord next = NextSpokenWord(t, w.end);
        const std::string* d = next.end > next.start
                                   ? numbers.Digits(t.substr(next.start, next.end - next.start))
                                   : nullptr;
        if (d == nullptr || (*d)[0] == '0' || !addable(static_cast<uint32_t>(std::stoul(*d)))) {
          break;
        }
      } else {
        break;
      }
    } else if (entry->digits[0] == '0' || entry->digits.size() > 4) {
      flush();
      digits += entry->digits;
      unit = false;
    } else {
      const auto v = static_cast<uint32_t>(std::stoul(entry->digits));
      const LowerWord lower(word);
      if (open && unit && current == 4 && v == 20 && lower.view().starts_with("vingt")) {
        current = 80;  // "quatre-vingt"
      } else if (open && addable(v)) {
        current += v;
      } else {
        flush();
        current = v;
        open = true;
      }
      unit = v < 10 && current == v;
    }
    end = w.end;
    if (!first) ++words;
    if (words >= kMaxSpokenWords) break;
    w = NextNumberWord(t, w.end);
  }
  flush();
  return digits;
}

}  // namespace ariadne::extract
