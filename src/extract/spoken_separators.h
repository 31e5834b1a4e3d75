// The words for '.', '_' and '-' said aloud, as voice-message transcripts and ads that spell out
// their contacts write them ("lola underscore twenty three", "mia Punkt rose", "chloe tiret bas
// 97", "masha нижнее подчёркивание 916"): one lexicon, read by the handle extractor (names read
// aloud, handle.cpp) and the e-mail extractor (local parts and domains read aloud, email.cpp), so
// that a word added for one is known to both. Data: add a language's words here.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace ariadne::extract {

// One separator said aloud: one word (`second` empty) or two ("tiret bas"), in LowerWord form.
// A first word that is a separator alone too ("tiret", "guion") is one without its second word:
// the two-word entry comes first, and a reader tries it first.
struct SpokenSeparator {
  std::string_view first;
  std::string_view second;  // empty: one word
  char mark;
};

// clang-format off
inline constexpr std::array<SpokenSeparator, 60> kSpokenSeparators = {{
    // '_': one word, then two words. The Slavic "underline" alone stands for the two-word forms
    // in speech ("elin подчёркивание sage", "vera підкреслення sage", "ivy подчертавка velvet").
    {"underscore", "", '_'}, {"unterstrich", "", '_'}, {"podkreślnik", "", '_'},
    {"podkreslnik", "", '_'}, {"podkreślenie", "", '_'}, {"podkreslenie", "", '_'},
    {"подчёркивание", "", '_'}, {"подчеркивание", "", '_'}, {"підкреслення", "", '_'},
    {"подчертавка", "", '_'},
    {"under", "score", '_'}, {"tiret", "bas", '_'}, {"guion", "bajo", '_'}, {"guión", "bajo", '_'},
    {"trattino", "basso", '_'}, {"liniuță", "jos", '_'}, {"liniuta", "jos", '_'},
    {"liggend", "streepje", '_'},
    {"нижнее", "подчёркивание", '_'}, {"нижнее", "подчеркивание", '_'},
    {"нижнє", "підкреслення", '_'}, {"долна", "черта", '_'}, {"долно", "тире", '_'},
    // '.': the words and their abbreviations ("pkt", "тчк") and transliterations ("tochka").
    {"dot", "", '.'}, {"period", "", '.'}, {"punkt", "", '.'}, {"point", "", '.'},
    {"punt", "", '.'}, {"puntje", "", '.'}, {"punct", "", '.'}, {"punto", "", '.'},
    {"kropka", "", '.'}, {"pkt", "", '.'}, {"точка", "", '.'}, {"тчк", "", '.'},
    {"tochka", "", '.'}, {"пункт", "", '.'}, {"крапка", "", '.'}, {"dott", "", '.'},
    {"ponto", "", '.'}, {"pont", "", '.'}, {"tečka", "", '.'}, {"tecka", "", '.'},
    {"τελεία", "", '.'}, {"τελεια", "", '.'},
    // '-'.
    {"dash", "", '-'}, {"hyphen", "", '-'}, {"bindestrich", "", '-'}, {"tiret", "", '-'},
    {"streepje", "", '-'}, {"cratimă", "", '-'}, {"cratima", "", '-'}, {"guion", "", '-'},
    {"guión", "", '-'}, {"trattino", "", '-'}, {"myślnik", "", '-'}, {"myslnik", "", '-'},
    {"дефис", "", '-'}, {"дефіс", "", '-'}, {"тире", "", '-'},
}};
// clang-format on

// How many entries of kSpokenSeparators are of `mark` and one word (`two_words` false) or two.
constexpr size_t CountSpokenSeparators(char mark, bool two_words) {
  size_t n = 0;
  for (const SpokenSeparator& s : kSpokenSeparators) {
    if (s.mark == mark && s.second.empty() != two_words) ++n;
  }
  return n;
}

// The one-word separators of `Mark`, as a list (the e-mail extractor's sifted word lists), with
// `extra` after them (the written '.' among the dot words).
template <char Mark, size_t Extra = 0>
constexpr auto OneWordSpokenSeparators(std::array<std::string_view, Extra> extra = {}) {
  std::array<std::string_view, CountSpokenSeparators(Mark, false) + Extra> out{};
  size_t n = 0;
  for (const SpokenSeparator& s : kSpokenSeparators) {
    if (s.mark == Mark && s.second.empty()) out[n++] = s.first;
  }
  for (const std::string_view e : extra) out[n++] = e;
  return out;
}

}  // namespace ariadne::extract
